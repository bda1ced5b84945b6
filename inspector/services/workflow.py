"""Use cases of the case workflow: advance a case by one step, list allowed steps, timeline and deadlines.

Permissions: officers handle cases, squad leaders approve 立案/决定/结案, legal reviewers do 法制审核
(see ``inspector.law.procedure.STEPS``). Every step is recorded in ``case_events`` through the Writer.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from typing import Any

from inspector import clock
from inspector.errors import NotFound, PermissionDenied
from inspector.law import deadlines, procedure, workdays
from inspector.law.procedure import CaseView
from inspector.permissions import Action
from inspector.services import discretion as discretion_service
from inspector.station import Session


def _events(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.db.query("SELECT * FROM case_events WHERE case_id = ? ORDER BY on_date, at, rowid", (case_id,))
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows


_calendars: weakref.WeakKeyDictionary[Any, workdays.HolidayCalendar] = weakref.WeakKeyDictionary()


def calendar(session: Session) -> workdays.HolidayCalendar:
    """The station's holiday calendar, cached per open station (:func:`forget_calendar` after an edit)."""
    cached = _calendars.get(session.station)
    if cached is None:
        cached = _calendars[session.station] = workdays.load(session.db)
    return cached


def forget_calendar(session: Session) -> None:
    _calendars.pop(session.station, None)


def view(session: Session, case_id: str) -> CaseView:
    """Load everything the guards need for one case."""
    case = session.db.find("cases", case_id)
    if case is None:
        raise NotFound(entity="case", key=case_id)
    party = session.db.find("parties", case["party_id"]) if case["party_id"] else None
    officers = session.db.query("SELECT o.* FROM case_officers co JOIN officers o ON o.id = co.officer_id "
                                "WHERE co.case_id = ? ORDER BY co.position", (case_id,))
    agency = session.db.find("agencies", case["agency_id"])
    return CaseView(case=case, party=party, officers=officers, events=_events(session, case_id),
                    discretion=discretion_service.latest(session, case_id), agency=agency,
                    setting=session.station.setting, cal=calendar(session), today=clock.today(),
                    has_legal_qualification=session.user.has_legal_qualification,
                    extra={"duplicate_fines": duplicate_fines(session, case, party)})


