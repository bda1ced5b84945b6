"""The one renderer every document type shares: spec + plain data → deterministic A4 PDF bytes."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from exports import qr, styles
from exports.documents import spec
from exports.errors import MissingGlyphs
from exports.fonts import FontSet, check_glyphs, font_set
from exports.linebreak import CJKParagraph as Paragraph
from exports.seal import SealArea

SUBSTITUTE = "〓"  # printed for a character no font has, when the caller accepted that (never silently)

# Page layouts of an issued document. The layout is recorded with each issued document (in its payload, so the
# digest covers it) and a document is always rendered again in its own layout: a copy issued before a layout
# change still compares equal to what was registered.
LAYOUT_FIRST_PAGE = 1  # the QR code on the first page only; the footer says 第 x 页 共 y 页
LAYOUT_EVERY_PAGE = 2  # every page carries the QR code and a footer with the 文号 and 第 x 页 共 y 页
LAYOUT = LAYOUT_EVERY_PAGE  # the layout documents are issued in now


@dataclass(frozen=True)
class DocumentData:
    """Everything printed on one document, as plain data.

    Attributes:
        doc_type: key of :data:`exports.documents.TYPES`.
        number: the 文号.
        agency_name: 执法主体全称, printed above the title and at the seal.
        issued_on: ISO date of the document.
        fields: values by field key: text, or a list of dicts for table fields and ``officers``.
        qr_text: the QR payload text; empty for none.
        images: evidence thumbnails by SHA-256.
        layout: the page layout (:data:`LAYOUT_FIRST_PAGE` for a document issued before every page carried its
            number and QR code, and for pages that are not issued documents; :data:`LAYOUT` for one issued now).
    """

    doc_type: str
    number: str
    agency_name: str
    issued_on: str
    fields: Mapping[str, Any]
    qr_text: str = ""
    images: Mapping[str, bytes] = field(default_factory=dict)  # evidence thumbnails by SHA-256
    layout: int = LAYOUT_FIRST_PAGE


# ---- text ----------------------------------------------------------------------------------------


def as_text(value: Any) -> str:
    """A field value as printed text (officers as 姓名（执法证号）, lists joined)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        parts = []
        for v in value:
            if isinstance(v, Mapping) and "cert_no" in v:
                parts.append(f"{v.get('name', '')}（执法证号：{v.get('cert_no', '')}）")
            elif isinstance(v, Mapping):
                parts.append("，".join(str(x) for x in v.values() if x not in (None, "")))
            else:
                parts.append(str(v))
        return "、".join(parts)
    return str(value)


class _Markup:
    """Escapes text for Paragraph and switches to a fallback font for characters the main font lacks."""

    def __init__(self, fonts: FontSet, *, substitute: bool) -> None:
        self.fonts = fonts
        self.substitute = substitute

    def __call__(self, text: str) -> str:
        out: list[str] = []
        for ch in text:
            if ch == "\n":
                out.append("<br/>")
                continue
            f = self.fonts.font_for(ch)
            if f is None:
                out.append(SUBSTITUTE if self.substitute else escape(ch))
            elif f is self.fonts.main:
                out.append(escape(ch))
            else:
                out.append(f'<font name="{f.name}">{escape(ch)}</font>')
        return "".join(out)


# ---- page furniture ------------------------------------------------------------------------------


class Mark(Flowable):
    """Zero-size marker recording on the canvas where a part (document, cover, TOC…) begins.

    A document in :data:`LAYOUT_EVERY_PAGE` also gives its number and QR text for the canvas to repeat on
    each of its pages (``canvas.furniture``).
    """

    def __init__(
        self, kind: str, label: str = "", qr_text: str = "", *, number: str = "", every_page: bool = False
    ) -> None:
        super().__init__()
        self.kind, self.label, self.qr_text = kind, label, qr_text
        self.number, self.every_page = number, every_page
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab API
        marks = getattr(canvas, "marks", None)
        if marks is not None:
            marks.append((canvas.getPageNumber(), self.kind, self.label))
        furniture = getattr(canvas, "furniture", None)
        if self.every_page and furniture is not None:
            furniture[canvas.getPageNumber() - 1] = (self.number, self.qr_text)
        if self.qr_text:
            draw_qr(canvas, self.qr_text)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass


def draw_qr(canvas: Canvas, text: str) -> None:
    """The document's QR code at the top right of a page, inside the 天头 margin, clear of the text."""
    w, h = styles.PAGE
    qr.draw(
        canvas, text, x=w - styles.RIGHT - styles.QR_SIZE, y=h - 6 * mm - styles.QR_SIZE, size=styles.QR_SIZE
    )


