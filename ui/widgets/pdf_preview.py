"""PDF preview: the pages of a document as images in a scroll view.

QtPdf (QPdfView) would be the natural choice but is not shipped in PySide6-Essentials 6.12, so the pages are
rendered with pdftoppm (see :mod:`ui.printing`) and shown as labels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.printing import PrintError, page_images
from ui.tasks import Op


class PdfPreview(QScrollArea):
    """Shows one PDF's pages stacked vertically; rasterising runs in the background."""

    def __init__(self, parent: QWidget | None = None, *, dpi: int = 60) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("文书预览"))
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self.pages: list[QLabel] = []
        self._token = 0
        self.clear(self.tr("选择一份文书以预览"))

    def clear(self, message: str = "") -> None:
        """Remove the pages and show ``message`` instead."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.pages = []
        if message:
            label = QLabel(message)
            label.setAccessibleName(self.tr("预览提示"))
            self._layout.addWidget(label)

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` (replaces what was shown)."""
        self._token += 1
        token = self._token
        self.clear(self.tr("正在生成预览…"))
        Op(self, page_images, pdf, dpi=self.dpi).on_cpu_pool().success(
            lambda pngs: self._show(token, pngs)).failure(lambda exc: self._failed(token, exc)).run()

    def _show(self, token: int, pngs: list[bytes]) -> None:
        if token != self._token:  # a newer document was chosen meanwhile
            return
        self.clear()
        for n, png in enumerate(pngs, start=1):
            pix = QPixmap()
            pix.loadFromData(png, "PNG")
            label = QLabel()
            label.setPixmap(pix)
            label.setAccessibleName(self.tr("第 %1 页").replace("%1", str(n)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._layout.addWidget(label)
            self.pages.append(label)

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        if isinstance(exc, PrintError):
            self.clear(self.tr("无法生成预览：未找到 pdftoppm（poppler-utils）或文件损坏"))
        else:
            self.clear(self.tr("无法生成预览：%1").replace("%1", str(exc)))
