"""The one set of amount rules, on every path that sets a fine: notice, decision, on-the-spot decision.

Each test names the article it enforces. The matter is 店外经营: statutory 100–1000 yuan, tiers 100–300 (一般),
300–600 (较重), 600–1000 (严重); the hearing threshold here is 5000 yuan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.errors import GuardRefused
from inspector.law import amounts, procedure
from inspector.law import articles as art
from inspector.law.discretion import Circumstances
from tests.unit.inspector.law.cases import event, make_view, notice

FIX = "责令当事人立即改正上述违法行为"  # Art. 28 ¶1: every penalty orders the act corrected


def refused(view, step, **data) -> GuardRefused:
    with pytest.raises(GuardRefused) as err:
        procedure.check(view, step, data)
    return err.value


@pytest.mark.parametrize(
    "step,state,history",
    [
        ("notify", "internal_review", []),
        ("decide", "notified", [notice(amount=150000)]),
        ("on_the_spot", "clue", []),
    ],
)
def test_art4_art5_amount_above_the_statutory_maximum_is_refused_on_every_path(step, state, history):
    """《行政处罚法》第四条、第五条: 1200 yuan is above the 1000 yuan maximum, whoever sets it and where."""
    v = make_view(state=state, events=history, kind="organisation" if step == "on_the_spot" else "person")
    err = refused(v, step, amount_cents=120000, outcome="penalty", statement_heard=True)
    assert err.rule == "outside_statutory" and err.article == art.cite(art.APL4, art.APL5)


@pytest.mark.parametrize(
    "step,state,history",
    [
        ("notify", "internal_review", []),
        ("decide", "notified", [notice(amount=20000)]),
        ("on_the_spot", "clue", []),
    ],
)
def test_art30_art32_below_the_minimum_only_with_a_mitigation_ground(step, state, history):
    """《行政处罚法》第三十条、第三十二条: 50 yuan is below the 100 yuan minimum; no mitigation ground here."""
    err = refused(
        make_view(state=state, events=history),
        step,
        amount_cents=5000,
        outcome="penalty",
        statement_heard=True,
        reason="情节轻微",
    )
    assert err.rule == "below_statutory" and err.article == art.cite(art.APL30, art.APL32)


def test_art30_minor_cap_applies_to_the_on_the_spot_decision():
    """《行政处罚法》第三十条: a 16-year-old is fined within the lighter band only (below 550 yuan's midpoint)."""
    v = make_view(state="clue", birth=dt.date(2010, 1, 1), setting={"simple.max_fine_person_cents": 80000})
    err = refused(v, "on_the_spot", amount_cents=70000, statement_heard=True, reason="多次违法")
    assert err.rule == "mandatory_lighter" and art.APL30.text in err.article
    procedure.check(v, "on_the_spot", {"amount_cents": 15000, "statement_heard": True, "correction": FIX})


def test_art32_ground_on_the_form_caps_the_amount_at_the_decision():
    """《行政处罚法》第三十二条: the ground ticked on the discretion form binds the decision too."""
    v = make_view(events=[notice(amount=80000)], circumstances=Circumstances(art32_grounds=("remedied",)))
    err = refused(v, "decide", outcome="penalty", amount_cents=80000, reason="影响恶劣")
    assert err.rule == "mandatory_lighter"


def test_discretion_reasoning_is_required_outside_the_tier_at_the_notice():
    """Tier rules (裁量基准，说理): an amount outside the recommended tier needs written reasons, at the notice too."""
    v = make_view(
        state="internal_review", record={"amount_cents": 20000, "reason": ""}, answers={"tier": "一般"}
    )
    err = refused(v, "notify", amount_cents=50000)
    assert err.rule == "reason_required"
    data = procedure.check(v, "notify", {"amount_cents": 50000, "reason": "占道面积大、影响通行"}).data
    assert (
        data["reasoning"]["within_recommended"] is False
        and data["reasoning"]["reason"] == "占道面积大、影响通行"
    )


def test_reasoning_facts_describe_the_amount_actually_decided():
    """《行政处罚法》第五条: the printed reasoning speaks of the decided amount, not of an earlier form."""
    history = [
        notice(
            amount=50000,
            reasoning={
                "amount_cents": 50000,
                "within_recommended": False,
                "reason": "占道面积大",
                "outside_tier": True,
            },
        )
    ]
    v = make_view(
        events=history,
        record={"amount_cents": 50000, "reason": "占道面积大", "outside_tier": 1},
        answers={"tier": "一般"},
    )
    data = procedure.check(v, "decide", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000}).data
    facts = data["reasoning"]
    assert facts["amount_cents"] == 20000 and facts["within_recommended"] is True
    assert (
        facts["tier"] == "一般"
        and facts["recommended"] == [10000, 30000]
        and facts["statutory"] == [10000, 100000]
    )
    v.events.append(event("decide", "2026-06-10", data, from_state="notified", to_state="decided"))
    assert amounts.reasoning_facts(v)["amount_cents"] == 20000