def footer_text(number: str, page: int, count: int) -> str:
    """The footer of a document's page: its 文号 (when every page carries it) and 第 x 页 共 y 页."""
    pages = f"第 {page} 页　共 {count} 页"
    return f"{number}　{pages}" if number else pages


class PagedCanvas(Canvas):
    """Holds pages until the end so each can say "第 x 页 共 y 页" and carry its archive number."""

    def __init__(
        self,
        *args: Any,
        font: str,
        continuous: bool = False,
        result: dict | None = None,
        issued_on: str = "",
        **kwargs: Any,
    ) -> None:
        kwargs["initialFontName"] = font  # no stray unembedded Helvetica in the resources
        super().__init__(*args, **kwargs)
        day = issued_on[:10].split("-")
        if len(day) == 3 and all(p.isdigit() for p in day):
            # The PDF's creation and modification dates are the document's date, not the moment of rendering.
            stamp = f"D:{int(day[0]):04d}{int(day[1]):02d}{int(day[2]):02d}000000+08'00'"
            self.setDateFormatter(lambda *_: stamp)
        self.marks: list[tuple[int, str, str]] = []
        # first page (0-based) of each document drawn in LAYOUT_EVERY_PAGE → its number and QR text
        self.furniture: dict[int, tuple[str, str]] = {}
        self._saved: list[dict[str, Any]] = []
        self._font = font
        self._continuous = continuous
        self._result = result

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved)
        kinds = page_kinds(self.marks, pages)
        numbers = archive_numbers(kinds)
        if self._result is not None:
            self._result["marks"] = list(self.marks)
            self._result["numbers"] = numbers
        for i, state in enumerate(self._saved):
            self.__dict__.update(state)
            kind, first, count = kinds[i]
            self.setFont(self._font, styles.WU_HAO)
            w = styles.PAGE[0]
            number, qr_text = self.furniture.get(first, ("", "")) if kind == "doc" else ("", "")
            if qr_text and i != first:  # the first page's code was drawn with the document's head
                draw_qr(self, qr_text)
            if kind in ("doc", "evidence"):
                self.drawCentredString(w / 2, 15 * mm, footer_text(number, i - first + 1, count))
            if self._continuous and numbers[i]:
                self.setFont(self._font, styles.XIAO_SI)
                self.drawRightString(w - styles.RIGHT + 8 * mm, 12 * mm, str(numbers[i]))
            Canvas.showPage(self)
        Canvas.save(self)


def page_kinds(marks: Sequence[tuple[int, str, str]], pages: int) -> list[tuple[str, int, int]]:
    """For each page (0-based): the kind of part it belongs to, the part's first page and its page count."""
    starts = sorted({(p - 1, k) for p, k, _ in marks if k != "entry"})
    if not starts or starts[0][0] != 0:
        starts.insert(0, (0, "doc"))
    out = []
    for n, (first, kind) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else pages
        out += [(kind, first, end - first)] * (end - first)
    return out[:pages]


def archive_numbers(kinds: Sequence[tuple[str, int, int]]) -> list[int]:
    """Continuous page numbers of the case file; 0 for the cover, the TOC and the 备考表 (unnumbered)."""
    n, out = 0, []
    for kind, _, _ in kinds:
        if kind in ("cover", "toc", "remarks"):
            out.append(0)
        else:
            n += 1
            out.append(n)
    return out


