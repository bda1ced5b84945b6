"""Loads one case's whole file (a :class:`inspector.casefile_checks.CaseFile`) for review and evaluation."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from exports import documents as doc_types
from inspector.casefile_checks import CaseFile
from inspector.law import benchmarks, procedure
from inspector.services import workflow as wf
from inspector.station import Session


def evidence_rows(session: Session, case: dict[str, Any]) -> list[dict[str, Any]]:
    """Evidence of the case and of the inspection it came from, oldest first."""
    return session.db.query(
        "SELECT id, sha256, kind, filename, size, taken_at, latitude, longitude, camera, imported_at "
        "FROM evidence WHERE case_id = ? OR (inspection_id IS NOT NULL AND inspection_id = ?) "
        "ORDER BY taken_at, filename, id",
        (case["id"], case.get("inspection_id")),
    )


def document_rows(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.db.query(
        "SELECT id, doc_type, number, issued_at, issued_by FROM documents WHERE case_id = ? "
        "ORDER BY issued_at, number",
        (case_id,),
    )
    for r in rows:
        dtype = doc_types.TYPES.get(r["doc_type"])
        r["title"] = dtype.title if dtype else r["doc_type"]
    return rows


def load(session: Session, case_id: str, *, view: procedure.CaseView | None = None) -> CaseFile:
    """The case file of ``case_id`` as the automatic checks see it."""
    v = view or wf.view(session, case_id)
    case = v.case
    item, rng = None, None
    act = case.get("act_date") or case.get("clue_at") or ""
    try:
        day = dt.date.fromisoformat(act[:10])
    except ValueError:
        day = None
    if day and case.get("matter_code"):
        cat = benchmarks.in_force(benchmarks.load_all(session.db), day, matter_code=case["matter_code"])
        if cat is not None:
            item = cat.items[case["matter_code"]]
            kind = (v.party or {}).get("kind", "person")
            r = benchmarks.statutory_range(item, kind)
            rng = (r.min_cents, r.max_cents) if r else None
    publicity = session.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (case_id,))
    amount = case.get("fine_cents")
    if amount is None and v.discretion:
        amount = v.discretion.get("amount_cents")
    discretion = dict(v.discretion) if v.discretion else None
    if discretion and isinstance(discretion.get("circumstances"), str):
        discretion["circumstances"] = json.loads(discretion["circumstances"] or "{}")
    return CaseFile(
        case=case,
        party=v.party,
        officers=v.officers,
        events=v.events,
        discretion=discretion,
        documents=document_rows(session, case_id),
        evidence=evidence_rows(session, case),
        benchmark_item=item,
        statutory_range=rng,
        setting=v.setting,
        cal=v.cal,
        today=v.today,
        review_required=bool(procedure.legal_review_reasons(v, amount)),
        review_passed=procedure.legal_review_passed(v),
        publicity=publicity,
    )
