"""Set up the central database once (schema, group role, grants) and register stations with their own logins."""

from __future__ import annotations

import importlib.resources
import re
import secrets
from dataclasses import dataclass
from typing import Any, LiteralString

import psycopg
from psycopg import sql

SCHEMA_VERSION = "4"  # 4: who wrote the central version of a conflict; station_names
KINDS = ("station", "reviewer", "hq")

# What every station login may do; row-level security narrows it to the station's own rows.
_GRANTS = (
    "GRANT SELECT, INSERT, UPDATE ON records, conflicts TO {g}",
    "GRANT SELECT, INSERT ON batches, audit_events TO {g}",
    "GRANT SELECT, INSERT, UPDATE ON quarantine TO {g}",
    "GRANT SELECT, INSERT, UPDATE ON evidence_blobs TO {g}",
    "GRANT SELECT, INSERT, DELETE ON evidence_chunks TO {g}",
    "GRANT SELECT ON central_meta, station_roles, station_names, cases, inspections, evidence, documents, reviews "
    "TO {g}",
    "GRANT USAGE ON SEQUENCE change_seq, conflicts_id_seq TO {g}",
)


class SetupError(Exception):
    """The central database is not set up, or a setup step was refused."""


@dataclass(frozen=True)
class StationLogin:
    """The credentials made for one station: its own PostgreSQL role."""

    station_id: str
    role: str
    password: str
    kind: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _value(conn: psycopg.Connection, query: LiteralString) -> Any:
    """The one value of a query that always returns exactly one row."""
    row = conn.execute(query).fetchone()
    if row is None:
        raise RuntimeError(f"no row returned by: {query}")
    return row[0]


def group_role(conn: psycopg.Connection) -> str:
    db = _value(conn, "SELECT current_database()")
    return f"{_slug(db)[:40]}_stations"


def initialised(conn: psycopg.Connection) -> bool:
    if not _value(conn, "SELECT to_regclass('public.central_meta') IS NOT NULL"):
        return False
    got = conn.execute("SELECT value FROM central_meta WHERE key = 'schema_version'").fetchone()
    return got is not None and got[0] == SCHEMA_VERSION


def init(conn: psycopg.Connection) -> str:
    """Create (or bring up to date) the schema as the connected owner; return the station group role's name."""
    text = importlib.resources.files("db.central").joinpath("schema.sql").read_text(encoding="utf-8")
    group = group_role(conn)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(4242)")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        conn.execute(text)
        for grant in _GRANTS:
            conn.execute(sql.SQL(grant).format(g=sql.Identifier(group)))
        conn.execute(
            "INSERT INTO central_meta (key, value) VALUES ('schema_version', %s), ('station_group', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (SCHEMA_VERSION, group),
        )
    return group


def require_initialised(conn: psycopg.Connection) -> None:
    if not initialised(conn):
        raise SetupError(
            "the central database has not been set up (run `inspector central init` as its owner)"
        )


def add_station(
    conn: psycopg.Connection,
    *,
    station_id: str,
    name: str,
    public_key: str,
    kind: str = "station",
    password: str | None = None,
) -> StationLogin:
    """Register a station (or renew its key and password): its own login role, member of the station group."""
    if kind not in KINDS:
        raise SetupError(f"unknown station kind {kind!r}")
    if not re.fullmatch(r"[0-9a-f]{64}", public_key):
        raise SetupError(
            "the public key must be 64 hexadecimal digits (Ed25519, as `inspector sync key` prints)"
        )
    require_initialised(conn)
    db = _value(conn, "SELECT current_database()")
    role = f"{_slug(db)[:30]}_st_{_slug(station_id)[:24]}"
    password = password or secrets.token_urlsafe(18)
    group = group_role(conn)
    with conn.transaction():
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            conn.execute(
                sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
            )
        else:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(role), sql.Literal(password), sql.Identifier(group)
                )
            )
        # Headquarters applies a station's bundle as that station's role (so its row-level security holds).
        if not _value(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
            conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(role)))
        conn.execute(
            "INSERT INTO stations (station_id, name, kind, public_key, role_name) VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (station_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, "
            "public_key = EXCLUDED.public_key, role_name = EXCLUDED.role_name",
            (station_id, name, kind, public_key, role),
        )
        conn.execute(
            "INSERT INTO station_roles (role_name, station_id, kind) VALUES (%s, %s, %s) "
            "ON CONFLICT (role_name) DO UPDATE SET station_id = EXCLUDED.station_id, kind = EXCLUDED.kind",
            (role, station_id, kind),
        )
    return StationLogin(station_id, role, password, kind)


def station_key(conn: psycopg.Connection, station_id: str) -> tuple[str, str] | None:
    """A registered station's (public key, login role); None when unknown (headquarters' connection)."""
    row = conn.execute(
        "SELECT public_key, role_name FROM stations WHERE station_id = %s", (station_id,)
    ).fetchone()
    return (row[0], row[1]) if row else None


def whoami(conn: psycopg.Connection) -> tuple[str | None, str | None]:
    """The station id and kind the connected login acts for (None, None for the owner or an unknown login)."""
    row = conn.execute("SELECT station_id, kind FROM station_roles WHERE role_name = current_user").fetchone()
    return (row[0], row[1]) if row else (None, None)
