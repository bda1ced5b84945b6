"""Printing PDFs: page images via pdftoppm, and painting them onto a QPrinter (one job, many documents).

Qt's own PDF module (QtPdf) is not part of PySide6-Essentials 6.12, so pages are rasterised with poppler's
``pdftoppm`` (installed with poppler-utils; bundled next to the executable on station PCs).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


class PrintError(Exception):
    """Pages could not be rasterised (pdftoppm missing or the file is not a PDF)."""


def page_images(pdf: bytes, *, dpi: int = 100, first: int | None = None, last: int | None = None) -> list[bytes]:
    """PNG bytes of each page of ``pdf`` (pure: no Qt objects, safe on any thread)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise PrintError("pdftoppm")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(pdf)
        cmd = [exe, "-r", str(dpi), "-png"]
        if first:
            cmd += ["-f", str(first)]
        if last:
            cmd += ["-l", str(last)]
        done = subprocess.run([*cmd, str(src), str(Path(tmp) / "p")], capture_output=True, timeout=300)
        if done.returncode != 0:
            raise PrintError(done.stderr.decode("utf-8", "replace").strip() or "pdftoppm failed")
        # pdftoppm pads page numbers to the width of the last one; sorting by the number keeps order.
        files = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [f.read_bytes() for f in files]


def print_pdfs(printer: QPrinter, sources: Sequence[Callable[[], bytes]], *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Print several PDFs as one job, each page scaled to the printable area.

    Runs on a worker thread (QPainter may paint on a QPrinter outside the GUI thread).

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
            for png in page_images(source(), dpi=dpi):
                if not started:
                    if not painter.begin(printer):
                        raise PrintError("printer not ready")
                    started = True
                elif not printer.newPage():
                    raise PrintError("printer refused a new page")
                image = QImage.fromData(png, "PNG")
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
