"""The work list (工作台): whose turn each open case is, what to do, and the deadline driving it — stored, paged.

One row per open case in ``work_items`` (migration 0050), written in the same transaction as whatever moved
the case (:func:`refresh_case`), so the 工作台 reads one indexed page instead of evaluating every case's
deadlines. Whose turn follows the state: officers investigate, notify, serve and collect; the 中队长 approves
filing and decides; the 法制审核员 reviews; during the statement period the case waits for the party.
Other desks may add their own items with :func:`add_source` (e.g. cases returned by review).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from inspector import clock
from inspector.law import articles as art
from inspector.law import deadlines
from inspector.law.rules import REVIEW_VERDICTS
from inspector.model import CaseState as S
from inspector.permissions import Action, Role
from inspector.station import Session

ROLE_LABELS = {
    "officer": "执法队员",
    "squad_leader": "中队长",
    "legal_reviewer": "法制审核员",
    "party": "当事人",
}
# state -> (whose turn, what to do, why it waits there)
TURNS: dict[str, tuple[str, str, str]] = {
    S.CLUE: ("officer", "核查线索", "线索已登记，待核查后提请立案"),
    S.VERIFYING: ("squad_leader", "审批立案", f"核查完毕，待中队长审批立案（{art.APL54.short}）"),
    S.FILED: ("officer", "调查取证", f"已立案，待调查取证（{art.APL55.short}）"),
    S.INVESTIGATING: ("officer", "调查终结", "调查取证中"),
    S.INVESTIGATED: ("officer", "提交案件审核", "调查终结，待提交审核"),
    S.INTERNAL_REVIEW: ("officer", "事先告知", f"审核完毕，待制作事先告知书（{art.APL44.short}）"),
    S.LEGAL_REVIEW: ("legal_reviewer", "法制审核", f"待法制审核（{art.APL58.short}）"),
    S.NOTIFIED: ("squad_leader", "作出决定", f"陈述申辩期届满后由中队长决定（{art.APL62.short}）"),
    S.HEARING: ("officer", "组织听证", f"当事人申请听证（{art.APL64.short}）"),
    S.COLLECTIVE: ("squad_leader", "作出决定", f"集体讨论后作出决定（{art.APL57_2.short}）"),
    S.DECIDED: ("officer", "送达决定书", f"决定已作出，待送达（{art.APL61.short}）"),
    S.SERVED: ("officer", "督促缴款", f"决定已送达，待当事人履行（{art.APL67.short}）"),
    S.EXECUTING: ("officer", "执行或结案", "执行中：缴款、催告或申请强制执行"),
    S.TRANSFERRED: ("squad_leader", "结案", "已移送，待结案"),
    S.CLOSED: ("officer", "归档", "已结案，待整理案卷归档"),
    S.NOT_FILED: ("officer", "归档", "不予立案，待归档"),
}
# a clue from an on-the-spot inspection (简易程序): the officers decide it there and hand the decision over
TASK_ON_THE_SPOT = (
    "officer",
    "当场处罚",
    f"简易程序：当场作出处罚决定并交付当事人；超出{art.APL51.short}限额的，按普通程序核查立案",
)
# a 非现场 record not yet reviewed (Art. 41 ¶2): the squad leader reviews it before the clue can be filed
TASK_RECORD_REVIEW = (
    "squad_leader",
    "非现场记录审核",
    f"非现场执法记录须经审核（真实、清楚、完整、准确）方可作为证据（{art.APL41_2.short}）",
)
# while the party may still make a statement ({0} = the last day of the statement period)
REASON_STATEMENT = f"陈述申辩期至{{0}}（{art.APL44.short}、{art.APL62.short}），期满后由中队长作出决定"
# a served decision that orders no fine (a warning, no penalty): the leader closes the case (Art. 47)
TASK_NOTHING_TO_PAY = ("squad_leader", "结案", "决定已送达，无罚款须缴纳，待结案")
# the fine paid in full (at the bank, or collected on the spot, Art. 68): the leader closes the case, once the
# officers have handed in what they collected on the spot (Art. 71: within two working days)
TASK_PAID = ("squad_leader", "结案", "罚款已缴清，待结案")
# a fine still unpaid after its fifteen days (Art. 67, 72): the officer demands it in writing (行政强制法第三十五条、
# 第五十四条); ten days after the 催告书 and once the review and litigation periods are over, the 中队长 asks the
# court to enforce ({0}: the last day the party still has, 行政强制法第五十三条、第五十四条)
TASK_DEMAND = ("officer", "进入执行、送达催告书")
REASON_PAYMENT_WAIT = (
    f"缴款期限至{{0}}（{art.APL67.short}）；期满仍未缴清的，申请强制执行前须书面催告当事人履行"
    "（行政强制法第三十五条、第五十四条）"
)
TASK_COURT = (
    "squad_leader",
    "申请法院强制执行",
    "催告书送达后当事人仍未履行（行政强制法第五十三条、第五十四条）",
)
REASON_COURT_WAIT = "催告书已送达：当事人可在{0}前履行或申请复议、提起诉讼，期满仍未履行的申请人民法院强制执行（行政强制法第五十三条、第五十四条）"
TASK_HAND_IN = (
    "officer",
    "当场收缴罚款上缴",
    f"当场收缴的罚款须在二日内交至行政机关（{art.APL71.short}），之后结案",
)
TASK_AFTER_REVIEW, REASON_AFTER_REVIEW = "根据审核意见继续办理", "法制审核已出具意见"
# a published decision was changed or revoked (Art. 48): its withdrawal comes first, archived case or not
TASK_WITHDRAW = "撤下已公示的决定"
REASON_WITHDRAW = f"决定已变更或撤销，已公示的决定须撤下并公开说明理由（{art.APL48.short}）"
# an archived case whose decision is still to be published (国办发〔2018〕118号): the officer who owes it sees it


@functools.cache
def task_publish() -> str:
    """The 公示 step's name as a task (the step table is loaded only when items are built, not for the 工作台)."""
    from inspector.law.procedure import STEP_BY_NAME

    return STEP_BY_NAME["publish"].label


