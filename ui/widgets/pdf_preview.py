"""PDF preview: the pages of a document as images in a scroll view, with zoom.

QtPdf (QPdfView) would be the natural choice but is not shipped in PySide6-Essentials, so the pages are rendered
by PDFium (see :mod:`ui.printing`) on the CPU pool and shown as labels. Pages are rendered at the screen's
device resolution for the current zoom, so text stays sharp on high-DPI screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.printing import PrintError, page_qimages
from ui.tasks import Op

# Zoom steps, as a share of the page's real size on the screen (1.0: an A4 page is as wide as A4 paper).
ZOOMS = (0.25, 0.33, 0.5, 0.625, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreview(QScrollArea):
    """Shows one PDF's pages stacked vertically; rasterising runs in the background.

    Ctrl + mouse wheel, Ctrl++ and Ctrl+- change the zoom; Ctrl+0 returns to the starting size.
    """

    def __init__(self, parent: QWidget | None = None, *, dpi: int = 60) -> None:
        """``dpi``: the starting size, as logical screen pixels per inch of paper (60 fits A4 in ~500 px)."""
        super().__init__(parent)
        self.dpi = dpi
        self._start_dpi = dpi
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("文书预览"))
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self.pages: list[QLabel] = []
        self._pdf: bytes | None = None
        self._token = 0
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            ("Ctrl+0", self.reset_zoom),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.clear(self.tr("选择一份文书以预览"))

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        """The shown size as a share of the page's real size on this screen."""
        return self.dpi / self.logicalDpiX()

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` × their real size (re-rendered sharp, not stretched)."""
        self._set_dpi(round(zoom * self.logicalDpiX()))

    def zoom_in(self) -> None:
        steps = self._steps()
        self._set_dpi(next((d for d in steps if d > self.dpi), steps[-1]))

    def zoom_out(self) -> None:
        steps = self._steps()
        self._set_dpi(next((d for d in reversed(steps) if d < self.dpi), steps[0]))

    def _steps(self) -> list[int]:
        # Compared as whole dpi, so rounding can never leave a step that does not move.
        return sorted({max(10, round(z * self.logicalDpiX())) for z in ZOOMS})

    def _set_dpi(self, dpi: int) -> None:
        dpi = max(10, dpi)
        if dpi == self.dpi:
            return
        self.dpi = dpi
        if self._pdf is not None:
            self._render(keep_pages=True)

    def reset_zoom(self) -> None:
        self.set_zoom(self._start_dpi / self.logicalDpiX())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    # ----------------------------------------------------------------- pages
    def clear(self, message: str = "") -> None:
        """Remove the pages and show ``message`` instead."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.pages = []
        if message:
            label = QLabel(message)
            label.setAccessibleName(self.tr("预览提示"))
            label.setWordWrap(True)
            self._layout.addWidget(label)

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` (replaces what was shown)."""
        self._pdf = pdf
        self._render(keep_pages=False)

    def _render(self, *, keep_pages: bool) -> None:
        self._token += 1
        token = self._token
        if not keep_pages:  # on a zoom change the old pages stay until the sharper ones arrive
            self.clear(self.tr("正在生成预览…"))
        ratio = self.devicePixelRatioF()
        Op(self, page_qimages, self._pdf, dpi=self.dpi * ratio).on_cpu_pool().success(
            lambda images: self._show(token, images, ratio)
        ).failure(lambda exc: self._failed(token, exc)).run()

    def _show(self, token: int, images: list[QImage], ratio: float) -> None:
        if token != self._token:  # a newer document or zoom was chosen meanwhile
            return
        self.clear()
        for n, image in enumerate(images, start=1):
            pix = QPixmap.fromImage(image)
            pix.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pix)
            label.setAccessibleName(self.tr("第 %1 页").replace("%1", str(n)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._layout.addWidget(label)
            self.pages.append(label)

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self._pdf = None
        if isinstance(exc, PrintError):
            self.clear(self.tr("无法生成预览：文件不是可读取的 PDF"))
        else:
            self.clear(self.tr("无法生成预览：%1").replace("%1", str(exc)))
