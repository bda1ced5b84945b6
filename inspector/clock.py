"""The one place the core asks for the time, so tests and demos can fix it."""

from __future__ import annotations

import datetime as dt
import os

_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    """Current time, timezone-aware UTC. ``INSPECTOR_NOW`` (ISO) or :func:`freeze` fix it."""
    if _fixed is not None:
        return _fixed
    env = os.environ.get("INSPECTOR_NOW")
    if env:
        value = dt.datetime.fromisoformat(env.replace("Z", "+00:00"))
        return value if value.tzinfo else value.replace(tzinfo=LOCAL_TZ)
    return dt.datetime.now(dt.UTC)


def freeze(value: dt.datetime | None) -> None:
    """Fix the clock at ``value`` (None releases it). For tests and demo generation."""
    global _fixed
    _fixed = value


def iso(value: dt.datetime | None = None) -> str:
    """UTC ISO 8601 with milliseconds and ``Z``."""
    value = value or now()
    return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# Stations are in China; legal dates (act date, service date) are local dates in UTC+8.
LOCAL_TZ = dt.timezone(dt.timedelta(hours=8), "CST")


def today() -> dt.date:
    """Today's local (China Standard Time) date."""
    return now().astimezone(LOCAL_TZ).date()


class frozen:  # noqa: N801 - used like a function: ``with clock.frozen(t): ...``
    """Fix the clock at ``value`` inside a ``with`` block, then restore whatever it was (frozen or not)."""

    def __init__(self, value: dt.datetime) -> None:
        self.value = value
        self.saved: dt.datetime | None = None

    def __enter__(self) -> frozen:
        self.saved = _fixed
        freeze(self.value)
        return self

    def set(self, value: dt.datetime) -> None:
        """Move the frozen clock (inside the block)."""
        freeze(value)

    def __exit__(self, *exc: object) -> None:
        freeze(self.saved)
