"""工作台: the user's and the squad's overdue and due-soon deadlines, coloured, with counts.

Double-clicking a row opens the case's detail view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.tasks import Op
from ui.widgets.deadline_table import STATUS_COLOURS, RecordTable

if TYPE_CHECKING:
    from ui.screens.case_detail import CaseDetail


def _open_deadlines(session) -> list[dict[str, Any]]:
    # Imported on the worker: the deadline engine and workflow rules are the biggest imports of the first
    # screen, and the window can be shown while they load.
    from inspector.services import workflow as wf
    return wf.open_deadlines(session)


class Screen(QWidget):
    """The dashboard section of the main window."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[dict[str, Any]] = []
        self.details: list[CaseDetail] = []
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("工作台"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        outer.addWidget(title)
        self.returned = QLabel()   # cases the legal review sent back, with the reviewer's comment
        self.returned.setObjectName("returnedCases")
        self.returned.setAccessibleName("法制审核退回的案件")
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px 10px; }")
        self.returned.hide()
        outer.addWidget(self.returned)
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setAccessibleName("范围")
        if session.user.officer_id:
            self.scope.addItem(self.tr("我的案件"), "mine")
        if session.user.squad_id:
            self.scope.addItem(self.tr("本中队"), "squad")
        self.scope.addItem(self.tr("全部"), "all")
        self.scope.currentIndexChanged.connect(self._filter)
        bar.addWidget(QLabel(self.tr("范围：")))
        bar.addWidget(self.scope)
        self.overdue_label = self._badge("overdue", "已超期")
        self.soon_label = self._badge("due_soon", "即将到期")
        bar.addWidget(self.overdue_label)
        bar.addWidget(self.soon_label)
        bar.addStretch(1)
        self.open_button = QPushButton(self.tr("打开案件"))
        self.open_button.setAccessibleName("打开案件")
        self.open_button.clicked.connect(self._open_selected)
        bar.addWidget(self.open_button)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setAccessibleName("刷新")
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        outer.addLayout(bar)
        self.table = RecordTable([("status_label", self.tr("状态")), ("name", self.tr("事项")),
                                  ("due", self.tr("到期日")), ("days_left", self.tr("剩余天数")),
                                  ("case_no", self.tr("案件编号")), ("matter_name", self.tr("违法行为")),
                                  ("party_name", self.tr("当事人")), ("squad_name", self.tr("中队")),
                                  ("basis", self.tr("依据"))])
        self.table.setAccessibleName("待办期限")
        self.table.cellDoubleClicked.connect(self._open)
        outer.addWidget(self.table, 1)
        self.reload()

    def _badge(self, status: str, text: str) -> QLabel:
        bg, fg = STATUS_COLOURS[status]
        label = QLabel()
        label.setAccessibleName(text)
        label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; padding: 4px 10px; border-radius: 4px; }}")
        return label

    def reload(self) -> None:
        Op(self, _open_deadlines, self.session).success(self._loaded).run()
        from inspector.services import review
        Op(self, review.returned_to, self.session).success(self._returned).run()

    def _returned(self, rows: list[dict[str, Any]]) -> None:
        lines = [self.tr("法制审核退回：{0}　{1}　{2}——{3}（{4}，{5}）").format(
            r["case_no"] or self.tr("（未立案）"), r["matter_name"], r["verdict_label"], r["comment"], r["reviewer"],
            r["on_date"]) for r in rows]
        self.returned.setText("\n".join(lines))
        self.returned.setVisible(bool(lines))

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self._filter()

    def visible_rows(self) -> list[dict[str, Any]]:
        scope = self.scope.currentData()
        user = self.session.user
        if scope == "mine":
            return [r for r in self.rows if user.officer_id in r["officer_ids"]]
        if scope == "squad":
            return [r for r in self.rows if r["squad_id"] == user.squad_id]
        return list(self.rows)

    def _filter(self) -> None:
        rows = [{**r, "case_no": r["case_no"] or self.tr("（未立案）"),
                 "due": r["due"] + (self.tr("（暂定）") if r.get("provisional") else "")} for r in self.visible_rows()]
        self.table.set_records(rows)
        overdue = sum(1 for r in rows if r["status"] == "overdue")
        self.overdue_label.setText(self.tr("已超期 {0}").format(overdue))
        self.soon_label.setText(self.tr("即将到期 {0}").format(len(rows) - overdue))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row(), 0)

    def _open(self, row: int, _col: int) -> None:
        record = self.table.records[row]
        from ui.screens.case_detail import CaseDetail  # built on demand: keeps the first screen quick to show
        detail = CaseDetail(self.session, record["case_id"])
        detail.changed.connect(lambda _cid: self.reload())
        detail.resize(1000, 760)
        detail.show()
        self.details.append(detail)
