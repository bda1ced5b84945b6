"""Freezing the outbox into batches (payload fixed once, events spread over them) and their local bookkeeping."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Frozen:
    """A batch as frozen: its id, how many rows it carries and the payload text that is sent (and signed)."""

    batch_id: str
    row_count: int
    payload: str


class _Taken(Exception):
    """Another program froze some of these outbox entries meanwhile (two pushes at once): stop freezing."""


def freeze_batches(session: Session, *, max_rows: int | None = None) -> int:
    """Turn pending outbox entries into frozen batches (payload fixed now); returns how many were made."""
    return sum(len(chunk) for chunk in freeze_chunks(session, max_rows=max_rows))


def freeze_chunks(
    session: Session, *, max_rows: int | None = None, per_commit: int = 4
) -> Iterator[list[Frozen]]:
    """Freeze the pending outbox entries a few batches per station transaction, yielding each committed chunk.

    A push sends the first batches while the next are being frozen. Each chunk is committed whole (its batches,
    their outbox entries and the rows' frozen versions together), so a crash leaves whole frozen batches and
    untouched entries, never a half. Rows and audit events are turned into JSON by SQLite itself, and the
    events pending now are spread evenly over the batches (the first batch does not carry the whole history).
    """
    session.require(Action.SYNC_RUN)
    max_rows = max_rows or BATCH_ROWS
    db = session.db
    station_id = session.station.station_id
    pending = db.conn.execute(
        "SELECT seq, entity, entity_id, version FROM outbox WHERE batch_id IS NULL ORDER BY seq"
    ).fetchall()
    if not pending:
        return
    groups: list[dict[tuple[str, str], int]] = [{}]  # per batch: row key -> highest queued version
    seqs: list[list[int]] = [[]]
    for seq, entity, entity_id, version in pending:
        key = (entity, entity_id)
        if key not in groups[-1] and len(groups[-1]) >= max_rows:
            groups.append({})
            seqs.append([])
        groups[-1][key] = max(groups[-1].get(key, 0), version)
        seqs[-1].append(seq)
    last_event = int(db.meta_get("sync_events_frozen") or 0)
    cols = db.columns("audit_events")
    events = db.conn.execute(
        f"SELECT seq, {_json_object(cols)} FROM audit_events WHERE seq > ? ORDER BY seq", (last_event,)
    ).fetchall()
    bases: dict[tuple[str, str], int] = {}  # versions frozen in this run (the rest are read when needed)
    frozen_now: set[tuple[str, str]] = set()  # a row queued in two batches: the second's base is the first's
    user = session.user.username
    expected_event = last_event

    def base(key: tuple[str, str]) -> int:
        if key not in bases:
            bases[key] = int(
                db.scalar("SELECT frozen_version FROM sync_state WHERE entity = ? AND entity_id = ?", key)
                or 0
            )
        return bases[key]

    # The first chunk is a single batch, so that sending starts at once.
    starts = [0, *range(1, len(groups), per_commit)] if len(groups) > 1 else [0]
    for first, stop in zip(starts, [*starts[1:], len(groups)], strict=True):
        out: list[Frozen] = []
        try:
            with db.write():
                if int(db.meta_get("sync_events_frozen") or 0) != expected_event:
                    raise _Taken  # another push froze events meanwhile
                keys = {k for g in groups[first:stop] for k in g}
                rows = _current_rows(db, station_id, keys)
                # A setting's version is how often it was written (settings rows carry none of their own).
                setting_versions = (
                    dict(
                        db.conn.execute(
                            "SELECT entity_id, count(*) FROM audit_events WHERE entity = 'settings' "
                            "GROUP BY entity_id"
                        ).fetchall()
                    )
                    if any(entity == "settings" for entity, _ in keys)
                    else {}
                )
                now = clock.iso()
                next_seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM sync_batches"))
                frozen: list[tuple[str, str, int]] = []
                for n in range(first, stop):
                    group, group_seqs = groups[n], seqs[n]
                    batch_id = new_id()
                    texts = []
                    for key, queued in group.items():
                        entity, entity_id = key
                        found = rows.get(key)
                        if found is not None and entity != "settings" and key not in frozen_now:
                            # The usual case: SQLite wrote the row's whole entry, its base the version last frozen.
                            version = found[0]
                            texts.append(found[4])
                        else:
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
                                    "base_version": base(key),
                                    "station_id": station_id,
                                    "deleted": found is None,
                                    "updated_at": found[1] if found else now,
                                    "updated_by": found[2] if found else user,
                                },
                                ensure_ascii=False,
                            )
                            texts.append(f'{head[:-1]}, "data": {_data_of(found) if found else "null"}}}')
                        bases[key] = version
                        frozen_now.add(key)
                        frozen.append((entity, entity_id, version))
                    share = events[len(events) * n // len(groups) : len(events) * (n + 1) // len(groups)]
                    payload = (
                        f'{{"batch_id": {json.dumps(batch_id)}, "station_id": {json.dumps(station_id)}, '
                        f'"created_at": {json.dumps(now)}, "rows": [{", ".join(texts)}], '
                        f'"events": [{", ".join(e[1] for e in share)}]}}'
                    )
                    db.execute(
                        "INSERT INTO sync_batches (batch_id, seq, payload, row_count, created_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (batch_id, next_seq + n - first, payload, len(texts), now),
                    )
                    # A batch takes a contiguous run of the pending entries (they were split in order); if some
                    # were frozen by another push meanwhile, this chunk is rolled back and freezing stops.
                    taken = db.conn.execute(
                        "UPDATE outbox SET batch_id = ? WHERE batch_id IS NULL AND seq BETWEEN ? AND ?",
                        (batch_id, group_seqs[0], group_seqs[-1]),
                    ).rowcount
                    if taken != len(group_seqs):
                        raise _Taken
                    if share:
                        db.meta_set("sync_events_frozen", str(share[-1][0]))
                        expected_event = share[-1][0]
                    out.append(Frozen(batch_id, len(texts), payload))
                db.conn.executemany(
                    "INSERT INTO sync_state (entity, entity_id, frozen_version) VALUES (?, ?, ?) "
                    "ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version",
                    frozen,
                )
        except _Taken:
            return
        yield out


def frozen_then_new(session: Session) -> Iterator[list[Frozen]]:
    """The batches frozen earlier and not yet sent (in order), then the pending entries frozen chunk by chunk."""
    earlier = [Frozen(b["batch_id"], b["row_count"], b["payload"]) for b in unsent_batches(session.station)]
    if earlier:
        yield earlier
    yield from freeze_chunks(session)


def expected_batches(station: Station) -> int:
    """How many batches a push will send (for its progress bar): the unsent ones and those still to freeze."""
    frozen = int(
        station.db.scalar(
            "SELECT count(*) FROM sync_batches WHERE sent_at IS NULL AND quarantined_at IS NULL"
        )
    )
    rows = int(
        station.db.scalar(
            "SELECT count(*) FROM (SELECT DISTINCT entity, entity_id FROM outbox WHERE batch_id IS NULL)"
        )
    )
    return frozen + -(-rows // BATCH_ROWS)


def _json_object(columns: list[str], prefix: str = "") -> str:
    """SQLite's own JSON of a row (its columns checked as identifiers by the database layer)."""
    return "json_object(" + ", ".join(f"'{c}', {prefix}[{c}]" for c in columns) + ")"


def _current_rows(
    db: Any, station_id: str, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], tuple[int, str, str, str | None, str]]:
    """Each row as it is now: (version, updated_at, updated_by, row as JSON, the whole batch entry as JSON).

    The batch entry (head and data) is written by SQLite itself, its base being the version last frozen; the
    rare rows built in Python instead (settings, deletions, a row queued twice) use the first four parts.
    """
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    out: dict[tuple[str, str], tuple[int, str, str, str | None, str]] = {}
    for entity, ids in by_entity.items():
        if entity == "settings":
            sql = (
                "SELECT key, 1, updated_at, updated_by, json_object('key', key, 'value', value, "
                "'updated_at', updated_at, 'updated_by', updated_by), '' FROM settings WHERE key IN ({})"
            )
            params: tuple[Any, ...] = ()
        else:
            data = _json_object(db.columns(entity), prefix="t.")
            entry = (
                "json_object('entity', ?1, 'id', t.id, 'local_id', t.id, 'version', t.version, "
                "'base_version', coalesce(s.frozen_version, 0), 'station_id', ?2, 'deleted', json('false'), "
                f"'updated_at', t.updated_at, 'updated_by', t.updated_by, 'data', {data})"
            )
            sql = (
                f"SELECT t.id, t.version, t.updated_at, t.updated_by, NULL, {entry} FROM [{entity}] t "
                "LEFT JOIN sync_state s ON s.entity = ?1 AND s.entity_id = t.id WHERE t.id IN ({})"
            )
            params = (entity, station_id)
        for i in range(0, len(ids), _IN_CHUNK):
            part = ids[i : i + _IN_CHUNK]
            marks = ",".join(f"?{n + len(params) + 1}" for n in range(len(part)))
            for key, version, updated_at, updated_by, data_json, entry_json in db.conn.execute(
                sql.format(marks), (*params, *part)
            ):
                out[(entity, key)] = (version, updated_at, updated_by, data_json, entry_json)
    return out


def _data_of(found: tuple[int, str, str, str | None, str]) -> str:
    """A row's data as JSON: SQLite wrote it either alone or inside the row's batch entry."""
    if found[3] is not None:
        return found[3]
    return json.dumps(json.loads(found[4])["data"], ensure_ascii=False)


def unsent_batches(station: Station) -> list[dict[str, Any]]:
    """Frozen batches not yet acknowledged by the central database and not set aside, in order."""
    return station.db.query(
        "SELECT * FROM sync_batches WHERE sent_at IS NULL AND quarantined_at IS NULL ORDER BY seq"
    )


def mark_sent(station: Station, done: list[tuple[str, dict[str, Any]]]) -> None:
    """After their central transactions committed: the batches and their outbox entries are done."""
    now = clock.iso()
    # Not waiting for the disk: a lost acknowledgement only makes the next push re-send the batch, and the
    # central database answers a repeat from its stored result.
    with station.db.write(durable=False):
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


def last_sent(station: Station) -> str | None:
    """When the central database last acknowledged a batch (None: never)."""
    value = station.db.scalar("SELECT max(sent_at) FROM sync_batches")
    return str(value) if value else None


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
