"""The 数据备份 group of the settings screen: last backup and where backups go, the schedule with retention,
立即备份, and 验证备份 (re-read a backup file against its manifest).

Restoring is not offered here, on a station in use: putting a backup back over it would silently drop every
record, audit event and issued document number made since that backup. A restore is done where a station
admin needs it — on the new or rebuilt PC, from the first-run wizard on an empty data directory
(``ui.setup_wizard``) or with ``inspector restore``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.permissions import Action
from inspector.services import backup, org
from inspector.station import Session, Station
from ui.messages import describe, local_time, show_error
from ui.tasks import Op


class BackupPanel(QGroupBox):
    """Shows when the station was last backed up and where; administrators edit the schedule and back up now.

    Signals:
        changed(): the schedule was saved or a backup was taken.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("数据备份"))
        self.setObjectName("backupPanel")
        self.setAccessibleName(self.tr("数据备份"))
        editable = session.can(Action.BACKUP_RUN) and session.can(Action.SETTINGS_EDIT)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.last = QLabel()
        self.last.setObjectName("backupLast")
        self.last.setAccessibleName(self.tr("上次备份"))
        form.addRow(self.tr("上次备份"), self.last)
        self.interval = QSpinBox()
        self.interval.setRange(0, 365)
        self.interval.setObjectName("backupInterval")
        self.interval.setAccessibleName(self.tr("备份间隔（天）"))
        self.interval.setSpecialValueText(self.tr("不自动备份"))
        self.interval.setSuffix(self.tr(" 天"))
        form.addRow(self.tr("每隔"), self.interval)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setObjectName("backupKeep")
        self.keep.setAccessibleName(self.tr("保留份数"))
        self.keep.setSuffix(self.tr(" 份"))
        form.addRow(self.tr("保留最近"), self.keep)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(self.tr("备份文件夹"))
        self.folder.setPlaceholderText(self.tr("空 = 数据目录下的 backups/scheduled（建议选另一块磁盘）"))
        self.choose = QPushButton(self.tr("选择…"))
        self.choose.setAccessibleName(self.tr("选择备份文件夹"))
        self.choose.clicked.connect(self._choose)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form.addRow(self.tr("备份到"), folder_row)
        self.where = QLabel()
        self.where.setObjectName("backupWhere")
        self.where.setAccessibleName(self.tr("备份位置"))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("备份位置"), self.where)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "备份包括数据库、全部证据原件、已出具文书和站点密钥；程序启动时和空闲时到期即自动备份。"
                "恢复：在新电脑（或清空的数据文件夹）上启动本程序，在首次使用向导中选择“从备份恢复”。"
                "不在使用中的站点上恢复，以免覆盖备份之后录入的案件、证据和文书。"
            )
        )
        note.setWordWrap(True)
        note.setObjectName("backupNote")
        layout.addWidget(note)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("保存备份计划"))
        self.save.setObjectName("backupSave")
        self.save.setAccessibleName(self.tr("保存备份计划"))
        self.save.clicked.connect(self._save)
        self.now = QPushButton(self.tr("立即备份"))
        self.now.setObjectName("backupNow")
        self.now.setAccessibleName(self.tr("立即备份"))
        self.now.clicked.connect(self._backup_now)
        self.verify = QPushButton(self.tr("验证备份…"))
        self.verify.setObjectName("backupVerify")
        self.verify.setAccessibleName(self.tr("验证备份文件"))
        self.verify.setToolTip(self.tr("逐个核对备份文件中每个文件的 SHA-256 与备份清单是否一致"))
        self.verify.clicked.connect(lambda _checked=False: self.verify_file())
        buttons.addWidget(self.save)
        buttons.addWidget(self.now)
        buttons.addWidget(self.verify)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        for w in (self.interval, self.keep, self.folder, self.choose, self.save, self.now):
            w.setEnabled(editable)
        self.reload()

    def reload(self) -> None:
        plan = backup.schedule(self.session.station)
        if plan.last_at:
            name = Path(plan.last_file).name if plan.last_file else ""
            text = self.tr("%1，文件 %2").replace("%1", local_time(plan.last_at)).replace("%2", name)
            self.last.setToolTip(plan.last_file or "")
        else:
            text = self.tr("尚未备份")
        if plan.last_error:
            text += "\n" + self.tr("最近一次失败：%1").replace("%1", plan.last_error)
        self.last.setText(text)
        self.interval.setValue(plan.interval_days)
        self.keep.setValue(plan.keep)
        self.folder.setText(str(self.session.station.setting("backup.dir") or ""))
        self.where.setText(str(plan.folder))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _save(self) -> None:
        values = {
            "backup.interval_days": self.interval.value(),
            "backup.keep": self.keep.value(),
            "backup.dir": self.folder.text().strip(),
        }

        def save() -> None:
            for key, value in values.items():
                if self.session.station.setting(key) != value:
                    org.set_setting(self.session, key, value)

        Op(self, save).success(lambda _r: self._done(self.tr("备份计划已保存"))).failure(self._failed).run()

    def _backup_now(self) -> None:
        self.now.setEnabled(False)
        Op(self, backup.backup_now, self.session).with_progress(self.tr("正在备份…")).success(
            lambda r: self._done(self.tr("备份已写入并校验：%1").replace("%1", str(r.path)))
        ).failure(self._failed).run()

    def verify_file(self, path: str | None = None) -> None:
        """Re-read a backup file (chosen in a file dialog unless given) and say whether it is whole."""
        if path is None:
            plan = backup.schedule(self.session.station)
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("选择要验证的备份文件"),
                str(plan.folder) if plan.folder.is_dir() else "",
                self.tr("Inspector 备份 (*.zip);;所有文件 (*)"),
            )
            if not path:
                return
        self.verify.setEnabled(False)
        Op(self, backup.verify_archive, path).with_progress(self.tr("正在验证备份…")).success(
            lambda manifest: self._verified(path, manifest)
        ).failure(self._failed).run()

    def _verified(self, path: str, manifest: dict) -> None:
        self.verify.setEnabled(True)
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(
            self.tr("备份完好：%1（站点 %2，备份时间 %3），数据库 + %4 个文件全部与清单一致。")
            .replace("%1", Path(path).name)
            .replace("%2", str(manifest.get("station_name") or manifest.get("station_id") or ""))
            .replace("%3", local_time(str(manifest.get("created_at", ""))))
            .replace("%4", str(len(manifest["files"])))
        )

    def _done(self, text: str) -> None:
        self.now.setEnabled(True)
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(text)
        self.reload()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.now.setEnabled(True)
        self.verify.setEnabled(True)
        text = describe(exc)
        if text is None:
            show_error(self, exc)
            return
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.reload()


class ScheduledBackup(QObject):
    """Takes the scheduled backup in the background when it is due: shortly after start, then when checked again.

    The check is cheap (two settings and one meta value); the backup itself runs on the writer thread, so it
    never blocks the window. A failure is recorded in the station (shown by :class:`BackupPanel`), not shown as
    a dialog in the middle of someone's work.

    Signals:
        finished(object): the BackupReport of a backup just taken.
    """

    finished = Signal(object)

    def __init__(
        self,
        station: Station,
        parent: QObject | None = None,
        *,
        first_ms: int = 20_000,
        every_ms: int = 15 * 60_000,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_ms, self, self.check)

    def check(self) -> None:
        if self.running:
            return
        try:
            due = backup.schedule(self.station).due(clock.now())
        except Exception as exc:  # a settings value the user typed wrong must not stop the program
            if describe(exc) is None and not isinstance(exc, ValueError | TypeError):
                raise
            return
        if not due:
            return
        self.running = True
        Op(None, backup.run_scheduled, self.station).success(self._done).failure(self._failed).run()

    def _done(self, report: object) -> None:
        self.running = False
        self.finished.emit(report)

    def _failed(self, _exc: BaseException) -> None:
        self.running = False  # recorded in backup.last_error by run_scheduled
