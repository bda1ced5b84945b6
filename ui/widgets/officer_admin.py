"""Officers (执法人员) with their certificate number and expiry: list, add, correct, and who uses which account."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.permissions import Action
from inspector.services import org
from inspector.station import Session
from ui.messages import describe, show_error
from ui.widgets.list_table import list_table


class OfficersPanel(QWidget):
    """The station's officers; administrators add one or correct the selected one."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("officersPanel")
        self.manage = session.can(Action.ORG_MANAGE)
        self.squads = {s["id"]: s for s in org.list_squads(session)}
        self.editing: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.table = list_table(
            "officersTable",
            self.tr("执法人员列表"),
            [
                self.tr("姓名"),
                self.tr("执法证号"),
                self.tr("有效期至"),
                self.tr("中队"),
                self.tr("状态"),
                self.tr("使用账户"),
            ],
        )
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("officersMessage")
        self.message.setWordWrap(True)
        if self.manage:
            layout.addWidget(self._form())
            self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.message)
        self.reload()

    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("执法人员信息"))
        box.setMaximumWidth(620)
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setObjectName("officerName")
        self.name.setAccessibleName(self.tr("姓名"))
        self.cert_no = QLineEdit()
        self.cert_no.setObjectName("officerCertNo")
        self.cert_no.setAccessibleName(self.tr("执法证号"))
        self.cert_no.setMaxLength(32)
        self.expiry = QDateEdit()
        self.expiry.setObjectName("officerCertExpiry")
        self.expiry.setAccessibleName(self.tr("执法证有效期至"))
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.squad = QComboBox()
        self.squad.setObjectName("officerSquad")
        self.squad.setAccessibleName(self.tr("中队"))
        self.squad.addItem(self.tr("（不属于中队）"), None)
        for squad in self.squads.values():
            self.squad.addItem(squad["name"], squad["id"])
        self.active = QCheckBox(self.tr("在岗（可在检查和案件中选用）"))
        self.active.setObjectName("officerActive")
        self.active.setChecked(True)
        self.add_button = QPushButton(self.tr("新增执法人员"))
        self.add_button.setObjectName("addOfficer")
        self.add_button.clicked.connect(self._add)
        self.save_button = QPushButton(self.tr("保存对所选人员的修改"))
        self.save_button.setObjectName("saveOfficer")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("执法证号"), self.cert_no)
        form.addRow(self.tr("有效期至"), self.expiry)
        form.addRow(self.tr("中队"), self.squad)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._clear()
        return box

    def reload(self) -> None:
        officers = org.list_officers(self.session)
        accounts = org.accounts_by_officer(self.session)
        today = clock.today().isoformat()
        self.table.setRowCount(len(officers))
        for r, officer in enumerate(officers):
            squad = self.squads.get(officer["squad_id"] or "")
            if not officer["active"]:
                state = self.tr("停用")
            elif officer["cert_expiry"] < today:
                state = self.tr("证件过期")
            else:
                state = self.tr("有效")
            for c, text in enumerate(
                (
                    officer["name"],
                    officer["cert_no"],
                    officer["cert_expiry"],
                    squad["name"] if squad else "",
                    state,
                    accounts.get(officer["id"], ""),
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, officer["id"])
                if c == 4 and state != self.tr("有效"):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        self._officers = {o["id"]: o for o in officers}

    def select(self, officer_id: str) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == officer_id:
                self.table.selectRow(r)
                return

    def _selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        officer = self._officers.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.editing = officer
        self.save_button.setEnabled(officer is not None)
        if officer is None:
            return
        self.name.setText(officer["name"])
        self.cert_no.setText(officer["cert_no"])
        self.expiry.setDate(QDate.fromString(officer["cert_expiry"], "yyyy-MM-dd"))
        self.squad.setCurrentIndex(max(0, self.squad.findData(officer["squad_id"])))
        self.active.setChecked(bool(officer["active"]))

    def _clear(self) -> None:
        self.name.clear()
        self.cert_no.clear()
        future = clock.today() + dt.timedelta(days=365 * 3)
        self.expiry.setDate(QDate(future.year, future.month, future.day))
        self.active.setChecked(True)

    def _values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "cert_no": self.cert_no.text(),
            "cert_expiry": self.expiry.date().toString("yyyy-MM-dd"),
            "squad_id": self.squad.currentData(),
        }

    def _add(self) -> None:
        try:
            row = org.create_officer(self.session, **self._values())
        except Exception as exc:
            self._failed(exc)
            return
        self.reload()
        self.select(row["id"])
        self._say(
            self.tr("已新增执法人员：%1（%2）").replace("%1", row["name"]).replace("%2", row["cert_no"]),
            ok=True,
        )
        self.changed.emit()

    def _save(self) -> None:
        if self.editing is None:
            return
        try:
            row = org.update_officer(
                self.session, self.editing["id"], active=self.active.isChecked(), **self._values()
            )
        except Exception as exc:
            self._failed(exc)
            return
        self.reload()
        self.select(row["id"])
        self._say(
            self.tr("已保存：%1（%2）").replace("%1", row["name"]).replace("%2", row["cert_no"]), ok=True
        )
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if describe(exc) is None:
            show_error(self, exc)
            return
        self._say(describe(exc) or "", ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.message.setText(text)
