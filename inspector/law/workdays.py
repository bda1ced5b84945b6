"""Working-day arithmetic over the official holiday calendar with 调休 make-up days (Art. 85).

Counting convention (domain spec §1.4): the start day is not counted; when a period's last day is not a
working day the period ends on the next working day. A result that touches a year with no calendar loaded is
*provisional* (only weekends were known), never silently presented as exact.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import Problem, ValidationError, Verbatim, problem

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Due:
    """A computed date and whether it rests on a year without an official calendar."""

    date: dt.date
    provisional: bool = False

    def isoformat(self) -> str:
        return self.date.isoformat()


@dataclass
class HolidayCalendar:
    """The official non-working days and make-up working days for the years that are loaded."""

    holidays: dict[dt.date, str] = field(default_factory=dict)
    workdays: set[dt.date] = field(default_factory=set)
    years: dict[int, str] = field(default_factory=dict)  # year -> source document

    # -------------------------------------------------------------- loading
    @classmethod
    def shipped(cls) -> HolidayCalendar:
        """The calendars shipped under ``resources/calendars``."""
        cal = cls()
        import importlib.resources  # here: the module is on the start-up path, the files are read later

        for entry in sorted(importlib.resources.files("resources.calendars").iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".json"):
                cal.add_year(json.loads(entry.read_text(encoding="utf-8")))
        return cal

    def add_year(self, data: Mapping[str, Any]) -> None:
        """Load (or replace) one year from its JSON form ``{year, source, holidays:[{name,from,to}], workdays}``."""
        year, holidays, workdays = parse_year(data)
        for d in [d for d in self.holidays if d.year == year]:
            del self.holidays[d]
        self.workdays = {d for d in self.workdays if d.year != year}
        self.holidays.update(holidays)
        self.workdays |= workdays
        self.years[year] = str(data.get("source", ""))

    # ------------------------------------------------------------ questions
    def knows(self, day: dt.date) -> bool:
        return day.year in self.years

    def is_working_day(self, day: dt.date) -> bool:
        """Mon–Fri unless an official holiday; Sat/Sun only when an official make-up working day."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def holiday_name(self, day: dt.date) -> str:
        return self.holidays.get(day, "")


YEAR_KEYS = ("year", "source", "holidays", "workdays")


def import_problems(data: Any) -> list[Problem]:
    """What an administrator's calendar file must also satisfy before it replaces a year (beyond
    :func:`parse_year`, which also loads the years already stored): the known keys only, a list of holidays
    that is not empty (every year has 元旦 and 春节: a file without them, or with the key misspelt, would
    turn the Spring Festival into working days and shorten every statutory period that crosses it), one-line
    holiday names, and make-up working days in or next to the year."""
    from inspector import text

    if not isinstance(data, Mapping):
        return [Problem("year", "format", "日历文件应为一个 JSON 对象（year、source、holidays、workdays）")]
    problems: list[Problem] = []
    unknown = [str(k) for k in data if k not in YEAR_KEYS]
    if unknown:
        problems.append(
            problem(
                unknown[0],
                "unknown_key",
                (
                    "日历文件有未知字段：{0}（可用字段：{1}）",
                    ([Verbatim(k) for k in unknown], [Verbatim(k) for k in YEAR_KEYS]),
                ),
            )
        )
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, (int, str)):
        problems.append(Problem("year", "format", "日历年份应为整数，如 2027"))
        year = None
    holidays = data.get("holidays")
    if not isinstance(holidays, list) or not holidays:
        problems.append(
            Problem("holidays", "required", "没有假期（holidays 应列出该年的法定节假日，如元旦、春节）")
        )
    else:
        for i, h in enumerate(holidays):
            if isinstance(h, Mapping):
                problems.extend(
                    text.problems(
                        h.get("name"),
                        field=f"holidays[{i}]",
                        label=("第{0}个假期的名称", (i + 1,)),
                        max_len=50,
                    )
                )
    work = data.get("workdays", [])
    if not isinstance(work, list):
        problems.append(Problem("workdays", "format", "workdays 应为调休上班日的列表"))
    elif year is not None and str(year).isdigit():
        for i, w in enumerate(work):
            day = w if isinstance(w, str) else ""
            if day[:4].isdigit() and abs(int(day[:4]) - int(year)) > 1:
                problems.append(
                    problem(
                        f"workdays[{i}]",
                        "year",
                        ("调休上班日{0}不在 {1} 年", (Verbatim(day), Verbatim(str(year)))),
                    )
                )
    return problems


