"""Use cases of the case workflow: advance a case by one step, list allowed steps, timeline and deadlines.

Permissions: officers handle cases, squad leaders approve 立案/决定/结案, legal reviewers do 法制审核
(see ``inspector.law.procedure.STEPS``). Every step is recorded in ``case_events`` through the Writer.
"""

from __future__ import annotations

import datetime as dt
import json
import weakref
from collections.abc import Iterable
from typing import Any

from inspector import clock
from inspector.errors import NotFound, PermissionDenied, ValidationError
from inspector.law import amounts, deadlines, periods, procedure, workdays
from inspector.law import articles as art
from inspector.law.case import CHANGE_LABELS, ENDING, change_kind, flag, refuse
from inspector.law.procedure import CaseView
from inspector.permissions import Action
from inspector.services import discretion as discretion_service
from inspector.station import Session


def _events(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.db.query(
        "SELECT * FROM case_events WHERE case_id = ? ORDER BY on_date, at, rowid", (case_id,)
    )
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
    from inspector.services import publicity  # it uses this module's calendar

    case = session.db.find("cases", case_id)
    if case is None:
        raise NotFound(entity="case", key=case_id)
    party = session.db.find("parties", case["party_id"]) if case["party_id"] else None
    officers = session.db.query(
        "SELECT o.* FROM case_officers co JOIN officers o ON o.id = co.officer_id "
        "WHERE co.case_id = ? ORDER BY co.position",
        (case_id,),
    )
    agency = session.db.find("agencies", case["agency_id"])
    record = discretion_service.latest(session, case_id)
    return CaseView(
        case=case,
        party=party,
        officers=officers,
        events=_events(session, case_id),
        discretion=record,
        agency=agency,
        setting=session.station.setting,
        cal=calendar(session),
        today=clock.today(),
        has_legal_qualification=session.user.has_legal_qualification,
        extra={
            "duplicate_fines": with_statutory_max(
                session, duplicate_fines(session, case, party), case, party
            ),
            "publicity": publicity.case_status(session, case_id),
        },
        assessor=lambda: discretion_service.assessment_for(session, case, party, record),
    )


def duplicate_fines(
    session: Session, case: dict[str, Any], party: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Art. 29: other cases fining the same party (by ID/USCC) for an act on the same date, under any matter
    (``inspector.law.amounts.require_no_second_fine`` decides which of them are the same act)."""
    if not party or not party.get("id_number") or not case.get("act_date"):
        return []
    return session.db.query(
        "SELECT c.id, c.case_no, c.matter_code, c.matter_name, c.fine_cents FROM cases c "
        "JOIN parties p ON p.id = c.party_id WHERE p.id_number = ? "
        "AND c.id <> ? AND c.act_date = ? AND coalesce(c.fine_cents, 0) > 0 "
        "AND c.state IN ('decided', 'served', 'executing', 'closed', 'archived')",
        (party["id_number"], case["id"], case["act_date"]),
    )


def with_statutory_max(
    session: Session, rows: list[dict[str, Any]], case: dict[str, Any], party: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Art. 29: add each case's statutory maximum fine (this one as ``own_max_cents``), so the rule can say
    which provision carries the higher fine."""
    if not rows or not case.get("act_date"):
        return rows
    from inspector.law import benchmarks

    day = dt.date.fromisoformat(case["act_date"][:10])
    kind = (party or {}).get("kind", "person")
    cats = benchmarks.load_all(session.db)

    def maximum(code: str) -> int | None:
        cat = benchmarks.in_force(cats, day, matter_code=code)
        rng = benchmarks.statutory_range(cat.items[code], kind) if cat and code in cat.items else None
        return rng.max_cents if rng else None

    own = maximum(case["matter_code"])
    return [{**r, "statutory_max_cents": maximum(r["matter_code"]), "own_max_cents": own} for r in rows]


def allowed_steps(session: Session, case_id: str) -> list[dict[str, str]]:
    """Steps the logged-in user may try next on the case (guards run when the step is taken)."""
    session.require(Action.CASE_VIEW)
    v = view(session, case_id)
    return [
        {"step": s.name, "label": procedure.step_label(v, s), "target": str(s.target or v.state)}
        for s in procedure.allowed_steps(v, session.can)
    ]


# Where the law ties a step to a document, performing the step issues it (in the step's own transaction).
STEP_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "file": ("filing_approval",),  # Art. 54 ¶2: 立案审批表; its number is the case number
    "investigate": ("inspection_record",),  # Art. 55: 现场检查笔录 (cases opened from an inspection)
    "notify": ("prior_notice",),  # Art. 44: 事先告知书 (+ 听证告知书 when Art. 63 applies)
    "hearing_notice": ("hearing_summons",),  # Art. 64: 听证通知书
    "decide": ("penalty_decision",),  # Art. 59/62: 决定书 (type follows the outcome)
    "on_the_spot": ("onspot_decision",),  # Art. 52: 当场行政处罚决定书
    "serve": ("service_receipt",),  # Art. 61: 送达回证
    "demand": ("demand_notice",),  # 行政强制法 Art. 54: 催告书
    "apply_court": ("enforcement_application",),  # 行政强制法 Art. 55: the application is made in writing
    "close": ("closing_report",),  # 结案报告
    "transfer": ("transfer_letter",),  # Art. 27: 案件移送函
}
DECISION_DOCUMENTS = ("penalty_decision", "no_penalty_decision", "onspot_decision")
# Documents handed to the party as the step is taken, so the step is not taken without them: an on-the-spot
# decision is the numbered form filled in and handed over there (Art. 52); its periods run from that moment.
HANDED_OVER: dict[str, art.Article] = {"on_the_spot": art.APL52}


def documents_for_step(case: dict[str, Any], step: str, data: dict[str, Any]) -> list[str]:
    """The documents performing ``step`` with ``data`` issues on ``case``."""
    docs = list(STEP_DOCUMENTS.get(step, ()))
    if step == "investigate" and not case.get("inspection_id"):
        docs = []
    if step == "notify" and data.get("hearing_right"):
        docs.append("hearing_notice")
    if step == "decide":
        outcome = data.get("outcome", "penalty")
        docs = {
            "penalty": ["penalty_decision"],
            "no_penalty_minor": ["no_penalty_decision"],
            "no_case": ["no_penalty_decision"],
            "transfer": ["transfer_letter"],
        }.get(outcome, docs)
    return docs


def live_decision(session: Session, case_id: str) -> dict[str, Any] | None:
    """The case's decision document that is not voided (a case has at most one)."""
    marks = ", ".join("?" * len(DECISION_DOCUMENTS))
    return session.db.query_one(
        f"SELECT d.id, d.number, d.doc_type FROM documents d LEFT JOIN number_register r ON r.number = d.number "
        f"WHERE d.case_id = ? AND d.doc_type IN ({marks}) AND coalesce(r.status, 'issued') <> 'voided' LIMIT 1",
        (case_id, *DECISION_DOCUMENTS),
    )


# What a step will do, as templates the interface translates; an argument is text (a document title, a
# period's name, a citation — also translated when the translation knows it) or a nested (template, args).
EFFECT_CASE_NO = "从文号登记簿取得案件编号（案号），此后不能更改"
EFFECT_DOCUMENT = "出具《{0}》并登记文号"
EFFECT_TIMER = "开始计算{0}（{1}，{2}）"
# a fine collected with the on-the-spot decision is recorded as paid, so its payment period does not run
EFFECT_CASH = (
    "勾选当场收缴罚款的，同时登记缴清罚款，不计算缴款期限（{0}）；收缴的罚款须在{1}内交至本机关（{2}）"
)
EFFECT_TEXTS = (EFFECT_CASE_NO, EFFECT_DOCUMENT, EFFECT_TIMER, EFFECT_CASH)
Effect = tuple[str, tuple[Any, ...]]


# The order to correct a penalty carries (Art. 28 ¶1) as the forms pre-fill it: as the case's 责令改正通知书
# ordered it, else by the inspection's correction deadline, else at once; the catalogue row's measures
# (责令限期拆除, 代为清除…) named after it.
CORRECTION_BY = "责令当事人于{0}前改正上述违法行为"
CORRECTION_NOW = "责令当事人立即改正上述违法行为"
CORRECTION_ORDERED = "责令当事人于{0}前改正上述违法行为：{1}"
CORRECTION_MEASURES = "（裁量基准规定的措施：{0}）"
_CORRECTING_STEPS = ("decide", "on_the_spot")


def correction_default(session: Session, case_id: str) -> str:
    """What the 责令改正 of this case's penalty would say, from what the case holds: the correction deadline
    the officers set at the inspection, and the measures the benchmark row in force on the act date lists.
    Empty when the case holds neither (the officer writes it)."""
    from inspector.law import benchmarks

    session.require(Action.CASE_VIEW)
    case = session.db.find("cases", case_id)
    if case is None:
        raise NotFound(entity="case", key=case_id)
    insp = session.db.find("inspections", case["inspection_id"]) if case.get("inspection_id") else None
    measures: list[str] = []
    act = str(case.get("act_date") or case.get("clue_at") or "")[:10]
    if case.get("matter_code") and act:
        cat = benchmarks.in_force(
            benchmarks.load_all(session.db), dt.date.fromisoformat(act), matter_code=case["matter_code"]
        )
        if cat is not None:
            measures = [str(m) for m in cat.items[case["matter_code"]].get("measures") or () if m]
    ordered = session.db.query_one(  # a 责令改正通知书 already issued in the case says it in the officers' words
        "SELECT d.payload FROM documents d LEFT JOIN number_register r ON r.number = d.number WHERE d.case_id = ? "
        "AND d.doc_type = 'correction_order' AND coalesce(r.status, 'issued') <> 'voided' "
        "ORDER BY d.issued_at DESC LIMIT 1",
        (case_id,),
    )
    if ordered:
        fields = json.loads(ordered["payload"])["fields"]
        if fields.get("correction_deadline") and fields.get("correction_required"):
            return CORRECTION_ORDERED.format(fields["correction_deadline"], fields["correction_required"])
    deadline = (insp or {}).get("correction_deadline")
    if deadline:
        day = dt.date.fromisoformat(str(deadline)[:10])
        text = CORRECTION_BY.format(f"{day.year}年{day.month}月{day.day}日")
    elif measures:
        text = CORRECTION_NOW
    else:
        return ""
    others = [m for m in measures if m != "责令改正"]
    return text + (CORRECTION_MEASURES.format("、".join(others)) if others else "")


def step_preview(session: Session, case_id: str, step: str) -> dict[str, Any]:
    """What performing ``step`` will do, for the confirmation: documents issued (and the fields they still
    need), the case number drawn, the deadline started, and whether it can be undone."""
    from inspector.services import documents as documents_service

    spec = procedure.STEP_BY_NAME.get(step)
    case = session.db.find("cases", case_id)
    if case is None or spec is None:
        raise NotFound(entity="case", key=case_id)
    docs = []
    for doc_type in documents_for_step(case, step, {"outcome": "penalty"}):
        try:
            missing = documents_service.missing_fields(session, case_id, doc_type, _PREVIEW_DATA.get(step))
        except Exception:  # noqa: BLE001 - a preview never blocks the step; the step checks for real  # noqa: BLE001 - a preview never blocks the step; the step checks for real
            missing = []
        docs.append(
            {
                "doc_type": doc_type,
                "title": _title(doc_type),
                "missing": [
                    {"field": p.field, "message": p.message, "label": p.label or p.message}
                    for p in missing
                    if p.field not in _FROM_STEP
                ],
            }
        )
    parts: list[Effect] = []
    if step == "file":
        parts.append((EFFECT_CASE_NO, ()))
    for d in docs:
        parts.append((EFFECT_DOCUMENT, (d["title"],)))
    for key, article in _STARTS.get(step, ()):
        words, number = deadlines.length_parts(key, session.station.setting)
        name = deadlines.TIMER_BY_KEY[key].name
        parts.append((EFFECT_TIMER, (name, art.cite(article), (words, (number,)))))
    if step == "on_the_spot":
        words, number = deadlines.length_parts("cash_handover", session.station.setting)
        parts.append((EFFECT_CASH, (str(art.APL68), (words, (number,)), str(art.APL71))))
    defaults = {"correction": correction_default(session, case_id)} if step in _CORRECTING_STEPS else {}
    return {
        "step": step,
        "label": spec.label,
        "defaults": {k: v for k, v in defaults.items() if v},
        "documents": docs,
        "effects": [effect_text(e) for e in parts],
        "effect_parts": parts,
        "irreversible": step in IRREVERSIBLE,
    }


def effect_text(effect: Effect) -> str:
    """An effect in Chinese: its template filled with its arguments."""
    template, args = effect
    return template.format(*(effect_text(a) if isinstance(a, tuple) else a for a in args))


# Fields the step itself supplies (dates, numbers): never asked for in the confirmation.
# A step whose document takes its facts from the step's own form (not filled yet when the preview is asked):
# its facts are left open in the preview, so the confirmation still asks the fields the officer must give.
_PREVIEW_DATA: dict[str, dict[str, Any]] = {"on_the_spot": {"preview": True}, "decide": {"preview": True}}

_FROM_STEP = {
    "filed_on",
    "decision_number",
    "decision_date",
    "served_number",
    "case_no",
    "statement_due",
    "intended_penalty",
    "penalty",
    "served_on",
    "correction",  # asked by the step's own form (Art. 28)
}
# The statutory period a step starts (its timer and the article behind it), named in the confirmation.
_STARTS: dict[str, tuple[tuple[str, art.Article], ...]] = {
    "file": (("decision", art.APL60),),
    "notify": (("statement", art.APL45),),
    "serve": (
        ("payment", art.APL67),
        ("review_period", art.REVIEW20),
        ("litigation_period", art.LITIGATION46),
    ),
    "decide": (("service", art.APL61),),
    "on_the_spot": (("payment", art.APL67),),
    "demand": (("demand_wait", art.ACL54),),
}


# Steps that cannot be taken back: a number is drawn, a document issued or a legal period starts.
IRREVERSIBLE = {
    "file",
    "not_file",
    "review_record",
    "notify",
    "decide",
    "on_the_spot",
    "serve",
    "transfer",
    "close",
    "archive",
    "demand",
    "apply_court",
    "legal_review",
    "hearing_notice",
    "pay",
    "end_investigation",
}


def _title(doc_type: str) -> str:
    from exports import documents as doc_types

    return doc_types.TYPES[doc_type].title if doc_type in doc_types.TYPES else doc_type


def advance(
    session: Session,
    case_id: str,
    step: str,
    *,
    document: dict[str, Any] | None = None,
    require_documents: bool = False,
    **data: Any,
) -> dict[str, Any]:
    """Take one workflow step; returns the recorded event (with ``documents``: the numbers issued, and
    ``documents_pending``: documents still lacking required fields, each naming them).

    Performing a step the law ties to a document issues it in the same transaction (``document``: field
    values the officer supplies for it); 立案 draws the case number (from the 立案审批表, or on its own when
    that form cannot be completed yet). With ``require_documents`` a document that cannot be issued refuses
    the whole step. Raises GuardRefused / PermissionDenied / ValidationError.
    """
    from inspector.services import documents as documents_service
    from inspector.services import publicity

    spec = procedure.STEP_BY_NAME.get(step)
    if spec is not None and not session.can(spec.action):
        raise PermissionDenied(role=str(session.user.role), action=str(spec.action))
    if step in _CORRECTING_STEPS and "correction" not in data and session.can(Action.CASE_VIEW):
        # Art. 28 ¶1: not given at all, the order to correct is the one the form pre-fills; given empty (the
        # officer cleared it), the step's rule refuses it
        data["correction"] = correction_default(session, case_id)
    v = view(session, case_id)
    outcome = procedure.check(v, step, data)
    spec = procedure.STEP_BY_NAME[step]  # check() has refused a step that does not exist
    doc_types = documents_for_step(v.case, step, outcome.data)
    if any(t in DECISION_DOCUMENTS for t in doc_types) and (live := live_decision(session, case_id)):
        raise refuse(
            "one_decision",
            art.APL59,
            ("本案已有有效的决定书（{0}），一个案件只能有一份有效决定", (live["number"],)),
            "如需重新作出决定，请先作废原决定书文号并登记决定变更",
        )
    issued: list[dict[str, str]] = []
    with session.writing(spec.action, label=f"case.{step}") as w:
        event = _record(session, w, v, outcome)
        if step == "legal_review":
            w.insert(
                "reviews",
                {
                    "case_id": case_id,
                    "kind": "legal_review",
                    "reviewer_id": session.user.id,
                    "verdict": outcome.data["verdict"],
                    "opinion": outcome.data.get("opinion", ""),
                    "items": json.dumps(outcome.data.get("checklist") or [], ensure_ascii=False),
                    "reviewed_at": clock.iso(),
                },
            )
        if step == "transfer" or (step == "decide" and outcome.data.get("outcome") == "transfer"):
            w.insert(
                "case_transfers",
                {
                    "case_id": case_id,
                    "receiver": outcome.data["receiver"],
                    "receiver_kind": outcome.data.get("receiver_kind", "judicial"),
                    "reason": outcome.data.get("reason") or f"涉嫌犯罪（{art.APL57_1_4.short}）",
                    "basis": outcome.data.get("basis", ""),
                    "sent_on": outcome.on_date.isoformat(),
                },
            )
        pending: list[dict[str, Any]] = []
        for doc_type in doc_types:
            try:
                doc = documents_service.issue_document(session, case_id, doc_type, document or {})
            except ValidationError as exc:
                if step in HANDED_OVER:
                    raise refuse(
                        "document_incomplete",
                        HANDED_OVER[step],
                        (
                            "《{0}》须当场填写完整并交付当事人，不能先作决定、事后补出决定书；尚缺：{1}",
                            (_title(doc_type), [p.label or p.message for p in exc.problems]),
                        ),
                        "请在本步骤的表单中填写所缺内容后再执行",
                    ) from exc
                if require_documents:
                    raise
                pending.append(
                    {
                        "doc_type": doc_type,
                        "title": _title(doc_type),
                        "missing": [p.message for p in exc.problems],
                        "missing_parts": [p.parts or (p.message, ()) for p in exc.problems],
                        "fields": [p.field for p in exc.problems],
                    }
                )
                continue
            issued.append(
                {"doc_type": doc_type, "number": doc.number, "id": doc.id, "title": _title(doc_type)}
            )
        followed: list[str] = []
        if step == "on_the_spot" and flag(outcome.data.get("cash")) and outcome.data["amount_cents"]:
            # Art. 68–70: the fine collected there and then, against the receipt, is paid: recorded with the
            # decision (after its form, which says so), so nothing falls due, no 催告 follows, and the cash is
            # handed in within two working days (Art. 71)
            paid = procedure.check(
                view(session, case_id),
                "pay",
                {
                    "amount_cents": outcome.data["amount_cents"],
                    "on_date": outcome.on_date.isoformat(),
                    "cash": True,
                    "cash_ground": outcome.data.get("cash_ground") or "",
                    "receipt_no": outcome.data.get("receipt_no") or "",
                },
            )
            followed.append(_record(session, w, view(session, case_id), paid)["step"])
        if step == "file" and not v.case.get("case_no"):
            _draw_case_number(session, w, case_id, issued)
        if step == "decide":  # §7.2: the decision's publication record is drafted for the reviewer's sign-off
            publicity.draft_in(session, w, case_id)
        if step == "decision_changed":  # Art. 48: a decision not yet published is redrafted or not published
            publicity.changed_in(session, w, case_id, outcome.on_date.isoformat(), outcome.data)
        if step == "publish":  # the signed-off record carries the publication date the step records
            publicity.published_in(session, w, case_id, outcome.on_date.isoformat())
        if (
            step == "publication_withdrawn"
        ):  # Art. 48: the record is withdrawn with the case, for the same reason
            publicity.withdrawn_in(session, w, case_id, outcome.on_date.isoformat(), outcome.data["reason"])
        duties_changed(session, case_id)
    event["data"] = outcome.data
    event["documents"] = issued
    event["documents_pending"] = pending
    event["followed_by"] = followed  # steps recorded with this one (a fine collected on the spot: pay_full)
    return event


def _record(session: Session, w: Any, v: CaseView, outcome: procedure.Outcome) -> dict[str, Any]:
    """Write a checked step: its event, and the case's columns it changes."""
    event = w.insert(
        "case_events",
        {
            "case_id": v.case["id"],
            "step": procedure.event_step(outcome),
            "from_state": str(v.state),
            "to_state": str(outcome.target),
            "on_date": outcome.on_date.isoformat(),
            "at": clock.iso(),
            "actor": session.user.username,
            "data": json.dumps(outcome.data, ensure_ascii=False, sort_keys=True),
        },
    )
    changes = {k: val for k, val in outcome.case_changes.items() if v.case.get(k) != val}
    if changes:
        w.update("cases", v.case["id"], changes, expected_version=v.case["version"])
    return dict(event)


def _draw_case_number(session: Session, w: Any, case_id: str, issued: list[dict[str, str]]) -> None:
    """立案: the case number is the 立案审批表's number; drawn from the register on its own if the form is pending."""
    from inspector import numbering

    number = next((d["number"] for d in issued if d["doc_type"] == "filing_approval"), None)
    current = session.db.get("cases", case_id)
    if number is None:
        scheme = numbering.Scheme.from_station(session.station)
        agency = session.db.get("agencies", current["agency_id"])
        squad = session.db.get("squads", current["squad_id"])
        number = numbering.allocate(
            w,
            scheme,
            agency=agency,
            squad=squad,
            doc_type="filing_approval",
            type_code=scheme.type_code("filing_approval", "立"),
            case_id=case_id,
        )["number"]
    w.update("cases", case_id, {"case_no": number}, expected_version=current["version"])


def duties_changed(session: Session, case_id: str) -> None:
    """Keep the stored work list of the case current (inside the step's transaction)."""
    from inspector.services import worklist

    worklist.refresh_case(session, case_id)


def document_basis(session: Session, case_id: str, doc_type: str, data: dict[str, Any] | None = None) -> Any:
    """May ``doc_type`` be issued now, and with which facts? (:func:`inspector.law.documents.document_lawful`)

    Raises:
        GuardRefused: the step the document records has not happened and would be refused now, or the
            document would state other facts than the case holds.
    """
    session.require(Action.CASE_VIEW)
    from inspector.law import documents as law_documents

    data = dict(data or {})
    if doc_type in ("penalty_decision", "onspot_decision") and "correction" not in data:
        data["correction"] = correction_default(session, case_id)  # Art. 28, as the step's form pre-fills it
    return law_documents.document_lawful(view(session, case_id), doc_type, data)


def deadlines_for(session: Session, case_id: str) -> list[deadlines.Deadline]:
    v = view(session, case_id)
    return deadlines.evaluate(v.case, v.events, cal=v.cal, setting=session.station.setting, today=v.today)


def timeline(session: Session, case_id: str) -> dict[str, Any]:
    """The case's recorded steps (oldest first) and its deadlines."""
    session.require(Action.CASE_VIEW)
    v = view(session, case_id)
    events = [
        {
            "step": e["step"],
            "label": procedure.EVENT_LABELS.get(e["step"], e["step"]),
            "on_date": e["on_date"],
            "at": e["at"],
            "actor": e["actor"],
            "from_state": e["from_state"],
            "to_state": e["to_state"],
            "data": e["data"],
        }
        for e in v.events
    ]
    dls = deadlines.evaluate(v.case, v.events, cal=v.cal, setting=session.station.setting, today=v.today)
    return {"events": events, "deadlines": [d.as_dict() for d in dls]}


def show(session: Session, case_id: str) -> dict[str, Any]:
    """State, allowed next steps and deadlines (``inspector case show --json``)."""
    session.require(Action.CASE_VIEW)
    from inspector.model import CASE_STATE_LABELS

    v = view(session, case_id)
    tl = timeline(session, case_id)
    return {
        "id": case_id,
        "case_no": v.case["case_no"],
        "state": v.case["state"],
        "state_label": CASE_STATE_LABELS[v.state],
        "procedure": v.case["procedure"],
        "matter_code": v.case["matter_code"],
        "matter_name": v.case["matter_name"],
        "party": (v.party or {}).get("name"),
        "fine_cents": v.case["fine_cents"],
        "allowed_steps": allowed_steps(session, case_id),
        "deadlines": tl["deadlines"],
        "events": tl["events"],
        "legal_review_reasons": procedure.legal_review_reasons(v, v.case["fine_cents"]),
        "legal_review_reason_parts": procedure.legal_review_reason_parts(v, v.case["fine_cents"]),
        "reasoning": amounts.reasoning_facts(v),
        "decision_change": _decision_change(v),
        "payment": _payment(v),
    }


def _payment(v: CaseView) -> dict[str, Any] | None:
    """Where the fine stands today (Art. 67, 72): paid so far, the surcharge accrued on the unpaid fine and what
    is still owed; None before a fine is decided, or once its decision was revoked or found unlawful or void."""
    if not procedure.penalty_decided(v) or v.decision_ended() is not None:
        return None
    return {
        "as_of": v.today.isoformat(),
        "paid_cents": periods.paid_total(v),
        "surcharge_cents": periods.surcharge_due(v, v.today),
        "owed_cents": max(0, periods.owed(v, v.today)),
    }


def _decision_change(v: CaseView) -> dict[str, Any] | None:
    """The decision's last recorded change (Art. 48): a changed fine with the amount it replaced, or the end of
    execution of a revoked, unlawful or void decision with what was paid under it, to be returned (行政强制法
    Art. 40 (4), 41). None when the decision was never changed, or the change predates changes saying how."""
    change = v.last("decision_changed")
    kind = change_kind(change)
    if change is None or kind not in CHANGE_LABELS:
        return None
    data = change["data"]
    return {
        "kind": kind,
        "label": CHANGE_LABELS[kind],
        "on_date": change["on_date"],
        "previous_fine_cents": data.get("previous_fine_cents"),
        "ended": kind in ENDING,
        # 行政强制法 Art. 41: all that was paid under an ended decision, what was paid above a changed one
        "refund_cents": periods.paid_total(v) if kind in ENDING else max(0, -periods.owed(v, v.today)),
    }


def open_deadlines(
    session: Session, *, squad_id: str | None = None, statuses: Iterable[str] = ("overdue", "due_soon")
) -> list[dict[str, Any]]:
    """Duties of open cases that are overdue or due soon (the 工作台), with the case and its officers."""
    session.require(Action.CASE_VIEW)
    wanted = set(statuses)
    params: list[Any] = []
    sql = (
        "SELECT c.*, s.name AS squad_name, p.name AS party_name FROM cases c JOIN squads s ON s.id = c.squad_id "
        "LEFT JOIN parties p ON p.id = c.party_id WHERE c.state NOT IN ('closed', 'archived', 'not_filed')"
    )
    if squad_id:
        sql += " AND c.squad_id = ?"
        params.append(squad_id)
    cases = session.db.query(sql, params)
    events: dict[str, list[dict[str, Any]]] = {}
    for e in session.db.query(
        "SELECT case_id, step, on_date, at, data FROM case_events ORDER BY on_date, at, rowid"
    ):
        e["data"] = json.loads(e["data"] or "{}")
        events.setdefault(e["case_id"], []).append(e)
    officers: dict[str, list[str]] = {}
    for r in session.db.query(
        "SELECT co.case_id, o.id, o.name FROM case_officers co JOIN officers o "
        "ON o.id = co.officer_id ORDER BY co.position"
    ):
        officers.setdefault(r["case_id"], []).append(r["id"])
    cal, today, setting = calendar(session), clock.today(), session.station.setting
    out = []
    for c in cases:
        for d in deadlines.evaluate(c, events.get(c["id"], []), cal=cal, setting=setting, today=today):
            if d.duty and str(d.status) in wanted:
                out.append(
                    {
                        **d.as_dict(),
                        "case_id": c["id"],
                        "case_no": c["case_no"],
                        "state": c["state"],
                        "matter_name": c["matter_name"],
                        "party_name": c["party_name"],
                        "squad_id": c["squad_id"],
                        "squad_name": c["squad_name"],
                        "officer_ids": officers.get(c["id"], []),
                    }
                )
    out.sort(key=lambda r: (r["status"] != "overdue", r["due"]))
    return out
