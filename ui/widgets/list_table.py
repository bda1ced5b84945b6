"""A read-only list of records: one row selected at a time, headers stretched, no row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def list_table(name: str, title: str, headers: list[str]) -> QTableWidget:
    """The table the administration forms list their records in (officers, users, catalogues, calendars)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(title)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text of one cell; an empty string for a cell that holds no item."""
    item = table.item(row, column)
    return item.text() if item is not None else ""
