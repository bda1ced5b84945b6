"""Documents print the legal facts the workflow recorded: deadlines, hearing right, amounts, grounds, periods."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from inspector import clock
from inspector.errors import GuardRefused
from inspector.law import procedure
from inspector.model import CaseState
from inspector.services import discretion as disc
from inspector.services import documents, org
from inspector.services import workflow as wf
from tests.integration.workflow_support import ONSPOT_DOC, at, make_case, resident_id, set_hearing_thresholds

TEXT = {
    "evidence_summary": "现场检查笔录、现场照片3张",
    "violated_provision": "《浙江省城市市容和环境卫生管理条例》第十八条",
    "penalty_basis": "《浙江省城市市容和环境卫生管理条例》第十八条",
    "defence_reasoning": "当事人未提出陈述申辩。",
    "agency_address": "杭州市上城区江城路1号",
    "agency_phone": "0571-87000000",
    "party_address": "杭州市上城区清泰街1号",
}


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


@pytest.fixture
def people(station, login):
    at("2026-09-28")
    set_hearing_thresholds(station)  # person ≥ 5,000 yuan, organisation ≥ 50,000 yuan
    return {r: login(r) for r in ("officer", "squad_leader", "admin", "legal_reviewer")}


def _text(issued) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(issued.path).pages).replace("\n", "")


def _reviewed(station, p, amount: int = 20000, **record) -> str:
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
    disc.record(o, cid, amount_cents=amount, answers={"tier": "一般"}, **record)
    return cid


def test_art44_art85_notice_prints_statement_deadline_from_the_engine_in_working_days(station, people):
    """Art. 44/45 + Art. 85: the 陈述申辩 date is 5 working days after service, skipping the National Day holiday."""
    at("2026-09-30")
    cid = _reviewed(station, people)
    text = _text(documents.issue_document(people["officer"], cid, "prior_notice", TEXT))
    # 10-01…10-07 off, 10-10 (Sat) is a make-up working day: 8, 9, 10, 12, 13 October
    assert "请最迟于2026年10月13日（含当日）向本机关提出陈述、申辩意见" in text
    assert "拟对你（单位）作出如下行政处罚：罚款人民币200元" in text
    wf.advance(people["officer"], cid, "notify")
    event = wf.timeline(people["officer"], cid)["events"][-1]
    assert event["data"]["statement_due"] == "2026-10-13"  # the notice and the workflow agree


def test_art63_notice_refused_without_hearing_thresholds_with_the_workflows_message(station, login):
    """Art. 63: with no 较大数额 threshold set, neither the notify step nor the notice document may proceed."""
    at("2026-06-01")
    p = {r: login(r) for r in ("officer", "squad_leader")}
    cid = _reviewed(station, p)
    with pytest.raises(GuardRefused) as doc_err:
        documents.issue_document(p["officer"], cid, "prior_notice", TEXT)
    with pytest.raises(GuardRefused) as step_err:
        wf.advance(p["officer"], cid, "notify")
    assert doc_err.value.rule == step_err.value.rule == "hearing_threshold_unset"
    assert (
        str(doc_err.value) == str(step_err.value)
        and doc_err.value.article == "《中华人民共和国行政处罚法》第六十三条"
    )
    assert station.db.scalar("SELECT count(*) FROM documents") == 0


def test_art63_art64_hearing_clause_only_at_or_above_threshold_with_five_working_days(station, people):
    """Art. 63: hearing right for a large fine; Art. 64(1): request within 5 working days of receipt."""
    small = _reviewed(station, people, amount=20000)
    plain = _text(
        documents.issue_document(people["officer"], small, "prior_notice", {**TEXT, "hearing_applies": True})
    )  # the officer cannot force it
    assert "有权要求听证" not in plain
    org.set_setting(people["admin"], "hearing.thresholds", {"*": {"person": 20000, "organisation": 5000000}})
    with_hearing = _text(documents.issue_document(people["officer"], small, "prior_notice", TEXT))
    # served 2026-09-28 (Mon): 29, 30 Sep, then 8, 9, 10 Oct (make-up Saturday)
    assert "收到本告知书之日起五个工作日内（即2026年10月10日前）向本机关提出" in with_hearing


def test_art45_decision_refused_above_notified_amount_and_prints_the_notified_record(station, people):
    """Art. 45: a decision may not exceed the notified amount; the document refuses like the workflow."""
    cid = _reviewed(station, people, amount=20000)
    wf.advance(people["officer"], cid, "notify")
    disc.record(people["officer"], cid, amount_cents=30000, answers={"tier": "一般"}, reason="拒不改正")
    at("2026-10-14")
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(people["officer"], cid, "penalty_decision", TEXT)
    assert (
        err.value.rule == "amount_above_notice"
        and err.value.article == "《中华人民共和国行政处罚法》第四十五条"
    )
    with pytest.raises(GuardRefused) as step_err:
        wf.advance(people["squad_leader"], cid, "decide", amount_cents=30000)
    assert str(step_err.value) == str(err.value)


def test_art59_art67_art72_decision_amount_reasoning_and_periods_from_the_case(station, people):
    """Art. 59 items: amount and 说理 from the discretion record; 15 days (Art. 67), surcharge (Art. 72),
    review 60 days (复议法 Art. 20) before the agency's review body, litigation 6 months (行诉法 Art. 46)."""
    cid = _reviewed(station, people, amount=40000, reason="经两次劝导仍拒不改正，按较重情形处罚")
    wf.advance(people["officer"], cid, "notify")
    at("2026-10-14")  # statement period over; drafted before the decision step is recorded
    extra = {**TEXT, "penalty": "罚款人民币9999元", "discretion_reasoning": "随便写"}
    # Art. 58: outside the tier the decision needs a passed legal review; the document waits for it as the
    # decision step does (it never leads the case).
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(people["officer"], cid, "penalty_decision", extra)
    assert (
        err.value.rule == "legal_review_required"
        and err.value.article == "《中华人民共和国行政处罚法》第五十八条"
    )
    wf.advance(people["officer"], cid, "submit_legal_review")
    wf.advance(people["legal_reviewer"], cid, "legal_review", verdict="passed", opinion="说理充分")
    text = _text(documents.issue_document(people["officer"], cid, "penalty_decision", extra))
    assert "作出如下行政处罚：罚款人民币400元" in text and "9999" not in text and "随便写" not in text
    assert "“一般”裁量阶次，推荐罚款幅度为100元至300元" in text
    assert "决定罚款400元，高于推荐幅度，超出推荐裁量阶次，理由：经两次劝导仍拒不改正，按较重情形处罚" in text
    assert "收到本决定书之日起十五日内" in text and "百分之三加处罚款" in text
    review_body = station.db.query_one("SELECT review_body FROM agencies")["review_body"]
    assert f"六十日内向{review_body}申请行政复议" in text and "六个月内" in text


