"""Use cases for a case's discretion form (裁量表): build it from the case and record the officer's choice."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from inspector import clock
from inspector.errors import GuardRefused, NotFound
from inspector.law import amounts, benchmarks, discretion
from inspector.law import articles as art
from inspector.law.discretion import Circumstances
from inspector.permissions import Action
from inspector.station import Session


def _case_and_party(session: Session, case_id: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    case = session.db.find("cases", case_id)
    if case is None:
        raise NotFound(entity="case", key=case_id)
    party = session.db.find("parties", case["party_id"]) if case["party_id"] else None
    return case, party


def prior_violations(session: Session, case: dict[str, Any], party: dict[str, Any] | None) -> int | None:
    """Filed cases of parties with the same ID/USCC number within the configured window before the act."""
    if not party or not party.get("id_number"):
        return None
    window = int(session.station.setting("discretion.first_violation_window_days"))
    act = dt.date.fromisoformat((case.get("act_date") or clock.today().isoformat())[:10])
    since = (act - dt.timedelta(days=window)).isoformat()
    return int(
        session.db.scalar(
            "SELECT count(*) FROM cases c JOIN parties p ON p.id = c.party_id WHERE p.id_number = ? AND c.id <> ? "
            "AND c.state NOT IN ('clue', 'verifying', 'not_filed') AND c.act_date >= ? AND c.act_date <= ?",
            (party["id_number"], case["id"], since, act.isoformat()),
        )
        or 0
    )


def form(
    session: Session,
    case_id: str,
    *,
    answers: dict[str, Any] | None = None,
    circumstances: dict[str, Any] | None = None,
    lighter_new: bool = False,
) -> dict[str, Any]:
    """Everything the discretion form shows: catalogue version, item, questions, assessment."""
    session.require(Action.CASE_VIEW)
    case, party = _case_and_party(session, case_id)
    answers = dict(answers or {})
    act = dt.date.fromisoformat(case["act_date"][:10]) if case.get("act_date") else clock.today()
    party_type = party["kind"] if party else "person"
    cost = answers.get("cost_cents")
    cat, note = discretion.choose_catalogue(
        benchmarks.load_all(session.db),
        matter_code=case["matter_code"],
        act_date=act,
        today=clock.today(),
        party_type=party_type,
        lighter_new=lighter_new,
        cost_cents=int(cost) if cost is not None else None,
    )
    if cat is None:
        raise GuardRefused(
            rule="no_benchmark",
            article=str(art.APL34),
            message=f"违法行为发生日（{act}）没有生效的裁量基准包含事项{case['matter_code']}",
            parts=(
                "违法行为发生日（{0}）没有生效的裁量基准包含事项{1}",
                (act.isoformat(), case["matter_code"]),
            ),
            hint="请管理员导入适用的裁量基准（inspector standards import）或核对事项代码",
        )
    item = cat.items[case["matter_code"]]
    age = discretion.age_at_act(party["id_type"], party["id_number"], act) if party else None
    prior = prior_violations(session, case, party)
    c = Circumstances.from_dict(circumstances)
    on_list = bool(cat.no_penalty_entries(case["matter_code"]))
    a = discretion.assess(
        item,
        party_type=party_type,
        answers=answers,
        circumstances=c,
        age=age,
        prior_violations=prior,
        on_no_penalty_list=on_list,
    )
    return {
        "case_id": case_id,
        "catalogue": cat.catalogue,
        "cat_version": cat.version,
        "catalogue_note": note,
        "matter_code": case["matter_code"],
        "matter_name": item["name"],
        "violation_basis": item["violation_basis"],
        "penalty_basis": item["penalty_basis"],
        "source_doc": item.get("source_doc", ""),
        "party_type": party_type,
        "questions": item.get("questions", []),
        "answers": answers,
        "circumstances": c.as_dict(),
        "no_penalty_list": cat.no_penalty_entries(case["matter_code"]),
        "prior_violations": prior,
        "assessment": a.as_dict(),
        "_assessment": a,
        "lighter_new": lighter_new,
    }


def record(
    session: Session,
    case_id: str,
    *,
    amount_cents: int,
    reason: str = "",
    mitigate: bool = False,
    answers: dict[str, Any] | None = None,
    circumstances: dict[str, Any] | None = None,
    lighter_new: bool = False,
) -> dict[str, Any]:
    """Check the entered amount against the form and store the discretion record (append-only).

    Raises:
        GuardRefused: the amount is unlawful or needs 说理 (see :func:`inspector.law.amounts.judge`).
    """
    session.require(Action.DISCRETION_APPLY)
    f = form(session, case_id, answers=answers, circumstances=circumstances, lighter_new=lighter_new)
    a = f["_assessment"]
    check = amounts.judge(
        a, int(amount_cents), reason=reason, mitigate=mitigate
    )  # the same rules as every step
    with session.writing(Action.DISCRETION_APPLY, label="discretion.record") as w:
        return w.insert(
            "discretion_records",
            {
                "case_id": case_id,
                "catalogue": f["catalogue"],
                "cat_version": f["cat_version"],
                "matter_code": f["matter_code"],
                "party_type": f["party_type"],
                "answers": json.dumps(f["answers"], ensure_ascii=False),
                "circumstances": json.dumps(f["circumstances"], ensure_ascii=False),
                "tier": a.tier,
                "range_min_cents": a.recommended.min_cents if a.recommended else None,
                "range_max_cents": a.recommended.max_cents if a.recommended else None,
                "amount_cents": check.amount_cents,
                "outside_tier": int(check.outside_tier),
                "mitigated": int(check.mitigated),
                "reason": reason.strip(),
                "requires_review": int(check.requires_review),
            },
        )


def assessment_for(
    session: Session, case: dict[str, Any], party: dict[str, Any] | None, record: dict[str, Any] | None
) -> discretion.Assessment | None:
    """The engine's assessment the workflow judges amounts with: the latest discretion record's answers and
    circumstances, or none ticked; None when no catalogue covers the matter on the act date."""
    act = dt.date.fromisoformat(case["act_date"][:10]) if case.get("act_date") else clock.today()
    party_type = party["kind"] if party else "person"
    answers = json.loads(record["answers"]) if record and record.get("answers") else {}
    circ = json.loads(record["circumstances"]) if record and record.get("circumstances") else None
    cost = answers.get("cost_cents")
    try:
        cat, _ = discretion.choose_catalogue(
            benchmarks.load_all(session.db),
            matter_code=case["matter_code"],
            act_date=act,
            today=clock.today(),
            party_type=party_type,
            cost_cents=int(cost) if cost is not None else None,
        )
    except GuardRefused:
        return None
    if cat is None or case["matter_code"] not in cat.items:
        return None
    item = cat.items[case["matter_code"]]
    age = discretion.age_at_act(party["id_type"], party["id_number"], act) if party else None
    return discretion.assess(
        item,
        party_type=party_type,
        answers=answers,
        circumstances=Circumstances.from_dict(circ),
        age=age,
        prior_violations=prior_violations(session, case, party),
        on_no_penalty_list=bool(cat.no_penalty_entries(case["matter_code"])),
    )


def latest(session: Session, case_id: str) -> dict[str, Any] | None:
    return session.db.query_one(
        "SELECT * FROM discretion_records WHERE case_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1",
        (case_id,),
    )
