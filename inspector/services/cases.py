"""Case list and search: full-text (FTS5 trigram) over party, address, matter and numbers, filters, keyset pages.

Paging is by keyset — the last row's sort value and rowid — so page 5,000 of a million rows costs what page
1 costs. The search index ``case_search`` is kept current by triggers (migration 0010).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from inspector import clock
from inspector.errors import ValidationError, Verbatim, problem
from inspector.law import deadlines
from inspector.model import CASE_STATE_LABELS, CaseState
from inspector.permissions import Action
from inspector.services import workflow as workflow_service
from inspector.station import Session

# sort name -> SQL expression; every one has an index whose implicit rowid makes (value, rowid) a keyset
SORTS = {
    "clue_at": "c.clue_at",
    "case_no": "coalesce(c.case_no, '')",
    "state": "c.state",
}
# states in which the decision is still to be made (the Art. 60 period runs)
OPEN_STATES = (
    CaseState.FILED,
    CaseState.INVESTIGATING,
    CaseState.INVESTIGATED,
    CaseState.INTERNAL_REVIEW,
    CaseState.LEGAL_REVIEW,
    CaseState.NOTIFIED,
    CaseState.HEARING,
    CaseState.COLLECTIVE,
)
DEADLINE_STATES = ("overdue", "due_soon", "running", "none")

COLUMNS = (
    "c.rowid AS rowid, c.id, c.case_no, c.state, c.matter_code, c.matter_name, c.address, c.clue_at, "
    "c.filed_at, c.decided_at, c.squad_id, c.fine_cents, c.procedure, "
    "(SELECT name FROM squads s WHERE s.id = c.squad_id) AS squad_name, "
    "(SELECT name FROM parties p WHERE p.id = c.party_id) AS party_name"
)


@dataclass(frozen=True)
class CaseFilter:
    """What the list shows. Empty fields do not filter.

    Attributes:
        search: words to find (each word must occur) in party name/ID, address, matter, case or document number.
        states: case states to keep.
        squad_ids: squads to keep.
        date_from, date_to: clue date range (local dates, inclusive).
        matter_code: one matter.
        deadline: overdue / due_soon / running / none (the Art. 60 decision period).
    """

    search: str = ""
    states: tuple[str, ...] = ()
    squad_ids: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    matter_code: str = ""
    deadline: str = ""


@dataclass
class Page:
    rows: list[dict[str, Any]] = field(default_factory=list)
    next_after: tuple[Any, int] | None = None  # pass back as ``after`` for the next page


TAIL = 9  # a long word is looked up by its last characters: fewer, rarer trigrams than the whole word
TEXT_LIKE = "(SELECT body FROM case_text t WHERE t.rowid = c.rowid) LIKE ? ESCAPE '\\'"


def fts_query(text: str) -> tuple[str | None, list[str]]:
    """Split search text into an FTS5 MATCH expression and the words that still need a LIKE check.

    The trigram index answers words of three or more characters. A long word (an ID or case number) is
    matched by its last ``TAIL`` characters — the leading digits of ID numbers occur in nearly every row
    and only slow the index down — and then checked whole with LIKE. Words shorter than three characters
    (a two-character name) cannot use the index and are checked with LIKE only.
    """
    words = [w for w in text.replace("\u3000", " ").split() if w]
    long = [w for w in words if len(w) >= 3]
    match = " AND ".join('"' + w[-TAIL:].replace('"', '""') + '"' for w in long) if long else None
    verify = [w for w in words if len(w) < 3 or len(w) > TAIL]
    return match, verify


# Above this many index hits, walking the list in order and testing each row beats sorting every hit:
# sorting costs ~hits, walking costs ~page × rows / hits; the two meet near sqrt(page × rows).
DENSE = 5_000


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


MAX_TERMS = 300


def _bigram_terms(session: Session, word: str) -> str | None:
    """An FTS5 OR-expression of the indexed trigrams that begin with a two-character ``word``.

    None when there are too many (a very common pair: the list walk is faster) or none at all.
    """
    rows = session.db.conn.execute(
        "SELECT term FROM case_search_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (word.lower(), word.lower() + "\U0010ffff", MAX_TERMS + 1),
    ).fetchall()
    if not rows or len(rows) > MAX_TERMS:
        return '""' if not rows else None  # no trigram: nothing can match; an empty phrase matches nothing
    return " OR ".join('"' + r[0].replace('"', '""') + '"' for r in rows)


def _matches_at_most(session: Session, match: str, limit: int) -> bool:
    n = session.db.scalar(
        "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT ?)",
        (match, limit + 1),
    )
    return int(n) <= limit


def _where(session: Session, flt: CaseFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    match, verify = fts_query(flt.search)
    for w in verify:
        if len(w) == 2:
            terms = _bigram_terms(session, w)
            if terms is not None:
                match = f"({terms})" if match is None else f"{match} AND ({terms})"
    if flt.search.strip():
        if match and _matches_at_most(session, match, DENSE):
            # few hits: let the index find them all, then sort that small set
            clauses.append("c.rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params.append(match)
            words = verify
        else:
            # many hits (or only words too short for trigrams): walk the cases in list order and test each
            # row's text, so the first page stops after a few hundred rows instead of sorting every hit
            words = [w for w in flt.search.replace("\u3000", " ").split() if w]
        for w in words:
            clauses.append(TEXT_LIKE)
            params.append(_like(w))
    if flt.states:
        bad = [s for s in flt.states if s not in {x.value for x in CaseState}]
        if bad:
            raise ValidationError(
                [problem("state", "unknown", ("未知的案件状态：{0}", (Verbatim(", ".join(bad)),)))]
            )
        clauses.append(f"c.state IN ({', '.join('?' * len(flt.states))})")
        params += list(flt.states)
    if flt.squad_ids:
        clauses.append(f"c.squad_id IN ({', '.join('?' * len(flt.squad_ids))})")
        params += list(flt.squad_ids)
    if flt.date_from:
        start = dt.datetime.combine(flt.date_from, dt.time(0), clock.LOCAL_TZ)
        clauses.append("c.clue_at >= ?")
        params.append(clock.iso(start))
    if flt.date_to:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time(0), clock.LOCAL_TZ)
        clauses.append("c.clue_at < ?")
        params.append(clock.iso(end))
    if flt.matter_code:
        clauses.append("c.matter_code = ?")
        params.append(flt.matter_code)
    if flt.deadline:
        if flt.deadline not in DEADLINE_STATES:
            raise ValidationError(
                [problem("deadline", "unknown", ("未知的期限状态：{0}", (Verbatim(flt.deadline),)))]
            )
        clauses.append(_deadline_clause(session, flt.deadline, params))
    return clauses, params


def list_cases(
    session: Session,
    flt: CaseFilter = CaseFilter(),
    *,
    sort: str = "clue_at",
    descending: bool = True,
    after: Sequence[Any] | None = None,
    limit: int = 100,
) -> Page:
    """One page of cases matching ``flt`` in ``sort`` order; ``after`` is the previous page's ``next_after``."""
    session.require(Action.CASE_VIEW)
    if sort not in SORTS:
        raise ValidationError([problem("sort", "unknown", ("不能按 {0} 排序", (Verbatim(sort),)))])
    key = SORTS[sort]
    clauses, params = _where(session, flt)
    if after is not None:
        op = "<" if descending else ">"
        clauses.append(f"({key}, c.rowid) {op} (?, ?)")
        params += [after[0], after[1]]
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {COLUMNS}, {key} AS sort_value FROM cases c"
        + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
        + f" ORDER BY {key} {direction}, c.rowid {direction} LIMIT ?"
    )
    params.append(limit)
    rows = session.db.query(sql, params)
    extended = _extensions(session, [r["id"] for r in rows])
    cal, setting = workflow_service.calendar(session), session.station.setting
    length = deadlines.timer_length("decision", setting)
    for r in rows:
        r["state_label"] = (
            CASE_STATE_LABELS.get(CaseState(r["state"]), r["state"]) if r["state"] in _STATES else r["state"]
        )
        due = _due(r, length, extended.get(r["id"], 0), cal)
        r["decision_due"] = due.date.isoformat() if due else None
        r["decision_due_provisional"] = bool(due and due.provisional)  # a year without a holiday calendar
    nxt = (rows[-1]["sort_value"], rows[-1]["rowid"]) if len(rows) == limit else None
    return Page(rows, nxt)


