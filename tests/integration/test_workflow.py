"""The case workflow end to end through the use cases, and each legal guard refusing with its article."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import clock
from inspector.errors import GuardRefused, PermissionDenied
from inspector.law import procedure
from inspector.services import discretion as disc
from inspector.services import users
from inspector.services import workflow as wf
from tests.integration.workflow_support import (
    ONSPOT_DOC,
    at,
    fined_on_the_spot,
    make_case,
    set_hearing_thresholds,
    to_internal_review,
)


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


@pytest.fixture
def people(station, login):
    at("2026-06-01")
    set_hearing_thresholds(station)
    return {r: login(r) for r in ("officer", "squad_leader", "legal_reviewer", "admin")}


def _to_internal_review(station, p, **case_kw) -> str:
    cid = make_case(station, **case_kw)
    to_internal_review(cid, p["officer"], p["squad_leader"])
    return cid


def _state(station, cid):
    return station.db.get("cases", cid)["state"]


def test_general_procedure_clue_to_archive(station, people):
    p = people
    cid = _to_internal_review(station, p)
    disc.record(p["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(p["officer"], cid, "notify")
    assert _state(station, cid) == "notified"
    at("2026-06-10")  # statement period (5 WD after 1 June) ended on 8 June
    wf.advance(p["squad_leader"], cid, "decide", outcome="penalty")
    wf.advance(p["officer"], cid, "serve", method="direct")
    wf.advance(p["officer"], cid, "pay", amount_cents=20000)
    wf.advance(p["squad_leader"], cid, "close")
    wf.advance(p["officer"], cid, "archive")
    assert _state(station, cid) == "archived"
    steps = [e["step"] for e in wf.timeline(p["officer"], cid)["events"]]
    assert steps == [
        "verify",
        "file",
        "investigate",
        "end_investigation",
        "submit_review",
        "notify",
        "decide",
        "serve",
        "pay_full",
        "close",
        "archive",
    ]
    assert station.audit_verify() == []
    case = station.db.get("cases", cid)
    assert (
        case["fine_cents"] == 20000 and case["filed_at"] == "2026-06-01" and case["closed_at"] == "2026-06-10"
    )


def test_permissions_officer_handles_leader_files_reviewer_reviews(station, people):
    cid = make_case(station)
    with pytest.raises(PermissionDenied):
        wf.advance(people["officer"], cid, "file")
    assert "file" not in {s["step"] for s in wf.allowed_steps(people["officer"], cid)}
    assert "file" in {s["step"] for s in wf.allowed_steps(people["squad_leader"], cid)}


def test_art42_two_certified_officers_required(station, people):
    officers = station.db.query("SELECT * FROM officers ORDER BY cert_no LIMIT 2")
    session = station.system_session()
    with session.writing(procedure.Action.DEMO_FILL) as w:
        w.update("officers", officers[1]["id"], {"cert_expiry": "2026-01-31"})
    cid = make_case(station, officers=officers)
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "file")
    assert err.value.article == "《中华人民共和国行政处罚法》第四十二条" and "执法证" in err.value.hint
    assert _state(station, cid) == "clue"


def test_art36_limitation_blocks_filing(station, people):
    cid = make_case(station, act_date="2024-05-20", discovered="2026-05-30")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "file")
    assert "第三十六条" in err.value.article and "不予立案" in err.value.hint
    wf.advance(people["squad_leader"], cid, "not_file", reason="超过追责时效")
    assert _state(station, cid) == "not_filed"


def test_art36_five_years_where_life_health_safety_harmed(station, people):
    cid = make_case(station, act_date="2023-05-20", discovered="2026-05-30")
    wf.advance(people["squad_leader"], cid, "file", serious_harm=True)
    assert _state(station, cid) == "filed"


def test_art36_harm_declared_at_filing_carries_to_the_decision(station, people):
    """Art. 36: the serious harm declared at 立案 stays with the case: the deadline table shows the five-year
    end, and the decision, which checks the limitation again, is not refused as out of time."""
    at("2027-01-10")
    cid = make_case(station, act_date="2024-07-10", discovered="2026-12-20")
    with pytest.raises(GuardRefused):
        wf.advance(people["squad_leader"], cid, "file")  # two years ran out on 2026-07-10
    wf.advance(people["squad_leader"], cid, "file", serious_harm=True)
    limitation = next(d for d in wf.deadlines_for(people["officer"], cid) if d.key == "limitation")
    assert (limitation.name, limitation.due.year) == ("追责时效（5年）", 2029)
    o = people["officer"]
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(o, cid, step)
    set_hearing_thresholds(station)
    disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(o, cid, "notify")
    wf.advance(o, cid, "waive_statement", note="当事人书面放弃陈述申辩（附卷第5页）")
    wf.advance(people["squad_leader"], cid, "decide")
    assert _state(station, cid) == "decided"


def test_art62_no_decision_before_statement_period_unless_waived(station, people):
    cid = _to_internal_review(station, people)
    disc.record(people["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(people["officer"], cid, "notify")
    at("2026-06-08")  # the last day of the period: still open
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.article == "《中华人民共和国行政处罚法》第六十二条" and "2026-06-08" in str(err.value)
    with pytest.raises(GuardRefused):
        wf.advance(people["officer"], cid, "waive_statement")
    wf.advance(people["officer"], cid, "waive_statement", note="当事人书面放弃声明（附卷第5页）")
    wf.advance(people["squad_leader"], cid, "decide")
    assert _state(station, cid) == "decided"


def test_art45_decision_not_above_notified_amount(station, people):
    cid = _to_internal_review(station, people)
    disc.record(people["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(people["officer"], cid, "notify")
    at("2026-06-10")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide", amount_cents=25000)
    assert err.value.article == "《中华人民共和国行政处罚法》第四十五条" and "重新事先告知" in err.value.hint
    wf.advance(people["squad_leader"], cid, "decide", amount_cents=15000)
    assert station.db.get("cases", cid)["fine_cents"] == 15000


def test_art58_legal_review_required_by_qualified_reviewer(station, people):
    cid = _to_internal_review(station, people)
    disc.record(
        people["officer"], cid, amount_cents=50000, answers={"tier": "一般"}, reason="多次劝导拒不改正"
    )
    wf.advance(people["officer"], cid, "notify")
    at("2026-06-10")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.article == "《中华人民共和国行政处罚法》第五十八条" and "推荐裁量阶次" in str(err.value)
    wf.advance(people["officer"], cid, "submit_legal_review")
    users.add_user(
        station.system_session(),
        username="rev2",
        display_name="无资格审核员",
        role="legal_reviewer",
        password="Review2026x",
        has_legal_qualification=False,
    )
    unqualified = station.login("rev2", "Review2026x")
    with pytest.raises(GuardRefused) as err:
        wf.advance(unqualified, cid, "legal_review", verdict="passed")
    assert err.value.article == "《中华人民共和国行政处罚法》第五十八条第二款"
    with pytest.raises(PermissionDenied):
        wf.advance(people["officer"], cid, "legal_review", verdict="passed")
    wf.advance(people["legal_reviewer"], cid, "legal_review", verdict="passed", opinion="事实清楚，说理充分")
    assert _state(station, cid) == "notified"
    at("2026-06-11")  # the discretion changes after the review: it must be reviewed again
    disc.record(
        people["officer"], cid, amount_cents=45000, answers={"tier": "一般"}, reason="多次劝导拒不改正"
    )
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.rule == "legal_review_required"
    wf.advance(people["officer"], cid, "submit_legal_review")
    wf.advance(people["legal_reviewer"], cid, "legal_review", verdict="passed", opinion="同意")
    wf.advance(people["squad_leader"], cid, "decide")
    assert _state(station, cid) == "decided"
    assert station.db.scalar("SELECT verdict FROM reviews WHERE case_id = ?", (cid,)) == "passed"


def test_art63_hearing_threshold_must_be_set_by_admin(station, people):
    set_hearing_thresholds(station, {})
    cid = _to_internal_review(station, people)
    disc.record(people["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "notify")
    assert err.value.rule == "hearing_threshold_unset" and "管理员" in err.value.hint


def test_art64_hearing_request_within_five_working_days_and_seven_day_notice(station, people):
    set_hearing_thresholds(station, {"*": {"person": 20000, "organisation": 5000000}})
    cid = _to_internal_review(station, people)
    disc.record(people["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(people["officer"], cid, "notify")
    assert wf.timeline(people["officer"], cid)["events"][-1]["data"]["hearing_right"] is True
    at("2026-06-09")  # 1 June + 5 working days = 8 June
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "request_hearing")
    assert err.value.article == "《中华人民共和国行政处罚法》第六十四条第（一）项"
    at("2026-06-05")
    wf.advance(people["officer"], cid, "request_hearing", on_date="2026-06-05")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "hearing_notice", hearing_date="2026-06-12")
    assert (
        err.value.article == "《中华人民共和国行政处罚法》第六十四条第（二）项"
        and "2026-06-16" in err.value.hint
    )
    wf.advance(people["officer"], cid, "hearing_notice", hearing_date="2026-06-16")
    # a new date is lawful (noticed 7 working days ahead again): the button says it reschedules
    labels = {s["step"]: s["label"] for s in wf.allowed_steps(people["officer"], cid)}
    assert labels["hearing_notice"] == "听证改期（重新通知）"
    at("2026-06-16")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.rule == "hearing_pending"
    wf.advance(people["officer"], cid, "hold_hearing")
    with pytest.raises(GuardRefused) as err:  # Art. 58(2): went through a hearing → legal review
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.rule == "legal_review_required"


def test_art51_simple_procedure_thresholds(station, people):
    cid = make_case(station)
    with pytest.raises(GuardRefused) as err:
        wf.advance(
            people["officer"],
            cid,
            "on_the_spot",
            document=ONSPOT_DOC,
            amount_cents=20001,
            statement_heard=True,
        )
    assert err.value.article == "《中华人民共和国行政处罚法》第五十一条" and "普通程序" in err.value.hint
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=20000)
    assert "第四十四条" in err.value.article
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=20000, statement_heard=True
    )
    assert _state(station, cid) == "served" and station.db.get("cases", cid)["procedure"] == "simple"
    org_case = make_case(
        station, kind="organisation"
    )  # above the person's 200 yuan, within the matter's range
    wf.advance(
        people["officer"],
        org_case,
        "on_the_spot",
        document=ONSPOT_DOC,
        amount_cents=100000,
        statement_heard=True,
    )
    wf.advance(people["officer"], cid, "pay", amount_cents=20000)
    wf.advance(people["squad_leader"], cid, "close")
    assert _state(station, cid) == "closed"


def test_art57_exactly_four_outcomes_and_art33_education(station, people):
    assert len(procedure.DecisionOutcome) == 4
    cid = _to_internal_review(station, people)
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide", outcome="warning_only")
    assert err.value.article == "《中华人民共和国行政处罚法》第五十七条"
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide", outcome="no_penalty_minor")
    assert "第三十三条" in err.value.article
    wf.advance(
        people["squad_leader"],
        cid,
        "decide",
        outcome="no_penalty_minor",
        education="当场说服教育，当事人已改正",
    )
    wf.advance(people["officer"], cid, "serve")
    assert "close" in {s["step"] for s in wf.allowed_steps(people["squad_leader"], cid)}
    wf.advance(people["squad_leader"], cid, "close")


def test_art57_transfer_outcome_and_art27_acknowledgement(station, people):
    from inspector.services import transfer

    cid = _to_internal_review(station, people)
    wf.advance(people["squad_leader"], cid, "decide", outcome="transfer", receiver="杭州市公安局上城区分局")
    assert _state(station, cid) == "transferred"
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "close")
    assert err.value.rule == "transfer_ack"
    transfer.acknowledge(
        people["officer"], cid, acknowledged_by="上城区分局法制大队", reference="回执〔2026〕12号"
    )
    wf.advance(people["squad_leader"], cid, "close")
    assert _state(station, cid) == "closed"


def test_art61_electronic_service_needs_consent(station, people):
    cid = _to_internal_review(station, people)
    wf.advance(people["squad_leader"], cid, "decide", outcome="no_case")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "serve", method="electronic")
    assert err.value.article == "《中华人民共和国行政处罚法》第六十一条第二款"
    wf.advance(people["officer"], cid, "serve", method="electronic", consent_ref="确认书2026-001")


def test_art72_surcharge_on_late_payment_and_close_requires_full_payment(station, people):
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    at("2026-06-26")  # payment due 1 June + 15 = 16 June; 10 days late → 30 %
    wf.advance(people["officer"], cid, "pay", amount_cents=10000)
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "close")
    assert "第七十二条" in err.value.article
    ev = wf.timeline(people["officer"], cid)["events"][-1]
    assert ev["step"] == "pay" and ev["data"]["surcharge_cents"] == 3000
    wf.advance(people["officer"], cid, "pay", amount_cents=3000)
    wf.advance(people["squad_leader"], cid, "close")


def test_art72_surcharge_stops_once_the_fine_is_paid_so_a_late_close_is_not_refused(station, people):
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    at("2026-06-10")  # paid within the 15 days (due 16 June): no surcharge, whenever the case is closed
    wf.advance(people["officer"], cid, "pay", amount_cents=10000)
    at("2026-08-20")
    wf.advance(people["squad_leader"], cid, "close")
    assert wf.show(people["officer"], cid)["state"] == "closed"


def test_art72_surcharge_counts_the_days_until_the_fine_was_covered(station, people):
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    at("2026-06-18")  # 2 days late with 6,000 paid: the fine is not covered yet
    wf.advance(people["officer"], cid, "pay", amount_cents=6000)
    at("2026-06-21")  # 5 days late: the rest of the fine → 15 % surcharge, fixed from now on
    wf.advance(people["officer"], cid, "pay", amount_cents=4000)
    at("2026-07-30")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "close")
    assert "第七十二条" in err.value.article and "应缴115.00元" in str(err.value)
    wf.advance(people["officer"], cid, "pay", amount_cents=1500)
    wf.advance(people["squad_leader"], cid, "close")


def test_art60_decision_deadline_with_extension(station, people):
    cid = _to_internal_review(station, people)
    dl = {d["key"]: d for d in wf.timeline(people["officer"], cid)["deadlines"]}
    assert dl["decision"]["due"] == "2026-08-31" and dl["decision"]["status"] == "ok"  # 30 Aug is a Sunday
    wf.advance(people["squad_leader"], cid, "extend", days=30, reason="案情复杂，经负责人批准")
    dl = {d["key"]: d for d in wf.timeline(people["officer"], cid)["deadlines"]}
    assert dl["decision"]["due"] == "2026-09-30" and dl["decision"]["extended_days"] == 30
    at("2026-10-09")
    dl = {d["key"]: d for d in wf.timeline(people["officer"], cid)["deadlines"]}
    assert dl["decision"]["status"] == "overdue"


def test_show_lists_state_steps_and_deadlines(station, people):
    cid = make_case(station)
    shown = wf.show(people["squad_leader"], cid)
    assert shown["state"] == "clue" and {"file", "verify", "not_file"} <= {
        s["step"] for s in shown["allowed_steps"]
    }
    assert any(d["key"] == "clue_verification" and d["due"] == "2026-06-16" for d in shown["deadlines"])


def test_art30_under_fourteen_no_penalty_decision(station, people):
    cid = _to_internal_review(station, people, birth=dt.date(2013, 1, 5))  # 13 on 28 May 2026
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "notify", amount_cents=10000)
    assert err.value.article == "《中华人民共和国行政处罚法》第三十条" and "不予处罚" in err.value.hint
    wf.advance(
        people["squad_leader"], cid, "decide", outcome="no_penalty_minor", education="责令监护人加以管教"
    )
    assert _state(station, cid) == "decided"


def test_art57_major_case_requires_collective_discussion(station, people):
    cid = make_case(station)
    wf.advance(people["squad_leader"], cid, "file")
    wf.advance(people["officer"], cid, "investigate")
    wf.advance(people["officer"], cid, "end_investigation")
    wf.advance(people["officer"], cid, "submit_review", major_case=True)
    disc.record(people["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(people["officer"], cid, "notify")
    at("2026-06-10")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.article == "《中华人民共和国行政处罚法》第五十七条第二款"
    wf.advance(people["squad_leader"], cid, "collective", conclusion="同意按告知金额处罚")
    wf.advance(people["squad_leader"], cid, "decide")
    assert _state(station, cid) == "decided"


def test_art68_art70_art71_on_the_spot_cash_collection(station, people):
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=15000, statement_heard=True
    )
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], cid, "pay", amount_cents=15000, cash=True, receipt_no="ZJ001")
    assert "第六十八条" in err.value.article
    small = make_case(station, birth=dt.date(1990, 7, 1))  # another party: no second fine (Art. 29) involved
    wf.advance(
        people["officer"], small, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["officer"], small, "pay", amount_cents=10000, cash=True)
    assert err.value.article == "《中华人民共和国行政处罚法》第七十条"
    assert "hand_in_cash" not in {s["step"] for s in wf.allowed_steps(people["officer"], small)}
    wf.advance(people["officer"], small, "pay", amount_cents=10000, cash=True, receipt_no="ZJ-2026-000123")
    assert "hand_in_cash" in {s["step"] for s in wf.allowed_steps(people["officer"], small)}
    dl = {d["key"]: d for d in wf.timeline(people["officer"], small)["deadlines"]}
    assert dl["cash_handover"]["due"] == "2026-06-03" and dl["cash_handover"]["status"] == "due_soon"
    wf.advance(people["squad_leader"], small, "close")
    at("2026-06-04")
    dl = {d["key"]: d for d in wf.timeline(people["officer"], small)["deadlines"]}
    assert dl["cash_handover"]["status"] == "overdue"  # still a duty after closing
    wf.advance(people["officer"], small, "hand_in_cash")
    dl = {d["key"]: d for d in wf.timeline(people["officer"], small)["deadlines"]}
    assert dl["cash_handover"]["status"] == "done"


def test_art66_instalment_moves_due_date_and_art73_appeal_pauses_surcharge(station, people):
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    with pytest.raises(PermissionDenied):
        wf.advance(people["officer"], cid, "instalment", until="2026-07-01", reason="经济困难")
    wf.advance(people["squad_leader"], cid, "instalment", until="2026-07-01", reason="经济困难，申请延期")
    at("2026-07-03")
    wf.advance(people["officer"], cid, "appeal_start", kind="review")
    at("2026-07-20")
    wf.advance(people["officer"], cid, "appeal_end")
    at("2026-07-22")
    # Due 1 July; 2 July counts, 3–20 July paused (Art. 73), 21 and 22 July count → 3 days = 9 %.
    wf.advance(people["officer"], cid, "pay", amount_cents=10000)
    ev = wf.timeline(people["officer"], cid)["events"][-1]
    assert ev["data"]["surcharge_cents"] == 900 and ev["step"] == "pay"


def test_art29_no_second_fine_for_the_same_act(station, people):
    from tests.integration.workflow_support import resident_id

    number = resident_id(dt.date(1985, 2, 3))
    first = make_case(station, id_number=number)
    wf.advance(
        people["officer"], first, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    second = _to_internal_review(station, people, id_number=number)
    disc.record(people["officer"], second, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(people["officer"], second, "notify")
    at("2026-06-10")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], second, "decide")
    assert err.value.article == "《中华人民共和国行政处罚法》第二十九条"


def test_art58_failed_review_returns_the_case_to_investigation(station, people):
    cid = _to_internal_review(station, people)
    wf.advance(people["officer"], cid, "submit_legal_review")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["legal_reviewer"], cid, "legal_review", verdict="failed")
    assert err.value.rule == "opinion_required"
    wf.advance(
        people["legal_reviewer"], cid, "legal_review", verdict="failed", opinion="证据不足，补充现场笔录"
    )
    assert _state(station, cid) == "investigating"


def test_art48_withdraw_published_decision_within_three_working_days(station, people, login):
    from inspector.services import publicity
    from tests.integration.review_support import closed_case

    cid = closed_case(station, login)  # a general-procedure fine decided on Wednesday 10 June
    publicity.sign_off(login("legal_reviewer"), publicity.for_case(login("legal_reviewer"), cid)["id"])
    at("2026-06-11")
    wf.advance(people["officer"], cid, "publish")
    with pytest.raises(GuardRefused):
        wf.advance(people["officer"], cid, "publication_withdrawn")
    at("2026-06-12")  # Friday
    wf.advance(people["squad_leader"], cid, "decision_changed", kind="revoked", reason="复议决定撤销")
    dl = {d["key"]: d for d in wf.timeline(people["officer"], cid)["deadlines"]}
    assert dl["withdraw_publication"]["due"] == "2026-06-17" and dl["withdraw_publication"]["status"] == "ok"
    wf.advance(people["officer"], cid, "publication_withdrawn")
    dl = {d["key"]: d for d in wf.timeline(people["officer"], cid)["deadlines"]}
    assert dl["withdraw_publication"]["status"] == "done"


def test_art47_steps_cannot_be_backdated_before_the_previous_step(station, people):
    cid = _to_internal_review(station, people)
    disc.record(people["officer"], cid, amount_cents=20000, answers={"tier": "一般"})
    at("2026-06-03")
    wf.advance(people["officer"], cid, "notify")
    at("2026-06-20")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide", on_date="2026-06-02")
    assert err.value.rule == "backdated"
    with pytest.raises(GuardRefused) as err:  # a notice cannot be served before it was made
        wf.advance(people["officer"], cid, "notify", served_on="2026-06-01")
    assert err.value.rule == "served_on"


def test_art58_local_triggers_are_configurable(station, people):
    from inspector.services.org import set_setting

    system = station.system_session()
    set_setting(system, "legal_review.triggers", ["fine_threshold"])
    set_setting(system, "legal_review.fine_threshold_cents", 40000)
    cid = _to_internal_review(station, people)
    disc.record(people["officer"], cid, amount_cents=35000, answers={"tier": "一般"}, reason="情节较重")
    wf.advance(people["officer"], cid, "notify")
    at("2026-06-10")
    wf.advance(people["squad_leader"], cid, "decide")  # outside the tier, but that trigger is switched off
    other = _to_internal_review(station, people, birth=dt.date(1991, 7, 8))  # another party (Art. 29)
    disc.record(people["officer"], other, amount_cents=45000, answers={"tier": "较重"})
    wf.advance(people["officer"], other, "notify")
    at("2026-06-20")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], other, "decide")
    assert "400元" in str(err.value)


def test_acl54_a_demand_is_served_once_per_payment_period(station, people):
    """行政强制法第五十四条: the ten days before the court may be asked run from the 催告书's service, so it is
    not served again for the same period; a deferral approved later (Art. 66 ¶2) makes a new period, and a
    new 催告 once that one has lapsed too. A second application to the court is refused (行政强制法第五十三条)."""
    o, leader = people["officer"], people["squad_leader"]
    cid = fined_on_the_spot(station, o)
    at("2026-06-20")
    wf.advance(o, cid, "start_execution")
    wf.advance(o, cid, "demand")
    assert "demand" not in {s["step"] for s in wf.allowed_steps(o, cid)}
    with pytest.raises(GuardRefused) as err:
        wf.advance(o, cid, "demand")
    assert err.value.rule == "demand_served" and "第五十四条" in err.value.article
    assert "2026-06-20" in str(err.value)
    wf.advance(leader, cid, "instalment", until="2026-07-10", reason="经济困难，申请延期")
    assert "demand" not in {s["step"] for s in wf.allowed_steps(o, cid)}  # the new period is running
    at("2026-07-13")
    assert "demand" in {s["step"] for s in wf.allowed_steps(o, cid)}
    wf.advance(o, cid, "demand")
    assert [e["on_date"] for e in wf.timeline(o, cid)["events"] if e["step"] == "demand_served"] == [
        "2026-06-20",
        "2026-07-13",
    ]
    at("2026-12-10")  # the review and litigation periods after service on 1 June are over
    wf.advance(leader, cid, "apply_court")
    assert "apply_court" not in {s["step"] for s in wf.allowed_steps(leader, cid)}
    with pytest.raises(GuardRefused) as err:
        wf.advance(leader, cid, "apply_court")
    assert err.value.rule == "court_applied" and "第五十三条" in err.value.article


def test_art62_a_written_waiver_is_recorded_once_per_notice(station, people):
    o = people["officer"]
    cid = _to_internal_review(station, people)
    disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(o, cid, "notify")
    wf.advance(o, cid, "waive_statement", note="当事人书面放弃声明（附卷第5页）")
    assert "waive_statement" not in {s["step"] for s in wf.allowed_steps(o, cid)}
    with pytest.raises(GuardRefused) as err:
        wf.advance(o, cid, "waive_statement", note="再次登记")
    assert err.value.rule == "waiver_recorded" and "第六十二条" in err.value.article


def test_art73_an_appeal_is_registered_once_until_it_ends(station, people):
    """Art. 73: the surcharge pause runs from the registered review or lawsuit to its end; a second one is
    registered after the first ended (a lawsuit against the review decision), not on top of it."""
    o = people["officer"]
    cid = fined_on_the_spot(station, o)
    wf.advance(o, cid, "appeal_start", kind="review")
    assert "appeal_start" not in {s["step"] for s in wf.allowed_steps(o, cid)}
    with pytest.raises(GuardRefused) as err:
        wf.advance(o, cid, "appeal_start", kind="litigation")
    assert err.value.rule == "appeal_open" and "第七十三条" in err.value.article
    wf.advance(o, cid, "appeal_end")
    assert "appeal_start" in {s["step"] for s in wf.allowed_steps(o, cid)}


def test_art60_art64_a_repeatable_step_says_it_is_taken_again(station, people):
    """Art. 60: a further extension, and Art. 66 ¶2: a changed deferral, are lawful again; their buttons say so."""
    o, leader = people["officer"], people["squad_leader"]
    cid = _to_internal_review(station, people)
    labels = {s["step"]: s["label"] for s in wf.allowed_steps(leader, cid)}
    assert labels["extend"] == "延长办案期限"
    wf.advance(leader, cid, "extend", days=30, reason="案情复杂，经负责人批准延长")
    labels = {s["step"]: s["label"] for s in wf.allowed_steps(leader, cid)}
    assert labels["extend"] == "再次延长办案期限"
    small = fined_on_the_spot(station, o)
    wf.advance(leader, small, "instalment", until="2026-07-01", reason="经济困难，申请延期")
    labels = {s["step"]: s["label"] for s in wf.allowed_steps(leader, small)}
    assert labels["instalment"] == "变更延期/分期缴纳"