def build_pdf(
    story: list[Flowable],
    *,
    fonts: FontSet,
    title: str,
    continuous: bool = False,
    result: dict | None = None,
    subject: str = "",
    issued_on: str = "",
) -> bytes:
    """Lay out ``story`` on A4 pages and return the PDF bytes (invariant: same story → same bytes)."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=styles.PAGE,
        leftMargin=styles.LEFT,
        rightMargin=styles.RIGHT,
        topMargin=styles.TOP,
        bottomMargin=styles.BOTTOM,
        title=title,
        subject=subject,
        author="",
        creator="Inspector",
        invariant=1,
    )
    frame = Frame(
        styles.LEFT,
        styles.BOTTOM,
        styles.FRAME_WIDTH,
        styles.PAGE[1] - styles.TOP - styles.BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        story,
        canvasmaker=functools.partial(
            PagedCanvas, font=fonts.name, continuous=continuous, result=result, issued_on=issued_on
        ),
    )
    return buf.getvalue()


# ---- the story of one document -------------------------------------------------------------------


def _value(values: Mapping[str, Any], key: str) -> str:
    return as_text(values.get(key))


def _grid(rows: list[tuple[str, str]], st: styles.Styles, mk: Callable[[str], str]) -> RLTable:
    data = [[Paragraph(mk(label), st.cell_label), Paragraph(mk(value), st.cell)] for label, value in rows]
    t = RLTable(data, colWidths=[40 * mm, styles.FRAME_WIDTH - 40 * mm], splitByRow=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def _table(
    block: spec.Table,
    rows: Sequence[Mapping[str, Any]],
    images: Mapping[str, bytes],
    st: styles.Styles,
    mk: Callable[[str], str],
) -> RLTable:
    widths = [share * styles.FRAME_WIDTH for _, _, share in block.columns]
    data: list[list[Any]] = [[Paragraph(mk(h), st.th) for _, h, _ in block.columns]]
    for row in rows:
        line: list[Any] = []
        for (key, _, _), width in zip(block.columns, widths, strict=True):
            if key == "thumbnail":
                raw = images.get(str(row.get("sha256", "")))
                if raw:
                    img = Image(io.BytesIO(raw))
                    scale = min((width - 4) / img.imageWidth, 22 * mm / img.imageHeight)
                    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                    line.append(img)
                else:
                    line.append(Paragraph(mk("（无缩略图）"), st.cell))
            elif key == "index":
                line.append(Paragraph(str(len(data)), st.th))
            else:
                line.append(Paragraph(mk(as_text(row.get(key))), st.small))
        data.append(line)
    t = RLTable(data, colWidths=widths, repeatRows=1, splitByRow=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _signatures(labels: Sequence[str], st: styles.Styles, mk: Callable[[str], str]) -> RLTable:
    """One row per signer: label, a ruled blank to sign on, and the date to fill in by hand."""
    rows = [[f"{label}：", "", "年　　月　　日"] for label in labels]
    w = styles.FRAME_WIDTH
    t = RLTable(rows, colWidths=[0.5 * w, 0.24 * w, 0.26 * w])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.plain.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), st.plain.fontSize),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return t


def header(
    doc: spec.DocType,
    data: DocumentData,
    st: styles.Styles,
    mk: Callable[[str], str],
    mk_title: Callable[[str], str] | None = None,
) -> list[Flowable]:
    """Agency, title and number line: the head of every document (agency and title in the title face)."""
    mt = mk_title or mk
    every_page = data.layout >= LAYOUT_EVERY_PAGE
    return [
        Mark("doc", doc.title, data.qr_text, number=data.number if every_page else "", every_page=every_page),
        Paragraph(mt(data.agency_name), st.agency),
        Paragraph(mt(doc.title), st.title),
        Paragraph(mk(data.number), st.number),
    ]


# Blocks that close a document: they are kept on one page with the paragraph before them, so a signature or
# the seal never stands alone on the last page.
_TAIL = (spec.Officers, spec.Seal, spec.Signatures)


def _label(values: Mapping[str, Any], key: str, default: str) -> str:
    """A line's label; the data may rename it (``<key>__label``: 经营者 instead of 法定代表人 for a 个体工商户)."""
    return str(values.get(f"{key}__label") or default)


