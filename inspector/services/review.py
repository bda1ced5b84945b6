"""法制审核 (Art. 58): the review queue, the review page, verdicts with their checklist, the 意见书, returns.

The queue holds every open case the law or the local triggers send to review (``procedure.legal_review_reasons``):
cases submitted for review, with the review's own time limit counted in working days, and cases that need
a review but have not been submitted yet, with the decision period the review must fit in (Art. 60: 90 days
from 立案, plus approved extensions). Each row shows the one deadline it is ordered by, oldest first. A verdict is the workflow's ``legal_review`` step; this module
adds the checklist (§5.2/§5.3: automatic items computed, manual items ticked by the reviewer) and refuses a
同意 while an item fails.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector import casefile_checks, clock, text
from inspector.errors import GuardRefused, NotFound, Parts, ValidationError
from inspector.law import articles as art
from inspector.law import deadlines, procedure, workdays
from inspector.law.case import refuse
from inspector.model import CASE_STATE_LABELS, CaseState
from inspector.permissions import Action
from inspector.services import casefile_data
from inspector.services import workflow as wf
from inspector.services.worklist import returned_to as returned_to  # the 工作台 banner reads it there
from inspector.station import Session

S = CaseState
VERDICTS = {k: procedure.REVIEW_VERDICTS[k] for k in ("agree", "agree_modified", "return", "disagree")}
# Cases past their internal review that a pending review can still stop (Art. 58: before the decision).
_BEFORE_DECISION = (S.INTERNAL_REVIEW, S.NOTIFIED, S.HEARING, S.COLLECTIVE, S.LEGAL_REVIEW)

# §5.3: the 7 review points, the manual ones the reviewer ticks (the automatic ones are B-items computed).
MANUAL_ITEMS = (
    ("B4", "事实清楚、定性准确"),
    ("B5", "证据确实充分、合法、关联（含违法所得、物品价值的认定）"),
    ("R1", "处罚适当：裁量阶次适用正确、情节有证据、说理充分"),
    ("B10", "对外文书加盖执法机关印章"),
    ("R2", "涉嫌犯罪的已依法移送（第二十七条）"),
)
DEFAULT_AGREE = "经审核，本案事实清楚，证据确凿，定性准确，适用依据正确，程序合法，处罚适当，同意。"


def _label(state: str) -> str:
    return CASE_STATE_LABELS[S(state)]


def review_due(view: procedure.CaseView, session: Session) -> dt.date | None:
    """The review's time limit: working days from the submission, plus granted extensions."""
    sent = view.last("submit_legal_review")
    if sent is None or view.state is not S.LEGAL_REVIEW:
        return None
    days = int(view.setting("legal_review.working_days"))
    days += int(
        session.db.scalar(
            "SELECT coalesce(sum(days), 0) FROM review_extensions WHERE case_id = ? AND granted_on >= ?",
            (view.case["id"], sent["on_date"]),
        )
        or 0
    )
    return workdays.add_working_days(dt.date.fromisoformat(sent["on_date"]), days, view.cal).date


def decision_due(view: procedure.CaseView) -> dt.date | None:
    """The Art. 60 decision period (立案 + 90 days and approved extensions) while no decision is made."""
    timer = deadlines.TIMER_BY_KEY["decision"]
    running = [
        d
        for d in deadlines.evaluate(
            view.case, view.events, cal=view.cal, setting=view.setting, today=view.today, timers=(timer,)
        )
        if d.status is not deadlines.Status.DONE
    ]
    return running[0].due if running else None


def _amount(view: procedure.CaseView) -> int | None:
    if view.case.get("fine_cents") is not None:
        return int(view.case["fine_cents"])
    notice = view.last("notify")
    if notice and notice["data"].get("amount_cents") is not None:
        return int(notice["data"]["amount_cents"])
    return (
        int(view.discretion["amount_cents"])
        if view.discretion and view.discretion.get("amount_cents")
        else None
    )


