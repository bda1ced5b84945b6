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
    """Turn pending outbox entries into frozen batches (payload fixed now); returns how many were made."""
    session.require(Action.SYNC_RUN)
    db = session.db
    station_id = session.station.station_id
    with db.write():
        pending = db.query("SELECT seq, entity, entity_id, version FROM outbox WHERE batch_id IS NULL ORDER BY seq")
        if not pending:
            return 0
        groups: list[dict[tuple[str, str], int]] = [{}]   # per batch: row key -> highest queued version
        seqs: list[list[int]] = [[]]
        for entry in pending:
            key = (entry["entity"], entry["entity_id"])
            if key not in groups[-1] and len(groups[-1]) >= max_rows:
                groups.append({})
                seqs.append([])
            groups[-1][key] = max(groups[-1].get(key, 0), entry["version"])
            seqs[-1].append(entry["seq"])
        rows = _current_rows(db, {k for g in groups for k in g})
        bases = {(r["entity"], r["entity_id"]): r["frozen_version"]
                 for r in db.query("SELECT entity, entity_id, frozen_version FROM sync_state")}
        setting_versions = {r["entity_id"]: r["n"] for r in db.query(
            "SELECT entity_id, count(*) AS n FROM audit_events WHERE entity = 'settings' GROUP BY entity_id")}
        last_event = int(db.meta_get("sync_events_frozen") or 0)
        events = db.query("SELECT * FROM audit_events WHERE seq > ? ORDER BY seq", (last_event,))
        now = clock.iso()
        next_seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM sync_batches"))
        frozen: list[tuple[str, str, int]] = []
        for n, (group, group_seqs) in enumerate(zip(groups, seqs, strict=True)):
            batch_id = new_id()
            payload_rows = []
            for (entity, entity_id), queued in group.items():
                data = rows.get((entity, entity_id))
                if entity == "settings":
                    version = setting_versions.get(entity_id, 1)
                elif data is not None:
                    version = data["version"]
                else:
                    version = queued
                payload_rows.append({
                    "entity": entity, "id": central_id(station_id, entity, entity_id), "local_id": entity_id,
                    "version": version, "base_version": int(bases.get((entity, entity_id)) or 0),
                    "station_id": station_id, "deleted": data is None, "data": data,
                    "updated_at": (data or {}).get("updated_at") or now,
                    "updated_by": (data or {}).get("updated_by") or session.user.username})
                bases[(entity, entity_id)] = version
                frozen.append((entity, entity_id, version))
            share = events[len(events) * n // len(groups): len(events) * (n + 1) // len(groups)]
            payload = {"batch_id": batch_id, "station_id": station_id, "rows": payload_rows, "events": share,
                       "created_at": now}
            db.execute("INSERT INTO sync_batches (batch_id, seq, payload, row_count, created_at) VALUES (?, ?, ?, ?, ?)",
                       (batch_id, next_seq + n, json.dumps(payload, ensure_ascii=False, default=str),
                        len(payload_rows), now))
            for i in range(0, len(group_seqs), _IN_CHUNK):
                part = group_seqs[i:i + _IN_CHUNK]
                db.execute(f"UPDATE outbox SET batch_id = ? WHERE seq IN ({','.join('?' * len(part))})",
                           (batch_id, *part))
        db.conn.executemany(
            "INSERT INTO sync_state (entity, entity_id, frozen_version) VALUES (?, ?, ?) "
            "ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version", frozen)
        if events:
            db.meta_set("sync_events_frozen", str(events[-1]["seq"]))
    return len(groups)


def _current_rows(db: Any, keys: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any] | None]:
    """The rows as they are now, fetched table by table in chunks (settings by key)."""
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    out: dict[tuple[str, str], dict[str, Any] | None] = {}
    for entity, ids in by_entity.items():
        column = "key" if entity == "settings" else "id"
        table = "settings" if entity == "settings" else entity
        cols = "key, value, updated_at, updated_by" if entity == "settings" else "*"
        for i in range(0, len(ids), _IN_CHUNK):
            part = ids[i:i + _IN_CHUNK]
            for r in db.query(f"SELECT {cols} FROM [{table}] WHERE [{column}] IN ({','.join('?' * len(part))})",
                              part):
                out[(entity, r[column])] = r
    return out


def unsent_batches(station: Station) -> list[dict[str, Any]]:
    """Frozen batches not yet acknowledged by the central database and not set aside, in order."""
    return station.db.query(
        "SELECT * FROM sync_batches WHERE sent_at IS NULL AND quarantined_at IS NULL ORDER BY seq")


def mark_sent(station: Station, batch_id: str, result: dict[str, Any]) -> None:
    """After the central transaction committed: the batch and its outbox entries are done."""
    now = clock.iso()
    with station.db.write():
        station.db.execute("UPDATE sync_batches SET sent_at = ?, result = ? WHERE batch_id = ?",
                           (now, json.dumps(result, ensure_ascii=False), batch_id))
        station.db.execute("UPDATE outbox SET sent_at = ? WHERE batch_id = ?", (now, batch_id))
        for c in result.get("conflicts", []):
            _record_conflict(station, c, batch_id)


def _record_conflict(station: Station, c: dict[str, Any], batch_id: str) -> None:
    payload = json.loads(station.db.scalar("SELECT payload FROM sync_batches WHERE batch_id = ?", (batch_id,)))
    row = next((r for r in payload["rows"] if r["entity"] == c["entity"] and r["id"] == c["id"]), None)
    station.db.execute(
        "INSERT OR IGNORE INTO sync_conflicts (central_id, entity, entity_id, station_version, central_version, "
        "station_data, central_data, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (c["central_id"], c["entity"], row["local_id"] if row else c["id"], c["station_version"],
         c["central_version"], json.dumps(row["data"] if row else None, ensure_ascii=False, default=str),
         json.dumps(c.get("central_data"), ensure_ascii=False, default=str), clock.iso()))


def mark_quarantined(station: Station, batch_id: str, reason: str) -> None:
    """The central database refused the batch: set it aside with the reason; its rows' base goes back."""
    payload = json.loads(station.db.scalar("SELECT payload FROM sync_batches WHERE batch_id = ?", (batch_id,)))
    with station.db.write():
        station.db.execute("UPDATE sync_batches SET quarantined_at = ?, error = ? WHERE batch_id = ?",
                           (clock.iso(), reason[:500], batch_id))
        station.db.conn.executemany(
            "UPDATE sync_state SET frozen_version = ? WHERE entity = ? AND entity_id = ? AND frozen_version = ?",
            [(r["base_version"], r["entity"], r.get("local_id", r["id"]), r["version"]) for r in payload["rows"]])


def quarantined(station: Station) -> list[dict[str, Any]]:
    return station.db.query("SELECT batch_id, row_count, quarantined_at, error FROM sync_batches "
                            "WHERE quarantined_at IS NOT NULL ORDER BY seq")


def pending_by_kind(station: Station) -> dict[str, int]:
    """Rows waiting to be sent, by table."""
    return {r["entity"]: r["n"] for r in station.db.query(
        "SELECT entity, count(DISTINCT entity_id) AS n FROM outbox WHERE sent_at IS NULL GROUP BY entity "
        "ORDER BY entity")}
