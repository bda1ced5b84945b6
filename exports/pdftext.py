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


def normal(text: str) -> str:
    """The text with every kind of white space and the page-number lines removed, so that a copy compares
    equal to its original however a viewer broke its lines and pages."""
    kept = "".join(ch for ch in text if not ch.isspace() and ch not in "\ufffe\uffff\x00\x02")
    return _PAGE_LINE.sub("", kept)


def visible_text(pdf: bytes) -> str:
    """The normal form of all the PDF's pages, one after another."""
    return normal("".join(page_texts(pdf)))
