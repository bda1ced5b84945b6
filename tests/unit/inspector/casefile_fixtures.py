"""A constructed, complete general-procedure case file (closed, fine paid) to score and to break item by item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector import settings
from inspector.casefile_checks import CaseFile
from inspector.law import identity
from inspector.law.workdays import HolidayCalendar

BODY = "330102198003043210"[:17]
GOOD_ID = BODY + identity.id_check_char(BODY)


def ev(step: str, on: str, **data: Any) -> dict[str, Any]:
    return {
        "id": f"e-{step}-{on}",
        "step": step,
        "on_date": on,
        "at": on + "T02:00:00Z",
        "data": data,
        "from_state": "",
        "to_state": "",
    }


def events() -> list[dict[str, Any]]:
    return [
        ev("verify", "2026-03-02"),
        ev("file", "2026-03-03"),
        ev("investigate", "2026-03-03"),
        ev("end_investigation", "2026-03-05"),
        ev("submit_review", "2026-03-05"),
        ev("notify", "2026-03-06", served_on="2026-03-06", amount_cents=20000),
        ev("decide", "2026-03-16", outcome="penalty", amount_cents=20000),
        ev("serve", "2026-03-16", served_on="2026-03-16", method="direct"),
        ev("pay_full", "2026-03-20", amount_cents=20000),
        ev("close", "2026-03-21"),
    ]


def casefile(**changes: Any) -> CaseFile:
    """The clean file: every automatic item passes, so it scores 100 (优秀)."""
    f = CaseFile(
        case={
            "id": "c1",
            "case_no": "杭上城罚字〔2026〕第1-0001号",
            "matter_code": "330217001000",
            "matter_name": "店外经营",
            "state": "closed",
            "procedure": "general",
            "act_date": "2026-03-02",
            "act_end_date": "2026-03-02",
            "discovered_at": "2026-03-02",
            "clue_at": "2026-03-02T01:00:00Z",
            "fine_cents": 20000,
            "squad_id": "s1",
            "inspection_id": "i1",
        },
        party={"id": "p1", "kind": "person", "name": "张三", "id_type": "resident_id", "id_number": GOOD_ID},
        officers=[
            {"id": "o1", "name": "邱超", "cert_no": "ZJ01", "cert_expiry": "2028-01-01"},
            {"id": "o2", "name": "孔兰怡", "cert_no": "ZJ02", "cert_expiry": "2028-01-01"},
        ],
        events=events(),
        discretion={
            "id": "d1",
            "tier": "一般",
            "range_min_cents": 10000,
            "range_max_cents": 30000,
            "amount_cents": 20000,
            "outside_tier": 0,
            "mitigated": 0,
            "reason": "",
        },
        documents=[{"doc_type": "inquiry_record", "number": "询1", "title": "询问笔录"}],
        evidence=[
            {"id": "ev1", "sha256": "a" * 64, "kind": "photo", "filename": "1.jpg", "taken_at": "2026-03-02"}
        ],
        benchmark_item={
            "name": "店外经营",
            "violation_basis": "条例第十八条",
            "penalty_basis": "条例第十八条",
        },
        statutory_range=(10000, 100000),
        setting=settings.default,
        cal=HolidayCalendar.shipped(),
        today=dt.date(2026, 4, 1),
    )
    for key, value in changes.items():
        setattr(f, key, value)
    return f