def queue(session: Session, *, include_unsubmitted: bool = True) -> list[dict[str, Any]]:
    """Cases needing 法制审核, oldest deadline first.

    A submitted case's deadline is the review's own time limit (``deadline`` "review"); a case still to be
    submitted shows its Art. 60 decision period (``deadline`` "decision"), which the review must come before.
    Rows are ordered by the deadline they show; on the same day a submitted case comes first.
    """
    session.require(Action.LEGAL_REVIEW)
    states = [str(s) for s in (_BEFORE_DECISION if include_unsubmitted else (S.LEGAL_REVIEW,))]
    marks = ",".join("?" * len(states))
    rows = session.db.query(f"SELECT c.id FROM cases c WHERE c.state IN ({marks}) ORDER BY c.clue_at", states)
    out: list[dict[str, Any]] = []
    order: list[tuple[str, bool, str, str]] = []
    soon = int(session.station.setting("deadline.due_soon_days"))
    for r in rows:
        v = wf.view(session, r["id"])
        amount = _amount(v)
        reasons = procedure.legal_review_reasons(v, amount)
        submitted = v.state is S.LEGAL_REVIEW
        if not submitted and (not reasons or procedure.legal_review_passed(v)):
            continue
        due = review_due(v, session) if submitted else decision_due(v)
        days_left = None if due is None else (due - v.today).days
        status = "pending"
        if submitted and days_left is not None:
            status = "overdue" if days_left < 0 else "due_soon" if days_left <= soon else "open"
        sent = v.last("submit_legal_review")
        out.append(
            {
                "case_id": v.case["id"],
                "case_no": v.case["case_no"] or "",
                "matter_code": v.case["matter_code"],
                "matter_name": v.case["matter_name"],
                "party_name": (v.party or {}).get("name", ""),
                "squad_id": v.case["squad_id"],
                "state": v.case["state"],
                "state_label": _label(v.case["state"]),
                "submitted": submitted,
                "submitted_on": sent["on_date"] if sent and submitted else "",
                "due": due.isoformat() if due else "",
                "deadline": ("review" if submitted else "decision") if due else "",
                "days_left": days_left,
                "status": status,
                "amount_cents": amount,
                "reasons": reasons or ["已提交法制审核"],
                "reason_parts": procedure.legal_review_reason_parts(v, amount)
                if reasons
                else [("已提交法制审核", ())],
            }
        )
        order.append(
            (out[-1]["due"] or "9999", not submitted, out[-1]["submitted_on"], v.case["clue_at"] or "")
        )
    return [row for _, row in sorted(zip(order, out, strict=True), key=lambda pair: pair[0])]


def checklist(session: Session, case_id: str, ticks: dict[str, bool] | None = None) -> list[dict[str, Any]]:
    """The review checklist: automatic items computed from the file, manual items as the reviewer ticked them."""
    f = casefile_data.load(session, case_id)
    items = [c.as_dict() for c in casefile_checks.basic_checks(f)]
    ticks = ticks or {}
    for code, label in MANUAL_ITEMS:
        ok = True if ticks.get(code) else None  # an unticked manual item is unchecked, not failed
        items.append({"code": code, "label": label, "mode": "M", "ok": ok, "detail": "", "links": []})
    return items


def page(session: Session, case_id: str) -> dict[str, Any]:
    """Everything the review page shows: facts, party, evidence, documents, discretion, amount, checklist."""
    session.require(Action.LEGAL_REVIEW)
    v = wf.view(session, case_id)
    f = casefile_data.load(session, case_id, view=v)
    amount = _amount(v)
    from inspector.services import evidence as evidence_service

    evidence = []
    for e in f.evidence:
        thumb = (
            evidence_service.thumbnail_file(session.station, e["sha256"]) if e["kind"] == "photo" else None
        )
        evidence.append({**e, "thumbnail": str(thumb) if thumb else ""})
    reviews = session.db.query(
        "SELECT r.verdict, r.opinion, r.reviewed_at, u.display_name AS reviewer FROM reviews r JOIN users u "
        "ON u.id = r.reviewer_id WHERE r.case_id = ? AND r.kind = 'legal_review' ORDER BY r.reviewed_at",
        (case_id,),
    )
    for r in reviews:
        r["verdict_label"] = procedure.REVIEW_VERDICTS.get(r["verdict"], r["verdict"])
    due = review_due(v, session)
    return {
        "case": v.case,
        "state_label": _label(v.case["state"]),
        "party": v.party,
        "officers": v.officers,
        "evidence": evidence,
        "documents": f.documents,
        "discretion": f.discretion,
        "amount_cents": amount,
        "statutory_range": f.statutory_range,
        "benchmark_item": f.benchmark_item,
        "reasons": procedure.legal_review_reasons(v, amount),
        "reason_parts": procedure.legal_review_reason_parts(v, amount),
        "checklist": checklist(session, case_id),
        "date_order": [c.as_dict() for c in casefile_checks.date_order(f)],
        "history": reviews,
        "due": due.isoformat() if due else "",
        "can_decide": v.state is S.LEGAL_REVIEW,
        "events": [
            {
                "step": e["step"],
                "label": procedure.EVENT_LABELS.get(e["step"], e["step"]),
                "on_date": e["on_date"],
                "actor": e["actor"],
            }
            for e in v.events
        ],
    }


def _refuse(rule: str, message: str | Parts, hint: str | Parts) -> GuardRefused:
    return refuse(rule, art.APL58, message, hint)


def _label_parts(item: dict[str, Any]) -> Parts:
    """A checklist item's wording as words to translate (a manual item's is fixed)."""
    return item.get("label_parts") or (item["label"], ())


def _detail_parts(item: dict[str, Any]) -> Parts:
    """A checklist item's explanation as words to translate (its Chinese shown as it is where none are given)."""
    return item.get("detail_parts") or ("{0}", (item["detail"],))


