"""Official-document layout (GB/T 9704 habits): line breaking, faces, margins, seal area, tail, PDF dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm

from exports import documents, fonts, pdftext, styles
from exports.linebreak import NO_END, NO_START, CJKParagraph, violations
from exports.render import render
from tests.unit.exports.samples import sample

FORBIDDEN_START = "，。、；：）》」"
FORBIDDEN_END = "（《「"


def lines_of(pdf: bytes) -> list[str]:
    return [ln.strip() for page in pdftext.page_texts(pdf) for ln in page.splitlines() if ln.strip()]


@pytest.mark.parametrize("doc_type", sorted(documents.TYPES))
def test_no_line_starts_or_ends_with_forbidden_punctuation(doc_type: str) -> None:
    """CJK line breaking: no printed line starts with ，。、；：）》」 or ends with （《「."""
    for line in lines_of(render(sample(doc_type))):
        assert line[0] not in FORBIDDEN_START, line
        assert line[-1] not in FORBIDDEN_END, line


def test_line_breaking_holds_at_every_offset() -> None:
    """Punctuation placed at every position of a line still never starts one (the paragraph is re-broken)."""
    st = styles.styles(fonts.font_set().name)
    for n in range(0, 40):
        text = "城" * n + "，" + "管执法（检查）。" * 12 + "《条例》；第" + "字" * (n % 7) + "（一）"
        para = CJKParagraph(text, st.body)
        para.wrap(styles.FRAME_WIDTH, 10_000)
        lines = [
            "".join(
                w if isinstance(w, str) else getattr(w, "text", "")
                for w in (line[1] if isinstance(line, (list, tuple)) else line.words)
            )
            for line in para.blPara.lines
        ]
        assert "".join(lines) == text
        assert violations(lines) == [], (n, lines)
    assert set(FORBIDDEN_START) <= set(NO_START) and set(FORBIDDEN_END) <= set(NO_END)


def test_body_face_is_a_song_or_ming_serif_not_a_sans() -> None:
    """Station fonts (仿宋_GB2312, FangSong, SimSun) first; AR PL UMing (serif) before any sans face."""
    order = fonts.CANDIDATES
    assert order.index("C:/Windows/Fonts/simfang.ttf") < order.index(
        "/usr/share/fonts/truetype/arphic/uming.ttc"
    )
    assert order.index("/usr/share/fonts/truetype/arphic/uming.ttc") < order.index(
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    )
    if Path("/usr/share/fonts/truetype/arphic/uming.ttc").is_file():
        fs = fonts.font_set()
        assert fs.path.endswith("uming.ttc")
        assert (
            fs.title is None and fs.title_name == fs.name
        )  # no 小标宋/黑体 here: titles in the serif body face


def test_margins_are_gb9704() -> None:
    assert (styles.TOP, styles.BOTTOM, styles.LEFT, styles.RIGHT) == (37 * mm, 35 * mm, 28 * mm, 26 * mm)


def test_every_character_lies_inside_the_margins() -> None:
    """Text of the body stays inside the type area (page numbers and the QR sit in the margins)."""
    import pypdfium2 as pdfium

    from exports.qr import PDFIUM_LOCK

    pdf = render(sample("penalty_decision"))
    w, h = styles.PAGE
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        page = doc[0]
        tp = page.get_textpage()
        boxes = [tp.get_charbox(i) for i in range(tp.count_chars())]
        text = tp.get_text_range()
        tp.close()
        page.close()
        doc.close()
    body = [b for b, ch in zip(boxes, text, strict=False) if b[1] > styles.BOTTOM - 1 and not ch.isspace()]
    assert body
    assert min(b[0] for b in body) >= styles.LEFT - 1
    assert max(b[2] for b in body) <= w - styles.RIGHT + styles.SI_HAO + 1  # one hanging mark at most
    assert max(b[3] for b in body) <= h - styles.TOP + 1


def test_seal_area_is_drawn_not_written() -> None:
    pdf = render(sample("penalty_decision"))
    text = pdftext.visible_text(pdf)
    assert "印章" not in text
    assert "杭州市上城区综合行政执法局2026年10月24日" in text


def test_pdf_dates_are_the_issue_date() -> None:
    info = pypdf.PdfReader(io.BytesIO(render(sample("penalty_decision")))).metadata
    assert info.creation_date.date() == dt.date(2026, 10, 24)
    assert info.modification_date.date() == dt.date(2026, 10, 24)


def test_signature_block_never_stands_alone_on_a_page() -> None:
    """However long the facts, the last page carries the closing paragraph together with the seal and date."""
    base = sample("penalty_decision")
    for extra in range(0, 30, 3):
        data = dataclasses.replace(
            base, fields={**base.fields, "facts": base.fields["facts"] + "现场另有照片为证。" * extra}
        )
        pages = pdftext.page_texts(render(data))
        last = pdftext.normal(pages[-1])
        assert "2026年10月24日" in last
        assert "本机关将依法申请人民法院强制执行" in last, (extra, len(pages))


def test_individual_business_operator_is_called_jingyingzhe() -> None:
    """个体工商户: the person behind the business is the 经营者, not a 法定代表人."""
    base = sample("penalty_decision")
    data = dataclasses.replace(
        base,
        fields={
            **base.fields,
            "party_legal_rep": "陈喆",
            "party_legal_rep__label": "经营者",
            "party_name": "上城区陈记水果店",
        },
    )
    text = pdftext.visible_text(render(data))
    assert "经营者：陈喆" in text and "法定代表人" not in text


def test_form_signatures_stay_with_the_last_part_of_the_form() -> None:
    """A record's signature lines never open a page by themselves: the last section comes with them."""
    base = sample("hearing_record")
    for extra in range(0, 40, 4):
        data = dataclasses.replace(
            base, fields={**base.fields, "proceedings": base.fields["proceedings"] + "双方继续质证。" * extra}
        )
        last = pdftext.normal(pdftext.page_texts(render(data))[-1])
        assert "记录员" in last and "请求从轻处罚，今后不再占道经营" in last, extra


def test_a_long_checklist_runs_on_from_the_first_page_and_the_opinion_keeps_its_heading() -> None:
    """法制审核意见书 (Art. 58) with the 13-item checklist: the table starts under the text on page 1 and continues
    with its header row repeated, instead of jumping whole to page 2; 审核意见 stays with its text and the seal."""
    items = [
        {
            "index": str(i),
            "item": f"审核项目第{i}项：执法主体、程序与证据",
            "result": "符合",
            "note": "已核对",
        }
        for i in range(1, 14)
    ]
    data = sample(
        "legal_review_opinion", review_items=items, opinion="经审核，本案事实清楚，证据确凿，同意。"
    )
    pages = [pdftext.normal(p) for p in pdftext.page_texts(render(data))]
    assert len(pages) == 2, len(pages)
    assert "审核事项" in pages[0] and "审核项目第1项" in pages[0]
    assert pages[1].count("序号") == 1  # the header row repeated on the second page
    assert "审核意见" in pages[-1] and "同意" in pages[-1] and "2026年10月24日" in pages[-1]