REASON_PUBLISH = "已归档，处罚决定尚未登记公示（国办发〔2018〕118号）"
# the publication is the nearest duty of a case still in hand ({0} = what else the case waits for)
REASON_PUBLISH_FIRST = "处罚决定应在期限内登记公示（国办发〔2018〕118号）；公示后：{0}"
# 法制审核 verdicts that send a case back to the investigation (Art. 58)
RETURNED = ("return", "disagree", "failed")
# which work-list role a user's role works as
ROLE_OF = {Role.OFFICER: "officer", Role.SQUAD_LEADER: "squad_leader", Role.LEGAL_REVIEWER: "legal_reviewer"}
_SOURCES: list[Callable[[Session, str], list[dict[str, Any]]]] = []


def add_source(fn: Callable[[Session, str], list[dict[str, Any]]]) -> None:
    """Register an extra source of work items: ``fn(session, role)`` returns rows shaped like :func:`page`'s."""
    _SOURCES.append(fn)


def _events(db: Any, case_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT step, on_date, at, data FROM case_events WHERE case_id = ? ORDER BY on_date, at, rowid",
        (case_id,),
    )
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows


def _paid_in_full(events: list[dict[str, Any]]) -> bool:
    """The fine was paid in full (``pay_full``) and not changed since (a changed fine is owed anew)."""
    steps = [e["step"] for e in events]
    if "pay_full" not in steps:
        return False
    last_paid = len(steps) - 1 - steps[::-1].index("pay_full")
    return "decision_changed" not in steps[last_paid:]


def _deferred_to(events: list[dict[str, Any]]) -> list[dt.date]:
    """The day an approved deferral or instalment plan gives the party to pay by (Art. 66 ¶2), if any."""
    plan = next((e for e in reversed(events) if e["step"] == "instalment"), None)
    until = (plan or {}).get("data", {}).get("until")
    return [dt.date.fromisoformat(str(until)[:10])] if until else []