def parse_year(data: Mapping[str, Any]) -> tuple[int, dict[dt.date, str], set[dt.date]]:
    """Validate one calendar year; raise :class:`ValidationError` naming each bad entry."""
    problems: list[Problem] = []
    try:
        year = int(data["year"])
        if not 2000 <= year <= 2100:
            raise ValueError
    except (KeyError, TypeError, ValueError):
        raise ValidationError([Problem("year", "format", "日历年份缺失或不合理")]) from None
    holidays: dict[dt.date, str] = {}
    for i, h in enumerate(data.get("holidays") or []):
        try:
            start, end = dt.date.fromisoformat(h["from"]), dt.date.fromisoformat(h["to"])
        except (KeyError, TypeError, ValueError):
            problems.append(problem(f"holidays[{i}]", "date", ("第{0}个假期的起止日期格式错误", (i + 1,))))
            continue
        if end < start or (end - start).days > 15 or start.year != year and end.year != year:
            problems.append(problem(f"holidays[{i}]", "range", ("第{0}个假期的起止日期不合理", (i + 1,))))
            continue
        d = start
        while d <= end:
            holidays[d] = str(h.get("name", ""))
            d += ONE_DAY
    workdays: set[dt.date] = set()
    for i, w in enumerate(data.get("workdays") or []):
        try:
            d = dt.date.fromisoformat(w)
        except (TypeError, ValueError):
            problems.append(problem(f"workdays[{i}]", "date", ("第{0}个调休上班日日期格式错误", (i + 1,))))
            continue
        if d.weekday() < 5:
            problems.append(
                problem(f"workdays[{i}]", "weekday", ("调休上班日{0}本来就是工作日", (Verbatim(str(d)),)))
            )
        if d in holidays:
            problems.append(
                problem(f"workdays[{i}]", "clash", ("{0}同时被列为假日和调休上班日", (Verbatim(str(d)),)))
            )
        workdays.add(d)
    if problems:
        raise ValidationError(problems)
    return year, holidays, workdays


def _span_provisional(cal: HolidayCalendar, start: dt.date, end: dt.date) -> bool:
    return any(not cal.knows(dt.date(y, 1, 1)) for y in range(start.year, end.year + 1))


def unloaded_year(cal: HolidayCalendar, start: dt.date, end: dt.date) -> int | None:
    """The latest year from ``start`` to ``end`` with no official calendar loaded (None: all are loaded)."""
    return next((y for y in range(end.year, start.year - 1, -1) if not cal.knows(dt.date(y, 1, 1))), None)


def add_working_days(start: dt.date, n: int, cal: HolidayCalendar) -> Due:
    """The date ``n`` working days after ``start`` (the start day itself is not counted; n ≥ 0)."""
    if n < 0:
        raise ValueError("n must be non-negative")
    d, left = start, n
    while left:
        d += ONE_DAY
        if cal.is_working_day(d):
            left -= 1
    return Due(d, _span_provisional(cal, start, d))


def next_working_day(day: dt.date, cal: HolidayCalendar, *, include: bool = True) -> dt.date:
    """``day`` itself (if ``include`` and working) or the first working day after it."""
    d = day if include else day + ONE_DAY
    while not cal.is_working_day(d):
        d += ONE_DAY
    return d


def roll(day: dt.date, cal: HolidayCalendar) -> Due:
    """Roll a period's last day forward to a working day (holiday rollover)."""
    end = next_working_day(day, cal)
    return Due(end, _span_provisional(cal, day, end))


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - ONE_DAY).day


def add_calendar_days_with_holiday_rollover(start: dt.date, n: int, cal: HolidayCalendar) -> Due:
    """``start + n`` calendar days; a last day on a holiday or weekend moves to the next working day."""
    return roll(start + dt.timedelta(days=n), cal)


def add_months(start: dt.date, n: int, cal: HolidayCalendar, *, rollover: bool = True) -> Due:
    """Same day ``n`` months later (clamped to the month's end), rolled to a working day if asked."""
    month = start.month - 1 + n
    year = start.year + month // 12
    month = month % 12 + 1
    day = min(start.day, _days_in_month(year, month))
    end = dt.date(year, month, day)
    return roll(end, cal) if rollover else Due(end, False)


def add_years(start: dt.date, n: int, cal: HolidayCalendar, *, rollover: bool = True) -> Due:
    """Same day ``n`` years later (29 Feb → 28 Feb), rolled to a working day if asked."""
    return add_months(start, 12 * n, cal, rollover=rollover)


def working_days_between(start: dt.date, end: dt.date, cal: HolidayCalendar) -> int:
    """Working days in (start, end]; negative when ``end`` is before ``start``."""
    if end < start:
        return -working_days_between(end, start, cal)
    count, d = 0, start
    while d < end:
        d += ONE_DAY
        if cal.is_working_day(d):
            count += 1
    return count


def load(db: Any) -> HolidayCalendar:
    """The shipped calendars overlaid with the station's ``calendar_years`` rows (administrator edits)."""
    cal = HolidayCalendar.shipped()
    for row in db.query("SELECT * FROM calendar_years ORDER BY year"):
        cal.add_year(
            {
                "year": row["year"],
                "source": row["source"],
                "holidays": json.loads(row["holidays"]),
                "workdays": json.loads(row["workdays"]),
            }
        )
    return cal


def year_rows(cal: HolidayCalendar) -> Iterable[dict[str, Any]]:
    """One summary row per loaded year (for listings)."""
    for year in sorted(cal.years):
        yield {
            "year": year,
            "source": cal.years[year],
            "holidays": sum(1 for d in cal.holidays if d.year == year),
            "workdays": sum(1 for d in cal.workdays if d.year == year),
        }
