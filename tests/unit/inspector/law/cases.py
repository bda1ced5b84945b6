"""Builders of in-memory cases for the pure rule tests: no database, the shipped calendars and catalogue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector import settings
from inspector.law import benchmarks, discretion, identity
from inspector.law.discretion import Circumstances
from inspector.law.procedure import CaseView
from inspector.law.workdays import HolidayCalendar

CAL = HolidayCalendar.shipped()  # 2025 and 2026 loaded; 2027 is not
SHOP = benchmarks.shipped()[0].item(
    "330217001000"
)  # 店外经营: 100–1000 yuan; tiers 100–300 / 300–600 / 600–1000
THRESHOLDS = {"*": {"person": 500000, "organisation": 5000000}}


def resident_id(birth: dt.date) -> str:
    body = f"330102{birth:%Y%m%d}321"
    return body + identity.id_check_char(body)


def officers(expiry: str = "2030-12-31") -> list[dict[str, Any]]:
    return [{"id": f"o{i}", "name": f"执法员{i}", "cert_expiry": expiry, "active": 1} for i in (1, 2)]


def event(
    step: str, on: str, data: dict[str, Any] | None = None, *, from_state: str = "", to_state: str = ""
) -> dict[str, Any]:
    return {
        "step": step,
        "on_date": on,
        "at": f"{on}T02:00:00Z",
        "from_state": from_state or "x",
        "to_state": to_state or "y",
        "data": dict(data or {}),
    }


def make_view(
    *,
    state: str = "notified",
    today: str = "2026-06-10",
    events: list[dict[str, Any]] | None = None,
    birth: dt.date = dt.date(1980, 3, 4),
    kind: str = "person",
    act_date: str = "2026-05-28",
    discovered: str | None = None,
    matter_code: str = "330217001000",
    fine_cents: int | None = None,
    procedure: str = "general",
    record: dict[str, Any] | None = None,
    circumstances: Circumstances | None = None,
    answers: dict[str, Any] | None = None,
    duplicates: list[dict[str, Any]] | None = None,
    setting: dict[str, Any] | None = None,
    assessed: bool = True,
) -> CaseView:
    """A case of 店外经营 against 张三 (born 1980 unless ``birth``) in ``state``, seen on ``today``."""
    overrides = {"hearing.thresholds": THRESHOLDS, **(setting or {})}
    party = {
        "id": "p1",
        "kind": kind,
        "name": "张三",
        "id_type": "resident_id" if kind == "person" else "uscc",
        "id_number": resident_id(birth) if kind == "person" else "91330102MA2B3C4D5X",
    }
    act = dt.date.fromisoformat(act_date)
    age = discretion.age_at_act(party["id_type"], party["id_number"], act)
    assessment = (
        discretion.assess(
            SHOP,
            party_type=kind,
            answers=answers or {},
            circumstances=circumstances,
            age=age,
            prior_violations=0,
        )
        if assessed
        else None
    )
    case = {
        "id": "c1",
        "case_no": "C-1",
        "state": state,
        "procedure": procedure,
        "matter_code": matter_code,
        "matter_name": "店外经营（跨门经营）",
        "act_date": act_date,
        "act_end_date": act_date,
        "discovered_at": discovered or act_date,
        "clue_at": f"{act_date}T02:00:00Z",
        "fine_cents": fine_cents,
        "version": 1,
    }
    view = CaseView(
        case=case,
        party=party,
        officers=officers(),
        events=list(events or []),
        discretion=record,
        agency={"division_code": "330102"},
        setting=lambda key: overrides[key] if key in overrides else settings.default(key),
        cal=CAL,
        today=dt.date.fromisoformat(today),
        has_legal_qualification=False,
        extra={"duplicate_fines": list(duplicates or [])},
    )
    view.extra["assessment"] = assessment
    return view


def notice(on: str = "2026-06-01", amount: int = 20000, **data: Any) -> dict[str, Any]:
    return event(
        "notify",
        on,
        {"amount_cents": amount, "served_on": on, "hearing_right": amount >= 500000, **data},
        from_state="internal_review",
        to_state="notified",
    )
