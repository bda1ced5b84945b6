"""Every page of an issued document names it: the 文号 and 第 x 页 共 y 页 in the footer, the QR code at the top.

A copy missing its first page (title, number, the QR code of the old layout) can still be told apart and
checked. Read back independently: poppler's ``pdftotext`` and ``pdftoppm``, the QR decoded from the picture.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from exports import documents, pdftext, qr
from exports.render import LAYOUT, LAYOUT_FIRST_PAGE, footer_text, render
from tests.unit.exports.samples import sample

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext, pdftoppm) needed"
)


def _pages_text(pdf: bytes, tmp_path: Path) -> list[str]:
    """Each page's text as pdftotext reads it in drawing order (white space removed)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    pages = out.stdout.decode("utf-8").split("\f")
    return ["".join(p.split()) for p in pages if p.strip()]


def _page_png(pdf: bytes, page: int, tmp_path: Path) -> bytes:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    stem = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-gray",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(path),
            stem,
        ],
        check=True,
    )
    return stem.with_suffix(".png").read_bytes()


@pytest.mark.parametrize("doc_type", sorted(documents.TYPES))
def test_every_page_prints_the_number_and_page_x_of_y(doc_type: str, tmp_path: Path) -> None:
    """Common practice for legal documents: a page on its own still says which document it belongs to."""
    data = sample(doc_type)
    pages = _pages_text(render(data), tmp_path)
    number = "".join(data.number.split())
    for i, text in enumerate(pages, start=1):
        assert text.endswith(f"{number}第{i}页共{len(pages)}页"), (i, text[-60:])


@pytest.mark.parametrize("doc_type", ["penalty_decision", "inspection_record", "hearing_record"])
def test_the_qr_code_is_on_every_page(doc_type: str, tmp_path: Path) -> None:
    data = sample(doc_type)
    pdf = render(data)
    count = len(pdftext.page_texts(pdf))
    assert count >= 2
    for page in range(1, count + 1):
        assert qr.decode_image(_page_png(pdf, page, tmp_path)) == [data.qr_text], page


def test_the_footer_is_read_back_from_each_page() -> None:
    data = sample("penalty_decision")
    pages = pdftext.page_texts(render(data))
    assert [pdftext.footer(p) for p in pages] == [
        (data.number, i, len(pages)) for i in range(1, len(pages) + 1)
    ]
    assert pdftext.footer("当事人：陈喆\n没有页脚的一页") is None


def test_the_page_line_is_still_left_out_of_the_compared_text_but_the_number_is_not() -> None:
    """What verification compares: the 文号 of each page's footer is part of it, 第 x 页 共 y 页 is not."""
    assert (
        pdftext.normal(footer_text("杭上城罚决字〔2026〕第1-0001号", 2, 3))
        == "杭上城罚决字〔2026〕第1-0001号"
    )
    assert pdftext.normal(footer_text("", 2, 3)) == ""


def test_a_document_issued_in_the_old_layout_renders_as_it_was_issued(tmp_path: Path) -> None:
    """A document issued before the change is rendered again in its own layout: the QR code on its first page
    only and a footer without the number, so its text and pages stay what was registered."""
    data = dataclasses.replace(sample("penalty_decision"), layout=LAYOUT_FIRST_PAGE)
    pdf = render(data)
    pages = _pages_text(pdf, tmp_path)
    assert len(pages) >= 2
    assert pages[0].endswith(f"第1页共{len(pages)}页") and pages[1].endswith(f"第2页共{len(pages)}页")
    assert pages[1].count(data.number) == 0
    assert qr.decode_image(_page_png(pdf, 1, tmp_path)) == [data.qr_text]
    assert qr.decode_image(_page_png(pdf, 2, tmp_path)) == []
    assert [pdftext.footer(p) for p in pdftext.page_texts(pdf)][1] == ("", 2, len(pages))
    assert render(dataclasses.replace(data, layout=LAYOUT)) != pdf
