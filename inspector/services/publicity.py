"""执法公示 (Art. 48; §7): publication records of general-procedure penalty decisions, masked, signed off,
exported for the government portal, published on time, withdrawn with a reason when a decision changes.

One story, one record per case (§7.2): the squad leader's 作出决定 of a general-procedure fine drafts the
record in the same transaction (:func:`draft_in`; a decision that must not be published, e.g. against a minor,
is marked 不予公开 on the case instead) → the legal reviewer signs off the masked preview → the package is
exported for the portal → whoever hears back from the portal records the publication date: the officer by the
case step 决定公示 (refused until the record is signed off) or the reviewer by 登记已公示. Either way the case
event ``publish`` (which stops the 7-working-day timer) and the record's ``published_at`` (which the squad
rating's 按期公示率 counts) are written together. Withdrawal is the same story (Art. 48): the squad leader's
登记决定变更/撤销 of a published decision makes it due within 3 working days (the case's timer and the record's
撤下期限 are one date), shown on the officer's 工作台 and the reviewer's list; whoever records it — the officer's
step 撤下已公示的决定 or the reviewer's 撤下公示 — writes the case event ``publication_withdrawn`` and the
record's withdrawal together. Both may be recorded on an archived case: publication and withdrawal follow the
decision, and a publication the portal reports late did happen. ``draft_all`` drafts what older databases lack. The masking is
:mod:`inspector.law.masking`. Due dates count working days on the station calendar: the publication limit is
the stricter of the provincial and national rules (setting ``publicity.working_days``), the withdrawal
limit Art. 48's 3 working days (setting ``publicity.withdraw_working_days``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspector import clock
from inspector.errors import (
    GuardRefused,
    NotFound,
    Parts,
    Problem,
    ValidationError,
    Verbatim,
    chinese,
    problem,
)
from inspector.law import articles as art
from inspector.law import deadlines, masking
from inspector.law.discretion import age_at_act
from inspector.permissions import Action
from inspector.services import documents
from inspector.services import workflow as wf
from inspector.station import Session

STATUS_LABELS = {
    "withheld": "不予公开",
    "void": "作废（决定撤销或无效，不予公示）",
    "draft": "待审签",
    "signed": "已审签待导出",
    "exported": "已导出待回报",
    "published": "已公示",
    "to_withdraw": "待撤下",
    "withdrawn": "已撤下",
}
_ARTICLE = str(art.APL48)


stricter = deadlines.stricter  # the shortest of the limits a setting lists


def _refuse(rule: str, message: str | Parts, hint: str = "") -> GuardRefused:
    parts = message if isinstance(message, tuple) else None
    return GuardRefused(rule=rule, article=_ARTICLE, message=chinese(message), hint=hint, parts=parts)


def _names(text: str) -> list[str]:
    """Person names listed in a free-text field such as 见证人 (split at the usual separators)."""
    return [n for n in re.split(r"[、，,；;\s/]+|（[^）]*）|\([^)]*\)", text or "") if 2 <= len(n) <= 4]


def _decision(session: Session, case_id: str) -> dict[str, Any] | None:
    row = session.db.query_one(
        "SELECT on_date, data FROM case_events WHERE case_id = ? AND step = 'decide' "
        "ORDER BY on_date DESC, at DESC LIMIT 1",
        (case_id,),
    )
    if row is None:
        return None
    data = json.loads(row["data"] or "{}")
    return {"on_date": row["on_date"], **data} if data.get("outcome", "penalty") == "penalty" else None


def _masker(session: Session, party: dict[str, Any], base: dict[str, Any]) -> Callable[[Any], str]:
    """How a text of this case is masked for publication (Zhejiang rule Art. 7): the party's ID number,
    home address and phone removed, other natural persons' names (witnesses, an organisation's legal
    representative) to surname + 某, the party's own name too where the station is set to mask it."""
    person = party.get("kind", "person") == "person"
    subject = masking.Party(
        name=party.get("name", ""),
        kind=party.get("kind", "person"),
        id_number=party.get("id_number", ""),
        address=party.get("address", "") if person else "",
        phone=party.get("phone", ""),
    )
    others = _names(base.get("witness", ""))
    if not person and party.get("legal_rep"):
        others.append(party["legal_rep"])
    mask_name = bool(session.station.setting("publicity.mask_party_name"))

    def mask(text: Any) -> str:
        return masking.mask_text(
            str(text or ""),
            party=subject,
            other_names=others,
            mask_party_name=mask_name,
            secrets=[party.get("phone", "")],
        )

    return mask


