"""Apply station batches to the central database: set-based, one committed transaction each, idempotent."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg

CHUNK = 1 << 20

_STAGE = (
    "CREATE TEMP TABLE IF NOT EXISTS stage_records (entity text, id text, version integer, base_version integer, "
    "station_id text, scope text, updated_at text, updated_by text, deleted boolean, data jsonb) "
    "ON COMMIT DELETE ROWS",
    "CREATE TEMP TABLE IF NOT EXISTS stage_events (station_id text, seq bigint, prev_hash text, hash text, "
    "event jsonb) ON COMMIT DELETE ROWS",
)
# A batch's rows inserted as they are ...
_INSERT = (
    "INSERT INTO records AS r (entity, id, version, base_version, owner_station, station_id, scope, updated_at, "
    "updated_by, deleted, data) SELECT entity, id, version, base_version, station_id, station_id, "
    # Reference data headquarters owns (catalogues, calendars, rubric settings) flows down to every station
    # when an 'hq' station writes it; the same tables written by a squad station stay that station's own.
    # (The station's kind is a scalar subquery, asked once per statement, not once per row.)
    "CASE WHEN (SELECT current_kind()) = 'hq' AND (entity IN ('benchmark_catalogues', 'calendar_years') "
    "OR (entity = 'settings' AND (data->>'key' LIKE 'rating.%' OR data->>'key' LIKE 'rubric.%'))) THEN 'reference' ELSE 'station' END, "
    "updated_at, updated_by, deleted, data FROM stage_records"
)
# ... and merged: a row already there is replaced only when the station's version was built on the central one.
_MERGE = (
    _INSERT
    + " ON CONFLICT (entity, id) DO UPDATE SET version = EXCLUDED.version, base_version = EXCLUDED.base_version, "
    "station_id = EXCLUDED.station_id, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by, "
    "deleted = EXCLUDED.deleted, data = EXCLUDED.data, scope = EXCLUDED.scope "
    "WHERE r.version = EXCLUDED.base_version"
)
# A conflict names who wrote the central version (station, with its name, user and time as the row records them).
_CONFLICTS = (
    "INSERT INTO conflicts AS c (batch_id, entity, entity_id, station_id, owner_station, station_version, "
    "central_version, station_data, central_data, central_station, central_updated_by, central_updated_at) "
    "SELECT %s, s.entity, s.id, s.station_id, r.owner_station, s.version, r.version, s.data, r.data, "
    "r.station_id, r.updated_by, r.updated_at "
    "FROM stage_records s JOIN records r ON r.entity = s.entity AND r.id = s.id "
    "WHERE r.version <> s.version OR r.data IS DISTINCT FROM s.data OR r.deleted <> s.deleted "
    "RETURNING c.id, c.entity, c.entity_id, c.station_version, c.central_version, c.central_data, "
    "c.central_station, (SELECT n.name FROM station_names n WHERE n.station_id = c.central_station), "
    "c.central_updated_by, c.central_updated_at"
)


# Links between events are checked by the server itself (a statement trigger on audit_events); a number central
# already holds with another hash is a diverging chain, found here and reported through a definer function.
_EVENTS = (
    "INSERT INTO audit_events (station_id, seq, prev_hash, hash, event) "
    "SELECT station_id, seq, prev_hash, hash, event FROM stage_events ON CONFLICT DO NOTHING"
)
_DIVERGED = (
    "SELECT s.station_id, s.seq, 'diverged', 'event ' || s.seq || ' differs from the one central already holds' "
    "FROM stage_events s JOIN audit_events a ON a.station_id = s.station_id AND a.seq = s.seq WHERE a.hash <> s.hash"
)


class CentralError(Exception):
    """The central database refused or could not take a batch."""


# Errors that come from the batch's content (the same batch would fail again): quarantined, not retried.
REFUSALS = (
    psycopg.errors.DataError,
    psycopg.errors.IntegrityError,
    psycopg.errors.InsufficientPrivilege,
    psycopg.errors.CardinalityViolation,
    psycopg.errors.DatatypeMismatch,
)


def _stage(conn: psycopg.Connection) -> None:
    for stmt in _STAGE:
        conn.execute(stmt)
    conn.execute("TRUNCATE stage_records, stage_events")  # several batches may share one transaction


@dataclass(frozen=True)
class Payload:
    """A batch as the JSON text the station froze; PostgreSQL parses it (no decode/encode round trip here)."""

    batch_id: str
    station_id: str
    text: str


def as_payload(batch: Mapping[str, Any] | Payload) -> Payload:
    if isinstance(batch, Payload):
        return batch
    return Payload(
        str(batch["batch_id"]), str(batch["station_id"]), json.dumps(batch, ensure_ascii=False, default=str)
    )


# The batch parsed once, its rows and events taken out of it once.
_DOC = (
    "WITH d AS (SELECT coalesce(s.doc -> 'rows', '[]') AS rows, coalesce(s.doc -> 'events', '[]') AS events "
    "FROM (SELECT %s::jsonb AS doc) AS s), "
    "x AS (SELECT x.entity, x.id, x.version, coalesce(x.base_version, 0) AS base_version, x.station_id, "
    "x.updated_at, x.updated_by, coalesce(x.deleted, false) AS deleted, x.data FROM d, "
    "jsonb_to_recordset(d.rows) AS x(entity text, id text, version integer, "
    "base_version integer, station_id text, updated_at text, updated_by text, deleted boolean, data jsonb)), "
)
# A batch's audit events as rows of audit_events (and of its staging table), from d.
_EVENT_ROWS = (
    "SELECT ev ->> 'station_id', (ev ->> 'seq')::bigint, ev ->> 'prev_hash', ev ->> 'hash', ev "
    "FROM d, jsonb_array_elements(d.events) AS ev"
)
_EVENTS_IN = "INSERT INTO audit_events (station_id, seq, prev_hash, hash, event) " + _EVENT_ROWS

# One statement parses the batch once and fills both staging tables; returns (rows, events). Used when a batch's
# rows or events did not all go in as they were (repeats, conflicts, a diverging chain).
_STAGE_DOC = (
    _DOC + "r AS (INSERT INTO stage_records SELECT entity, id, version, base_version, station_id, 'station', "
    "updated_at, updated_by, deleted, data FROM x), e AS (INSERT INTO stage_events " + _EVENT_ROWS + ") "
    "SELECT jsonb_array_length(rows), jsonb_array_length(events) FROM d"
)
# A refused batch's events alone, staged to be kept if they can be.
_STAGE_EVENTS = (
    "WITH d AS (SELECT coalesce(%s::jsonb -> 'events', '[]') AS events) INSERT INTO stage_events "
    + _EVENT_ROWS
)
# x is read once (by the insert), so PostgreSQL streams it rather than materialising the batch's rows.
_COUNTS = (
    "SELECT (SELECT jsonb_array_length(rows) FROM d), (SELECT count(*) FROM m), "
    "(SELECT jsonb_array_length(events) FROM d), (SELECT count(*) FROM e)"
)

# The usual batch: every row and event is new to central. One statement inserts them all as they are, without
# looking each up first, and records the batch as applied (its stored result: every row accepted); if anything
# is there already (a repeat of the batch, a row central holds, an event held), the statement fails as a whole
# and the batch is applied again by _APPLY_DOC, which looks. Alone on an autocommit connection the statement is
# its own transaction: one round trip per batch.
_INSERT_NEW = (
    _DOC
    + "m AS ("
    + _INSERT.replace("FROM stage_records", "FROM x").replace("%", "%%")
    + " RETURNING 1), e AS ("
    + _EVENTS_IN
    + " RETURNING 1), b AS (INSERT INTO batches (batch_id, station_id, row_count, result) "
    "SELECT %s::text, %s::text, jsonb_array_length(rows), jsonb_build_object('batch_id', %s::text, 'accepted', "
    "(SELECT count(*) FROM m), 'repeats', 0, 'conflicts', '[]'::jsonb) FROM d) " + _COUNTS
)

# Any batch: its rows merged version-checked, its events stored unless held already; counts what went in. No
# staging table is written when everything is accepted.
_APPLY_DOC = (
    _DOC + "m AS (" + _MERGE.replace("FROM stage_records ", "FROM x ").replace("%", "%%") + " RETURNING 1), "
    "e AS (" + _EVENTS_IN + " ON CONFLICT DO NOTHING RETURNING 1) " + _COUNTS
)


def _stage_payload(conn: psycopg.Connection, payload: Payload) -> tuple[int, int]:
    _stage(conn)
    counts = conn.execute(_STAGE_DOC, (payload.text,)).fetchone()
    if counts is None:  # the statement selects from a one-row CTE: always one row
        raise RuntimeError("staging the batch returned no counts")
    rows, events = counts
    return int(rows), int(events)


def _events(conn: psycopg.Connection, staged: int) -> None:
    """Store the staged events; what does not link to the chain central holds becomes an alert."""
    if conn.execute(_EVENTS).rowcount == staged:
        return
    _diverged(conn)


def _diverged(conn: psycopg.Connection) -> None:
    """Staged events whose numbers central already holds with another hash: a diverging chain, an alert."""
    for station_id, seq, kind, detail in conn.execute(_DIVERGED).fetchall():  # numbers held already
        conn.execute("SELECT raise_audit_alert(%s, %s, %s, %s)", (station_id, seq, kind, detail))


def apply_batch(conn: psycopg.Connection, batch: Mapping[str, Any] | Payload) -> dict[str, Any]:
    """Apply one batch ``{batch_id, station_id, rows: [...], events: [...]}`` and commit; return its result.

    ``conn`` must be in autocommit mode (every batch is its own committed transaction; nothing is left
    open for a later close to roll back). Each row is ``{entity, id, version, base_version, station_id,
    updated_at, updated_by, deleted, data}``. A row is accepted when the central version is still its
    base; the same version with the same data is a harmless repeat; anything else is recorded as a
    conflict and the central row is kept. Row-level security limits a station login to its own rows.
    """
    if not conn.autocommit:
        raise CentralError("sync needs an autocommit connection (each batch commits on its own)")
    payload = as_payload(batch)
    try:
        return _insert_new(conn, payload)
    except psycopg.errors.UniqueViolation:
        # Something of the batch is there already: its transaction was rolled back; apply it row by row.
        return _apply(conn, payload)


def _insert_new(conn: psycopg.Connection, payload: Payload) -> dict[str, Any]:
    """A batch new to central, in one statement: its own transaction, or a savepoint within a caller's (a
    bundle's import), so that a failure leaves the caller's transaction usable for the fallback."""
    inside = conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
    with conn.transaction() if inside else contextlib.nullcontext():
        counts = conn.execute(
            _INSERT_NEW, (payload.text, payload.batch_id, payload.station_id, payload.batch_id)
        ).fetchone()
    assert counts is not None  # the statement always returns its one row of counts
    rows = int(counts[0])
    return {"batch_id": payload.batch_id, "accepted": rows, "repeats": 0, "conflicts": [], "repeated": False}


def _apply(conn: psycopg.Connection, payload: Payload) -> dict[str, Any]:
    batch_id = payload.batch_id
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (batch_id,))
        done = conn.execute("SELECT result FROM batches WHERE batch_id = %s", (batch_id,)).fetchone()
        if done:
            return {**done[0], "repeated": True}
        counts = conn.execute(_APPLY_DOC, (payload.text,)).fetchone()
        assert counts is not None  # the statement always returns its one row of counts
        rows, accepted, events, stored = (int(v) for v in counts)
        conflicts: list[dict[str, Any]] = []
        if accepted < rows or stored < events:
            # Some rows were repeats or conflicts, or some events were held already: look at them one by one.
            _stage_payload(conn, payload)
            if accepted < rows:
                conflicts = [
                    {
                        "central_id": c[0],
                        "entity": c[1],
                        "id": c[2],
                        "station_version": c[3],
                        "central_version": c[4],
                        "central_data": c[5],
                        "central_station": c[6],
                        "central_station_name": c[7] or "",
                        "central_updated_by": c[8],
                        "central_updated_at": c[9],
                    }
                    for c in conn.execute(_CONFLICTS, (batch_id,)).fetchall()
                ]
            if stored < events:
                _diverged(conn)
        result = {
            "batch_id": batch_id,
            "accepted": accepted,
            "repeats": rows - accepted - len(conflicts),
            "conflicts": conflicts,
        }
        conn.execute(
            "INSERT INTO batches (batch_id, station_id, row_count, result) VALUES (%s, %s, %s, %s)",
            (batch_id, payload.station_id, rows, json.dumps(result)),
        )
    return {**result, "repeated": False}


def quarantine(
    conn: psycopg.Connection, batch: Mapping[str, Any] | Payload, reason: str, *, rows: int = 0
) -> None:
    """Record a refused batch with its reason (idempotent), and keep its audit events if they can be stored."""
    payload = as_payload(batch)
    if not isinstance(batch, Payload):
        rows = len(batch.get("rows", []))
    with conn.transaction():
        conn.execute(
            "INSERT INTO quarantine (batch_id, station_id, reason, row_count) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (batch_id) DO UPDATE SET reason = EXCLUDED.reason",
            (payload.batch_id, payload.station_id, reason[:500], rows),
        )
    try:
        with conn.transaction():
            _stage(conn)
            count = conn.execute(_STAGE_EVENTS, (payload.text,)).rowcount
            if count:
                _events(conn, count)
    except REFUSALS:
        pass


def missing_blobs(conn: psycopg.Connection, station_id: str, hashes: Iterable[str]) -> dict[str, int]:
    """Of ``hashes``, those the server does not hold completely for this station, with the bytes it has of each."""
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return {}
    rows = conn.execute(
        "SELECT h, coalesce(b.complete, false), "
        "(SELECT coalesce(sum(length(c.data)), 0) FROM evidence_chunks c WHERE c.station_id = %s AND c.sha256 = h) "
        "FROM unnest(%s::text[]) AS h LEFT JOIN evidence_blobs b ON b.station_id = %s AND b.sha256 = h",
        (station_id, wanted, station_id),
    ).fetchall()
    return {h: int(have) for h, complete, have in rows if not complete}


def put_blob_chunk(
    conn: psycopg.Connection, *, station_id: str, sha256: str, size: int, offset: int, data: bytes
) -> bool:
    """Store one chunk (resumable); when the last arrives, verify the whole file's hash. Returns completeness."""
    with conn.transaction():
        conn.execute(
            "INSERT INTO evidence_blobs (station_id, sha256, size) VALUES (%s, %s, %s) "
            "ON CONFLICT DO NOTHING",
            (station_id, sha256, size),
        )
        conn.execute(
            'INSERT INTO evidence_chunks (station_id, sha256, "offset", data) VALUES (%s, %s, %s, %s) '
            "ON CONFLICT DO NOTHING",
            (station_id, sha256, offset, data),
        )
        if offset + len(data) < size:
            return False
        h = hashlib.sha256()
        for chunk in blob_chunks(conn, station_id, sha256):
            h.update(chunk)
        ok = h.hexdigest() == sha256
        if ok:
            conn.execute(
                "UPDATE evidence_blobs SET complete = true WHERE station_id = %s AND sha256 = %s",
                (station_id, sha256),
            )
        else:
            conn.execute(
                "DELETE FROM evidence_chunks WHERE station_id = %s AND sha256 = %s", (station_id, sha256)
            )
    if not ok:
        raise CentralError(f"evidence {sha256}: received bytes do not match their hash; chunks discarded")
    return True


def blob_chunks(conn: psycopg.Connection, station_id: str, sha256: str) -> Iterator[bytes]:
    """A stored file's bytes chunk by chunk, one chunk fetched at a time (memory stays at one chunk)."""
    offsets = conn.execute(
        'SELECT "offset" FROM evidence_chunks WHERE station_id = %s AND sha256 = %s ORDER BY "offset"',
        (station_id, sha256),
    ).fetchall()
    for (offset,) in offsets:
        row = conn.execute(
            'SELECT data FROM evidence_chunks WHERE station_id = %s AND sha256 = %s AND "offset" = %s',
            (station_id, sha256, offset),
        ).fetchone()
        if row is not None:
            yield bytes(row[0])


def blob_holder(conn: psycopg.Connection, sha256: str) -> str | None:
    """A station whose complete copy of the file this login may read (None: not uploaded, or not readable)."""
    row = conn.execute(
        "SELECT station_id FROM evidence_blobs WHERE sha256 = %s AND complete ORDER BY station_id LIMIT 1",
        (sha256,),
    ).fetchone()
    return str(row[0]) if row else None
