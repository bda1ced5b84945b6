"""What the last push, pull, bundle export and bundle receipt did, kept on the station so it outlives a restart.

For each kind the station keeps its last attempt and its last success (a failure does not erase when the station
last reached headquarters). Kept in ``station_meta``: local bookkeeping, never synced. The record holds codes and
counts, not sentences: the 同步 screen and the CLI say them in words, the same words as when it happened.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from inspector import clock
from inspector.station import Station

KINDS = ("push", "pull", "export", "receipt")
_KEY = "sync_last:{kind}"
_KEY_OK = "sync_last_ok:{kind}"


@dataclass(frozen=True)
class Outcome:
    """One attempt: when (station clock, UTC ISO), whether it finished, what it counted, and why it failed.

    ``reason`` is the failure's code (a :class:`~inspector.sync.push.SyncError` reason such as ``unreachable``,
    or the typed error's code); ``detail`` the technical first line (for headquarters), or the file written.
    """

    kind: str
    at: str
    ok: bool
    counts: dict[str, int] = field(default_factory=dict)
    reason: str = ""
    detail: str = ""

    @classmethod
    def from_json(cls, text: str | None) -> Outcome | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(
                kind=str(data["kind"]),
                at=str(data["at"]),
                ok=bool(data["ok"]),
                counts={str(k): int(v) for k, v in (data.get("counts") or {}).items()},
                reason=str(data.get("reason") or ""),
                detail=str(data.get("detail") or ""),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # a record this version cannot read is no record


@dataclass(frozen=True)
class Last:
    """A kind's last attempt and its last success (the same record when the last attempt succeeded)."""

    attempt: Outcome | None
    success: Outcome | None

    @property
    def failed(self) -> bool:
        """The last attempt failed (the last success, if any, is older)."""
        return self.attempt is not None and not self.attempt.ok


def record(
    station: Station,
    kind: str,
    *,
    ok: bool,
    counts: dict[str, int] | None = None,
    reason: str = "",
    detail: str = "",
) -> Outcome:
    """Keep an attempt's outcome (and, when it succeeded, as the last success)."""
    if kind not in KINDS:
        raise ValueError(f"unknown sync kind {kind!r}")
    outcome = Outcome(kind, clock.iso(), ok, dict(counts or {}), reason, detail[:300])
    text = json.dumps(asdict(outcome), ensure_ascii=False)
    with station.db.write(durable=False):
        station.db.meta_set(_KEY.format(kind=kind), text)
        if ok:
            station.db.meta_set(_KEY_OK.format(kind=kind), text)
    return outcome


def last(station: Station, kind: str) -> Last:
    return Last(
        Outcome.from_json(station.db.meta_get(_KEY.format(kind=kind))),
        Outcome.from_json(station.db.meta_get(_KEY_OK.format(kind=kind))),
    )


def latest(station: Station) -> Outcome | None:
    """The most recent attempt of any kind (what the 同步 screen said last; a pull run right after a push, at the
    same time by the clock, counts as the later)."""
    found = [o for o in (last(station, k).attempt for k in KINDS) if o is not None]
    return max(found, key=lambda o: (o.at, KINDS.index(o.kind))) if found else None


def summary(station: Station) -> dict[str, dict[str, Any]]:
    """Every kind's last attempt and last success as plain data (``sync status --json``)."""
    out: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        got = last(station, kind)
        out[kind] = {
            "last_attempt": asdict(got.attempt) if got.attempt else None,
            "last_success": asdict(got.success) if got.success else None,
        }
    return out


class Attempt:
    """Filled in by the code inside :func:`attempt`: the counts so far (kept on failure too)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.detail = ""


def reason_of(exc: BaseException) -> tuple[str, str]:
    """A failure's (code, first line of detail): the typed error's reason or code, else the exception's name."""
    reason = getattr(exc, "reason", None) or getattr(exc, "code", None) or type(exc).__name__
    detail = getattr(exc, "detail", None)
    if detail is None:
        text = str(exc).strip()
        detail = text.splitlines()[0] if text else ""
    return str(reason), str(detail)


def failed(station: Station, kind: str, exc: BaseException, *, counts: dict[str, int] | None = None) -> None:
    """Record a failed attempt (never raising in place of ``exc``: e.g. a full disk keeps the original error)."""
    reason, detail = reason_of(exc)
    with contextlib.suppress(Exception):
        record(station, kind, ok=False, counts=counts, reason=reason, detail=detail)


@contextlib.contextmanager
def attempt(station: Station, kind: str) -> Iterator[Attempt]:
    """Record what the block does as ``kind``'s outcome: a success when it returns, a failure (with its code and
    the counts reached) when it raises. The exception goes on unchanged; a failure to record it is not raised
    in its place."""
    run = Attempt()
    try:
        yield run
    except Exception as exc:
        failed(station, kind, exc, counts=run.counts)
        raise
    record(station, kind, ok=True, counts=run.counts, detail=run.detail)
