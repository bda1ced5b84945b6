"""A4 layout of Chinese official documents (GB/T 9704 flavour): margins, type sizes, paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

PAGE = A4
# GB/T 9704 §5.2.1: 天头 (top) 37 mm, 订口 (left) 28 mm, right 26 mm, bottom 35 mm (the page number sits in it).
TOP, BOTTOM, LEFT, RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
FRAME_WIDTH = PAGE[0] - LEFT - RIGHT

# Chinese type sizes (号) in points.
ER_HAO, SAN_HAO, SI_HAO, XIAO_SI, WU_HAO = 22, 16, 14, 12, 10.5

QR_SIZE = 24 * mm
SEAL_DIAMETER = 42 * mm  # the usual round official seal; its area is drawn, dashed, where it is pressed


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one document font."""

    agency: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle
    heading: ParagraphStyle
    plain_heading: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    seal: ParagraphStyle
    small: ParagraphStyle
    th: ParagraphStyle
    toc: ParagraphStyle
    cover_title: ParagraphStyle


def styles(font: str, title_font: str | None = None) -> Styles:
    """Styles for documents drawn in ``font`` (body) and ``title_font`` (agency and title lines)."""
    base = ParagraphStyle(
        "base", fontName=font, fontSize=SI_HAO, leading=SI_HAO * 1.75, wordWrap="CJK", alignment=TA_JUSTIFY
    )
    head = title_font or font
    return Styles(
        agency=ParagraphStyle(
            "agency", base, fontName=head, fontSize=ER_HAO, leading=ER_HAO * 1.5, alignment=TA_CENTER
        ),
        title=ParagraphStyle(
            "title",
            base,
            fontName=head,
            fontSize=ER_HAO,
            leading=ER_HAO * 1.6,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        number=ParagraphStyle("number", base, fontSize=SI_HAO, alignment=TA_RIGHT, spaceAfter=8),
        body=ParagraphStyle("body", base, firstLineIndent=2 * SI_HAO),
        plain=ParagraphStyle("plain", base),
        heading=ParagraphStyle("heading", base, spaceBefore=4, keepWithNext=1),
        # The heading of a long table: not kept with the whole table (that would move it to the next page).
        plain_heading=ParagraphStyle("plain_heading", base, spaceBefore=4),
        cell=ParagraphStyle("cell", base, fontSize=XIAO_SI, leading=XIAO_SI * 1.45, alignment=TA_LEFT),
        cell_label=ParagraphStyle(
            "cell_label", base, fontSize=XIAO_SI, leading=XIAO_SI * 1.45, alignment=TA_CENTER
        ),
        seal=ParagraphStyle("seal", base, alignment=TA_RIGHT, rightIndent=2 * SI_HAO),
        small=ParagraphStyle("small", base, fontSize=WU_HAO, leading=WU_HAO * 1.4, alignment=TA_LEFT),
        th=ParagraphStyle("th", base, fontSize=WU_HAO, leading=WU_HAO * 1.4, alignment=TA_CENTER),
        toc=ParagraphStyle("toc", base, fontSize=XIAO_SI, leading=XIAO_SI * 2),
        cover_title=ParagraphStyle("cover_title", base, fontSize=26, leading=40, alignment=TA_CENTER),
    )


def chinese_date(iso: str) -> str:
    """``2026-11-21`` → ``2026年11月21日`` (the date line of official documents); other text unchanged."""
    parts = iso[:10].split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
    return iso