def draft_fields(session: Session, case_id: str) -> tuple[dict[str, Any], str]:
    """The masked published fields of a case's decision and, if it must not be published, why."""
    db = session.db
    case = db.get("cases", case_id)
    party = db.find("parties", case["party_id"]) if case.get("party_id") else None
    decision = _decision(session, case_id) or {}
    base = documents.gather(session, case_id)
    doc = db.query_one(
        "SELECT payload FROM documents WHERE case_id = ? AND doc_type = 'penalty_decision' "
        "ORDER BY issued_at DESC LIMIT 1",
        (case_id,),
    )
    doc_fields = json.loads(doc["payload"])["fields"] if doc else {}
    p = party or {}
    person = p.get("kind", "person") == "person"
    mask_name = bool(session.station.setting("publicity.mask_party_name"))
    m = _masker(session, p, base)

    fine = decision.get("amount_cents", case.get("fine_cents"))
    fields = {
        "decision_number": doc_fields.get("number")
        or base.get("decision_number")
        or case.get("case_no")
        or "",
        "party_name": masking.masked_name(p.get("name", "")) if person and mask_name else p.get("name", ""),
        "party_code": p.get("id_number", "") if p.get("id_type") == "uscc" else "",
        "violation": case.get("matter_name", ""),
        "facts": m(doc_fields.get("facts") or doc_fields.get("case_summary") or case.get("summary", "")),
        "basis": m(doc_fields.get("penalty_basis") or base.get("penalty_basis", "")),
        "penalty": m(doc_fields.get("penalty") or (f"罚款人民币{int(fine) / 100:.2f}元" if fine else "")),
        "agency": (db.find("agencies", case["agency_id"]) or {}).get("name", ""),
        "decided_on": decision.get("on_date") or (case.get("decided_at") or "")[:10],
    }
    act = case.get("act_date")
    age = (
        age_at_act(p.get("id_type", ""), p.get("id_number", ""), dt.date.fromisoformat(act[:10]))
        if person and act
        else None
    )
    ok, why = masking.publishable(minor=age is not None and age < 18)
    return fields, ("" if ok else why)


def preview_text(fields: dict[str, Any]) -> str:
    from exports.publicity import COLUMNS

    return "\n".join(
        f"{label}：{fields.get(key, '')}" for key, label in COLUMNS if key != "pdf" and fields.get(key)
    )


# The decided cases a publication record is kept for: general-procedure decisions with a fine (warnings are not
# published, following 总局令第45号; on-the-spot decisions have no record either).
_NEEDS_RECORD = (
    "SELECT DISTINCT c.id, c.squad_id, c.state FROM cases c "
    "JOIN case_events e ON e.case_id = c.id AND e.step = 'decide' "
    "WHERE c.procedure = 'general' AND c.state IN ('decided', 'served', 'executing', 'closed', 'archived') "
    "AND coalesce(c.fine_cents, 0) > 0 AND NOT EXISTS (SELECT 1 FROM publicity_records r WHERE r.case_id = c.id)"
)
WITHHELD_EVENT = "publicity_withheld"


def _draft(session: Session, w: Any, row: dict[str, Any]) -> None:
    fields, withheld = draft_fields(session, row["id"])
    decided = dt.date.fromisoformat(fields["decided_on"] or clock.today().isoformat())
    w.insert(
        "publicity_records",
        {
            "case_id": row["id"],
            "squad_id": row["squad_id"],
            "decision_number": fields["decision_number"],
            "decided_on": decided.isoformat(),
            # counted as the case's own publicity timer counts it (one length, one calendar)
            "due_date": deadlines.period_due(
                "publicity", decided, setting=session.station.setting, cal=wf.calendar(session)
            ).date.isoformat(),
            "withheld": int(bool(withheld)),
            "withheld_reason": withheld,
            "masked_text": "" if withheld else preview_text(fields),
            "fields": json.dumps({} if withheld else fields, ensure_ascii=False),
        },
    )
    if withheld:  # on the case too: its publication timer stops and its history says why
        w.insert(
            "case_events",
            {
                "case_id": row["id"],
                "step": WITHHELD_EVENT,
                "from_state": row["state"],
                "to_state": row["state"],
                "on_date": decided.isoformat(),
                "at": clock.iso(),
                "actor": session.user.username,
                "data": json.dumps({"reason": withheld}, ensure_ascii=False),
            },
        )


