"""The rubric editor (考评细则): weights, points, parameters, veto items, star lines, gate and targets in a form.

It also says what a total does with items that had no data (rescale or zero, rating_rules.NO_DATA_MODES).
Saving stores a new version (the old ones stay, and every rating names the version it used). Only a user
who may edit ratings can save; others see the rubric read-only.

Signals:
    saved(str): the new version label.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.law import rating_rules
from inspector.permissions import Action
from inspector.services import rating
from ui.messages import show_error
from ui.translations import rating_message, rubric_text
from ui.widgets.list_table import cell_text

# The one editable parameter of each metric that has one: (key, label, minimum, maximum, decimals, step)
PARAMS = {
    "decision_on_time": ("days", QT_TRANSLATE_NOOP("RubricEditor", "期限（日）"), 1, 365, 0, 1),
    "clue_on_time": ("days", QT_TRANSLATE_NOOP("RubricEditor", "期限（日）"), 1, 365, 0, 1),
    "decisions_overturned": ("per", QT_TRANSLATE_NOOP("RubricEditor", "每件扣分"), 0, 100, 1, 0.5),
    "valid_complaints": ("per", QT_TRANSLATE_NOOP("RubricEditor", "每千件每件扣分"), 0, 100, 1, 0.5),
    "joint_inspections": ("target", QT_TRANSLATE_NOOP("RubricEditor", "目标占比"), 0.01, 1, 2, 0.05),
    "soft_enforcement": ("target", QT_TRANSLATE_NOOP("RubricEditor", "目标占比"), 0.01, 1, 2, 0.05),
    "training_hours": ("hours_per_year", QT_TRANSLATE_NOOP("RubricEditor", "每人每年学时"), 1, 1000, 0, 1),
}


def _spin(
    value: float, lo: float, hi: float, decimals: int = 1, step: float = 1.0, name: str = ""
) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setValue(float(value))
    box.setAccessibleName(name)
    return box


class RubricEditor(QDialog):
    """Edit the current rubric and save it as a new version."""

    saved = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rubric = rating.current_rubric(session)
        self.payload = copy.deepcopy(rating_rules.to_dict(self.rubric))
        editable = session.can(Action.RATING_EDIT)
        self.setWindowTitle(self.tr("考评细则"))
        self.setAccessibleName(self.tr("考评细则"))
        outer = QVBoxLayout(self)
        outer.addWidget(
            QLabel(
                self.tr("当前版本：%1 %2　%3")
                .replace("%1", self.rubric.rubric)
                .replace("%2", self.rubric.version)
                .replace("%3", rubric_text(self.rubric.title))
            )
        )
        source = QLabel(rubric_text(self.rubric.source))
        source.setWordWrap(True)
        source.setStyleSheet("color: #666")
        outer.addWidget(source)

        dims = QGroupBox(self.tr("维度分值（合计应为100）"))
        dim_row = QHBoxLayout(dims)
        self.weights: dict[str, QDoubleSpinBox] = {}
        for d in self.payload["dimensions"]:
            self.weights[d["code"]] = _spin(d["weight"], 0, 100, 1, 1, f"{d['code']} {d['name']}分值")
            dim_row.addWidget(QLabel(f"{d['code']} {rubric_text(d['name'])}"))
            dim_row.addWidget(self.weights[d["code"]])
        outer.addWidget(dims)

        self.metrics = QTableWidget(0, 5)
        self.metrics.setAccessibleName(self.tr("考评指标"))
        self.metrics.setHorizontalHeaderLabels(
            [self.tr("指标"), self.tr("名称"), self.tr("计分方法"), self.tr("分值"), self.tr("参数")]
        )
        self.metrics.verticalHeader().setVisible(False)
        self.metrics.horizontalHeader().setStretchLastSection(True)
        self.points: dict[str, QDoubleSpinBox] = {}
        self.params: dict[str, QDoubleSpinBox] = {}
        for d in self.payload["dimensions"]:
            for m in d["metrics"]:
                row = self.metrics.rowCount()
                self.metrics.insertRow(row)
                method = rating_message(rating_rules.METHOD_LABELS[m["method"]])
                for col, text in enumerate((m["code"], rubric_text(m["name"]), method)):
                    item = QTableWidgetItem(text)
                    if col != 1 or not editable:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.metrics.setItem(row, col, item)
                self.points[m["code"]] = _spin(m["points"], 0, 100, 1, 0.5, f"{m['code']}分值")
                self.metrics.setCellWidget(row, 3, self.points[m["code"]])
                spec = PARAMS.get(m["metric"])
                if spec:
                    key, label, lo, hi, dec, step = spec
                    box = _spin(m.get("params", {}).get(key, lo), lo, hi, dec, step, f"{m['code']}{label}")
                    box.setPrefix(f"{self.tr(str(label))} ")
                    self.params[m["code"]] = box
                    self.metrics.setCellWidget(row, 4, box)
        self.metrics.resizeColumnsToContents()
        outer.addWidget(self.metrics, 1)

        lower = QGridLayout()
        stars = QGroupBox(self.tr("星级分数线"))
        stars_form = QFormLayout(stars)
        self.star_lines: dict[int, QDoubleSpinBox] = {}
        for s in self.payload["stars"]:
            self.star_lines[s["stars"]] = _spin(s["min"], 0, 100, 1, 0.5, f"{s['stars']}星分数线")
            stars_form.addRow(f"{'★' * s['stars']} ≥", self.star_lines[s["stars"]])
        lower.addWidget(stars, 0, 0)
        vetoes = QGroupBox(self.tr("一票否决"))
        veto_box = QVBoxLayout(vetoes)
        self.veto_checks: dict[str, QCheckBox] = {}
        current = {v["metric"]: v for v in self.payload["vetoes"]}
        for i, (metric, label) in enumerate(rating_rules.VETO_METRICS.items()):
            name = current.get(metric, {}).get("name", label)
            shown = rating_message(name) if name == label else rubric_text(name)
            check = QCheckBox(shown)
            check.setProperty("name", name)  # what is saved while the shown (translated) words are unchanged
            check.setChecked(metric in current)
            check.setAccessibleName(label)
            check.setProperty("code", current.get(metric, {}).get("code", f"V{i + 1}"))
            self.veto_checks[metric] = check
            veto_box.addWidget(check)
        self.veto_max = QSpinBox()
        self.veto_max.setRange(0, 5)
        self.veto_max.setValue(self.payload["veto_max_stars"])
        self.veto_max.setAccessibleName(self.tr("否决后最高星级"))
        max_row = QHBoxLayout()
        max_row.addWidget(QLabel(self.tr("触发后最高星级")))
        max_row.addWidget(self.veto_max)
        veto_box.addLayout(max_row)
        lower.addWidget(vetoes, 0, 1)
        other = QGroupBox(self.tr("规范化条件与全市目标"))
        form = QFormLayout(other)
        self.min_certified = QSpinBox()
        self.min_certified.setRange(0, 100)
        self.min_certified.setValue(self.payload["gate"]["min_certified"])
        self.min_certified.setAccessibleName(self.tr("最少持证人数"))
        form.addRow(self.tr("持有效执法证人员不少于（名）"), self.min_certified)
        self.unrecorded = QCheckBox(self.tr("未核查的规范化条件视为达标"))
        self.unrecorded.setChecked(self.payload["gate"]["unrecorded_passes"])
        form.addRow(self.unrecorded)
        self.five_target = _spin(
            self.payload["targets"].get("five_star_share", 0.5) * 100, 0, 100, 0, 5, "五星级目标"
        )
        self.five_target.setSuffix(" %")
        self.rated_target = _spin(
            self.payload["targets"].get("rated_share", 0.9) * 100, 0, 100, 0, 5, "星级目标"
        )
        self.rated_target.setSuffix(" %")
        form.addRow(self.tr("五星级中队占比目标"), self.five_target)
        form.addRow(self.tr("星级中队占比目标"), self.rated_target)
        lower.addWidget(other, 0, 2)
        # Items measured only from reviews (案卷评查, 法制审核) with none in the period: what the total does.
        no_data = QGroupBox(self.tr("无数据的指标（案卷评查、法制审核类指标在考评期内没有记录时）"))
        no_data_row = QHBoxLayout(no_data)
        self.no_data = QComboBox()
        for mode, label in rating_rules.NO_DATA_MODES.items():
            self.no_data.addItem(rating_message(label), mode)
        self.no_data.setCurrentIndex(max(0, self.no_data.findData(self.payload.get("no_data"))))
        self.no_data.setAccessibleName(self.tr("无数据指标的处理"))
        no_data_row.addWidget(self.no_data, 1)
        no_data_row.addWidget(QLabel(self.tr("有数据的指标少于总分的")))
        self.no_data_min = _spin(
            float(self.payload.get("no_data_min_share", rating_rules.NO_DATA_MIN_SHARE)) * 100,
            0,
            100,
            0,
            5,
            self.tr("有数据指标的最低占比"),
        )
        self.no_data_min.setSuffix(" %")
        no_data_row.addWidget(self.no_data_min)
        no_data_row.addWidget(QLabel(self.tr("时不定星（仅折算时）")))
        self.no_data.currentIndexChanged.connect(
            lambda _i: self.no_data_min.setEnabled(editable and self.no_data.currentData() == "rescale")
        )
        lower.addWidget(no_data, 1, 0, 1, 3)
        outer.addLayout(lower)

        save_row = QFormLayout()
        self.version = QLineEdit(rating.next_version(session, self.rubric))
        self.version.setAccessibleName(self.tr("新版本号"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("修订说明"))
        save_row.addRow(self.tr("新版本号"), self.version)
        save_row.addRow(self.tr("修订说明"), self.note)
        outer.addLayout(save_row)
        history = QLabel(
            self.tr("历史版本：")
            + self.tr("；").join(
                self.tr("{0}（{1}）").format(v["rub_version"], self._note(v))
                if v["note"]
                else v["rub_version"]
                for v in rating.rubric_versions(session)
            )
        )
        history.setWordWrap(True)
        history.setAccessibleName(self.tr("历史版本"))
        outer.addWidget(history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存为新版本"))
        self.save_button.setAccessibleName(self.tr("保存为新版本"))
        self.save_button.setEnabled(editable)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for w in (
            *self.weights.values(),
            *self.points.values(),
            *self.params.values(),
            *self.star_lines.values(),
            *self.veto_checks.values(),
            self.veto_max,
            self.min_certified,
            self.unrecorded,
            self.five_target,
            self.rated_target,
            self.no_data,
            self.version,
            self.note,
        ):
            w.setEnabled(editable)
        self.no_data_min.setEnabled(editable and self.no_data.currentData() == "rescale")
        self.resize(900, 760)

    @staticmethod
    def _note(version: dict[str, Any]) -> str:
        """A version's note: the administrator's words, or the program's own for the built-in version."""
        return rating_message(version["note"]) if not version.get("created_at") else version["note"]

    def edited_payload(self) -> dict[str, Any]:
        """The rubric as the form now shows it."""
        p = copy.deepcopy(self.payload)
        p["version"] = self.version.text().strip()
        row = 0
        for d in p["dimensions"]:
            d["weight"] = self.weights[d["code"]].value()
            for m in d["metrics"]:
                typed = cell_text(self.metrics, row, 1).strip()
                m["name"] = m["name"] if typed in ("", rubric_text(m["name"])) else typed
                m["points"] = self.points[m["code"]].value()
                if m["code"] in self.params:
                    key = PARAMS[m["metric"]][0]
                    m.setdefault("params", {})[key] = self.params[m["code"]].value()
                row += 1
        p["stars"] = [
            {"stars": s, "min": box.value()} for s, box in sorted(self.star_lines.items(), reverse=True)
        ]
        p["vetoes"] = [
            {"code": c.property("code"), "name": c.property("name"), "metric": metric}
            for metric, c in self.veto_checks.items()
            if c.isChecked()
        ]
        p["veto_max_stars"] = self.veto_max.value()
        p["gate"]["min_certified"] = self.min_certified.value()
        p["gate"]["unrecorded_passes"] = self.unrecorded.isChecked()
        p["no_data"] = self.no_data.currentData()
        p["no_data_min_share"] = round(self.no_data_min.value() / 100, 4)
        p["targets"] = {
            "five_star_share": round(self.five_target.value() / 100, 4),
            "rated_share": round(self.rated_target.value() / 100, 4),
        }
        return p

    def save(self) -> bool:
        try:
            rubric = rating.save_rubric(self.session, self.edited_payload(), note=self.note.text().strip())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.saved.emit(rubric.version)
        self.accept()
        return True