def test_remedy_periods_follow_the_settings(station, people):
    """The review and litigation periods are [S]/[U] settings; the decision prints the configured values."""
    org.set_setting(people["admin"], "deadline.review_days", 90)
    cid = _reviewed(station, people, amount=20000)
    wf.advance(people["officer"], cid, "notify")
    at("2026-10-14")
    text = _text(documents.issue_document(people["officer"], cid, "penalty_decision", TEXT))
    assert "收到本决定书之日起九十日内" in text


def test_art33_no_penalty_decision_prints_the_ground_recorded_with_the_decision(station, people):
    """Art. 33 ¶1 sentence 2 (首违不罚) and Art. 57(3): the ground comes from the workflow decision event."""
    cid = _reviewed(station, people)
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(people["officer"], cid, "no_penalty_decision", TEXT)
    assert err.value.rule == "no_decision"
    wf.advance(
        people["squad_leader"],
        cid,
        "decide",
        outcome="no_penalty_minor",
        ground="art33_1_first",
        education="当场进行法治宣传教育，当事人已改正",
    )
    text = _text(documents.issue_document(people["officer"], cid, "no_penalty_decision", TEXT))
    assert "第三十三条第一款第二句" in text and "当场进行法治宣传教育" in text
    other = _reviewed(station, people)
    wf.advance(people["squad_leader"], other, "decide", outcome="no_case")
    text = _text(
        documents.issue_document(
            people["officer"], other, "no_penalty_decision", {**TEXT, "education": "已告知当事人依法经营"}
        )
    )
    assert "第五十七条第一款第（三）项" in text


