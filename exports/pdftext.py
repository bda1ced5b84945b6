"""The visible text of a PDF as PDFium extracts it, and the normal form compared when verifying a copy."""

from __future__ import annotations

import re

from exports.qr import PDFIUM_LOCK, UnreadablePdf


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, in reading order, as PDFium extracts it.

    Raises:
        UnreadablePdf: PDFium cannot open the bytes (not a PDF, truncated, encrypted).
    """
    import pypdfium2 as pdfium

    out: list[str] = []
    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(pdf)
            with doc:
                for i in range(len(doc)):
                    page = doc[i]
                    try:
                        textpage = page.get_textpage()
                        try:
                            out.append(textpage.get_text_range())
                        finally:
                            textpage.close()
                    finally:
                        page.close()
        except pdfium.PdfiumError as exc:
            raise UnreadablePdf(str(exc)) from exc
    return out


_PAGE_LINE = re.compile(r"第\d+页共\d+页")
_FOOTER = re.compile(r"(.*?)第(\d+)页共(\d+)页")


def footer(page_text: str) -> tuple[str, int, int] | None:
    """What a page's footer says, from the page's extracted text: (文号, page, page count).

    The footer is drawn last on a page, so it is the last line of the page's text that reads
    ``第 x 页 共 y 页``; the 文号 printed before it is empty on a page of a document issued before every page
    carried its number. None when the page has no such line.
    """
    for line in reversed(page_text.splitlines()):
        kept = "".join(ch for ch in line if not ch.isspace())
        found = _FOOTER.fullmatch(kept)
        if found:
            return found.group(1), int(found.group(2)), int(found.group(3))
    return None


def normal(text: str) -> str:
    """The text with every kind of white space and the page-number lines removed, so that a copy compares
    equal to its original however a viewer broke its lines and pages."""
    kept = "".join(ch for ch in text if not ch.isspace() and ch not in "\ufffe\uffff\x00\x02")
    return _PAGE_LINE.sub("", kept)


def visible_text(pdf: bytes) -> str:
    """The normal form of all the PDF's pages, one after another."""
    return normal("".join(page_texts(pdf)))
