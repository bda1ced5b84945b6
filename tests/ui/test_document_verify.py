"""Verifying a presented document from the main window: an edited copy is named altered, with the amount."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from exports.render import render
from inspector.services import documents
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case
from ui.main_window import MainWindow
from ui.screens.case_documents import CaseDocumentsPanel

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _forged(station, issued, tmp_path) -> Path:
    row = station.db.find("documents", issued.id)
    data = documents.document_data(row, station=station)
    pdf = render(
        dataclasses.replace(data, fields={**data.fields, "penalty": "罚款人民币300元"}),
        fonts=documents.fonts_for(station),
    )
    path = tmp_path / "forged.pdf"
    path.write_bytes(pdf)
    return path


def test_main_window_verify_names_the_changed_amount(station, login, qtbot, tmp_path) -> None:
    officer = login("officer")
    issued = documents.issue_document(officer, make_case(station)["id"], "penalty_decision", DECISION_FIELDS)
    window = MainWindow(officer)
    qtbot.addWidget(window)
    assert window.verify_action.text().startswith("核验文书")
    window.verify_document(str(_forged(station, issued, tmp_path)))
    dialog = window.verify_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.status.text() == "已被改动"
    shown = [dialog.differences.item(i).text() for i in range(dialog.differences.count())]
    assert "罚款金额：登记 500 元，文件 300 元" in shown
    dialog.resize(760, 520)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "doc-verify-altered.png"))


def test_panel_verify_of_the_issued_file_is_genuine_with_the_facts(station, login, qtbot) -> None:
    officer = login("officer")
    case = make_case(station)
    issued = documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    panel = CaseDocumentsPanel(officer, case["id"])
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.table.selectRow(0)
    panel.show()
    qtbot.waitExposed(panel)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / "doc-panel.png"))
    panel.verify_file(str(issued.path))
    dialog = panel.verify_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.status.text() == "真实：与登记簿一致"
    assert dialog.differences.count() == 0


def test_main_window_scanned_qr_shows_the_registered_facts(station, login, qtbot) -> None:
    from exports import qr

    officer = login("officer")
    issued = documents.issue_document(officer, make_case(station)["id"], "penalty_decision", DECISION_FIELDS)
    (text,) = qr.decode_pdf(issued.path.read_bytes())
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.verify_qr(text)
    dialog = window.verify_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.status.text() == "真实：与登记簿一致"
    from PySide6.QtWidgets import QLabel

    shown = {w.accessibleName(): w.text() for w in dialog.findChildren(QLabel) if w.accessibleName()}
    assert (
        shown["当事人"] == "陈喆"
        and shown["处罚内容"] == "罚款人民币500元"
        and "执法证号" in shown["执法人员"]
    )