def draft_in(session: Session, w: Any, case_id: str) -> bool:
    """Draft the record of a case just decided, inside the deciding step's transaction ``w``; True if drafted."""
    rows = session.db.query(_NEEDS_RECORD + " AND c.id = ?", (case_id,))
    for r in rows:
        _draft(session, w, r)
    return bool(rows)


def draft_all(session: Session) -> int:
    """Draft a record for every decided general-procedure penalty that has none yet; returns how many."""
    session.require(Action.LEGAL_REVIEW)
    rows = session.db.query(_NEEDS_RECORD)
    if not rows:
        return 0
    with session.writing(Action.LEGAL_REVIEW, label="publicity.draft") as w:
        for r in rows:
            _draft(session, w, r)
    return len(rows)


def case_status(session: Session, case_id: str) -> str | None:
    """The status of a case's publication record (a key of :data:`STATUS_LABELS`), None if it has none."""
    rec = session.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (case_id,))
    return status(session, rec)[0] if rec else None


def published_in(session: Session, w: Any, case_id: str, day: str) -> None:
    """The officer's 决定公示 step (inside its transaction): the record carries the same publication date."""
    rec = session.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (case_id,))
    if rec is not None and not rec["published_at"]:
        w.update("publicity_records", rec["id"], {"published_at": day}, expected_version=rec["version"])


def _change(session: Session, case_id: str) -> dict[str, Any] | None:
    """The case's latest 登记决定变更/撤销 (on_date, data), None when its decision stands."""
    row = session.db.query_one(
        "SELECT on_date, at, data FROM case_events WHERE case_id = ? AND step = 'decision_changed' "
        "ORDER BY on_date DESC, at DESC, rowid DESC LIMIT 1",
        (case_id,),
    )
    return (
        {"on_date": row["on_date"], "at": row["at"], "data": json.loads(row["data"] or "{}")} if row else None
    )


def _withdraw_due(session: Session, changed_on: str) -> str:
    """Art. 48: the last day to withdraw, counted as the case's own timer counts it (one length, one calendar)."""
    return deadlines.period_due(
        "withdraw_publication",
        dt.date.fromisoformat(changed_on),
        setting=session.station.setting,
        cal=wf.calendar(session),
    ).date.isoformat()


def _to_withdraw(rec: dict[str, Any], change: dict[str, Any] | None) -> bool:
    """Whether a change of the decision leaves this record to withdraw: the change says whether the decision was
    out (the case's timer runs on the same flag); a change recorded before changes said so, by the record."""
    if change is None or rec["withheld"] or rec["withdrawn_at"]:
        return False
    return bool(change["data"].get("published", bool(rec["published_at"] or rec["exported_at"])))


def status(session: Session, rec: dict[str, Any]) -> tuple[str, str]:
    """(status, withdrawal due date or '') of a record."""
    if rec["withheld"]:
        change = _change(session, rec["case_id"])  # not published because the decision fell before it was
        return ("void" if change and _voids(change["data"]) else "withheld"), ""
    if rec["withdrawn_at"]:
        return "withdrawn", rec.get("withdraw_due") or ""
    change = _change(session, rec["case_id"])
    if change and _to_withdraw(rec, change):
        return "to_withdraw", _withdraw_due(session, change["on_date"])
    if rec["published_at"]:
        return "published", ""
    if rec["exported_at"]:
        return "exported", ""
    return ("signed" if rec["signed_off_at"] else "draft"), ""


