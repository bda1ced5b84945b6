"""现场检查 section: the inspection list, the form with its evidence, drafts autosaved on every change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.permissions import Action
from inspector.services import evidence, inspections
from ui.tasks import Op
from ui.translations import rejection_text
from ui.widgets.evidence_panel import EvidencePanel
from ui.widgets.inspection_form import InspectionForm


class Screen(QWidget):
    """List on the left; form and evidence on the right. Ctrl+N new, Ctrl+S save, Ctrl+O add photos."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("inspectionsScreen")
        self.inspection_id: str | None = None
        self.version: int | None = None
        self.pending: list[str] = []
        self.last_report: evidence.ImportReport | None = None
        evidence.recover(session.station)  # what an interrupted import left behind

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("按地点或当事人查找"))
        self.search.setAccessibleName(self.tr("检查记录搜索"))
        self.search.textChanged.connect(self.refresh_list)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("检查记录列表"))
        self.list.itemActivated.connect(lambda item: self.open(item.data(Qt.ItemDataRole.UserRole)))
        self.new_button = QPushButton(self.tr("新建检查(&N)"), self)
        self.new_button.setAccessibleName(self.tr("新建检查"))
        self.new_button.clicked.connect(self.new)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(self.search)
        lv.addWidget(self.list, 1)
        lv.addWidget(self.new_button)

        self.form = InspectionForm(session, self)
        self.form.changed.connect(self._schedule_draft)
        self.banner = QLabel(self)
        self.banner.setAccessibleName(self.tr("提示"))
        self.banner.setMinimumWidth(150)
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("当前检查"))
        self.evidence = EvidencePanel(session, self)
        self.evidence.paths_added.connect(self.add_paths)
        self.evidence.gps_wanted.connect(self._use_gps)
        self.save_button = QPushButton(self.tr("保存(&S)"), self)
        self.save_button.setAccessibleName(self.tr("保存检查"))
        self.save_button.setEnabled(session.can(Action.INSPECTION_EDIT))
        self.save_button.clicked.connect(self.save)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.banner)
        top.addWidget(self.save_button)
        self.open_case_button = QPushButton(self.tr("立案登记(&C)"), self)
        self.open_case_button.setAccessibleName(self.tr("立案登记"))
        self.open_case_button.setToolTip(self.tr("处理结果为“建议立案”或“当场处罚”的检查，一步登记为案件"))
        self.open_case_button.setEnabled(False)
        self.open_case_button.clicked.connect(self.open_case)
        top.addWidget(self.open_case_button)
        self.case_windows: list[QWidget] = []
        rv.addLayout(top)
        rv.addWidget(scroll, 3)
        rv.addWidget(self.evidence, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(int(session.station.setting("ui.autosave_ms")))
        self._draft_timer.timeout.connect(self.save_draft)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new)
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.evidence.use_gps)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        self.refresh_list()
        self.new()

    # ------------------------------------------------------------- list
    def refresh_list(self) -> None:
        self.list.clear()
        for r in inspections.list_inspections(self.session, search=self.search.text()):
            from ui.models.evidence_table import _local

            text = self.tr("{0}  {1}\n{2}  照片 {3}").format(
                _local(r["started_at"])[:16], r["address"], r["party_name"] or "", r["evidence_count"]
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])

    # -------------------------------------------------------- open / new
    def new(self) -> None:
        self._flush_draft()
        self.inspection_id = None
        self.version = None
        self.form.clear()
        self.pending = []
        self.title.setText(self.tr("新建现场检查"))
        self._update_case_button(None)
        draft = inspections.load_draft(self.session, inspections.draft_key(self.session, None))
        if draft:
            self.form.set_values(draft)
            self.pending = list(draft.get("pending_files") or [])
            self.banner.setText(self.tr("已恢复未保存的草稿"))
        else:
            self.banner.clear()
        self.evidence.set_rows([], self.pending)
        self.form.started.setFocus()

    def open(self, inspection_id: str) -> None:
        self._flush_draft()
        row = inspections.get_inspection(self.session, inspection_id)
        self.inspection_id = inspection_id
        self.version = row["version"]
        self.pending = []
        self.form.set_values(row)
        self.title.setText(self.tr("现场检查：{0}").format(row["address"]))
        draft = inspections.load_draft(self.session, inspections.draft_key(self.session, inspection_id))
        if draft:
            self.form.set_values(draft)
            self.banner.setText(self.tr("已恢复未保存的修改"))
        else:
            self.banner.clear()
        self.evidence.set_rows(row["evidence"])
        self._update_case_button(row)

    # ------------------------------------------------------------ case
    def _update_case_button(self, row: dict[str, Any] | None) -> None:
        from inspector.model import InspectionOutcome
        from inspector.services import case_opening

        existing = case_opening.case_for_inspection(self.session, row["id"]) if row else None
        self.case_id = existing
        calls = bool(row) and InspectionOutcome(row["outcome"]) in case_opening.CASE_OUTCOMES
        self.open_case_button.setText(self.tr("打开案件") if existing else self.tr("立案登记(&C)"))
        self.open_case_button.setEnabled(bool(existing) or (calls and self.session.can(Action.CASE_CREATE)))

    def open_case(self) -> None:
        """Open the case this inspection calls for (or show the one already opened) in its detail view."""
        from inspector.services import case_opening

        if self.inspection_id is None:
            return
        if self.case_id:
            self._show_case(self.case_id)
            return
        iid = self.inspection_id
        Op(self, case_opening.open_from_inspection, self.session, iid).success(
            lambda case: self._case_opened(case)
        ).failure(self._failed).run()

    def _case_opened(self, case: dict[str, Any]) -> None:
        self.banner.setText(self.tr("已登记案件，请在案件详情中继续办理"))
        self.case_id = case["id"]
        self.open_case_button.setText(self.tr("打开案件"))
        self._show_case(case["id"])

    def _show_case(self, case_id: str) -> None:
        from ui.screens.case_detail import CaseDetail

        detail = CaseDetail(self.session, case_id)
        detail.resize(1100, 800)
        detail.show()
        self.case_windows.append(detail)

    # ----------------------------------------------------------- drafts
    def _schedule_draft(self) -> None:
        self._draft_timer.start()

    def _flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()

    def save_draft(self) -> None:
        payload = self.form.values()
        payload["pending_files"] = list(self.pending)
        inspections.save_draft(self.session, inspections.draft_key(self.session, self.inspection_id), payload)

    def closeEvent(self, event) -> None:
        self._flush_draft()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        self._flush_draft()
        super().hideEvent(event)

    # ---------------------------------------------------------- evidence
    def add_paths(self, paths: list[str]) -> None:
        """Import at once into a saved inspection; for a new one keep the files until it is saved."""
        if self.inspection_id is None:
            self.pending += [p for p in paths if p not in self.pending]
            self.evidence.model.add_pending([__import__("pathlib").Path(p) for p in paths])
            self.evidence.status.setText(self.tr("{0} 个文件将在保存后导入").format(len(self.pending)))
            self._schedule_draft()
            return
        iid = self.inspection_id
        Op(self, evidence.add_evidence, self.session, inspection_id=iid, paths=paths).with_progress(
            self.tr("正在导入证据…"), progress=True
        ).success(lambda report: self._imported(iid, report)).failure(self._failed).run()

    def _imported(self, inspection_id: str, report: evidence.ImportReport) -> None:
        self.last_report = report
        if self.inspection_id == inspection_id:
            self.evidence.set_rows(evidence.list_evidence(self.session, inspection_id=inspection_id))
        self._report(report)
        self.refresh_list()

    def _report(self, report: evidence.ImportReport) -> None:
        text = self.tr("已导入 {0} 个，拒收 {1} 个").format(len(report.accepted), len(report.rejected))
        if report.cancelled:
            text += self.tr("（已取消）")
        self.evidence.status.setText(text)
        if report.rejected:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("部分文件未导入"),
                text + "\n\n" + "\n".join(rejection_text(r) for r in report.rejected),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAccessibleName(self.tr("导入报告"))
            box.open()
            self.report_box = box

    def _use_gps(self, lat: float, lon: float) -> None:
        self.form.set_gps(lat, lon)

    # -------------------------------------------------------------- save
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._draft_timer.stop()
        values = self.form.values()
        pending = list(self.pending)
        iid, version = self.inspection_id, self.version

        def work(progress=None, cancelled=None) -> tuple[dict[str, Any], evidence.ImportReport | None]:
            row = inspections.save_inspection(
                self.session, values, inspection_id=iid, expected_version=version
            )
            report = None
            if pending:
                report = evidence.add_evidence(
                    self.session,
                    inspection_id=row["id"],
                    paths=pending,
                    progress=progress,
                    cancelled=cancelled,
                )
            return row, report

        Op(self, work).with_progress(self.tr("正在保存…"), progress=True).success(self._saved).failure(
            self._failed
        ).run()

    def _saved(self, result: tuple[dict[str, Any], evidence.ImportReport | None]) -> None:
        row, report = result
        self.pending = []
        self.refresh_list()
        self.open(row["id"])
        self.banner.setText(self.tr("已保存"))
        if report is not None:
            self.last_report = report
            self._report(report)

    def _failed(self, exc: BaseException) -> None:
        from ui.errors_fallback import show_error

        self.save_draft()  # whatever happened, the typing is kept
        show_error(self, exc)
