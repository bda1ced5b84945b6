"""The case view: whose turn it is, the case as a reviewer reads it (facts, party, evidence, proposed amount, the
saved 裁量表, reloaded), the 文书 tab, and irreversible steps that say what they will do before they happen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector import clock
from inspector.errors import GuardRefused
from inspector.law import articles as art
from inspector.services import discretion as disc
from inspector.services import org
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, make_case, set_hearing_thresholds
from ui import tasks
from ui.screens.case_detail import CaseDetail


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    at("2026-06-01")
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def _detail(qtbot, session, cid) -> CaseDetail:
    d = CaseDetail(session, cid)
    qtbot.addWidget(d)
    d.show()
    return d


def _to_review(station, login) -> str:
    cid = make_case(station)
    o, lead = login("officer"), login("squad_leader")
    wf.advance(o, cid, "verify")
    wf.advance(lead, cid, "file")
    wf.advance(o, cid, "investigate")
    wf.advance(o, cid, "end_investigation")
    wf.advance(o, cid, "submit_review")
    return cid


def test_reviewer_reads_facts_party_evidence_amount_and_the_saved_discretion_record(qtbot, station, login):
    cid = _to_review(station, login)
    disc.record(login("officer"), cid, amount_cents=20000, answers={"tier": "一般"}, reason="按一般阶次")
    d = _detail(qtbot, login("legal_reviewer"), cid)
    text = d.facts.text()
    for expected in (
        "违法行为发生日期：2026-05-28",
        "当事人：张三",
        "承办人：",
        "证据：0 项",
        "阶次 一般",
        "拟罚款 200.00 元",
        "拟处罚金额：200.00元",
    ):
        assert expected in text, (expected, text)
    # The saved 裁量表 is what the form shows when the case is opened again.
    assert d.discretion.amount.text() == "200.00" and d.discretion.reason.toPlainText() == "按一般阶次"
    assert d.discretion.tier.currentData() == "一般"
    assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == ["办案流程", "裁量表", "文书", "案情"]
    # The 文书 tab is the case's document list (here none: the test case lacks the fields its forms need)
    assert d.documents.model.rowCount() == len(d.documents.model.rows)


def test_an_irreversible_step_says_what_it_will_do_and_cancel_changes_nothing(qtbot, station, login):
    """Art. 54: 立案 draws the case number and starts the Art. 60 period — asked before it happens."""
    org.set_setting(login("admin"), "documents.station_code", "01")  # as the administrator configures it
    cid = make_case(station)
    wf.advance(login("officer"), cid, "verify")
    d = _detail(qtbot, login("squad_leader"), cid)
    assert "中队长" in d.turn.text() and "审批立案" in d.turn.text()
    qtbot.mouseClick(d.step_buttons["file"], Qt.MouseButton.LeftButton)
    dialog = d.dialog
    effects = dialog.effects.text()
    assert (
        "案件编号" in effects
        and "立案审批表" in effects
        and "立案后90日" in effects
        and str(art.APL60) in effects
        and "不能撤销" in effects
    )
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).text() == "确认执行"
    asked = {w.accessibleName() for w in dialog.doc_widgets.values()}
    assert "承办人意见" in asked
    dialog.reject()
    assert (
        station.db.get("cases", cid)["state"] == "verifying"
        and station.db.get("cases", cid)["case_no"] is None
    )
    qtbot.mouseClick(d.step_buttons["file"], Qt.MouseButton.LeftButton)
    for key in d.dialog.doc_widgets:
        d.dialog.set_document_value(key, "杭州市上城区解放路1号" if key == "party_address" else "建议立案")
    qtbot.mouseClick(
        d.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    case = station.db.get("cases", cid)
    assert case["state"] == "filed" and case["case_no"] == "杭上城立字〔2026〕第1-01-0001号"
    assert "立案审批表》杭上城立字〔2026〕第1-01-0001号" in d.notice.text()
    assert d.documents.model.rows[0]["number"] == case["case_no"]


def test_a_second_decision_is_refused_while_one_is_live(qtbot, station, login):
    """Art. 59: one live decision per case."""
    set_hearing_thresholds(station)
    cid = _to_review(station, login)
    from inspector.services import documents

    o = login("officer")
    disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(o, cid, "notify", amount_cents=20000)
    at("2026-06-10")
    fields = {
        "party_address": "杭州市上城区解放路1号",
        "defence_reasoning": "未提出陈述申辩",
        "evidence_summary": "现场照片",
        "discretion_reasoning": "一般阶次",
    }
    early = documents.issue_document(o, cid, "penalty_decision", fields)  # made by hand from the 文书 tab
    with pytest.raises(GuardRefused, match="一个案件只能有一份有效决定") as refused:
        wf.advance(login("squad_leader"), cid, "decide", outcome="penalty", document=fields)
    assert refused.value.article == str(art.APL59)
    documents.void_number(login("squad_leader"), early.number, reason="未经负责人决定，作废")
    event = wf.advance(
        login("squad_leader"),
        cid,
        "decide",
        outcome="penalty",
        document={
            "party_address": "杭州市上城区解放路1号",
            "defence_reasoning": "未提出陈述申辩",
            "evidence_summary": "现场照片",
            "discretion_reasoning": "一般阶次",
        },
    )
    assert [d["doc_type"] for d in event["documents"]] == ["penalty_decision"], event["documents_pending"]
    live = wf.live_decision(o, cid)
    assert live and live["number"] == event["documents"][0]["number"]
    documents.void_number(login("squad_leader"), live["number"], reason="文字错误，重新制作")
    assert wf.live_decision(o, cid) is None
