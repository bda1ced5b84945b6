"""Periods of one case, computed from its events and the one timer table (``inspector.law.deadlines.TIMERS``).

Every statutory length a rule or a document needs comes through here: the statement period, the hearing
request period, payment, the remedies and the court-application window, the limitation period. Each result
is a :class:`~inspector.law.workdays.Due`, so a date resting on a year without a holiday calendar says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from inspector.law import deadlines
from inspector.law.workdays import Due

if TYPE_CHECKING:
    from inspector.law.procedure import CaseView


def day(value: Any, default: dt.date | None = None) -> dt.date | None:
    """A stored ISO date (or timestamp) as a date; ``default`` when empty."""
    if value in (None, ""):
        return default
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def served_on(event: Mapping[str, Any]) -> dt.date:
    """The day a recorded document reached the party (periods run from service, not from making)."""
    return day(event["data"].get("served_on") or event["on_date"])  # type: ignore[return-value]


def period(view: CaseView, timer_key: str, start: dt.date, *, serious_harm: bool = False) -> Due:
    """The end of the period ``timer_key`` that started on ``start``, with this case's settings and calendar."""
    return deadlines.period_due(
        timer_key, start, setting=view.setting, cal=view.cal, serious_harm=serious_harm
    )


def statement_period(view: CaseView, notice: Mapping[str, Any]) -> Due:
    """The last day of the statement period after a prior notice (Art. 44, 45, 62; length [P] in settings)."""
    return period(view, "statement", served_on(notice))


def hearing_request_period(view: CaseView, notice: Mapping[str, Any]) -> Due:
    """The last day to ask for a hearing after the notice (Art. 64 (1): 5 working days)."""
    return period(view, "hearing_request", served_on(notice))


def earliest_hearing(view: CaseView, noticed_on: dt.date) -> Due:
    """The earliest day a hearing may be held after its notice (Art. 64 (2): 7 working days)."""
    return period(view, "hearing_notice", noticed_on)


def limitation_end(view: CaseView, *, serious_harm: bool | None = None) -> Due | None:
    """Art. 36: the end of the limitation period from the end of the act (2 years; 5 with serious harm)."""
    act_end = view.case.get("act_end_date") or view.case.get("act_date")
    if not act_end:
        return None
    serious = bool(view.case.get("serious_harm")) if serious_harm is None else serious_harm
    return period(view, "limitation", day(act_end), serious_harm=serious)  # type: ignore[arg-type]


def discovered_on(view: CaseView) -> dt.date | None:
    return day(view.case.get("discovered_at") or (view.case.get("clue_at") or "")[:10])


def decision_served(view: CaseView) -> Mapping[str, Any] | None:
    """The event that put the penalty decision in the party's hands (service, or the on-the-spot decision)."""
    return view.last("serve", "on_the_spot")


def payment_period(view: CaseView) -> Due | None:
    """Art. 67: the last day to pay (15 days after service); an approved instalment plan moves it (Art. 66)."""
    served = decision_served(view)
    if served is None:
        return None
    due = period(view, "payment", served_on(served))
    plan = view.last("instalment")
    if plan and plan["data"].get("until"):
        until = day(plan["data"]["until"])
        if until and until > due.date:
            return Due(until, due.provisional)
    return due


def remedy_periods(view: CaseView) -> tuple[Due, Due] | None:
    """The ends of the review (复议) and litigation (诉讼) periods after the decision was served."""
    served = decision_served(view)
    if served is None:
        return None
    start = served_on(served)
    return period(view, "review_period", start), period(view, "litigation_period", start)


def court_application_window(view: CaseView) -> tuple[dt.date, Due] | None:
    """行政强制法 Art. 53: apply to court after both remedy periods ended, and by the end of the window."""
    remedies = remedy_periods(view)
    served = decision_served(view)
    if remedies is None or served is None:
        return None
    opens = max(latest_end(view, remedies[0]), latest_end(view, remedies[1])) + dt.timedelta(days=1)
    return opens, period(view, "court_application", served_on(served))


