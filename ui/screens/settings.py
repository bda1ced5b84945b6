"""The 设置 section: own password for everyone, the settings registry (editable by administrators), accounts."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector import settings as registry
from inspector.permissions import Action, Role
from inspector.services import org, users
from inspector.station import Session
from ui.messages import describe, local_time, role_label, show_error
from ui.tasks import Op


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


def parse_value(text: str, default: Any) -> Any:
    """Turn what the administrator typed into a value of the default's type; ValueError if it does not fit."""
    text = text.strip()
    if isinstance(default, bool):
        if text.lower() in ("true", "1", "是", "yes"):
            return True
        if text.lower() in ("false", "0", "否", "no"):
            return False
        raise ValueError(text)
    if isinstance(default, int):
        return int(text)
    if isinstance(default, float):
        return float(text)
    if isinstance(default, str):
        return text
    return json.loads(text)


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("settings", "是") if value else QCoreApplication.translate("settings", "否")
    if isinstance(value, (int, float, str)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


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
        for text, field in ((self.tr("原密码"), self.old), (self.tr("新密码"), self.new),
                            (self.tr("确认新密码"), self.confirm)):
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
        Op(self, users.set_password, self.session, username=self.session.user.username,
           new_password=self.new.text(), old_password=self.old.text()) \
            .success(self._done).failure(self._failed).run()

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


class SettingsTable(QWidget):
    """Every registered setting with its current value; administrators edit the selected one."""

    changed = Signal()
    COL_DESCRIPTION, COL_KEY, COL_VALUE, COL_DEFAULT = range(4)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editable = session.can(Action.SETTINGS_EDIT)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("settingsTable")
        self.table.setAccessibleName(self.tr("设置项"))
        self.table.setHorizontalHeaderLabels([self.tr("说明"), self.tr("设置项"), self.tr("当前值"), self.tr("默认值")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.message = _message_label("settingsMessage")
        if self.editable:
            row = QHBoxLayout()
            self.value = QLineEdit()
            self.value.setObjectName("settingValue")
            self.value.setAccessibleName(self.tr("新值"))
            self.save = QPushButton(self.tr("保存设置"))
            self.save.setObjectName("saveSetting")
            self.save.setAccessibleName(self.tr("保存设置"))
            self.save.clicked.connect(self._save)
            self.value.returnPressed.connect(self._save)
            row.addWidget(QLabel(self.tr("新值")))
            row.addWidget(self.value, 1)
            row.addWidget(self.save)
            layout.addLayout(row)
            self.table.itemSelectionChanged.connect(self._selected)
        else:
            note = QLabel(self.tr("只有系统管理员可以修改设置。"))
            note.setObjectName("readOnlyNote")
            layout.addWidget(note)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        keys = sorted(registry.DEFAULTS)
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            default, description = registry.DEFAULTS[key]
            values = (description, key, format_value(self.session.station.setting(key)), format_value(default))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(self.COL_KEY)

    def current_key(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, self.COL_KEY) if row >= 0 else None
        return item.text() if item else None

    def _selected(self) -> None:
        key = self.current_key()
        if key:
            self.value.setText(format_value(self.session.station.setting(key)))

    def _save(self) -> None:
        key = self.current_key()
        if key is None:
            _say(self.message, self.tr("请先选择一个设置项。"), ok=False)
            return
        default = registry.default(key)
        try:
            value = parse_value(self.value.text(), default)
        except (ValueError, json.JSONDecodeError):
            _say(self.message, self.tr("“%1”的值格式不对（应与默认值同类：%2）。").replace("%1", key)
                 .replace("%2", format_value(default)), ok=False)
            return
        Op(self, org.set_setting, self.session, key, value).success(lambda _r: self._saved(key)) \
            .failure(lambda exc: self._failed(exc)).run()

    def _saved(self, key: str) -> None:
        row = self.table.currentRow()
        self.reload()
        self.table.selectRow(row)
        _say(self.message, self.tr("已保存：%1").replace("%1", key), ok=True)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if describe(exc) is not None:
            _say(self.message, describe(exc) or "", ok=False)
        else:
            show_error(self, exc)


class UsersPanel(QWidget):
    """The station's accounts; administrators add accounts and unlock locked ones."""

    changed = Signal()
    COLUMNS = 5

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.manage = session.can(Action.USER_MANAGE)
        self.squads = {s["id"]: s for s in org.list_squads(session)}
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("用户列表"))
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("中队"),
                                              self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = _message_label("usersMessage")
        if self.manage:
            self.unlock_button = QPushButton(self.tr("解锁所选账户"))
            self.unlock_button.setObjectName("unlockUser")
            self.unlock_button.setAccessibleName(self.tr("解锁所选账户"))
            self.unlock_button.clicked.connect(self._unlock)
            layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self._add_form())
        layout.addWidget(self.message)
        self.reload()

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
        form.addRow(self.tr("初始密码"), self.new_password)
        form.addRow(self.new_legal)
        form.addRow(self.add_button)
        return box

    def reload(self) -> None:
        rows = users.list_users(self.session)
        self.table.setRowCount(len(rows))
        for r, user in enumerate(rows):
            squad = self.squads.get(user["squad_id"] or "")
            if not user["active"]:
                state = self.tr("停用")
            elif user["locked_until"]:
                state = self.tr("锁定至 %1").replace("%1", local_time(user["locked_until"]))
            else:
                state = self.tr("正常")
            for c, text in enumerate((user["username"], user["display_name"], role_label(user["role"]),
                                      squad["name"] if squad else "", state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user["username"])
                self.table.setItem(r, c, item)

    def _add(self) -> None:
        self.add_button.setEnabled(False)
        Op(self, users.add_user, self.session, username=self.new_username.text(),
           display_name=self.new_display.text(), role=self.new_role.currentData(),
           password=self.new_password.text(), squad_id=self.new_squad.currentData(),
           has_legal_qualification=self.new_legal.isChecked()) \
            .success(self._added).failure(self._failed).run()

    def _added(self, row: dict[str, Any]) -> None:
        self.add_button.setEnabled(True)
        for field in (self.new_username, self.new_display, self.new_password):
            field.clear()
        self.new_legal.setChecked(False)
        self.reload()
        _say(self.message, self.tr("已新增用户：%1").replace("%1", row["username"]), ok=True)
        self.changed.emit()

    def _unlock(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is None:
            _say(self.message, self.tr("请先选择一个账户。"), ok=False)
            return
        username = item.text()
        Op(self, users.unlock, self.session, username=username) \
            .success(lambda _r: self._unlocked(username)).failure(self._failed).run()

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
    """

    changed = Signal()

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
        who = QLabel(self.tr("当前用户：%1（%2），用户名 %3").replace("%1", user.display_name)
                     .replace("%2", role_label(user.role)).replace("%3", user.username))
        who.setObjectName("whoAmI")
        account_layout.addWidget(who)
        self.password_form = PasswordForm(session)
        self.password_form.setMaximumWidth(480)
        account_layout.addWidget(self.password_form)
        account_layout.addStretch(1)
        self.tabs.addTab(account, self.tr("我的账户"))

        self.settings_table = SettingsTable(session)
        self.tabs.addTab(self.settings_table, self.tr("系统设置"))
        if session.can(Action.BACKUP_RUN):
            from ui.widgets.backup_panel import BackupPanel
            account_layout.insertWidget(account_layout.count() - 1, BackupPanel(session))
        self.users_panel: UsersPanel | None = None
        if session.can(Action.USER_LIST):
            self.users_panel = UsersPanel(session)
            self.tabs.addTab(self.users_panel, self.tr("用户管理"))
        for part in (self.password_form, self.settings_table, self.users_panel):
            if part is not None:
                part.changed.connect(self.changed)