def _appeal_open(events: list[dict[str, Any]]) -> bool:
    """A review or lawsuit registered and not ended: the court is not asked meanwhile (行政强制法第五十三条)."""
    steps = [e["step"] for e in events]
    if "appeal_start" not in steps:
        return False
    return "appeal_end" not in steps[len(steps) - 1 - steps[::-1].index("appeal_start") :]


def item_for(
    case: dict[str, Any], events: list[dict[str, Any]], *, cal: Any, setting: Any, today: dt.date
) -> dict[str, Any] | None:
    """The work item of one case (None when the case needs nothing more: archived, unless its decision is
    still to be published, or a published decision changed after archiving is still to be withdrawn)."""
    turn = TURNS.get(case["state"])
    if turn is None and case["state"] != S.ARCHIVED:
        return None
    role, task, reason = turn or ("officer", "", "")
    ready_on = None
    if case["state"] == S.CLUE and case.get("procedure") == "simple":
        role, task, reason = TASK_ON_THE_SPOT
    if (
        case["state"] in (S.CLUE, S.VERIFYING)
        and case.get("source") == "non_contact"
        and not any(e["step"] == "review_record" for e in events)
    ):
        role, task, reason = TASK_RECORD_REVIEW
    if case["state"] == S.SERVED and not int(case.get("fine_cents") or 0):
        role, task, reason = TASK_NOTHING_TO_PAY  # a warning or no penalty: nothing to execute
    if case["state"] == S.EXECUTING and _paid_in_full(events):
        cash = [e for e in events if e["step"] in ("pay", "pay_full") and e["data"].get("cash")]
        handed_in = (
            any(e["step"] == "cash_handed_in" for e in events[events.index(cash[-1]) :]) if cash else True
        )
        role, task, reason = TASK_PAID if handed_in else TASK_HAND_IN
    if case["state"] == S.LEGAL_REVIEW and any(e["step"] == "legal_review" for e in events[-1:]):
        role, task, reason = "officer", TASK_AFTER_REVIEW, REASON_AFTER_REVIEW
    if case["state"] == S.NOTIFIED:
        notice = next((e for e in reversed(events) if e["step"] == "notify"), None)
        waived = notice is not None and any(
            e["step"] == "waive_statement" for e in events[events.index(notice) :]
        )
        due = (notice or {}).get("data", {}).get("statement_due")
        if due and not waived:
            ready_on = (dt.date.fromisoformat(due) + dt.timedelta(days=1)).isoformat()
            reason = REASON_STATEMENT.format(due)
    every = deadlines.evaluate(case, events, cal=cal, setting=setting, today=today)
    dls = [d for d in every if d.duty and d.status is not deadlines.Status.DONE]
    owed = next((d for d in dls if d.key == "payment"), None)  # not done: the fine is not paid in full
    if case["state"] in (S.SERVED, S.EXECUTING) and owed is not None and not _appeal_open(events):
        margin = int(setting("deadline.provisional_margin_days"))

        def last_day(
            d: deadlines.Deadline,
        ) -> dt.date:  # as the guards wait for it (a provisional end's margin)
            return d.due + dt.timedelta(days=margin if d.provisional else 0)

        demanded = any(e["step"] == "demand_served" for e in events)
        if not demanded:  # the party's fifteen days (or the deferral approved), then the officer's 催告
            until = max([last_day(owed), *_deferred_to(events)])
            role, task, reason = TASK_DEMAND[0], TASK_DEMAND[1], REASON_PAYMENT_WAIT.format(until.isoformat())
            ready_on = (until + dt.timedelta(days=1)).isoformat()
        elif not any(e["step"] == "court_applied" for e in events):
            role, task, reason = TASK_COURT
            waits = [d for d in every if d.key in ("demand_wait", "review_period", "litigation_period")]
            if waits:  # the party's days: ten after the demand, and the review and litigation periods
                until = max(last_day(d) for d in waits)
                ready_on = (until + dt.timedelta(days=1)).isoformat()
                reason = REASON_COURT_WAIT.format(until.isoformat())
        if (
            demanded
        ):  # the court application's window drives the case now, not the party's lapsed fifteen days
            dls = [d for d in dls if d.key != "payment"]
    withdraw = next((d for d in dls if d.key == "withdraw_publication"), None)
    publish = next((d for d in dls if d.key == "publicity"), None) if turn is None else None
    if withdraw is not None:  # whoever records it, the officer's desk shows it until it is done
        role, task, reason, ready_on = "officer", TASK_WITHDRAW, REASON_WITHDRAW, None
    elif publish is not None:  # archived before the portal reported it: the duty stays on the desk
        role, task, reason, ready_on = "officer", task_publish(), REASON_PUBLISH, None
    elif turn is None:  # an archived case owes nothing more
        return None
    # the deadline the task is about: Art. 48's own while the withdrawal is open, the publication's on an
    # archived case, else the earliest duty
    driving = withdraw or publish or (min(dls, key=lambda d: d.due) if dls else None)
    if driving is not None and driving.key == "publicity" and task != task_publish() and role == "officer":
        # the row shows the task its deadline is about: the publication comes due before the rest
        task, reason, ready_on = task_publish(), REASON_PUBLISH_FIRST.format(task), None
    return {
        "case_id": case["id"],
        "role": role,
        "squad_id": case["squad_id"],
        "task": task,
        "reason": reason,
        "due": driving.due.isoformat() if driving else None,
        "provisional": int(bool(driving and driving.provisional)),
        "deadline": driving.name if driving else "",
        "basis": driving.basis if driving else "",
        "ready_on": ready_on,
    }


