"""The matter catalogue search: Chinese substring and pinyin initials."""

from __future__ import annotations

from inspector.law import matters


def test_pinyin_initials_find_the_matter():
    assert matters.search("zdjy")[0].name == "占道经营"


def test_chinese_substring_finds_matters():
    names = [m.name for m in matters.search("经营")]
    assert "占道经营" in names and "店外经营（跨门经营）" in names


def test_full_pinyin_prefix():
    assert any("露天烧烤" in m.name for m in matters.search("lutian"))


def test_several_matters_or_departments_make_a_joint_inspection():
    assert not matters.is_joint(["330217001100"])
    assert matters.is_joint(["330217001100", "330219003000"])


def test_places_list_has_streets_and_communities():
    places = matters.places()
    assert "东坡路社区" in places["湖滨街道"]


def test_every_benchmark_matter_is_found_by_code_and_name_with_the_same_code():
    """Art. 34 benchmarks key on the 事项代码 (spec §3.1): the inspection form's matter search finds each
    benchmark item by its code and by its name, under that same code."""
    from inspector.law import benchmarks

    for cat in benchmarks.shipped():
        for code, item in cat.items.items():
            assert matters.search(code)[0].code == code
            assert code in [m.code for m in matters.search(item["name"])]
            assert matters.by_code(code).name == item["name"]


def test_matters_json_names_only_matters_without_a_benchmark():
    """One source per code: matters.json carries names only for codes the benchmark catalogue lacks."""
    import importlib.resources
    import json

    raw = json.loads(
        importlib.resources.files("resources").joinpath("matters.json").read_text(encoding="utf-8")
    )
    bench = matters.benchmark_matters()
    codes = [m["code"] for m in raw["matters"]]
    assert len(codes) == len(set(codes))
    for m in raw["matters"]:
        assert (m["code"] in bench) != ("name" in m), m["code"]
        assert m["department"]
    assert len({m.code for m in matters.catalogue()}) == len(matters.catalogue())
