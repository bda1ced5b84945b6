"""案卷评查 tab: case files to score, the scoring sheet with automatic items pre-filled, squad summaries.

Signals:
    changed(): an evaluation was saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.permissions import Action
from inspector.services import casefile_eval
from ui.tasks import Op
from ui.translations import casefile_text, state_label, words
from ui.widgets.deadline_table import RecordTable
from ui.widgets.discretion_form import GuardPanel

_TIER = {
    "veto": QT_TRANSLATE_NOOP("Tab", "否决项"),
    "content": QT_TRANSLATE_NOOP("Tab", "内容"),
    "form": QT_TRANSLATE_NOOP("Tab", "卷面"),
}


def allowed(session) -> bool:
    return session.can(Action.FILE_REVIEW)


class Tab(QWidget):
    """Score closed case files (or run a mock evaluation on an open one)."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.inputs: dict[str, Any] | None = None
        self.case_id = ""
        self.editors: dict[str, QCheckBox | QDoubleSpinBox] = {}
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.include_open = QCheckBox(self.tr("含未结案件（模拟评查）"))
        self.include_open.toggled.connect(self.reload)
        bar.addWidget(self.include_open)
        bar.addWidget(QLabel(self.tr("汇总期间：")))
        self.period = QComboBox()
        self.period.setAccessibleName("汇总期间")
        today = clock.today()
        quarter = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        for label, since in (
            (self.tr("本年"), dt.date(today.year, 1, 1)),
            (self.tr("本季度"), quarter),
            (self.tr("全部"), None),
        ):
            self.period.addItem(label, since.isoformat() if since else None)
        self.period.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.score_button = QPushButton(self.tr("评查所选案卷"))
        self.score_button.setAccessibleName("评查所选案卷")
        self.score_button.clicked.connect(self._open_selected)
        bar.addWidget(self.score_button)
        outer.addLayout(bar)
        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)
        split = QSplitter(Qt.Orientation.Vertical)
        self.cases = RecordTable(
            [
                ("case_no", self.tr("案件编号")),
                ("matter_name", self.tr("违法行为")),
                ("party_name", self.tr("当事人")),
                ("squad_name", self.tr("中队")),
                ("state_label", self.tr("状态")),
                ("last_score", self.tr("最近评查")),
            ]
        )
        self.cases.setAccessibleName("待评查案卷")
        self.cases.cellDoubleClicked.connect(lambda r, _c: self.open_case(self.cases.records[r]["case_id"]))
        split.addWidget(self.cases)
        sheet = QWidget()
        sl = QVBoxLayout(sheet)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        sl.addWidget(self.heading)
        self.total = QLabel()
        self.total.setAccessibleName("评查得分")
        self.total.setStyleSheet("font-size: 15px; font-weight: bold;")
        sl.addWidget(self.total)
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.dates.setAccessibleName("日期顺序检查")
        sl.addWidget(self.dates)
        self.sheet = QTableWidget(0, 6)
        self.sheet.setAccessibleName("评查评分表")
        self.sheet.setHorizontalHeaderLabels(
            [
                self.tr("编号"),
                self.tr("类别"),
                self.tr("项目"),
                self.tr("分值"),
                self.tr("扣分/否决"),
                self.tr("说明（自动项已预填）"),
            ]
        )
        self.sheet.verticalHeader().setVisible(False)
        self.sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.sheet.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        sl.addWidget(self.sheet, 1)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("评查说明"))
        row.addWidget(self.note, 1)
        self.mock_button = QPushButton(self.tr("保存模拟评查"))
        self.mock_button.clicked.connect(lambda: self.save(mock=True))
        self.save_button = QPushButton(self.tr("保存正式评查"))
        self.save_button.setAccessibleName("保存正式评查")
        self.save_button.clicked.connect(lambda: self.save(mock=False))
        row.addWidget(self.mock_button)
        row.addWidget(self.save_button)
        sl.addLayout(row)
        split.addWidget(sheet)
        self.summary = RecordTable(
            [
                ("squad_name", self.tr("中队")),
                ("count", self.tr("评查案卷数")),
                ("average", self.tr("平均分")),
                ("excellent", self.tr("优秀率")),
                ("failed", self.tr("不合格数")),
            ]
        )
        self.summary.setAccessibleName("中队评查汇总")
        split.addWidget(self.summary)
        split.setSizes([180, 420, 120])
        outer.addWidget(split, 1)
        self.reload()

    def reload(self) -> None:
        Op(self, casefile_eval.candidates, self.session, include_open=self.include_open.isChecked()).success(
            lambda rows: self.cases.set_records(
                [
                    {
                        **r,
                        "case_no": r["case_no"] or self.tr("（未立案）"),
                        "state_label": state_label(r["state"]),
                        "last_score": f"{r['last_total']:g} {casefile_text(r['last_grade'])}"
                        if r["last_grade"]
                        else "",
                    }
                    for r in rows
                ],
                status_key=None,
            )
        ).failure(self.guard.show_error).run()
        Op(self, casefile_eval.summary, self.session, since=self.period.currentData()).success(
            lambda rows: self.summary.set_records(
                [{**r, "excellent": f"{r['excellent_share']:.0%}"} for r in rows], status_key=None
            )
        ).run()

    def _open_selected(self) -> None:
        rows = self.cases.selectionModel().selectedRows()
        if rows:
            self.open_case(self.cases.records[rows[0].row()]["case_id"])

    def open_case(self, case_id: str) -> None:
        self.guard.clear_error()
        self.case_id = case_id
        Op(self, casefile_eval.inputs, self.session, case_id).success(self._loaded).failure(
            self.guard.show_error
        ).run()

    def _loaded(self, inputs: dict[str, Any]) -> None:
        self.inputs = inputs
        case = inputs["case"]
        self.heading.setText(
            self.tr("{0}　{1}　{2}").format(
                case.get("case_no") or self.tr("（未立案）"),
                case.get("matter_name", ""),
                casefile_text(inputs["model"]["name"]),
            )
        )
        self.save_button.setEnabled(inputs["closed"])
        marks = {True: "✔", False: "✘", None: "…"}
        checks = [f"{marks[c['ok']]} {words(c.get('label_parts'), c['label'])}" for c in inputs["date_order"]]
        self.dates.setText(self.tr("日期顺序与期限：") + "　".join(checks))
        self.dates.setToolTip("\n".join(checks))  # one check a line
        # The line wraps: lay the sheet out now, so the label is as tall as its wrapped lines from the first
        # paint (and in a grab taken before the event loop runs), not one line tall with the rest cut off.
        self.dates.updateGeometry()
        if (holder := self.dates.parentWidget()) is not None and (layout := holder.layout()) is not None:
            layout.activate()
        model, found = inputs["model"], inputs["findings"]
        rows = [(i, "veto") for i in model["veto"]] + [(i, t) for t in ("content", "form") for i in model[t]]
        self.sheet.setRowCount(len(rows))
        self.editors = {}
        for r, (item, tier) in enumerate(rows):
            f = found.get(item["code"], {})
            cells = [
                item["code"],
                self.tr(str(_TIER[tier])),
                casefile_text(item["label"]),
                "" if tier == "veto" else str(item["points"]),
                "",
                words(f.get("note_parts"), f.get("note", ""))
                + (self.tr("（自动）") if item["code"] in found else ""),
            ]
            for c, text in enumerate(cells):
                self.sheet.setItem(r, c, QTableWidgetItem(text))
            if tier == "veto":
                box = QCheckBox(self.tr("否决"))
                box.setChecked(bool(f.get("hit")))
                box.toggled.connect(self._recompute)
                editor: QCheckBox | QDoubleSpinBox = box
            else:
                spin = QDoubleSpinBox()
                spin.setRange(0, item["points"])
                spin.setSingleStep(0.5)
                spin.setValue(float(f.get("deduction", 0)))
                spin.valueChanged.connect(self._recompute)
                editor = spin
            self.sheet.setCellWidget(r, 4, editor)
            self.editors[item["code"]] = editor
        self.sheet.setColumnWidth(2, 360)
        self._recompute()

    def overrides(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for code, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[code] = {"hit": editor.isChecked()}
            else:
                out[code] = {"deduction": editor.value()}
        return out

    def set_deduction(self, code: str, value: float) -> None:
        editor = self.editors[code]
        if not isinstance(editor, QDoubleSpinBox):
            raise TypeError(f"{code} is a veto item, it has no deduction")
        editor.setValue(value)

    def set_veto(self, code: str, hit: bool) -> None:
        editor = self.editors[code]
        if not isinstance(editor, QCheckBox):
            raise TypeError(f"{code} is a deduction item, not a veto")
        editor.setChecked(hit)

    def _recompute(self, *_args: Any) -> None:
        if not self.inputs:
            return
        sheet = casefile_eval.score(self.inputs["model"], self.inputs["findings"], self.overrides())
        colour = {"优秀": "#0f5132", "不合格": "#842029"}.get(sheet.grade, "#084298")
        self.total.setText(
            self.tr("得分：{0}　等次：{1}{2}").format(
                f"{sheet.total:g}", casefile_text(sheet.grade), self.tr("（否决项）") if sheet.veto else ""
            )
        )
        self.total.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {colour};")

    def save(self, *, mock: bool) -> None:
        if not self.case_id:
            return
        self.guard.clear_error()
        Op(
            self,
            casefile_eval.evaluate,
            self.session,
            self.case_id,
            overrides=self.overrides(),
            mock=mock,
            note=self.note.text(),
        ).success(self._saved).failure(self.guard.show_error).run()

    def _saved(self, result: dict[str, Any]) -> None:
        kind = self.tr("模拟评查") if result["mock"] else self.tr("正式评查")
        self.total.setText(
            self.tr("已保存{0}：{1}分，{2}").format(
                kind, f"{result['total_score']:g}", casefile_text(result["grade"])
            )
        )
        self.changed.emit()
        self.reload()
