"""登记线索: open a case from a clue without an inspection (complaint or 12345 hotline, referral, 双随机 draw,
非现场 device record, patrol), with the act date, the end of a continuing act and the discovery date.

Signals:
    opened(dict): the new case row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from inspector import clock
from inspector.law import matters
from inspector.services import case_opening, inspections, monitoring
from ui.tasks import Op
from ui.translations import workflow_text


def _date_edit(name: str) -> QDateEdit:
    w = QDateEdit(QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd"))
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    w.setAccessibleName(name)
    return w


class ClueDialog(QDialog):
    """The clue form; 登记 opens the case through ``case_opening.open_from_clue``."""

    opened = Signal(dict)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("登记线索"))
        self.setAccessibleName(self.tr("登记线索"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.source = QComboBox()
        self.source.setAccessibleName("案件来源")
        for key, (label, _) in case_opening.SOURCES.items():
            self.source.addItem(workflow_text(label), key)
        self.source.currentIndexChanged.connect(self._source_changed)
        form.addRow(self.tr("案件来源"), self.source)
        # a 非现场 record: the registered device that made it (Art. 41 ¶1), then its number and time
        self.device = QComboBox()
        self.device.setAccessibleName("监控设备")
        devices = monitoring.list_devices(session, active_only=True)
        if not devices:
            self.device.addItem(self.tr("（尚未登记监控设备：请系统管理员在“设置 → 监控设备”中登记）"), None)
        for d in devices:
            label = self.tr("{0} {1}（{2}）").format(d["code"], d["kind"], d["location"])
            if monitoring.missing(d):
                label += self.tr("【审核或公布未登记】")
            self.device.addItem(label, d["code"])
        self.recorded_at = QDateTimeEdit(
            QDateTime(QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd"), QTime(8, 0))
        )
        self.recorded_at.setCalendarPopup(True)
        self.recorded_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.recorded_at.setAccessibleName("记录时间")
        self.device_rows = [
            (QLabel(self.tr("监控设备（第四十一条）")), self.device),
            (QLabel(self.tr("记录时间")), self.recorded_at),
        ]
        for caption, field in self.device_rows:
            form.addRow(caption, field)
        self.reference = QLineEdit()
        self.reference.setAccessibleName("来源记录")
        self.reference_label = QLabel()
        form.addRow(self.reference_label, self.reference)
        # a complaint (or a 12345 call): who complained and how to reach them, or anonymous, said explicitly
        self.anonymous = QCheckBox(self.tr("匿名投诉（不登记投诉人和联系方式）"))
        self.anonymous.setAccessibleName("匿名投诉")
        self.anonymous.toggled.connect(self._anonymous_changed)
        self.complainant = QLineEdit()
        self.complainant.setAccessibleName("投诉人")
        self.complainant_contact = QLineEdit()
        self.complainant_contact.setAccessibleName("投诉人联系方式")
        self.complainant_contact.setPlaceholderText(self.tr("手机或座机（区号-号码）"))
        self.complaint_rows = [
            (QLabel(self.tr("投诉人")), self.complainant),
            (QLabel(self.tr("联系方式")), self.complainant_contact),
            (QLabel(""), self.anonymous),
        ]
        for caption, field in self.complaint_rows:
            form.addRow(caption, field)
        self.matter = QComboBox()
        self.matter.setEditable(True)
        self.matter.setAccessibleName("执法事项")
        for m in matters.catalogue():
            self.matter.addItem(self.tr("{0}（{1}）").format(m.name, m.code), m.code)
        form.addRow(self.tr("执法事项"), self.matter)
        self.address = QLineEdit()
        self.address.setAccessibleName("违法地点")
        form.addRow(self.tr("违法地点"), self.address)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName("线索内容")
        self.summary.setMaximumHeight(70)
        form.addRow(self.tr("线索内容"), self.summary)
        self.act_date = _date_edit("违法行为发生日期")
        self.act_end_date = _date_edit("行为终了日期")
        self.discovered_on = _date_edit("发现日期")
        form.addRow(self.tr("违法行为发生日期（第三十六条）"), self.act_date)
        form.addRow(self.tr("连续或继续状态终了日期"), self.act_end_date)
        form.addRow(self.tr("发现日期（第五十四条）"), self.discovered_on)
        self.party_name = QLineEdit()
        self.party_name.setAccessibleName("当事人")
        self.party_kind = QComboBox()
        self.party_kind.setAccessibleName("当事人类型")
        for value, kind in (
            ("person", QT_TRANSLATE_NOOP("ClueDialog", "自然人")),
            ("organisation", QT_TRANSLATE_NOOP("ClueDialog", "法人或其他组织")),
            ("individual_business", QT_TRANSLATE_NOOP("ClueDialog", "个体工商户")),
        ):
            self.party_kind.addItem(self.tr(str(kind)), value)
        self.id_number = QLineEdit()
        self.id_number.setAccessibleName("证件号码")
        self.party_address = QLineEdit()
        self.party_address.setAccessibleName("当事人住址")
        form.addRow(self.tr("当事人（已知时填写）"), self.party_name)
        form.addRow(self.tr("当事人类型"), self.party_kind)
        form.addRow(self.tr("身份证号/统一社会信用代码"), self.id_number)
        form.addRow(self.tr("当事人住址"), self.party_address)
        self.officers = [QComboBox(), QComboBox()]
        people = inspections.eligible_officers(session)
        for i, box in enumerate(self.officers):
            box.setAccessibleName(f"承办人{i + 1}")
            for o in people:
                box.addItem(self.tr("{0}（{1}）").format(o["name"], o["cert_no"]), o["id"])
            form.addRow(self.tr("承办人{0}（持证，第四十二条）").format(i + 1), box)
        mine = session.user.officer_id
        if mine and self.officers[0].findData(mine) >= 0:
            self.officers[0].setCurrentIndex(self.officers[0].findData(mine))
        self.officers[1].setCurrentIndex(
            min(1, self.officers[1].count() - 1) if self.officers[0].currentIndex() != 1 else 0
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName("输入错误")
        self.error.setStyleSheet("color: #842029")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("登记")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)
        self._source_changed()

    def _source_changed(self) -> None:
        source = self.source.currentData()
        detail = case_opening.SOURCES[source][1]
        if not detail:
            self.reference_label.setText(self.tr("来源记录（可空）"))
        elif source in case_opening.REFERENCE_OPTIONAL:
            self.reference_label.setText(self.tr("{0}（可空）").format(workflow_text(detail)))
        else:
            self.reference_label.setText(workflow_text(detail))
        complaint = source in case_opening.COMPLAINT_SOURCES
        for caption, field in self.complaint_rows:
            caption.setVisible(complaint)
            field.setVisible(complaint)
        for caption, field in self.device_rows:
            caption.setVisible(source == "non_contact")
            field.setVisible(source == "non_contact")

    def _anonymous_changed(self, anonymous: bool) -> None:
        for field in (self.complainant, self.complainant_contact):
            field.setEnabled(not anonymous)
            if anonymous:
                field.clear()

    def clue(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source.currentData(),
            "reference": self.reference.text().strip(),
            "matter_code": self.matter.currentData() or "",
            "address": self.address.text().strip(),
            "summary": self.summary.toPlainText().strip(),
            "act_date": self.act_date.date().toString("yyyy-MM-dd"),
            "act_end_date": self.act_end_date.date().toString("yyyy-MM-dd"),
            "discovered_on": self.discovered_on.date().toString("yyyy-MM-dd"),
            "officer_ids": [b.currentData() for b in self.officers if b.currentData()],
        }
        if data["source"] == "non_contact":
            data["device"] = self.device.currentData() or ""
            data["recorded_at"] = self.recorded_at.dateTime().toString("yyyy-MM-dd HH:mm")
        if data["source"] in case_opening.COMPLAINT_SOURCES:
            if self.anonymous.isChecked():
                data["anonymous"] = True
            else:
                data["complainant"] = self.complainant.text().strip()
                data["complainant_contact"] = self.complainant_contact.text().strip()
        if self.party_name.text().strip():
            kind = self.party_kind.currentData()
            data["party"] = {
                "kind": kind,
                "name": self.party_name.text().strip(),
                "id_type": "resident_id" if kind == "person" else "uscc",
                "id_number": self.id_number.text().strip(),
                "address": self.party_address.text().strip(),
            }
        return data

    def submit(self) -> None:
        self.error.clear()
        Op(self, case_opening.open_from_clue, self.session, self.clue()).success(self._opened).failure(
            self._failed
        ).run()

    def _opened(self, case: dict[str, Any]) -> None:
        self.opened.emit(case)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import describe

        text = describe(exc)
        if text is None:
            raise exc
        self.error.setText(text)
        self.adjustSize()  # a refusal with its article and hint takes more than one line
