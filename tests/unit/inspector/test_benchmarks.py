"""The benchmark catalogue (Art. 34): shipped seed validates; malformed catalogues are refused row by row."""

from __future__ import annotations

import copy

import pytest

from inspector.errors import ValidationError
from inspector.law import benchmarks

SEED = benchmarks.shipped()[0]


def good() -> dict:
    return copy.deepcopy(SEED.payload)


def test_shipped_seed_is_valid_and_marks_illustrative_tiers():
    assert benchmarks.validate(SEED.payload) == []
    item = SEED.item("330217001000")
    assert item["statutory"]["*"] == [10000, 100000]
    assert all(t["illustrative"] for t in item["tiers"])
    assert not any(t["illustrative"] for t in SEED.item("330217002000")["tiers"])


def test_statutory_range_per_party_type_and_percentage_formula():
    item = SEED.item("330217002000")
    assert benchmarks.statutory_range(item, "organisation").as_list() == [50000, 300000]
    assert benchmarks.statutory_range(item, "person").as_list() == [20000, 100000]
    build = SEED.item("330202001000")
    assert benchmarks.statutory_range(build, "organisation", cost_cents=10_000_000).as_list() == [
        500_000,
        1_000_000,
    ]
    assert benchmarks.statutory_range(build, "organisation") is None


@pytest.mark.parametrize(
    "mutate,code",
    [
        (
            lambda d: d["items"][0]["tiers"].append({"tier": "重叠", "min_cents": 20000, "max_cents": 40000}),
            "overlap",
        ),
        (lambda d: d["items"][0]["tiers"][2].update(max_cents=200000), "outside_statutory"),
        (lambda d: d["items"][0].update(penalty_basis=""), "missing_basis"),
        (lambda d: d["items"][0].update(violation_basis=None), "missing_basis"),
        (lambda d: d.update(effective_from="2024-13-01"), "date"),
        (lambda d: d.update(effective_to="2020-01-01"), "date"),
        (lambda d: d["items"][1].update(matter_code="33021700200"), "format"),
        (lambda d: d.update(publication=""), "unpublished"),
    ],
)
def test_art4_art34_malformed_catalogue_rows_are_reported(mutate, code):
    data = good()
    mutate(data)
    problems = benchmarks.validate(data)
    assert code in {p.code for p in problems}
    with pytest.raises(ValidationError):
        benchmarks.parse(data)


def test_every_bad_row_is_reported_at_once():
    data = good()
    data["items"][0]["penalty_basis"] = ""
    data["items"][3]["tiers"][0]["max_cents"] = 999999
    fields = {p.field for p in benchmarks.validate(data)}
    assert "items[0].penalty_basis" in fields and "items[3].tiers[0]" in fields


def test_in_force_by_date():
    import datetime as dt

    assert benchmarks.in_force([SEED], dt.date(2024, 7, 1)) is SEED
    assert benchmarks.in_force([SEED], dt.date(2024, 6, 30)) is None


@pytest.mark.parametrize(
    "mutate,field,words",
    [
        # Whole cents: 10000.5 was cut to 10000 when used, "10000" read as text; neither is the published figure.
        (lambda d: d["items"][0]["tiers"][0].update(min_cents=10000.5), "items[0].tiers[0]", "整数"),
        (lambda d: d["items"][0]["tiers"][0].update(min_cents="10000"), "items[0].tiers[0]", "整数"),
        # A misspelt party type matched no party: the tier silently never applied.
        (lambda d: d["items"][0]["tiers"][0].update(party_type="persn"), "items[0].tiers[0]", "persn"),
        # A malformed predicate crashed the discretion form when the officer answered the questions.
        (lambda d: d["items"][0]["tiers"][0].update(when={"area_m2": 5}), "items[0].tiers[0]", "when"),
        # A direction override prints the basis differently from what is stored.
        (
            lambda d: d["items"][0].update(penalty_basis="《条例》第\u202e十八条"),
            "items[0].penalty_basis",
            "方向",
        ),
        (lambda d: d["items"][0].update(name="店外\x07经营"), "items[0].name", "控制字符"),
        (lambda d: d.update(name="基" * 600), "name", "500"),
    ],
)
def test_import_refuses_amounts_party_types_predicates_and_texts_it_cannot_use(mutate, field, words):
    data = good()
    mutate(data)
    problems = [p for p in benchmarks.validate(data) if p.field == field]
    assert problems and words in problems[0].message, benchmarks.validate(data)


def test_version_a_station_already_holds_loads_under_the_checks_of_its_day():
    """A version imported before these checks (amounts written as text) still loads, so cases keep working."""
    data = good()
    data["version"] = "2025.9"
    data["items"][0]["tiers"][0]["min_cents"] = "10000"
    assert benchmarks.validate(data)
    cat = benchmarks.parse(data, origin="imported", strict=False)
    tier = cat.item("330217001000")["tiers"][0]
    assert benchmarks.tier_range(tier).min_cents == 10000
