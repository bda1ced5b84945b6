"""Start the GUI: application, fonts, translations, then the first-run wizard or the station's login.

Environment (diagnostics and benchmarks):
    INSPECTOR_AUTOLOGIN=user:password   log in without the dialog — honoured on a demo station only.
    INSPECTOR_STARTUP_PROBE=1           print ``inspector-ready`` once the main window is shown with its first
                                        section's content (the 工作台's list) and the event loop has run,
                                        then quit (the start-up benchmark uses it);
                                        ``=login`` does the same for the login dialog;
                                        either does it for the first-run wizard.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication


class Shell(QObject):
    """Drives login → main window → (logout → login …) for one open station."""

    def __init__(self, station, app: QApplication) -> None:
        super().__init__(app)
        self.station = station
        self.app = app
        self.window = None
        self.login_dialog = None
        self.probe = os.environ.get("INSPECTOR_STARTUP_PROBE", "")
        self.scheduler = None

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
        else:
            # While the person types, load the main window's code: after 登录 only the password check and
            # the window itself remain.
            QTimer.singleShot(PREPARE_AFTER_MS, prepare_main_window)

    def open_main(self, session, *, wait_for_content: bool = True) -> None:
        """Build the main window for ``session``; it shows once its first section has its content (see
        ``MainWindow.show_when_loaded``), or at once with ``wait_for_content=False``."""
        from ui.main_window import MainWindow

        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        window = MainWindow(session)
        self.window = window
        window.logout_requested.connect(self._logged_out)
        window.language_changed.connect(self._language_changed)
        if wait_for_content:
            window.show_when_loaded(lambda: self._main_shown(window))
        else:
            window.show()
            self._main_shown(window)

    def _main_shown(self, window) -> None:
        if window is not self.window:
            return
        if self.scheduler is None and not self.probe:
            from ui.widgets.backup_panel import ScheduledBackup

            self.scheduler = ScheduledBackup(self.station, self)
        if self.probe == "1":
            screen = window.current_screen()
            if getattr(screen, "loading", False):  # shown before its content (FIRST_SHOW_WAIT_MS): wait on
                screen.loaded.connect(lambda: QTimer.singleShot(0, self._report_ready))
            else:
                QTimer.singleShot(0, self._report_ready)

    def _language_changed(self, code: str) -> None:
        """Rebuild the main window in the newly chosen language, on the same section and session."""
        from ui.translations import apply_language

        apply_language(self.app, code)
        old = self.window
        if old is None:
            return
        key = old.current_section()
        self.open_main(old.session, wait_for_content=False)  # shown on the section in view, as it was
        if key:
            self.window.open_section(key)
        old.hide()
        old.close()
        old.deleteLater()

    def _report_ready(self) -> None:
        print("inspector-ready", flush=True)
        self.app.quit()

    def _logged_out(self) -> None:
        from ui import tasks

        tasks.shutdown()  # the screens' background work ends before their window goes
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.show_login()

    def window_closed(self) -> None:
        """The main window closed without logging out: the application ends."""
        self.app.quit()


class Launcher(QObject):
    """First run (the setup wizard) or straight to the station's login; owns the open station."""

    def __init__(self, app: QApplication, data_dir: Path, *, font_report=None) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.station = None
        self.shell: Shell | None = None
        self.wizard = None
        self.restoring = None  # the running restore (ui.tasks.Op), if any
        self.font_report = font_report

    def show_wizard(self, *, restore_from: str = "", error: str = "") -> None:
        from inspector.station.paths import program_dir
        from ui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.data_dir, program_dir() / "data")
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()
        if restore_from:  # after show(): showing a wizard restarts it on its first page
            self.wizard.restore_from(restore_from, error)
        if os.environ.get("INSPECTOR_STARTUP_PROBE"):
            QTimer.singleShot(0, self._report_ready)

    def _report_ready(self) -> None:
        print("inspector-ready", flush=True)
        self.app.quit()

    def _wizard_done(self) -> None:
        from inspector.station import Station
        from ui.messages import describe, show_error

        wizard = self.wizard
        station = None
        if wizard.portable:
            from inspector.services.setup import make_portable
            from inspector.station.paths import program_dir

            try:
                self.data_dir = make_portable(program_dir())
            except OSError as exc:
                from inspector.errors import StationError

                show_error(
                    None, StationError(str(exc), code="unwritable", path=str(program_dir())), wait=True
                )
                self.app.quit()
                return
        if wizard.wants_restore:
            self.restore(wizard.restore.path.text().strip())
            return
        try:
            station = Station.open(self.data_dir, create=True)
            if wizard.wants_demo:
                from inspector import demo

                demo.fill(station, cases=int(os.environ.get("DEMO_CASES", DEMO_CASES_DEFAULT)))
                session = None
            else:
                from inspector.services.setup import create_station

                spec = wizard.result_spec()
                create_station(station, **spec)
                session = station.login(spec["admin_username"], spec["admin_password"])
        except Exception as exc:
            if describe(exc) is None:
                raise
            with contextlib.suppress(Exception):
                station.close()
            show_error(None, exc, wait=True)
            self.show_wizard()
            return
        self.start(station, session)

    def restore(self, source: str) -> None:
        """Restore the backup ``source`` onto the (empty) data directory, then show the restored station's login.

        Every file is checked against the backup's manifest while it is copied, into a folder beside the data
        directory that is renamed into place only when all is well; a bad file leaves the data directory as it
        was and brings the wizard back on the restore page with the reason.
        """
        from inspector.services import backup
        from ui.tasks import Op

        target = self.data_dir

        def run(progress, cancelled):
            from inspector.errors import StationError

            try:  # on a new PC the folder that holds the data directory may not exist yet
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StationError(str(exc), code="unwritable", path=str(target.parent)) from exc
            return backup.restore(source, target, progress=progress, cancelled=cancelled)

        self.restoring = Op(None, run).with_progress(
            self.tr("正在从备份恢复站点：核对并复制每个文件…"), progress=True
        )
        self.restoring.success(self._restored).failure(lambda exc: self._restore_failed(source, exc)).run()

    def _restored(self, _report) -> None:
        from inspector.station import Station
        from ui.messages import describe, show_error

        self.restoring = None
        try:
            station = Station.open(self.data_dir)
        except Exception as exc:
            if describe(exc) is None:
                raise
            show_error(None, exc, wait=True)
            self.app.quit()
            return
        self.start(station)

    def _restore_failed(self, source: str, exc: BaseException) -> None:
        from ui.messages import describe, show_crash

        self.restoring = None
        text = describe(exc)
        if text is None:
            show_crash(None, exc, wait=True)
            text = ""
        self.show_wizard(restore_from=source, error=text)

    def start(self, station, session=None) -> None:
        """Show the login (or, just after the wizard, the main window for the new administrator)."""
        self.station = station
        report = self.font_report
        if report is not None and not report.ok:
            from ui.fonts import describe as describe_font
            from ui.fonts import ensure_cjk_font

            report = ensure_cjk_font(self.app, font_path=str(station.setting("ui.font_path") or ""))
            if not report.ok:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, "Inspector", describe_font(report))
        from ui.translations import apply_language

        apply_language(self.app, str(station.setting("ui.language") or ""))
        self.shell = Shell(station, self.app)
        if session is not None:
            self.shell.open_main(session)
        else:
            self.shell.start()

    def close(self) -> None:
        if self.station is not None:
            self.station.close()
            self.station = None