def test_art61_art72_receipt_demand_and_closing_figures_from_events(station, people):
    """Art. 61 service facts, Art. 72 surcharge (3 %/day, capped) on the 催告书, payments on the 结案报告."""
    cid = make_case(station)
    wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    at("2026-10-20")  # served 28 Sep; 15 days → 13 Oct (a working day); 7 days late by 20 Oct
    wf.advance(people["officer"], cid, "start_execution")
    wf.advance(people["officer"], cid, "demand")
    demand = _text(
        documents.issue_document(
            people["officer"],
            cid,
            "demand_notice",
            {**TEXT, "decision_number": "杭上城罚决字〔2026〕第1-0001号"},
        )
    )
    # 行政强制法 Art. 54: only the expired payment period is stated; the review and litigation periods still run.
    assert "该决定规定的缴款期限已于2026年10月13日届满，你（单位）至今未履行该决定" in demand
    assert "在法定期限内未申请行政复议" not in demand
    assert "加处罚款人民币21元" in demand and "第七十二条" in demand  # 7 days × 3 % of 100 yuan
    # 行政强制法 Art. 35 (3): the way of payment is as clear as on the decision — the agency's bank and account.
    agency = station.db.query("SELECT * FROM agencies")[0]
    if agency.get("bank_name") and agency.get("bank_account"):
        assert (
            f"到{agency['bank_name']}（户名：{agency['bank_account_name']}，账号：{agency['bank_account']}）"
            in demand
        )
    else:
        assert "到本机关指定的银行或者通过电子支付系统缴纳" in demand
    wf.advance(people["officer"], cid, "pay", amount_cents=12100)
    wf.advance(people["squad_leader"], cid, "close")
    closing = _text(
        documents.issue_document(
            people["officer"],
            cid,
            "closing_report",
            {**TEXT, "handler_opinion": "同意结案", "decision_number": "杭上城罚决字〔2026〕第1-0001号"},
        )
    )
    assert "2026年10月20日缴纳121元" in closing and "执行完毕" in closing


def test_lawful_states_are_the_workflow_steps_states():
    """One source of truth: each document is lawful where the workflow allows its step, or right after it."""
    for doc_type, (steps, _article) in documents.DOCUMENT_STEPS.items():
        expected = set()
        for name in steps:
            spec = procedure.STEP_BY_NAME[name]
            expected |= spec.sources | ({spec.target} if spec.target else set())
        assert documents.lawful_states(doc_type) == expected
    # Art. 44: the prior notice follows the internal review; it is not made during the investigation.
    assert CaseState.INVESTIGATED not in documents.lawful_states("prior_notice")
    assert CaseState.DECIDED in documents.lawful_states("penalty_decision")


def test_decision_cites_the_catalogue_provisions_in_force_on_the_act_date(station, login):
    """Art. 59(3) / Art. 37: the provisions violated and applied come from the benchmark catalogue in force on
    the act date, and the evidence the decision cites is what the case file actually holds."""
    from inspector import demo
    from inspector.law import benchmarks
    from inspector.services import documents

    set_hearing_thresholds(station)  # without them no case can be notified (Art. 63), so none is decided
    demo.fill(station, cases=30, photos=True)
    case = station.db.query_one(
        "SELECT * FROM cases WHERE state IN ('decided', 'served', 'executing', 'closed', 'archived') "
        "AND procedure = 'general' AND coalesce(fine_cents, 0) > 0 ORDER BY clue_at LIMIT 1"
    )
    assert case is not None
    data = documents.gather(login("officer"), case["id"])
    cat = benchmarks.in_force(
        benchmarks.load_all(station.db),
        dt.date.fromisoformat(case["act_date"][:10]),
        matter_code=case["matter_code"],
    )
    item = cat.items[case["matter_code"]]
    assert data["violated_provision"] == item["violation_basis"]
    assert data["penalty_basis"] == item["penalty_basis"]
    photos = station.db.scalar(
        "SELECT count(*) FROM evidence WHERE inspection_id = ? AND kind = 'photo'", (case["inspection_id"],)
    )
    assert data["evidence_summary"] == "现场检查笔录" + (f"、现场照片{photos}张" if photos else "")


