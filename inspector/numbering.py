"""Document numbers (文号): the configurable pattern, per-squad sequences, the register and voiding (§2.1)."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from inspector import clock
from inspector.errors import Conflict, NotFound, Problem, ValidationError

PER_TYPE = "per_type"
PER_CASE = "per_case"
CASE_SERIES = "case"
PLACEHOLDERS = {"agency", "type", "year", "squad", "station", "seq"}
_ORDINALS = "二三四五六七八九十"


@dataclass(frozen=True)
class Scheme:
    """How an agency numbers its documents (settings ``documents.*``)."""

    pattern: str
    padding: int
    mode: str
    type_codes: dict[str, str]
    station_code: str = ""

    @classmethod
    def from_station(cls, station: Any) -> Scheme:
        return cls(
            pattern=str(station.setting("documents.number_pattern")),
            padding=int(station.setting("documents.seq_padding")),
            mode=str(station.setting("documents.numbering_mode")),
            type_codes=dict(station.setting("documents.type_codes") or {}),
            station_code=station_code(station),
        )

    def check(self) -> None:
        """Refuse a pattern that could give two documents the same number."""
        names = {f for _, f, _, _ in string.Formatter().parse(self.pattern) if f}
        problems = []
        if unknown := names - PLACEHOLDERS:
            problems.append(
                Problem(
                    "documents.number_pattern",
                    "unknown_placeholder",
                    "文号格式含未知占位符：" + "、".join(sorted(unknown)),
                )
            )
        for needed in ("seq", "squad", "station", "year", "type"):
            if needed not in names:
                problems.append(
                    Problem(
                        "documents.number_pattern",
                        "missing_placeholder",
                        f"文号格式必须包含 {{{needed}}}，否则编号可能重复"
                        + ("（同一机关的其他站点也在编号）" if needed == "station" else ""),
                    )
                )
        if not self.station_code.strip():
            problems.append(Problem("documents.station_code", "required", "本站点的文号代码不能为空"))
        if self.mode not in (PER_TYPE, PER_CASE):
            problems.append(
                Problem("documents.numbering_mode", "invalid", "编号方式只能是 per_type 或 per_case")
            )
        if problems:
            raise ValidationError(problems)

    def type_code(self, doc_type: str, default: str) -> str:
        return self.type_codes.get(doc_type) or default

    def format(self, *, agency: str, type_code: str, year: int, squad: str, seq: int) -> str:
        return self.pattern.format(
            agency=agency,
            type=type_code,
            year=year,
            squad=squad,
            station=self.station_code,
            seq=str(seq).zfill(self.padding),
        )


def station_code(station: Any) -> str:
    """This station's segment of document numbers: the setting ``documents.station_code``, else the last four
    hex digits of the station id (random, so two stations of an agency practically never share it)."""
    configured = str(station.setting("documents.station_code") or "").strip()
    if configured:
        return configured
    return station.station_id.replace("-", "")[-4:].upper()


def _next_seq(db: Any, *, agency_id: str, squad_id: str, series: str, year: int) -> int:
    # Voided rows count too: a number once drawn is never drawn again.
    top = db.scalar(
        "SELECT max(seq) FROM number_register WHERE agency_id = ? AND squad_id = ? AND series = ? "
        "AND year = ?",
        (agency_id, squad_id, series, year),
    )
    return int(top or 0) + 1


def allocate(
    writer: Any,
    scheme: Scheme,
    *,
    agency: dict[str, Any],
    squad: dict[str, Any],
    doc_type: str,
    type_code: str,
    case_id: str | None,
    year: int | None = None,
) -> dict[str, Any]:
    """Draw the next number inside the writer's transaction and record it in the register.

    In ``per_case`` mode every document of a case shares the case's year and sequence and only its type
    code differs (a second document of the same type gets 之二, 之三…).

    Returns:
        The register row (``number``, ``seq``, ``year``…); link it with :func:`link`.
    """
    scheme.check()
    db = writer.db
    year = year or clock.today().year
    series = CASE_SERIES if scheme.mode == PER_CASE else type_code
    seq = None
    if scheme.mode == PER_CASE and case_id:
        shared = db.query_one(
            "SELECT year, seq FROM number_register WHERE case_id = ? AND series = ? ORDER BY seq LIMIT 1",
            (case_id, CASE_SERIES),
        )
        if shared:
            year, seq = shared["year"], shared["seq"]
    if seq is None:
        seq = _next_seq(db, agency_id=agency["id"], squad_id=squad["id"], series=series, year=year)
    number = scheme.format(
        agency=agency["short_name"], type_code=type_code, year=year, squad=squad["code"], seq=seq
    )
    base, n = number, 0
    while db.scalar("SELECT 1 FROM number_register WHERE number = ?", (number,)):
        if scheme.mode != PER_CASE:
            raise Conflict(f"number {number} already in the register", number=number)
        number = _nth(base, n)
        n += 1
    return writer.insert(
        "number_register",
        {
            "agency_id": agency["id"],
            "squad_id": squad["id"],
            "series": series,
            "year": year,
            "seq": seq,
            "number": number,
            "doc_type": doc_type,
            "case_id": case_id,
            "document_id": None,
            "status": "issued",
            "void_reason": "",
        },
    )


def _nth(base: str, n: int) -> str:
    suffix = "之" + (_ORDINALS[n] if n < len(_ORDINALS) else str(n + 2))
    return base[:-1] + suffix + "号" if base.endswith("号") else base + suffix


def link(writer: Any, register_id: str, document_id: str) -> None:
    """Record which document carries a drawn number."""
    writer.update("number_register", register_id, {"document_id": document_id})


def void(writer: Any, number: str, *, reason: str) -> dict[str, Any]:
    """Mark ``number`` voided (作废登记) with its reason; it stays in the register and is never reused."""
    reason = reason.strip()
    if not reason:
        raise ValidationError([Problem("reason", "required", "作废文号必须填写作废原因")])
    row = writer.db.query_one("SELECT * FROM number_register WHERE number = ?", (number.strip(),))
    if row is None:
        raise NotFound(entity="文号", key=number)
    if row["status"] == "voided":
        raise Conflict(f"number {number} is already voided", number=number)
    return writer.update(
        "number_register",
        row["id"],
        {
            "status": "voided",
            "void_reason": reason,
            "voided_at": clock.iso(),
            "voided_by": writer.session.user.username,
        },
        expected_version=row["version"],
    )


def register(db: Any, *, case_id: str | None = None) -> list[dict[str, Any]]:
    """The register rows (all, or one case's), oldest first."""
    if case_id:
        return db.query(
            "SELECT * FROM number_register WHERE case_id = ? ORDER BY year, seq, number", (case_id,)
        )
    return db.query("SELECT * FROM number_register ORDER BY squad_id, series, year, seq, number")
