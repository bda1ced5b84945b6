"""The case documents panel: list, issue with missing fields, preview, print to file, void."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtWidgets import QPlainTextEdit

from inspector.services import documents
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case
from ui.screens.case_documents import CaseDocumentsPanel, IssueDialog


@pytest.fixture
def officer(login):
    return login("officer")


def test_panel_lists_documents_and_model_is_sound(station, officer, qtbot, qtmodeltester) -> None:
    case = make_case(station)
    issued = documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    panel = CaseDocumentsPanel(officer, case["id"])
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == issued.number
    assert panel.model.index(0, 1).data() == "行政处罚决定书"
    panel.table.selectRow(0)
    assert len(panel.preview.pages) == 2  # the decision has two pages


def test_issue_dialog_asks_for_missing_fields_then_issues(station, officer, qtbot) -> None:
    case = make_case(station)
    panel = CaseDocumentsPanel(officer, case["id"])
    qtbot.addWidget(panel)
    dialog = panel.open_issue()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("penalty_decision"))
    labels = [dialog.editors[k].accessibleName() for k in dialog.editors]
    # the discretion reasoning is printed from the case's discretion record and the provisions from the matter's
    # catalogue entry, so only the answer to the party's statement is asked for
    assert "对陈述申辩意见的采纳情况及理由" in labels
    assert "处罚依据" not in labels and "裁量理由（档次与情节）" not in labels
    for key, editor in dialog.editors.items():
        (editor.setPlainText if isinstance(editor, QPlainTextEdit) else editor.setText)(DECISION_FIELDS[key])
    with qtbot.waitSignal(panel.changed):
        dialog.issue_button.click()
    assert panel.model.rowCount() == 1
    from inspector.numbering import station_code

    assert panel.model.rows[0]["number"] == f"杭上城罚决字〔2026〕第1-{station_code(station)}-0001号"


def test_issue_dialog_explains_why_a_document_is_not_lawful_now(station, officer, qtbot) -> None:
    """《行政处罚法》第六十二条: the decision cannot be issued while the case is still being investigated."""
    case = make_case(station, state="investigating")
    dialog = IssueDialog(officer, case["id"])
    qtbot.addWidget(dialog)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("penalty_decision"))
    assert not dialog.issue_button.isEnabled()
    assert "调查取证" in dialog.status.text() and "第六十二条" in dialog.status.text()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("inspection_record"))
    assert dialog.issue_button.isEnabled()
    assert dialog.editors == {} and dialog.status.text() == "所需信息齐全，可以出具。"


def test_batch_print_writes_every_page(station, officer, qtbot, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    case = make_case(station)
    for _ in range(3):
        documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    panel = CaseDocumentsPanel(officer, case["id"])
    qtbot.addWidget(panel)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    panel.print_to(printer, panel.model.rows)
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) == 6


def test_batch_print_can_be_cancelled(station, officer, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import print_pdfs

    case = make_case(station)
    ids = [
        documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS).id
        for _ in range(3)
    ]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    seen: list[int] = []
    done = print_pdfs(
        printer,
        [lambda i=i: documents.pdf_bytes(officer, i) for i in ids],
        progress=lambda d, t: seen.append(d),
        cancelled=lambda: len(seen) >= 1,
    )
    assert done == 1 and seen == [1]


def test_void_from_panel_marks_the_row(station, login, qtbot) -> None:
    officer, leader = login("officer"), login("squad_leader")
    case = make_case(station)
    issued = documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    panel = CaseDocumentsPanel(leader, case["id"])
    qtbot.addWidget(panel)
    assert (
        panel.void_button.isEnabled() and not CaseDocumentsPanel(officer, case["id"]).void_button.isEnabled()
    )
    panel.void(issued.number, "打印错误")
    assert panel.model.index(0, 4).data() == "已作废：打印错误"


def test_panel_screenshot(station, officer, qtbot, tmp_path) -> None:
    case = make_case(station)
    documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    panel = CaseDocumentsPanel(officer, case["id"])
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.table.selectRow(0)
    panel.show()
    qtbot.waitExposed(panel)
    image = panel.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "panel.png"))


def test_issue_dialog_explains_the_workflow_refusal_for_a_prior_notice(station, officer, qtbot) -> None:
    """《行政处罚法》第六十三条: with no hearing thresholds set, the dialog says why instead of asking for fields."""
    case = make_case(station, state="notified")
    dialog = IssueDialog(officer, case["id"])
    qtbot.addWidget(dialog)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("prior_notice"))
    assert not dialog.issue_button.isEnabled()
    assert "听证" in dialog.status.text()
