"""Verifying a presented document from the main window: an edited copy is named altered, with the amount."""

from __future__ import annotations

import dataclasses
import os
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
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
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
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
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


def _without_first_page(pdf: bytes, tmp_path: Path) -> Path:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    writer = pypdf.PdfWriter()
    for page in reader.pages[1:]:
        writer.add_page(page)
    path = tmp_path / "pages-2-on.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def _shown(dialog) -> tuple[str, str, list[str], dict[str, str]]:
    from PySide6.QtWidgets import QLabel

    lines = [dialog.differences.item(i).text() for i in range(dialog.differences.count())]
    facts = {w.accessibleName(): w.text() for w in dialog.findChildren(QLabel) if w.accessibleName()}
    return dialog.status.text(), dialog.detail.text(), lines, facts


def test_main_window_verify_of_a_copy_missing_page_1_names_it_in_both_languages(
    station, login, qtbot, qapp, tmp_path
) -> None:
    """A clerk handed the later pages of a genuine decision: which document, altered, 第1页缺失 — and in the
    English interface the same answer in English, the quoted document text left as printed."""
    from ui.translations import apply_language

    officer = login("officer")
    issued = documents.issue_document(officer, make_case(station)["id"], "penalty_decision", DECISION_FIELDS)
    copy = _without_first_page(issued.path.read_bytes(), tmp_path)
    forged = _forged(station, issued, tmp_path)
    shots = tmp_path  # the dialog as drawn (the save asserts it could be drawn)
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.verify_document(str(copy))
    dialog = window.verify_dialog
    qtbot.waitUntil(dialog.isVisible)
    status, detail, lines, facts = _shown(dialog)
    assert (status, detail, lines) == ("已被改动", "文件的可见内容与登记的不一致", ["第1页缺失"])
    assert facts["文号"] == issued.number and facts["当事人"] == "陈喆"
    dialog.resize(760, 560)
    assert dialog.grab().save(str(shots / "verify-missing-page1-zh.png"))
    dialog.close()

    apply_language(qapp, "en")
    try:
        english = MainWindow(officer)
        qtbot.addWidget(english)
        english.verify_document(str(copy))
        dialog = english.verify_dialog
        qtbot.waitUntil(dialog.isVisible)
        status, detail, lines, facts = _shown(dialog)
        assert status == "Has been altered"
        assert detail == "The visible content of the file differs from what was registered"
        assert lines == ["Page 1 is missing"]
        assert facts["Document number"] == issued.number and facts["Party"] == "陈喆"
        dialog.resize(760, 560)
        assert dialog.grab().save(str(shots / "verify-missing-page1-en.png"))
        dialog.close()
        english.verify_document(str(forged))
        dialog = english.verify_dialog
        qtbot.waitUntil(dialog.isVisible)
        _, _, lines, _ = _shown(dialog)
        assert "Fine: registered 500 yuan, file 300 yuan" in lines
        dialog.resize(760, 560)
        assert dialog.grab().save(str(shots / "verify-altered-en.png"))
    finally:
        apply_language(qapp, "zh_CN")
