"""The 同步 section: the central database form, what waits, push and pull, quarantined batches and conflicts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector import sync
from inspector.permissions import Action
from inspector.station import Session
from inspector.sync import conflicts, connection, history, pull, receipt
from ui.messages import describe, local_time, show_error
from ui.tasks import Op
from ui.translations import join, sentences


class Screen(QWidget):
    """Sync settings, status and actions.

    Signals:
        changed(): a push, pull, export or conflict resolution finished (the main window refreshes its count).
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncScreen")
        self.session = session
        self.station = session.station
        self._op: Op | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(self._connection_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._status_box())
        right.addWidget(self._last_box(), 1)
        top.addLayout(right, 1)

        run = QHBoxLayout()
        self.push_button = QPushButton(self.tr("立即同步(&S)"))
        self.push_button.setAccessibleName(self.tr("立即同步"))
        self.push_button.setToolTip(
            self.tr("发送待同步记录和证据文件，再取回中心的参考数据、审核结论和冲突处理结果")
        )
        self.push_button.clicked.connect(self.push)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消同步"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("同步进度"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        run.addWidget(self.push_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress, 1)
        layout.addLayout(run)

        self.result = QLabel()
        self.result.setObjectName("sync-result")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("同步结果"))
        layout.addWidget(self.result)

        lists = QHBoxLayout()
        layout.addLayout(lists, 1)
        qbox = QGroupBox(self.tr("被中心拒收、已隔离的批次"))
        qlay = QVBoxLayout(qbox)
        self.quarantine_list = QListWidget()
        self.quarantine_list.setAccessibleName(self.tr("隔离的批次"))
        qlay.addWidget(self.quarantine_list)
        quarantine_note = QLabel(self.tr("其余批次照常发送；改正相关记录后，改正的内容会随新批次发送。"))
        quarantine_note.setWordWrap(True)  # the English is longer than the list is wide
        qlay.addWidget(quarantine_note)
        lists.addWidget(qbox, 1)
        cbox = QGroupBox(self.tr("同步冲突（本站与中心都改过的记录）"))
        clay = QVBoxLayout(cbox)
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("同步冲突"))
        self.conflict_list.itemDoubleClicked.connect(lambda _item: self.resolve_selected())
        clay.addWidget(self.conflict_list)
        self.resolve_button = QPushButton(self.tr("对照处理(&R)…"))
        self.resolve_button.setAccessibleName(self.tr("处理所选冲突"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        if not session.can(conflicts.RESOLVE):
            self.resolve_button.setEnabled(False)
            self.resolve_button.setToolTip(self.tr("冲突由中队长或督察处理"))
        clay.addWidget(self.resolve_button)
        lists.addWidget(cbox, 1)

        offline = QGroupBox(self.tr("无网络时：导出同步包（移动介质）"))
        row = QHBoxLayout(offline)
        note = QLabel(
            self.tr(
                "把未发送的批次和证据文件写入本站签名的同步包，交由大队导入；"
                "大队导入后写出回执，带回导入回执，这些批次才算已发送。"
            )
        )
        note.setWordWrap(True)
        row.addWidget(note, 1)
        self.export_button = QPushButton(self.tr("导出同步包(&E)…"))
        self.export_button.setAccessibleName(self.tr("导出同步包"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        self.receipt_button = QPushButton(self.tr("导入回执(&I)…"))
        self.receipt_button.setAccessibleName(self.tr("导入回执"))
        self.receipt_button.setToolTip(
            self.tr("大队导入同步包后写出的回执：核对后把中心已收到的批次标记为已发送")
        )
        self.receipt_button.clicked.connect(self.choose_receipt)
        row.addWidget(self.receipt_button)
        layout.addWidget(offline)

        allowed = session.can(Action.SYNC_RUN)
        for w in (
            self.push_button,
            self.export_button,
            self.receipt_button,
            self.test_button,
            self.save_button,
        ):
            w.setEnabled(allowed)
        self.refresh()
        self._restore_result()

    # ------------------------------------------------------------------ building
    def _connection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("中心数据库"))
        form = QFormLayout(box)
        saved = connection.load(self.station)
        self.host = QLineEdit(saved.host)
        self.host.setPlaceholderText(self.tr("例如 10.0.0.5 或 central.example.gov.cn"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port)
        self.dbname = QLineEdit(saved.dbname)
        self.user = QLineEdit(saved.user)
        self.user.setPlaceholderText(self.tr("大队为本站点登记时给出的登录名"))
        self.password = QLineEdit(connection.stored_password(self.station, saved) or "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        for mode, label in (
            ("prefer", self.tr("尽量加密")),
            ("require", self.tr("必须加密")),
            ("verify-full", self.tr("加密并核验服务器证书")),
            ("disable", self.tr("不加密（仅限内网测试）")),
        ):
            self.tls.addItem(label, mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(saved.sslmode)))
        for widget, name in (
            (self.host, "服务器"),
            (self.port, "端口"),
            (self.dbname, "数据库"),
            (self.user, "站点登录名"),
            (self.password, "密码"),
            (self.tls, "加密方式"),
        ):
            widget.setAccessibleName(self.tr(name))
        form.addRow(self.tr("服务器："), self.host)
        form.addRow(self.tr("端口："), self.port)
        form.addRow(self.tr("数据库："), self.dbname)
        form.addRow(self.tr("站点登录名："), self.user)
        form.addRow(self.tr("密码："), self.password)
        form.addRow(self.tr("加密方式："), self.tls)
        self.keyring_note = QLabel(
            self.tr("密码保存在系统的密码库中。")
            if connection.keyring_available()
            else self.tr("本机没有可用的系统密码库：密码不会被保存，每次同步前请重新填写。")
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleName(self.tr("密码保存说明"))
        form.addRow(self.keyring_note)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接(&T)"))
        self.test_button.setAccessibleName(self.tr("测试连接"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setAccessibleName(self.tr("保存连接设置"))
        self.save_button.clicked.connect(self.save_settings)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return box

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("待同步"))
        form = QFormLayout(box)
        self.pending = QLabel()
        self.pending.setAccessibleName(self.tr("待同步记录数"))
        self.by_kind = QLabel()
        self.by_kind.setWordWrap(True)
        self.by_kind.setAccessibleName(self.tr("按类别的待同步记录"))
        self.batches = QLabel()
        self.batches.setAccessibleName(self.tr("未发送批次"))
        form.addRow(self.tr("待同步记录："), self.pending)
        form.addRow(self.tr("其中："), self.by_kind)
        form.addRow(self.tr("未发送批次："), self.batches)
        return box

    def _last_box(self) -> QGroupBox:
        """What the last push, pull and bundle did, kept by the station (so still there after a restart)."""
        box = QGroupBox(self.tr("最近结果"))
        form = QFormLayout(box)
        self.last_sent = QLabel()
        self.last_sent.setAccessibleName(self.tr("上次发送"))
        self.last_pulled = QLabel()
        self.last_pulled.setAccessibleName(self.tr("上次取回"))
        self.last_bundle = QLabel()
        self.last_bundle.setAccessibleName(self.tr("上次同步包"))
        self.last_receipt = QLabel()
        self.last_receipt.setAccessibleName(self.tr("上次回执"))
        self.last_failure = QLabel()
        self.last_failure.setAccessibleName(self.tr("最近一次失败"))
        self.last_failure.setStyleSheet("color: #b00020;")
        for label in (
            self.last_sent,
            self.last_pulled,
            self.last_bundle,
            self.last_receipt,
            self.last_failure,
        ):
            label.setWordWrap(True)
        form.addRow(self.tr("上次成功发送："), self.last_sent)
        form.addRow(self.tr("上次成功取回："), self.last_pulled)
        form.addRow(self.tr("上次导出同步包："), self.last_bundle)
        form.addRow(self.tr("上次导入回执："), self.last_receipt)
        self.failure_caption = QLabel(self.tr("最近一次失败："))
        self.failure_caption.setStyleSheet("color: #b00020;")
        form.addRow(self.failure_caption, self.last_failure)
        return box

    # ------------------------------------------------------------------ state
    def settings(self) -> connection.ConnectionSettings:
        return connection.ConnectionSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            dbname=self.dbname.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.tls.currentData(),
        )

    def refresh(self) -> None:
        from ui.widgets.conflict_dialog import author_text, entity_label, station_text

        kinds = sync.pending_by_kind(self.station)
        # records, each once however often it changed since the last sync: the total is the sum of the kinds
        self.pending.setText(str(sum(kinds.values())))
        self.by_kind.setText(join(f"{entity_label(k)} {n}" for k, n in kinds.items()) or self.tr("无"))
        unsent, waiting = len(sync.unsent_batches(self.station)), receipt.awaiting(self.station)
        self.batches.setText(
            self.tr("%1（其中 %2 个已写入同步包，待大队回执）")
            .replace("%1", str(unsent))
            .replace("%2", str(waiting))
            if waiting
            else str(unsent)
        )
        self._show_last()
        self.quarantine_list.clear()
        for q in sync.quarantined(self.station):
            code, _, detail = (q["error"] or "").partition(": ")
            item = QListWidgetItem(
                self.tr("%1 条记录（%2）：%3")
                .replace("%1", str(q["row_count"]))
                .replace("%2", local_time(q["quarantined_at"]))
                .replace("%3", self.quarantine_text(code))
            )
            item.setToolTip(detail)
            self.quarantine_list.addItem(item)
        self.conflict_list.clear()
        for c in conflicts.open_conflicts(self.station):
            mine, theirs = conflicts.authors(self.station, c)
            item = QListWidgetItem(
                self.tr("%1 %2\n本站第 %3 版：%4\n中心第 %5 版：%6")
                .replace("%1", entity_label(c["entity"]))
                .replace("%2", str(c["station_data"].get("case_no") or c["entity_id"]))
                .replace("%3", str(mine.version))
                .replace("%4", author_text(mine))
                .replace("%5", str(theirs.version))
                .replace("%6", author_text(theirs))
            )
            item.setToolTip(
                self.tr("中心版本由站点 %1 写入").replace("%1", station_text(theirs, with_id=True))
            )
            item.setData(256, c["central_id"])
            self.conflict_list.addItem(item)
        if self.conflict_list.count():
            self.conflict_list.setCurrentRow(0)

    # ------------------------------------------------------------------ outcomes in words
    def _show_last(self) -> None:
        """The last success of each kind, and the latest failure if it came after them."""
        push, pulled = history.last(self.station, "push"), history.last(self.station, "pull")
        export, taken = history.last(self.station, "export"), history.last(self.station, "receipt")
        never = self.tr("从未成功")
        self.last_sent.setText(self._dated(push.success, short=True) if push.success else never)
        self.last_pulled.setText(self._dated(pulled.success, short=True) if pulled.success else never)
        self.last_bundle.setText(
            self._dated(export.success, short=True) if export.success else self.tr("从未")
        )
        self.last_receipt.setText(
            self._dated(taken.success, short=True) if taken.success else self.tr("从未")
        )
        failures = [got.attempt for got in (push, pulled, export, taken) if got.failed and got.attempt]
        latest = max(failures, key=lambda o: o.at) if failures else None
        self.last_failure.setText(self._dated(latest) if latest else "")
        self.last_failure.setVisible(latest is not None)
        self.failure_caption.setVisible(latest is not None)

    def _dated(self, outcome: history.Outcome, *, short: bool = False) -> str:
        text = self.short_text(outcome) if short and outcome.ok else self.outcome_text(outcome)
        return f"{local_time(outcome.at)} {text}"

    def short_text(self, outcome: history.Outcome) -> str:
        """A success in one line (the status box); the full words are in :meth:`outcome_text`."""
        n = outcome.counts
        if outcome.kind == "push":
            text = self.tr("%1 个批次、%2 条记录").replace("%1", str(n.get("batches", 0)))
            text = text.replace("%2", str(n.get("rows", 0)))
            if n.get("quarantined"):
                text += self.tr("，隔离 %1 个批次").replace("%1", str(n["quarantined"]))
            if n.get("conflicts"):
                text += self.tr("，冲突 %1 条").replace("%1", str(n["conflicts"]))
            return text
        if outcome.kind == "pull":
            return self.tr("%1 条记录").replace("%1", str(n.get("rows", 0)))
        if outcome.kind == "receipt":
            return (
                self.tr("确认 %1 个批次、%2 条记录已被中心收到")
                .replace("%1", str(n.get("batches", 0)))
                .replace("%2", str(n.get("rows", 0)))
            )
        return (
            self.tr("%1 个批次、%2 条记录，写入 %3")
            .replace("%1", str(n.get("batches", 0)))
            .replace("%2", str(n.get("rows", 0)))
            .replace("%3", outcome.detail)
        )

    def _restore_result(self) -> None:
        """After a restart: what the screen said last, with when (a push and the pull after it together)."""
        latest = history.latest(self.station)
        if latest is None:
            return
        shown = [latest]
        if latest.kind == "pull":
            push = history.last(self.station, "push").attempt
            if push is not None and push.ok:
                shown.insert(0, push)
        times = {local_time(o.at) for o in shown}
        if len(times) == 1:
            text = self.tr("上次（%1）：%2").replace("%1", times.pop())
            text = text.replace("%2", sentences(self.outcome_text(o) for o in shown))
        else:
            text = sentences(
                self.tr("上次（%1）：%2").replace("%1", local_time(o.at)).replace("%2", self.outcome_text(o))
                for o in shown
            )
        ok = all(o.ok and not o.counts.get("quarantined") and not o.counts.get("conflicts") for o in shown)
        self._say(text, ok=ok)

    def outcome_text(self, outcome: history.Outcome) -> str:
        """The words for a kept outcome: the same as the screen said when it happened."""
        n = outcome.counts
        if not outcome.ok:
            known = (
                self.receipt_reason_text(outcome.reason, outcome.detail)
                if outcome.kind == "receipt"
                else self.reason_text(outcome.reason)
            )
            text = known or self.tr("未完成（%1）。").replace(
                "%1", ": ".join(x for x in (outcome.reason, outcome.detail) if x)
            )
            if outcome.kind == "push" and n.get("batches"):
                text = sentences(
                    [
                        text,
                        self.tr("中断前已发送并确认 %1 个批次、%2 条记录。")
                        .replace("%1", str(n["batches"]))
                        .replace("%2", str(n.get("rows", 0))),
                    ]
                )
            return {
                "push": self.tr("发送失败：%1"),
                "pull": self.tr("取回失败：%1"),
                "export": self.tr("同步包未写出：%1"),
                "receipt": self.tr("回执未导入：%1"),
            }[outcome.kind].replace("%1", text)
        if outcome.kind == "push":
            return self.push_text(n)
        if outcome.kind == "pull":
            return self.pull_text(n)
        if outcome.kind == "receipt":
            return self.receipt_text(n)
        return self.export_text(n, outcome.detail)

    def receipt_text(self, n: dict[str, int]) -> str:
        text = (
            self.tr("回执核对无误：中心已收到的 %1 个批次（%2 条记录）已标记为已发送。")
            .replace("%1", str(n.get("batches", 0)))
            .replace("%2", str(n.get("rows", 0)))
        )
        more = []
        if n.get("already"):
            more.append(self.tr("另有 %1 个批次此前已确认。").replace("%1", str(n["already"])))
        if n.get("conflicts"):
            more.append(
                self.tr("有 %1 条记录与中心数据冲突，已记录待处理（见下方）。").replace(
                    "%1", str(n["conflicts"])
                )
            )
        return sentences([text, *more])

    def receipt_reason_text(self, reason: str, detail: str) -> str | None:
        """Why a receipt was refused, and what to do (nothing was marked)."""
        return {
            "not_a_receipt": self.tr(
                "所选文件不是回执（大队导入同步包后写出的 .receipt 文件）。未标记任何批次。"
            ),
            "too_large": self.tr("回执文件超出大小限制，不是有效的回执。未标记任何批次。"),
            "foreign_station": self.tr(
                "这份回执属于另一个站点（%1），不是本站的：请向大队要本站同步包的回执。未标记任何批次。"
            ).replace("%1", detail),
            "unknown_batch": self.tr(
                "回执列出了本站没有的批次，不是本站同步包的回执：请向大队核对。未标记任何批次。"
            ),
            "altered_batch": self.tr(
                "回执中批次的内容与本站的不符（回执被改动，或不是本站同步包的回执）：请向大队核对。未标记任何批次。"
            ),
        }.get(reason)

    def push_text(self, n: dict[str, int]) -> str:
        text = [
            self.tr("已发送 %1 个批次、%2 条记录、%3 个证据文件。")
            .replace("%1", str(n.get("batches", 0)))
            .replace("%2", str(n.get("rows", 0)))
            .replace("%3", str(n.get("files", 0)))
        ]
        if n.get("quarantined"):
            text.append(
                self.tr("有 %1 个批次被中心拒收，已隔离（见下方），其余照常发送。").replace(
                    "%1", str(n["quarantined"])
                )
            )
        if n.get("conflicts"):
            text.append(
                self.tr("有 %1 条记录与中心数据冲突，已记录待处理，中心数据未被覆盖。").replace(
                    "%1", str(n["conflicts"])
                )
            )
        return sentences(text)

    def pull_text(self, n: dict[str, int]) -> str:
        return (
            self.tr("已取回 %1 条记录、%2 个证据文件。")
            .replace("%1", str(n.get("rows", 0)))
            .replace("%2", str(n.get("files", 0)))
        )

    def export_text(self, n: dict[str, int], path: str) -> str:
        return (
            self.tr("已写入 %1：%2 个批次、%3 条记录、%4 个证据文件。")
            .replace("%1", path)
            .replace("%2", str(n.get("batches", 0)))
            .replace("%3", str(n.get("rows", 0)))
            .replace("%4", str(n.get("files", 0)))
        )

    def quarantine_text(self, code: str) -> str:
        return {
            "bad_value": self.tr("含有中心数据库无法保存的字符或数值，请改正相关记录"),
            "not_own_row": self.tr("涉及不属于本站点的记录，请联系大队管理员"),
            "constraint": self.tr("违反中心数据库的数据约束，请联系大队管理员"),
            "altered_file": self.tr("证据文件与其哈希不符（文件已损坏或被改动），请检查证据库"),
        }.get(code, self.tr("被中心数据库拒收，请联系大队管理员"))

    def save_settings(self) -> bool:
        settings = self.settings()
        connection.save(self.station, settings)
        stored = (
            connection.store_password(self.station, settings, self.password.text())
            if self.password.text()
            else False
        )
        self._say(
            self.tr("连接设置已保存。") + (self.tr("密码已存入系统密码库。") if stored else ""), ok=True
        )
        return stored

    def _password(self) -> str | None:
        return self.password.text() or None

    def _ready(self) -> connection.ConnectionSettings | None:
        settings = self.settings()
        if not settings.complete:
            self._say(self.tr("请填写服务器、数据库和站点登录名。"), ok=False)
            return None
        connection.save(self.station, settings)
        return settings

    # ------------------------------------------------------------------ actions
    def test_connection(self) -> None:
        settings = self._ready()
        if settings is None:
            return
        Op(self, connection.try_connection, self.station, settings, self._password()).success(
            lambda kind: self._say(self.tr("连接成功：中心数据库已就绪，登录名属于本站点。"), ok=True)
        ).failure(self._failed).run()

    def push(self) -> None:
        settings = self._ready()
        if settings is None:
            return
        session, password = self.session, self._password()

        def run(progress=None, cancelled=None):
            # A refused connection, the push and the pull each keep their outcome on the station.
            with sync.connect_for(session.station, "push", settings.dsn(), password=password) as conn:
                pushed = sync.push(session, conn, progress=progress, cancelled=cancelled)
                pulled = pull.pull(session, conn)
            return pushed, pulled

        self.push_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self._op = Op(self, run).with_progress(self.tr("正在同步…"), progress=True)
        self._op.signals.progressed.connect(self._progressed)
        self._op.success(self._pushed).failure(self._failed).run()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _idle(self, *, finished: bool) -> None:
        """Buttons back; the bar full only when the work finished, else where it stopped (0 % if nothing went)."""
        self._op = None
        self.push_button.setEnabled(self.session.can(Action.SYNC_RUN))
        self.export_button.setEnabled(self.session.can(Action.SYNC_RUN))
        self.receipt_button.setEnabled(self.session.can(Action.SYNC_RUN))
        self.cancel_button.setEnabled(False)
        if finished:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        elif self.progress.maximum() == 0:  # still waiting for the first batch
            self.progress.setRange(0, 1)
            self.progress.setValue(0)

    def _pushed(self, result) -> None:
        report, pulled = result
        self._idle(finished=True)
        text = self.push_text(report.counts()) + self.pull_text(pulled.counts())
        self._say(text, ok=not report.conflicts and not report.quarantined)
        self.refresh()
        self.changed.emit()

    def error_text(self, exc: BaseException) -> str | None:
        """Chinese sentences that say what to do, never the driver's own text."""
        if isinstance(exc, sync.SyncError):
            return self.reason_text(exc.reason)
        if isinstance(exc, sync.ReceiptError):
            return self.receipt_reason_text(exc.reason, exc.detail)
        return None

    def reason_text(self, reason: str) -> str | None:
        """What to do about a sync failure, by its code (None: a code without words of its own)."""
        return {
            "unreachable": self.tr(
                "无法连接中心数据库：请检查服务器地址、端口和网络连接，或稍后再试。未发送的记录都已保留。"
            ),
            "no_database": self.tr(
                "中心服务器上没有名为“%1”的数据库：请核对“数据库”一栏（由大队登记本站点时给出）。"
            ).replace("%1", self.dbname.text().strip()),
            "no_tls": self.tr(
                "中心服务器没有开启加密连接，而本站要求加密：请大队管理员为服务器开启加密（TLS）后再同步，未发送的记录都已保留。"
            ),
            "no_password": self.tr("请填写站点登录名的密码（由大队登记本站点时给出）。"),
            "login": self.tr("中心数据库拒绝了登录：请核对站点登录名和密码（由大队登记本站点时给出）。"),
            "not_set_up": self.tr(
                "中心数据库尚未初始化，或由本程序较早的版本建立：请大队管理员运行 inspector central init"
                "（可重复运行，已有数据不受影响）。未发送的记录都已保留。"
            ),
            "not_registered": self.tr("该登录名不属于本站点：请使用大队为本站点登记时给出的登录名。"),
            "dropped": self.tr("同步中断（连接断开）：未确认的批次已保留，下次同步时原样重发，不会重复。"),
            "cancelled": self.tr("同步已取消：已发送的批次已确认，其余的保留到下次同步。"),
        }.get(reason)

    def _failed(self, exc: BaseException) -> None:
        self._idle(finished=False)
        text = self.error_text(exc)
        if text is None:
            text = describe(exc)
            if text is None:
                show_error(self, exc)
                self.refresh()
                return
        self._say(text, ok=False)
        self.refresh()

    def resolve_selected(self) -> None:
        item = self.conflict_list.currentItem()
        if item is None or not self.session.can(conflicts.RESOLVE):
            return
        self.open_conflict(int(item.data(256)))

    def open_conflict(self, central_id: int):
        from ui.widgets.conflict_dialog import ConflictDialog

        found = [c for c in conflicts.open_conflicts(self.station) if c["central_id"] == central_id]
        if not found:
            return None
        dialog = ConflictDialog(self.session, found[0], self)
        dialog.accepted.connect(self._resolved)
        dialog.open()
        return dialog

    def _resolved(self) -> None:
        self._say(self.tr("冲突已处理：合并结果已保存，下次同步时发送。"), ok=True)
        self.refresh()
        self.changed.emit()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出同步包"), "station.bundle", self.tr("同步包 (*.bundle)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self.export_button.setEnabled(False)
        Op(self, sync.export_bundle, self.session, path).with_progress(self.tr("正在导出同步包…")).success(
            self._exported
        ).failure(self._failed).run()

    def _exported(self, out: dict) -> None:
        self._idle(finished=True)
        self._say(self.export_text(out, out["path"]), ok=True)
        self.refresh()
        self.changed.emit()

    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入回执"), "", self.tr("回执 (*.receipt)"))
        if path:
            self.import_receipt_from(path)

    def import_receipt_from(self, path: str) -> None:
        self.receipt_button.setEnabled(False)
        Op(self, receipt.import_receipt, self.session, path).with_progress(self.tr("正在核对回执…")).success(
            self._receipted
        ).failure(self._failed).run()

    def _receipted(self, counts: dict) -> None:
        self._idle(finished=True)
        self._say(self.receipt_text(counts), ok=not counts.get("conflicts"))
        self.refresh()
        self.changed.emit()

    def _say(self, text: str, *, ok: bool) -> None:
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.result.setText(text)
