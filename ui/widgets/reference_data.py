"""Benchmark catalogue (裁量基准) and holiday calendar import/export in the app, with a per-row error report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.errors import Problem, ValidationError
from inspector.permissions import Action
from inspector.services import holidays, standards
from inspector.station import Session
from ui.messages import describe, show_error
from ui.translations import problem_text
from ui.widgets.list_table import cell_text, list_table


class FileProblem(Exception):
    """A file could not be read as JSON (message in words)."""


def _table(name: str, title: str, headers: list[str]) -> QTableWidget:
    table = list_table(name, title, headers)
    table.setMaximumHeight(170)
    return table


class ReferenceDataPanel(QWidget):
    """Lists the catalogue versions and calendar years; imports and exports them as JSON files.

    ``import_catalogue(path)`` / ``import_calendar(path)`` / ``export_*(path)`` do the work without a file
    dialog (the buttons ask for the path first). Every problem of a refused file is listed, one per line.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("referenceDataPanel")
        layout = QVBoxLayout(self)

        cat_box = QGroupBox(self.tr("裁量基准目录"))
        cat_layout = QVBoxLayout(cat_box)
        self.catalogues = _table(
            "cataloguesTable",
            self.tr("裁量基准目录"),
            [
                self.tr("目录"),
                self.tr("版本"),
                self.tr("生效日期"),
                self.tr("失效日期"),
                self.tr("事项数"),
                self.tr("来源"),
            ],
        )
        cat_layout.addWidget(self.catalogues)
        row = QHBoxLayout()
        self.import_catalogue_button = self._button(
            "importCatalogue", self.tr("导入裁量基准…"), self._ask_import_catalogue, Action.STANDARDS_IMPORT
        )
        self.export_catalogue_button = self._button(
            "exportCatalogue", self.tr("导出所选版本…"), self._ask_export_catalogue, None
        )
        row.addWidget(self.import_catalogue_button)
        row.addWidget(self.export_catalogue_button)
        row.addStretch(1)
        cat_layout.addLayout(row)
        layout.addWidget(cat_box)

        cal_box = QGroupBox(self.tr("节假日日历（含调休上班日）"))
        cal_layout = QVBoxLayout(cal_box)
        self.years = _table(
            "calendarTable",
            self.tr("节假日日历"),
            [self.tr("年份"), self.tr("节假日天数"), self.tr("调休上班日"), self.tr("来源")],
        )
        cal_layout.addWidget(self.years)
        row = QHBoxLayout()
        self.import_calendar_button = self._button(
            "importCalendar", self.tr("导入年度日历…"), self._ask_import_calendar, Action.CALENDAR_EDIT
        )
        self.export_calendar_button = self._button(
            "exportCalendar", self.tr("导出所选年份…"), self._ask_export_calendar, None
        )
        row.addWidget(self.import_calendar_button)
        row.addWidget(self.export_calendar_button)
        row.addStretch(1)
        cal_layout.addLayout(row)
        layout.addWidget(cal_box)

        self.message = QLabel()
        self.message.setObjectName("referenceMessage")
        self.message.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(self.tr("导入错误清单"))
        self.report.setReadOnly(True)
        self.report.hide()
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addStretch(0)
        self.reload()

    def _button(self, name: str, text: str, slot, action: Action | None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setEnabled(action is None or self.session.can(action))
        return button

    def reload(self) -> None:
        rows = standards.list_catalogues(self.session)
        self.catalogues.setRowCount(len(rows))
        for r, cat in enumerate(rows):
            origin = self.tr("随程序发布") if cat["origin"] == "shipped" else self.tr("导入")
            for c, text in enumerate(
                (
                    cat["catalogue"],
                    cat["version"],
                    cat["effective_from"],
                    cat["effective_to"] or "",
                    str(cat["items"]),
                    origin,
                )
            ):
                self.catalogues.setItem(r, c, QTableWidgetItem(text))
        years = holidays.years(self.session)
        self.years.setRowCount(len(years))
        for r, y in enumerate(years):
            for c, text in enumerate((str(y["year"]), str(y["holidays"]), str(y["workdays"]), y["source"])):
                self.years.setItem(r, c, QTableWidgetItem(text))

    # ----------------------------------------------------------- the work
    def _read(self, path: str | Path) -> Any:
        from inspector import jsonfile

        name = Path(path).name
        try:
            return jsonfile.read(path)
        except jsonfile.JsonFileError as exc:
            data = exc.data
            if exc.reason == "too_large":
                text = self.tr("文件过大（超过%1 MB），不是裁量基准或日历文件。").replace(
                    "%1",
                    str(int(data["limit"]) >> 20),  # type: ignore[call-overload]
                )
            elif exc.reason == "unreadable":
                text = (
                    self.tr("无法读取 %1：%2").replace("%1", str(path)).replace("%2", str(data["strerror"]))
                )
            elif exc.reason == "not_text":
                text = self.tr("%1 不是 UTF-8 或 GB18030（GBK）编码的文本文件；未导入任何内容。").replace(
                    "%1", name
                )
            elif exc.reason == "too_deep":
                text = self.tr("%1 嵌套超过 %2 层，不是裁量基准或日历文件；未导入任何内容。")
                text = text.replace("%1", name).replace("%2", str(data["limit"]))
            else:
                where = (
                    self.tr("（第%1行第%2列）")
                    .replace("%1", str(data["line"]))
                    .replace("%2", str(data["column"]))
                    if data.get("line")
                    else ""
                )
                text = (
                    self.tr("%1 不是有效的 JSON%2；未导入任何内容。").replace("%1", name).replace("%2", where)
                )
            raise FileProblem(text) from None

    def _run(self, work, done) -> bool:
        self.report.clear()
        self.report.hide()
        try:
            result = work()
        except FileProblem as exc:
            self._say(str(exc), ok=False)
            return False
        except ValidationError as exc:
            self._say(
                self.tr("文件有 %1 处错误，未导入任何内容：").replace("%1", str(len(exc.problems))), ok=False
            )
            self.report.setPlainText("\n".join(f"{p.field}: {problem_text(p)}" for p in exc.problems))
            self.report.show()
            return False
        except Exception as exc:
            if describe(exc) is None:
                show_error(self, exc)
                return False
            self._say(describe(exc) or "", ok=False)
            return False
        self._say(done(result), ok=True)
        return True

    def import_catalogue(self, path: str | Path) -> bool:
        ok = self._run(
            lambda: standards.import_catalogue(self.session, self._read(path)),
            lambda row: (
                self.tr("已导入裁量基准 %1 版本 %2（自 %3 起生效）")
                .replace("%1", row["catalogue"])
                .replace("%2", row["cat_version"])
                .replace("%3", row["effective_from"])
            ),
        )
        if ok:
            self.reload()
            self.changed.emit()
        return ok

    def import_calendar(self, path: str | Path) -> bool:
        def work():
            data = self._read(path)
            if not isinstance(data, dict):
                raise ValidationError(
                    [Problem("year", "format", "日历文件应为一个年度：{year, source, holidays, workdays}")]
                )
            return holidays.import_year(self.session, data)

        ok = self._run(work, lambda row: self.tr("已导入 %1 年放假调休安排").replace("%1", str(row["year"])))
        if ok:
            self.reload()
            self.changed.emit()
        return ok

    def _write(self, path: str | Path, payload: Any) -> str:
        Path(path).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return self.tr("已导出到 %1").replace("%1", str(path))

    def export_catalogue(self, path: str | Path) -> bool:
        row = self.catalogues.currentRow()
        catalogue = cell_text(self.catalogues, row, 0) if row >= 0 else None
        version = cell_text(self.catalogues, row, 1) if row >= 0 else None
        return self._run(
            lambda: self._write(
                path, standards.export_catalogue(self.session, catalogue=catalogue, version=version)
            ),
            lambda text: text,
        )

    def export_calendar(self, path: str | Path) -> bool:
        row = self.years.currentRow()
        if row < 0:
            self._say(self.tr("请先选择一个年份。"), ok=False)
            return False
        year = int(cell_text(self.years, row, 0))
        return self._run(
            lambda: self._write(path, holidays.export_year(self.session, year)), lambda text: text
        )

    # ------------------------------------------------------- file dialogs
    def _open(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("JSON 文件 (*.json)"))
        return path

    def _save_as(self, title: str, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("JSON 文件 (*.json)"))
        return path

    def _ask_import_catalogue(self) -> None:
        if path := self._open(self.tr("选择裁量基准文件")):
            self.import_catalogue(path)

    def _ask_import_calendar(self) -> None:
        if path := self._open(self.tr("选择年度日历文件")):
            self.import_calendar(path)

    def _ask_export_catalogue(self) -> None:
        if path := self._save_as(self.tr("导出裁量基准"), "benchmarks.json"):
            self.export_catalogue(path)

    def _ask_export_calendar(self) -> None:
        row = self.years.currentRow()
        name = f"{cell_text(self.years, row, 0)}.json" if row >= 0 else "calendar.json"
        if path := self._save_as(self.tr("导出年度日历"), name):
            self.export_calendar(path)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.message.setText(text)
