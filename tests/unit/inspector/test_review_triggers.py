"""Why a case needs 法制审核: Art. 58's statutory cases and the configurable local triggers (§5.5)."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import settings
from inspector.law import procedure, rules
from inspector.law.workdays import HolidayCalendar


def view(events=(), *, kind="person", discretion=None, **overrides) -> procedure.CaseView:
    values = {
        "legal_review.fine_thresholds": {"*": {"person": 1000000, "organisation": 10000000}},
        **overrides,
    }
    return procedure.CaseView(
        case={"id": "c", "state": "internal_review"},
        party={"kind": kind},
        officers=[],
        events=[{"step": s, "data": d, "on_date": "2026-06-01", "at": "x"} for s, d in events],
        discretion=discretion,
        agency=None,
        setting=lambda k: values.get(k, settings.default(k)),
        cal=HolidayCalendar.shipped(),
        today=dt.date(2026, 6, 1),
    )


def test_art58_2_hearing_held_needs_review():
    assert "经过听证程序（第五十八条第一款第（二）项）" in procedure.legal_review_reasons(
        view([("hold_hearing", {})]), 1000
    )


def test_art58_1_and_3_flags_need_review():
    reasons = procedure.legal_review_reasons(
        view([("file", {"art58_flags": ["major_interest", "complex"]})]), None
    )
    assert any("第五十八条第一款第（一）项" in r for r in reasons) and any(
        "第五十八条第一款第（三）项" in r for r in reasons
    )


@pytest.mark.parametrize(
    ("kind", "amount", "needed"),
    [
        ("person", 999999, False),
        ("person", 1000000, True),  # 10,000 yuan for a person
        ("organisation", 9999999, False),
        ("organisation", 10000000, True),  # 100,000 yuan for an organisation
    ],
)
def test_fine_threshold_per_party_type(kind, amount, needed):
    reasons = procedure.legal_review_reasons(view(kind=kind), amount)
    assert any("罚款达到" in r for r in reasons) is needed


def test_suspension_of_business_and_forced_demolition_need_review():
    assert any(
        "责令停产停业" in r
        for r in procedure.legal_review_reasons(view([("notify", {"heavy_penalty": True})]), 0)
    )
    assert any(
        "强制拆除" in r for r in procedure.legal_review_reasons(view([("notify", {"demolition": True})]), 0)
    )


def test_mitigation_and_outside_tier_need_review_unless_switched_off():
    d = {"mitigated": 1, "outside_tier": 1, "updated_at": "x"}
    assert len(procedure.legal_review_reasons(view(discretion=d), 100)) == 2
    assert procedure.legal_review_reasons(view(discretion=d, **{"legal_review.triggers": []}), 100) == []


@pytest.mark.parametrize(
    ("verdict", "passes"),
    [
        ("agree", True),
        ("agree_modified", True),
        ("passed", True),
        ("return", False),
        ("disagree", False),
        ("failed", False),
    ],
)
def test_which_verdicts_pass_the_review(verdict, passes):
    v = view([("legal_review", {"verdict": verdict})])
    assert procedure.legal_review_passed(v) is passes


@pytest.mark.parametrize(
    "events",
    [
        [("on_the_spot", {"mitigate": True, "amount_cents": 0})],
        [("on_the_spot", {"amount_cents": 20000})],
    ],
)
def test_art58_stands_in_the_general_procedure_not_for_an_on_the_spot_decision(events):
    """Art. 58 is in Chapter V, Section 3 (普通程序): a simple-procedure case has no 法制审核, whatever the
    local triggers say of its amount (here every trigger is on and the thresholds are at 1 yuan)."""
    every = {
        "legal_review.triggers": ["outside_tier", "mitigated", "fine_threshold", "fine_by_party"],
        "legal_review.fine_threshold_cents": 100,
        "legal_review.fine_thresholds": {"*": {"person": 100, "organisation": 100}},
    }
    simple = view(events, **every)
    simple.case["procedure"] = "simple"
    facts = {"outside_tier": True, "mitigated": True}
    assert rules.legal_review_reasons(simple, 20000, facts) == []
    assert procedure.legal_review_reasons(simple, 20000) == []
    general = view(events, **every)  # the same facts in the general procedure are sent to review
    assert len(rules.legal_review_reasons(general, 20000, facts)) == 3  # tier, 减轻, amount
