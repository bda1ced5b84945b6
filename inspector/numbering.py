"""Document numbers (文号): the configurable pattern, per-squad sequences, the register and voiding (§2.1)."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from inspector import clock
from inspector.errors import Conflict, NotFound, Parts, Problem, ValidationError, chinese

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
        problems = pattern_problems(self.pattern)
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


# What each placeholder keeps apart; without it two documents could be given the same number (§2.1).
KEY = "documents.number_pattern"
_NEEDED = {
    "seq": Problem(KEY, "format", "文号格式必须包含 {seq}（序号）"),
    "station": Problem(
        KEY, "format", "文号格式必须包含 {station}（站点代码），否则同一机关的各站点会出现相同文号"
    ),
    "squad": Problem(KEY, "format", "文号格式必须包含 {squad}（中队编号），否则各中队会出现相同文号"),
    "year": Problem(KEY, "format", "文号格式必须包含 {year}（年份），否则序号每年重新开始后会出现相同文号"),
    "type": Problem(
        KEY, "format", "文号格式必须包含 {type}（文书代字），否则同一案件的各种文书会出现相同文号"
    ),
}
_AVAILABLE = "{agency}{type}{year}{squad}{station}{seq}"


def pattern_problems(pattern: str) -> list[Problem]:
    """Why a document-number pattern cannot be used (empty when it can): unbalanced braces, a placeholder
    that is not one of :data:`PLACEHOLDERS` or carries a format of its own, or a missing one."""
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        return [Problem(KEY, "braces", "文号格式中的花括号不成对；占位符应写成 {seq} 这样的形式")]
    names = {f for _, f, _, _ in parsed if f is not None}
    problems = []
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown:
        parts: Parts = (
            "文号格式含未知占位符：{0}；可用的占位符为 {1}",
            ("".join(f"{{{n}}}" for n in unknown), _AVAILABLE),
        )
        problems.append(Problem(KEY, "unknown_placeholder", chinese(parts), parts=parts))
    if any(conv or spec for _, f, spec, conv in parsed if f is not None):
        problems.append(Problem(KEY, "placeholder_format", "文号格式的占位符不能带格式说明（如 {seq:5}）"))
    missing = [name for name in _NEEDED if name not in names]
    if len(missing) == 1:
        problems.append(_NEEDED[missing[0]])
    elif missing:
        parts = (
            "文号格式缺少 {0}；序号、站点代码、中队编号、年份和文书代字（{1}）都必须有，否则会出现相同文号",
            ("".join(f"{{{name}}}" for name in missing), "".join(f"{{{name}}}" for name in _NEEDED)),
        )
        problems.append(Problem(KEY, "format", chinese(parts), parts=parts))
    return problems


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
