"""The register of preserved and seized items (先行登记保存 Art. 56; 查封扣押 under the 行政强制法).

Each item starts its own decision timer (7 working days for 先行登记保存, configurable days for seizure)
through a case event carrying ``ref`` = the item id; the disposal decision stops it.
"""

from __future__ import annotations

import json
from typing import Any

from inspector import clock
from inspector.errors import GuardRefused, NotFound, Problem, ValidationError, problem
from inspector.law import articles as art
from inspector.permissions import Action
from inspector.station import Session

DISPOSALS = {
    "returned": "解除保存、退还",
    "confiscated": "依法没收",
    "transferred": "移送有关部门",
    "destroyed": "依法销毁",
    "released": "解除查封扣押",
}


def _event(w, session: Session, case_id: str, step: str, day: str, data: dict[str, Any]) -> None:
    w.insert(
        "case_events",
        {
            "case_id": case_id,
            "step": step,
            "from_state": "",
            "to_state": "",
            "on_date": day,
            "at": clock.iso(),
            "actor": session.user.username,
            "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
        },
    )


def register(
    session: Session,
    case_id: str,
    *,
    description: str,
    storage_place: str,
    quantity: str = "",
    measure: str = "registered_preservation",
    approved_by: str = "",
    on_date: str | None = None,
) -> dict[str, Any]:
    """Register a preserved item; 先行登记保存 needs the agency head's approval (Art. 56)."""
    problems = []
    if not description.strip():
        problems.append(Problem("description", "required", "请填写物品名称、规格"))
    if not storage_place.strip():
        problems.append(Problem("storage_place", "required", "请填写保存地点"))
    if measure not in ("registered_preservation", "seizure"):
        problems.append(Problem("measure", "unknown", "措施只能是先行登记保存或查封扣押"))
    if problems:
        raise ValidationError(problems)
    if measure == "registered_preservation" and not approved_by.strip():
        raise GuardRefused(
            rule="preservation_approval",
            article=str(art.APL56),
            message="先行登记保存须经行政机关负责人批准",
            hint="请填写批准的负责人",
        )
    if session.db.find("cases", case_id) is None:
        raise NotFound(entity="case", key=case_id)
    day = on_date or clock.today().isoformat()
    with session.writing(Action.CASE_EDIT, label="case.preserve") as w:
        item = w.insert(
            "preserved_items",
            {
                "case_id": case_id,
                "measure": measure,
                "description": description,
                "quantity": quantity,
                "storage_place": storage_place,
                "preserved_on": day,
                "approved_by": approved_by,
            },
        )
        _event(
            w,
            session,
            case_id,
            "preserve" if measure == "registered_preservation" else "seize",
            day,
            {"ref": item["id"], "description": description},
        )
    return item


def decide(
    session: Session, item_id: str, *, decision: str, note: str = "", on_date: str | None = None
) -> dict[str, Any]:
    """Record the decision on a preserved item (stops its timer)."""
    item = session.db.find("preserved_items", item_id)
    if item is None:
        raise NotFound(entity="preserved_item", key=item_id)
    if decision not in DISPOSALS:
        raise ValidationError(
            [problem("decision", "unknown", ("处理决定只能是：{0}", (list(DISPOSALS.values()),)))]
        )
    if item["decision"]:
        raise ValidationError([Problem("decision", "done", "该物品已作出处理决定")])
    day = on_date or clock.today().isoformat()
    with session.writing(Action.CASE_EDIT, label="case.preservation_decided") as w:
        row = w.update(
            "preserved_items",
            item_id,
            {"decision": decision, "decided_on": day, "disposal_note": note},
            expected_version=item["version"],
        )
        _event(
            w, session, item["case_id"], "preservation_decided", day, {"ref": item_id, "decision": decision}
        )
    return row


def items(session: Session, case_id: str) -> list[dict[str, Any]]:
    session.require(Action.CASE_VIEW)
    return session.db.query(
        "SELECT * FROM preserved_items WHERE case_id = ? ORDER BY preserved_on", (case_id,)
    )