def test_art5_printed_reasoning_describes_the_amount_actually_decided(station, people):
    """《行政处罚法》第五条: the form proposed 400 yuan (outside the 一般 tier, with reasons); the decision fixed
    200 yuan, inside the tier. The printed 说理 speaks of 200 yuan within the recommended range."""
    cid = _reviewed(station, people, amount=40000, reason="经两次劝导仍拒不改正")
    wf.advance(people["officer"], cid, "notify")
    at("2026-10-14")
    wf.advance(people["squad_leader"], cid, "decide", outcome="penalty", amount_cents=20000)
    text = _text(documents.issue_document(people["officer"], cid, "penalty_decision", TEXT))
    assert "决定罚款200元，在推荐幅度内" in text and "超出推荐裁量阶次" not in text


def test_art85_notice_over_a_year_without_calendar_states_the_latest_end_and_stores_it_as_provisional(
    station, people
):
    """《行政处罚法》第六十二条、第八十五条: 2027 has no holiday calendar; the notice served 29 Dec 2026 states the
    latest possible end (weekend count 5 Jan 2027 + 9 days' margin), the stored deadline is marked provisional."""
    at("2026-12-29")
    cid = _reviewed(station, people)
    text = _text(documents.issue_document(people["officer"], cid, "prior_notice", TEXT))
    assert "请最迟于2027年1月14日（暂定：该年度法定节假日安排尚未载入" in text
    wf.advance(people["officer"], cid, "notify")
    data = wf.timeline(people["officer"], cid)["events"][-1]["data"]
    assert data["statement_due"] == "2027-01-05" and data["statement_due_provisional"] is True
    assert data["statement_due_latest"] == "2027-01-14"
    at("2027-01-14")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide", outcome="penalty")
    assert err.value.rule == "statement_period_provisional"
    deadline = next(d for d in wf.timeline(people["officer"], cid)["deadlines"] if d["key"] == "statement")
    assert deadline["provisional"] is True


def test_art5_art34_reasoning_describes_the_amount_actually_decided():
    """Art. 5/34: the printed 说理 follows the decided amount; outside the tier it needs the recorded reason."""
    from inspector.services.document_facts import discretion_reasoning

    record = {
        "catalogue": "hz-zhzf",
        "cat_version": "2024.1",
        "matter_code": "330217001000",
        "tier": "一般",
        "range_min_cents": 10000,
        "range_max_cents": 30000,
        "outside_tier": 0,
        "mitigated": 0,
        "reason": "",
        "circumstances": "{}",
    }
    assert "决定罚款200元，在推荐幅度内" in discretion_reasoning(record, 20000, catalogue_name="基准")
    with pytest.raises(GuardRefused) as err:
        discretion_reasoning(record, 40000, catalogue_name="基准")  # the record was made for a lower amount
    assert err.value.rule == "reasoning_missing" and "第三十四条" in err.value.article
    text = discretion_reasoning({**record, "reason": "拒不改正"}, 40000, catalogue_name="基准")
    assert (
        "决定罚款400元，高于推荐幅度，超出推荐裁量阶次，理由：拒不改正" in text and "在推荐幅度内" not in text
    )
    flagged = discretion_reasoning(
        {**record, "outside_tier": 1, "reason": "旧理由"}, 20000, catalogue_name="基准"
    )
    assert "决定罚款200元，在推荐幅度内" in flagged


def test_art51_onspot_confirmation_asks_the_decisions_fields_before_the_amount_is_entered(station, login):
    """Art. 51, 52: the 当场处罚 confirmation asks what the 当场行政处罚决定书 still needs (the party's address),
    so the decision is issued with the step and can be handed over on the spot."""
    cid = make_case(station)
    preview = wf.step_preview(login("officer"), cid, "on_the_spot")
    (doc,) = preview["documents"]
    assert doc["doc_type"] == "onspot_decision"
    assert "party_address" in {m["field"] for m in doc["missing"]}
    assert not {"penalty", "payment"} & {m["field"] for m in doc["missing"]}  # these come from the step


