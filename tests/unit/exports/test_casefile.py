"""The case file: archive order (§5.4), TOC with page numbers, unnumbered cover/TOC/备考表."""

from __future__ import annotations

import io
import re

import pypdf

from exports.casefile import Cover, entries, render_casefile
from tests.unit.exports.samples import SHA, sample, thumbnail

COVER = Cover(
    agency_name="杭州市上城区综合行政执法局",
    case_no="杭上城执立字〔2026〕第1-0001号",
    case_cause="擅自占用城市道路摆摊经营",
    party="陈喆",
    filed_on="2026年10月9日",
    closed_on="",
    handlers="王建国、李明",
    result="罚款500元",
)
EVIDENCE = [
    {"sha256": SHA, "filename": "IMG_0001.jpg", "taken_at": "2026-10-08 09:25", "gps": "30.25, 120.16"}
]


def _docs():
    # Deliberately out of order: the case file sorts them.
    return [
        sample(t)
        for t in (
            "closing_report",
            "penalty_decision",
            "inspection_record",
            "filing_approval",
            "service_receipt",
            "prior_notice",
            "inquiry_record",
        )
    ]


def test_archive_order_follows_section_5_4() -> None:
    """§5.4: legal documents (filing → notices → decision → service), then evidence, then execution."""
    titles = [e.title for e in entries(_docs(), evidence=True)]
    assert titles == [
        "立案审批表",
        "行政处罚事先告知书",
        "行政处罚决定书",
        "送达回证",
        "询问笔录",
        "现场检查（勘验）笔录",
        "照片及视听资料",
        "结案报告",
    ]


def test_casefile_has_cover_toc_numbered_pages_and_remarks() -> None:
    pdf = render_casefile(COVER, _docs(), evidence=EVIDENCE, images={SHA: thumbnail()})
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = [p.extract_text() for p in reader.pages]
    assert "行政处罚案卷" in pages[0] and "卷内文件目录" in pages[1] and "备考表" in pages[-1]
    # Cover, TOC and 备考表 carry no archive number; the rest are numbered 1..n at the bottom right.
    numbered = len(pages) - 3
    for i, text in enumerate(pages[2:-1], start=1):
        assert re.search(rf"\n\s*{i}$", text.strip()), f"page {i + 2} lacks number {i}"
    assert not re.search(r"\n\s*\d+$", pages[-1].strip())
    # The TOC points at the page where each entry starts.
    toc = pages[1]
    assert re.search(r"立案审批表\s.*?\s1\s", toc, re.S)
    start = next(i for i, t in enumerate(pages) if "结案报告" in t and i > 1)
    assert str(start - 1) in toc.split("结案报告")[1][:60]
    assert numbered >= 8


def test_casefile_is_deterministic() -> None:
    assert render_casefile(COVER, _docs()[:2]) == render_casefile(COVER, _docs()[:2])
