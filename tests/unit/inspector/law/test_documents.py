"""Documents follow the case: a document is lawful when the step it records happened or is lawful now."""

from __future__ import annotations

import pytest

from inspector.errors import GuardRefused
from inspector.law import articles as art
from inspector.law import procedure
from inspector.law.documents import document_lawful
from tests.unit.inspector.law.cases import event, make_view, notice

FIX = "责令当事人立即改正上述违法行为"  # Art. 28 ¶1: every penalty orders the act corrected


def test_art62_no_penalty_decision_document_while_the_decision_is_still_refused():
    """《行政处罚法》第六十二条: the 行政处罚决定书 cannot run ahead of the decision step."""
    v = make_view(today="2026-06-05", events=[notice("2026-06-01")])
    with pytest.raises(GuardRefused) as err:
        document_lawful(v, "penalty_decision")
    assert err.value.article == str(art.APL62) and "尚不能制作行政处罚决定书" in str(err.value)
    basis = procedure.document_lawful(
        make_view(today="2026-06-09", events=[notice("2026-06-01")]), "penalty_decision", {"correction": FIX}
    )
    assert not basis.performed and basis.facts["amount_cents"] == 20000 and basis.facts["reasoning"]


def test_recorded_decision_document_states_the_recorded_amount_only():
    decided = event("decide", "2026-06-09", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000})
    v = make_view(
        state="decided", today="2026-06-10", events=[notice("2026-06-01"), decided], fine_cents=20000
    )
    basis = document_lawful(v, "penalty_decision")
    assert basis.performed and basis.facts["amount_cents"] == 20000
    with pytest.raises(GuardRefused) as err:
        document_lawful(v, "penalty_decision", {"amount_cents": 30000})
    assert err.value.rule == "document_amount"


def test_art63_hearing_notice_only_for_a_party_with_a_hearing_right():
    """《行政处罚法》第六十三条: 200 yuan is below the 5000 yuan threshold: no 听证告知书."""
    v = make_view(today="2026-06-02", events=[notice("2026-06-01", amount=20000)])
    with pytest.raises(GuardRefused) as err:
        document_lawful(v, "hearing_notice")
    assert err.value.article == str(art.APL63)
    heavy = make_view(today="2026-06-02", events=[notice("2026-06-01", amount=600000)])
    assert document_lawful(heavy, "hearing_notice").facts["amount_cents"] == 600000
    with pytest.raises(GuardRefused):
        document_lawful(heavy, "hearing_notice", {"amount_cents": 500000})


def test_acl54_demand_notice_states_only_periods_that_have_ended():
    """《行政强制法》第五十四条: on 17 June the payment period is over, the review and litigation periods are not."""
    decided = event("decide", "2026-06-01", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000})
    served = event("serve", "2026-06-01", {"served_on": "2026-06-01", "outcome": "penalty"})
    v = make_view(state="executing", today="2026-06-17", events=[decided, served], fine_cents=20000)
    facts = document_lawful(v, "demand_notice").facts
    assert facts["payment_period_over"] is True and facts["review_period_over"] is False
    assert facts["litigation_period_over"] is False and facts["payment_due"] == "2026-06-16"
    early = make_view(state="executing", today="2026-06-10", events=[decided, served], fine_cents=20000)
    with pytest.raises(GuardRefused) as err:
        document_lawful(early, "demand_notice")
    assert err.value.rule == "payment_period_running"


def test_acl53_enforcement_application_only_when_the_court_may_be_asked():
    decided = event("decide", "2026-06-01", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000})
    served = event("serve", "2026-06-01", {"served_on": "2026-06-01", "outcome": "penalty"})
    demand = event("demand_served", "2026-06-20", {})
    v = make_view(state="executing", today="2026-07-01", events=[decided, served, demand], fine_cents=20000)
    with pytest.raises(GuardRefused) as err:
        document_lawful(v, "enforcement_application")
    assert err.value.article == str(art.ACL53)
