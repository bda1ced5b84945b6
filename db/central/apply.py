"""Apply station batches to the central database: one transaction each, idempotent, version-checked."""

from __future__ import annotations

import hashlib
import importlib.resources
from collections.abc import Iterable, Mapping
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

CHUNK = 1 << 20


class CentralError(Exception):
    """The central database refused or could not take a batch."""


def ensure_schema(conn: psycopg.Connection) -> None:
    """Create the central tables if they are missing (idempotent)."""
    sql = importlib.resources.files("db.central").joinpath("schema.sql").read_text(encoding="utf-8")
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(4242)")  # two stations creating the schema at once
        conn.execute(sql)


def register_station(conn: psycopg.Connection, *, station_id: str, name: str, bundle_key: str) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO stations (station_id, name, bundle_key) VALUES (%s, %s, %s) "
            "ON CONFLICT (station_id) DO UPDATE SET name = EXCLUDED.name",
            (station_id, name, bundle_key))


def station_key(conn: psycopg.Connection, station_id: str) -> str | None:
    row = conn.execute("SELECT bundle_key FROM stations WHERE station_id = %s", (station_id,)).fetchone()
    return row[0] if row else None


def apply_batch(conn: psycopg.Connection, batch: Mapping[str, Any]) -> dict[str, Any]:
    """Apply one batch ``{batch_id, station_id, rows: [...], events: [...]}``; return its result.

    Each row is ``{entity, id, version, base_version, station_id, updated_at, updated_by, deleted, data}``,
    ``base_version`` being the version the station last sent (0 for a row never sent). A row is accepted
    when the central version is still that base (nobody else changed it meanwhile); the same version with
    the same data is a harmless repeat; anything else is recorded as a conflict and the central row is kept.
    """
    batch_id = batch["batch_id"]
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (batch_id,))
        done = conn.execute("SELECT result FROM batches WHERE batch_id = %s", (batch_id,)).fetchone()
        if done:
            return {**done[0], "repeated": True}
        accepted, conflicts, repeats = 0, [], 0
        for row in batch["rows"]:
            current = conn.execute(
                "SELECT version, data, deleted FROM records WHERE entity = %s AND id = %s FOR UPDATE",
                (row["entity"], row["id"])).fetchone()
            base = int(row.get("base_version") or 0)
            if current is None or current[0] == base:
                conn.execute(
                    "INSERT INTO records (entity, id, version, station_id, updated_at, updated_by, deleted, data) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (entity, id) DO UPDATE SET "
                    "version = EXCLUDED.version, station_id = EXCLUDED.station_id, updated_at = EXCLUDED.updated_at, "
                    "updated_by = EXCLUDED.updated_by, deleted = EXCLUDED.deleted, data = EXCLUDED.data, "
                    "change_seq = nextval('change_seq')",
                    (row["entity"], row["id"], row["version"], row["station_id"], row["updated_at"],
                     row["updated_by"], bool(row.get("deleted")), Jsonb(row.get("data"))))
                accepted += 1
            elif row["version"] == current[0] and current[1] == row.get("data"):
                repeats += 1
            else:
                conn.execute(
                    "INSERT INTO conflicts (batch_id, entity, entity_id, station_id, station_version, "
                    "central_version, station_data, central_data) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    (batch_id, row["entity"], row["id"], row["station_id"], row["version"], current[0],
                     Jsonb(row.get("data")), Jsonb(current[1])))
                conflicts.append({"entity": row["entity"], "id": row["id"], "station_version": row["version"],
                                  "central_version": current[0]})
        for ev in batch.get("events", []):
            conn.execute("INSERT INTO audit_events (station_id, seq, event, hash) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT (station_id, seq) DO NOTHING",
                         (ev["station_id"], ev["seq"], Jsonb(dict(ev)), ev["hash"]))
        result = {"batch_id": batch_id, "accepted": accepted, "repeats": repeats, "conflicts": conflicts}
        conn.execute("INSERT INTO batches (batch_id, station_id, row_count, result) VALUES (%s, %s, %s, %s)",
                     (batch_id, batch["station_id"], len(batch["rows"]), Jsonb(result)))
    return {**result, "repeated": False}


def missing_blobs(conn: psycopg.Connection, hashes: Iterable[str]) -> dict[str, int]:
    """Of ``hashes``, those the server does not hold completely, with the bytes it already has of each."""
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return {}
    have = {r[0]: r[1] for r in conn.execute(
        "SELECT b.sha256, b.complete FROM evidence_blobs b WHERE b.sha256 = ANY(%s)", (wanted,))}
    out = {}
    for h in wanted:
        if have.get(h) is True:
            continue
        got = conn.execute("SELECT coalesce(sum(length(data)), 0) FROM evidence_chunks WHERE sha256 = %s",
                           (h,)).fetchone()[0]
        out[h] = int(got)
    return out


def put_blob_chunk(conn: psycopg.Connection, *, sha256: str, size: int, offset: int, data: bytes) -> bool:
    """Store one chunk (resumable); when the last arrives, verify the whole file's hash. Returns completeness."""
    with conn.transaction():
        conn.execute("INSERT INTO evidence_blobs (sha256, size) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                     (sha256, size))
        conn.execute('INSERT INTO evidence_chunks (sha256, "offset", data) VALUES (%s, %s, %s) '
                     "ON CONFLICT DO NOTHING", (sha256, offset, data))
        have = conn.execute("SELECT coalesce(sum(length(data)), 0) FROM evidence_chunks WHERE sha256 = %s",
                            (sha256,)).fetchone()[0]
        if have < size:
            return False
        h = hashlib.sha256()
        for (chunk,) in conn.execute('SELECT data FROM evidence_chunks WHERE sha256 = %s ORDER BY "offset"',
                                     (sha256,)):
            h.update(chunk)
        if h.hexdigest() != sha256:
            conn.execute("DELETE FROM evidence_chunks WHERE sha256 = %s", (sha256,))
            raise CentralError(f"evidence {sha256}: received bytes do not match their hash; chunks discarded")
        conn.execute("UPDATE evidence_blobs SET complete = true WHERE sha256 = %s", (sha256,))
        return True
