"""What a case view shows beside its workflow: facts, party, officers, evidence, saved discretion record, whose turn."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from inspector import clock
from inspector.permissions import Action
from inspector.services import discretion as discretion_service
from inspector.services import worklist
from inspector.station import Session


def facts(session: Session, case_id: str) -> dict[str, Any]:
    """The case as a reviewer reads it: source, dates, place, facts, party, officers, evidence, amounts."""
    from inspector.services.case_opening import (
        DEVICE_DETAIL,
        LEGACY_COMPLAINT_DETAIL,
        LEGACY_DEVICE_DETAIL,
        SOURCES,
    )

    session.require(Action.CASE_VIEW)
    db = session.db
    case = db.find("cases", case_id) or {}
    party = db.find("parties", case["party_id"]) if case.get("party_id") else None
    officers = [
        r["name"]
        for r in db.query(
            "SELECT o.name FROM case_officers co JOIN officers o ON o.id = co.officer_id WHERE co.case_id = ? "
            "ORDER BY co.position",
            (case_id,),
        )
    ]
    evidence = db.query(
        "SELECT filename, taken_at, kind FROM evidence WHERE case_id = ? OR "
        "(inspection_id IS NOT NULL AND inspection_id = ?) ORDER BY taken_at, filename",
        (case_id, case.get("inspection_id")),
    )
    clue = db.query_one(
        "SELECT data FROM case_events WHERE case_id = ? AND step = 'clue' LIMIT 1", (case_id,)
    )
    clue_data = json.loads(clue["data"] or "{}") if clue else {}
    source = clue_data.get("source") or case.get("source")
    notice = db.query_one(
        "SELECT data FROM case_events WHERE case_id = ? AND step = 'notify' "
        "ORDER BY on_date DESC, rowid DESC LIMIT 1",
        (case_id,),
    )
    record = discretion_service.latest(session, case_id)
    proposed = case.get("fine_cents")
    if proposed is None and notice:
        proposed = json.loads(notice["data"]).get("amount_cents")
    if proposed is None and record:
        proposed = record["amount_cents"]
    for e in evidence:
        if e["taken_at"]:
            taken = dt.datetime.fromisoformat(e["taken_at"].replace("Z", "+00:00"))
            e["taken_at"] = taken.astimezone(clock.LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    return {
        "source_label": SOURCES.get(source or "", (source or "",))[0],
        # what records the source (the complainant or call record, the referring body and letter, the draw,
        # the device and its record), as the officer gave it when the clue was registered
        "source_detail": LEGACY_COMPLAINT_DETAIL
        if _legacy_complaint(clue_data)
        else DEVICE_DETAIL
        if clue_data.get("device_code")
        else LEGACY_DEVICE_DETAIL
        if source == "non_contact"
        else SOURCES.get(source or "", ("", ""))[1],
        "source_reference": _source_reference(clue_data),
        # a complaint's 投诉人 and 联系方式, or that it was anonymous (a case from before keeps its one line)
        "complainant": str(clue_data.get("complainant") or ""),
        "complainant_contact": str(clue_data.get("complainant_contact") or ""),
        "anonymous": bool(clue_data.get("anonymous")),
        "act_date": case.get("act_date"),
        "act_end_date": case.get("act_end_date"),
        "discovered_at": case.get("discovered_at"),
        "address": case.get("address"),
        "summary": case.get("summary"),
        "party": {k: party[k] for k in ("name", "id_number", "address", "phone")} if party else None,
        "officers": officers,
        "evidence": evidence,
        "discretion": record,
        "proposed_cents": proposed,
    }


def _source_reference(clue: dict[str, Any]) -> str:
    """What records the source; for a 非现场 record the device, the record number, its time and the device's
    location (Art. 41)."""
    reference = str(clue.get("reference") or "")
    if clue.get("device_code"):
        return (
            f"{clue['device_code']} 记录号{reference}（{clue.get('recorded_at', '')}，"
            f"{clue.get('device_location', '')}）"
        )
    return reference


def _legacy_complaint(clue: dict[str, Any]) -> bool:
    """A complaint registered when its complainant and contact were one free-text line."""
    return (
        clue.get("source") == "complaint"
        and bool(clue.get("reference"))
        and not clue.get("complainant")
        and not clue.get("anonymous")
    )


def turn(session: Session, case_id: str) -> dict[str, Any] | None:
    """Whose turn the case is, what to do and the deadline driving it."""
    session.require(Action.CASE_VIEW)
    return worklist.turn_of(session, case_id)
