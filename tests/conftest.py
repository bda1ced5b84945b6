"""Suite-wide fixtures: offscreen Qt, a seeded demo-station template copied per test, role sessions."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station with its organisation and users (no cases), built once per test session."""
    from inspector import demo
    from inspector.station import Station

    path = tmp_path_factory.mktemp("demo-template")
    station = Station.open(path, create=True)
    demo.fill(station, cases=0, photos=False, example_thresholds=False)  # a real station has none
    station.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    station.close()
    return path


@pytest.fixture
def data_dir(tmp_path: Path, _demo_template: Path) -> Path:
    """A fresh copy of the demo-station template: agency, 4 squads, 16 officers, one user per role."""
    target = tmp_path / "station"
    shutil.copytree(_demo_template, target)
    return target


@pytest.fixture
def station(data_dir: Path):
    from inspector.station import Station

    st = Station.open(data_dir)
    yield st
    st.close()


@pytest.fixture
def login(station):
    """``login(role)`` gives a session of the demo user with that role."""
    from inspector.demo import DEMO_PASSWORD, DEMO_USERS

    def _login(role: str):
        username = next(u for u, _, r in DEMO_USERS if str(r) == str(role))
        return station.login(username, DEMO_PASSWORD)

    return _login


def run_cli(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m inspector`` in a subprocess, as a user would from a shell."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    cmd = [sys.executable, "-m", "inspector"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, env=full_env, input=input, timeout=600, cwd=ROOT
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the sync tests (a failure, not a skip, when CI is set)."""
    from tests import pg

    try:
        server = pg.start()
    except (FileNotFoundError, RuntimeError) as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"no PostgreSQL server available: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_conn(pg_server):
    """A fresh database on the suite's PostgreSQL server, dropped afterwards."""
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    conn = psycopg.connect(pg_server.dsn.replace("dbname=postgres", f"dbname={name}"))
    yield conn
    conn.close()
    with psycopg.connect(pg_server.dsn, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
