"""The main window: role-dependent sections on the left, lazily loaded screens, status bar, idle lock.

A section is a module ``ui.screens.<key>`` with ``Screen(session, parent)``; it is imported the first time
the section is opened. Every committed write in this program is announced once by ``ui.changes.hub()``; the
window refreshes its pending-sync count from it, and each screen decides for itself whether a change concerns
it. Writes by other programs on the same station (the CLI, a scheduled sync) are caught by a slow timer.

Nothing on the way to the first painted window names the ``Qt`` namespace (``Qt.AlignmentFlag`` and the like):
its first use in Python builds all of its ~170 enum classes, 10-20 ms. The login dialog builds it while the
person types (``ui.app.prepare_main_window``), but a window opened at once (after the setup wizard, or by a
quick typist) would pay it before its first paint. The code that needs it (placeholders, the lock) imports it
where it runs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.permissions import Action
from inspector.station import Session
from ui.changes import hub
from ui.idle import IdleWatcher
from ui.messages import describe, role_label, show_error

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # QEvent's enums are built on first use: not before a close

_CTX = "MainWindow"
STATUS_REFRESH_MS = 15_000  # catches writes by other programs (the CLI, sync) on the same station
# How long a new window waits, hidden, for its first section's content before it shows (marked as loading).
FIRST_SHOW_WAIT_MS = 400


class Section(NamedTuple):
    """One entry of the navigation: ``needs`` lists actions of which the user must hold at least one
    (empty: everyone). A named tuple rather than a dataclass: a fifth of the cost to define at start-up."""

    key: str
    title: str
    needs: tuple[Action, ...] = ()


# The one table deciding who sees which section. Hiding is a convenience: the use cases enforce permissions.
SECTIONS: tuple[Section, ...] = (
    Section("dashboard", QT_TRANSLATE_NOOP("MainWindow", "工作台")),
    Section("inspections", QT_TRANSLATE_NOOP("MainWindow", "现场检查"), (Action.INSPECTION_VIEW,)),
    Section("cases", QT_TRANSLATE_NOOP("MainWindow", "案件"), (Action.CASE_VIEW,)),
    Section(
        "reviews", QT_TRANSLATE_NOOP("MainWindow", "法制审核"), (Action.LEGAL_REVIEW, Action.FILE_REVIEW)
    ),
    Section("rating", QT_TRANSLATE_NOOP("MainWindow", "中队考评"), (Action.RATING_VIEW,)),
    # Supervisors see it to resolve sync conflicts (CASE_APPROVE); only SYNC_RUN roles push.
    Section("sync", QT_TRANSLATE_NOOP("MainWindow", "同步"), (Action.SYNC_RUN, Action.CASE_APPROVE)),
    # Everyone: the own-password form; administrators also edit settings and users there.
    Section("settings", QT_TRANSLATE_NOOP("MainWindow", "设置")),
)


def visible_sections(session: Session) -> list[Section]:
    """The sections ``session``'s role sees, in navigation order."""
    return [s for s in SECTIONS if not s.needs or any(session.can(a) for a in s.needs)]


def section_title(section: Section) -> str:
    return QCoreApplication.translate(_CTX, section.title)


