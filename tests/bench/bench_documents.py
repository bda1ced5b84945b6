"""Benchmark: 1,000 penalty decisions — ours vs WeasyPrint (HTML → PDF) vs a bare reportlab canvas (the floor).

    python tests/bench/bench_documents.py                     # 1,000 decisions (WeasyPrint on a sample of 100)
    INSPECTOR_BENCH_QUICK=1 python tests/bench/bench_documents.py   # 20 decisions, CI

Every engine draws the same content with the same Chinese font embedded as a subset. Timings are informative;
nothing here fails on them.
"""

from __future__ import annotations

import html
import io
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from exports import documents  # noqa: E402
from exports.fonts import font_set  # noqa: E402
from exports.render import DocumentData, as_text, render  # noqa: E402
from tests.unit.exports.samples import sample  # noqa: E402

QUICK = os.environ.get("INSPECTOR_BENCH_QUICK") == "1"
N = 20 if QUICK else 1000
PEER_N = 5 if QUICK else 100
SIZE_GOAL = 150 * 1024
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


@dataclass
class Result:
    name: str
    count: int
    per_doc_ms: float
    mean_bytes: float


def decisions(n: int) -> list[DocumentData]:
    out = []
    for i in range(n):
        d = sample(
            "penalty_decision",
            party_name=f"{SURNAMES[i % len(SURNAMES)]}某{i}",
            facts=f"2026年10月{i % 28 + 1}日，当事人在杭州市上城区解放路{i % 400 + 1}号门前擅自占用城市道路摆摊经营，"
            f"占用面积约{i % 30 + 2}平方米。",
        )
        out.append(
            DocumentData(
                d.doc_type,
                f"杭上城罚决字〔2026〕第1-{i + 1:04d}号",
                d.agency_name,
                d.issued_on,
                d.fields,
                d.qr_text.replace("0001", f"{i + 1:04d}"),
                d.images,
            )
        )
    return out


def lines_of(d: DocumentData) -> list[str]:
    """The printed text of a decision, paragraph by paragraph (what the peer and the floor draw)."""
    doc = documents.get(d.doc_type)
    values = {"agency_name": d.agency_name, **d.fields}
    out = []
    for block in doc.blocks:
        if hasattr(block, "template"):
            out.append(block.template.format_map({k: as_text(values.get(k)) for k in block.keys()}))
        elif hasattr(block, "key") and hasattr(block, "label"):
            text = as_text(values.get(block.key))
            if text:
                out.append(f"{block.label}：{text}" if not block.label.endswith("：") else block.label + text)
    return out


def ours(d: DocumentData, fonts) -> bytes:
    return render(d, fonts=fonts)


def floor(d: DocumentData, fonts) -> bytes:
    """Bare canvas: fixed-width wrapping, no layout engine, same font, same text."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, initialFontName=fonts.name)
    width, height = A4
    y = height - 37 * mm
    c.setFont(fonts.name, 22)
    c.drawCentredString(width / 2, y, d.agency_name)
    y -= 34
    c.drawCentredString(width / 2, y, "行政处罚决定书")
    y -= 28
    c.setFont(fonts.name, 14)
    c.drawRightString(width - 26 * mm, y, d.number)
    y -= 28
    for para in lines_of(d):
        for start in range(0, len(para), 28):
            if y < 30 * mm:
                c.showPage()
                c.setFont(fonts.name, 14)
                y = height - 37 * mm
            c.drawString(28 * mm, y, para[start : start + 28])
            y -= 24
    c.showPage()
    c.save()
    return buf.getvalue()


def peer_html(d: DocumentData, font_path: str) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in lines_of(d))
    return f"""<html><head><style>
@font-face {{ font-family: CN; src: url('file://{font_path}'); }}
@page {{ size: A4; margin: 37mm 26mm 30mm 28mm; @bottom-center {{ content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: CN; }} }}
body {{ font-family: CN; font-size: 14pt; line-height: 1.75; }}
h1 {{ text-align: center; font-size: 22pt; font-weight: normal; margin: 0; }}
.no {{ text-align: right; }} p {{ text-indent: 2em; margin: 0; text-align: justify; }}
</style></head><body><h1>{html.escape(d.agency_name)}</h1><h1>行政处罚决定书</h1>
<div class="no">{html.escape(d.number)}</div>{paras}</body></html>"""


def measure(name: str, docs: list[DocumentData], fn: Callable[[DocumentData], bytes]) -> Result:
    fn(docs[0])  # warm-up: font loading, caches
    sizes = []
    start = time.perf_counter()
    for d in docs:
        sizes.append(len(fn(d)))
    elapsed = time.perf_counter() - start
    return Result(name, len(docs), elapsed / len(docs) * 1000, statistics.mean(sizes))


def measure_pair(docs: list[DocumentData], fonts) -> tuple[Result, Result]:
    """Ours and the floor, alternating document by document so both see the same machine load."""
    ours(docs[0], fonts), floor(docs[0], fonts)
    t = {"ours": 0.0, "floor": 0.0}
    sizes: dict[str, list[int]] = {"ours": [], "floor": []}
    for d in docs:
        for key, fn in (("ours", ours), ("floor", floor)):
            start = time.perf_counter()
            sizes[key].append(len(fn(d, fonts)))
            t[key] += time.perf_counter() - start
    return (
        Result(
            "ours (platypus + QR + glyph check)",
            len(docs),
            t["ours"] / len(docs) * 1000,
            statistics.mean(sizes["ours"]),
        ),
        Result(
            "floor (bare reportlab canvas)",
            len(docs),
            t["floor"] / len(docs) * 1000,
            statistics.mean(sizes["floor"]),
        ),
    )


def run() -> dict[str, Result | None]:
    fonts = font_set()
    docs = decisions(N)
    ours_r, floor_r = measure_pair(docs, fonts)
    results: dict[str, Result | None] = {"ours": ours_r, "floor": floor_r}
    with warnings.catch_warnings():
        # WeasyPrint warns at import that libharfbuzz-subset is absent (it then subsets otherwise); not ours.
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            import weasyprint
        except (ImportError, OSError):  # OSError: the pango libraries are missing
            weasyprint = None
        if weasyprint is None:
            results["peer"] = None
        else:
            results["peer"] = measure(
                f"peer (WeasyPrint {weasyprint.__version__})",
                docs[:PEER_N],
                lambda d: weasyprint.HTML(string=peer_html(d, fonts.path)).write_pdf(),
            )
    return results


def table(results: dict[str, Result | None]) -> str:
    ours_r = results["ours"]
    rows = [f"{'engine':<40}{'docs':>6}{'ms/doc':>10}{'KB/doc':>9}{'ours is':>16}"]
    for key in ("ours", "peer", "floor"):
        r = results[key]
        if r is None:
            rows.append(f"{'peer (WeasyPrint)':<40}{'':>6}{'not installed':>35}")
            continue
        ratio = (
            ""
            if key == "ours"
            else (
                f"{r.per_doc_ms / ours_r.per_doc_ms:.1f}× faster"
                if key == "peer"
                else f"{ours_r.per_doc_ms / r.per_doc_ms:.1f}× the floor"
            )
        )
        rows.append(f"{r.name:<40}{r.count:>6}{r.per_doc_ms:>10.1f}{r.mean_bytes / 1024:>9.1f}{ratio:>16}")
    goal = "met" if ours_r.mean_bytes <= SIZE_GOAL else "NOT met"
    rows.append(f"file size goal ≤ 150 KB per decision: {goal} ({ours_r.mean_bytes / 1024:.1f} KB)")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(run()))