def records(session: Session, *, draft: bool = True) -> list[dict[str, Any]]:
    """Every publication record, oldest due first, with its status and whether it is overdue (and, for one to
    withdraw, why the decision changed)."""
    session.require(Action.LEGAL_REVIEW)
    if draft:
        draft_all(session)
    rows = session.db.query(
        "SELECT r.*, c.case_no, c.matter_name, p.name AS party_name FROM publicity_records r "
        "JOIN cases c ON c.id = r.case_id LEFT JOIN parties p ON p.id = c.party_id "
        "ORDER BY r.due_date, r.decided_on"
    )
    today = clock.today().isoformat()
    for r in rows:
        r["state"], due = status(session, r)
        r["withdraw_due"] = r.get("withdraw_due") or due
        r["state_label"] = STATUS_LABELS[r["state"]]
        change = _change(session, r["case_id"]) if r["state"] == "to_withdraw" else None
        r["change_reason"] = str(change["data"].get("reason") or "") if change else ""
        late = r["state"] in ("draft", "signed", "exported") and today > r["due_date"]
        late |= r["state"] == "to_withdraw" and today > r["withdraw_due"]
        r["overdue"] = late
        r["status"] = "overdue" if late else ""
        r["fields"] = json.loads(r["fields"] or "{}")
    return rows


def _record(session: Session, record_id: str) -> dict[str, Any]:
    rec = session.db.find("publicity_records", record_id)
    if rec is None:
        raise NotFound(entity="公示记录", key=record_id)
    return rec


def for_case(session: Session, case_id: str) -> dict[str, Any]:
    rec = session.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (case_id,))
    if rec is None:
        raise NotFound(entity="公示记录", key=case_id)
    return rec


def sign_off(session: Session, record_id: str, *, facts: str | None = None) -> dict[str, Any]:
    """The reviewer signs off the masked preview (an edited 违法事实 is masked again before it is kept)."""
    session.require(Action.LEGAL_REVIEW)
    rec = _record(session, record_id)
    if rec["withheld"]:
        raise _refuse("withheld", ("本决定不予公开：{0}", (rec["withheld_reason"],)))
    fields = json.loads(rec["fields"] or "{}")
    if facts is not None:
        # masked again exactly as the draft was: what the reviewer typed may name anyone in the file
        case = session.db.get("cases", rec["case_id"])
        found = session.db.find("parties", case["party_id"]) if case.get("party_id") else None
        fields["facts"] = _masker(session, found or {}, documents.gather(session, rec["case_id"]))(facts)
    with session.writing(Action.LEGAL_REVIEW, label="publicity.sign_off") as w:
        return w.update(
            "publicity_records",
            record_id,
            {
                "fields": json.dumps(fields, ensure_ascii=False),
                "masked_text": preview_text(fields),
                "signed_off_by": session.user.username,
                "signed_off_at": clock.iso(),
            },
            expected_version=rec["version"],
        )


def export(session: Session, out_dir: str | Path, *, since: str | None = None) -> dict[str, Any]:
    """Write the upload package (CSV + masked decision PDFs) of signed-off, publishable records."""
    session.require(Action.LEGAL_REVIEW)
    draft_all(session)
    sql = "SELECT * FROM publicity_records WHERE signed_off_at IS NOT NULL AND withheld = 0 AND withdrawn_at IS NULL"
    params: list[Any] = []
    if since:
        sql += " AND decided_on >= ?"
        params.append(since)
    rows = session.db.query(sql + " ORDER BY decided_on, decision_number", params)
    from exports.publicity import write_package

    agency = session.db.query_one("SELECT name FROM agencies LIMIT 1") or {"name": ""}
    files = (
        write_package(
            [{**json.loads(r["fields"]), "id": r["id"]} for r in rows],
            out_dir,
            agency_name=agency["name"],
            fonts=documents.fonts_for(session.station),
        )
        if rows
        else []
    )
    if rows:
        with session.writing(Action.LEGAL_REVIEW, label="publicity.export") as w:
            for r in rows:
                w.update("publicity_records", r["id"], {"exported_at": clock.iso()})
    return {"count": len(rows), "files": [str(f) for f in files]}


