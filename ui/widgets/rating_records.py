"""Forms for the records the rating reads that the case data does not hold: training hours, incidents
(valid complaints, discipline, court losses, public-opinion events) and 规范化 gate checks.

Signals:
    saved(str): which record was saved ("training", "incident" or "gate").
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.services import org, rating
from ui.messages import show_error
from ui.translations import rating_message, rubric_text


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


class RatingRecords(QDialog):
    """Three small forms in tabs; each saves through its use case and says what was recorded."""

    saved = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("登记考评记录"))
        self.setAccessibleName(self.tr("登记考评记录"))
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        squads = rating.visible_squads(session)

        training = QWidget()
        form = QFormLayout(training)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("执法人员"))
        for o in org.list_officers(session):
            self.officer.addItem(self.tr("{0}（{1}）").format(o["name"], o["cert_no"]), o["id"])
        self.training_date = _date_edit(self.tr("培训日期"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 200)
        self.hours.setValue(4)
        self.hours.setSuffix(self.tr(" 学时"))
        self.hours.setAccessibleName(self.tr("学时"))
        self.course = QLineEdit()
        self.course.setAccessibleName(self.tr("课程"))
        form.addRow(self.tr("执法人员"), self.officer)
        form.addRow(self.tr("培训日期"), self.training_date)
        form.addRow(self.tr("学时"), self.hours)
        form.addRow(self.tr("课程"), self.course)
        self.tabs.addTab(training, self.tr("培训学时"))

        incident = QWidget()
        form = QFormLayout(incident)
        self.incident_squad = self._squad_combo(squads, self.tr("中队"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("类型"))
        for key, label in rating.INCIDENT_KINDS.items():
            self.kind.addItem(rating_message(label), key)
        self.incident_date = _date_edit(self.tr("发生日期"))
        self.incident_note = QLineEdit()
        self.incident_note.setAccessibleName(self.tr("事由"))
        form.addRow(self.tr("中队"), self.incident_squad)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("发生日期"), self.incident_date)
        form.addRow(self.tr("事由"), self.incident_note)
        self.tabs.addTab(incident, self.tr("投诉、处分、败诉、舆情"))

        gate = QWidget()
        form = QFormLayout(gate)
        self.gate_squad = self._squad_combo(squads, self.tr("核查中队"))
        self.gate_date = _date_edit(self.tr("核查日期"))
        form.addRow(self.tr("中队"), self.gate_squad)
        form.addRow(self.tr("核查日期"), self.gate_date)
        self.gate_items: dict[str, QCheckBox] = {}
        for item in rating.current_rubric(session).gate.items:
            check = QCheckBox(rubric_text(item.name))
            check.setAccessibleName(item.name)
            self.gate_items[item.code] = check
            form.addRow(check)
        form.addRow(QLabel(self.tr("勾选已达到的条件；未勾选的记为未达到。")))
        self.tabs.addTab(gate, self.tr("规范化条件核查"))

        self.result = QLabel()
        self.result.setAccessibleName(self.tr("登记结果"))
        outer.addWidget(self.result)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("登记"))
        self.save_button.setAccessibleName(self.tr("登记"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(560, 380)

    @staticmethod
    def _squad_combo(squads: list[dict], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for s in squads:
            combo.addItem(s["name"], s["id"])
        return combo

    def save(self) -> bool:
        """Save the form on the current tab."""
        which = ("training", "incident", "gate")[self.tabs.currentIndex()]
        try:
            if which == "training":
                rating.add_training(
                    self.session,
                    officer_id=self.officer.currentData(),
                    on_date=self.training_date.date().toPython(),
                    hours=self.hours.value(),
                    course=self.course.text(),
                )
                text = (
                    self.tr("已登记 %1 培训 %2 学时")
                    .replace("%1", self.officer.currentText())
                    .replace("%2", f"{self.hours.value():g}")
                )
            elif which == "incident":
                rating.record_incident(
                    self.session,
                    squad_id=self.incident_squad.currentData(),
                    kind=self.kind.currentData(),
                    on_date=self.incident_date.date().toPython(),
                    note=self.incident_note.text(),
                )
                text = (
                    self.tr("已登记：%1（%2）")
                    .replace("%1", self.kind.currentText())
                    .replace("%2", self.incident_squad.currentText())
                )
            else:
                rating.record_gate_check(
                    self.session,
                    squad_id=self.gate_squad.currentData(),
                    items={k: c.isChecked() for k, c in self.gate_items.items()},
                    checked_on=self.gate_date.date().toPython(),
                )
                text = self.tr("已登记 %1 规范化条件核查").replace("%1", self.gate_squad.currentText())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.result.setText(text)
        self.saved.emit(which)
        return True