class MainWindow(QMainWindow):
    """The application window for one logged-in session.

    Signals:
        logout_requested(): the user logged out (menu or the unlock dialog); the shell shows the login again.
        language_changed(str): the interface language setting was saved; the shell rebuilds the window.
    """

    logout_requested = Signal()
    language_changed = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, idle_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.station = session.station
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("城管执法现场检查与案件系统"))
        self.sections = visible_sections(session)
        self.screens: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._logging_out = False
        self.lock_dialog = None

        self.stack = QStackedWidget()
        self.stack.setObjectName("sections")
        for section in self.sections:
            page = QWidget()
            page.setObjectName(f"page-{section.key}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[section.key] = page
            self.stack.addWidget(page)
        if self.sections:
            # The first section before the rest of the window: what it reads in the background (the 工作台's
            # list) is on its way while the window is put together.
            self._screen_for(self.sections[0])

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._header())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("功能导航"))
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setFixedWidth(140)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; background: #f3f5f8; border: none; border-right: 1px solid #d5dae1; }"
            "QListWidget::item { padding: 9px 14px; }"
            "QListWidget::item:selected { background: #1f5fa8; color: white; }"
        )
        for section in self.sections:
            self.nav.addItem(QListWidgetItem(section_title(section)))  # row i is self.sections[i]
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)

        self.lock_page = QLabel(self.tr("界面已锁定"))
        self.lock_page.setObjectName("lockPage")
        self.lock_page.setStyleSheet("qproperty-alignment: AlignCenter;")  # see the module docstring
        self.outer = QStackedWidget()
        self.outer.addWidget(central)
        self.outer.addWidget(self.lock_page)
        self.setCentralWidget(self.outer)

        self._build_menus()
        self._build_status()
        self.nav.currentRowChanged.connect(self._open_row)
        if self.sections:
            self.nav.setCurrentRow(0)

        minutes = self.station.setting("ui.idle_lock_minutes") if idle_ms is None else None
        self.idle = IdleWatcher(
            idle_ms if idle_ms is not None else int(float(minutes or 0) * 60_000), self, watch_after_ms=1000
        )
        self.idle.idle.connect(self.lock)
        self.resize(1200, 780)

    # --------------------------------------------------------------- chrome
    def _header(self) -> QWidget:
        from inspector import clock
        from inspector.services import org

        agency = org.agency(self.session)
        header = QLabel()
        header.setObjectName("header")
        name = agency["name"] if agency else ""
        header.setText(self.tr("%1　城管执法现场检查与案件系统").replace("%1", name).strip())
        header.setStyleSheet(
            "QLabel#header { background: #1f5fa8; color: white; font-size: 12pt;"
            " font-weight: bold; padding: 8px 14px; }"
        )
        self.date_label = QLabel(clock.today().isoformat(), header)
        self.date_label.setObjectName("today")
        self.date_label.setStyleSheet("color: white; padding-right: 14px;")
        box = QHBoxLayout(header)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        box.addWidget(self.date_label)
        return header

    def _action(self, text: str, slot: Callable[..., object], shortcut: str = "") -> QAction:
        """An action of the window's menus.

        Built as ``QAction(parent)`` + ``setText`` and given its shortcut through ``setShortcuts([...])``: the
        overloads ``QAction(text, parent)`` and ``setShortcut()`` also take a QIcon or a ``Qt.Key``, and PySide
        weighing them builds those classes' enums (the whole Qt namespace: see the module docstring).
        """
        action = QAction(self)
        action.setText(text)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        system = self.menuBar().addMenu(self.tr("系统(&S)"))
        self.lock_action = self._action(self.tr("锁定(&L)"), self.lock, "Ctrl+L")
        self.logout_action = self._action(self.tr("注销(&O)"), self.logout, "Ctrl+Shift+L")
        self.quit_action = self._action(self.tr("退出(&X)"), self.close, "Ctrl+Q")
        system.addActions([self.lock_action, self.logout_action])
        system.addSeparator()
        # a presented PDF against the register; a paper document's scanned QR
        self.verify_action = self._action(
            self.tr("核验文书(&V)…"), lambda _checked=False: self.verify_document()
        )
        self.verify_qr_action = self._action(
            self.tr("核验二维码内容…"), lambda _checked=False: self.verify_qr()
        )
        system.addActions([self.verify_action, self.verify_qr_action])
        system.addSeparator()
        system.addAction(self.quit_action)

        go = self.menuBar().addMenu(self.tr("转到(&G)"))
        self.section_actions: list[QAction] = []
        for index, section in enumerate(self.sections):
            action = self._action(
                section_title(section),
                lambda _checked=False, i=index: self.nav.setCurrentRow(i),
                f"Ctrl+{index + 1}" if index < 9 else "",
            )
            go.addAction(action)
            self.section_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于(&A)"), self._about))

    def verify_document(self, path: str | None = None) -> object:
        from ui.screens.document_verify import verify_pdf

        return verify_pdf(self, self.session, path)

    def verify_qr(self, text: str | None = None) -> object:
        from ui.screens.document_verify import verify_qr

        return verify_qr(self, self.session, text)

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.station_label = QLabel(
            self.tr("站点：%1").replace("%1", self.station.name or self.tr("（未命名）"))
        )
        self.station_label.setObjectName("stationLabel")
        user = self.session.user
        self.user_label = QLabel(
            self.tr("用户：%1（%2）").replace("%1", user.display_name).replace("%2", role_label(user.role))
        )
        self.user_label.setObjectName("userLabel")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingLabel")
        for label in (self.station_label, self.user_label, self.pending_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()
        hub().operation_did_execute.connect(self._changes_committed)
        # The count is read when the first section opens (_open_row), once.

    def _changes_committed(self, _changes: object) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        """Re-read the pending-sync count (after writes, on a timer, on section switches)."""
        try:
            count = self.station.pending_sync_count()
        except Exception as exc:  # a locked or vanished database must not take the window down
            if describe(exc) is None:
                raise
            self.pending_label.setText(self.tr("待同步：未知"))
            return
        self.pending_label.setText(self.tr("待同步：%1 条").replace("%1", str(count)))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("城管执法现场检查与案件系统\n离线优先的现场检查与案件办理桌面程序。"),
        )

    # ------------------------------------------------------------- sections
    def section_keys(self) -> list[str]:
        return [s.key for s in self.sections]

    def open_section(self, key: str) -> QWidget:
        """Show section ``key`` (building its screen on first use) and return its page."""
        self.nav.setCurrentRow(self.section_keys().index(key))
        return self._pages[key]

    def current_screen(self) -> QWidget | None:
        key = self.current_section()
        return self.screens.get(key) if key else None

    def show_when_loaded(self, on_shown: Callable[[], object] | None = None) -> None:
        """Show the window once the section on view has its content, so that it is whole when first painted.

        A screen that loads in the background says so with ``loading`` (True until its first answer) and
        the ``loaded`` signal. If the answer takes longer than :data:`FIRST_SHOW_WAIT_MS` the window shows
        anyway, the screen marking itself as loading. ``on_shown`` runs once the window is shown.
        """
        screen = self.current_screen()
        signal = getattr(screen, "loaded", None)
        if not getattr(screen, "loading", False) or signal is None:
            self._show_now(on_shown)
            return
        fallback = QTimer(self)
        fallback.setSingleShot(True)

        def show() -> None:
            fallback.stop()
            fallback.deleteLater()
            signal.disconnect(show)
            if not self.isVisible():
                self._show_now(on_shown)

        fallback.timeout.connect(show)
        signal.connect(show)
        fallback.start(FIRST_SHOW_WAIT_MS)

    def _show_now(self, on_shown: Callable[[], object] | None) -> None:
        self.show()
        if on_shown is not None:
            on_shown()

    def current_section(self) -> str | None:
        row = self.nav.currentRow()
        return self.sections[row].key if 0 <= row < len(self.sections) else None

    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        section = self.sections[row]
        self._screen_for(section)
        self.stack.setCurrentWidget(self._pages[section.key])
        self.refresh_status()

    def _screen_for(self, section: Section) -> QWidget:
        """The screen of ``section``, built on first use."""
        screen = self.screens.get(section.key)
        if screen is None:
            page = self._pages[section.key]
            screen = self._build_screen(section, page)
            self.screens[section.key] = screen
            page.layout().addWidget(screen)
        return screen

    def _build_screen(self, section: Section, page: QWidget) -> QWidget:
        module_name = f"ui.screens.{section.key}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            return self._placeholder(section, self.tr("“%1”在此版本中尚不可用。"))
        try:
            screen = module.Screen(self.session, page)
        except Exception as exc:
            if describe(exc) is None:
                raise
            show_error(self, exc)
            return self._placeholder(section, self.tr("“%1”暂时无法打开。"))
        changed = getattr(screen, "changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(self.refresh_status)
        language = getattr(screen, "language_changed", None)
        if language is not None and hasattr(language, "connect"):
            language.connect(self.language_changed)
        return screen

    def _placeholder(self, section: Section, template: str) -> QWidget:
        from PySide6.QtCore import Qt

        label = QLabel(template.replace("%1", section_title(section)))
        label.setObjectName(f"placeholder-{section.key}")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(label.text())
        return label

    # ---------------------------------------------------------- lock/logout
    @property
    def locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide the content and ask the same user's password (idle timeout or 锁定 menu)."""
        from PySide6.QtCore import Qt

        from ui.login import LoginDialog

        if self.locked:
            return
        self.idle.pause()
        self.outer.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        dialog = LoginDialog(self.station, self, unlock_for=self.session.user)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Application-modal: a dialog another screen had open cannot be used behind the lock either.
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._unlocked)
        dialog.logout_requested.connect(self.logout)
        self.lock_dialog = dialog
        dialog.show()  # not open(): that would reset the modality to window-modal

    def _unlocked(self) -> None:
        self.lock_dialog = None
        self.outer.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.idle.resume()
        self.refresh_status()

    def logout(self) -> None:
        self._logging_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.status_timer.stop()
        hub().operation_did_execute.disconnect(self._changes_committed)
        super().closeEvent(event)
        if self._logging_out:
            self.logout_requested.emit()