def duplicate_fines(session: Session, case: dict[str, Any], party: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Art. 29: other cases fining the same party (by ID/USCC) for the same matter and act date."""
    if not party or not party.get("id_number") or not case.get("act_date"):
        return []
    return session.db.query(
        "SELECT c.id, c.case_no FROM cases c JOIN parties p ON p.id = c.party_id WHERE p.id_number = ? "
        "AND c.id <> ? AND c.matter_code = ? AND c.act_date = ? AND coalesce(c.fine_cents, 0) > 0 "
        "AND c.state IN ('decided', 'served', 'executing', 'closed', 'archived')",
        (party["id_number"], case["id"], case["matter_code"], case["act_date"]))


def allowed_steps(session: Session, case_id: str) -> list[dict[str, str]]:
    """Steps the logged-in user may try next on the case (guards run when the step is taken)."""
    session.require(Action.CASE_VIEW)
    v = view(session, case_id)
    return [{"step": s.name, "label": s.label, "target": str(s.target or v.state)}
            for s in procedure.allowed_steps(v, session.can)]


def advance(session: Session, case_id: str, step: str, **data: Any) -> dict[str, Any]:
    """Take one workflow step; returns the recorded event. Raises GuardRefused / PermissionDenied."""
    spec = procedure.STEP_BY_NAME.get(step)
    if spec is not None and not session.can(spec.action):
        raise PermissionDenied(role=str(session.user.role), action=str(spec.action))
    v = view(session, case_id)
    outcome = procedure.check(v, step, data)
    with session.writing(spec.action, label=f"case.{step}") as w:
        event = w.insert("case_events", {
            "case_id": case_id, "step": procedure.event_step(outcome), "from_state": str(v.state),
            "to_state": str(outcome.target), "on_date": outcome.on_date.isoformat(), "at": clock.iso(),
            "actor": session.user.username, "data": json.dumps(outcome.data, ensure_ascii=False, sort_keys=True)})
        changes = {k: val for k, val in outcome.case_changes.items() if v.case.get(k) != val}
        if changes:
            w.update("cases", case_id, changes, expected_version=v.case["version"])
        if step == "legal_review":
            w.insert("reviews", {"case_id": case_id, "kind": "legal_review", "reviewer_id": session.user.id,
                                 "verdict": outcome.data["verdict"], "opinion": outcome.data.get("opinion", ""),
                                 "items": json.dumps(outcome.data.get("checklist") or [], ensure_ascii=False),
                                 "reviewed_at": clock.iso()})
        if step == "transfer" or (step == "decide" and outcome.data.get("outcome") == "transfer"):
            w.insert("case_transfers", {"case_id": case_id, "receiver": outcome.data["receiver"],
                                        "receiver_kind": outcome.data.get("receiver_kind", "judicial"),
                                        "reason": outcome.data.get("reason") or "涉嫌犯罪（第57条第1款第4项）",
                                        "basis": outcome.data.get("basis", ""),
                                        "sent_on": outcome.on_date.isoformat()})
    event["data"] = outcome.data
    return event


def deadlines_for(session: Session, case_id: str) -> list[deadlines.Deadline]:
    v = view(session, case_id)
    return deadlines.evaluate(v.case, v.events, cal=v.cal, setting=session.station.setting, today=v.today)


def timeline(session: Session, case_id: str) -> dict[str, Any]:
    """The case's recorded steps (oldest first) and its deadlines."""
    session.require(Action.CASE_VIEW)
    v = view(session, case_id)
    events = [{"step": e["step"], "label": procedure.EVENT_LABELS.get(e["step"], e["step"]), "on_date": e["on_date"],
               "at": e["at"], "actor": e["actor"], "from_state": e["from_state"], "to_state": e["to_state"],
               "data": e["data"]} for e in v.events]
    dls = deadlines.evaluate(v.case, v.events, cal=v.cal, setting=session.station.setting, today=v.today)
    return {"events": events, "deadlines": [d.as_dict() for d in dls]}


def show(session: Session, case_id: str) -> dict[str, Any]:
    """State, allowed next steps and deadlines (``inspector case show --json``)."""
    session.require(Action.CASE_VIEW)
    from inspector.model import CASE_STATE_LABELS
    v = view(session, case_id)
    tl = timeline(session, case_id)
    return {"id": case_id, "case_no": v.case["case_no"], "state": v.case["state"],
            "state_label": CASE_STATE_LABELS[v.state], "procedure": v.case["procedure"],
            "matter_code": v.case["matter_code"], "matter_name": v.case["matter_name"],
            "party": (v.party or {}).get("name"), "fine_cents": v.case["fine_cents"],
            "allowed_steps": allowed_steps(session, case_id), "deadlines": tl["deadlines"], "events": tl["events"],
            "legal_review_reasons": procedure.legal_review_reasons(v, v.case["fine_cents"])}


def open_deadlines(session: Session, *, squad_id: str | None = None,
                   statuses: Iterable[str] = ("overdue", "due_soon")) -> list[dict[str, Any]]:
    """Duties of open cases that are overdue or due soon (the 工作台), with the case and its officers."""
    session.require(Action.CASE_VIEW)
    wanted = set(statuses)
    params: list[Any] = []
    sql = ("SELECT c.*, s.name AS squad_name, p.name AS party_name FROM cases c JOIN squads s ON s.id = c.squad_id "
           "LEFT JOIN parties p ON p.id = c.party_id WHERE c.state NOT IN ('closed', 'archived', 'not_filed')")
    if squad_id:
        sql += " AND c.squad_id = ?"
        params.append(squad_id)
    cases = session.db.query(sql, params)
    events: dict[str, list[dict[str, Any]]] = {}
    for e in session.db.query("SELECT case_id, step, on_date, at, data FROM case_events ORDER BY on_date, at, rowid"):
        e["data"] = json.loads(e["data"] or "{}")
        events.setdefault(e["case_id"], []).append(e)
    officers: dict[str, list[str]] = {}
    for r in session.db.query("SELECT co.case_id, o.id, o.name FROM case_officers co JOIN officers o "
                              "ON o.id = co.officer_id ORDER BY co.position"):
        officers.setdefault(r["case_id"], []).append(r["id"])
    cal, today, setting = calendar(session), clock.today(), session.station.setting
    out = []
    for c in cases:
        for d in deadlines.evaluate(c, events.get(c["id"], []), cal=cal, setting=setting, today=today):
            if d.duty and str(d.status) in wanted:
                out.append({**d.as_dict(), "case_id": c["id"], "case_no": c["case_no"], "state": c["state"],
                            "matter_name": c["matter_name"], "party_name": c["party_name"],
                            "squad_id": c["squad_id"], "squad_name": c["squad_name"],
                            "officer_ids": officers.get(c["id"], [])})
    out.sort(key=lambda r: (r["status"] != "overdue", r["due"]))
    return out