def demand_wait(view: CaseView, demand: Mapping[str, Any]) -> Due:
    """行政强制法 Art. 54: the party has 10 days after the 催告书 is served before the court is asked."""
    return period(view, "demand_wait", served_on(demand))


def paid_total(view: CaseView) -> int:
    return sum(int(e["data"].get("amount_cents", 0)) for e in view.events if e["step"] in ("pay", "pay_full"))


def paused_spans(view: CaseView, until: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Art. 73: review or litigation periods, during which surcharge days are not counted."""
    spans: list[tuple[dt.date, dt.date]] = []
    start = None
    for e in view.events:
        if e["step"] == "appeal_start":
            start = dt.date.fromisoformat(e["on_date"])
        elif e["step"] == "appeal_end" and start:
            spans.append((start, dt.date.fromisoformat(e["on_date"])))
            start = None
    if start:
        spans.append((start, until))
    return spans


def appeal_open(view: CaseView) -> bool:
    """A review or a lawsuit against the decision has been registered and has not ended."""
    started = view.last("appeal_start")
    return started is not None and not view.after(started, "appeal_end")


def fine_paid_on(view: CaseView) -> dt.date | None:
    """The day the payments recorded reached the whole fine (None while it is not paid in full)."""
    fine = int(view.case.get("fine_cents") or 0)
    paid = 0
    for e in view.events:
        if e["step"] in ("pay", "pay_full"):
            paid += int(e["data"].get("amount_cents", 0))
            if fine and paid >= fine:
                return dt.date.fromisoformat(e["on_date"])
    return None


def surcharge_due(view: CaseView, on: dt.date) -> int:
    """加处罚款 owed on ``on`` (Art. 72/73); instalment approval moves the due date (Art. 66 ¶2).

    The surcharge runs for each day the fine is unpaid: once the payments reach the whole fine it stops
    growing, so a fine paid on time owes none however late the case is closed."""
    fine = int(view.case.get("fine_cents") or 0)
    due = payment_period(view)
    if not fine or due is None:
        return 0
    paid_on = fine_paid_on(view)
    until = min(on, paid_on) if paid_on is not None else on
    return deadlines.surcharge_cents(fine, due=due.date, paid_on=until, paused=paused_spans(view, until))


def owed(view: CaseView, on: dt.date) -> int:
    """Fine plus surcharge due on ``on``, less what was paid; nothing once paid in full (``pay_full``), nor once
    the decision was revoked or confirmed unlawful or void (行政强制法 Art. 40 (4))."""
    if view.decision_ended() is not None:
        return 0
    full = view.last("pay_full")
    if full is not None and not view.after(full, "decision_changed"):  # a change recomputes what is owed
        return max(0, int(full["data"].get("owed_cents") or 0) - paid_total(view))
    return int(view.case.get("fine_cents") or 0) + surcharge_due(view, on) - paid_total(view)


def provisional_margin(view: CaseView) -> int:
    """Extra calendar days a guard waits past a provisional date before it trusts it (an unloaded holiday
    week could move the real date that far)."""
    return int(view.setting("deadline.provisional_margin_days"))


def latest_end(view: CaseView, due: Due) -> dt.date:
    """The last day a period can end: its date, or for a provisional one its date plus the margin. Documents
    print this day to the party, and the guards wait for it, so the party never gets less than the law gives."""
    return due.date + dt.timedelta(days=provisional_margin(view)) if due.provisional else due.date


def unloaded_year(view: CaseView, due: Due) -> int:
    """The year without an official holiday calendar that makes ``due`` provisional (its own year, or the
    nearest earlier one the period ran through)."""
    for year in range(due.date.year, due.date.year - 10, -1):
        if not view.cal.knows(dt.date(year, 1, 1)):
            return year
    return due.date.year


def surely_over(view: CaseView, due: Due, on: dt.date) -> bool:
    """Whether a period has ended by ``on`` even if the unloaded calendar would move its end."""
    return on > latest_end(view, due)
