"""Helpers for the sync tests: a set-up central database, registered stations, and independent readers."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg

from db.central import admin
from inspector.sync import keys


def central_db(pg_server) -> str:
    """A new database on the suite's server, set up by its owner; returns the owner's DSN."""
    name = "c_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server.dsn, autocommit=True) as owner:
        owner.execute(f'CREATE DATABASE "{name}"')
    dsn = pg_server.dsn.replace("dbname=postgres", f"dbname={name}")
    with psycopg.connect(dsn, autocommit=True) as owner:
        admin.init(owner)
    return dsn


def register(owner_dsn: str, station, *, kind: str = "station") -> str:
    """Register ``station`` (its public key) at headquarters; returns the DSN with the station's own login."""
    with psycopg.connect(owner_dsn, autocommit=True) as owner:
        login = admin.add_station(
            owner,
            station_id=station.station_id,
            name=station.name,
            public_key=keys.public_key_hex(station),
            kind=kind,
        )
    return station_dsn(owner_dsn, login.role, login.password)


def station_dsn(owner_dsn: str, role: str, password: str) -> str:
    """A station's login over TCP loopback, where the server checks its password (the owner's socket is trusted)."""
    parts = [p for p in owner_dsn.split() if not p.startswith(("user=", "host="))]
    return " ".join(["host=127.0.0.1", *parts, f"user={role}", f"password={password}"])


def read(owner_dsn: str, sql: str, params=()) -> list[tuple]:
    """Read the central database through a new connection of its own (never the one that wrote)."""
    with psycopg.connect(owner_dsn, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def count(owner_dsn: str, sql: str, params=()) -> int:
    return int(read(owner_dsn, sql, params)[0][0])


def station_rows(station) -> int:
    """How many rows the station has that sync (audited tables plus its settings)."""
    n = sum(station.db.scalar(f"SELECT count(*) FROM [{t}]") for t in station.audited_tables())
    return n + station.db.scalar("SELECT count(*) FROM settings")


def second_station(tmp_path: Path, *, cases: int = 2):
    """Another station with its own id, organisation and users."""
    from inspector import demo
    from inspector.station import Station

    st = Station.open(tmp_path / "second-station", create=True)
    demo.fill(st, cases=cases, photos=False, example_thresholds=False)
    return st
