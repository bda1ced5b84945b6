"""The squad officer's simple procedure (简易程序) through the main window, on a station made by ``inspector init``:
an inspection decided on the spot (行政处罚法第五十一条、第五十二条), the 当场行政处罚决定书 printed, and then either
the fine paid (on the spot, 第六十八条; or at the bank within fifteen days, 第六十七条) or not paid: the surcharge
(第七十二条), the 催告书 (行政强制法第三十五条、第五十四条) and the court application (行政强制法第五十三条)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.law import articles as art
from inspector.services import workflow
from tests.journeys.support import LITTERING, PASSWORD, at, log_inspection, main_window, take_step


def _deadline_keys(detail) -> set[str]:
    return {r["key"] for r in detail.deadlines.records}


def test_art54_a_case_on_the_simple_procedure_has_no_filing_or_art60_deadline(qtbot, station, tmp_path):
    """行政处罚法第五十一条、第五十二条: a clue the officers decide on the spot is not verified for filing
    (第五十四条第二款; the 线索核查·立案决定 period of 住建部令第55号) nor decided within ninety days of a filing
    (第六十条). Neither deadline shows on the 工作台, in the case window or in its deadline table, before the
    decision or after it; the case waits only for its limitation period (第三十六条)."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    at("2026-06-20")  # past the fifteen days a clue on the general procedure has to be verified
    detail.reload()
    assert _deadline_keys(detail) == {"limitation"}, detail.deadlines.records
    assert "线索核查" not in detail.turn.text() and "当场处罚" in detail.turn.text(), detail.turn.text()
    officer.open_section("dashboard")
    board = officer.screens["dashboard"]
    board.reload()
    (row,) = [r for r in board.table.records if r["case_id"] == detail.case_id]
    assert row["deadline"] != "线索核查·立案决定" and row["status"] != "overdue", row
    assert board.overdue_label.text() == "已超期 0", board.overdue_label.text()
    wang = station.login("wang", PASSWORD)
    assert detail.case_id not in {d["case_id"] for d in workflow.open_deadlines(wang)}

    take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    detail.tabs.setCurrentIndex(0)
    keys = _deadline_keys(detail)
    assert "clue_verification" not in keys and "decision" not in keys, detail.deadlines.records
    assert {"payment", "review_period", "litigation_period", "limitation"} <= keys
    names = [detail.deadlines.item(r, 0).text() for r in range(detail.deadlines.rowCount())]
    assert "线索核查·立案决定" not in names and "作出处罚决定（立案后90日）" not in names, names


def test_art52_no_on_the_spot_decision_without_its_numbered_form_handed_over(qtbot, station, tmp_path):
    """行政处罚法第五十二条: the officers fill in the numbered 当场行政处罚决定书 and hand it over on the spot; a
    decision without it would start the payment and remedy periods with nothing in the party's hands, and leave
    the 催告书 with no decision number to name. Left incomplete, the step is refused naming the article and what
    the form lacks, and nothing is recorded; completed, the decision is recorded with its form."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons["on_the_spot"], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert set(dialog.doc_widgets) == {"party_address", "statement_record"}, list(dialog.doc_widgets)
    dialog.set_value("amount_cents", "100")
    dialog.set_value("statement_heard", True)
    dialog.set_document_value("statement_record", "当事人对违法事实无异议")
    dialog.accept()  # the party's address left empty
    text = detail.guard.text()
    detail.grab().save(str(tmp_path / "art52-refused.png"))
    assert detail.guard.isVisible() and str(art.APL52) in text, text
    assert "当场行政处罚决定书》须当场填写完整并交付当事人" in text and "当事人住址或住所" in text, text
    assert "告知及陈述申辩情况" not in text  # what was written is not asked again
    case = station.db.get("cases", detail.case_id)
    assert (case["state"], case["procedure"], case["fine_cents"]) == ("clue", "simple", None)
    events = station.db.query("SELECT step FROM case_events WHERE case_id = ?", (detail.case_id,))
    assert [e["step"] for e in events] == ["clue"]
    assert not station.db.query("SELECT * FROM documents WHERE case_id = ?", (detail.case_id,))

    note = take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    assert "已出具《当场行政处罚决定书》杭上城当罚字〔2026〕第1-01-0001号" in note and "待出具" not in note, (
        note
    )
    assert station.db.get("cases", detail.case_id)["state"] == "served"