def refresh_case(session: Session, case_id: str) -> None:
    """Recompute the case's work item (call inside the transaction that changed the case)."""
    from inspector.services import workflow as workflow_service

    db = session.db
    case = db.find("cases", case_id)
    with db.write():
        db.execute("DELETE FROM work_items WHERE case_id = ?", (case_id,))
        if case is None:
            return
        item = item_for(
            case,
            _events(db, case_id),
            cal=workflow_service.calendar(session),
            setting=session.station.setting,
            today=clock.today(),
        )
        if item:
            db.execute(
                "INSERT INTO work_items(case_id, role, squad_id, task, reason, due, provisional, deadline, basis, "
                "ready_on) VALUES (:case_id, :role, :squad_id, :task, :reason, :due, :provisional, :deadline, "
                ":basis, :ready_on)",
                item,
            )


def rebuild(session: Session, *, chunk: int = 2000) -> int:
    """Recompute every open case's item (after a bulk load or a change of deadline settings)."""
    from inspector.services import workflow as workflow_service

    db = session.db
    cal, setting, today = workflow_service.calendar(session), session.station.setting, clock.today()
    n = 0
    with db.write():
        db.execute("DELETE FROM work_items")
        last = ""
        while True:
            cases = db.query(
                # an archived case can owe only a withdrawal or a publication not yet recorded: years of
                # archived, published cases are not read again
                "SELECT * FROM cases WHERE (state <> 'archived' OR id IN (SELECT case_id FROM case_events "
                "WHERE step = 'decision_changed') OR (id IN (SELECT case_id FROM case_events WHERE step = 'decide') "
                "AND id NOT IN (SELECT case_id FROM case_events WHERE step = 'publish'))) "
                "AND id > ? ORDER BY id LIMIT ?",
                (last, chunk),
            )
            if not cases:
                break
            last = cases[-1]["id"]
            marks = ", ".join("?" * len(cases))
            events: dict[str, list[dict[str, Any]]] = {}
            for e in db.query(
                f"SELECT case_id, step, on_date, at, data FROM case_events WHERE case_id IN ({marks}) "
                "ORDER BY on_date, at, rowid",
                [c["id"] for c in cases],
            ):
                e["data"] = json.loads(e["data"] or "{}")
                events.setdefault(e["case_id"], []).append(e)
            items = [
                i
                for c in cases
                if (i := item_for(c, events.get(c["id"], []), cal=cal, setting=setting, today=today))
            ]
            db.conn.executemany(
                "INSERT INTO work_items(case_id, role, squad_id, task, reason, due, provisional, deadline, basis, "
                "ready_on) VALUES (:case_id, :role, :squad_id, :task, :reason, :due, :provisional, :deadline, "
                ":basis, :ready_on)",
                items,
            )
            n += len(items)
        db.meta_set(BUILT, fingerprint(session))
    return n


