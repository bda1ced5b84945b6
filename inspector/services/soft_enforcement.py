"""Soft-enforcement records (说服教育 / 劝导示范 / 行政指导, Art. 6 and Art. 33 ¶3)."""

from __future__ import annotations

import json
from typing import Any

from inspector import clock
from inspector.errors import Problem, ValidationError
from inspector.permissions import Action
from inspector.station import Session

KINDS = {"persuasion": "说服教育", "demonstration": "劝导示范", "guidance": "行政指导"}


def record(
    session: Session,
    *,
    kind: str,
    content: str,
    case_id: str | None = None,
    inspection_id: str | None = None,
    party_id: str | None = None,
    officer_ids: list[str] | None = None,
    result: str = "",
    on_date: str | None = None,
) -> dict[str, Any]:
    """Record one soft-enforcement action on a case or an inspection."""
    problems = []
    if kind not in KINDS:
        problems.append(Problem("kind", "unknown", "类型只能是说服教育、劝导示范或行政指导"))
    if not content.strip():
        problems.append(Problem("content", "required", "请填写教育、劝导或指导的内容"))
    if not (case_id or inspection_id):
        problems.append(Problem("case_id", "required", "须关联案件或现场检查"))
    if problems:
        raise ValidationError(problems)
    day = on_date or clock.today().isoformat()
    with session.writing(Action.CASE_EDIT, label="soft_enforcement.record") as w:
        row = w.insert(
            "soft_enforcements",
            {
                "case_id": case_id,
                "inspection_id": inspection_id,
                "party_id": party_id,
                "kind": kind,
                "content": content,
                "on_date": day,
                "officer_ids": json.dumps(officer_ids or []),
                "result": result,
            },
        )
        if case_id:
            w.insert(
                "case_events",
                {
                    "case_id": case_id,
                    "step": "soft_enforcement",
                    "from_state": "",
                    "to_state": "",
                    "on_date": day,
                    "at": clock.iso(),
                    "actor": session.user.username,
                    "data": json.dumps({"ref": row["id"], "kind": kind}, ensure_ascii=False),
                },
            )
    return row


def for_case(session: Session, case_id: str) -> list[dict[str, Any]]:
    session.require(Action.CASE_VIEW)
    return session.db.query("SELECT * FROM soft_enforcements WHERE case_id = ? ORDER BY on_date", (case_id,))
