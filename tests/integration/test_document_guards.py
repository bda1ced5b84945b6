"""Documents follow the case, never lead it: each is refused until the step it records is lawful, naming the
article, and states only what is true on the day it is made."""

from __future__ import annotations

import json

import pypdf
import pytest

from inspector import clock
from inspector.errors import GuardRefused
from inspector.permissions import Action
from inspector.services import discretion as disc
from inspector.services import documents, preservation
from inspector.services import workflow as wf
from tests.integration.workflow_support import ONSPOT_DOC, at, make_case, set_hearing_thresholds

TEXT = {
    "evidence_summary": "现场检查笔录、现场照片3张",
    "violated_provision": "《浙江省城市市容和环境卫生管理条例》第十八条",
    "penalty_basis": "《浙江省城市市容和环境卫生管理条例》第十八条",
    "defence_reasoning": "当事人未提出陈述申辩。",
    "agency_address": "杭州市上城区江城路1号",
    "agency_phone": "0571-87000000",
    "party_address": "杭州市上城区清泰街1号",
    "facts": "当事人在店门外摆放商品经营。",
    "head_name": "张局长",
    "reason": "物品可能被转移",
}


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


@pytest.fixture
def people(station, login):
    at("2026-09-28")
    set_hearing_thresholds(station, {"*": {"person": 50000, "organisation": 5000000}})  # person ≥ 500 yuan
    return {r: login(r) for r in ("officer", "squad_leader", "admin", "legal_reviewer")}


def _text(issued) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(issued.path).pages).replace("\n", "")


def _refused(session, cid, doc_type, extra=None) -> GuardRefused:
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(session, cid, doc_type, {**TEXT, **(extra or {})})
    return err.value


def _notified(station, p, amount: int) -> str:
    cid = make_case(station)
    o, lead = p["officer"], p["squad_leader"]
    for step, who in (
        ("verify", o),
        ("file", lead),
        ("investigate", o),
        ("end_investigation", o),
        ("submit_review", o),
    ):
        wf.advance(who, cid, step)
    disc.record(o, cid, amount_cents=amount, answers={"tier": "一般"}, reason="情节较重")
    wf.advance(o, cid, "notify")
    return cid


def test_art63_hearing_notice_only_for_a_party_with_the_hearing_right(station, people):
    """《行政处罚法》第六十三条: no 听证告知书 below the 较大数额 threshold; above it, the notified amount is printed."""
    small = _notified(station, people, 20000)
    err = _refused(people["officer"], small, "hearing_notice", {"intended_penalty": "罚款人民币9000元"})
    assert err.rule == "no_hearing_right" and err.article == "《中华人民共和国行政处罚法》第六十三条"
    large = _notified(station, people, 60000)
    text = _text(
        documents.issue_document(
            people["officer"], large, "hearing_notice", {**TEXT, "intended_penalty": "罚款人民币9000元"}
        )
    )
    assert "罚款人民币600元" in text and "9000" not in text


def test_art62_decision_document_refused_while_the_decision_step_is(station, people):
    """《行政处罚法》第六十二条: within the statement period the decision step is refused, and so is its document."""
    cid = _notified(station, people, 20000)
    err = _refused(people["officer"], cid, "penalty_decision")
    with pytest.raises(GuardRefused) as step:
        wf.advance(people["squad_leader"], cid, "decide")
    assert (
        err.rule == step.value.rule == "statement_period"
        and err.article == "《中华人民共和国行政处罚法》第六十二条"
    )


def test_art64_hearing_record_only_once_the_noticed_hearing_is_held(station, people):
    """《行政处罚法》第六十四条: the 听证笔录 records a hearing that was noticed and whose day has come."""
    cid = _notified(station, people, 60000)
    wf.advance(people["officer"], cid, "request_hearing")
    assert _refused(people["officer"], cid, "hearing_record").rule == "hearing_not_noticed"
    wf.advance(people["officer"], cid, "hearing_notice", hearing_date="2026-10-20")
    err = _refused(people["officer"], cid, "hearing_record")
    assert err.rule == "hearing_early" and err.article == "《中华人民共和国行政处罚法》第六十四条第（二）项"
    at("2026-10-20")
    fields = {
        "publicity": "公开",
        "chair": "赵文",
        "recorder": "李明",
        "party_attendees": "张三",
        "proceedings": "调查人员陈述事实和证据，当事人申辩。",
        "final_statement": "请求从轻。",
    }
    text = _text(
        documents.issue_document(
            people["officer"], cid, "hearing_record", {**TEXT, **fields, "hearing_place": "三楼听证室"}
        )
    )
    assert "2026年10月20日" in text and "听证笔录" in text


