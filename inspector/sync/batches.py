"""Freezing the outbox into batches (payload fixed once, events spread over them) and their local bookkeeping."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from inspector import clock
from inspector.ids import new_id
from inspector.permissions import Action
from inspector.station import Session, Station

BATCH_ROWS = 1000


def central_id(station_id: str, entity: str, entity_id: str) -> str:
    """The id a row has centrally: settings are keyed by name, so they are scoped to their station."""
    return f"{station_id}/{entity_id}" if entity == "settings" else entity_id


@dataclass(frozen=True)
class Frozen:
    """A batch as frozen: its id, how many rows it carries and the payload text that is sent (and signed);
    ``evidence``, when known from freezing, the hashes of the photo files its rows refer to (None: read them
    from the payload)."""

    batch_id: str
    row_count: int
    payload: str
    evidence: tuple[str, ...] | None = None


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
    untouched entries, never a half. A batch takes a run of up to ``max_rows`` pending entries; SQLite itself
    writes its rows and audit events as JSON, and the events pending now are spread evenly over the batches
    (the first batch does not carry the whole history). A row queued twice in one run travels in both
    batches, the second declaring the first's version as its base.
    """
    session.require(Action.SYNC_RUN)
    max_rows = max_rows or BATCH_ROWS
    db = session.db
    station_id = session.station.station_id
    # Only the numbers, from the index alone: the first batch is frozen (and sent) without reading every
    # pending entry or event first.
    pending = [
        seq for (seq,) in db.conn.execute("SELECT seq FROM outbox WHERE batch_id IS NULL ORDER BY seq")
    ]
    if not pending:
        return
    runs = [pending[i : i + max_rows] for i in range(0, len(pending), max_rows)]
    last_event = int(db.meta_get("sync_events_frozen") or 0)
    # Events are numbered one after another (a gap is a broken chain, which the check reports): they are shared
    # out by number, from the one after the last frozen to the newest now.
    newest_event = int(db.scalar("SELECT coalesce(max(seq), 0) FROM audit_events"))
    events_waiting = max(newest_event - last_event, 0)
    event_sql = f"SELECT group_concat({_json_object(db.columns('audit_events'))}, ', ') FROM audit_events "
    event_sql += "WHERE seq BETWEEN ? AND ?"
    context = _Context(db, station_id, session.user.username)
    expected_event = last_event

    # Chunks grow 1, 2, 4 … up to ``per_commit`` batches: sending starts with the first batch, and the sender
    # does not wait long for the next chunk while the queue fills.
    starts, size = [0], 1
    while starts[-1] + size < len(runs):
        starts.append(starts[-1] + size)
        size = min(size * 2, per_commit)
    for first, stop in zip(starts, [*starts[1:], len(runs)], strict=True):
        out: list[Frozen] = []
        try:
            with db.write():
                if int(db.meta_get("sync_events_frozen") or 0) != expected_event:
                    raise _Taken  # another push froze events meanwhile
                context.now = clock.iso()
                next_seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM sync_batches"))
                for n in range(first, stop):
                    run = runs[n]
                    batch_id = new_id()
                    # A batch takes a contiguous run of the pending entries; if some were frozen by another push
                    # meanwhile, this chunk is rolled back and freezing stops.
                    taken = db.conn.execute(
                        "UPDATE outbox SET batch_id = ? WHERE batch_id IS NULL AND seq BETWEEN ? AND ?",
                        (batch_id, run[0], run[-1]),
                    ).rowcount
                    if taken != len(run):
                        raise _Taken
                    # Rows go in the order they were first queued (a party before the case that names it), so
                    # that central numbers them, and other stations pull them, parents first.
                    tables = [
                        t
                        for (t,) in db.conn.execute(
                            "SELECT DISTINCT entity FROM outbox WHERE batch_id = ?", (batch_id,)
                        )
                    ]
                    entries = sorted(
                        (e for table in tables for e in context.entries(batch_id, table)), key=itemgetter(0)
                    )
                    texts = [text for _, text in entries]
                    count = len(texts)
                    share = (
                        last_event + events_waiting * n // len(runs) + 1,
                        last_event + events_waiting * (n + 1) // len(runs),
                    )
                    shared = share[0] <= share[1]
                    events = db.conn.execute(event_sql, share).fetchone()[0] if shared else ""
                    payload = (
                        f'{{"batch_id": {json.dumps(batch_id)}, "station_id": {json.dumps(station_id)}, '
                        f'"created_at": {json.dumps(context.now)}, "rows": [{", ".join(texts)}], '
                        f'"events": [{events or ""}]}}'
                    )
                    db.execute(
                        "INSERT INTO sync_batches (batch_id, seq, row_count, created_at) VALUES (?, ?, ?, ?)",
                        (batch_id, next_seq + n - first, count, context.now),
                    )
                    db.execute(
                        "INSERT INTO sync_payloads (batch_id, payload) VALUES (?, ?)", (batch_id, payload)
                    )
                    if shared:
                        db.meta_set("sync_events_frozen", str(share[1]))
                        expected_event = share[1]
                    out.append(Frozen(batch_id, count, payload, context.evidence(batch_id, tables)))
        except _Taken:
            return
        yield out


