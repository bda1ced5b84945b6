"""Collect what a person reads on a window (labels, buttons, headers, cells, choices, tooltips, placeholders),
walking every tab, for the English-interface test: anything Chinese left that is not user data is a miss."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
    QWizardPage,
)

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u3400-\u9fff]")
MAX_ROWS = 60  # cells read per view: enough to meet every kind of row, not every record


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a person reads on ``widget`` itself, the cells of a view included."""
    name = f"{type(widget).__name__}#{widget.objectName() or widget.accessibleName()}"
    out: list[tuple[str, str]] = []
    if isinstance(widget, QLabel):
        out.append((name, widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append((name, widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append((name, widget.title()))
    elif isinstance(widget, QLineEdit):
        out.append((name + ".placeholder", widget.placeholderText()))  # its text is what was typed (data)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        out.append((name + ".placeholder", widget.placeholderText()))
        if widget.isReadOnly():
            out.append((name + ".text", widget.toPlainText()))
    elif isinstance(widget, QComboBox):
        out += [(f"{name}.item{i}", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        out += [(name + ".suffix", widget.suffix()), (name + ".prefix", widget.prefix())]
    if isinstance(widget, QAbstractSpinBox):
        out.append((name + ".special", widget.specialValueText()))
    if isinstance(widget, QTabWidget):
        out += [(f"{name}.tab{i}", widget.tabText(i)) for i in range(widget.count())]
        out += [(f"{name}.tabtip{i}", widget.tabToolTip(i)) for i in range(widget.count())]
    if isinstance(widget, QToolBox):
        out += [(f"{name}.item{i}", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QWizardPage):
        out += [(name + ".title", widget.title()), (name + ".subtitle", widget.subTitle())]
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
        out += _view_texts(name, widget)
    if widget.isWindow():
        out.append((name + ".title", widget.windowTitle()))
    out.append((name + ".tooltip", widget.toolTip()))
    out.append((name + ".placeholder", widget.property("placeholderText") or ""))
    return [(where, str(text)) for where, text in out if text]


def _view_texts(name: str, view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    out: list[tuple[str, str]] = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list widget's model (one column) keeps it private
        columns = 1
    for c in range(columns):
        out.append((f"{name}.header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
        out.append(
            (
                f"{name}.headertip{c}",
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""),
            )
        )

    def rows(parent: QModelIndex, depth: int) -> None:
        for r in range(min(model.rowCount(parent), MAX_ROWS)):
            for c in range(columns):
                index = model.index(r, c, parent)
                for role, what in ((Qt.ItemDataRole.DisplayRole, ""), (Qt.ItemDataRole.ToolTipRole, ".tip")):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        out.append((f"{name}[{r}][{c}]{what}", value))
            first = model.index(r, 0, parent)
            if depth < 3 and columns > 1 and model.rowCount(first):
                rows(first, depth + 1)

    rows(QModelIndex(), 0)
    return out


def window_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text of ``root`` after showing each page of each of its tabs in turn (nested tabs too)."""
    shown: list[tuple[str, str]] = []
    seen: set[int] = set()

    def collect() -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            if widget.objectName().startswith("qt_") and not isinstance(widget, QAbstractButton):
                continue
            shown.extend(widget_texts(widget))

    def visit() -> None:
        collect()
        for tabs in root.findChildren(QTabWidget):
            if id(tabs) in seen or not (tabs is root or tabs.isVisibleTo(root)):
                continue
            seen.add(id(tabs))
            start = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != start:
                    tabs.setCurrentIndex(i)
                    visit()
            tabs.setCurrentIndex(start)

    visit()
    for action in root.findChildren(QAction):
        shown += [("QAction", action.text()), ("QAction.tooltip", action.toolTip())]
    return [(where, text) for where, text in shown if text]


def chinese_left(shown: Iterable[tuple[str, str]], data: set[str]) -> list[str]:
    """The texts in which Chinese remains once the user data (``data``) is taken out."""
    values = sorted((v for v in data if v and HAN.search(v)), key=len, reverse=True)
    found: list[str] = []
    for where, text in shown:
        rest = text
        for value in values:  # longest first: a name inside a longer value
            if value in rest:
                rest = rest.replace(value, "")
        if HAN.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))
