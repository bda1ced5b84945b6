"""Discretion engine: Art. 30–33 circumstances, tier recommendation and amount checks (integer cents)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.errors import GuardRefused
from inspector.law import benchmarks, discretion, identity
from inspector.law.discretion import Circumstances

SEED = benchmarks.shipped()[0]
SHOP = SEED.item("330217001000")  # 100–1000 yuan, tiers 100–300 / 300–600 / 600–1000
SHED = SEED.item("330217002000")  # tiers by area


def _id(birth: dt.date) -> str:
    body = f"330102{birth:%Y%m%d}123"
    return body + identity.id_check_char(body)


def test_art30_under_14_no_penalty():
    act = dt.date(2026, 5, 1)
    age = discretion.age_at_act("resident_id", _id(dt.date(2012, 5, 2)), act)
    assert age == 13
    a = discretion.assess(SHOP, party_type="person", age=age)
    assert a.outcome == "no_penalty_mandatory"
    with pytest.raises(GuardRefused) as err:
        discretion.check_amount(a, 10000)
    assert "第三十条" in err.value.article


def test_art30_age_14_to_18_mandatory_lighter():
    act = dt.date(2026, 5, 1)
    age = discretion.age_at_act("resident_id", _id(dt.date(2010, 5, 1)), act)
    assert age == 16
    a = discretion.assess(SHOP, party_type="person", age=age, answers={"tier": "较重"})
    assert a.mandatory_lighter and a.recommended.max_cents < a.statutory.mid_cents
    with pytest.raises(GuardRefused) as err:
        discretion.check_amount(a, 60000, reason="情节较重")
    assert err.value.rule == "mandatory_lighter"


def test_art31_incapable_no_penalty_and_limited_may_mitigate():
    assert (
        discretion.assess(SHOP, party_type="person", circumstances=Circumstances(art31="incapable")).outcome
        == "no_penalty_mandatory"
    )
    a = discretion.assess(SHOP, party_type="person", circumstances=Circumstances(art31="limited"))
    assert a.may_mitigate
    assert discretion.check_amount(a, 5000, reason="精神障碍，减轻处罚", mitigate=True).mitigated


def test_art32_ground_caps_fine_at_lighter_tier():
    a = discretion.assess(
        SHOP,
        party_type="person",
        answers={"tier": "严重"},
        circumstances=Circumstances(art32_grounds=("remedied",)),
    )
    assert a.mandatory_lighter
    with pytest.raises(GuardRefused) as err:
        discretion.check_amount(a, 80000, reason="x")
    assert "第三十二条" in err.value.article
    assert discretion.check_amount(a, 20000, reason="主动消除危害后果").amount_cents == 20000


def test_art33_minor_corrected_shall_not_punish_and_first_violation_may_not():
    a = discretion.assess(
        SHOP, party_type="person", circumstances=Circumstances(minor_no_harm_corrected=True)
    )
    assert a.outcome == "no_penalty_mandatory"
    b = discretion.assess(
        SHOP,
        party_type="person",
        prior_violations=0,
        on_no_penalty_list=True,
        circumstances=Circumstances(first_time_slight_corrected=True),
    )
    assert b.outcome == "no_penalty_possible" and b.first_violation
    c = discretion.assess(
        SHOP,
        party_type="person",
        prior_violations=2,
        on_no_penalty_list=True,
        circumstances=Circumstances(first_time_slight_corrected=True),
    )
    assert c.outcome == "penalty" and c.first_violation is False


def test_art4_amount_outside_statutory_range_refused():
    a = discretion.assess(SHOP, party_type="person", answers={"tier": "一般"})
    with pytest.raises(GuardRefused) as err:
        discretion.check_amount(a, 100001, reason="x")
    assert err.value.rule == "outside_statutory"
    with pytest.raises(GuardRefused) as err:
        discretion.check_amount(a, 9999, reason="x")
    assert err.value.rule == "below_statutory"


def test_outside_tier_needs_reason_and_triggers_review():
    a = discretion.assess(SHOP, party_type="person", answers={"tier": "一般"})
    with pytest.raises(GuardRefused) as err:
        discretion.check_amount(a, 50000)
    assert err.value.rule == "reason_required" and err.value.hint
    check = discretion.check_amount(a, 50000, reason="多次劝导拒不改正")
    assert check.outside_tier and check.requires_review
    assert not discretion.check_amount(a, 20000).requires_review


def test_tier_predicates_from_area():
    a = discretion.assess(SHED, party_type="organisation", answers={"area_m2": 7})
    assert a.tier == "一般" and a.recommended.as_list() == [150000, 200000]
    assert discretion.assess(SHED, party_type="person", answers={"area_m2": 3}).recommended.as_list() == [
        20000,
        50000,
    ]


def test_percentage_tier_uses_cost():
    build = SEED.item("330202001000")
    a = discretion.assess(
        build, party_type="organisation", answers={"tier": "一般", "cost_cents": 20_000_000}
    )
    assert a.recommended.as_list() == [1_200_000, 1_600_000]


def test_art37_lighter_new_law():
    import copy

    newer = copy.deepcopy(SEED.payload)
    newer.update(version="2026.1", effective_from="2026-01-01")
    SEED_OLD = copy.deepcopy(SEED.payload)
    SEED_OLD["effective_to"] = "2025-12-31"
    newer["items"][0]["statutory"] = {"*": [5000, 80000]}
    newer["items"][0]["tiers"] = []
    cats = [benchmarks.parse(SEED_OLD), benchmarks.parse(newer)]
    cat, _ = discretion.choose_catalogue(
        cats,
        matter_code="330217001000",
        act_date=dt.date(2025, 6, 1),
        today=dt.date(2026, 3, 1),
        party_type="person",
    )
    assert cat.version == "2024.1"
    cat, note = discretion.choose_catalogue(
        cats,
        matter_code="330217001000",
        act_date=dt.date(2025, 6, 1),
        today=dt.date(2026, 3, 1),
        party_type="person",
        lighter_new=True,
    )
    assert cat.version == "2026.1" and "第三十七条" in note
    with pytest.raises(GuardRefused):  # the new rule is not lighter for another matter
        discretion.choose_catalogue(
            cats,
            matter_code="330219001000",
            act_date=dt.date(2025, 6, 1),
            today=dt.date(2026, 3, 1),
            party_type="person",
            lighter_new=True,
        )


ranges = st.tuples(st.integers(0, 10_000_000), st.integers(1, 10_000_000)).map(lambda t: (t[0], t[0] + t[1]))


@given(r=ranges, amount=st.integers(0, 30_000_000), grounds=st.booleans(), reason=st.booleans())
def test_property_tier_checks(r, amount, grounds, reason):
    lo, hi = r
    third = (hi - lo) // 3
    item = {
        "statutory": {"*": [lo, hi]},
        "tiers": [
            {"tier": "一般", "min_cents": lo, "max_cents": lo + third},
            {"tier": "较重", "min_cents": lo + third, "max_cents": hi},
        ],
    }
    c = Circumstances(art32_grounds=("remedied",) if grounds else ())
    a = discretion.assess(item, party_type="person", answers={"tier": "较重"}, circumstances=c)
    assert a.recommended.min_cents >= lo and a.recommended.max_cents <= hi
    assert a.recommended.min_cents <= a.recommended.max_cents
    if grounds:
        assert a.recommended.max_cents <= discretion.lighter_cap(a.statutory).max_cents
    try:
        check = discretion.check_amount(a, amount, reason="理由" if reason else "")
    except GuardRefused as exc:
        assert (
            amount > hi
            or amount < lo
            or (grounds and amount > discretion.lighter_cap(a.statutory).max_cents)
            or (not reason and not a.recommended.contains(amount))
        ), exc.rule
    else:
        assert lo <= amount <= hi
        assert check.outside_tier == (not a.recommended.contains(amount))
        assert reason or not check.outside_tier
