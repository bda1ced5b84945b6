"""执法公示 tab: publication records with due dates, the masked preview to sign off, export, publish, withdraw.

Signals:
    changed(): a record was signed off, exported, published or withdrawn.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.permissions import Action
from inspector.services import publicity
from ui.tasks import Op
from ui.translations import workflow_text
from ui.widgets.deadline_table import RecordTable
from ui.widgets.discretion_form import GuardPanel


def allowed(session) -> bool:
    return session.can(Action.LEGAL_REVIEW)


class Tab(QWidget):
    """The reviewer's publicity desk."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: dict[str, Any] | None = None
        self.last_export: dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.count = QLabel()
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("导出自（YYYY-MM-DD，可空）"))
        self.since.setMaximumWidth(200)
        bar.addWidget(self.since)
        self.export_button = QPushButton(self.tr("导出公示包"))
        self.export_button.setAccessibleName("导出公示包")
        self.export_button.clicked.connect(lambda: self.export())
        bar.addWidget(self.export_button)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        outer.addLayout(bar)
        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #0f5132")
        outer.addWidget(self.notice)
        split = QSplitter()
        self.table = RecordTable(
            [
                ("state_label", self.tr("状态")),
                ("due_date", self.tr("公示期限")),
                ("withdraw_due", self.tr("撤下期限")),
                ("decision_number", self.tr("决定书文号")),
                ("party_name", self.tr("当事人")),
                ("matter_name", self.tr("违法行为")),
                ("published_at", self.tr("公示日期")),
            ]
        )
        self.table.setAccessibleName("公示记录")
        self.table.itemSelectionChanged.connect(self._selected)
        split.addWidget(self.table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(QLabel(self.tr("隐私处理后的公示预览（违法事实可修改，保存时再次脱敏）：")))
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName("公示预览")
        self.preview.setReadOnly(True)
        rl.addWidget(self.preview, 1)
        self.facts = QPlainTextEdit()
        self.facts.setAccessibleName("违法事实")
        self.facts.setMaximumHeight(90)
        rl.addWidget(self.facts)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("审签"))
        self.sign_button.setAccessibleName("审签")
        self.sign_button.clicked.connect(self.sign_off)
        self.publish_button = QPushButton(self.tr("登记已公示"))
        self.publish_button.setAccessibleName("登记已公示")
        self.publish_button.clicked.connect(self.mark_published)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.publish_button)
        rl.addLayout(buttons)
        self.withdraw_note = QLabel()
        self.withdraw_note.setWordWrap(True)
        self.withdraw_note.setAccessibleName("撤下情况")
        rl.addWidget(self.withdraw_note)
        withdraw = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("撤下说明（不填则沿用决定变更、撤销的原因）"))
        self.reason.setAccessibleName("撤下原因")
        self.withdraw_button = QPushButton(self.tr("撤下公示"))
        self.withdraw_button.setAccessibleName("撤下公示")
        self.withdraw_button.setToolTip(
            self.tr(
                "决定被依法变更、撤销或确认违法、无效后撤下已公示的决定（行政处罚法第四十八条），同时记入案件"
            )
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        withdraw.addWidget(self.reason, 1)
        withdraw.addWidget(self.withdraw_button)
        rl.addLayout(withdraw)
        split.addWidget(right)
        split.setSizes([620, 480])
        outer.addWidget(split, 1)
        self.reload()

    def reload(self) -> None:
        Op(self, publicity.records, self.session).success(self._loaded).failure(self.guard.show_error).run()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        keep = self.current["id"] if self.current else None
        self.table.set_records([{**r, "state_label": workflow_text(r["state_label"])} for r in rows])
        late = sum(1 for r in rows if r["overdue"])
        due = sum(1 for r in rows if r["state"] == "to_withdraw")
        self.count.setText(
            self.tr("公示记录 {0} 条，逾期 {1} 条，待撤下 {2} 条").format(len(rows), late, due)
        )
        for i, r in enumerate(rows):
            if r["id"] == keep:
                self.table.selectRow(i)
        self._selected()  # the reloaded record (its state and buttons), even when the same row stays selected

    def select_case(self, case_id: str) -> None:
        row = next(i for i, r in enumerate(self.table.records) if r["case_id"] == case_id)
        self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.current = dict(self.table.records[rows[0].row()]) if rows else None
        rec = self.current or {}
        if rec.get("state") == "void":  # the decision fell before publication: the reason says so
            text = self.tr("作废，不予公示。{0}").format(rec.get("withheld_reason", ""))
        else:
            text = rec.get("masked_text") or (
                self.tr("不予公开：{0}").format(rec.get("withheld_reason", "")) if rec.get("withheld") else ""
            )
        self.preview.setPlainText(text)
        self.facts.setPlainText((rec.get("fields") or {}).get("facts", ""))
        # what each button does to this record (the use cases refuse anything else, naming the rule)
        state = rec.get("state")
        self.sign_button.setEnabled(state in ("draft", "signed", "exported"))
        self.publish_button.setEnabled(state in ("signed", "exported"))
        self.withdraw_button.setEnabled(state == "to_withdraw")
        self.reason.setEnabled(state == "to_withdraw")
        if state == "to_withdraw":
            note = self.tr(
                "决定已变更或撤销（{0}），须于{1}前撤下已公示的决定（行政处罚法第四十八条）"
            ).format(rec.get("change_reason") or "—", rec.get("withdraw_due", ""))
        elif state == "withdrawn":
            note = self.tr("已于{0}撤下：{1}").format(
                rec.get("withdrawn_at", ""), rec.get("withdraw_reason", "")
            )
        else:
            note = ""
        self.withdraw_note.setText(note)
        self.withdraw_note.setVisible(bool(note))

    def _run(self, fn, *args, done: str, **kwargs) -> None:
        self.guard.clear_error()

        def succeeded(_result: object) -> None:
            self.notice.setText(done)
            self.changed.emit()
            self.reload()

        Op(self, fn, self.session, *args, **kwargs).success(succeeded).failure(self.guard.show_error).run()

    def sign_off(self) -> None:
        if self.current:
            self._run(
                publicity.sign_off, self.current["id"], facts=self.facts.toPlainText(), done=self.tr("已审签")
            )

    def mark_published(self) -> None:
        if self.current:
            self._run(publicity.mark_published, self.current["id"], done=self.tr("已登记公示日期"))

    def withdraw(self) -> None:
        if self.current:
            self._run(publicity.withdraw, self.current["id"], self.reason.text(), done=self.tr("已撤下公示"))

    def export(self, out_dir: str | None = None) -> None:
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("选择公示包保存位置"))
            if not out_dir:
                return
        self.guard.clear_error()
        Op(self, publicity.export, self.session, out_dir, since=self.since.text().strip() or None).success(
            self._exported
        ).failure(self.guard.show_error).run()

    def _exported(self, result: dict[str, Any]) -> None:
        self.last_export = result
        self.notice.setText(self.tr("已导出 {0} 条公示记录").format(result["count"]))
        self.changed.emit()
        self.reload()
