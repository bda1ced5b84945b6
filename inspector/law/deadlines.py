"""The statutory deadline engine: every timer of domain spec §1.3 as data, evaluated over a case's events.

A timer starts at an event (or a case date), runs for a length in working days, calendar days, months or
years, and is satisfied by a stop event. Lengths tagged [U]/[P] in the spec come from settings. Each
result is ``ok``, ``due_soon`` or ``overdue`` (duties) or ``running``/``ended`` (periods the party has),
``done`` once satisfied; a date that rests on a year with no calendar loaded is flagged provisional.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from inspector.law import articles as art
from inspector.law import workdays
from inspector.law.articles import cite
from inspector.law.case import ENDING
from inspector.law.workdays import Due, HolidayCalendar


class Unit(enum.StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"
    YEARS = "years"


class Status(enum.StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    RUNNING = "running"  # a period open to the party
    ENDED = "ended"
    DONE = "done"


STATUS_LABELS = {
    Status.OK: "正常",
    Status.DUE_SOON: "即将到期",
    Status.OVERDUE: "已超期",
    Status.RUNNING: "期间内",
    Status.ENDED: "期间届满",
    Status.DONE: "已完成",
}

# fixed, a settings key (a number, or several limits of which the stricter counts), or computed from settings
Length = int | str | Callable[[Callable[[str], Any]], int]


@dataclass(frozen=True)
class Timer:
    """One statutory timer. ``start`` is a case-event step or ``case:<column>``; ``stop`` are steps."""

    key: str
    name: str
    start: str
    length: Length
    unit: Unit
    basis: str
    tag: str  # V / S / U / P, as in the spec
    stop: tuple[str, ...] = ()
    duty: bool = True  # False: a period the party has (statement, hearing request, remedies)
    when: Callable[[Mapping[str, Any]], bool] | None = None  # applies only if the start event's data says so
    fallback: str = ""  # case column used as the start when no start event is recorded
    general_only: bool = False  # a timer of the general procedure (普通程序): none on a simple-procedure case


def _penalty(data: Mapping[str, Any]) -> bool:
    return bool(data.get("outcome", "penalty") == "penalty")


def _fine(data: Mapping[str, Any]) -> bool:
    """A penalty with a fine to pay: not an on-the-spot warning (its decision records the amount 0)."""
    return _penalty(data) and data.get("amount_cents") != 0


def _to_publish(data: Mapping[str, Any]) -> bool:
    """A decision with a fine to publish: the decision itself, or a change of it (Art. 48) made before it was
    published that still fines (the changed decision is published in its place, counted from the change)."""
    if "kind" in data:  # a 登记决定变更/撤销
        return (
            data["kind"] == "changed" and not data.get("published", True) and bool(data.get("amount_cents"))
        )
    if "outcome" not in data and "amount_cents" not in data:  # a change recorded before changes said how
        return False
    return _fine(data)


def _published(data: Mapping[str, Any]) -> bool:
    """A decision change that leaves a published decision to withdraw (Art. 48): the change records whether the
    decision was out on the portal; a change recorded before it did so is taken as published."""
    return bool(data.get("published", True))


def stricter(value: Any) -> int:
    """The shortest of the limits a setting lists (``{"national": 7, "provincial": 20}`` → 7), or the number."""
    if isinstance(value, Mapping):
        return min(int(v) for v in value.values() if v is not None)
    return int(value)


def _hearing(data: Mapping[str, Any]) -> bool:
    return bool(data.get("hearing_right"))


# 行政强制法 Art. 53: the court application is due within 3 months after the review and litigation periods end.
COURT_APPLICATION_MONTHS = 3
# Art. 36 ¶1: five years where life, health or financial safety is involved and harm was caused.
SERIOUS_LIMITATION_YEARS = 5
SERIOUS_LIMITATION_NAME = "追责时效（5年）"  # the same timer where the act caused serious harm (Art. 36)


def _court_window(setting: Callable[[str], Any]) -> int:
    return int(setting("deadline.litigation_months")) + COURT_APPLICATION_MONTHS


# A change that revokes the decision or confirms it unlawful or void ends its execution (行政强制法 Art. 40 (4)):
# timers stop on it under this name; a change of the fine leaves them running.
DECISION_ENDED = "decision_ended"


def _stop_name(event: Mapping[str, Any]) -> str:
    if event["step"] == "decision_changed" and event["data"].get("kind") in ENDING:
        return DECISION_ENDED
    return str(event["step"])


TIMERS: tuple[Timer, ...] = (
    Timer(
        "clue_verification",
        "线索核查·立案决定",
        "case:clue_at",
        "deadline.clue_verification_days",
        Unit.CALENDAR_DAYS,
        str(art.MOHURD_55),
        "U",
        stop=("file", "not_file", "transfer", "on_the_spot"),
        general_only=True,  # a clue decided on the spot (Art. 51, 52) is never verified for filing (Art. 54)
    ),
    Timer(
        "limitation",
        "追责时效（2年）",
        "case:act_end_date",
        2,
        Unit.YEARS,
        str(art.APL36),
        "V",
        stop=("file", "not_file", "on_the_spot", "transfer"),
    ),
    Timer(
        "preservation_decision",
        "先行登记保存·处理决定",
        "preserve",
        7,
        Unit.WORKING_DAYS,
        cite(art.APL56, art.APL85),
        "V",
        stop=("preservation_decided",),
    ),
    Timer(
        "seizure",
        "查封扣押期限",
        "seize",
        "deadline.seizure_days",
        Unit.CALENDAR_DAYS,
        str(art.ACL25),
        "U",
        stop=("preservation_decided",),
    ),
    Timer(
        "statement",
        "陈述申辩期",
        "notify",
        "deadline.statement_working_days",
        Unit.WORKING_DAYS,
        cite(art.APL44, art.APL62) + "（期限为实践做法）",
        "P",
        duty=False,
        stop=("waive_statement",),
    ),
    Timer(
        "hearing_request",
        "听证申请期",
        "notify",
        5,
        Unit.WORKING_DAYS,
        cite(art.APL64_1, art.APL85),
        "V",
        duty=False,
        stop=("request_hearing", "waive_statement"),
        when=_hearing,
    ),
    Timer(
        "hearing_notice",
        "听证通知至举行（至少7个工作日）",
        "hearing_notice",
        7,
        Unit.WORKING_DAYS,
        str(art.APL64_2),
        "V",
        duty=False,
    ),
    Timer(
        "decision",
        "作出处罚决定（立案后90日）",
        "file",
        "deadline.decision_days",
        Unit.CALENDAR_DAYS,
        str(art.APL60),
        "V",
        stop=("decide", "on_the_spot", "transfer"),
        fallback="filed_at",
        general_only=True,  # Art. 60 is the general procedure's: an on-the-spot decision has no filing
    ),
    Timer("service", "送达决定书", "decide", 7, Unit.WORKING_DAYS, str(art.APL61), "V", stop=("serve",)),
    Timer(
        "publicity",
        "行政处罚决定公示",
        "decide|decision_changed",
        "publicity.working_days",  # as the record's due date, which the squad rating's B2 counts
        Unit.WORKING_DAYS,
        str(art.PUBLICITY_NOTICE),
        "S",
        stop=("publish", "publicity_withheld"),  # a decision the publication rule withholds has nothing due
        when=_to_publish,  # a warning is not published (总局令第45号)
    ),
    Timer(
        "payment",
        "缴纳罚款（送达后15日）",
        "serve|on_the_spot",
        15,
        Unit.CALENDAR_DAYS,
        str(art.APL67),
        "V",
        stop=("pay_full", "close", DECISION_ENDED),
        when=_fine,
    ),
    Timer(
        "withdraw_publication",
        "撤下已公示的决定",
        "decision_changed",
        "publicity.withdraw_working_days",  # Art. 48's 3 days or a stricter provincial limit
        Unit.WORKING_DAYS,
        str(art.APL48),
        "V",
        stop=("publication_withdrawn",),
        when=_published,  # nothing to withdraw when the decision was never published
    ),
    Timer(
        "cash_handover",
        "当场收缴罚款上缴",
        "pay|pay_full",
        2,
        Unit.WORKING_DAYS,
        str(art.APL71),
        "V",
        stop=("cash_handed_in",),
        when=lambda data: bool(data.get("cash")),
    ),
    Timer(
        "demand_wait",
        "催告后申请强制执行的等待期",
        "demand_served",
        10,
        Unit.CALENDAR_DAYS,
        str(art.ACL54),
        "V",
        duty=False,
    ),
    Timer(
        "court_application",
        "申请法院强制执行期限",
        "serve|on_the_spot",
        _court_window,
        Unit.MONTHS,
        str(art.ACL53),
        "V",
        stop=("pay_full", "court_applied", "close", DECISION_ENDED),
        when=_fine,
    ),
    Timer(
        "review_period",
        "行政复议申请期",
        "serve|on_the_spot",
        "deadline.review_days",
        Unit.CALENDAR_DAYS,
        str(art.REVIEW20),
        "S",
        duty=False,
    ),
    Timer(
        "litigation_period",
        "行政诉讼起诉期",
        "serve|on_the_spot",
        "deadline.litigation_months",
        Unit.MONTHS,
        str(art.LITIGATION46),
        "U",
        duty=False,
    ),
)
TIMER_BY_KEY = {t.key: t for t in TIMERS}
CLOSED_STATES = frozenset({"closed", "archived", "not_filed", "transferred"})
# Duties a closed case still owes: cash collected on the spot is handed in (Art. 71); a decision paid and closed
# within days is still published (国办发〔2018〕118号) and withdrawn when changed (Art. 48).
OUTLIVE_CLOSING = frozenset({"cash_handover", "publicity", "withdraw_publication"})


@dataclass(frozen=True)
class Deadline:
    """One evaluated timer of a case."""

    key: str
    name: str
    started: dt.date
    due: dt.date
    provisional: bool
    status: Status
    days_left: int
    basis: str
    tag: str
    duty: bool
    extended_days: int = 0
    ref: str = ""
    unloaded_year: int | None = None  # a provisional date: the year whose holiday arrangement is not loaded

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "started": self.started.isoformat(),
            "due": self.due.isoformat(),
            "provisional": self.provisional,
            "status": str(self.status),
            "status_label": STATUS_LABELS[self.status],
            "days_left": self.days_left,
            "basis": self.basis,
            "tag": self.tag,
            "duty": self.duty,
            "extended_days": self.extended_days,
            "ref": self.ref,
            "unloaded_year": self.unloaded_year,
        }


def compute_due(start: dt.date, length: int, unit: Unit, cal: HolidayCalendar) -> Due:
    """Apply one length to a start date (start day not counted; last day rolled to a working day)."""
    if unit is Unit.WORKING_DAYS:
        return workdays.add_working_days(start, length, cal)
    if unit is Unit.CALENDAR_DAYS:
        return workdays.add_calendar_days_with_holiday_rollover(start, length, cal)
    if unit is Unit.MONTHS:
        return workdays.add_months(start, length, cal)
    return workdays.add_years(start, length, cal)


def extended_due(start: dt.date, length: int, unit: Unit, extended: int, cal: HolidayCalendar) -> Due:
    """The due date of a timer started on ``start``, with ``extended`` days of approved extensions added."""
    due = compute_due(start, length, unit, cal)
    if extended:
        due = (
            workdays.add_calendar_days_with_holiday_rollover(due.date, extended, cal)
            if unit is not Unit.WORKING_DAYS
            else workdays.add_working_days(due.date, extended, cal)
        )
    return due


def soon_days(timer_key: str, setting: Callable[[str], Any]) -> int:
    """How many days before its due date a duty counts as ``due_soon``."""
    soon = int(setting("deadline.due_soon_days"))
    if timer_key == "decision":
        return max([soon, *map(int, setting("deadline.decision_warn_days"))])
    return soon


def timer_length(timer_key: str, setting: Callable[[str], Any]) -> int:
    """The configured length of a timer (its unit is ``TIMER_BY_KEY[key].unit``)."""
    return _length(TIMER_BY_KEY[timer_key], setting)


def period_due(
    timer_key: str,
    start: dt.date,
    *,
    setting: Callable[[str], Any],
    cal: HolidayCalendar,
    serious_harm: bool = False,
) -> Due:
    """When the period of ``timer_key`` started on ``start`` ends: the one place every rule, document and
    list takes a statutory length from. ``provisional`` when it rests on a year with no calendar loaded."""
    timer = TIMER_BY_KEY[timer_key]
    length = (
        SERIOUS_LIMITATION_YEARS if timer_key == "limitation" and serious_harm else _length(timer, setting)
    )
    if timer_key == "limitation":  # a limitation period ends on its anniversary, holidays or not
        return workdays.add_years(start, length, cal, rollover=False)
    return compute_due(start, length, timer.unit, cal)


# How a length reads, per unit ({0} = the number): the interface translates these templates.
LENGTH_WORDS = {
    Unit.WORKING_DAYS: "{0}个工作日",
    Unit.CALENDAR_DAYS: "{0}日",
    Unit.MONTHS: "{0}个月",
    Unit.YEARS: "{0}年",
}


def length_parts(timer_key: str, setting: Callable[[str], Any]) -> tuple[str, int]:
    """The length of ``timer_key`` as (template of :data:`LENGTH_WORDS`, number), for a translated message."""
    timer = TIMER_BY_KEY[timer_key]
    return LENGTH_WORDS[timer.unit], _length(timer, setting)


def describe_length(timer_key: str, setting: Callable[[str], Any]) -> str:
    """The length in words for messages (``5个工作日``, ``15日``, ``2年``)."""
    template, number = length_parts(timer_key, setting)
    return template.format(number)


def start_cutoffs(
    timer_key: str, *, extended: int, cal: HolidayCalendar, setting: Callable[[str], Any], today: dt.date
) -> tuple[dt.date, dt.date]:
    """For a calendar-day duty: the latest start dates that are ``overdue`` and ``due_soon`` today.

    The due date never moves backwards when the start moves forwards, so a start on or before the first
    cutoff is overdue, one on or before the second is due soon, later ones are running. This lets a list
    filter a million rows with a plain date comparison while agreeing with :func:`evaluate` to the day.
    """
    timer = TIMER_BY_KEY[timer_key]
    length, soon = _length(timer, setting), soon_days(timer_key, setting)

    def due(start: dt.date) -> dt.date:
        return extended_due(start, length, timer.unit, extended, cal).date

    cutoffs = []
    for limit in (today - dt.timedelta(days=1), today + dt.timedelta(days=soon)):
        start = limit - dt.timedelta(days=length + extended + 40)  # rollovers add at most a holiday week
        while due(start + dt.timedelta(days=1)) <= limit:
            start += dt.timedelta(days=1)
        cutoffs.append(start)
    return cutoffs[0], cutoffs[1]


def _length(timer: Timer, setting: Callable[[str], Any]) -> int:
    if isinstance(timer.length, int):
        return timer.length
    if isinstance(timer.length, str):  # a setting may list several limits: the stricter one counts
        return stricter(setting(timer.length))
    return int(timer.length(setting))


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if "T" in text:  # a UTC timestamp: the legal date is the local (China) date
        from inspector.clock import LOCAL_TZ

        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(LOCAL_TZ).date()
    return dt.date.fromisoformat(text[:10])


def evaluate(
    case: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]],
    *,
    cal: HolidayCalendar,
    setting: Callable[[str], Any],
    today: dt.date,
    timers: Iterable[Timer] = TIMERS,
) -> list[Deadline]:
    """Evaluate every applicable timer for ``case`` from its ``events`` (dicts: step, on_date, data).

    Events carrying ``data.ref`` (e.g. one preserved item) start and stop their own instance of a timer.
    Extensions are events ``extend`` with ``data = {timer, days}`` (Art. 60 extension records).
    """
    ordered = sorted(events, key=lambda e: (str(e["on_date"]), str(e.get("at", ""))))
    extensions: dict[str, int] = {}
    for e in ordered:
        if e["step"] == "extend":
            key = e["data"].get("timer", "decision")
            extensions[key] = extensions.get(key, 0) + int(e["data"].get("days", 0))
    closed = str(case.get("state", "")) in CLOSED_STATES
    simple = case.get("procedure") == "simple"
    out: list[Deadline] = []
    for timer in timers:
        if timer.general_only and simple:
            continue
        starts: list[tuple[dt.date, Mapping[str, Any], int]] = []
        if timer.start.startswith("case:"):
            day = _date(case.get(timer.start[5:]))
            if day:
                starts.append((day, {}, -1))
        else:
            names = timer.start.split("|")
            # A served document's periods run from the day it was served, not the day it was made.
            starts = [
                (day, e["data"], i)
                for i, e in enumerate(ordered)
                if e["step"] in names
                if (day := _date(e["data"].get("served_on") or e["on_date"])) is not None
            ]
            if timer.when and len(names) > 1:
                starts = [st for st in starts if timer.when(st[1])]
            if starts and not any(s[1].get("ref") for s in starts):
                starts = starts[-1:]  # a repeated start (a new notice) restarts the timer
            fallback = _date(case.get(timer.fallback)) if timer.fallback else None
            if not starts and fallback is not None:
                starts = [(fallback, {}, -1)]
        for start, data, index in starts:
            if timer.when and not timer.when(data):
                continue
            ref = str(data.get("ref", ""))
            extended = extensions.get(timer.key, 0)
            if timer.key == "limitation":  # the same end the filing rule uses (Art. 36)
                due = period_due(
                    "limitation", start, setting=setting, cal=cal, serious_harm=bool(case.get("serious_harm"))
                )
            else:
                due = extended_due(start, _length(timer, setting), timer.unit, extended, cal)
            stopped = any(
                _stop_name(e) in timer.stop
                and i > index
                and (not ref or str(e["data"].get("ref", "")) == ref)
                for i, e in enumerate(ordered)
            )
            days_left = (due.date - today).days
            if stopped:
                status = Status.DONE
            elif not timer.duty:
                status = Status.RUNNING if today <= due.date else Status.ENDED
            elif closed and timer.key not in OUTLIVE_CLOSING:
                continue
            elif today > due.date:
                status = Status.OVERDUE
            elif days_left <= soon_days(timer.key, setting):
                status = Status.DUE_SOON
            else:
                status = Status.OK
            out.append(
                Deadline(
                    timer.key,
                    SERIOUS_LIMITATION_NAME
                    if timer.key == "limitation" and case.get("serious_harm")
                    else timer.name,
                    start,
                    due.date,
                    due.provisional,
                    status,
                    days_left,
                    timer.basis,
                    timer.tag,
                    timer.duty,
                    extended,
                    ref,
                    workdays.unloaded_year(cal, start, due.date) if due.provisional else None,
                )
            )
    out.sort(key=lambda d: (d.status is Status.DONE, d.due))
    return out


def surcharge_cents(
    fine_cents: int, *, due: dt.date, paid_on: dt.date, paused: Iterable[tuple[dt.date, dt.date]] = ()
) -> int:
    """加处罚款 (Art. 72): 3 % of the fine per day late, capped at the fine; days under review or litigation
    (Art. 73, inclusive ``paused`` date ranges) are not counted. Integer cents, rounded down."""
    if fine_cents <= 0 or paid_on <= due:
        return 0
    late = 0
    d = due + dt.timedelta(days=1)
    spans = list(paused)
    while d <= paid_on:
        if not any(a <= d <= b for a, b in spans):
            late += 1
        d += dt.timedelta(days=1)
    return min(fine_cents, fine_cents * 3 * late // 100)
