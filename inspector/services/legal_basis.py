"""Legal basis a document may print: the catalogue row's citation must be verified and belong to this agency.

Each benchmark-catalogue row says whether its citation was checked against the official text
(``citation_verified``) and whose citation it is (``citation_jurisdiction``, a GB/T 2260 code; 000000 for
national law). A live station refuses to print an unverified citation or one taken from another district and
names the row to fix; the demo station prints them, labelled as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspector.errors import GuardRefused, Parts, chinese

ARTICLE = "《行政处罚法》第三十八条、第五十九条"
BASIS_FIELDS = ("violated_provision", "penalty_basis", "basis")
NATIONAL = "000000"
# Words that mark a citation as a working note, never a legal basis, whoever typed it.
UNVERIFIED_MARKS = ("待核实", "待明确", "引用）", "转引")
DEMO_LABEL = "〔演示数据：该依据未经核实，不得用于正式文书〕"


@dataclass(frozen=True)
class Row:
    """The catalogue row behind a case's matter."""

    catalogue: str
    version: str
    matter_code: str
    name: str
    violated: str
    penalty: str
    verified: bool
    jurisdiction: str
    note: str

    def where(self) -> str:
        return chinese(self.where_parts())

    def where_parts(self) -> Parts:
        """:meth:`where` as a template and its arguments (the catalogue's names are data)."""
        return (
            "裁量基准《{0}》（{1}版）事项{2}“{3}”",
            (self.catalogue, self.version, self.matter_code, self.name),
        )


def row_for(db: Any, case: Mapping[str, Any]) -> Row | None:
    """The row of the catalogue in force on the act date (Art. 37) for the case's matter, if any."""
    from inspector.law import benchmarks

    if not case.get("matter_code"):
        return None
    act = case.get("act_date") or case.get("clue_at") or ""
    try:
        day = dt.date.fromisoformat(act[:10])
    except ValueError:
        return None
    cat = benchmarks.in_force(benchmarks.load_all(db), day, matter_code=case["matter_code"])
    if cat is None:
        return None
    item = cat.items[case["matter_code"]]
    return Row(
        catalogue=cat.name,
        version=cat.version,
        matter_code=case["matter_code"],
        name=item.get("name", ""),
        violated=item["violation_basis"],
        penalty=item["penalty_basis"],
        verified=bool(item.get("citation_verified", False)),
        jurisdiction=str(item.get("citation_jurisdiction") or ""),
        note=str(item.get("citation_note") or ""),
    )


def applies_to(jurisdiction: str, division_code: str) -> bool:
    """Whether a citation of ``jurisdiction`` may be applied by an agency of ``division_code`` (same territory or
    one that contains it; national law everywhere). An unknown jurisdiction does not apply."""
    if jurisdiction == NATIONAL:
        return True
    if not jurisdiction or not division_code:
        return False
    prefix = jurisdiction
    while prefix.endswith("00") and len(prefix) > 2:
        prefix = prefix[:-2]
    return division_code.startswith(prefix)


def _joined(items: list[Parts]) -> Parts:
    """Words joined by ``；`` (as templates, so each is translated)."""
    out = items[0]
    for item in items[1:]:
        out = ("{0}；{1}", (out, item))
    return out


def vet(values: Mapping[str, Any], row: Row | None, *, division_code: str, demo: bool) -> dict[str, Any]:
    """The document's values with its legal basis checked.

    Raises:
        GuardRefused: (live station) a basis printed from an unverified or foreign catalogue row, or one marked
            as a working note; the message names the row to fix.
    """
    out = dict(values)
    problems: list[Parts] = []
    for key in BASIS_FIELDS:
        text = str(out.get(key) or "")
        if not text:
            continue
        from_row = row is not None and text in (row.violated, row.penalty)
        reasons: list[Parts] = []
        if from_row and not row.verified:  # type: ignore[union-attr]
            note = row.note  # type: ignore[union-attr]
            reasons.append(("条文未经核实（{0}）", (note,)) if note else ("条文未经核实", ()))
        if from_row and not applies_to(row.jurisdiction, division_code):  # type: ignore[union-attr]
            reasons.append(
                (
                    "引自其他地区（行政区划代码{0}），不适用于本机关（{1}）",
                    (row.jurisdiction or ("未标注", ()), division_code or ("未设置", ())),  # type: ignore[union-attr]
                )
            )
        if any(m in text for m in UNVERIFIED_MARKS) and not reasons:
            reasons.append(("依据中含有“待核实”等工作备注", ()))
        if not reasons:
            continue
        if demo:
            out[key] = text + DEMO_LABEL
        else:
            where = row.where_parts() if from_row else ("手工填写的依据", ())  # type: ignore[union-attr]
            problems.append(("{0}：{1}", (where, _joined(reasons))))
    if problems:
        unique = list({chinese(p): p for p in problems}.values())
        parts = ("文书不能引用未经核实或外地的法律依据：{0}", (_joined(unique),))
        raise GuardRefused(
            rule="unverified_basis",
            article=ARTICLE,
            message=chinese(parts),
            parts=parts,
            hint="请管理员对照法律法规原文核实该行的违法依据和处罚依据，在裁量基准中标注已核实"
            "（citation_verified）并填写适用地区后再出具；或由承办人填写经核实的依据",
        )
    return out
