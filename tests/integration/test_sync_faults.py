"""Fault injection: the client killed (-9) at random points during push, and its server connection terminated
mid-batch; after the next sync central holds exactly the station's rows, events and files: 0 lost, 0 doubled.

The quick run (20 trials of each) is part of the suite; the full run is one command:
    INSPECTOR_FAULT_TRIALS=200 python -m pytest tests/integration/test_sync_faults.py -q -s
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from inspector import demo, sync
from inspector.station import Station
from tests.conftest import ROOT
from tests.integration.sync_support import central_db, read, register

TRIALS = int(os.environ.get("INSPECTOR_FAULT_TRIALS", "20"))
CASES = 10  # enough rows and photos that a push takes a while to kill into
pytestmark = pytest.mark.timeout(max(600, TRIALS * 12))


def _drop(pg_server, hq: str) -> None:
    """Each trial's central database goes once checked (keeps the server small over 200 trials)."""
    name = hq.split("dbname=")[1].split()[0]
    with psycopg.connect(pg_server.dsn, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def template(tmp_path_factory, _demo_template):
    """A station with cases and photos, its outbox frozen into small batches (many commit points)."""
    path = tmp_path_factory.mktemp("fault-station") / "station"
    shutil.copytree(_demo_template, path)
    st = Station.open(path)
    demo.fill(st, cases=CASES, photos=True)
    sync.freeze_batches(st.login("officer", demo.DEMO_PASSWORD), max_rows=8)
    st.close()
    return path


@pytest.fixture(scope="module")
def unfrozen(tmp_path_factory, _demo_template):
    """The same kind of station with its outbox not yet frozen: the push freezes while it sends."""
    path = tmp_path_factory.mktemp("fault-station-unfrozen") / "station"
    shutil.copytree(_demo_template, path)
    st = Station.open(path)
    demo.fill(st, cases=CASES, photos=True)
    st.close()
    return path


def _expected(st: Station) -> dict[str, object]:
    rows = {
        (t, r["id"], r["version"])
        for t in st.audited_tables()
        for r in st.db.query(f"SELECT id, version FROM [{t}]")
    }
    rows |= {
        ("settings", f"{st.station_id}/{r['key']}", None) for r in st.db.query("SELECT key FROM settings")
    }
    photos = {r["sha256"]: r["size"] for r in st.db.query("SELECT DISTINCT sha256, size FROM evidence")}
    return {"rows": rows, "events": st.db.scalar("SELECT count(*) FROM audit_events"), "photos": photos}


def _central(hq: str, station_id: str) -> dict[str, object]:
    rows = {
        (e, i, None if e == "settings" else v)
        for e, i, v in read(hq, "SELECT entity, id, version FROM records")
    }
    return {
        "rows": rows,
        "events": read(hq, "SELECT count(*) FROM audit_events")[0][0],
        "photos": {
            s: n
            for s, n in read(
                hq,
                "SELECT b.sha256, sum(length(c.data)) FROM evidence_blobs b JOIN evidence_chunks c "
                "USING (station_id, sha256) WHERE b.complete GROUP BY b.sha256",
            )
        },
    }


def _check(hq: str, path, stats: dict[str, int]) -> None:
    st = Station.open(path)
    try:
        with sync.connect(stats["dsn"]) as conn:
            sync.push(st.login("officer", demo.DEMO_PASSWORD), conn)
        want, got = _expected(st), _central(hq, st.station_id)
        lost = len(want["rows"] - got["rows"])
        extra = len(got["rows"] - want["rows"])
        stats["lost"] += (
            lost + max(0, want["events"] - got["events"]) + len(set(want["photos"]) - set(got["photos"]))
        )
        stats["doubled"] += (
            extra
            + max(0, got["events"] - want["events"])
            + sum(1 for s, n in got["photos"].items() if n != want["photos"].get(s))
        )
        assert st.pending_sync_count() == 0
        assert read(hq, "SELECT count(*) FROM audit_alerts")[0][0] == 0
    finally:
        st.close()


def _trial_dir(template, tmp_path, i):
    path = tmp_path / f"t{i}"
    shutil.copytree(template, path)
    return path


def _register_closed(hq: str, path) -> str:
    st = Station.open(path)
    try:
        return register(hq, st)
    finally:
        st.close()


def _push_process(path, dsn: str) -> subprocess.Popen:
    """``inspector sync push`` in a process of its own, as a scheduled task runs it."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "INSPECTOR_USER": "officer",
        "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "inspector", "--data-dir", str(path), "sync", "push", "--dsn", dsn],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_kill_minus_nine_during_push_loses_and_doubles_nothing(template, unfrozen, tmp_path, pg_server):
    rng = random.Random(int(os.environ.get("INSPECTOR_FAULT_SEED", "9")))
    stats = {"lost": 0, "doubled": 0, "killed": 0}
    # When the work starts (a push with nothing left to send: start-up, login, connection) and when a whole
    # push ends, for each kind of station: kills are spread between the two, so they keep landing mid-push
    # however fast the push becomes.
    span: dict[str, tuple[float, float]] = {}
    for kind, source in (("frozen", template), ("unfrozen", unfrozen)):
        whole, empty = [], []
        for _ in range(3):  # the whole push, then one with nothing to send; three of each (a start varies)
            copy = _trial_dir(source, tmp_path, f"{kind}-span")
            hq_copy = central_db(pg_server)
            dsn_copy = _register_closed(hq_copy, copy)
            for took in (whole, empty):
                started = time.perf_counter()
                _push_process(copy, dsn_copy).wait(timeout=120)
                took.append(time.perf_counter() - started)
            _drop(pg_server, hq_copy)
            shutil.rmtree(copy, ignore_errors=True)
        # From a little before the fastest start could have sent anything to the slowest whole push.
        span[kind] = (0.9 * min(empty), max(max(whole), min(empty) + 0.1))
    for i in range(TRIALS):
        # Every other trial starts with nothing frozen, so some kills land while batches are being frozen.
        kind = "unfrozen" if i % 2 else "frozen"
        path = _trial_dir(unfrozen if i % 2 else template, tmp_path, i)
        hq = central_db(pg_server)
        dsn = _register_closed(hq, path)
        stats["dsn"] = dsn
        proc = _push_process(path, dsn)
        try:
            proc.wait(timeout=rng.uniform(*span[kind]))  # let it run a random while, then kill it
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            stats["killed"] += 1
        _check(hq, path, stats)
        _drop(pg_server, hq)
        shutil.rmtree(path, ignore_errors=True)
    print(
        f"\nkill -9 trials: {TRIALS}, killed mid-run: {stats['killed']}, lost: {stats['lost']}, "
        f"doubled: {stats['doubled']} (killed between {span['frozen'][0]:.2f} and {span['frozen'][1]:.2f} s "
        f"frozen, {span['unfrozen'][0]:.2f} and {span['unfrozen'][1]:.2f} s unfrozen)"
    )
    assert stats["lost"] == 0 and stats["doubled"] == 0
    assert stats["killed"] > 0


def _terminator(owner_dsn: str, role: str, stop: threading.Event, hits: list[str], skip: int) -> None:
    """Terminate the station's backend while it runs a batch statement (after ``skip`` sightings)."""
    with psycopg.connect(owner_dsn, autocommit=True) as conn:
        seen = 0
        while not stop.is_set():
            row = conn.execute(
                "SELECT pid, query FROM pg_stat_activity WHERE usename = %s AND state = 'active' "
                "AND (query ILIKE 'WITH d AS%%' OR query ILIKE 'INSERT INTO records%%' "
                "OR query ILIKE 'INSERT INTO evidence_chunks%%' OR query ILIKE 'INSERT INTO conflicts%%')",
                (role,),
            ).fetchone()
            if row:
                seen += 1
                if seen > skip:
                    conn.execute("SELECT pg_terminate_backend(%s)", (row[0],))
                    hits.append(row[1][:30])
                    return


def test_server_connection_terminated_mid_batch_loses_and_doubles_nothing(template, tmp_path, pg_server):
    rng = random.Random(11)
    stats = {"lost": 0, "doubled": 0}
    hits: list[str] = []
    for i in range(TRIALS):
        path = _trial_dir(template, tmp_path, i)
        hq = central_db(pg_server)
        st = Station.open(path)
        dsn = register(hq, st)
        stats["dsn"] = dsn
        role = dsn.split("user=")[1].split()[0]
        stop = threading.Event()
        killer = threading.Thread(target=_terminator, args=(hq, role, stop, hits, rng.randrange(0, 6)))
        killer.start()
        try:
            with sync.connect(dsn) as conn:
                sync.push(st.login("officer", demo.DEMO_PASSWORD), conn)
        except sync.SyncError as exc:
            assert exc.reason == "dropped"
        finally:
            stop.set()
            killer.join()
            st.close()
        _check(hq, path, stats)
        _drop(pg_server, hq)
        shutil.rmtree(path, ignore_errors=True)
    print(
        f"\npg_terminate_backend trials: {TRIALS}, terminated mid-batch: {len(hits)}, lost: {stats['lost']}, "
        f"doubled: {stats['doubled']}"
    )
    assert stats["lost"] == 0 and stats["doubled"] == 0
    assert hits