def test_art58_local_review_trigger_is_judged_on_the_amount_decided():
    """《行政处罚法》第五十八条 (local trigger outside_tier): a form inside the tier does not excuse a decision
    outside it."""
    v = make_view(
        events=[notice(amount=50000)],
        record={"amount_cents": 20000, "reason": "", "outside_tier": 0, "updated_at": "2026-05-30T00:00:00Z"},
        answers={"tier": "一般"},
    )
    err = refused(v, "decide", outcome="penalty", amount_cents=50000, reason="多次劝导未改")
    assert err.rule == "legal_review_required" and "推荐裁量阶次" in str(err)


def test_art51_simple_procedure_ceiling():
    v = make_view(state="clue")
    assert refused(v, "on_the_spot", amount_cents=20001, statement_heard=True).article == str(art.APL51)


def test_no_benchmark_means_no_amount_can_be_checked():
    """《行政处罚法》第四条、第三十四条: without a catalogue for the matter the range is unknown: refused."""
    v = make_view(state="internal_review", record={"amount_cents": 20000}, assessed=False)
    assert refused(v, "notify").rule == "no_statutory_range"


def test_art29_no_second_fine_for_the_same_act_under_the_same_matter():
    other = {
        "id": "c0",
        "case_no": "杭上城罚〔2026〕1号",
        "matter_code": "330217001000",
        "matter_name": "店外经营",
    }
    v = make_view(state="clue", duplicates=[other])
    err = refused(v, "on_the_spot", amount_cents=10000, statement_heard=True, separate_act="另一行为")
    assert err.rule == "double_fine" and err.article == str(art.APL29)


def test_art29_same_act_under_another_provision_only_with_a_recorded_separate_act():
    """《行政处罚法》第二十九条: one act breaking several provisions is fined once (the higher-fine provision)."""
    other = {
        "id": "c0",
        "case_no": "C-0",
        "matter_code": "330217002000",
        "matter_name": "违法搭建",
        "statutory_max_cents": 300000,
        "own_max_cents": 100000,
    }
    v = make_view(events=[notice()], duplicates=[other])
    err = refused(v, "decide", outcome="penalty")
    assert (
        err.rule == "double_fine" and "罚款数额高" in str(err) and "应维持另案处罚，本案不再罚款" in str(err)
    )
    procedure.check(
        v,
        "decide",
        {"outcome": "penalty", "correction": FIX, "separate_act": "搭建与店外经营是两个行为，地点不同"},
    )


def test_art68_cash_on_the_spot_only_where_the_fine_itself_allows_it():
    """《行政处罚法》第六十八条: a 150 yuan fine cannot be collected in cash, even in part payments of 100."""
    history = [
        event("on_the_spot", "2026-06-01", {"outcome": "penalty", "correction": FIX, "amount_cents": 15000})
    ]
    v = make_view(state="served", procedure="simple", fine_cents=15000, events=history)
    err = refused(v, "pay", amount_cents=10000, cash=True, receipt_no="ZJ1")
    assert err.rule == "cash_collection" and art.APL68.text in err.article
    procedure.check(
        v, "pay", {"amount_cents": 10000, "cash": True, "receipt_no": "ZJ1", "cash_ground": "remote"}
    )


def test_art70_cash_needs_the_official_receipt_also_at_the_on_the_spot_decision():
    v = make_view(state="clue")
    err = refused(v, "on_the_spot", amount_cents=10000, statement_heard=True, cash=True)
    assert err.rule == "cash_receipt" and err.article == str(art.APL70)
    err = refused(v, "on_the_spot", amount_cents=15000, statement_heard=True, cash="true", receipt_no="Z1")
    assert err.rule == "cash_collection"


def test_art58_a_review_covers_the_amount_it_reviewed_only():
    """《行政处罚法》第五十八条: a review of 500 yuan (outside the tier) does not cover deciding 600 yuan."""
    review = event("legal_review", "2026-06-09", {"verdict": "passed", "reviewed_amount_cents": 50000})
    review["at"] = "2026-06-09T05:00:00Z"
    record = {
        "amount_cents": 50000,
        "reason": "占道面积大",
        "outside_tier": 1,
        "updated_at": "2026-05-30T00:00:00Z",
    }
    history = [notice(amount=60000), review]
    v = make_view(events=history, record=record, answers={"tier": "一般"})
    procedure.check(v, "decide", {"outcome": "penalty", "correction": FIX, "amount_cents": 50000})
    err = refused(v, "decide", outcome="penalty", amount_cents=60000, reason="影响通行")
    assert err.rule == "legal_review_required" and err.article == str(art.APL58)


def test_art32_mitigation_below_the_minimum_with_a_ground_reasons_and_the_flag():
    """《行政处罚法》第三十二条: with a ground ticked, 50 yuan (below the 100 yuan minimum) is lawful when 减轻 is
    chosen and reasoned; the stored reasoning says so."""
    v = make_view(
        state="internal_review",
        circumstances=Circumstances(art32_grounds=("remedied",)),
        record={"amount_cents": 5000, "reason": "", "mitigated": 0},
    )
    assert refused(v, "notify", amount_cents=5000, reason="主动消除危害后果").rule == "below_statutory"
    data = procedure.check(
        v, "notify", {"amount_cents": 5000, "reason": "主动消除危害后果", "mitigate": True}
    ).data
    assert data["reasoning"]["mitigated"] is True and data["reasoning"]["within_recommended"] is False