def _day_between(on_date: str | None, earliest: str, out_of_range: Problem) -> str:
    """The date a person gives (today when none): a real date from ``earliest`` to today, else the problem."""
    day = on_date or clock.today().isoformat()
    try:
        parsed = dt.date.fromisoformat(day)
    except ValueError:
        raise ValidationError(
            [problem("on_date", "bad_date", ("日期格式错误：{0}", (Verbatim(day),)))]
        ) from None
    if parsed < dt.date.fromisoformat(earliest) or parsed > clock.today():
        raise ValidationError([out_of_range])
    return day


def mark_published(session: Session, record_id: str, on_date: str | None = None) -> dict[str, Any]:
    """Record the date the portal reports the decision published."""
    session.require(Action.LEGAL_REVIEW)
    rec = _record(session, record_id)
    if not rec["signed_off_at"] or rec["withheld"]:
        raise _refuse("not_signed_off", "公示记录尚未审签，不能登记公示", "请先审核隐私处理后的预览并签发")
    day = _day_between(
        on_date, rec["decided_on"], Problem("on_date", "range", "公示日期应在决定日期和今天之间")
    )
    case = session.db.get("cases", rec["case_id"])
    with session.writing(Action.LEGAL_REVIEW, label="publicity.published") as w:
        row = w.update("publicity_records", record_id, {"published_at": day}, expected_version=rec["version"])
        if not session.db.scalar(
            "SELECT 1 FROM case_events WHERE case_id = ? AND step = 'publish'", (rec["case_id"],)
        ):  # the case's own record of the step, as if the officer had taken it: its timer stops
            w.insert(
                "case_events",
                {
                    "case_id": rec["case_id"],
                    "step": "publish",
                    "from_state": case["state"],
                    "to_state": case["state"],
                    "on_date": day,
                    "at": clock.iso(),
                    "actor": session.user.username,
                    "data": json.dumps({"record": record_id}, ensure_ascii=False),
                },
            )
            wf.duties_changed(session, rec["case_id"])
        return row


# Why a record made void by a change before publication is not published ({0}: how the decision changed,
# {1}: why); kept on the record, shown to the reviewer and on the case's history.
VOID_REASON = "{0}，不予公示：{1}"


def _voids(data: dict[str, Any]) -> bool:
    """Whether a 登记决定变更/撤销 leaves no decision with a fine to publish (Art. 48)."""
    from inspector.law.case import CHANGE_LABELS, CHANGED

    kind = data.get("kind")
    return kind in CHANGE_LABELS and (kind != CHANGED or not int(data.get("amount_cents") or 0))


def changed_in(session: Session, w: Any, case_id: str, day: str, data: dict[str, Any]) -> None:
    """The squad leader's 登记决定变更/撤销 (inside its transaction) of a decision not yet published (Art. 48):
    a revoked, unlawful or void decision is not published at all — its record is void with the reason and the
    case's publication duty closes (event ``publicity_withheld``); a changed one is published as changed — its
    record is redrafted from the new decision, due counted from the change, and needs a new sign-off.
    A published decision is withdrawn instead (:func:`withdraw`); a record already void is left as it is."""
    from inspector.law.case import CHANGE_LABELS

    rec = session.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (case_id,))
    if rec is None or rec["withheld"] or rec["withdrawn_at"] or data.get("published", True):
        return
    kind, reason = str(data.get("kind") or ""), str(data.get("reason") or "").strip()
    fine = int(data.get("amount_cents") or 0)
    if kind not in CHANGE_LABELS:
        return  # a change recorded before changes said how the decision changed
    if _voids(data):  # nothing left to publish (a change to no fine is not published either)
        why = VOID_REASON.format(CHANGE_LABELS[kind], reason)
        w.update(
            "publicity_records",
            rec["id"],
            {"withheld": 1, "withheld_reason": why, "masked_text": "", "fields": "{}"},
            expected_version=rec["version"],
        )
        case = session.db.get("cases", case_id)
        w.insert(
            "case_events",
            {
                "case_id": case_id,
                "step": WITHHELD_EVENT,
                "from_state": case["state"],
                "to_state": case["state"],
                "on_date": day,
                "at": clock.iso(),
                "actor": session.user.username,
                "data": json.dumps({"reason": why}, ensure_ascii=False),
            },
        )
        return
    fields, _ = draft_fields(session, case_id)
    fields["penalty"] = f"罚款人民币{fine / 100:.2f}元（{CHANGE_LABELS[kind]}：{reason}）"
    fields["decided_on"] = day
    w.update(
        "publicity_records",
        rec["id"],
        {
            "decided_on": day,
            "due_date": deadlines.period_due(
                "publicity",
                dt.date.fromisoformat(day),
                setting=session.station.setting,
                cal=wf.calendar(session),
            ).date.isoformat(),
            "masked_text": preview_text(fields),
            "fields": json.dumps(fields, ensure_ascii=False),
            "signed_off_by": None,
            "signed_off_at": None,
            "exported_at": None,
        },
        expected_version=rec["version"],
    )


