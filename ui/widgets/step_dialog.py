"""The form of one workflow step: its data (reason, amount, date, service method…), the fields its documents
still need, and — for a step that cannot be undone — what it will do (number drawn, document issued, period
started), confirmed by pressing 确认执行."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from inspector import clock
from inspector.law import step_fields
from ui.translations import workflow_message, workflow_text

__all__ = ["StepDialog"]


class _CheckLabel(QLabel):
    """The label of a check box that wraps onto more lines (a QCheckBox's own text never wraps, so a long
    one widened the dialog); clicking it ticks the box, as clicking a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()
        super().mouseReleaseEvent(event)


def _wrapping_check(box: QCheckBox, text: str) -> QWidget:
    """``box`` with ``text`` beside it, wrapped to the dialog's width."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    label = _CheckLabel(text, box)
    label.setObjectName(box.objectName() + "_label")
    label.setToolTip(box.toolTip())
    layout.addWidget(label, 1)
    return row


class StepDialog(QDialog):
    """Ask for the fields of ``step``; :meth:`values` returns the data to pass to the use case."""

    def __init__(
        self, step: str, label: str, parent: QWidget | None = None, *, preview: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.preview = preview or {}
        shown = workflow_text(label)
        self.setWindowTitle(shown)
        self.setAccessibleName(label)
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        # each label above its input: a long label (the English ones are) never squeezes the input
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.widgets: dict[str, QWidget] = {}
        self.kinds: dict[str, str] = {}
        self.doc_widgets: dict[str, QLineEdit] = {}
        effects = [workflow_message(t, args) for t, args in self.preview.get("effect_parts") or []]
        self.effects = QLabel()
        self.effects.setWordWrap(True)
        self.effects.setAccessibleName("执行后将会")
        if effects:
            text = self.tr("执行“{0}”后将会：").format(shown) + "\n" + "\n".join(f"· {e}" for e in effects)
            if self.preview.get("irreversible"):
                text += "\n" + self.tr("此步骤执行后不能撤销。")
            self.effects.setText(text)
            self.effects.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 8px; }")
            form.addRow(self.effects)
        for field in step_fields.form_fields(step):
            w = self._widget(field)
            w.setAccessibleName(field.label)
            w.setObjectName(field.key)
            if field.notes:
                w.setToolTip(workflow_text(field.notes))
            self.widgets[field.key] = w
            self.kinds[field.key] = field.kind
            if field.kind == "bool" and isinstance(w, QCheckBox):  # box and label across the whole row
                form.addRow(_wrapping_check(w, workflow_text(field.label)))
            else:
                form.addRow(workflow_text(field.label), w)
        for key, value in (self.preview.get("defaults") or {}).items():  # what the case already says
            if key in self.widgets:
                self.set_value(key, value)
        for doc in self.preview.get("documents") or []:
            for miss in doc["missing"]:
                w = QLineEdit()
                label_text = workflow_text(miss.get("label") or miss["message"])
                w.setAccessibleName(miss.get("label") or miss["message"])
                w.setObjectName("doc_" + miss["field"])
                self.doc_widgets[miss["field"]] = w
                form.addRow(self.tr("《{0}》{1}").format(workflow_text(doc["title"]), label_text), w)
        self.error = QLabel()
        self.error.setStyleSheet("color: #842029")
        self.error.setAccessibleName("输入错误")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("取消")
        if self.preview.get("irreversible"):
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认执行"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _widget(self, field: step_fields.StepField) -> QWidget:
        """The input for one declared field, by its kind."""
        if field.kind == "bool":
            return QCheckBox()  # its label beside it wraps (see _wrapping_check)
        if field.kind == "choice":
            box = QComboBox()
            for value, shown in (field.choices or {}).items():
                box.addItem(workflow_text(shown), value)
            return box
        if field.kind == "date":
            edit = QDateEdit(QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd"))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        if field.kind == "int":
            spin = QSpinBox()
            spin.setRange(field.minimum, field.maximum)
            return spin
        if field.kind in ("text", "money"):
            return QLineEdit()
        raise ValueError(f"no form input for a field of kind {field.kind}: mark {field.key} form=False")

    def set_value(self, key: str, value: Any) -> None:
        """Fill a field (used by tests and by callers that know a default)."""
        w = self.widgets[key]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QDateEdit):
            w.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))

    def document_values(self) -> dict[str, str]:
        """Field values the officer typed for the step's documents."""
        return {k: w.text().strip() for k, w in self.doc_widgets.items() if w.text().strip()}

    def set_document_value(self, key: str, value: str) -> None:
        self.doc_widgets[key].setText(value)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.widgets.items():
            kind = self.kinds[key]
            if isinstance(w, QCheckBox):
                if w.isChecked():
                    out[key] = True
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QDateEdit):
                out[key] = w.date().toString("yyyy-MM-dd")
            elif isinstance(w, QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QLineEdit) and kind == "money":
                cents = step_fields.yuan_to_cents(w.text())
                if cents is not None:
                    out[key] = cents
            elif isinstance(w, QLineEdit) and (w.text().strip() or key in self.preview.get("defaults", {})):
                out[key] = w.text().strip()  # a pre-filled field the officer cleared is sent empty
        return out

    def _accept(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(self.tr("金额格式错误：{0}（请填写元，最多两位小数）").format(exc))
            return
        self.accept()
