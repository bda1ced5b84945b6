"""The kept outcome of the last push, pull and export: a failure never erases the last success."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import clock
from inspector.sync import history
from inspector.sync.push import SyncError


@pytest.fixture(autouse=True)
def _thaw():
    yield
    clock.freeze(None)


def test_a_failed_attempt_is_kept_beside_the_last_success_with_the_counts_it_reached(station):
    clock.freeze(dt.datetime(2026, 5, 11, 9, 30, tzinfo=clock.LOCAL_TZ))
    with history.attempt(station, "push") as run:
        run.counts = {"batches": 3, "rows": 120}
    clock.freeze(dt.datetime(2026, 5, 12, 8, 0, tzinfo=clock.LOCAL_TZ))
    with pytest.raises(SyncError), history.attempt(station, "push") as run:
        run.counts = {"batches": 1, "rows": 40}
        raise SyncError("dropped", "server closed the connection unexpectedly")

    got = history.last(station, "push")
    assert got.failed
    assert got.success is not None and got.success.counts == {"batches": 3, "rows": 120}
    assert got.success.at == "2026-05-11T01:30:00.000Z"
    assert got.attempt is not None and (got.attempt.reason, got.attempt.counts["batches"]) == ("dropped", 1)
    assert got.attempt.detail == "server closed the connection unexpectedly"
    assert history.latest(station) == got.attempt


def test_nothing_kept_reads_as_never(station):
    assert history.last(station, "pull") == history.Last(None, None)
    assert history.latest(station) is None
    assert history.summary(station)["export"] == {"last_attempt": None, "last_success": None}


def test_an_unreadable_record_is_no_record(station):
    with station.db.write():
        station.db.meta_set("sync_last:push", "{not json")
    assert history.last(station, "push").attempt is None
