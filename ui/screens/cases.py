"""案件 section: the case list at any size — search (FTS), filters, server-side sort, open a case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector import changes as change_log
from inspector.law import matters
from inspector.model import CASE_STATE_LABELS
from inspector.services import cases
from ui.changes import hub
from ui.models.case_table import (
    COL_ADDRESS,
    COL_CASE_NO,
    COL_CLUE,
    COL_MATTER,
    COL_PARTY,
    COL_PROCEDURE,
    COL_SQUAD,
    COL_STATE,
    PROCEDURES,
    CaseTableModel,
)
from ui.translations import state_label

SEARCH_DELAY_MS = 250
DEADLINES = (
    ("", QT_TRANSLATE_NOOP("Screen", "全部期限")),
    ("overdue", QT_TRANSLATE_NOOP("Screen", "已超期")),
    ("due_soon", QT_TRANSLATE_NOOP("Screen", "即将到期")),
    ("running", QT_TRANSLATE_NOOP("Screen", "期限内")),
    ("none", QT_TRANSLATE_NOOP("Screen", "无期限")),
)


class Screen(QWidget):
    """The case list. Enter or double-click opens the case detail."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("casesScreen")
        self.model = CaseTableModel(session, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索当事人、地址、执法事项、案件编号、文书编号…"))
        self.search.setAccessibleName(self.tr("案件搜索"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("案件状态"))
        self.state.addItem(self.tr("全部状态"), "")
        for value in CASE_STATE_LABELS:
            self.state.addItem(state_label(value), str(value))
        self.squad = QComboBox(self)
        self.squad.setAccessibleName(self.tr("中队"))
        self.squad.addItem(self.tr("全部中队"), "")
        for s in cases.squads(session):
            self.squad.addItem(s["name"], s["id"])
        self.matter = QComboBox(self)
        self.matter.setAccessibleName(self.tr("执法事项"))
        self.matter.addItem(self.tr("全部事项"), "")
        for m in matters.catalogue():
            self.matter.addItem(m.name, m.code)
        self.deadline = QComboBox(self)
        self.deadline.setAccessibleName(self.tr("期限状态"))
        for value, label in DEADLINES:
            self.deadline.addItem(self.tr(label), value)
        self.use_dates = QCheckBox(self.tr("日期"), self)
        self.use_dates.setAccessibleName(self.tr("按日期筛选"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-3), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for w, name in ((self.date_from, "起始日期"), (self.date_to, "截止日期")):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(self.tr(name))
            w.setEnabled(False)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("案件数"))

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("案件列表"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_CLUE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the state column as wide as its longest state in the UI language ("Prior notice given" in English)
        states = max(self.table.fontMetrics().horizontalAdvance(state_label(s)) for s in CASE_STATE_LABELS)
        procedures = max(
            self.table.fontMetrics().horizontalAdvance(QCoreApplication.translate("CaseTableModel", p))
            for p in PROCEDURES.values()
        )
        for col, width in (
            (COL_CASE_NO, 235),
            (COL_STATE, max(80, states + 16)),
            (COL_PROCEDURE, max(70, procedures + 16)),
            (COL_SQUAD, 80),
            (COL_PARTY, 200),
            (COL_MATTER, 210),
            (COL_ADDRESS, 250),
            (COL_CLUE, 130),
        ):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for w in (
            self.state,
            self.squad,
            self.matter,
            self.deadline,
            self.use_dates,
            self.date_from,
            self.date_to,
        ):
            filters.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply)
        for combo in (self.state, self.squad, self.matter, self.deadline):
            combo.currentIndexChanged.connect(self.apply)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply)
        self.date_to.dateChanged.connect(self.apply)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=self.open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._update_count)
        self._loaded_serial = change_log.serial()
        self.model.reload()
        self._count_timer.start(0)
        # A bound method of this QObject: Qt drops the connection when the screen is destroyed.
        hub().operation_did_execute.connect(self._changes_committed)

    #: What the list shows comes from these tables; a commit touching any of them reloads it.
    SHOWN_TABLES = ("cases", "case_events", "parties", "case_officers", "documents", "discretion_records")

    def _changes_committed(self, changes) -> None:
        # Commits made before the list last loaded are already in it (the fixture or screen that wrote them
        # may have run before this screen existed).
        if changes.serial > self._loaded_serial and changes.touches(*self.SHOWN_TABLES):
            self.apply()

    # ------------------------------------------------------------ filters
    def current_filter(self) -> cases.CaseFilter:
        state = self.state.currentData()
        squad = self.squad.currentData()
        dates = self.use_dates.isChecked()
        return cases.CaseFilter(
            search=self.search.text().strip(),
            states=(state,) if state else (),
            squad_ids=(squad,) if squad else (),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
            matter_code=self.matter.currentData() or "",
            deadline=self.deadline.currentData() or "",
        )

    def apply(self) -> None:
        self._timer.stop()
        self._loaded_serial = change_log.serial()
        self.model.set_filter(self.current_filter())
        if self.model.error is not None:
            from ui.errors_fallback import show_error

            show_error(self, self.model.error)
        self._count_timer.start(0)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply()

    def _update_count(self) -> None:
        try:
            n = cases.count_cases(self.session, self.model.filter)
        except Exception:  # noqa: BLE001 - the list itself reports filter errors
            self.count.setText("")
            return
        self.count.setText(self.tr("共 {0} 件").format(f"{n:,}"))

    # --------------------------------------------------------------- open
    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        record = self.model.record(index.row()) if index.isValid() else None
        if record is None:
            return
        self.open_case(record["id"])

    def open_case(self, case_id: str) -> QWidget:
        try:
            from ui.screens.case_detail import CaseDetail
        except ImportError:
            CaseDetail = None  # noqa: N806 - the detail screen is optional until it lands
        if CaseDetail is not None:
            widget = CaseDetail(self.session, case_id, self)
            widget.setWindowFlag(Qt.WindowType.Window)
        else:
            widget = SimpleCaseDetail(self.session, case_id, self)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.show()
        return widget


class SimpleCaseDetail(QDialog):
    """A read-only summary of a case, used when the full case view is not available."""

    def __init__(self, session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("案件详情"))
        self.setAccessibleName(self.tr("案件详情"))
        row: dict[str, Any] = cases.get_case(session, case_id) or {}
        form = QFormLayout(self)
        for label, key in (
            ("案件编号", "case_no"),
            ("状态", "state"),
            ("中队", "squad_name"),
            ("当事人", "party_name"),
            ("执法事项", "matter_name"),
            ("地址", "address"),
            ("线索登记", "clue_at"),
            ("立案日期", "filed_at"),
            ("案情摘要", "summary"),
        ):
            value = row.get(key)
            if key == "state" and value:
                value = state_label(value)
            text = QLabel("" if value is None else str(value), self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            text.setAccessibleName(self.tr(label))
            form.addRow(self.tr(label), text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
