"""The 设置 section: own password for everyone; settings forms, officers, accounts and reference data for administrators."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.permissions import Action, Role
from inspector.services import org, users
from inspector.station import Session
from ui.messages import describe, local_time, role_label, show_error
from ui.tasks import Op
from ui.widgets.list_table import list_table


def _say(label: QLabel, text: str, *, ok: bool) -> None:
    label.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
    label.setText(text)
    label.show()


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class PasswordForm(QGroupBox):
    """Change the logged-in user's own password (old password required)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("修改密码"))
        form = QFormLayout(self)
        self.old = self._field("oldPassword", self.tr("原密码"))
        self.new = self._field("newPassword", self.tr("新密码"))
        self.confirm = self._field("confirmPassword", self.tr("确认新密码"))
        for text, field in (
            (self.tr("原密码"), self.old),
            (self.tr("新密码"), self.new),
            (self.tr("确认新密码"), self.confirm),
        ):
            form.addRow(text, field)
        self.save = QPushButton(self.tr("修改密码"))
        self.save.setObjectName("changePassword")
        self.save.setAccessibleName(self.tr("修改密码"))
        self.save.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.message = _message_label("passwordMessage")
        form.addRow(self.save)
        form.addRow(self.message)

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _submit(self) -> None:
        if self.new.text() != self.confirm.text():
            _say(self.message, self.tr("两次输入的新密码不一致。"), ok=False)
            return
        self.save.setEnabled(False)
        Op(
            self,
            users.set_password,
            self.session,
            username=self.session.user.username,
            new_password=self.new.text(),
            old_password=self.old.text(),
        ).success(self._done).failure(self._failed).run()

    def _done(self, _result: object) -> None:
        self.save.setEnabled(True)
        for field in (self.old, self.new, self.confirm):
            field.clear()
        _say(self.message, self.tr("密码已修改。"), ok=True)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        from inspector.errors import AuthenticationError

        if isinstance(exc, AuthenticationError):
            _say(self.message, self.tr("原密码不正确。"), ok=False)
        elif describe(exc) is not None:
            _say(self.message, describe(exc) or "", ok=False)
        else:
            show_error(self, exc)


