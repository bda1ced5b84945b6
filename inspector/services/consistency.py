"""同案不同罚: how fines for the same matter and tier are spread across squads and officers, the cases far
from the rest, and for an open case the most similar earlier local cases beside its proposed amount.

A fine is compared within its group (matter code, party type, discretion tier): a case is flagged when it
lies further from the group's median than ``consistency.outlier_ratio`` (a setting) of that median.
"""

from __future__ import annotations

import json
import statistics
from typing import Any

from inspector.permissions import Action
from inspector.station import Session

_DECIDED = ("decided", "served", "executing", "closed", "archived")
_MIN_GROUP = 3


def _rows(session: Session) -> list[dict[str, Any]]:
    """Decided fines with their newest discretion record, squad and lead officer."""
    marks = ",".join("?" * len(_DECIDED))
    rows = session.db.query(
        "WITH d AS (SELECT *, row_number() OVER (PARTITION BY case_id ORDER BY updated_at DESC, rowid DESC) AS n "
        "           FROM discretion_records) "
        "SELECT c.id AS case_id, c.case_no, c.procedure, c.matter_code, c.matter_name, c.fine_cents, c.decided_at, "
        "c.squad_id, s.name AS squad_name, d.tier, d.party_type, d.circumstances, "
        "(SELECT o.name FROM case_officers co JOIN officers o ON o.id = co.officer_id WHERE co.case_id = c.id "
        " ORDER BY co.position LIMIT 1) AS officer "
        f"FROM cases c JOIN d ON d.case_id = c.id AND d.n = 1 JOIN squads s ON s.id = c.squad_id "
        f"WHERE c.state IN ({marks}) AND coalesce(c.fine_cents, 0) > 0",
        _DECIDED,
    )
    for r in rows:
        r["circumstances"] = json.loads(r["circumstances"] or "{}")
    return rows


def _spread(values: list[int]) -> dict[str, Any]:
    return {
        "count": len(values),
        "min_cents": min(values),
        "median_cents": int(statistics.median(values)),
        "max_cents": max(values),
    }


def distribution(session: Session, *, matter_code: str | None = None) -> list[dict[str, Any]]:
    """Per matter, party type and tier: the spread of fines overall, per squad and per officer, and outliers."""
    session.require(Action.LEGAL_REVIEW)
    ratio = float(session.station.setting("consistency.outlier_ratio"))
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for r in _rows(session):
        if matter_code and r["matter_code"] != matter_code:
            continue
        groups.setdefault((r["matter_code"], r["party_type"], r["tier"]), []).append(r)
    out = []
    for (code, party_type, tier), rows in sorted(groups.items()):
        median = statistics.median(r["fine_cents"] for r in rows)
        outliers = []
        if len(rows) >= _MIN_GROUP and median:
            for r in rows:
                off = (r["fine_cents"] - median) / median
                if abs(off) > ratio:
                    outliers.append(
                        {
                            "case_id": r["case_id"],
                            "case_no": r["case_no"] or "",
                            "procedure": r["procedure"],  # a simple-procedure case has no case number
                            "officer": r["officer"],
                            "squad_name": r["squad_name"],
                            "fine_cents": r["fine_cents"],
                            "deviation": round(off, 3),
                        }
                    )

        def by(key: str, rows: list[dict[str, Any]] = rows) -> list[dict[str, Any]]:
            parts: dict[str, list[int]] = {}
            for r in rows:
                parts.setdefault(r[key] or "—", []).append(r["fine_cents"])
            return [{"name": k, **_spread(v)} for k, v in sorted(parts.items())]

        out.append(
            {
                "matter_code": code,
                "matter_name": rows[0]["matter_name"],
                "party_type": party_type,
                "tier": tier,
                **_spread([r["fine_cents"] for r in rows]),
                "by_squad": by("squad_name"),
                "by_officer": by("officer"),
                "outliers": outliers,
            }
        )
    return out


def outliers(session: Session) -> list[dict[str, Any]]:
    """Every flagged case across groups, furthest first (for the reviewer's list)."""
    flat = []
    for g in distribution(session):
        for o in g["outliers"]:
            flat.append(
                {
                    **o,
                    "matter_name": g["matter_name"],
                    "tier": g["tier"],
                    "median_cents": g["median_cents"],
                    "count": g["count"],
                }
            )
    return sorted(flat, key=lambda o: -abs(o["deviation"]))


def _similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    sa = {k for k, v in a.items() if v}
    sb = {k for k, v in b.items() if v}
    return 1.0 if not sa and not sb else len(sa & sb) / len(sa | sb)


def similar(session: Session, case_id: str, *, limit: int = 5) -> dict[str, Any]:
    """The open case's proposed amount beside the most similar earlier decided local cases."""
    session.require(Action.LEGAL_REVIEW)
    case = session.db.get("cases", case_id)
    d = session.db.query_one(
        "SELECT * FROM discretion_records WHERE case_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1",
        (case_id,),
    )
    if d is None:
        return {"case_id": case_id, "proposed_cents": None, "tier": "", "similar": [], "group": None}
    circ = json.loads(d["circumstances"] or "{}")
    peers = [
        r
        for r in _rows(session)
        if r["case_id"] != case_id
        and r["matter_code"] == case["matter_code"]
        and r["tier"] == d["tier"]
        and r["party_type"] == d["party_type"]
    ]
    for r in peers:
        r["similarity"] = round(_similarity(circ, r["circumstances"]), 2)
    peers.sort(key=lambda r: (-r["similarity"], r["decided_at"] or ""), reverse=False)
    group = _spread([r["fine_cents"] for r in peers]) if peers else None
    return {
        "case_id": case_id,
        "matter_name": case["matter_name"],
        "tier": d["tier"],
        "party_type": d["party_type"],
        "proposed_cents": d["amount_cents"],
        "range_min_cents": d["range_min_cents"],
        "range_max_cents": d["range_max_cents"],
        "group": group,
        "similar": [
            {
                k: r[k]
                for k in (
                    "case_id",
                    "case_no",
                    "squad_name",
                    "officer",
                    "fine_cents",
                    "decided_at",
                    "similarity",
                )
            }
            for r in peers[:limit]
        ],
    }