def story(
    doc: spec.DocType, data: DocumentData, fonts: FontSet, *, substitute: bool = False
) -> list[Flowable]:
    """The flowables of one document (also used by the case file, which chains many)."""
    st = styles.styles(fonts.name, fonts.title_name)
    mk = _Markup(fonts, substitute=substitute)
    values = {**dict(doc.defaults), "agency_name": data.agency_name, "number": data.number, **data.fields}
    out: list[Flowable] = header(doc, data, st, mk, _Markup(fonts.for_title(), substitute=substitute))
    pending: list[tuple[str, str]] = []
    tail_at: int | None = None
    last_body: int | None = None  # the last paragraph of the body text (not an address or contact line)
    starts: list[int] = []  # where each block's flowables begin in ``out``

    def flush() -> None:
        if pending:
            out.append(_grid(list(pending), st, mk))
            out.append(Spacer(1, 4))
            pending.clear()

    for block in doc.blocks:
        starts.append(len(out))
        if isinstance(block, _TAIL) and tail_at is None and doc.layout == "letter":
            flush()
            tail_at = last_body if last_body is not None else max(len(out) - 1, 0)
        if isinstance(block, spec.Line):
            text = _value(values, block.key)
            label = _label(values, block.key, block.label)
            if doc.layout == "form":
                pending.append((label, text))
            elif text:
                out.append(Paragraph(mk(f"{label}：{text}"), st.plain))
            continue
        if isinstance(block, spec.Officers):
            text = _value(values, "officers")
            if doc.layout == "form":
                pending.append((block.label, text))
            else:
                out.append(Paragraph(mk(f"{block.label}：{text}"), st.plain))
            continue
        flush()
        if isinstance(block, spec.Para):
            if block.optional and not any(_value(values, k) for k in block.keys()):
                continue
            text = block.template.format_map({k: _value(values, k) for k in block.keys()})
            if block.indent:
                last_body = len(out)
            out.append(Paragraph(mk(text), st.body if block.indent else st.plain))
        elif isinstance(block, spec.Section):
            text = _value(values, block.key)
            if not text:
                continue
            out.append(Paragraph(mk(block.label), st.heading))
            paras = [p.strip() for p in text.splitlines() if p.strip()]
            for para in paras:
                # A one-paragraph section closing the body keeps its heading with it (and with the seal).
                last_body = len(out) - 1 if len(paras) == 1 else len(out)
                out.append(Paragraph(mk(para), st.body))
        elif isinstance(block, spec.Table):
            rows = values.get(block.key) or []
            if len(rows) > 6:
                # A long table starts where the text leaves off and runs on over pages (its header row repeated),
                # rather than jumping whole to the next page; its heading needs room for the first rows.
                out.append(CondPageBreak(35 * mm))
                out.append(Paragraph(mk(block.label), st.plain_heading))
            else:
                out.append(Paragraph(mk(block.label), st.heading))
            if 0 < len(rows) <= 6:
                last_body = len(out) - 1  # a short list travels with the closing block, under its heading
            out.append(_table(block, rows, data.images, st, mk) if rows else Paragraph(mk("（无）"), st.body))
            out.append(Spacer(1, 4))
        elif isinstance(block, spec.Signatures):
            signatures = [Spacer(1, 6), _signatures(block.labels, st, mk)]
            # In a letter they join the closing block kept together below (a KeepTogether inside another one
            # measures as endless and would push the block to a page of its own).
            out += signatures if tail_at is not None else [KeepTogether(signatures)]
        elif isinstance(block, spec.Seal):
            lines = [Paragraph(mk(data.agency_name), st.seal)] if block.with_agency else []
            lines.append(Paragraph(mk(styles.chinese_date(data.issued_on)), st.seal))
            out += [
                Spacer(1, 10),
                SealArea(
                    lines,
                    centre_text=data.agency_name
                    if block.with_agency
                    else styles.chinese_date(data.issued_on),
                    font=st.seal.fontName,
                    size=st.seal.fontSize,
                ),
            ]
    flush()
    if tail_at is not None and len(out) - tail_at > 1:
        out[tail_at:] = [KeepTogether(out[tail_at:])]
    elif doc.layout == "form" and isinstance(doc.blocks[-1], spec.Signatures) and len(starts) > 1:
        # The last part of the form (a heading with its text, or the last rows) stays with its signatures.
        at = starts[-2]
        last = out[-1]
        inner = list(last._content) if isinstance(last, KeepTogether) else [last]
        out[at:] = [KeepTogether([*out[at:-1], *inner])]
    return out


def printed_texts(doc: spec.DocType, data: DocumentData) -> list[tuple[str, str]]:
    """(field key, text) of everything the document prints, for the glyph check."""
    texts = [("agency_name", data.agency_name), ("number", data.number), ("title", doc.title)]
    for key, value in data.fields.items():
        if isinstance(value, (list, tuple)):
            for row in value:
                texts.append((key, as_text(list(row.values()) if isinstance(row, Mapping) else [row])))
        else:
            texts.append((key, as_text(value)))
    for block in doc.blocks:
        if isinstance(block, spec.Para):
            texts.append(("template", block.template))
    return texts


def render(data: DocumentData, *, fonts: FontSet | None = None, substitute_missing: bool = False) -> bytes:
    """Render one document to PDF bytes.

    Args:
        data: the document's plain data.
        fonts: the font set (default: found on this machine).
        substitute_missing: print 〓 for characters no font has; by default they raise instead.

    Raises:
        MissingGlyphs: some character cannot be drawn (and ``substitute_missing`` is false).
        UnknownDocumentType: ``data.doc_type`` has no template.
    """
    from exports.documents import get

    doc = get(data.doc_type)
    fonts = fonts or font_set()
    if not substitute_missing:
        check_glyphs(printed_texts(doc, data), fonts)
    return build_pdf(
        story(doc, data, fonts, substitute=substitute_missing),
        fonts=fonts,
        title=f"{doc.title} {data.number}",
        subject=data.qr_text,
        issued_on=data.issued_on,
    )


__all__ = [
    "LAYOUT",
    "LAYOUT_EVERY_PAGE",
    "LAYOUT_FIRST_PAGE",
    "DocumentData",
    "MissingGlyphs",
    "as_text",
    "build_pdf",
    "footer_text",
    "render",
    "story",
]