def test_art51_onspot_decision_states_the_recorded_on_the_spot_amount(station, people):
    """《行政处罚法》第五十一条: the on-the-spot decision prints the amount the on-the-spot step accepted."""
    cid = make_case(station)
    err = _refused(people["officer"], cid, "onspot_decision")
    assert err.rule == "no_onspot_step" and err.article == "《中华人民共和国行政处罚法》第五十一条"
    over = _refused(
        people["officer"], cid, "onspot_decision", {"amount_cents": 50000, "statement_heard": True}
    )
    assert over.rule == "simple_threshold"  # 500 yuan for a person is above the Art. 51 limit
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    text = _text(
        documents.issue_document(
            people["officer"],
            cid,
            "onspot_decision",
            {
                **TEXT,
                "penalty": "罚款人民币5元",
                "act_time": "2026年9月28日",
                "act_place": "清泰街1号",
                "statement_record": "已告知，当事人无异议",
            },
        )
    )
    assert "罚款人民币100元" in text and "人民币5元" not in text


def test_art56_preservation_disposal_needs_the_recorded_decisions(station, people):
    """《行政处罚法》第五十六条: the 处理决定书 lists the decisions recorded on the preserved items."""
    cid = make_case(station)
    for step, who in (("verify", "officer"), ("file", "squad_leader"), ("investigate", "officer")):
        wf.advance(people[who], cid, step)
    assert _refused(people["officer"], cid, "preservation_disposal").rule == "nothing_preserved"
    item = preservation.register(
        people["officer"],
        cid,
        description="水果摊架",
        quantity="1个",
        storage_place="本机关暂存室",
        approved_by="张局长",
    )
    assert _refused(people["officer"], cid, "preservation_disposal").rule == "no_disposal"
    preservation.decide(people["officer"], item["id"], decision="returned")
    text = _text(documents.issue_document(people["officer"], cid, "preservation_disposal", TEXT))
    assert "水果摊架 1个" in text and "解除保存、退还" in text


def _served_on_the_spot(station, people) -> str:
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )  # 2026-09-28: the 当场行政处罚决定书 is issued and handed over with the step (Art. 52)
    return cid


def test_xzqzf_art35_art55_no_demand_or_application_without_an_issued_decision(station, people):
    """《行政强制法》第三十五条、第五十五条: the 催告书 and the 强制执行申请书 state the decision they execute. A
    case decided on the spot before the decision had to be issued with the step (recorded without its form)
    has no number to state: both are refused naming the 当场行政处罚决定书 to issue first, not issued with a
    blank number."""
    cid = make_case(station)
    system = station.system_session()
    with system.writing(Action.DEMO_FILL) as w:  # as a station recorded it before the form came with the step
        w.insert(
            "case_events",
            {
                "case_id": cid,
                "step": "on_the_spot",
                "from_state": "clue",
                "to_state": "served",
                "on_date": "2026-09-28",
                "at": clock.iso(),
                "actor": "officer",
                "data": json.dumps({"amount_cents": 10000, "outcome": "penalty", "served_on": "2026-09-28"}),
            },
        )
        case = station.db.get("cases", cid)
        w.update(
            "cases",
            cid,
            {"state": "served", "procedure": "simple", "fine_cents": 10000, "decided_at": "2026-09-28"},
            expected_version=case["version"],
        )
    wf.advance(people["officer"], cid, "start_execution")
    at("2026-10-20")
    err = _refused(people["officer"], cid, "demand_notice")
    assert err.rule == "no_decision_document" and err.article == "《中华人民共和国行政强制法》第三十五条"
    assert (
        "本案没有已出具的《当场行政处罚决定书》" in str(err) and "请先出具《当场行政处罚决定书》" in err.hint
    )
    with pytest.raises(
        GuardRefused
    ) as refused:  # the step itself is refused: no 催告 recorded without its 催告书
        wf.advance(people["officer"], cid, "demand", document=TEXT)
    assert refused.value.rule == "no_decision_document"
    assert station.db.get("cases", cid)["state"] == "executing"
    assert not [e for e in wf.timeline(people["officer"], cid)["events"] if e["step"] == "demand_served"]


def test_xzqzf_art54_demand_only_after_the_payment_period_and_only_true_statements(station, people):
    """《行政强制法》第五十四条: no 催告书 while the 15-day payment period (Art. 67) runs; once it has, the demand says
    the payment period expired, not that the review and litigation periods did."""
    cid = _served_on_the_spot(station, people)
    wf.advance(people["officer"], cid, "start_execution")
    at("2026-10-10")
    err = _refused(people["officer"], cid, "demand_notice")
    assert err.rule == "payment_period_open" and "第五十四条" in err.article
    at("2026-10-20")
    text = _text(documents.issue_document(people["officer"], cid, "demand_notice", TEXT))
    assert "缴款期限已于2026年10月13日届满" in text and "在法定期限内未申请行政复议" not in text
    assert "有权进行陈述和申辩" in text  # Art. 35 (4)


