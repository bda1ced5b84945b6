"""The 同步 section: what waits to be sent, push to the central database, or write a bundle file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import sync
from inspector.permissions import Action
from inspector.station import Session
from ui.messages import show_error
from ui.tasks import Op


class Screen(QWidget):
    """Sync status and actions.

    Signals:
        changed(): a push or export finished (the main window refreshes its pending-sync count).
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.station = session.station
        layout = QVBoxLayout(self)

        status = QGroupBox(self.tr("待同步"))
        form = QFormLayout(status)
        self.pending = QLabel()
        self.pending.setAccessibleName(self.tr("待同步记录数"))
        self.batches = QLabel()
        self.batches.setAccessibleName(self.tr("未发送批次"))
        self.last_sent = QLabel()
        self.last_sent.setAccessibleName(self.tr("上次发送时间"))
        form.addRow(self.tr("待同步记录："), self.pending)
        form.addRow(self.tr("未发送批次："), self.batches)
        form.addRow(self.tr("上次发送："), self.last_sent)
        layout.addWidget(status)

        online = QGroupBox(self.tr("联网同步到中心数据库"))
        row = QHBoxLayout(online)
        self.dsn = QLineEdit(str(self.station.setting("sync.central_dsn") or ""))
        self.dsn.setPlaceholderText(self.tr("host=… dbname=… user=…"))
        self.dsn.setAccessibleName(self.tr("中心数据库连接串"))
        self.push_button = QPushButton(self.tr("立即同步(&S)"))
        self.push_button.setAccessibleName(self.tr("立即同步"))
        self.push_button.clicked.connect(self.push)
        row.addWidget(self.dsn, 1)
        row.addWidget(self.push_button)
        layout.addWidget(online)

        offline = QGroupBox(self.tr("无网络时：导出同步包（移动介质）"))
        row = QHBoxLayout(offline)
        row.addWidget(QLabel(self.tr("把未发送的批次和证据文件写入签名的同步包，交由大队导入。")), 1)
        self.export_button = QPushButton(self.tr("导出同步包(&E)…"))
        self.export_button.setAccessibleName(self.tr("导出同步包"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        layout.addWidget(offline)

        self.result = QLabel()
        self.result.setObjectName("sync-result")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("同步结果"))
        layout.addWidget(self.result)
        layout.addStretch(1)
        allowed = session.can(Action.SYNC_RUN)
        self.push_button.setEnabled(allowed)
        self.export_button.setEnabled(allowed)
        self.refresh()

    def refresh(self) -> None:
        db = self.station.db
        self.pending.setText(str(self.station.pending_sync_count()))
        self.batches.setText(str(db.scalar("SELECT count(*) FROM sync_batches WHERE sent_at IS NULL")))
        last = db.scalar("SELECT max(sent_at) FROM sync_batches")
        self.last_sent.setText(last or self.tr("从未"))

    def push(self) -> None:
        dsn = self.dsn.text().strip()
        if not dsn:
            self._say(self.tr("请填写中心数据库连接串。"), ok=False)
            return
        session = self.session

        def run(progress=None, cancelled=None):
            import psycopg
            with psycopg.connect(dsn, connect_timeout=10) as conn:
                return sync.push(session, conn, progress=progress)

        self.push_button.setEnabled(False)
        Op(self, run).with_progress(self.tr("正在同步…"), progress=True).success(self._pushed).failure(self._failed).run()

    def _pushed(self, report: sync.PushReport) -> None:
        self.push_button.setEnabled(True)
        text = self.tr("已发送 %1 个批次、%2 条记录。").replace("%1", str(report.batches)).replace("%2", str(report.rows))
        if report.conflicts:
            text += self.tr("有 %1 条记录与中心数据冲突，已记录待处理，中心数据未被覆盖。").replace(
                "%1", str(len(report.conflicts)))
        self._say(text, ok=not report.conflicts)
        self.refresh()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.push_button.setEnabled(True)
        self.export_button.setEnabled(True)
        try:
            import psycopg
            network = isinstance(exc, psycopg.OperationalError)
        except ImportError:  # pragma: no cover - psycopg is a runtime dependency
            network = False
        if network:
            self._say(self.tr("无法连接或连接中断：未发送的批次已保留，下次同步时原样重发。（%1）").replace(
                "%1", str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__), ok=False)
        else:
            show_error(self, exc)
        self.refresh()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出同步包"), "station.bundle",
                                              self.tr("同步包 (*.bundle)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self.export_button.setEnabled(False)
        Op(self, sync.export_bundle, self.session, path).with_progress(
            self.tr("正在导出同步包…")).success(self._exported).failure(self._failed).run()

    def _exported(self, out: dict) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("已写入 %1：%2 个批次、%3 条记录、%4 个证据文件。").replace("%1", out["path"]).replace(
            "%2", str(out["batches"])).replace("%3", str(out["rows"])).replace("%4", str(out["files"])), ok=True)
        self.refresh()
        self.changed.emit()

    def _say(self, text: str, *, ok: bool) -> None:
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.result.setText(text)
