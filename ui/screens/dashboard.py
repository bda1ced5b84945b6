"""工作台: the cases waiting for me (per role) with the deadline driving each, and those waiting for someone else.

The list is one indexed page of the stored work list (``inspector.services.worklist``), oldest deadline first;
"加载更多" fetches the next page. Double-clicking a row opens the case's detail view.

It is the first section after login: the list and the banner of returned cases come in one background read,
and until that first answer the screen says it is loading (:attr:`Screen.loading`, :attr:`Screen.loaded`), so
the main window can wait for it before it shows itself (``MainWindow.show_when_loaded``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector import changes as change_log
from inspector.services import org, worklist
from ui.changes import hub
from ui.messages import role_label, show_error
from ui.tasks import Op
from ui.translations import case_ref, workflow_message, workflow_text
from ui.widgets.deadline_table import STATUS_COLOURS, RecordTable

if TYPE_CHECKING:
    from ui.screens.case_detail import CaseDetail

PAGE = 100


class Screen(QWidget):
    """The dashboard section of the main window.

    Signals:
        loaded(): the first answer (the list and the returned cases) is shown; :attr:`loading` is False.
    """

    loaded = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loading = True
        self.rows: list[dict[str, Any]] = []
        self.next_after: tuple[str, str] | None = None
        self.details: list[CaseDetail] = []
        self._generation = 0
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("工作台"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        outer.addWidget(title)
        # cases the legal review sent back or agreed after changes, with the reviewer's comment to act on
        self.returned = QLabel()
        self.returned.setObjectName("returnedCases")
        self.returned.setAccessibleName("法制审核退回的案件")
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px 10px; }")
        self.returned.hide()
        outer.addWidget(self.returned)
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setAccessibleName("范围")
        self.scope.addItem(self.tr("轮到我办理"), "mine")
        if session.user.squad_id:
            self.scope.addItem(self.tr("本中队轮到我这一角色"), "squad")
        self.scope.addItem(self.tr("全部轮到我这一角色"), "all")
        self.scope.addItem(self.tr("我的案件·等待他人"), "waiting")
        self.scope.currentIndexChanged.connect(self.reload)
        bar.addWidget(QLabel(self.tr("列表：")))
        bar.addWidget(self.scope)
        self.overdue_label = self._badge("overdue", "已超期")
        self.soon_label = self._badge("due_soon", "即将到期")
        bar.addWidget(self.overdue_label)
        bar.addWidget(self.soon_label)
        self.overdue_label.hide()  # the counts show with the first answer
        self.soon_label.hide()
        self.loading_label = QLabel(self.tr("正在加载待办案件…"))  # until the first answer
        self.loading_label.setObjectName("dashboardLoading")
        self.loading_label.setAccessibleName(self.loading_label.text())
        bar.addWidget(self.loading_label)
        bar.addStretch(1)
        from inspector.permissions import Action

        self.clue_button = QPushButton(self.tr("登记线索…"))
        self.clue_button.setAccessibleName("登记线索")
        self.clue_button.setToolTip(
            self.tr("投诉举报、12345热线、部门移送、双随机抽查、非现场执法或巡查发现的线索")
        )
        self.clue_button.setVisible(session.can(Action.CASE_CREATE))
        self.clue_button.clicked.connect(self.open_clue)
        bar.addWidget(self.clue_button)
        self.clue_dialog = None
        self.open_button = QPushButton(self.tr("打开案件"))
        self.open_button.setAccessibleName("打开案件")
        self.open_button.clicked.connect(self._open_selected)
        bar.addWidget(self.open_button)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setAccessibleName("刷新")
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        outer.addLayout(bar)
        self.table = RecordTable(
            [
                ("status_label", self.tr("期限状态")),
                ("task", self.tr("待办")),
                ("role_label", self.tr("轮到")),
                ("due", self.tr("到期日")),
                ("days_left", self.tr("剩余天数")),
                ("deadline", self.tr("期限")),
                ("case_no", self.tr("案件编号")),
                ("matter_name", self.tr("违法行为")),
                ("party_name", self.tr("当事人")),
                ("reason", self.tr("原因")),
            ]
        )
        self.table.setAccessibleName("待办案件")
        self.table.cellDoubleClicked.connect(self._open)
        # Said when the list is empty: that nothing waits, and on a new station what the administrator does first.
        self.empty = QLabel()
        self.empty.setObjectName("dashboardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: #444; padding: 8px 4px; }")
        self.empty.hide()
        outer.addWidget(self.empty)
        outer.addWidget(self.table, 1)
        self.first_steps: list[str] = []
        self.more_button = QPushButton(self.tr("加载更多"))
        self.more_button.setAccessibleName("加载更多")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setEnabled(False)  # until a page says there is more
        outer.addWidget(self.more_button)
        self.reload()
        # A bound method of this QObject: Qt drops the connection when the screen is destroyed.
        hub().operation_did_execute.connect(self._changes_committed)

    def _badge(self, status: str, text: str) -> QLabel:
        bg, fg = STATUS_COLOURS[status]
        label = QLabel()
        label.setAccessibleName(text)
        label.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; padding: 4px 10px; border-radius: 4px; }}"
        )
        return label

    def _query(self, scope: str, after=None) -> worklist.WorkPage:
        """One page of the list (on the worker: ``scope`` is read from the combo box before)."""
        worklist.ensure_built(self.session)
        if scope == "waiting":
            return worklist.page(self.session, scope="mine", waiting=True, after=after, limit=PAGE)
        return worklist.page(self.session, scope=scope, after=after, limit=PAGE)

    def _fetch(self, scope: str) -> tuple[worklist.WorkPage, list[dict[str, Any]], list[str]]:
        page = self._query(scope)
        steps = org.first_steps(self.session) if not page.rows else []
        return page, worklist.returned_to(self.session), steps

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        self._loaded_serial = change_log.serial()
        Op(self, self._fetch, self.scope.currentData()).success(
            lambda answer: self._fetched(answer, gen)
        ).failure(self._fetch_failed).run()

    def _fetched(
        self, answer: tuple[worklist.WorkPage, list[dict[str, Any]], list[str]], generation: int
    ) -> None:
        if generation != self._generation:  # an older answer arriving after a newer request
            return
        page, returned, self.first_steps = answer
        self._returned(returned)
        self._loaded(page, generation, replace=True)
        self._first_answer()

    def _fetch_failed(self, exc: BaseException) -> None:
        self._first_answer()  # the window shows; the message says why the list is empty
        show_error(self, exc)

    def _first_answer(self) -> None:
        if self.loading:
            self.loading = False
            self.loading_label.hide()
            self.overdue_label.show()
            self.soon_label.show()
            self.loaded.emit()

    def _returned(self, rows: list[dict[str, Any]]) -> None:
        lines = [
            (
                self.tr("法制审核退回：{0}　{1}　{2}——{3}（{4}，{5}）")
                if r["returned"]
                else self.tr("法制审核修改后同意：{0}　{1}——{3}（{4}，{5}），请按意见修改后继续办理")
            ).format(
                case_ref(r["case_no"], r.get("procedure")),
                r["matter_name"],
                workflow_text(r["verdict_label"]),
                r["comment"],
                r["reviewer"],
                r["on_date"],
            )
            for r in rows
        ]
        self.returned.setText("\n".join(lines))
        self.returned.setVisible(bool(lines))

    #: The work list and the returned-case banner come from these tables.
    SHOWN_TABLES = ("cases", "case_events", "reviews", "discretion_records", "documents")

    def _changes_committed(self, changes) -> None:
        if changes.serial > self._loaded_serial and changes.touches(*self.SHOWN_TABLES):
            self.reload()

    def load_more(self) -> None:
        if self.next_after is None:
            return
        gen = self._generation
        Op(self, self._query, self.scope.currentData(), self.next_after).success(
            lambda page: self._loaded(page, gen, replace=False)
        ).run()

    def _loaded(self, page: worklist.WorkPage, generation: int, *, replace: bool) -> None:
        if generation != self._generation:  # an older answer arriving after a newer request
            return
        self.rows = page.rows if replace else self.rows + page.rows
        self.next_after = page.next_after
        self.more_button.setEnabled(page.next_after is not None)
        self._show()

    def visible_rows(self) -> list[dict[str, Any]]:
        return list(self.rows)

    def _show(self) -> None:
        rows = [
            {
                **r,
                "status_label": workflow_text(r["status_label"]),
                "task": workflow_text(r["task"]),
                "role_label": self.tr("当事人")
                if r["role_label"] == worklist.ROLE_LABELS["party"]
                else role_label(r["role"]),
                "deadline": workflow_text(r["deadline"]),
                "reason": workflow_message(*r["reason_parts"])
                if "reason_parts" in r
                else workflow_text(r["reason"]),
                "case_no": case_ref(r["case_no"], r.get("procedure")),
                "due": (r["due"] or "") + (self.tr("（暂定）") if r.get("provisional") else ""),
            }
            for r in self.rows
        ]
        self.table.set_records(rows)
        self._say_when_empty(bool(rows))
        overdue = sum(1 for r in rows if r["status"] == "overdue")
        soon = sum(1 for r in rows if r["status"] == "due_soon")
        self.overdue_label.setText(self.tr("已超期 {0}").format(overdue))
        self.soon_label.setText(self.tr("即将到期 {0}").format(soon))

    def _say_when_empty(self, listed: bool) -> None:
        if listed:
            self.empty.hide()
            return
        scope = self.scope.currentData()
        if scope == "waiting":
            text = self.tr("您经办的案件目前没有等待他人办理的事项。")
        elif scope == "mine":
            text = self.tr("目前没有轮到您办理的事项。")
        else:
            text = self.tr("目前没有轮到这一角色办理的事项。")
        steps = {
            "officers": self.tr(
                "在“设置 → 执法人员”登记本站的执法人员及其执法证号和有效期（现场检查须两名持证执法人员，"
                "行政处罚法第四十二条）"
            ),
            "accounts": self.tr("在“设置 → 用户管理”为每位执法人员建立账户，并关联到该执法人员"),
        }
        todo = [steps[code] for code in self.first_steps if code in steps]
        if todo:
            text += (
                "\n"
                + self.tr("新站点，请先完成：")
                + "\n"
                + "\n".join(f"{n}. {line}" for n, line in enumerate(todo, 1))
            )
            text += "\n" + self.tr(
                "裁量基准和节假日日历在“设置 → 裁量基准与日历”导入，与中心的连接在“同步”中设置。"
            )
        self.empty.setText(text)
        self.empty.show()

    def open_clue(self):
        """The clue form; the opened case shows in its detail view."""
        from ui.widgets.clue_dialog import ClueDialog

        self.clue_dialog = ClueDialog(self.session, self)
        self.clue_dialog.opened.connect(lambda case: (self.reload(), self.show_case(case["id"])))
        self.clue_dialog.open()
        return self.clue_dialog

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row(), 0)

    def _open(self, row: int, _col: int) -> None:
        self.show_case(self.table.records[row]["case_id"])

    def show_case(self, case_id: str) -> None:
        from ui.screens.case_detail import CaseDetail  # built on demand: keeps the first screen quick to show

        detail = CaseDetail(self.session, case_id)
        detail.changed.connect(lambda _cid: self.reload())
        detail.resize(1100, 800)
        detail.show()
        self.details.append(detail)
