"""The case file (案卷): every document and the evidence of a case in archive order (§5.4) as one PDF.

Cover, table of contents and 备考表 carry no page number; all other pages are numbered continuously at
the bottom right, as the archive binding rules require. The cover's 本卷共N页 is the last of those numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from exports import styles
from exports.documents import archive_key, get
from exports.documents.spec import Table
from exports.fonts import FontSet, font_set
from exports.linebreak import CJKParagraph as Paragraph
from exports.render import DocumentData, Mark, _Markup, _table, build_pdf, story

EVIDENCE_KEY = (2, 60)  # photos of physical evidence come after on-site records (§5.4 part 2)
EVIDENCE_TABLE = Table(
    "evidence",
    "",
    (
        ("index", "序号", 0.09),
        ("thumbnail", "缩略图", 0.2),
        ("filename", "文件", 0.16),
        ("sha256", "SHA-256", 0.25),
        ("taken_at", "拍摄时间", 0.14),
        ("gps", "位置", 0.16),
    ),
)


@dataclass(frozen=True)
class Cover:
    """What the cover (卷皮) shows."""

    agency_name: str
    case_no: str
    case_cause: str
    party: str
    filed_on: str
    closed_on: str
    handlers: str
    result: str = ""


@dataclass(frozen=True)
class Entry:
    """One line of the table of contents."""

    title: str
    number: str
    kind: str  # "doc" or "evidence"
    doc: DocumentData | None = None


def entries(docs: Sequence[DocumentData], *, evidence: bool) -> list[Entry]:
    """Documents (and the evidence list) in archive order: part, rank, then issue order."""
    keyed = [
        (archive_key(d.doc_type), i, Entry(get(d.doc_type).title, d.number, "doc", d))
        for i, d in enumerate(docs)
    ]
    if evidence:
        keyed.append((EVIDENCE_KEY, len(docs), Entry("照片及视听资料", "", "evidence")))
    return [e for _, _, e in sorted(keyed, key=lambda t: (t[0], t[1]))]


def _cover(cover: Cover, st: styles.Styles, mk: _Markup, total: int | None) -> list[Flowable]:
    rows = [
        ("案　　号", cover.case_no),
        ("案　　由", cover.case_cause),
        ("当 事 人", cover.party),
        ("立案日期", cover.filed_on),
        ("结案日期", cover.closed_on),
        ("承 办 人", cover.handlers),
        ("处理结果", cover.result),
    ]
    t = RLTable(
        [[Paragraph(mk(a), st.cell_label), Paragraph(mk(b), st.plain)] for a, b in rows],
        colWidths=[36 * mm, styles.FRAME_WIDTH - 36 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return [
        Mark("cover"),
        Spacer(1, 20 * mm),
        Paragraph(mk(cover.agency_name), st.agency),
        Spacer(1, 8 * mm),
        Paragraph(mk("行政处罚案卷"), st.cover_title),
        Spacer(1, 30 * mm),
        t,
        Spacer(1, 30 * mm),
        # the total is the last continuous page number, known once the file is laid out (pass 1)
        Paragraph(mk(f"保管期限：＿＿＿＿　　本卷共{total or '＿＿＿'}页"), st.seal),
    ]


def _toc(items: Sequence[Entry], pages: Mapping[int, int], st: styles.Styles, mk: _Markup) -> list[Flowable]:
    data: list[list[Any]] = [[Paragraph(mk(h), st.cell_label) for h in ("序号", "文书名称", "文号", "页号")]]
    for i, e in enumerate(items):
        page = pages.get(i)
        data.append(
            [
                Paragraph(str(i + 1), st.cell_label),
                Paragraph(mk(e.title), st.cell),
                Paragraph(mk(e.number), st.cell),
                Paragraph(str(page) if page else "", st.cell_label),
            ]
        )
    w = styles.FRAME_WIDTH
    t = RLTable(data, colWidths=[0.09 * w, 0.34 * w, 0.47 * w, 0.1 * w], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [Mark("toc"), Paragraph(mk("卷内文件目录"), st.title), Spacer(1, 6), t]


def _remarks(st: styles.Styles, mk: _Markup, count: int) -> list[Flowable]:
    rows = [
        ("本卷情况说明", f"本卷共收录文书及证据材料{count}项。"),
        ("立卷人", ""),
        ("检查人", ""),
        ("立卷时间", ""),
    ]
    t = RLTable(
        [[Paragraph(mk(a), st.cell_label), Paragraph(mk(b), st.cell)] for a, b in rows],
        colWidths=[36 * mm, styles.FRAME_WIDTH - 36 * mm],
        rowHeights=[90 * mm, 16 * mm, 16 * mm, 16 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [Mark("remarks"), Paragraph(mk("备考表"), st.title), Spacer(1, 6), t]


def _story(
    cover: Cover,
    items: Sequence[Entry],
    pages: Mapping[int, int],
    total: int | None,
    evidence: Sequence[Mapping[str, Any]],
    images: Mapping[str, bytes],
    fonts: FontSet,
    progress: Callable[[int, int], None] | None,
) -> list[Flowable]:
    st = styles.styles(fonts.name, fonts.title_name)
    mk = _Markup(fonts, substitute=True)
    out: list[Flowable] = [
        *_cover(cover, st, mk, total),
        PageBreak(),
        *_toc(items, pages, st, mk),
        PageBreak(),
    ]
    for i, e in enumerate(items):
        out.append(Mark("entry", str(i)))
        if e.doc is not None:
            out += story(get(e.doc.doc_type), e.doc, fonts, substitute=True)
        else:
            out += [
                Mark("evidence"),
                Paragraph(mk(e.title), st.title),
                Spacer(1, 6),
                _table(EVIDENCE_TABLE, evidence, images, st, mk),
            ]
        out.append(PageBreak())
        if progress:
            progress(i + 1, len(items))
    out += _remarks(st, mk, len(items))
    return out


def render_casefile(
    cover: Cover,
    docs: Sequence[DocumentData],
    *,
    evidence: Sequence[Mapping[str, Any]] = (),
    images: Mapping[str, bytes] | None = None,
    fonts: FontSet | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """Render the case file.

    Characters no font has are printed as 〓 here: every document in it was already checked when issued.

    Args:
        cover: cover fields.
        docs: the issued documents (any order; they are sorted into archive order).
        evidence: evidence rows (sha256, filename, taken_at, gps) for the photo list.
        images: thumbnails by SHA-256.
        progress: ``progress(done, total)`` while laying out.
    """
    fonts = fonts or font_set()
    items = entries(docs, evidence=bool(evidence))
    first: dict = {}
    # Pass 1 finds where each entry starts; pass 2 prints those page numbers in the TOC.
    build_pdf(
        _story(cover, items, {}, None, evidence, images or {}, fonts, None),
        fonts=fonts,
        title="案卷",
        continuous=True,
        result=first,
    )
    pages = {
        int(label): first["numbers"][page - 1] for page, kind, label in first["marks"] if kind == "entry"
    }
    total = max(first["numbers"], default=0)  # pages are numbered continuously: the last number is the total
    return build_pdf(
        _story(cover, items, pages, total, evidence, images or {}, fonts, progress),
        fonts=fonts,
        title=f"案卷 {cover.case_no}",
        continuous=True,
    )
