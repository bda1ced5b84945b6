"""Freezing the outbox into batches (payload fixed once, events spread over them) and their local bookkeeping."""

from __future__ import annotations

import json
from typing import Any

from inspector import clock
from inspector.ids import new_id
from inspector.permissions import Action
from inspector.station import Session, Station

BATCH_ROWS = 1000
_IN_CHUNK = 500


def central_id(station_id: str, entity: str, entity_id: str) -> str:
    """The id a row has centrally: settings are keyed by name, so they are scoped to their station."""
    return f"{station_id}/{entity_id}" if entity == "settings" else entity_id


def freeze_batches(session: Session, *, max_rows: int = BATCH_ROWS) -> int:
    """Turn pending outbox entries into frozen batches (payload fixed now); returns how many were made.

    Rows and audit events are turned into JSON by SQLite itself and spliced into each batch's payload, and
    the events are spread evenly over the batches (the first batch does not carry the whole history).
    """
    session.require(Action.SYNC_RUN)
    db = session.db
    station_id = session.station.station_id
    with db.write():
        pending = db.conn.execute(
            "SELECT seq, entity, entity_id, version FROM outbox WHERE batch_id IS NULL ORDER BY seq"
        ).fetchall()
        if not pending:
            return 0
        groups: list[dict[tuple[str, str], int]] = [{}]  # per batch: row key -> highest queued version
        seqs: list[list[int]] = [[]]
        for seq, entity, entity_id, version in pending:
            key = (entity, entity_id)
            if key not in groups[-1] and len(groups[-1]) >= max_rows:
                groups.append({})
                seqs.append([])
            groups[-1][key] = max(groups[-1].get(key, 0), version)
            seqs[-1].append(seq)
        rows = _current_rows(db, {k for g in groups for k in g})
        bases = dict(
            ((e, i), v)
            for e, i, v in db.conn.execute("SELECT entity, entity_id, frozen_version FROM sync_state")
        )
        setting_versions = dict(
            db.conn.execute(
                "SELECT entity_id, count(*) FROM audit_events WHERE entity = 'settings' GROUP BY entity_id"
            ).fetchall()
        )
        last_event = int(db.meta_get("sync_events_frozen") or 0)
        cols = db.columns("audit_events")
        events = db.conn.execute(
            f"SELECT seq, {_json_object(cols)} FROM audit_events WHERE seq > ? ORDER BY seq", (last_event,)
        ).fetchall()
        now = clock.iso()
        user = session.user.username
        next_seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM sync_batches"))
        frozen: list[tuple[str, str, int]] = []
        for n, (group, group_seqs) in enumerate(zip(groups, seqs, strict=True)):
            batch_id = new_id()
            texts = []
            for (entity, entity_id), queued in group.items():
                found = rows.get((entity, entity_id))
                if entity == "settings":
                    version = setting_versions.get(entity_id, 1)
                elif found is not None:
                    version = found[0]
                else:
                    version = queued
                head = json.dumps(
                    {
                        "entity": entity,
                        "id": central_id(station_id, entity, entity_id),
                        "local_id": entity_id,
                        "version": version,
                        "base_version": int(bases.get((entity, entity_id)) or 0),
                        "station_id": station_id,
                        "deleted": found is None,
                        "updated_at": found[1] if found else now,
                        "updated_by": found[2] if found else user,
                    },
                    ensure_ascii=False,
                )
                texts.append(f'{head[:-1]}, "data": {found[3] if found else "null"}}}')
                bases[(entity, entity_id)] = version
                frozen.append((entity, entity_id, version))
            share = events[len(events) * n // len(groups) : len(events) * (n + 1) // len(groups)]
            payload = (
                f'{{"batch_id": {json.dumps(batch_id)}, "station_id": {json.dumps(station_id)}, '
                f'"created_at": {json.dumps(now)}, "rows": [{", ".join(texts)}], '
                f'"events": [{", ".join(e[1] for e in share)}]}}'
            )
            db.execute(
                "INSERT INTO sync_batches (batch_id, seq, payload, row_count, created_at) VALUES (?, ?, ?, ?, ?)",
                (batch_id, next_seq + n, payload, len(texts), now),
            )
            # A batch takes a contiguous run of the pending entries (they were split in order).
            db.execute(
                "UPDATE outbox SET batch_id = ? WHERE batch_id IS NULL AND seq BETWEEN ? AND ?",
                (batch_id, group_seqs[0], group_seqs[-1]),
            )
        db.conn.executemany(
            "INSERT INTO sync_state (entity, entity_id, frozen_version) VALUES (?, ?, ?) "
            "ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version",
            frozen,
        )
        if events:
            db.meta_set("sync_events_frozen", str(events[-1][0]))
    return len(groups)


def _json_object(columns: list[str]) -> str:
    """SQLite's own JSON of a row (its columns checked as identifiers by the database layer)."""
    return "json_object(" + ", ".join(f"'{c}', [{c}]" for c in columns) + ")"


def _current_rows(db: Any, keys: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, str, str, str]]:
    """(version, updated_at, updated_by, row as JSON) of each row as it is now, by table in chunks."""
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    out: dict[tuple[str, str], tuple[int, str, str, str]] = {}
    for entity, ids in by_entity.items():
        if entity == "settings":
            sql = (
                "SELECT key, 1, updated_at, updated_by, json_object('key', key, 'value', value, "
                "'updated_at', updated_at, 'updated_by', updated_by) FROM settings WHERE key IN ({})"
            )
        else:
            cols = db.columns(entity)
            sql = (
                f"SELECT id, version, updated_at, updated_by, "
                f"{_json_object(cols)} FROM [{entity}] WHERE id IN ({{}})"
            )
        for i in range(0, len(ids), _IN_CHUNK):
            part = ids[i : i + _IN_CHUNK]
            for key, version, updated_at, updated_by, data in db.conn.execute(
                sql.format(",".join("?" * len(part))), part
            ):
                out[(entity, key)] = (version, updated_at, updated_by, data)
    return out