_STATES = {s.value for s in CaseState}


def _due(row: dict[str, Any], length: int, extended: int, cal: Any) -> Any:
    if row["state"] not in _OPEN or not row["filed_at"]:
        return None
    start = dt.date.fromisoformat(row["filed_at"][:10])
    return deadlines.extended_due(start, length, deadlines.Unit.CALENDAR_DAYS, extended, cal)


_OPEN = {s.value for s in OPEN_STATES}
_EXTENSIONS = (
    "SELECT case_id, sum(CAST(json_extract(data, '$.days') AS INTEGER)) AS days FROM case_events "
    "WHERE step = 'extend' AND coalesce(json_extract(data, '$.timer'), 'decision') = 'decision' {only}"
    "GROUP BY case_id"
)


def _extensions(session: Session, case_ids: Sequence[str] | None = None) -> dict[str, int]:
    """Approved Art. 60 extensions (days) per case, as the deadline engine adds them."""
    if case_ids is not None and not case_ids:
        return {}
    only = "" if case_ids is None else f"AND case_id IN ({', '.join('?' * len(case_ids))}) "
    rows = session.db.query(_EXTENSIONS.format(only=only), list(case_ids or ()))
    return {r["case_id"]: int(r["days"] or 0) for r in rows if r["days"]}


