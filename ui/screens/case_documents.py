"""The documents tab of a case: issued documents, issuing a new one, preview, printing and the case file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.errors import Error, GuardRefused, ValidationError
from inspector.permissions import Action
from inspector.services import documents
from inspector.station import Session
from ui.messages import describe, local_time, show_error
from ui.tasks import Op
from ui.translations import problem_text, workflow_text
from ui.widgets.pdf_preview import PdfPreview

# Fields whose values are long texts get a multi-line editor.
LONG_FIELDS = {
    "facts",
    "evidence_summary",
    "defence_reasoning",
    "discretion_reasoning",
    "situation",
    "qa",
    "course",
    "opinion",
    "education",
    "ground",
    "execution",
    "correction",
    "reason",
    "case_summary",
    "characterisation",
    "discretion",
    "benchmark",
    "proposal",
    "statement_record",
    "hearing_clause",
    "proceedings",
    "final_statement",
    "discussion",
    "discussion_conclusion",
    "statement",
    "statement_summary",
    "review",
    "review_conclusion",
    "no_filing_reason",
    "application",
    "plan",
    "party_opinion",
    "handler_opinion",
    "head_opinion",
    "legal_opinion",
}


class DocumentsModel(QAbstractTableModel):
    """The case's issued documents (one query); ``RecordRole`` gives the row dict."""

    NUMBER, TITLE, ISSUED, BY, STATUS = range(5)
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            self.tr("文号"),
            self.tr("文书"),
            self.tr("出具时间"),
            self.tr("出具人"),
            self.tr("状态"),
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.RecordRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.NUMBER:
                return row["number"]
            if col == self.TITLE:  # the document itself stays in Chinese; its name follows the interface
                return workflow_text(row["title"])
            if col == self.ISSUED:
                return local_time(row["issued_at"])
            if col == self.BY:
                return row["issued_by"]
            if col == self.STATUS:
                return (
                    self.tr("已作废：%1").replace("%1", row["void_reason"])
                    if row["status"] == "voided"
                    else self.tr("有效")
                )
        if role == Qt.ItemDataRole.ForegroundRole and row["status"] == "voided":
            return Qt.GlobalColor.gray
        return None