BUILT = "work_items_built"
# Bumped when which deadline drives an item changes, so a list stored by an older version is built again once
# (2: a simple-procedure case has no 线索核查·立案决定 or Art. 60 deadline; a fine paid in full waits for 结案; an
# unpaid one for 催告, then for the court application).
ITEM_RULES = 2
_PUBLICITY_PERIODS = ("publicity.working_days", "publicity.withdraw_working_days")  # timers' lengths too


def fingerprint(session: Session) -> str:
    """What the stored due dates were computed with: the deadline settings, the holiday calendar's versions and
    :data:`ITEM_RULES`, as JSON text (a few hundred characters; kept whole rather than digested, so that the 工作台's
    first read after login does not load hashlib's OpenSSL)."""
    from inspector import settings as registry

    db = session.db
    values = {
        k: session.station.setting(k)
        for k in sorted(registry.DEFAULTS)
        if k.startswith("deadline.") or k in _PUBLICITY_PERIODS
    }
    calendar = db.query("SELECT year, version FROM calendar_years ORDER BY year")
    return json.dumps([values, calendar, ITEM_RULES], sort_keys=True, default=str, separators=(",", ":"))


def ensure_built(session: Session) -> None:
    """Build the stored list once on a station whose cases predate it, and again after the deadline settings
    or the holiday calendar changed (a meta read and a settings digest otherwise)."""
    if session.db.meta_get(BUILT) != fingerprint(session):
        rebuild(session)


@dataclass
class WorkPage:
    rows: list[dict[str, Any]] = field(default_factory=list)
    next_after: tuple[str, str] | None = None


_ROW = (
    "SELECT w.*, coalesce(w.due, '9999-12-31') AS sort_due, c.case_no, c.state, c.matter_name, c.procedure, "
    "(SELECT name FROM parties p WHERE p.id = c.party_id) AS party_name, "
    "(SELECT name FROM squads s WHERE s.id = w.squad_id) AS squad_name "
    "FROM work_items w JOIN cases c ON c.id = w.case_id"
)