def _deadline_clause(session: Session, which: str, params: list[Any]) -> str:
    """SQL for the Art. 60 decision deadline state, with the deadline engine's arithmetic (configured days,
    holiday rollover, extensions, due-soon warning days): the engine gives the cutoff filing dates for today,
    so a million rows are filtered by one indexed date comparison and still agree with the dashboard."""
    open_in = f"c.state IN ({', '.join(repr(str(s)) for s in OPEN_STATES)}) AND c.filed_at IS NOT NULL"
    if which == "none":
        return f"NOT ({open_in})"
    cal, setting, today = workflow_service.calendar(session), session.station.setting, clock.today()
    extended = _extensions(session)
    groups: dict[int, list[str]] = {0: []}
    for case_id, days in extended.items():
        groups.setdefault(days, []).append(case_id)
    parts = []
    for days, ids in sorted(groups.items()):
        overdue, soon = deadlines.start_cutoffs(
            "decision", extended=days, cal=cal, setting=setting, today=today
        )
        cond = {
            "overdue": "substr(c.filed_at, 1, 10) <= ?",
            "due_soon": "substr(c.filed_at, 1, 10) > ? AND substr(c.filed_at, 1, 10) <= ?",
            "running": "substr(c.filed_at, 1, 10) > ?",
        }[which]
        values = {"overdue": [overdue], "due_soon": [overdue, soon], "running": [soon]}[which]
        marks = ", ".join("?" * len(ids))
        if days == 0:
            member = (
                f"c.id NOT IN ({', '.join('?' * sum(len(v) for k, v in groups.items() if k))})"
                if len(groups) > 1
                else ""
            )
            member_params = [i for k, v in groups.items() if k for i in v] if len(groups) > 1 else []
        else:
            member, member_params = f"c.id IN ({marks})", list(ids)
        parts.append("(" + " AND ".join(x for x in (member, cond) if x) + ")")
        params += member_params + [v.isoformat() for v in values]
    return f"{open_in} AND ({' OR '.join(parts)})"


def count_cases(session: Session, flt: CaseFilter = CaseFilter()) -> int:
    """How many cases match (one index-backed count; for the status line, not for paging)."""
    session.require(Action.CASE_VIEW)
    clauses, params = _where(session, flt)
    sql = "SELECT count(*) FROM cases c" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
    return int(session.db.scalar(sql, params))


def get_case(session: Session, case_id: str) -> dict[str, Any] | None:
    """A case row with its party and squad names (for a simple read-only detail)."""
    session.require(Action.CASE_VIEW)
    return session.db.query_one(
        f"SELECT {COLUMNS}, c.summary, c.source, c.party_id, c.inspection_id FROM cases c WHERE c.id = ?",
        (case_id,),
    )


def squads(session: Session) -> list[dict[str, Any]]:
    return session.db.query("SELECT id, name, code FROM squads WHERE active = 1 ORDER BY code")


def rebuild_search_index(session: Session) -> int:
    """Rebuild the search text and index from the cases (after a bulk load that bypassed the triggers)."""
    db = session.db
    with db.write():
        db.execute("DELETE FROM case_text")
        db.execute(
            "INSERT INTO case_text(rowid, body) SELECT c.rowid, coalesce(c.case_no, '') || ' ' || c.matter_name "
            "|| ' ' || c.address || ' ' || c.summary || ' ' || coalesce((SELECT p.name || ' ' || p.id_number FROM "
            "parties p WHERE p.id = c.party_id), '') || ' ' || coalesce((SELECT group_concat(d.number, ' ') FROM "
            "documents d WHERE d.case_id = c.id), '') FROM cases c"
        )
        db.execute("INSERT INTO case_search(case_search) VALUES ('rebuild')")
    return int(db.scalar("SELECT count(*) FROM case_text"))
