"""The register of electronic monitoring devices (电子技术监控设备, 行政处罚法第四十一条): list, add, correct, retire."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.permissions import Action
from inspector.services import monitoring
from inspector.station import Session
from ui.messages import describe, show_error
from ui.widgets.list_table import list_table

# The kinds the form offers (inspector.services.monitoring.KINDS), shown in the interface language and stored
# in Chinese; a kind typed in is stored as typed.
KIND_WORDS = {
    "视频监控": QT_TRANSLATE_NOOP("DevicesPanel", "视频监控"),
    "违法停车抓拍": QT_TRANSLATE_NOOP("DevicesPanel", "违法停车抓拍"),
    "渣土车辆识别": QT_TRANSLATE_NOOP("DevicesPanel", "渣土车辆识别"),
    "占道经营识别": QT_TRANSLATE_NOOP("DevicesPanel", "占道经营识别"),
    "噪声监测": QT_TRANSLATE_NOOP("DevicesPanel", "噪声监测"),
}


class _Dated(QWidget):
    """A step with a date and its reference (a review, or the publication), ticked when it has been done."""

    def __init__(self, name: str, label: str, ref_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.done = QCheckBox(label)
        self.done.setObjectName(f"{name}Done")
        self.day = QDateEdit()
        self.day.setObjectName(f"{name}Date")
        self.day.setAccessibleName(label)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.ref = QLineEdit()
        self.ref.setObjectName(f"{name}Ref")
        self.ref.setAccessibleName(ref_label)
        self.ref.setPlaceholderText(ref_label)
        self.ref.setMaxLength(monitoring.REF_MAX)
        row.addWidget(self.done)
        row.addWidget(self.day)
        row.addWidget(self.ref, 1)
        self.done.toggled.connect(self._toggled)
        self.set(None, "")

    def _toggled(self, on: bool) -> None:
        self.day.setEnabled(on)
        self.ref.setEnabled(on)

    def set(self, day: str | None, ref: str) -> None:
        self.done.setChecked(bool(day))
        today = clock.today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(
            QDate.fromString(day, "yyyy-MM-dd") if day else QDate(today.year, today.month, today.day)
        )
        self.ref.setText(ref)
        self._toggled(bool(day))

    def values(self) -> tuple[str | None, str]:
        if not self.done.isChecked():
            return None, ""
        return self.day.date().toString("yyyy-MM-dd"), self.ref.text()


class DevicesPanel(QWidget):
    """The station's monitoring devices; administrators register one or correct, retire or restore the selected one.

    Signals:
        changed(): a device was saved.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("devicesPanel")
        self.manage = session.can(Action.ORG_MANAGE)
        self.editing: dict[str, Any] | None = None
        self._devices: dict[str, dict[str, Any]] = {}
        layout = QVBoxLayout(self)
        self.table = list_table(
            "devicesTable",
            self.tr("监控设备列表"),
            [
                self.tr("设备编号"),
                self.tr("设备类型"),
                self.tr("设置地点"),
                self.tr("法制审核日期"),
                self.tr("技术审核日期"),
                self.tr("地点公布日期"),
                self.tr("状态"),
            ],
        )
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):  # the location takes the room the others leave
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch if column == 2 else QHeaderView.ResizeMode.ResizeToContents,
            )
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("devicesMessage")
        self.message.setWordWrap(True)
        if self.manage:
            row = QHBoxLayout()
            row.addWidget(self._form(), 3)
            row.addWidget(self._note(), 2)
            layout.addLayout(row)
            self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.message)
        self.reload()

    def _note(self) -> QLabel:
        note = QLabel(
            self.tr(
                "《中华人民共和国行政处罚法》第四十一条：利用电子技术监控设备收集、固定违法事实的，"
                "设备应当经过法制和技术审核，确保符合标准、设置合理、标志明显，设置地点应当向社会公布。"
                "未登记、已停用、缺少任一审核，或在记录时设置地点尚未公布的设备，其记录不能登记为非现场执法线索。"
                "每条记录还须经中队长审核（真实、清楚、完整、准确）后方可立案。"
            )
        )
        note.setObjectName("devicesLegalNote")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignTop)
        note.setStyleSheet("color: #555;")
        return note

    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("设备信息"))
        form = QFormLayout(box)
        self.code = QLineEdit()
        self.code.setObjectName("deviceCode")
        self.code.setAccessibleName(self.tr("设备编号"))
        self.code.setMaxLength(monitoring.CODE_MAX)
        self.kind = QComboBox()
        self.kind.setObjectName("deviceKind")
        self.kind.setAccessibleName(self.tr("设备类型"))
        self.kind.setEditable(True)
        typed = self.kind.lineEdit()
        if typed is not None:
            typed.setAccessibleName(self.tr("设备类型"))
        for kind in monitoring.KINDS:
            self.kind.addItem(self._kind_label(kind), kind)
        self.location = QLineEdit()
        self.location.setObjectName("deviceLocation")
        self.location.setAccessibleName(self.tr("设置地点"))
        self.location.setMaxLength(monitoring.LOCATION_MAX)
        self.legal = _Dated("legalReview", self.tr("已经法制审核"), self.tr("法制审核文号"))
        self.tech = _Dated("techReview", self.tr("已经技术审核"), self.tr("技术审核报告编号"))
        self.published = _Dated(
            "published", self.tr("设置地点已公布"), self.tr("公布途径（如区政府门户网站）")
        )
        self.active = QCheckBox(self.tr("在用（其记录可登记为非现场执法线索）"))
        self.active.setObjectName("deviceActive")
        self.add_button = QPushButton(self.tr("登记新设备"))
        self.add_button.setObjectName("addDevice")
        self.add_button.clicked.connect(self._add)
        self.save_button = QPushButton(self.tr("保存对所选设备的修改"))
        self.save_button.setObjectName("saveDevice")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        form.addRow(self.tr("设备编号"), self.code)
        form.addRow(self.tr("设备类型"), self.kind)
        form.addRow(self.tr("设置地点"), self.location)
        form.addRow(self.tr("法制审核"), self.legal)
        form.addRow(self.tr("技术审核"), self.tech)
        form.addRow(self.tr("地点公布"), self.published)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._clear()
        return box

    def _status(self, device: dict[str, Any]) -> str:
        lacks = monitoring.missing(device)
        if not device["active"]:
            return self.tr("已停用")
        if not lacks:
            return self.tr("可用于非现场执法")
        words = {
            "legal_review": self.tr("法制审核"),
            "tech_review": self.tr("技术审核"),
            "published": self.tr("地点公布"),
        }
        return self.tr("尚缺：%1").replace("%1", self.tr("、").join(words[c] for c in lacks))

    def reload(self) -> None:
        devices = monitoring.list_devices(self.session)
        self.table.setRowCount(len(devices))
        for r, device in enumerate(devices):
            status = self._status(device)
            for c, text in enumerate(
                (
                    device["code"],
                    self._kind_label(device["kind"]),
                    device["location"],
                    device["legal_review_on"],
                    device["tech_review_on"],
                    device["published_on"],
                    status,
                )
            ):
                item = QTableWidgetItem(text or "—")
                item.setData(Qt.ItemDataRole.UserRole, device["id"])
                # the review's reference or where the location was published: on hover and in the form
                reference = {3: "legal_review_ref", 4: "tech_review_ref", 5: "published_where"}.get(c)
                if reference and device[reference]:
                    item.setToolTip(device[reference])
                if c == 6 and status != self.tr("可用于非现场执法"):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        self._devices = {d["id"]: d for d in devices}

    def select(self, device_id: str) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == device_id:
                self.table.selectRow(r)
                return

    def _selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        device = self._devices.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.editing = device
        self.save_button.setEnabled(device is not None)
        if device is None:
            return
        self.code.setText(device["code"])
        found = self.kind.findData(device["kind"])
        if found >= 0:
            self.kind.setCurrentIndex(found)
        else:
            self.kind.setCurrentText(device["kind"])
        self.location.setText(device["location"])
        self.legal.set(device["legal_review_on"], device["legal_review_ref"])
        self.tech.set(device["tech_review_on"], device["tech_review_ref"])
        self.published.set(device["published_on"], device["published_where"])
        self.active.setChecked(bool(device["active"]))

    def _clear(self) -> None:
        self.code.clear()
        self.location.clear()
        for part in (self.legal, self.tech, self.published):
            part.set(None, "")
        self.active.setChecked(True)

    def _kind_label(self, kind: str) -> str:
        return self.tr(str(KIND_WORDS[kind])) if kind in KIND_WORDS else kind

    def _kind(self) -> str:
        """The kind as stored: an offered kind in Chinese whatever the interface language, else as typed."""
        index = self.kind.currentIndex()
        if index >= 0 and self.kind.currentText() == self.kind.itemText(index):
            return str(self.kind.itemData(index))
        return self.kind.currentText()

    def _values(self) -> dict[str, Any]:
        legal_on, legal_ref = self.legal.values()
        tech_on, tech_ref = self.tech.values()
        published_on, published_where = self.published.values()
        return {
            "code": self.code.text(),
            "kind": self._kind(),
            "location": self.location.text(),
            "legal_review_on": legal_on,
            "legal_review_ref": legal_ref,
            "tech_review_on": tech_on,
            "tech_review_ref": tech_ref,
            "published_on": published_on,
            "published_where": published_where,
        }

    def _add(self) -> None:
        try:
            row = monitoring.add_device(self.session, **self._values())
        except Exception as exc:
            self._failed(exc)
            return
        self._saved(row, self.tr("已登记设备：%1（%2）"))

    def _save(self) -> None:
        if self.editing is None:
            return
        try:
            row = monitoring.update_device(
                self.session, self.editing["id"], active=self.active.isChecked(), **self._values()
            )
        except Exception as exc:
            self._failed(exc)
            return
        self._saved(row, self.tr("已保存：%1（%2）"))

    def _saved(self, row: dict[str, Any], template: str) -> None:
        self.reload()
        self.select(row["id"])
        self._say(template.replace("%1", row["code"]).replace("%2", self._status(row)), ok=True)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if describe(exc) is None:
            show_error(self, exc)
            return
        self._say(describe(exc) or "", ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.message.setText(text)