def test_xzqzf_art53_art54_court_application_waits_for_the_periods_and_the_demand(station, people):
    """《行政强制法》第五十三条: not before the review and litigation periods end; 第五十四条: ten days after the
    demand; then the application states that no review or suit was brought."""
    cid = _served_on_the_spot(station, people)
    o = people["officer"]
    wf.advance(o, cid, "start_execution")
    at("2026-12-01")  # review (60 days) over, litigation (6 months) still open
    err = _refused(o, cid, "enforcement_application")
    assert err.rule == "remedy_period_open" and err.article == "《中华人民共和国行政强制法》第五十三条"
    assert "行政诉讼起诉期限" in str(err)
    at("2027-04-12")  # past 28 March 2027 even if that year's holidays move it
    assert _refused(o, cid, "enforcement_application").rule == "no_demand"
    wf.advance(o, cid, "demand")
    at("2027-04-18")
    err = _refused(o, cid, "enforcement_application")
    assert err.rule == "demand_wait" and err.article == "《中华人民共和国行政强制法》第五十四条"
    # 2027 has no holiday calendar: the ten days (to 22 April) may move, so the wait lasts to its latest end.
    assert "2027年5月1日" in str(err)
    at("2027-05-01")
    assert _refused(o, cid, "enforcement_application").rule == "demand_wait"
    at("2027-05-02")
    text = _text(documents.issue_document(o, cid, "enforcement_application", TEXT))
    assert "被申请人在法定期限内未申请行政复议或者提起行政诉讼，又未履行该决定" in text
    assert "2027年4月12日向被申请人送达《催告书》" in text
    assert "罚款人民币100元及截至2027年5月2日的加处罚款人民币100元" in text  # Art. 72 cap


def test_court_application_refused_after_payment(station, people):
    cid = _served_on_the_spot(station, people)
    wf.advance(people["officer"], cid, "pay", amount_cents=10000)
    at("2027-05-01")
    assert _refused(people["officer"], cid, "enforcement_application").rule == "paid"


def test_art85_statement_deadline_in_a_year_without_calendar_is_printed_as_provisional(station, people):
    """《行政处罚法》第八十五条 (working days): a deadline in 2027, whose holidays are not loaded, is marked 暂定."""
    at("2026-12-29")
    cid = make_case(station)
    o, lead = people["officer"], people["squad_leader"]
    for step, who in (
        ("verify", o),
        ("file", lead),
        ("investigate", o),
        ("end_investigation", o),
        ("submit_review", o),
    ):
        wf.advance(who, cid, step)
    disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    text = _text(documents.issue_document(o, cid, "prior_notice", TEXT))
    # Stated at its latest possible end (five working days by weekends alone, plus the provisional margin).
    assert "2027年1月14日（暂定：该年度法定节假日安排尚未载入" in text
    at("2026-09-29")
    other = make_case(station)
    for step, who in (
        ("verify", o),
        ("file", lead),
        ("investigate", o),
        ("end_investigation", o),
        ("submit_review", o),
    ):
        wf.advance(who, other, step)
    disc.record(o, other, amount_cents=20000, answers={"tier": "一般"})
    assert "暂定" not in _text(documents.issue_document(o, other, "prior_notice", TEXT))


def test_art64_hearing_summons_prints_the_noticed_day(station, people):
    """《行政处罚法》第六十四条: the 听证通知书 follows a request and prints the day the hearing notice recorded."""
    cid = _notified(station, people, 60000)
    fields = {
        "hearing_time": "2026年12月1日9时",
        "hearing_place": "三楼听证室",
        "chair": "赵文",
        "publicity": "公开",
    }
    none = _refused(people["officer"], cid, "hearing_summons", fields)
    assert (
        none.rule == "no_hearing_request"
        and none.article == "《中华人民共和国行政处罚法》第六十四条第（一）项"
    )
    wf.advance(people["officer"], cid, "request_hearing")
    early = _refused(people["officer"], cid, "hearing_summons", {**fields, "hearing_date": "2026-09-30"})
    assert (
        early.rule == "hearing_notice_period"
        and early.article == "《中华人民共和国行政处罚法》第六十四条第（二）项"
    )
    wf.advance(people["officer"], cid, "hearing_notice", hearing_date="2026-10-20")
    text = _text(documents.issue_document(people["officer"], cid, "hearing_summons", {**TEXT, **fields}))
    assert "定于2026年10月20日在三楼听证室" in text and "12月1日" not in text


def test_art66_instalment_approval_prints_the_recorded_approval(station, people):
    """《行政处罚法》第六十六条第二款: the approval form states the term the recorded approval granted."""
    cid = _served_on_the_spot(station, people)
    fields = {"application": "家庭困难，申请延期", "handler_opinion": "同意延期", "plan": "随便写"}
    wf.advance(people["squad_leader"], cid, "instalment", until="2026-11-30", reason="确有经济困难")
    text = _text(documents.issue_document(people["officer"], cid, "instalment_approval", {**TEXT, **fields}))
    assert "准予于2026年11月30日前缴清罚款（理由：确有经济困难）" in text and "随便写" not in text
    assert "人民币100元" in text