def page(
    session: Session,
    *,
    scope: str = "mine",
    after: Sequence[str] | None = None,
    limit: int = 100,
    waiting: bool = False,
) -> WorkPage:
    """One page of the work list, oldest deadline first.

    Args:
        scope: ``mine`` (my cases, or for a leader my squad, for a reviewer everything under review),
            ``squad`` (my squad) or ``all``.
        waiting: instead of my turn, the cases of mine that wait for someone else (for whom and why).
    """
    session.require(Action.CASE_VIEW)
    user = session.user
    role = ROLE_OF.get(user.role)
    clauses, params = [], []
    today = clock.today().isoformat()
    if waiting:
        clauses.append("(w.role <> ? OR coalesce(w.ready_on, '') > ?)")
        params += [role or "", today]
    else:
        if role is None:
            return WorkPage()
        clauses.append("w.role = ? AND coalesce(w.ready_on, '') <= ?")
        params += [role, today]
    if scope == "mine" and user.officer_id and (role == "officer" or waiting):
        clauses.append("w.case_id IN (SELECT case_id FROM case_officers WHERE officer_id = ?)")
        params.append(user.officer_id)
    elif scope in ("mine", "squad") and user.squad_id and role != "legal_reviewer":
        clauses.append("w.squad_id = ?")
        params.append(user.squad_id)
    if after is not None:
        clauses.append("(coalesce(w.due, '9999-12-31'), w.case_id) > (?, ?)")
        params += [after[0], after[1]]
    sql = f"{_ROW} WHERE {' AND '.join(clauses)} ORDER BY coalesce(w.due, '9999-12-31'), w.case_id LIMIT ?"
    rows = session.db.query(sql, [*params, limit])
    # "Due soon" as the deadline engine counts it for that timer (the decision period warns earlier).
    setting = session.station.setting
    key_by_name = {t.name: t.key for t in deadlines.TIMERS}
    for r in rows:
        r["role_label"] = ROLE_LABELS.get(r["role"], r["role"])
        if r["ready_on"] and r["ready_on"] > today:
            r["role_label"] = ROLE_LABELS["party"]
        key = key_by_name.get(r["deadline"], "")
        warn = deadlines.soon_days(key, setting)
        r["status"], r["days_left"] = _status(r["due"], warn)
        r["status_label"] = deadlines.STATUS_LABELS[deadlines.Status(r["status"])] if r["status"] else ""
        r["reason_parts"] = _reason_parts(r)
    if not waiting and after is None and role:
        for source in _SOURCES:
            rows = source(session, role) + rows
    nxt = (rows[-1]["sort_due"], rows[-1]["case_id"]) if len(rows) >= limit else None
    return WorkPage(rows, nxt)


def _status(due: str | None, warn: int) -> tuple[str, int | None]:
    if not due:
        return "", None
    left = (dt.date.fromisoformat(due) - clock.today()).days
    return ("overdue" if left < 0 else "due_soon" if left <= warn else "ok"), left


def turn_of(session: Session, case_id: str) -> dict[str, Any] | None:
    """Whose turn the case is and why (for the case view's "轮到谁" line)."""
    row = session.db.query_one("SELECT * FROM work_items WHERE case_id = ?", (case_id,))
    if row is None:
        return None
    row["role_label"] = ROLE_LABELS.get(row["role"], row["role"])
    if row["ready_on"] and row["ready_on"] > clock.today().isoformat():
        row["role_label"] = ROLE_LABELS["party"]
        row["waits_for_party"] = True
    row["reason_parts"] = _reason_parts(row)
    return row


