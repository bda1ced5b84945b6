"""The procedural rules, pure: each test builds a case in memory and names the article the rule enforces."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.errors import GuardRefused
from inspector.law import articles as art
from inspector.law import periods, procedure
from tests.unit.inspector.law.cases import event, make_view, notice

FIX = "责令当事人立即改正上述违法行为"  # Art. 28 ¶1: every penalty orders the act corrected


def refused(view, step, **data) -> GuardRefused:
    with pytest.raises(GuardRefused) as err:
        procedure.check(view, step, data)
    return err.value


def test_art62_no_decision_before_the_statement_period_is_over():
    """《行政处罚法》第六十二条: notice served Mon 1 June 2026 → 5 working days end Mon 8 June."""
    v = make_view(today="2026-06-08", events=[notice("2026-06-01")])
    err = refused(v, "decide", outcome="penalty")
    assert err.rule == "statement_period" and err.article == str(art.APL62) and "2026-06-08" in str(err)
    v = make_view(today="2026-06-09", events=[notice("2026-06-01")])
    assert procedure.check(v, "decide", {"outcome": "penalty", "correction": FIX}).target.value == "decided"


def test_art62_written_waiver_ends_the_statement_period_early():
    v = make_view(
        today="2026-06-02",
        events=[notice("2026-06-01"), event("waive_statement", "2026-06-02", {"note": "书面放弃声明"})],
    )
    assert (
        procedure.check(v, "decide", {"outcome": "penalty", "correction": FIX}).data["amount_cents"] == 20000
    )


def test_art62_statement_period_in_a_year_without_calendar_is_provisional_and_waited_out():
    """《行政处罚法》第六十二条 with Art. 85: a period running into 2027 (no calendar loaded) is provisional;
    the decision waits past it by the configured margin instead of trusting a weekends-only count."""
    n = notice("2026-12-29")
    v = make_view(today="2027-01-06", events=[n])
    due = periods.statement_period(v, n)
    assert due.provisional and due.date == dt.date(2027, 1, 5)
    err = refused(v, "decide", outcome="penalty")
    assert err.rule == "statement_period_provisional" and "2027年节假日日历" in str(err)
    later = make_view(today="2027-01-15", events=[n])
    assert (
        procedure.check(later, "decide", {"outcome": "penalty", "correction": FIX}).target.value == "decided"
    )


def test_notice_stores_its_statement_deadline_and_whether_it_is_provisional():
    """《行政处罚法》第四十四条、第六十二条: the stored deadline says when it rests on an unloaded year."""
    v = make_view(state="internal_review", today="2026-12-29", record={"amount_cents": 20000, "reason": ""})
    data = procedure.check(v, "notify", {}).data
    assert data["statement_due"] == "2027-01-05" and data["statement_due_provisional"] is True
    v = make_view(state="internal_review", today="2026-06-01", record={"amount_cents": 20000, "reason": ""})
    data = procedure.check(v, "notify", {}).data
    assert data["statement_due"] == "2026-06-08" and data["statement_due_provisional"] is False


def test_art45_decision_may_not_exceed_the_notified_amount():
    v = make_view(events=[notice(amount=20000)])
    err = refused(v, "decide", outcome="penalty", amount_cents=25000)
    assert err.rule == "amount_above_notice" and err.article == str(art.APL45)


def test_art64_hearing_request_late_only_when_surely_late():
    """《行政处罚法》第六十四条第（一）项: 5 working days after the notice (Mon 1 June → Mon 8 June)."""
    n = notice("2026-06-01", amount=600000)
    assert refused(make_view(today="2026-06-09", events=[n]), "request_hearing").article == str(art.APL64_1)
    procedure.check(make_view(today="2026-06-08", events=[n]), "request_hearing", {})


def test_art36_limitation_refuses_the_decision_and_the_on_the_spot_penalty():
    """《行政处罚法》第三十六条: act ended 1 May 2023, discovered 2 June 2025: more than two years."""
    v = make_view(state="clue", today="2026-06-10", act_date="2023-05-01", discovered="2025-06-02")
    err = refused(v, "on_the_spot", amount_cents=10000, statement_heard=True)
    assert err.rule == "limitation" and err.article == str(art.APL36)
    v = make_view(today="2026-06-10", act_date="2023-05-01", discovered="2025-06-02", events=[notice()])
    assert refused(v, "decide", outcome="penalty").rule == "limitation"


def test_art42_two_certified_officers():
    v = make_view(state="clue")
    v.officers[1]["cert_expiry"] = "2026-01-31"
    assert refused(v, "file").article == str(art.APL42)


def test_acl35_acl54_demand_only_after_the_payment_period_with_the_fine_unpaid():
    """《行政强制法》第三十五条、第五十四条: served 1 June; 15 days end 16 June; a 催告书 only after that."""
    served = event("serve", "2026-06-01", {"served_on": "2026-06-01", "outcome": "penalty"})
    decided = event("decide", "2026-06-01", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000})
    v = make_view(state="executing", today="2026-06-16", events=[decided, served], fine_cents=20000)
    err = refused(v, "demand")
    assert err.rule == "payment_period_running" and str(art.ACL35) in err.article
    v = make_view(state="executing", today="2026-06-17", events=[decided, served], fine_cents=20000)
    procedure.check(v, "demand", {})
    paid = event("pay_full", "2026-06-10", {"amount_cents": 20000})
    v = make_view(state="executing", today="2026-06-17", events=[decided, served, paid], fine_cents=20000)
    assert refused(v, "demand").rule == "nothing_owed"


def test_acl53_acl54_court_application_after_remedy_periods_and_within_three_months():
    """《行政强制法》第五十三条、第五十四条: served 1 June 2026; review 60 days, litigation 6 months (to 1 Dec);
    the court is asked from 2 Dec, 10 days after the 催告书, and no later than 3 months after."""
    decided = event("decide", "2026-06-01", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000})
    served = event("serve", "2026-06-01", {"served_on": "2026-06-01", "outcome": "penalty"})
    demand = event("demand_served", "2026-06-20", {})
    history = [decided, served, demand]
    v = make_view(state="executing", today="2026-07-01", events=history, fine_cents=20000)
    err = refused(v, "apply_court")
    assert err.rule == "remedy_periods_running" and err.article == str(art.ACL53) and "2026-12-02" in str(err)
    early_demand = make_view(state="executing", today="2026-06-25", events=history, fine_cents=20000)
    assert refused(early_demand, "apply_court").rule == "demand_wait"
    tenth_day = make_view(state="executing", today="2026-06-30", events=history, fine_cents=20000)
    assert refused(tenth_day, "apply_court").rule == "demand_wait"  # 送达十日后: not on the tenth day itself
    appeal = event("appeal_start", "2026-07-01", {})
    v = make_view(state="executing", today="2026-12-03", events=[*history, appeal], fine_cents=20000)
    assert refused(v, "apply_court").rule == "appeal_pending"
    procedure.check(
        make_view(state="executing", today="2026-12-03", events=history, fine_cents=20000), "apply_court", {}
    )
    late = make_view(state="executing", today="2027-03-10", events=history, fine_cents=20000)
    assert refused(late, "apply_court").rule == "court_application_late"


def test_art62_art85_provisional_deadline_is_stated_at_its_latest_end_and_the_guard_agrees():
    """《行政处罚法》第六十二条、第八十五条: a notice served 29 Dec 2026 (2027 has no calendar) states the latest
    possible end; the decision is refused until the day after that stated date."""
    v = make_view(state="internal_review", today="2026-12-29", record={"amount_cents": 20000, "reason": ""})
    data = procedure.check(v, "notify", {}).data
    stated = dt.date.fromisoformat(data["statement_due_latest"])
    assert stated > dt.date.fromisoformat(data["statement_due"]) and data["statement_due_provisional"]
    n = notice("2026-12-29")
    assert (
        refused(make_view(today=stated.isoformat(), events=[n]), "decide", outcome="penalty").rule
        == "statement_period_provisional"
    )
    after = (stated + dt.timedelta(days=1)).isoformat()
    procedure.check(make_view(today=after, events=[n]), "decide", {"outcome": "penalty", "correction": FIX})


def test_acl54_demand_is_offered_only_once_it_would_be_lawful():
    """《行政强制法》第五十四条: the 催告 step is not offered while the payment period runs."""
    decided = event("decide", "2026-06-01", {"outcome": "penalty", "correction": FIX, "amount_cents": 20000})
    served = event("serve", "2026-06-01", {"served_on": "2026-06-01", "outcome": "penalty"})

    def offered(today: str) -> set[str]:
        v = make_view(state="executing", today=today, events=[decided, served], fine_cents=20000)
        return {s.name for s in procedure.allowed_steps(v, lambda action: True)}

    assert "demand" not in offered("2026-06-16") and "demand" in offered("2026-06-17")


@pytest.mark.parametrize(
    ("state", "step", "first", "cited"),
    [
        ("served", "demand", "进入执行", ("第三十五条", "第六十七条", "第七十二条")),
        ("served", "apply_court", "进入执行", ("第五十三条", "第五十四条")),
        ("decided", "demand", "送达决定书", ("第五章",)),
        ("investigated", "decide", "提交案件审核", ("第五章",)),
        ("filed", "notify", "开始调查取证", ("第五章",)),
    ],
)
def test_chapter5_and_acl54_a_step_out_of_order_names_the_step_that_comes_first(state, step, first, cited):
    """行政处罚法第五章 (and 行政强制法第三十五条、第五十三条、第五十四条 for 催告 and the court): a step typed
    out of order is refused naming the step the procedure puts before it, not with a generic message."""
    v = make_view(state=state, today="2026-06-20", fine_cents=50000)
    with pytest.raises(GuardRefused) as refused:
        procedure.check(v, step, {})
    err = refused.value
    assert err.rule == "wrong_state" and f"须先“{first}”" in str(err), str(err)
    assert all(c in err.article for c in cited), err.article
    if step == "demand" and state == "served":
        assert "缴款期限" in err.hint and "进入执行" in err.hint


def test_chapter5_a_step_the_case_has_passed_says_so_and_when_it_could_be_taken():
    with pytest.raises(GuardRefused) as refused:
        procedure.check(make_view(state="executing", today="2026-06-20"), "notify", {})
    assert "本案已过该环节" in str(refused.value) and "案件审核" in refused.value.hint
