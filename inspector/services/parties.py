"""Parties (当事人): validate, find an existing one by name or ID number, list their earlier violations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspector import clock, text
from inspector.errors import Problem, ValidationError
from inspector.law import identity
from inspector.model import PartyKind
from inspector.permissions import Action
from inspector.station import Session
from inspector.station.writer import Writer

PARTY_FIELDS = (
    "kind",
    "name",
    "id_type",
    "id_number",
    "legal_rep",
    "sex",
    "birth_date",
    "address",
    "phone",
    "employer",
)


def validate(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check a party's fields; returns the cleaned values or raises :class:`ValidationError`."""
    problems: list[Problem] = []
    clean: dict[str, Any] = {k: values[k] for k in PARTY_FIELDS if values.get(k) is not None}
    kind = str(values.get("kind") or "")
    if kind not in {k.value for k in PartyKind}:
        problems.append(Problem("party.kind", "kind", "请选择当事人类型（自然人/单位/个体工商户）"))
    name = str(values.get("name") or "").strip()
    problems += text.problems(
        values.get("name"), field="party.name", label="当事人姓名或名称", max_len=text.NAME_MAX
    )
    if not name and not problems:
        problems.append(Problem("party.name", "required", "当事人姓名或名称不能为空"))
    for key, label in (("address", "当事人住址"), ("employer", "工作单位")):
        if isinstance(values.get(key), str):
            problems += text.problems(
                values[key], field=f"party.{key}", label=label, max_len=text.SHORT_TEXT_MAX
            )
    clean["name"] = name
    id_type = str(values.get("id_type") or ("resident_id" if kind == PartyKind.PERSON else "uscc"))
    try:
        checked = identity.check_document(
            id_type, str(values.get("id_number") or ""), field_name="party.id_number", today=clock.today()
        )
    except ValueError:
        problems.append(
            Problem(
                "party.id_type",
                "id_type",
                f"未知的证件类型：{id_type}",
                parts=("未知的证件类型：{0}", (id_type,)),
            )
        )
    else:
        problems.extend(checked.problems)
        clean["id_number"] = checked.value
    clean["id_type"] = id_type
    if (
        kind in (PartyKind.ORGANISATION, PartyKind.INDIVIDUAL_BUSINESS)
        and id_type == "resident_id"
        and kind == PartyKind.ORGANISATION
    ):
        problems.append(Problem("party.id_type", "id_type", "单位当事人应提供统一社会信用代码"))
    if kind == PartyKind.PERSON and id_type == "resident_id" and not problems:
        parsed = identity.parse_resident_id(clean["id_number"], today=clock.today())
        if parsed is not None:
            clean.setdefault("birth_date", parsed.birth_date.isoformat())
            clean.setdefault("sex", "男" if parsed.sex == "M" else "女")
    if values.get("phone"):
        phone = identity.check_phone(str(values["phone"]), field_name="party.phone")
        problems.extend(phone.problems)
        clean["phone"] = phone.value
    if problems:
        raise ValidationError(problems)
    return clean


def find(session: Session, text: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Parties whose ID number equals ``text`` or whose name contains it, with their case count."""
    session.require(Action.INSPECTION_VIEW)
    q = text.strip()
    if not q:
        return []
    number = identity.normalise(q)
    return session.db.query(
        "SELECT p.*, (SELECT count(*) FROM cases c WHERE c.party_id = p.id) AS case_count FROM parties p "
        "WHERE p.id_number = ? OR p.name LIKE ? ESCAPE '\\' "
        "ORDER BY (p.id_number = ?) DESC, length(p.name), p.updated_at DESC LIMIT ?",
        (number, "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", number, limit),
    )


def history(session: Session, party_id: str) -> list[dict[str, Any]]:
    """Earlier cases of a party (the violations on record), newest first."""
    session.require(Action.INSPECTION_VIEW)
    rows = session.db.query(
        "SELECT id, case_no, state, matter_name, clue_at, decided_at, fine_cents FROM cases "
        "WHERE party_id = ? ORDER BY clue_at DESC",
        (party_id,),
    )
    # the same person may be on record under another party row with the same ID number
    party = session.db.find("parties", party_id)
    if party and party["id_number"]:
        rows += session.db.query(
            "SELECT c.id, c.case_no, c.state, c.matter_name, c.clue_at, c.decided_at, c.fine_cents FROM cases c "
            "JOIN parties p ON p.id = c.party_id WHERE p.id_number = ? AND p.id != ? ORDER BY c.clue_at DESC",
            (party["id_number"], party_id),
        )
    return rows


def upsert(session: Session, writer: Writer, values: Mapping[str, Any]) -> dict[str, Any]:
    """Reuse the party with the same ID number (updating changed fields) or insert a new one."""
    clean = validate(values)
    existing = None
    if values.get("id"):
        existing = session.db.find("parties", str(values["id"]))
    if existing is None and clean.get("id_number"):
        existing = session.db.query_one(
            "SELECT * FROM parties WHERE id_number = ? AND id_type = ? ORDER BY updated_at DESC LIMIT 1",
            (clean["id_number"], clean["id_type"]),
        )
    if existing is None:
        return writer.insert("parties", clean)
    changes = {k: v for k, v in clean.items() if existing.get(k) != v and v not in (None, "")}
    return writer.update("parties", existing["id"], changes) if changes else existing