DEMO_CASES_DEFAULT = 40


PREPARE_AFTER_MS = 300  # the login dialog is interactive well before anyone has typed a password


def prepare_main_window() -> None:
    """Load the code that runs after 登录 while the person types the password: Argon2 (the check runs on the
    writer thread, which would otherwise import it first), the main window and its first section, and Qt's
    enum namespace (the first window does without it; the other sections use it)."""
    from PySide6.QtCore import Qt

    import inspector.passwords  # noqa: F401
    import ui.main_window  # noqa: F401
    import ui.screens.dashboard  # noqa: F401  (the first section shown)

    _ = Qt.AlignmentFlag


def start_gui(data_dir: str | None = None) -> Launcher | int:
    """Set the application up and show the first window; an exit code when the station cannot be used."""
    from ui.fonts import ensure_cjk_font
    from ui.messages import install_excepthook, show_error
    from ui.translations import apply_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Inspector")
    apply_language(app)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "城管执法现场检查与案件系统"))
    report = ensure_cjk_font(app)
    install_excepthook()

    from db import errors as db_errors
    from inspector import errors
    from inspector.station import Station
    from inspector.station.paths import DB_FILE, default_data_dir

    path = Path(data_dir) if data_dir else default_data_dir()
    launcher = Launcher(app, path, font_report=report)
    app.setQuitOnLastWindowClosed(False)
    if not (path / DB_FILE).exists():
        launcher.show_wizard()
        return launcher
    try:
        station = Station.open(path)
    except (errors.Error, db_errors.Error) as exc:
        show_error(None, exc, wait=True)
        return 1
    if not station.initialised:
        station.close()
        launcher.show_wizard()
        return launcher
    launcher.start(station)
    return launcher


def run_gui(data_dir: str | None = None) -> int:
    """Run the application on the station in ``data_dir`` (default data directory when None); exit code.

    The cyclic garbage collector pauses while the first window is built: start-up makes some 30,000 objects
    that live as long as the program (modules, classes, functions) and little garbage (a few hundred
    objects), yet the collector would walk them again and again meanwhile (7-20 ms measured on the way to
    the main window, against 3 ms for a bare Qt program). Once the window is up they are frozen out of its
    sight (``gc.freeze``, the pattern the gc documentation gives) and it runs as usual.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        launcher = start_gui(data_dir)
    except BaseException:
        _resume_collector(collecting)
        raise
    if isinstance(launcher, int):
        _resume_collector(collecting)
        return launcher
    QTimer.singleShot(0, lambda: _resume_collector(collecting))
    app = launcher.app
    app.lastWindowClosed.connect(
        lambda: (
            launcher.shell is not None
            and launcher.shell.window is not None
            and launcher.shell.window_closed()
        )
    )
    try:
        return int(app.exec())
    finally:
        _resume_collector(collecting)
        from ui import tasks

        tasks.shutdown()  # background work ends before the database closes
        launcher.close()


def _resume_collector(enable: bool) -> None:
    """End the start-up pause of :func:`run_gui` (at once when called again)."""
    if enable and not gc.isenabled():
        gc.freeze()
        gc.enable()
