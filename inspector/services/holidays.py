"""Use cases for the holiday calendar: an administrator adds or corrects a year (stored as a synced row)."""

from __future__ import annotations

import json
from typing import Any

from inspector.errors import ValidationError
from inspector.law import workdays
from inspector.permissions import Action
from inspector.station import Session


def import_year(session: Session, data: dict[str, Any]) -> dict[str, Any]:
    """Validate one year ``{year, source, holidays, workdays}`` and store it (replacing an earlier edit).

    Raises:
        ValidationError: a bad date, a make-up day on a weekday or in another year, a day both holiday and
            workday, no holidays at all, an unknown key, a holiday name with control characters.
    """
    session.require(Action.CALENDAR_EDIT)
    problems = workdays.import_problems(data)
    if problems:
        raise ValidationError(problems)
    year, _, _ = workdays.parse_year(data)
    values = {
        "year": year,
        "source": str(data.get("source", "")),
        "holidays": json.dumps(data.get("holidays") or [], ensure_ascii=False),
        "workdays": json.dumps(data.get("workdays") or []),
    }
    existing = session.db.query_one("SELECT * FROM calendar_years WHERE year = ?", (year,))
    with session.writing(Action.CALENDAR_EDIT, label="calendar.import") as w:
        row = (
            w.update("calendar_years", existing["id"], values, expected_version=existing["version"])
            if existing
            else w.insert("calendar_years", values)
        )
    from inspector.services.workflow import forget_calendar

    forget_calendar(session)
    return row


def years(session: Session) -> list[dict[str, Any]]:
    return list(workdays.year_rows(workdays.load(session.db)))


def export_year(session: Session, year: int) -> dict[str, Any]:
    """The JSON form of one year as the station uses it: the administrator's edit, else the shipped file.

    Raises:
        ValidationError: the station has no calendar for ``year``.
    """
    import importlib.resources

    from inspector.errors import ValidationError, Verbatim, problem

    row = session.db.query_one("SELECT * FROM calendar_years WHERE year = ?", (int(year),))
    if row is not None:
        return {
            "year": row["year"],
            "source": row["source"],
            "holidays": json.loads(row["holidays"]),
            "workdays": json.loads(row["workdays"]),
        }
    shipped = importlib.resources.files("resources.calendars").joinpath(f"{int(year)}.json")
    if shipped.is_file():
        return json.loads(shipped.read_text(encoding="utf-8"))
    raise ValidationError([problem("year", "not_found", ("没有{0}年的节假日日历", (Verbatim(str(year)),)))])
