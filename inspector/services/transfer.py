"""Use cases for case transfer (案件移送, Art. 27, 57 ¶1(4), 82): the receiving agency's acknowledgement."""

from __future__ import annotations

import json
from typing import Any

from inspector import clock
from inspector.errors import NotFound, Problem, ValidationError
from inspector.permissions import Action
from inspector.station import Session


def transfers(session: Session, case_id: str) -> list[dict[str, Any]]:
    session.require(Action.CASE_VIEW)
    return session.db.query("SELECT * FROM case_transfers WHERE case_id = ? ORDER BY sent_on", (case_id,))


def acknowledge(
    session: Session, case_id: str, *, acknowledged_by: str, reference: str, on_date: str | None = None
) -> dict[str, Any]:
    """Record the receiving agency's written acknowledgement (回执) of the newest transfer of a case."""
    row = session.db.query_one(
        "SELECT * FROM case_transfers WHERE case_id = ? ORDER BY sent_on DESC, rowid DESC LIMIT 1", (case_id,)
    )
    if row is None:
        raise NotFound(entity="case_transfer", key=case_id)
    if not acknowledged_by.strip() or not reference.strip():
        raise ValidationError([Problem("acknowledged_by", "required", "请填写接收机关签收人和回执编号")])
    day = on_date or clock.today().isoformat()
    with session.writing(Action.CASE_ADVANCE, label="case.transfer_ack") as w:
        updated = w.update(
            "case_transfers",
            row["id"],
            {"acknowledged_on": day, "acknowledged_by": acknowledged_by, "ack_reference": reference},
            expected_version=row["version"],
        )
        w.insert(
            "case_events",
            {
                "case_id": case_id,
                "step": "transfer_ack",
                "from_state": "",
                "to_state": "",
                "on_date": day,
                "at": clock.iso(),
                "actor": session.user.username,
                "data": json.dumps(
                    {"ref": row["id"], "reference": reference, "acknowledged_by": acknowledged_by},
                    ensure_ascii=False,
                ),
            },
        )
    return updated
