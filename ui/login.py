"""The login dialog; in unlock mode the same dialog asks the locked user for their password again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import errors
from inspector.station import Session, Station, User
from ui.messages import describe, local_time, role_label, show_error
from ui.tasks import Op

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGroupBox, QTableWidget


class LoginDialog(QDialog):
    """Ask for user name and password and log in through ``station.login``.

    After ``accept()`` the session is in :attr:`session`. With ``unlock_for`` the user name is fixed,
    the dialog cannot be dismissed, and only that user's password unlocks it.

    Signals:
        logout_requested(): in unlock mode, the user chose to log out instead.
    """

    logout_requested = Signal()

    def __init__(
        self, station: Station, parent: QWidget | None = None, *, unlock_for: User | None = None
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.unlock_for = unlock_for
        self.session: Session | None = None
        self._busy = False
        self.setObjectName("unlockDialog" if unlock_for else "loginDialog")
        self.setWindowTitle(self.tr("已锁定") if unlock_for else self.tr("登录 — 城管执法现场检查与案件系统"))
        self.setAccessibleName(self.windowTitle())

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("城管执法现场检查与案件系统"))
        title.setObjectName("appTitle")
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        title.setFont(big)
        # Centred by style sheet: the first use of the Qt namespace in Python builds all of its ~170 enum
        # classes (tens of milliseconds), which the dialog would otherwise pay before it is shown.
        title.setStyleSheet("qproperty-alignment: AlignCenter;")
        layout.addWidget(title)
        if unlock_for:
            sub = self.tr("界面已锁定（长时间未操作或手动锁定）。请输入 %1 的密码解锁。").replace(
                "%1", unlock_for.display_name
            )
        else:
            sub = self.tr("站点：%1").replace("%1", station.name or self.tr("（未命名）"))
        subtitle = QLabel(sub)
        subtitle.setObjectName("subtitle")
        subtitle.setStyleSheet("qproperty-alignment: AlignCenter;")
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)

        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("用户名"))
        self.username.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setAccessibleName(self.tr("密码"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for text, field in ((self.tr("用户名(&U)"), self.username), (self.tr("密码(&P)"), self.password)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        if unlock_for:
            self.username.setText(unlock_for.username)
            self.username.setReadOnly(True)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setAccessibleName(self.tr("登录提示"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.submit = QPushButton(self.tr("解锁") if unlock_for else self.tr("登录"))
        self.submit.setObjectName("submit")
        self.submit.setAccessibleName(self.submit.text())
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        if unlock_for:
            other = QPushButton(self.tr("注销"))
            other.setObjectName("logout")
            other.clicked.connect(self._logout)
        else:
            other = QPushButton(self.tr("退出"))
            other.setObjectName("quit")
            other.clicked.connect(self.reject)
        other.setAccessibleName(other.text())
        other.setAutoDefault(False)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.RejectRole)
        self.submit.clicked.connect(self._submit)
        layout.addWidget(buttons)

        self.demo_table: QTableWidget | None = None
        if not unlock_for and station.is_demo:
            layout.addWidget(self._demo_box())

        (self.password if unlock_for else self.username).setFocus()
        self.setMinimumWidth(420)

    # ------------------------------------------------------------------ demo
    def _demo_box(self) -> QGroupBox:
        # Table classes are loaded here: a real station's login dialog has no demo table (PySide creates
        # each Qt class on first use, and these cost start-up time).
        import json

        from PySide6.QtWidgets import (
            QAbstractItemView,
            QGroupBox,
            QHeaderView,
            QTableWidget,
            QTableWidgetItem,
        )

        box = QGroupBox(self.tr("演示站点：可用以下账户登录（单击一行填入）"))
        box.setObjectName("demoCredentials")
        inner = QVBoxLayout(box)
        # The demo builder's own reader (inspector.demo.credentials) imports every use case; read the value.
        creds = (
            json.loads(self.station.db.meta_get("demo_credentials") or "[]") if self.station.is_demo else []
        )
        table = QTableWidget(len(creds), 3)
        table.setObjectName("demoTable")
        table.setAccessibleName(self.tr("演示账户"))
        table.setHorizontalHeaderLabels([self.tr("角色"), self.tr("用户名"), self.tr("密码")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setStyleSheet("QTableWidget { qproperty-focusPolicy: NoFocus; }")  # clicking fills the form
        for row, cred in enumerate(creds):
            for col, text in enumerate((role_label(cred["role"]), cred["username"], cred["password"])):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = (
            table.horizontalHeader().sizeHint().height()
            + table.frameWidth() * 2
            + sum(table.rowHeight(r) for r in range(len(creds)))
        )
        table.setFixedHeight(height)
        table.cellClicked.connect(self._fill_from_demo)
        inner.addWidget(table)
        self.demo_table = table
        return box

    def _fill_from_demo(self, row: int, _col: int) -> None:
        from ui.widgets.list_table import cell_text  # with the table classes: only a demo station needs them

        assert self.demo_table is not None
        self.username.setText(cell_text(self.demo_table, row, 1))
        self.password.setText(cell_text(self.demo_table, row, 2))
        self.submit.setFocus()

    # ----------------------------------------------------------------- login
    def _submit(self) -> None:
        if self._busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._say(self.tr("请输入用户名和密码。"))
            (self.username if not username else self.password).setFocus()
            return
        self._busy = True
        self.submit.setEnabled(False)
        Op(self, self.station.login, username, password).success(self._logged_in).failure(self._failed).run()

    def _logged_in(self, session: Session) -> None:
        self._busy = False
        self.submit.setEnabled(True)
        if self.unlock_for and session.user.id != self.unlock_for.id:
            # Unreachable through the UI (the user name is read-only), but never unlock for someone else.
            self._say(self.tr("只能由锁定前的用户解锁。"))
            return
        self.session = session
        self.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.submit.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, errors.AccountLocked):
            self._say(
                self.tr("账户已被锁定：连续登录失败次数过多。请于 %1 之后再试，或请管理员解锁。").replace(
                    "%1", local_time(exc.until)
                )
            )
        elif isinstance(exc, errors.AuthenticationError):
            self._say(self.tr("用户名或密码错误，请重新输入。"))
        elif describe(exc) is not None:
            self._say(describe(exc) or "")
        else:
            show_error(self, exc)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # ------------------------------------------------------------ lock mode
    def _logout(self) -> None:
        self.logout_requested.emit()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if self.unlock_for:
            return  # Escape or the close button must not unlock the screen
        super().reject()
