"""The matter catalogue search: Chinese substring and pinyin initials."""

from __future__ import annotations

from inspector import matters


def test_pinyin_initials_find_the_matter():
    assert matters.search("zdjy")[0].name == "占道经营"


def test_chinese_substring_finds_matters():
    names = [m.name for m in matters.search("经营")]
    assert "占道经营" in names and "店外经营（跨门经营）" in names


def test_full_pinyin_prefix():
    assert any(m.name == "露天烧烤" for m in matters.search("lutian"))


def test_several_matters_or_departments_make_a_joint_inspection():
    assert not matters.is_joint(["330217001100"])
    assert matters.is_joint(["330217001100", "330219003000"])


def test_places_list_has_streets_and_communities():
    places = matters.places()
    assert "东坡路社区" in places["湖滨街道"]
