"""Typed settings forms: one page per group, an editor per kind, amounts in 元 and the legal note beside each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector import settings as registry
from inspector.errors import ValidationError
from inspector.permissions import Action
from inspector.services import org
from inspector.station import Session
from ui.messages import describe, show_error

_CTX = "settings"


def st(text: str) -> str:
    """Translate a label, note or unit of the settings registry."""
    return QCoreApplication.translate(_CTX, text) if text else ""


class FieldError(ValueError):
    """What the administrator typed does not fit the field (message already in words)."""


class ThresholdTable(QTableWidget):
    """Hearing thresholds: one row per division code (``*`` for any), one 元 column per party type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1 + len(registry.PARTY_TYPES), parent)
        self.setObjectName("thresholdTable")
        self.setAccessibleName(st("听证（较大数额罚款）标准"))
        self.setHorizontalHeaderLabels(
            [self.tr("行政区划代码")] + [st(label) + self.tr("（元）") for _, label in registry.PARTY_TYPES]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(90)
        self.setMaximumHeight(150)
        self.setMinimumWidth(520)

    def set_value(self, value: dict[str, dict[str, int]] | None) -> None:
        self.setRowCount(0)
        for division, entry in (value or {}).items():
            self.add_row(division, entry)

    def add_row(self, division: str = "*", entry: dict[str, int] | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(division))
        for col, (kind, _label) in enumerate(registry.PARTY_TYPES, start=1):
            cents = (entry or {}).get(kind)
            self.setItem(row, col, QTableWidgetItem(registry.cents_to_yuan(cents)))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def value(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for row in range(self.rowCount()):
            division = (self.item(row, 0).text() if self.item(row, 0) else "").strip() or "*"
            entry: dict[str, int] = {}
            for col, (kind, label) in enumerate(registry.PARTY_TYPES, start=1):
                text = self.item(row, col).text().strip() if self.item(row, col) else ""
                if not text:
                    continue
                try:
                    entry[kind] = registry.yuan_to_cents(text)
                except ValueError:
                    raise FieldError(
                        self.tr("%1 的“%2”不是金额（元）：%3")
                        .replace("%1", division)
                        .replace("%2", st(label))
                        .replace("%3", text)
                    ) from None
            out[division] = entry
        return out


class Field:
    """An editor for one setting: shows the stored value, reads back a typed value or raises FieldError."""

    def __init__(self, spec: registry.Spec, value: Any, editable: bool) -> None:
        self.spec = spec
        k = spec.kind
        self.checks: list[QCheckBox] = []
        if k == registry.CHOICE:
            w = QComboBox()
            for code, label in spec.choices:
                w.addItem(st(label), code)
            w.setCurrentIndex(max(0, w.findData(value)))
        elif k == registry.FLAGS:
            w = QWidget()
            box = QVBoxLayout(w)
            box.setContentsMargins(0, 0, 0, 0)
            for code, label in spec.choices:
                check = QCheckBox(st(label))
                check.setObjectName(f"flag-{code}")
                check.setProperty("code", code)
                check.setChecked(code in (value or ()))
                check.setEnabled(editable)
                box.addWidget(check)
                self.checks.append(check)
        elif k == registry.THRESHOLDS:
            w = QWidget()
            box = QVBoxLayout(w)
            box.setContentsMargins(0, 0, 0, 0)
            self.table = ThresholdTable()
            self.table.set_value(value)
            box.addWidget(self.table)
            if editable:
                buttons = QHBoxLayout()
                add = QPushButton(QCoreApplication.translate("settings", "增加一行"))
                add.setObjectName("addThreshold")
                add.clicked.connect(lambda: self.table.add_row())
                remove = QPushButton(QCoreApplication.translate("settings", "删除所选行"))
                remove.setObjectName("removeThreshold")
                remove.clicked.connect(self.table.remove_selected)
                buttons.addWidget(add)
                buttons.addWidget(remove)
                buttons.addStretch(1)
                box.addLayout(buttons)
            else:
                self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif k == registry.BOOL:
            w = QCheckBox(st(spec.label))
            w.setChecked(bool(value))
        elif k in (registry.MAPPING, registry.DAY_MAPPING):
            w = QPlainTextEdit("\n".join(f"{a}={b}" for a, b in (value or {}).items()))
            w.setMaximumHeight(80)
            w.setReadOnly(not editable)
        else:
            w = QLineEdit(self._text(value))
            w.setReadOnly(not editable)
        if k not in (registry.FLAGS, registry.THRESHOLDS):
            w.setEnabled(editable or k not in (registry.CHOICE, registry.BOOL))
        w.setObjectName(f"setting-{spec.key}")
        w.setAccessibleName(st(spec.label))
        self.widget = w

    def _text(self, value: Any) -> str:
        k = self.spec.kind
        if value is None:
            return ""
        if k == registry.MONEY:
            return registry.cents_to_yuan(value)
        if k == registry.DAY_LIST:
            return ", ".join(str(v) for v in value)
        if k == registry.NUMBER:
            return f"{value:g}"
        return str(value)

    def value(self) -> Any:
        k, w = self.spec.kind, self.widget
        if k == registry.CHOICE:
            return w.currentData()
        if k == registry.FLAGS:
            return [c.property("code") for c in self.checks if c.isChecked()]
        if k == registry.THRESHOLDS:
            return self.table.value()
        if k == registry.BOOL:
            return w.isChecked()
        if k == registry.DAY_MAPPING:
            days: dict[str, int] = {}
            for line in w.toPlainText().splitlines():
                name, sep, number = line.partition("=")
                if not line.strip():
                    continue
                if not sep or not name.strip() or not number.strip().isdigit():
                    raise FieldError(
                        QCoreApplication.translate("settings", "每行应为“名称=天数”：%1").replace(
                            "%1", line.strip()
                        )
                    )
                days[name.strip()] = int(number.strip())
            return days
        if k == registry.MAPPING:
            out = {}
            for line in w.toPlainText().splitlines():
                if line.strip():
                    name, sep, code = line.partition("=")
                    if not sep or not name.strip() or not code.strip():
                        raise FieldError(
                            QCoreApplication.translate("settings", "每行应为“文书类型=代字”：%1").replace(
                                "%1", line.strip()
                            )
                        )
                    out[name.strip()] = code.strip()
            return out
        text = w.text().strip()
        if k == registry.TEXT:
            return w.text()
        if not text and self.spec.optional:
            return None
        try:
            if k == registry.MONEY:
                return registry.yuan_to_cents(text)
            if k == registry.INT:
                return int(text)
            if k == registry.NUMBER:
                number = float(text)
                return int(number) if number.is_integer() else number
            if k == registry.DAY_LIST:
                return [int(p) for p in text.replace("，", ",").split(",") if p.strip()]
        except ValueError:
            pass
        unit = st(self.spec.unit)
        if k == registry.MONEY:
            raise FieldError(
                QCoreApplication.translate("settings", "“%1”应为金额（元，最多两位小数）").replace(
                    "%1", st(self.spec.label)
                )
            )
        raise FieldError(
            QCoreApplication.translate("settings", "“%1”应为数字%2")
            .replace("%1", st(self.spec.label))
            .replace("%2", f"（{unit}）" if unit else "")
        )


class GroupPage(QScrollArea):
    """The settings of one group, with a save button that stores every changed value or none."""

    saved = Signal(list)

    def __init__(self, session: Session, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.group = group
        self.editable = session.can(Action.SETTINGS_EDIT)
        self.setWidgetResizable(True)
        self.setObjectName(f"settingsGroup-{group}")
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, QLabel] = {}
        row = 0
        for spec in (s for s in registry.SPECS if s.group == group):
            field = Field(spec, session.station.setting(spec.key), self.editable)
            self.fields[spec.key] = field
            label = QLabel(st(spec.label))
            label.setBuddy(field.widget)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            grid.addWidget(field.widget, row, 1)
            grid.addWidget(QLabel(st(spec.unit)), row, 2, Qt.AlignmentFlag.AlignTop)
            note = QLabel(st(spec.note))
            note.setObjectName(f"note-{spec.key}")
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            grid.addWidget(note, row, 3, Qt.AlignmentFlag.AlignTop)
            error = QLabel()
            error.setObjectName(f"error-{spec.key}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.errors[spec.key] = error
            grid.addWidget(error, row + 1, 1, 1, 3)
            row += 2
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        if self.editable:
            self.save = QPushButton(self.tr("保存本页设置"))
            self.save.setObjectName("saveSettings")
            self.save.clicked.connect(self.save_all)
            grid.addWidget(self.save, row, 0)
        else:
            self.message.setText(self.tr("只有系统管理员可以修改设置。"))
        grid.addWidget(self.message, row, 1, 1, 3)
        grid.setRowStretch(row + 1, 1)
        self.setWidget(body)

    def save_all(self) -> list[str]:
        """Check every field; store the changed ones if all are valid. Returns the keys saved."""
        values: dict[str, Any] = {}
        failed = False
        for key, field in self.fields.items():
            self.errors[key].hide()
            try:
                values[key] = registry.validate(key, field.value())
            except FieldError as exc:
                failed = self._error(key, str(exc))
            except ValidationError as exc:
                failed = self._error(key, describe(exc) or "")
        if failed:
            self._say(self.tr("有设置项不正确，未保存任何内容。"), ok=False)
            return []
        changed = [k for k, v in values.items() if v != self.session.station.setting(k)]
        try:
            for key in changed:
                org.set_setting(self.session, key, values[key])
        except Exception as exc:
            if describe(exc) is None:
                raise
            show_error(self, exc)
            return []
        self._say(
            self.tr("已保存 %1 项设置。").replace("%1", str(len(changed)))
            if changed
            else self.tr("没有改动。"),
            ok=True,
        )
        if changed:
            self.saved.emit(changed)
        return changed

    def _error(self, key: str, text: str) -> bool:
        self.errors[key].setText(text)
        self.errors[key].show()
        return True

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.message.setText(text)


class SettingsForms(QTabWidget):
    """Every group of settings on its own page.

    Signals:
        changed(): some settings were saved.
        language_changed(str): ``ui.language`` was saved with this value.
    """

    changed = Signal()
    language_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsForms")
        self.setAccessibleName(self.tr("系统设置"))
        self.pages: dict[str, GroupPage] = {}
        for group in registry.GROUPS:
            page = GroupPage(session, group)
            page.saved.connect(self._saved)
            self.pages[group] = page
            self.addTab(page, st(group))
        self.session = session

    def page_of(self, key: str) -> GroupPage:
        group = registry.spec(key).group
        self.setCurrentWidget(self.pages[group])
        return self.pages[group]

    def _saved(self, keys: list[str]) -> None:
        self.changed.emit()
        if "ui.language" in keys:
            self.language_changed.emit(str(self.session.station.setting("ui.language")))
