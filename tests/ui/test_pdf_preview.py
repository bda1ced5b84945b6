"""The document preview: pages rendered in-process by PDFium (no pdftoppm), sharp at every zoom, clear on bad files.

The screenshot goes to ``$INSPECTOR_SCREENSHOT_DIR`` (default: the test's temporary directory) as
``pdf_preview.png``; docs/screenshots/ holds a reviewed copy.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from exports.render import render
from tests.unit.exports.samples import sample
from ui.widgets.pdf_preview import PdfPreview


@pytest.fixture(scope="module")
def decision() -> tuple[bytes, str]:
    data = sample("penalty_decision")
    return render(data), data.qr_text


@pytest.fixture
def no_poppler(tmp_path, monkeypatch) -> None:
    """PATH as on a Windows station PC: no pdftoppm anywhere."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("pdftoppm") is None


def _pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes(
        "RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB", rgb.bytesPerLine()
    )


def _message(preview: PdfPreview) -> str:
    return " ".join(
        w.text()
        for w in preview.findChildren(QLabel)
        if w.accessibleName() == "预览提示" and not w.isHidden()
    )


def test_pages_render_without_pdftoppm_and_show_the_document(decision, no_poppler, qtbot) -> None:
    pdf, code = decision
    preview = PdfPreview(dpi=60)
    qtbot.addWidget(preview)
    preview.set_pdf(pdf)
    assert [p.accessibleName() for p in preview.pages] == ["第 1 页", "第 2 页"]
    first = preview.pages[0].pixmap()
    # A4 (595 × 842 pt) shown at 60 logical pixels per inch of paper.
    assert (first.deviceIndependentSize().width(), first.deviceIndependentSize().height()) == pytest.approx(
        (595 / 72 * 60, 842 / 72 * 60), abs=1.5
    )
    grey = _pil(first.toImage()).convert("L")
    ink = grey.histogram()[:128]
    ink = sum(ink) / (grey.width * grey.height)
    assert 0.005 < ink < 0.3, ink  # text on white paper, not a blank or black page
    preview.set_zoom(1.5)  # large enough to scan off the screen
    shown = _pil(preview.pages[0].pixmap().toImage()).convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(shown)] == [code]


def test_zoom_re_renders_larger_and_returns(decision, qtbot) -> None:
    preview = PdfPreview(dpi=60)
    qtbot.addWidget(preview)
    preview.set_pdf(decision[0])
    start = preview.pages[0].pixmap().width()
    preview.zoom_in()
    assert preview.zoom() > 60 / preview.logicalDpiX()
    bigger = preview.pages[0].pixmap().width()
    assert bigger > start
    # Ctrl + wheel up zooms in again; the wheel alone scrolls.
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(preview.viewport(), wheel)
    assert preview.pages[0].pixmap().width() > bigger
    preview.reset_zoom()
    assert preview.pages[0].pixmap().width() == start
    for _ in range(20):
        preview.zoom_out()
    assert preview.zoom() == pytest.approx(0.25, abs=0.01) and len(preview.pages) == 2


@pytest.mark.parametrize("bad", [b"this is not a pdf", b""])
def test_a_file_that_is_not_a_pdf_says_so(bad: bytes, qtbot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(bad)
    assert preview.pages == []
    assert _message(preview) == "无法生成预览：文件不是可读取的 PDF"


def test_a_truncated_decision_says_so_and_the_next_document_shows(decision, qtbot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(decision[0][: len(decision[0]) // 2])
    assert _message(preview) == "无法生成预览：文件不是可读取的 PDF"
    preview.zoom_in()  # nothing to re-render; must not bring the broken file back
    assert preview.pages == []
    preview.set_pdf(decision[0])
    assert len(preview.pages) == 2 and _message(preview) == ""


def test_preview_screenshot(decision, qtbot, tmp_path) -> None:
    folder = Path(os.environ.get("INSPECTOR_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    preview = PdfPreview(dpi=72)
    qtbot.addWidget(preview)
    preview.resize(700, 820)
    preview.set_pdf(decision[0])
    preview.show()
    qtbot.waitExposed(preview)
    image = preview.grab().toImage()
    assert not image.isNull()
    grey = _pil(image).convert("L")
    assert grey.getextrema() == (0, 255) or grey.getextrema()[0] < 64  # dark text on white paper is drawn
    image.save(str(folder / "pdf_preview.png"))
