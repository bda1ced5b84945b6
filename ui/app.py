"""Start the GUI: application, fonts, translations, the station, login, then the main window.

Environment (diagnostics and benchmarks):
    INSPECTOR_AUTOLOGIN=user:password   log in without the dialog — honoured on a demo station only.
    INSPECTOR_STARTUP_PROBE=1           print ``inspector-ready`` once the main window is shown and the
                                        event loop has run, then quit (the start-up benchmark uses it);
                                        ``=login`` does the same for the login dialog.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class Shell(QObject):
    """Drives login → main window → (logout → login …) for one open station."""

    def __init__(self, station, app: QApplication) -> None:
        super().__init__(app)
        self.station = station
        self.app = app
        self.window = None
        self.login_dialog = None
        self.probe = os.environ.get("INSPECTOR_STARTUP_PROBE", "")

    def start(self) -> None:
        session = self._autologin()
        if session is not None:
            self.open_main(session)
        else:
            self.show_login()

    def _autologin(self):
        raw = os.environ.get("INSPECTOR_AUTOLOGIN")
        if not raw or not self.station.is_demo:  # never a back door into a real station
            return None
        username, _, password = raw.partition(":")
        try:
            return self.station.login(username, password)
        except Exception as exc:
            from ui.messages import describe
            if describe(exc) is None:
                raise
            return None

    def show_login(self) -> None:
        from ui.login import LoginDialog
        dialog = LoginDialog(self.station)
        self.login_dialog = dialog
        dialog.accepted.connect(lambda: self.open_main(dialog.session))
        dialog.rejected.connect(self.app.quit)
        dialog.show()
        if self.probe == "login":
            QTimer.singleShot(0, self._report_ready)

    def open_main(self, session) -> None:
        from ui.main_window import MainWindow
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        window = MainWindow(session)
        self.window = window
        window.logout_requested.connect(self._logged_out)
        window.show()
        if self.probe == "1":
            QTimer.singleShot(0, self._report_ready)

    def _report_ready(self) -> None:
        print("inspector-ready", flush=True)
        self.app.quit()

    def _logged_out(self) -> None:
        from ui import tasks
        tasks.shutdown()   # the screens' background work ends before their window goes
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.show_login()

    def window_closed(self) -> None:
        """The main window closed without logging out: the application ends."""
        self.app.quit()


def run_gui(data_dir: str | None = None) -> int:
    """Run the application on the station in ``data_dir`` (default data directory when None); exit code."""
    from ui.fonts import describe as describe_font
    from ui.fonts import ensure_cjk_font
    from ui.messages import install_excepthook, show_error
    from ui.translations import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Inspector")
    app.setApplicationDisplayName(QCoreApplication.translate("app", "城管执法现场检查与案件系统"))
    _translators = install_translators(app)  # kept referenced while the application runs
    report = ensure_cjk_font(app)
    install_excepthook()

    from db import errors as db_errors
    from inspector import errors
    from inspector.station import Station
    try:
        station = Station.open(data_dir)
    except (errors.Error, db_errors.Error) as exc:
        show_error(None, exc, wait=True)
        return 1
    try:
        if not station.initialised:
            QMessageBox.warning(None, QCoreApplication.translate("app", "站点尚未初始化"),
                                QCoreApplication.translate("app", "这个站点还没有管理员账户。\n请先在命令行运行 “inspector init” 创建站点，"
                                    "或运行 “inspector demo” 创建演示站点。"))
            return 1
        if not report.ok:
            report = ensure_cjk_font(app, font_path=str(station.setting("ui.font_path") or ""))
        if not report.ok:
            QMessageBox.warning(None, "Inspector", describe_font(report))
        app.setQuitOnLastWindowClosed(False)
        shell = Shell(station, app)
        app.lastWindowClosed.connect(lambda: shell.window is not None and shell.window_closed())
        shell.start()
        return int(app.exec())
    finally:
        from ui import tasks
        tasks.shutdown()   # background work ends before the database closes
        station.close()
