"""The publicity package for the government portal: one CSV of the published fields plus a PDF per decision.

Everything handed in is already masked; this module only lays it out (UTF-8 CSV with a BOM so spreadsheet
programs on Windows read the Chinese, and the masked decision PDF drawn by the shared document renderer).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from exports.documents.publicity_notice import DOC
from exports.fonts import FontSet, font_set
from exports.render import DocumentData, build_pdf, story

COLUMNS = (
    ("decision_number", "行政处罚决定书文号"),
    ("party_name", "当事人名称"),
    ("party_code", "统一社会信用代码"),
    ("violation", "违法行为类型"),
    ("facts", "主要违法事实"),
    ("basis", "处罚依据"),
    ("penalty", "处罚内容"),
    ("agency", "处罚机关"),
    ("decided_on", "处罚决定日期"),
    ("pdf", "决定书（隐私处理后）"),
)
CSV_NAME = "行政处罚结果公开.csv"


def pdf_name(record: Mapping[str, Any]) -> str:
    """A file name from the decision number (characters a file system refuses replaced)."""
    base = str(record.get("decision_number") or record.get("id") or "decision")
    return re.sub(r'[\\/:*?"<>|\s]+', "_", base) + ".pdf"


def render_notice(fields: Mapping[str, Any], *, agency_name: str, fonts: FontSet | None = None) -> bytes:
    """The masked decision as a PDF page."""
    fonts = fonts or font_set()
    data = DocumentData(
        doc_type=DOC.code,
        number=str(fields.get("decision_number", "")),
        agency_name=agency_name,
        issued_on=str(fields.get("decided_on", "")),
        fields=dict(fields),
    )
    return build_pdf(
        story(DOC, data, fonts, substitute=True),
        fonts=fonts,
        title=f"{DOC.title} {fields.get('decision_number', '')}",
    )


def write_package(
    records: Sequence[Mapping[str, Any]],
    out_dir: str | Path,
    *,
    agency_name: str,
    fonts: FontSet | None = None,
) -> list[Path]:
    """Write the CSV and one PDF per record into ``out_dir``; returns the files written (CSV first)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fonts = fonts or font_set()
    written: list[Path] = []
    rows = []
    for rec in records:
        name = pdf_name(rec)
        path = out / name
        path.write_bytes(render_notice(rec, agency_name=agency_name, fonts=fonts))
        written.append(path)
        rows.append({**rec, "pdf": name})
    csv_path = out / CSV_NAME
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([label for _, label in COLUMNS])
        for r in rows:
            w.writerow([str(r.get(key, "") or "") for key, _ in COLUMNS])
    return [csv_path, *written]