def decide(
    session: Session,
    case_id: str,
    verdict: str,
    comment: str = "",
    *,
    ticks: dict[str, bool] | None = None,
    on_date: str | None = None,
) -> dict[str, Any]:
    """Record a verdict (同意 / 修改后同意 / 退回补充调查 / 不同意) with its checklist; returns the event.

    Raises:
        ValidationError: the comment holds control characters or is too long.
        GuardRefused: no comment where one is required, 同意 while a checklist item fails or is unticked,
            the reviewer lacks the legal qualification, or the case is not waiting for review.
    """
    session.require(Action.LEGAL_REVIEW)
    if verdict not in VERDICTS:
        raise _refuse(
            "verdict",
            ("未知的审核结论：{0}", (verdict,)),
            ("可选：{0}", ([("{0}（{1}）", (k, v)) for k, v in VERDICTS.items()],)),
        )
    # what the reviewer typed is checked as the 审核意见 it is (a control character pasted from a word
    # processor is refused naming that field, before the writer's backstop would name a database column)
    if found := text.problems(
        comment, field="comment", label="审核意见", max_len=text.TEXT_MAX, multiline=True
    ):
        raise ValidationError(found)
    comment = (comment or "").strip()
    if verdict != "agree" and not comment:
        raise _refuse(
            "opinion_required",
            ("审核结论为“{0}”的，须写明审核意见", (VERDICTS[verdict],)),
            "请写明需要修改或补充调查的问题",
        )
    items = checklist(session, case_id, ticks)
    if verdict == "agree":
        failing = [i for i in items if i["ok"] is False]
        unticked = [i for i in items if i["mode"] == "M" and not i["ok"]]
        if failing:
            listed: Parts = (
                "{0} {1}（{2}）",
                (failing[0]["code"], _label_parts(failing[0]), _detail_parts(failing[0])),
            )
            for i in failing[1:]:
                listed = (
                    "{0}；{1}",
                    (listed, ("{0} {1}（{2}）", (i["code"], _label_parts(i), _detail_parts(i)))),
                )
            raise _refuse(
                "checklist_failed",
                ("审核清单有未通过的项目：{0}", (listed,)),
                "请选择“修改后同意”或“退回补充调查”，并写明意见",
            )
        if unticked:
            raise _refuse(
                "checklist_unticked",
                ("尚有人工审核项目未确认：{0}", ([("{0}", (i["code"],)) for i in unticked],)),
                "请逐项核对并勾选后再同意",
            )
    stored = [
        {
            "index": n,
            "code": i["code"],
            "item": i["label"],
            "mode": i["mode"],
            "result": "符合" if i["ok"] else "不符合" if i["ok"] is False else "未确认",
            "note": i["detail"],
        }
        for n, i in enumerate(items, 1)
    ]
    data: dict[str, Any] = {"verdict": verdict, "opinion": comment or DEFAULT_AGREE, "checklist": stored}
    if on_date:
        data["on_date"] = on_date
    return wf.advance(session, case_id, "legal_review", **data)


def extend(session: Session, case_id: str, reason: str) -> dict[str, Any]:
    """Extend the review's time limit once by the configured working days, with a reason."""
    session.require(Action.LEGAL_REVIEW)
    v = wf.view(session, case_id)
    if v.state is not S.LEGAL_REVIEW:
        raise _refuse("not_in_review", "案件不在法制审核中，无需延长", "")
    if not reason.strip():
        raise _refuse("reason_required", "延长审核期限须写明理由", "请填写理由（如案情复杂须补充材料）")
    sent = v.last("submit_legal_review")
    sent_on = sent["on_date"] if sent else ""  # no submission on record: any earlier extension counts
    if session.db.scalar(
        "SELECT 1 FROM review_extensions WHERE case_id = ? AND granted_on >= ?", (case_id, sent_on)
    ):
        raise _refuse("extended_once", "本次法制审核已延长过一次", "审核期限只能延长一次")
    days = int(session.station.setting("legal_review.extension_working_days"))
    with session.writing(Action.LEGAL_REVIEW, label="review.extend") as w:
        return w.insert(
            "review_extensions",
            {
                "case_id": case_id,
                "days": days,
                "reason": reason.strip(),
                "granted_by": session.user.username,
                "granted_on": clock.today().isoformat(),
            },
        )


def latest_review(session: Session, case_id: str) -> dict[str, Any]:
    """The case's newest 法制审核 verdict.

    Raises:
        NotFound: no such case.
        GuardRefused: no verdict yet (``no_verdict``), saying whether the case waits for one or was never
            submitted, and what to do first.
    """
    row = session.db.query_one(
        "SELECT * FROM reviews WHERE case_id = ? AND kind = 'legal_review' "
        "ORDER BY reviewed_at DESC, rowid DESC LIMIT 1",
        (case_id,),
    )
    if row is not None:
        return row
    case = session.db.find("cases", case_id)
    if case is None:
        raise NotFound(entity="case", key=case_id)
    if case["state"] == S.LEGAL_REVIEW:
        raise _refuse(
            "no_verdict",
            "本案的法制审核尚未作出结论，还没有可出具的法制审核意见书",
            "请先在审核页选择审核结论并点击“提交审核意见”，再生成意见书；同意以外的结论须写明审核意见",
        )
    raise _refuse(
        "no_verdict",
        "本案尚未提交法制审核，没有审核结论，无法出具法制审核意见书",
        "案件须先由办案人员提交法制审核，审核员作出结论后才能生成意见书",
    )
