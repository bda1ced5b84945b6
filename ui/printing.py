"""Printing PDFs: pages rendered by PDFium to images, and painted onto a QPrinter (one job, many documents).

Qt's own PDF module (QtPdf) is not part of PySide6-Essentials, and poppler's ``pdftoppm`` does not exist on the
Windows station PCs, so pages are rasterised by the PDFium library that ships inside the pypdfium2 wheel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from exports.qr import PDFIUM_LOCK

# PDFium may not be entered from two threads at once, not even for different documents: the preview renders on
# the CPU pool while a print job renders on the worker and verify may read a QR code, so all share one lock.
_PDFIUM_LOCK = PDFIUM_LOCK
# Above this many pixels a page is rendered at a lower resolution (an A4 page at 300 dpi is 8.7 million).
MAX_PIXELS = 60_000_000


class PrintError(Exception):
    """Pages could not be rasterised (the file is not a PDF PDFium can read) or the printer refused."""


class PdfPages:
    """One open PDF whose pages are rendered on demand (any thread; QImage, unlike QPixmap, is thread-safe).

    Use it in a ``with`` block so the document is closed at once rather than by a finalizer on some thread.

    Raises:
        PrintError: the bytes are not a PDF that PDFium can open.
    """

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2 as pdfium  # on first use: it loads the PDFium library (~50 ms), not needed at start

        with _PDFIUM_LOCK:
            try:
                self._doc = pdfium.PdfDocument(pdf)
                self.count = len(self._doc)
            except pdfium.PdfiumError as exc:
                raise PrintError(str(exc)) from exc

    def __len__(self) -> int:
        return self.count

    def image(self, index: int, *, dpi: float) -> QImage:
        """Page ``index`` (0-based) rendered at ``dpi`` as an opaque RGB image that owns its pixels."""
        import pypdfium2 as pdfium

        if not 0 <= index < self.count:
            raise PrintError(f"no page {index + 1} (the document has {self.count})")
        with _PDFIUM_LOCK:
            page = self._doc[index]
            try:
                width, height = page.get_size()
                scale = min(dpi / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)  # RGBX, 4-byte pixels
                try:
                    return QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()
                finally:
                    bitmap.close()
            except pdfium.PdfiumError as exc:
                raise PrintError(str(exc)) from exc
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM_LOCK:
            self._doc.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _range(count: int, first: int | None, last: int | None) -> range:
    """0-based indexes of 1-based pages ``first``..``last`` (clamped to the document, like pdftoppm's -f/-l)."""
    return range(max(first or 1, 1) - 1, min(last or count, count))


def page_qimages(
    pdf: bytes, *, dpi: float = 100, first: int | None = None, last: int | None = None
) -> list[QImage]:
    """Each page of ``pdf`` (1-based ``first``..``last``, default all) as a QImage; safe on any thread."""
    with PdfPages(pdf) as pages:
        return [pages.image(i, dpi=dpi) for i in _range(len(pages), first, last)]


def page_images(
    pdf: bytes, *, dpi: int = 100, first: int | None = None, last: int | None = None
) -> list[bytes]:
    """PNG bytes of each page of ``pdf`` (no Qt objects in the result; safe on any thread)."""
    out = []
    for image in page_qimages(pdf, dpi=dpi, first=first, last=last):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, b"PNG")
        buffer.close()
        out.append(bytes(data.data()))
    return out


def print_pdfs(
    printer: QPrinter,
    sources: Sequence[Callable[[], bytes]],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print several PDFs as one job, each page scaled to the printable area.

    Runs on a worker thread (QPainter may paint on a QPrinter outside the GUI thread). Pages are rendered at
    the printer's resolution (150–300 dpi) one at a time, so a long batch never holds more than one page image.

    Args:
        sources: callables giving each document's PDF bytes (read lazily, one at a time).

    Returns:
        The number of documents printed (fewer than requested when cancelled).
    """
    dpi = min(max(printer.resolution(), 150), 300)
    painter = QPainter()
    started = False
    done = 0
    try:
        for i, source in enumerate(sources):
            if cancelled and cancelled():
                break
            with PdfPages(source()) as pages:
                for n in range(len(pages)):
                    image = pages.image(n, dpi=dpi)
                    if not started:
                        if not painter.begin(printer):
                            raise PrintError("printer not ready")
                        started = True
                    elif not printer.newPage():
                        raise PrintError("printer refused a new page")
                    area = painter.viewport()
                    size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
            done = i + 1
            if progress:
                progress(done, len(sources))
    finally:
        if started:
            painter.end()
    return done