def unsent_batches(station: Station) -> list[dict[str, Any]]:
    """Frozen batches not yet acknowledged by the central database and not set aside, in order."""
    return station.db.query(
        "SELECT * FROM sync_batches WHERE sent_at IS NULL AND quarantined_at IS NULL ORDER BY seq"
    )


def mark_sent(station: Station, done: list[tuple[str, dict[str, Any]]]) -> None:
    """After their central transactions committed: the batches and their outbox entries are done."""
    now = clock.iso()
    with station.db.write():
        for batch_id, result in done:
            station.db.execute(
                "UPDATE sync_batches SET sent_at = ?, result = ? WHERE batch_id = ?",
                (now, json.dumps(result, ensure_ascii=False), batch_id),
            )
            station.db.execute("UPDATE outbox SET sent_at = ? WHERE batch_id = ?", (now, batch_id))
            for c in result.get("conflicts", []):
                _record_conflict(station, c, batch_id)


def _record_conflict(station: Station, c: dict[str, Any], batch_id: str) -> None:
    payload = json.loads(
        station.db.scalar("SELECT payload FROM sync_batches WHERE batch_id = ?", (batch_id,))
    )
    row = next((r for r in payload["rows"] if r["entity"] == c["entity"] and r["id"] == c["id"]), None)
    station.db.execute(
        "INSERT OR IGNORE INTO sync_conflicts (central_id, entity, entity_id, station_version, central_version, "
        "station_data, central_data, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            c["central_id"],
            c["entity"],
            row["local_id"] if row else c["id"],
            c["station_version"],
            c["central_version"],
            json.dumps(row["data"] if row else None, ensure_ascii=False, default=str),
            json.dumps(c.get("central_data"), ensure_ascii=False, default=str),
            clock.iso(),
        ),
    )


def mark_quarantined(station: Station, batch_id: str, reason: str) -> None:
    """The central database refused the batch: set it aside with the reason; its rows' base goes back."""
    payload = json.loads(
        station.db.scalar("SELECT payload FROM sync_batches WHERE batch_id = ?", (batch_id,))
    )
    with station.db.write():
        station.db.execute(
            "UPDATE sync_batches SET quarantined_at = ?, error = ? WHERE batch_id = ?",
            (clock.iso(), reason[:500], batch_id),
        )
        station.db.conn.executemany(
            "UPDATE sync_state SET frozen_version = ? WHERE entity = ? AND entity_id = ? AND frozen_version = ?",
            [
                (r["base_version"], r["entity"], r.get("local_id", r["id"]), r["version"])
                for r in payload["rows"]
            ],
        )


def quarantined(station: Station) -> list[dict[str, Any]]:
    return station.db.query(
        "SELECT batch_id, row_count, quarantined_at, error FROM sync_batches "
        "WHERE quarantined_at IS NOT NULL ORDER BY seq"
    )


def pending_by_kind(station: Station) -> dict[str, int]:
    """Rows waiting to be sent, by table."""
    return {
        r["entity"]: r["n"]
        for r in station.db.query(
            "SELECT entity, count(DISTINCT entity_id) AS n FROM outbox WHERE sent_at IS NULL GROUP BY entity "
            "ORDER BY entity"
        )
    }
