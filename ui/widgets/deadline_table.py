"""Tables of deadlines and case events, coloured by status (overdue red, due soon amber)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

STATUS_COLOURS = {
    "overdue": ("#f8d7da", "#842029"),
    "due_soon": ("#fff3cd", "#664d03"),
    "ok": ("#d1e7dd", "#0f5132"),
    "done": ("#eeeeee", "#6c757d"),
    "running": ("#cfe2ff", "#084298"),
    "ended": ("#eeeeee", "#6c757d"),
}


# Qt.ItemDataRole.BackgroundRole and ForegroundRole (a QColor there is painted as a solid brush). Numbers, and
# colours set through setData(): setBackground(QBrush(...)) makes PySide weigh overloads that take a Qt enum,
# which builds the whole Qt namespace (10-20 ms) while the 工作台 shows its first rows. A test checks the numbers.
BACKGROUND_ROLE = 8
FOREGROUND_ROLE = 9


def colour_row(table: QTableWidget, row: int, status: str) -> None:
    """Paint one row in the colours of a deadline status."""
    bg, fg = STATUS_COLOURS.get(status, ("#ffffff", "#000000"))
    background, foreground = QColor(bg), QColor(fg)
    for col in range(table.columnCount()):
        item = table.item(row, col)
        if item is not None:
            item.setData(BACKGROUND_ROLE, background)
            item.setData(FOREGROUND_ROLE, foreground)


class RecordTable(QTableWidget):
    """A read-only table filled from dicts; ``columns`` are (key, header) pairs.

    The columns named in ``elide`` (long texts such as a legal basis) share the width the others leave and
    end in "…" when their text is longer; each of their cells has the whole text as its tooltip. The other
    columns are as wide as their contents (the last one also takes what is left when nothing elides)."""

    def __init__(
        self,
        columns: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        elide: Sequence[str] = (),
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self.elide = set(elide)
        self.records: list[Mapping[str, Any]] = []
        self.setHorizontalHeaderLabels([h for _, h in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for c, (key, _) in enumerate(self.columns):
            if key in self.elide:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(not self.elide)
        if self.elide:
            from PySide6.QtCore import Qt  # here: the 工作台's table elides nothing (see ui.main_window)

            self.setWordWrap(False)
            self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_records(self, records: Sequence[Mapping[str, Any]], *, status_key: str | None = "status") -> None:
        """Show ``records``; row ``i`` is ``self.records[i]`` (the dicts stay in Python, not in item data)."""
        self.records = list(records)
        self.setRowCount(len(self.records))
        for r, rec in enumerate(self.records):
            for c, (key, _) in enumerate(self.columns):
                value = rec.get(key, "")
                item = QTableWidgetItem("" if value is None else str(value))
                if key in self.elide:
                    item.setToolTip(item.text())
                self.setItem(r, c, item)
            if status_key and rec.get(status_key):
                colour_row(self, r, str(rec[status_key]))
