"""The case list model: keyset-paged rows fetched on demand, so a million cases open as fast as fifty."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from inspector.services import cases
from ui.translations import state_label

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

# (header, row key, sort name or None)
COLUMNS = (
    (QT_TRANSLATE_NOOP("CaseTableModel", "案件编号"), "case_no", "case_no"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "状态"), "state_label", "state"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "程序"), "procedure", None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "中队"), "squad_name", None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "当事人"), "party_name", None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "执法事项"), "matter_name", None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "地址"), "address", None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "线索登记"), "clue_at", "clue_at"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "决定期限"), "decision_due", None),
)
(
    COL_CASE_NO,
    COL_STATE,
    COL_PROCEDURE,
    COL_SQUAD,
    COL_PARTY,
    COL_MATTER,
    COL_ADDRESS,
    COL_CLUE,
    COL_DUE,
) = range(len(COLUMNS))
# the procedure a case is on (it is set when the case is opened, and becomes general when a simple-procedure
# clue goes on to verification or filing)
PROCEDURES = {
    "simple": QT_TRANSLATE_NOOP("CaseTableModel", "简易程序"),
    "general": QT_TRANSLATE_NOOP("CaseTableModel", "普通程序"),
}
PAGE = 200

_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows of :func:`inspector.services.cases.list_cases`, one page at a time (``canFetchMore``/``fetchMore``)."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = cases.CaseFilter()
        self.sort_name = "clue_at"
        self.descending = True
        self._rows: list[dict[str, Any]] = []
        self._after: tuple[Any, int] | None = None
        self._more = True
        self.error: Exception | None = None

    # ----------------------------------------------------------- queries
    def set_filter(self, flt: cases.CaseFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start over with the first page, inside one reset (no row inserts while views handle the reset)."""
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._more = True
        self.error = None
        self._rows = self._next_page()
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or not self._more:
            return
        rows = self._next_page()
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _next_page(self) -> list[dict[str, Any]]:
        try:
            page = cases.list_cases(
                self.session,
                self.filter,
                sort=self.sort_name,
                descending=self.descending,
                after=self._after,
                limit=PAGE,
            )
        except Exception as exc:  # noqa: BLE001 - shown by the screen, never raised inside Qt's fetch
            self.error = exc
            self._more = False
            return []
        self._more = page.next_after is not None
        self._after = page.next_after
        return list(page.rows)

    # ------------------------------------------------------------- model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(str(COLUMNS[section][0]))
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self._rows))
            or not (0 <= index.column() < len(COLUMNS))
        ):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(key)
            if key == "clue_at" and value:
                return _local(value)
            if key == "state_label":
                return state_label(row["state"])
            if key == "procedure":
                return self.tr(str(PROCEDURES[value])) if value in PROCEDURES else ""
            if key == "decision_due" and value and row.get("decision_due_provisional"):
                return value + self.tr("（暂定）")
            return "" if value is None else str(value)
        if role == SortRole:
            return row.get(key)
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and key in ("address", "matter_name", "party_name"):
            return row.get(key) or None
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and key == "decision_due"
            and row.get("decision_due_provisional")
        ):
            return self.tr("该年度节假日日历尚未导入，期限仅按周末推算")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Server-side sort; columns without an index-backed key keep the current order."""
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_name = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def record(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


def _local(iso: str) -> str:
    import datetime as dt

    from inspector import clock

    try:
        return (
            dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
            .astimezone(clock.LOCAL_TZ)
            .strftime("%Y-%m-%d %H:%M")
        )
    except ValueError:
        return iso
