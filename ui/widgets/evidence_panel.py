"""Evidence panel of an inspection: add files by dialog, drag and drop or a folder; list; open the viewer.

Signals:
    paths_added(list): files or folders chosen by the user (the screen imports them, or keeps them
        pending until the inspection is saved).
    gps_wanted(float, float): the user asked to use a photo's EXIF position for the inspection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.services import evidence
from ui.models.evidence_table import COL_FILE, COL_SHA, COL_TAKEN, EvidenceTableModel, RecordRole


class EvidencePanel(QWidget):
    paths_added = Signal(list)
    gps_wanted = Signal(float, float)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        self.model = EvidenceTableModel(lambda sha: evidence.thumbnail_file(session.station, sha), self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("证据列表"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setIconSize(self.model_thumb_size())
        header = self.table.horizontalHeader()
        header.resizeSection(COL_FILE, 230)
        header.resizeSection(COL_TAKEN, 150)
        header.setSectionResizeMode(COL_SHA, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=lambda: self.open_row(self.table.currentIndex().row()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.add_files_button = QPushButton(self.tr("添加照片/视频…"), self)
        self.add_files_button.setAccessibleName(self.tr("添加证据文件"))
        self.add_files_button.setShortcut(QKeySequence("Ctrl+O"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(self.tr("添加文件夹（相机卡）…"), self)
        self.add_folder_button.setAccessibleName(self.tr("添加证据文件夹"))
        self.add_folder_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.gps_button = QPushButton(self.tr("用照片坐标"), self)
        self.gps_button.setAccessibleName(self.tr("使用照片GPS坐标"))
        self.gps_button.clicked.connect(self.use_gps)
        self.status = QLabel(self.tr("可将照片或文件夹拖放到此处"), self)
        self.status.setAccessibleName(self.tr("证据导入状态"))
        buttons = QHBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.gps_button):
            buttons.addWidget(b)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    @staticmethod
    def model_thumb_size():
        from ui.models.evidence_table import THUMB

        return THUMB

    # ------------------------------------------------------------ adding
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择证据文件"),
            "",
            self.tr(
                "照片和音视频 (*.jpg *.jpeg *.png *.heic *.heif *.webp *.mp4 *.mov "
                "*.3gp *.mp3 *.m4a *.wav *.amr);;所有文件 (*)"
            ),
        )
        if files:
            self.paths_added.emit(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择相机卡或文件夹"))
        if folder:
            self.paths_added.emit([folder])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.paths_added.emit(paths)

    # ----------------------------------------------------------- showing
    def set_rows(self, rows: list[dict[str, Any]], pending: list[str] | None = None) -> None:
        self.model.set_rows(rows)
        if pending:
            self.model.add_pending([Path(p) for p in pending])

    def open_row(self, row: int) -> None:
        if row < 0:
            return
        record = self.model.index(row, 0).data(RecordRole)
        if not record or record.get("pending") or record.get("kind") != "photo":
            return
        from ui.widgets.photo_viewer import PhotoViewer

        viewer = PhotoViewer(self.session, record, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer = viewer

    def use_gps(self) -> None:
        rows = [r for r in self.model.rows() if not r.get("pending") and r.get("latitude") is not None]
        current = self.table.currentIndex()
        if current.isValid():
            rec = current.data(RecordRole)
            if rec and not rec.get("pending") and rec.get("latitude") is not None:
                rows = [rec]
        if rows:
            self.gps_wanted.emit(rows[0]["latitude"], rows[0]["longitude"])
        else:
            self.status.setText(self.tr("没有带GPS坐标的照片"))
