"""Case detail view: a case from clue to archive through the GUI, and each guard refusing with what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector import clock
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


def click_step(qtbot, detail: CaseDetail, step: str, *, document: dict | None = None, **fields) -> None:
    """Press the step's button; fill and confirm its form if it opens one (``document``: what the officer
    types into the fields its documents lack)."""
    assert step in detail.step_buttons, f"{step} not offered; offered: {list(detail.step_buttons)}"
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons[step], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    if dialog is not None:
        for key, value in fields.items():
            dialog.set_value(key, value)
        for key, value in (document or {}).items():
            if key in dialog.doc_widgets:
                dialog.set_document_value(key, value)
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )


def refusal(detail: CaseDetail) -> str:
    assert detail.guard.isVisible(), "expected a guard refusal"
    return detail.guard.text()


def open_detail(qtbot, session, case_id) -> CaseDetail:
    detail = CaseDetail(session, case_id)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def test_case_from_clue_to_archive_through_the_gui(qtbot, station, login, qt_warnings, close_boxes):
    set_hearing_thresholds(station)
    cid = make_case(station)
    leader = login("squad_leader")
    d = open_detail(qtbot, leader, cid)
    for step in ("verify", "file", "investigate", "end_investigation", "submit_review"):
        click_step(qtbot, d, step)
        assert not d.guard.isVisible(), d.guard.text()
    d.tabs.setCurrentIndex(1)
    form = d.discretion
    form.tier.setCurrentIndex(form.tier.findData("一般"))
    qtbot.mouseClick(form.compute_button, Qt.MouseButton.LeftButton)
    assert "推荐幅度：100.00–300.00元" in form.result.text()
    qtbot.keyClicks(form.amount, "500")  # above the tier: needs 说理 and legal review
    form.reason.setPlainText("多次劝导拒不改正，影响行人通行")  # keyClicks cannot type Chinese
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "已保存：500.00" in form.result.text() and "法制审核" in form.result.text()
    d.tabs.setCurrentIndex(0)
    assert "须法制审核" in d.meta.text()
    click_step(qtbot, d, "submit_legal_review")
    reviewer = open_detail(qtbot, login("legal_reviewer"), cid)
    assert list(reviewer.step_buttons) == ["legal_review"]
    # 法制审核 from the case window opens the reviewer's desk page (checklist, facts, 意见书), not a bare form
    qtbot.mouseClick(reviewer.step_buttons["legal_review"], Qt.MouseButton.LeftButton)
    page = reviewer.review_page
    assert page is not None
    qtbot.addWidget(page)
    assert page.checklist.rowCount() > 5
    page.set_verdict("agree")
    page.tick_all()  # the items a person checks by hand
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert not page.guard.isVisible(), page.guard.text()
    assert station.db.get("cases", cid)["state"] == "internal_review"
    assert not reviewer.guard.isVisible(), reviewer.guard.text()
    d.reload()
    click_step(qtbot, d, "notify")
    assert "事先告知" in d.meta.text()
    at("2026-06-10")
    click_step(qtbot, d, "decide", outcome="penalty")
    click_step(qtbot, d, "serve", method="direct")
    click_step(qtbot, d, "pay", amount_cents="500")
    click_step(qtbot, d, "close")
    click_step(qtbot, d, "archive")
    assert not d.guard.isVisible(), d.guard.text()
    assert station.db.get("cases", cid)["state"] == "archived"
    assert "已归档" in d.meta.text()
    assert d.timeline.rowCount() == 13 and d.timeline.item(0, 1).text() == "归档"
    # an archived file takes no more steps of its own; only what follows the decision (Art. 48): the
    # publication the portal reports, a later change or revocation of the decision
    assert set(d.step_buttons) == {"publish", "decision_changed"}
    assert qt_warnings() == [] and close_boxes() == []


def test_guards_refuse_with_article_and_what_to_do(qtbot, station, login, qt_warnings, close_boxes):
    leader = login("squad_leader")
    # Art. 63: no hearing threshold set by the administrator → no notice.
    cid = make_case(station)
    d = open_detail(qtbot, leader, cid)
    for step in ("file", "investigate", "end_investigation", "submit_review"):
        click_step(qtbot, d, step)
    click_step(qtbot, d, "notify", amount_cents="200")
    text = refusal(d)
    assert "第六十三条" in text and "怎么办" in text and "管理员" in text

    set_hearing_thresholds(station)
    click_step(qtbot, d, "notify", amount_cents="200")
    assert not d.guard.isVisible()
    # Art. 62: decision before the statement period ends.
    click_step(qtbot, d, "decide", outcome="penalty")
    assert "第六十二条" in refusal(d) and "放弃" in refusal(d)
    at("2026-06-10")
    # Art. 45: decision amount above the notified amount.
    click_step(qtbot, d, "decide", outcome="penalty", amount_cents="300")
    assert "第四十五条" in refusal(d) and "重新事先告知" in refusal(d)
    # Art. 57: no-penalty without education (Art. 33 ¶3).
    click_step(qtbot, d, "decide", outcome="no_penalty_minor")
    assert "第三十三条" in refusal(d) and "教育" in refusal(d)

    # Discretion: outside the tier without reasons; outside the statutory range.
    d.tabs.setCurrentIndex(1)
    form = d.discretion
    form.tier.setCurrentIndex(form.tier.findData("一般"))
    form.amount.setText("500")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "说理" in form.guard.text() and form.guard.isVisible()
    form.amount.setText("1500")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "法定上限" in form.guard.text() and "第四条" in form.guard.text()
    form.reason.setPlainText("多次劝导拒不改正，影响通行")
    form.amount.setText("500")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.guard.isVisible()
    d.tabs.setCurrentIndex(0)
    click_step(qtbot, d, "notify", amount_cents="500")
    at("2026-06-20")
    # Art. 58: outside-tier amount → legal review before the decision.
    click_step(qtbot, d, "decide", outcome="penalty")
    assert "第五十八条" in refusal(d) and "法制审核" in refusal(d)
    assert qt_warnings() == [] and close_boxes() == []


def test_art42_art36_art51_art61_refusals_in_the_gui(qtbot, station, login):
    leader = login("squad_leader")
    officers = station.db.query(
        "SELECT * FROM officers WHERE cert_expiry < '2027-01-01' ORDER BY cert_no LIMIT 1"
    )
    officers += station.db.query("SELECT * FROM officers WHERE cert_expiry > '2027-12-31' LIMIT 1")
    session = station.system_session()
    with session.writing(__import__("inspector.permissions", fromlist=["Action"]).Action.DEMO_FILL) as w:
        w.update("officers", officers[0]["id"], {"cert_expiry": "2026-01-31"})
    d = open_detail(qtbot, leader, make_case(station, officers=officers))
    click_step(qtbot, d, "file")
    assert "第四十二条" in refusal(d) and "两名" in refusal(d)

    d = open_detail(qtbot, leader, make_case(station, act_date="2024-01-10", discovered="2026-05-30"))
    click_step(qtbot, d, "file")
    assert "第三十六条" in refusal(d) and "不予立案" in refusal(d)

    d = open_detail(qtbot, leader, make_case(station))
    click_step(qtbot, d, "on_the_spot", amount_cents="250", statement_heard=True)
    assert "第五十一条" in refusal(d) and "普通程序" in refusal(d)

    d = open_detail(qtbot, leader, make_case(station))
    for step in ("file", "investigate", "end_investigation", "submit_review"):
        click_step(qtbot, d, step)
    click_step(qtbot, d, "decide", outcome="no_case")
    click_step(qtbot, d, "serve", method="electronic")
    assert "第六十一条" in refusal(d) and "确认书" in refusal(d)
