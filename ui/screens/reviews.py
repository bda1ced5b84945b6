"""法制审核 section: the review queue, 案卷评查, 同案不同罚 and 执法公示, one tab each.

Signals:
    changed(): a verdict, score or publicity record was saved (the main window refreshes its counts).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from inspector.permissions import Action
from inspector.services import review
from ui.tasks import Op
from ui.translations import workflow_message
from ui.widgets.deadline_table import RecordTable
from ui.widgets.discretion_form import GuardPanel, yuan
from ui.widgets.review_page import ReviewPage

_STATUS = {
    "overdue": QT_TRANSLATE_NOOP("QueueTab", "已超期"),
    "due_soon": QT_TRANSLATE_NOOP("QueueTab", "即将到期"),
    "open": QT_TRANSLATE_NOOP("QueueTab", "审核中"),
    "pending": QT_TRANSLATE_NOOP("QueueTab", "待提交审核"),
}
# Which deadline a row shows: the review's own time limit once submitted, else the decision period.
_DEADLINE = {
    "review": QT_TRANSLATE_NOOP("QueueTab", "法制审核期限"),
    "decision": QT_TRANSLATE_NOOP("QueueTab", "处罚决定期限（第六十条）"),
    "": "",
}


class QueueTab(QWidget):
    """审核队列: cases the law or local triggers send to review, oldest deadline first."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: list[ReviewPage] = []
        self.page: ReviewPage | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setAccessibleName("待审核数")
        bar.addWidget(self.count)
        self.with_pending = QCheckBox(self.tr("含须审核但尚未提交的案件"))
        self.with_pending.setChecked(True)
        self.with_pending.toggled.connect(self.reload)
        bar.addWidget(self.with_pending)
        bar.addStretch(1)
        self.open_button = QPushButton(self.tr("打开审核"))
        self.open_button.setAccessibleName("打开审核")
        self.open_button.clicked.connect(self._open_selected)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(self.open_button)
        bar.addWidget(refresh)
        outer.addLayout(bar)
        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)
        self.table = RecordTable(
            [
                ("status_label", self.tr("状态")),
                ("due", self.tr("期限")),
                ("deadline_label", self.tr("期限类型")),
                ("days_left", self.tr("剩余天数")),
                ("case_no", self.tr("案件编号")),
                ("matter_name", self.tr("违法行为")),
                ("party_name", self.tr("当事人")),
                ("amount", self.tr("拟罚款（元）")),
                ("reason_text", self.tr("审核原因")),
            ]
        )
        self.table.setAccessibleName("审核队列")
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.open_case(self.table.records[row]["case_id"])
        )
        outer.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        Op(self, review.queue, self.session, include_unsubmitted=self.with_pending.isChecked()).success(
            self._loaded
        ).failure(self.guard.show_error).run()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        shown = [
            {
                **r,
                "status_label": self.tr(_STATUS[r["status"]]),
                "deadline_label": self.tr(_DEADLINE[r["deadline"]]) if r["deadline"] else "",
                "case_no": r["case_no"] or self.tr("（未立案）"),
                "amount": yuan(r["amount_cents"]),
                "reason_text": self.tr("；").join(workflow_message(*p) for p in r["reason_parts"]),
                "days_left": "" if r["days_left"] is None else r["days_left"],
            }
            for r in rows
        ]
        self.table.set_records(shown)
        waiting = sum(1 for r in rows if r["submitted"])
        self.count.setText(self.tr("待审核 {0} 件，须审核未提交 {1} 件").format(waiting, len(rows) - waiting))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_case(self.table.records[rows[0].row()]["case_id"])

    def open_case(self, case_id: str) -> ReviewPage:
        page = ReviewPage(self.session, case_id)
        page.decided.connect(lambda _cid: (self.reload(), self.changed.emit()))
        page.show()
        self.pages.append(page)
        self.page = page
        return page


class Screen(QWidget):
    """The legal reviewer's desk."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("法制审核"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        outer.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("法制审核分类")
        outer.addWidget(self.tabs, 1)
        self.queue: QueueTab | None = None
        if session.can(Action.LEGAL_REVIEW):
            self.queue = QueueTab(session)
            self.queue.changed.connect(self.changed)
            self.tabs.addTab(self.queue, self.tr("审核队列"))
        for key, title in (
            ("casefile", self.tr("案卷评查")),
            ("consistency", self.tr("同案不同罚")),
            ("publicity", self.tr("执法公示")),
        ):
            widget = self._optional_tab(key)
            if widget is not None:
                setattr(self, key, widget)
                self.tabs.addTab(widget, title)

    def _optional_tab(self, key: str) -> QWidget | None:
        import importlib

        try:
            module = importlib.import_module(f"ui.widgets.{key}_tab")
        except ModuleNotFoundError:
            return None
        if not module.allowed(self.session):
            return None
        widget = module.Tab(self.session)
        if hasattr(widget, "changed"):
            widget.changed.connect(self.changed)
        return widget