class IssueDialog(QDialog):
    """Pick a document type; the dialog shows what the law requires that is still missing, then issues it.

    Signals:
        issued(object): the :class:`inspector.services.documents.Issued` result.
    """

    issued = Signal(object)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.setWindowTitle(self.tr("出具文书"))
        self.setAccessibleName(self.tr("出具文书"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(self.tr("文书类型"))
        for key, title in documents.document_types():
            self.type_box.addItem(workflow_text(title), key)
        layout.addWidget(self.type_box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("文书状态说明"))
        layout.addWidget(self.status)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        layout.addWidget(self.form_host)
        layout.addStretch(1)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = QPushButton(self.tr("出具(&I)"))
        self.issue_button.setAccessibleName(self.tr("出具"))
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(self.issue)
        layout.addWidget(self.buttons)
        self.type_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def doc_type(self) -> str:
        return str(self.type_box.currentData())

    def values(self) -> dict[str, str]:
        out = {}
        for key, ed in self.editors.items():
            text = ed.toPlainText() if isinstance(ed, QPlainTextEdit) else ed.text()
            if text.strip():
                out[key] = text.strip()
        return out

    def refresh(self) -> None:
        """Show whether the document is lawful now and an editor for each missing required field."""
        kept = self.values()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        try:
            documents.check_lawful(self.session, self.case_id, self.doc_type())
        except GuardRefused as exc:
            self.status.setText(describe(exc) or str(exc))
            self.issue_button.setEnabled(False)
            self._grow()
            return
        problems = documents.missing_fields(self.session, self.case_id, self.doc_type())
        self.issue_button.setEnabled(True)
        self.status.setText(
            self.tr("以下必填项尚缺，请补充：") if problems else self.tr("所需信息齐全，可以出具。")
        )
        for p in problems:
            editor: QLineEdit | QPlainTextEdit
            editor = QPlainTextEdit() if p.field in LONG_FIELDS else QLineEdit()
            if isinstance(editor, QPlainTextEdit):
                editor.setFixedHeight(70)
                editor.setPlainText(kept.get(p.field, ""))
            else:
                editor.setText(kept.get(p.field, ""))
            label = p.label or p.message
            editor.setAccessibleName(label)
            self.form.addRow(self.tr("{0}：").format(workflow_text(label)), editor)
            self.editors[p.field] = editor
        self._grow()

    def _grow(self) -> None:
        """Grow to show the whole explanation and every field of the type picked (the words of a refusal
        wrap, and read longer in English); never shrink under the user's hand."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def issue(self, *, substitute: bool = False) -> None:
        self.issue_button.setEnabled(False)
        Op(
            self,
            documents.issue_document,
            self.session,
            self.case_id,
            self.doc_type(),
            self.values(),
            substitute_missing=substitute,
        ).with_progress(self.tr("正在出具文书…")).success(self._done).failure(self._failed).run()

    def _done(self, issued: Any) -> None:
        self.issued.emit(issued)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.issue_button.setEnabled(True)
        if isinstance(exc, ValidationError) and any(p.code == "missing_glyph" for p in exc.problems):
            text = "\n".join(problem_text(p) for p in exc.problems)
            answer = QMessageBox.question(
                self, self.tr("字体缺字"), text + "\n\n" + self.tr("是否以“〓”代替后出具？")
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.issue(substitute=True)
            return
        if isinstance(exc, ValidationError):
            self.refresh()
        show_error(self, exc)


class CaseDocumentsPanel(QWidget):
    """List, issue, preview, print and void a case's documents; export the case file.

    Signals:
        changed(): a document was issued or voided.
    """

    changed = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.setAccessibleName(self.tr("案件文书"))
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.issue_button = self._button(self.tr("出具文书(&N)…"), self.tr("出具文书"), self.open_issue)
        self.print_button = self._button(self.tr("打印(&P)…"), self.tr("打印所选文书"), self.print_selected)
        self.void_button = self._button(self.tr("作废文号…"), self.tr("作废文号"), self.void_selected)
        self.casefile_button = self._button(self.tr("导出案卷…"), self.tr("导出案卷"), self.export_casefile)
        self.verify_button = self._button(self.tr("核验文书…"), self.tr("核验文书"), self.verify_file)
        for b in (
            self.issue_button,
            self.print_button,
            self.void_button,
            self.casefile_button,
            self.verify_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.issue_button.setEnabled(session.can(Action.DOCUMENT_ISSUE))
        self.void_button.setEnabled(session.can(Action.DOCUMENT_VOID))
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = DocumentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("已出具文书列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.preview_row(cur.row()))
        split.addWidget(self.table)
        self.preview = PdfPreview()
        split.addWidget(self.preview)
        split.setSizes([420, 520])
        outer.addWidget(split, 1)
        self.dialog: IssueDialog | None = None
        self.verify_dialog: QDialog | None = None
        self.reload()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.clicked.connect(lambda _=False: slot())
        return b

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        try:
            self.model.set_rows(documents.list_documents(self.session, self.case_id))
        except Error as exc:
            show_error(self, exc)
            return
        self.table.resizeColumnsToContents()

    def selected_rows(self) -> list[dict[str, Any]]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def preview_row(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.preview.clear(self.tr("选择一份文书以预览"))
            return
        doc_id = self.model.rows[row]["id"]
        try:
            self.preview.set_pdf(documents.pdf_bytes(self.session, doc_id))
        except Error as exc:
            show_error(self, exc)

    # --------------------------------------------------------------- actions
    def open_issue(self) -> IssueDialog:
        self.dialog = IssueDialog(self.session, self.case_id, self)
        self.dialog.issued.connect(self._issued)
        self.dialog.open()
        return self.dialog

    def _issued(self, issued: Any) -> None:
        self.reload()
        for r, row in enumerate(self.model.rows):
            if row["id"] == issued.id:
                self.table.selectRow(r)
        self.changed.emit()

    def void_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("作废文号"), self.tr("请选择一份文书。"))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("作废文号"), self.tr("作废 %1 的原因：").replace("%1", rows[0]["number"])
        )
        if ok:
            self.void(rows[0]["number"], reason)

    def void(self, number: str, reason: str) -> None:
        Op(self, documents.void_number, self.session, number, reason=reason).success(
            lambda _row: (self.reload(), self.changed.emit())
        ).failure(lambda exc: show_error(self, exc)).run()

    def print_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(self, self.tr("打印"), self.tr("请先选择要打印的文书（可多选）。"))
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAccessibleName(self.tr("打印"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, rows)

    def print_to(self, printer: Any, rows: list[dict[str, Any]]) -> Op:
        """Print ``rows`` as one job in the background, with progress and cancel."""
        from ui.printing import print_pdfs

        sources = [lambda doc_id=r["id"]: documents.pdf_bytes(self.session, doc_id) for r in rows]
        return (
            Op(self, print_pdfs, printer, sources)
            .with_progress(self.tr("正在打印 %1 份文书…").replace("%1", str(len(rows))), progress=True)
            .success(lambda n: self._printed(n, len(rows)))
            .failure(lambda exc: show_error(self, exc))
            .run()
        )

    def _printed(self, done: int, total: int) -> None:
        if done < total:
            QMessageBox.information(
                self,
                self.tr("打印"),
                self.tr("已取消：打印了 %1 / %2 份。").replace("%1", str(done)).replace("%2", str(total)),
            )

    def export_casefile(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出案卷"), "案卷.pdf", self.tr("PDF 文件 (*.pdf)")
            )
            if not path:
                return

        def work(progress: Any = None, cancelled: Any = None) -> str:
            pdf = documents.casefile(self.session, self.case_id, progress=progress)
            with open(path, "wb") as fh:
                fh.write(pdf)
            return path

        Op(self, work).with_progress(self.tr("正在生成案卷…"), progress=True).failure(
            lambda exc: show_error(self, exc)
        ).run()

    def verify_file(self, path: str | None = None) -> Op | None:
        """Check a presented PDF against the register and show what differs."""
        from ui.screens.document_verify import verify_pdf

        return verify_pdf(self, self.session, path)