def test_art41_3_a_non_contact_notice_says_where_and_how_to_see_the_record_and_defend(station, people):
    """Art. 41 ¶3: the party of a 非现场 case is told which device recorded the act and when, and where and how to
    look the record up and make a statement; a case from another source prints none of it."""
    import subprocess

    from inspector.services import case_opening, monitoring

    at("2026-09-28")
    monitoring.add_device(
        people["admin"],
        code="CAM-031",
        kind="违法停车抓拍",
        location="上城区解放路与建国路交叉口",
        legal_review_on="2026-03-02",
        legal_review_ref="杭上城综法审〔2026〕4号",
        tech_review_on="2026-03-10",
        tech_review_ref="浙计检2026-0311",
        published_on="2026-03-20",
        published_where="区政府门户网站",
    )
    o, lead = people["officer"], people["squad_leader"]
    offs = station.db.query(
        "SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '1' "
        "AND o.cert_expiry > '2027-12-31' ORDER BY o.cert_no LIMIT 2"
    )
    case = case_opening.open_from_clue(
        o,
        {
            "source": "non_contact",
            "device": "CAM-031",
            "reference": "88812",
            "recorded_at": "2026-09-25 07:42",
            "matter_code": "330217001000",
            "address": "杭州市上城区解放路88号",
            "act_date": "2026-09-25",
            "discovered_on": "2026-09-26",
            "officer_ids": [x["id"] for x in offs],
            "party": {
                "kind": "person",
                "name": "张三",
                "id_type": "resident_id",
                "id_number": resident_id(dt.date(1980, 3, 4)),
            },
        },
    )
    cid = case["id"]
    wf.advance(lead, cid, "review_record", result="fit")
    for step, who in (("file", lead), ("investigate", o), ("end_investigation", o), ("submit_review", o)):
        wf.advance(who, cid, step)
    disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    issued = documents.issue_document(o, cid, "prior_notice", TEXT)
    text = subprocess.run(
        ["pdftotext", str(issued.path), "-"], capture_output=True, text=True, check=True
    ).stdout.replace("\n", "")
    assert "电子技术监控记录的查询和陈述、申辩" in text
    assert (
        "上城区解放路与建国路交叉口的电子技术监控设备（编号CAM-031）于2026-09-25 07:42记录（记录号88812）"
        in text
    )
    assert "第四十一条第三款" in text
    assert "到本机关（地址：杭州市上城区江城路1号，电话：0571-87000000）查询、查看该记录" in text
    assert "提出陈述、申辩意见" in text
    other = _text(documents.issue_document(o, _reviewed(station, people), "prior_notice", TEXT))
    assert "电子技术监控" not in other


def test_art52_the_on_the_spot_decision_prints_the_remedy_periods_the_deadlines_count(station, people):
    """行政处罚法第五十二条: the on-the-spot decision states the periods for review and litigation; it prints the
    lengths the station's deadline settings give (as the 行政处罚决定书 does), so the party is told the same
    period the case's deadlines count, not a fixed sixty days and six months."""
    org.set_setting(people["admin"], "deadline.review_days", 90)
    org.set_setting(people["admin"], "deadline.litigation_months", 12)
    cid = make_case(station)
    event = wf.advance(
        people["officer"], cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True
    )
    (issued,) = event["documents"]
    reader = pypdf.PdfReader(io.BytesIO(documents.pdf_bytes(people["officer"], issued["id"])))
    text = "".join("".join(p.extract_text() for p in reader.pages).split())
    assert "在收到本决定书之日起九十日内向" in text and "或者在十二个月内依法向" in text, text
    dls = {d.key: d for d in wf.deadlines_for(people["officer"], cid)}
    assert dls["review_period"].due == dt.date(2026, 12, 28)  # 90 days to Sunday 27 December, then Monday