def _reason_parts(row: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """A work item's reason as a template and its arguments, for an interface that translates it: the
    statement period's reason and the wait before the court application have an argument (the party's last day,
    the day before the case is ready), and so has the publication that comes due first (the task that follows
    it)."""
    prefix = REASON_PUBLISH_FIRST.split("{0}")[0]
    if row["reason"].startswith(prefix):
        return REASON_PUBLISH_FIRST, (row["reason"][len(prefix) :],)
    if row["ready_on"]:
        last_day = (dt.date.fromisoformat(row["ready_on"]) - dt.timedelta(days=1)).isoformat()
        for template in (REASON_STATEMENT, REASON_PAYMENT_WAIT, REASON_COURT_WAIT):
            if row["reason"] == template.format(last_day):
                return template, (last_day,)
    return row["reason"], ()


def returned_to(session: Session) -> list[dict[str, Any]]:
    """Review comments the logged-in officer (or squad) still has to act on, for the 工作台's banner.

    Two kinds (Art. 58): a case the legal review sent back (退回补充调查, 不同意) until it is submitted for review
    again; and a case agreed after changes (修改后同意), which goes on but whose officer must make the changes:
    its comment stands until the case's next step after the verdict is taken (the 事先告知 or decision that
    carries the changes, by whoever takes it).

    It lives here rather than in ``review`` so that the first screen after login does not load the whole review
    desk (checklists, document specs) to show one banner.
    """
    session.require(Action.CASE_VIEW)
    return _pending_comments(session, None)


def review_comment(session: Session, case_id: str) -> dict[str, Any] | None:
    """The review comment a case's officer still has to act on (see :func:`returned_to`), or None."""
    session.require(Action.CASE_VIEW)
    found = _pending_comments(session, case_id)
    return found[0] if found else None


@functools.cache
def _step_events() -> tuple[str, ...]:
    """Events a workflow step records: one of them after a 修改后同意 means the case has moved on from the verdict."""
    from inspector.law.procedure import STEP_BY_NAME

    return tuple(sorted(set(STEP_BY_NAME) | {"pay_full", "demand_served", "court_applied", "cash_handed_in"}))


def _pending_comments(session: Session, case_id: str | None) -> list[dict[str, Any]]:
    one = " AND c.id = ?" if case_id else ""
    args: tuple[str, ...] = (case_id,) if case_id else ()
    rows = session.db.query(
        "SELECT c.id, c.case_no, c.matter_name, c.squad_id, p.name AS party_name FROM cases c "
        "LEFT JOIN parties p ON p.id = c.party_id WHERE c.state = 'investigating'" + one,
        args,
    )
    candidates = []
    for r in rows:
        last = session.db.query_one(
            "SELECT step, data, on_date, actor FROM case_events WHERE case_id = ? AND step IN "
            "('legal_review', 'submit_legal_review') ORDER BY on_date DESC, at DESC, rowid DESC LIMIT 1",
            (r["id"],),
        )
        if last and last["step"] == "legal_review":
            candidates.append((r, last))
    # Cases agreed after changes (修改后同意) whose next step has not been taken. Most stations have none: the
    # step table is then not loaded for the 工作台's banner.
    agreed = "e.step = 'legal_review' AND json_extract(e.data, '$.verdict') = 'agree_modified'" + one.replace(
        "c.id", "e.case_id"
    )
    if session.db.scalar(f"SELECT 1 FROM case_events e WHERE {agreed} LIMIT 1", args):
        steps = _step_events()
        marks = ", ".join("?" for _ in steps)
        modified = session.db.query(
            "SELECT c.id, c.case_no, c.matter_name, c.squad_id, p.name AS party_name, "
            "e.step, e.data, e.on_date, e.actor FROM case_events e JOIN cases c ON c.id = e.case_id "
            f"LEFT JOIN parties p ON p.id = c.party_id WHERE {agreed}"
            f" AND NOT EXISTS (SELECT 1 FROM case_events l WHERE l.case_id = e.case_id AND l.step IN ({marks}) "
            "AND (l.on_date > e.on_date OR (l.on_date = e.on_date AND l.at > e.at)))",
            args + steps,
        )
        candidates += [(r, r) for r in modified]
    user = session.user
    mine = set()
    if user.officer_id and case_id is None:
        mine = {
            r["case_id"]
            for r in session.db.query(
                "SELECT case_id FROM case_officers WHERE officer_id = ?", (user.officer_id,)
            )
        }
    out = []
    for r, last in candidates:
        if (
            case_id is None
        ):  # the 工作台 shows the user's own cases (or the squad's); the case window shows its own
            if user.officer_id and r["id"] not in mine and r["squad_id"] != user.squad_id:
                continue
            if not user.officer_id and user.squad_id and r["squad_id"] != user.squad_id:
                continue
        data = json.loads(last["data"] or "{}")
        verdict = data.get("verdict")
        if verdict not in (*RETURNED, "agree_modified"):
            continue
        out.append(
            {
                "case_id": r["id"],
                "case_no": r["case_no"] or "",
                "matter_name": r["matter_name"],
                "party_name": r["party_name"] or "",
                "verdict": verdict,
                "verdict_label": REVIEW_VERDICTS[verdict],
                "returned": verdict in RETURNED,
                "comment": data.get("opinion", ""),
                "reviewer": session.db.scalar(
                    "SELECT display_name FROM users WHERE username = ?", (last["actor"],)
                )
                or last["actor"],
                "on_date": last["on_date"],
            }
        )
    return out