def withdrawn_in(session: Session, w: Any, case_id: str, day: str, reason: str) -> None:
    """The officer's 撤下已公示的决定 step (inside its transaction): the record is withdrawn on the same day,
    with the same reason and the due date Art. 48 set."""
    rec = session.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (case_id,))
    change = _change(session, case_id)
    if rec is None or change is None or not _to_withdraw(rec, change):
        return
    w.update(
        "publicity_records",
        rec["id"],
        {
            "withdrawn_at": day,
            "withdraw_reason": reason,
            "withdraw_due": _withdraw_due(session, change["on_date"]),
        },
        expected_version=rec["version"],
    )


def withdraw(
    session: Session, record_id: str, reason: str = "", on_date: str | None = None
) -> dict[str, Any]:
    """Withdraw a published decision that was changed, revoked or found unlawful or void (Art. 48), with the
    reason stated publicly (the change's own reason unless another is given).

    Whoever records it, the reviewer here or the officer by the case step 撤下已公示的决定, writes both the
    record's withdrawal and the case event ``publication_withdrawn`` (which stops the case's withdrawal timer).
    """
    session.require(Action.LEGAL_REVIEW)
    rec = _record(session, record_id)
    if not (rec["published_at"] or rec["exported_at"]) or rec["withheld"]:
        raise _refuse("not_published", "该决定尚未公示，无需撤下", "")
    if rec["withdrawn_at"]:
        raise _refuse("already_withdrawn", "已公示的决定已经撤下", "")
    change = _change(session, rec["case_id"])
    if change is None:
        raise _refuse(
            "nothing_to_withdraw",
            "决定未被变更或撤销，无需撤下公示",
            "决定被依法变更、撤销或确认违法、无效的，请中队长先在案件中登记决定变更/撤销",
        )
    if not _to_withdraw(rec, change):
        raise _refuse("not_published", "该决定尚未公示，无需撤下", "")
    text = reason.strip() or str(change["data"].get("reason") or "").strip()
    if not text:
        raise _refuse("reason_required", "撤下公示须写明原因", "请填写决定被变更、撤销或确认违法、无效的情况")
    day = _day_between(
        on_date, change["on_date"], Problem("on_date", "range", "撤下日期应在决定变更日期和今天之间")
    )
    case = session.db.get("cases", rec["case_id"])
    with session.writing(Action.LEGAL_REVIEW, label="publicity.withdraw") as w:
        row = w.update(
            "publicity_records",
            record_id,
            {
                "withdrawn_at": day,
                "withdraw_reason": text,
                "withdraw_due": _withdraw_due(session, change["on_date"]),
            },
            expected_version=rec["version"],
        )
        taken = session.db.scalar(
            "SELECT 1 FROM case_events WHERE case_id = ? AND step = 'publication_withdrawn' "
            "AND (on_date > ? OR (on_date = ? AND at >= ?))",
            (rec["case_id"], change["on_date"], change["on_date"], change["at"]),
        )
        # the case's own record of the step, as if the officer had taken it: its Art. 48 timer stops
        if not taken:
            w.insert(
                "case_events",
                {
                    "case_id": rec["case_id"],
                    "step": "publication_withdrawn",
                    "from_state": case["state"],
                    "to_state": case["state"],
                    "on_date": day,
                    "at": clock.iso(),
                    "actor": session.user.username,
                    "data": json.dumps({"reason": text, "record": record_id}, ensure_ascii=False),
                },
            )
        wf.duties_changed(session, rec["case_id"])
        return row