class _Context:
    """What freezing one batch's rows of one table needs: the station, and the queries SQLite runs for it."""

    def __init__(self, db: Any, station_id: str, user: str) -> None:
        self.db = db
        self.station_id = station_id
        self.user = user
        self.now = clock.iso()

    def entries(self, batch_id: str, entity: str) -> list[tuple[int, str]]:
        """The batch's rows of ``entity`` as JSON entries, each with the outbox number it was first queued under;
        their versions are recorded as frozen, so a later batch in the same run declares them as its base."""
        if entity == "settings":
            return self._settings(batch_id)
        db = self.db
        data = _json_object(db.columns(entity), prefix="t.")
        # The usual case: SQLite writes each row's whole entry, its base the version last frozen. (Its central id is
        # its own, so the entry carries no separate ``local_id``: every byte here is parsed again centrally.)
        out: list[tuple[int, str]] = db.conn.execute(
            f"SELECT min(o.seq), json_object('id', t.id, 'data', {data}, 'entity', ?1, 'deleted', json('false'), "
            "'version', t.version, 'station_id', ?2, 'updated_at', t.updated_at, 'updated_by', t.updated_by, "
            f"'base_version', coalesce(s.frozen_version, 0)) FROM outbox o JOIN [{entity}] t ON t.id = o.entity_id "
            "LEFT JOIN sync_state s ON s.entity = ?1 AND s.entity_id = t.id "
            "WHERE o.batch_id = ?3 AND o.entity = ?1 GROUP BY t.id",
            (entity, self.station_id, batch_id),
        ).fetchall()
        db.execute(
            "INSERT INTO sync_state (entity, entity_id, frozen_version) SELECT ?1, t.id, t.version "
            f"FROM outbox o JOIN [{entity}] t ON t.id = o.entity_id WHERE o.batch_id = ?2 AND o.entity = ?1 "
            "GROUP BY t.id ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version",
            (entity, batch_id),
        )
        # Rows deleted since they were queued travel as deletions at the version last queued.
        gone = db.conn.execute(
            f"SELECT min(o.seq), o.entity_id, max(o.version) FROM outbox o WHERE o.batch_id = ?1 AND o.entity = ?2 "
            f"AND NOT EXISTS (SELECT 1 FROM [{entity}] t WHERE t.id = o.entity_id) GROUP BY o.entity_id",
            (batch_id, entity),
        ).fetchall()
        out += [(seq, self._entry(entity, entity_id, version, None)) for seq, entity_id, version in gone]
        return out

    def evidence(self, batch_id: str, tables: list[str]) -> tuple[str, ...]:
        """The files the batch's photo rows refer to, as its payload carries them (the same transaction)."""
        if "evidence" not in tables:
            return ()
        return tuple(
            sha
            for (sha,) in self.db.conn.execute(
                "SELECT DISTINCT t.sha256 FROM outbox o JOIN evidence t ON t.id = o.entity_id "
                "WHERE o.batch_id = ? AND o.entity = 'evidence'",
                (batch_id,),
            )
        )

    def _settings(self, batch_id: str) -> list[tuple[int, str]]:
        db = self.db
        # A setting's version is how often it was written (settings rows carry none of their own).
        rows = db.conn.execute(
            "SELECT min(o.seq), o.entity_id, s.value, s.updated_at, s.updated_by, "
            "(SELECT count(*) FROM audit_events a WHERE a.entity = 'settings' AND a.entity_id = o.entity_id), "
            "max(o.version), s.key IS NOT NULL FROM outbox o LEFT JOIN settings s ON s.key = o.entity_id "
            "WHERE o.batch_id = ? AND o.entity = 'settings' GROUP BY o.entity_id",
            (batch_id,),
        ).fetchall()
        out = []
        for seq, key, value, updated_at, updated_by, written, queued, present in rows:
            found = {"key": key, "value": value, "updated_at": updated_at, "updated_by": updated_by}
            version = (written or 1) if present else queued
            out.append((seq, self._entry("settings", key, version, found if present else None)))
        return out

    def _entry(self, entity: str, entity_id: str, version: int, row: dict[str, Any] | None) -> str:
        """A row's entry built here (settings and deletions); its version is recorded as frozen."""
        base = int(
            self.db.scalar(
                "SELECT frozen_version FROM sync_state WHERE entity = ? AND entity_id = ?",
                (entity, entity_id),
            )
            or 0
        )
        self.db.execute(
            "INSERT INTO sync_state (entity, entity_id, frozen_version) VALUES (?, ?, ?) "
            "ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version",
            (entity, entity_id, version),
        )
        entry_id = central_id(self.station_id, entity, entity_id)
        return json.dumps(
            {
                "entity": entity,
                "id": entry_id,
                **({"local_id": entity_id} if entry_id != entity_id else {}),  # settings: the station's key
                "version": version,
                "base_version": base,
                "station_id": self.station_id,
                "deleted": row is None,
                "updated_at": row["updated_at"] if row else self.now,
                "updated_by": row["updated_by"] if row else self.user,
                "data": row,
            },
            ensure_ascii=False,
            default=str,
        )


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
    rows = int(station.db.scalar("SELECT count(*) FROM outbox WHERE batch_id IS NULL"))
    return frozen + -(-rows // BATCH_ROWS)


def _json_object(columns: list[str], prefix: str = "") -> str:
    """SQLite's own JSON of a row (its columns checked as identifiers by the database layer), its keys in the
    order PostgreSQL keeps an object's keys (shorter first, then byte order; the entries above are written
    so too). Key order means nothing to JSON, but central parses every batch, and input already in that
    order spares it sorting the keys of each of the batch's thousands of objects."""
    ordered = sorted(columns, key=lambda c: (len(c.encode()), c.encode()))
    return "json_object(" + ", ".join(f"'{c}', {prefix}[{c}]" for c in ordered) + ")"


def unsent_batches(station: Station) -> list[dict[str, Any]]:
    """Frozen batches not yet acknowledged by the central database and not set aside, in order."""
    return station.db.query(
        "SELECT b.*, p.payload FROM sync_batches b JOIN sync_payloads p USING (batch_id) "
        "WHERE b.sent_at IS NULL AND b.quarantined_at IS NULL ORDER BY b.seq"
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
        station.db.scalar("SELECT payload FROM sync_payloads WHERE batch_id = ?", (batch_id,))
    )
    row = next((r for r in payload["rows"] if r["entity"] == c["entity"] and r["id"] == c["id"]), None)
    station.db.execute(
        "INSERT OR IGNORE INTO sync_conflicts (central_id, entity, entity_id, station_version, central_version, "
        "station_data, central_data, detected_at, central_station_id, central_station_name, central_updated_by, "
        "central_updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            c["central_id"],
            c["entity"],
            row.get("local_id", row["id"]) if row else c["id"],
            c["station_version"],
            c["central_version"],
            json.dumps(row["data"] if row else None, ensure_ascii=False, default=str),
            json.dumps(c.get("central_data"), ensure_ascii=False, default=str),
            clock.iso(),
            c.get("central_station"),
            c.get("central_station_name"),
            c.get("central_updated_by"),
            c.get("central_updated_at"),
        ),
    )


def mark_quarantined(station: Station, batch_id: str, reason: str) -> None:
    """The central database refused the batch: set it aside with the reason; its rows' base goes back."""
    payload = json.loads(
        station.db.scalar("SELECT payload FROM sync_payloads WHERE batch_id = ?", (batch_id,))
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