class UsersPanel(QWidget):
    """The station's accounts; administrators add accounts and unlock locked ones."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.manage = session.can(Action.USER_MANAGE)
        self.squads = {s["id"]: s for s in org.list_squads(session)}
        layout = QVBoxLayout(self)
        self.table = list_table(
            "usersTable",
            self.tr("用户列表"),
            [
                self.tr("用户名"),
                self.tr("姓名"),
                self.tr("角色"),
                self.tr("中队"),
                self.tr("状态"),
                self.tr("关联执法人员"),
                self.tr("执法证号"),
            ],
        )
        layout.addWidget(self.table, 1)
        self.message = _message_label("usersMessage")
        if self.manage:
            self.unlock_button = QPushButton(self.tr("解锁所选账户"))
            self.unlock_button.setObjectName("unlockUser")
            self.unlock_button.setAccessibleName(self.tr("解锁所选账户"))
            self.unlock_button.clicked.connect(self._unlock)
            layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self._link_form())
            layout.addWidget(self._add_form())
        layout.addWidget(self.message)
        self.reload()
        self.fill_officers()

    def _add_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("新增用户"))
        box.setMaximumWidth(560)
        form = QFormLayout(box)
        self.new_username = QLineEdit()
        self.new_username.setObjectName("newUsername")
        self.new_username.setAccessibleName(self.tr("用户名"))
        self.new_display = QLineEdit()
        self.new_display.setObjectName("newDisplayName")
        self.new_display.setAccessibleName(self.tr("姓名"))
        self.new_role = QComboBox()
        self.new_role.setObjectName("newRole")
        self.new_role.setAccessibleName(self.tr("角色"))
        for role in Role:
            self.new_role.addItem(role_label(role), str(role))
        self.new_squad = QComboBox()
        self.new_squad.setObjectName("newSquad")
        self.new_squad.setAccessibleName(self.tr("中队"))
        self.new_squad.addItem(self.tr("（不属于中队）"), None)
        for squad in self.squads.values():
            self.new_squad.addItem(squad["name"], squad["id"])
        self.new_officer = QComboBox()
        self.new_officer.setObjectName("newOfficer")
        self.new_officer.setAccessibleName(self.tr("关联执法人员"))
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.new_password.setAccessibleName(self.tr("初始密码"))
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_legal = QCheckBox(self.tr("具有法律职业资格"))
        self.new_legal.setObjectName("newLegal")
        self.new_legal.setAccessibleName(self.tr("具有法律职业资格"))
        self.add_button = QPushButton(self.tr("新增用户"))
        self.add_button.setObjectName("addUser")
        self.add_button.setAccessibleName(self.tr("新增用户"))
        self.add_button.clicked.connect(self._add)
        form.addRow(self.tr("用户名"), self.new_username)
        form.addRow(self.tr("姓名"), self.new_display)
        form.addRow(self.tr("角色"), self.new_role)
        form.addRow(self.tr("中队"), self.new_squad)
        form.addRow(self.tr("执法证"), self.new_officer)
        form.addRow(self.tr("初始密码"), self.new_password)
        form.addRow(self.new_legal)
        form.addRow(self.add_button)
        return box

    def _link_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("所选账户使用的执法证"))
        box.setMaximumWidth(560)
        row = QHBoxLayout(box)
        self.link_officer = QComboBox()
        self.link_officer.setObjectName("linkOfficer")
        self.link_officer.setAccessibleName(self.tr("关联执法人员"))
        self.link_button = QPushButton(self.tr("关联"))
        self.link_button.setObjectName("linkOfficerButton")
        self.link_button.clicked.connect(self._link)
        row.addWidget(self.link_officer, 1)
        row.addWidget(self.link_button)
        self.table.itemSelectionChanged.connect(self._account_selected)
        return box

    def fill_officers(self) -> None:
        """The officer choices for linking (name and certificate number)."""
        if not self.manage:
            return
        for combo in (self.link_officer, self.new_officer):
            combo.clear()
            combo.addItem(self.tr("（不关联执法人员）"), None)
            for officer in org.list_officers(self.session):
                if officer["active"]:
                    combo.addItem(f"{officer['name']}（{officer['cert_no']}）", officer["id"])

    def selected_username(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.text() if item else None

    def _account_selected(self) -> None:
        username = self.selected_username()
        officer_id = self._linked.get(username or "")
        self.link_officer.setCurrentIndex(max(0, self.link_officer.findData(officer_id)))

    def _link(self) -> None:
        username = self.selected_username()
        if username is None:
            _say(self.message, self.tr("请先选择一个账户。"), ok=False)
            return
        Op(
            self,
            users.link_officer,
            self.session,
            username=username,
            officer_id=self.link_officer.currentData(),
        ).success(lambda _r: self._linked_done(username)).failure(self._failed).run()

    def _linked_done(self, username: str) -> None:
        row = self.table.currentRow()
        self.reload()
        self.table.selectRow(row)
        _say(self.message, self.tr("已更新账户 %1 关联的执法人员。").replace("%1", username), ok=True)
        self.changed.emit()

    def reload(self) -> None:
        rows = users.list_accounts_with_officers(self.session)
        self._linked = {r["username"]: r["officer_id"] for r in rows}
        self.table.setRowCount(len(rows))
        for r, user in enumerate(rows):
            squad = self.squads.get(user["squad_id"] or "")
            if not user["active"]:
                state = self.tr("停用")
            elif user["locked_until"]:
                state = self.tr("锁定至 %1").replace("%1", local_time(user["locked_until"]))
            else:
                state = self.tr("正常")
            for c, text in enumerate(
                (
                    user["username"],
                    user["display_name"],
                    role_label(user["role"]),
                    squad["name"] if squad else "",
                    state,
                    user["officer_name"],
                    user["cert_no"],
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user["username"])
                self.table.setItem(r, c, item)

    def _add(self) -> None:
        self.add_button.setEnabled(False)
        Op(
            self,
            users.add_user,
            self.session,
            username=self.new_username.text(),
            display_name=self.new_display.text(),
            role=self.new_role.currentData(),
            password=self.new_password.text(),
            squad_id=self.new_squad.currentData(),
            officer_id=self.new_officer.currentData(),
            has_legal_qualification=self.new_legal.isChecked(),
        ).success(self._added).failure(self._failed).run()

    def _added(self, row: dict[str, Any]) -> None:
        self.add_button.setEnabled(True)
        for field in (self.new_username, self.new_display, self.new_password):
            field.clear()
        self.new_legal.setChecked(False)
        self.new_officer.setCurrentIndex(0)
        self.reload()
        _say(self.message, self.tr("已新增用户：%1").replace("%1", row["username"]), ok=True)
        self.changed.emit()

    def _unlock(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is None:
            _say(self.message, self.tr("请先选择一个账户。"), ok=False)
            return
        username = item.text()
        Op(self, users.unlock, self.session, username=username).success(
            lambda _r: self._unlocked(username)
        ).failure(self._failed).run()

    def _unlocked(self, username: str) -> None:
        self.reload()
        _say(self.message, self.tr("已解锁：%1").replace("%1", username), ok=True)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if self.manage:
            self.add_button.setEnabled(True)
        if describe(exc) is not None:
            _say(self.message, describe(exc) or "", ok=False)
        else:
            show_error(self, exc)


class Screen(QWidget):
    """The 设置 section.

    Signals:
        changed(): something was saved (the main window refreshes its pending-sync count).
        language_changed(str): the interface language setting was saved (the window applies it).
    """

    changed = Signal()
    language_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("settingsScreen")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("设置分页"))
        layout.addWidget(self.tabs)

        account = QWidget()
        account_layout = QVBoxLayout(account)
        user = session.user
        who = QLabel(
            self.tr("当前用户：%1（%2），用户名 %3")
            .replace("%1", user.display_name)
            .replace("%2", role_label(user.role))
            .replace("%3", user.username)
        )
        who.setObjectName("whoAmI")
        account_layout.addWidget(who)
        own = org.officer(session, user.officer_id)
        if own is not None:
            text = (
                self.tr("签署使用的执法证：%1（%2，有效期至 %3）")
                .replace("%1", own["name"])
                .replace("%2", own["cert_no"])
                .replace("%3", own["cert_expiry"])
            )
        else:
            text = self.tr("本账户未关联执法人员，不能以本人执法证签署；如需办案请联系系统管理员关联。")
        certificate = QLabel(text)
        certificate.setObjectName("myCertificate")
        certificate.setWordWrap(True)
        account_layout.addWidget(certificate)
        self.password_form = PasswordForm(session)
        self.password_form.setMaximumWidth(480)
        account_layout.addWidget(self.password_form)
        account_layout.addStretch(1)
        self.tabs.addTab(account, self.tr("我的账户"))

        from ui.widgets.settings_forms import SettingsForms

        self.settings_forms = SettingsForms(session)
        self.settings_forms.language_changed.connect(self.language_changed)
        self.tabs.addTab(self.settings_forms, self.tr("系统设置"))
        self.officers_panel = None
        self.devices_panel = None
        if session.can(Action.BACKUP_RUN):
            from ui.widgets.backup_panel import BackupPanel

            account_layout.insertWidget(account_layout.count() - 1, BackupPanel(session))
        self.users_panel: UsersPanel | None = None
        self.reference_panel = None
        if session.can(Action.ORG_MANAGE):
            from ui.widgets.officer_admin import OfficersPanel

            self.officers_panel = OfficersPanel(session)
            self.tabs.addTab(self.officers_panel, self.tr("执法人员"))
            from ui.widgets.device_admin import DevicesPanel

            self.devices_panel = DevicesPanel(session)
            self.tabs.addTab(self.devices_panel, self.tr("监控设备"))
        if session.can(Action.USER_LIST):
            self.users_panel = UsersPanel(session)
            self.tabs.addTab(self.users_panel, self.tr("用户管理"))
        if session.can(Action.STANDARDS_IMPORT) or session.can(Action.CALENDAR_EDIT):
            from ui.widgets.reference_data import ReferenceDataPanel

            self.reference_panel = ReferenceDataPanel(session)
            self.tabs.addTab(self.reference_panel, self.tr("裁量基准与日历"))
        if self.officers_panel is not None and self.users_panel is not None:
            self.officers_panel.changed.connect(self.users_panel.fill_officers)
            self.officers_panel.changed.connect(self.users_panel.reload)
            self.users_panel.changed.connect(self.officers_panel.reload)
        for part in (
            self.password_form,
            self.settings_forms,
            self.officers_panel,
            self.devices_panel,
            self.users_panel,
            self.reference_panel,
        ):
            if part is not None:
                part.changed.connect(self.changed)
        name_controls(self)


def name_controls(root: QWidget) -> None:
    """Give buttons and check boxes without an accessible name the text they show (screen readers)."""
    from PySide6.QtWidgets import QAbstractButton

    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(button.text().replace("&", ""))
