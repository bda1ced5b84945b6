"""Pull: rows written elsewhere that this station may read, by the server's change cursor, in pages.

The cursor is the transaction that wrote a change and its number: a pull reads every change written by
transactions older than the oldest one still running on the server, and remembers where it stopped. Change
numbers are handed out before commit, so a cursor on the number alone would step over a change numbered
lower that commits later (two stations pushing at once) and never bring it down.

A squad station receives reference data (HQ's catalogues, calendars, rubric) and what reviewers wrote on
its cases (verdicts); a reviewer or HQ station also receives every station's cases and case files. A
pulled row is audited locally but not queued to be sent back; a row with local changes not yet sent is
left alone (the next push records the conflict).
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from db import errors as db_errors
from inspector.errors import Error
from inspector.permissions import Action
from inspector.station import Session, audit
from inspector.sync import history

CURSOR_KEY = "sync_pull_position"  # "<transaction> <change number>": everything before it has been pulled


@dataclass
class PullReport:
    """What one pull did."""

    rows: int = 0
    pages: int = 0
    resolutions: int = 0
    skipped: int = 0
    cursor: str = ""
    files: int = 0
    files_missing: int = 0

    def counts(self) -> dict[str, int]:
        """The figures kept as the pull's outcome (:mod:`inspector.sync.history`)."""
        return {
            "rows": self.rows,
            "pages": self.pages,
            "resolutions": self.resolutions,
            "skipped": self.skipped,
            "files": self.files,
            "files_missing": self.files_missing,
        }


def pull(session: Session, conn: Any, *, page: int = 1000) -> PullReport:
    """Bring down every change after the station's cursor, ``page`` rows per round trip."""
    session.require(Action.SYNC_RUN)
    report = PullReport()
    with history.attempt(session.station, "pull") as run:  # kept, with the figures reached if it stops
        try:
            _pull(session, conn, report, page=page)
        finally:
            run.counts = report.counts()
    return report


def _pull(session: Session, conn: Any, report: PullReport, *, page: int) -> None:
    import psycopg

    from inspector.sync.push import SyncError, _autocommit, check_login

    station = session.station
    db = session.db
    try:
        _autocommit(conn)
        check_login(conn, station)
        xid, seq = (db.meta_get(CURSOR_KEY) or "0 -1").split()
        # Every transaction older than this one has ended: what they committed is there to read, in full.
        horizon = str(conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0])
        while True:
            rows = conn.execute(
                "SELECT entity, id, version, deleted, data, change_xid::text, change_seq FROM records "
                "WHERE (change_xid, change_seq) > (%s::xid8, %s) AND change_xid < %s::xid8 AND station_id <> %s "
                "ORDER BY change_xid, change_seq LIMIT %s",
                (xid, int(seq), horizon, station.station_id, page),
            ).fetchall()
            done = len(rows) < page
            # Once the last page is read, everything written before the horizon has been pulled.
            xid, seq = (horizon, "-1") if done else (rows[-1][5], str(rows[-1][6]))
            with session.writing(Action.SYNC_RUN, label="sync.pull") as w:
                for entity, central_id, version, deleted, data, _xid, _seq in rows:
                    if _apply(session, w, entity, central_id, version, deleted, data):
                        report.rows += 1
                    else:
                        report.skipped += 1
                db.meta_set(CURSOR_KEY, f"{xid} {seq}")
            report.pages += 1
            if done:
                break
        report.resolutions = _resolutions(session, conn)
        report.cursor = f"{xid} {seq}"
        report.files, report.files_missing = fetch_files(session, conn)
    except psycopg.OperationalError as exc:
        raise SyncError("dropped", str(exc).strip().splitlines()[0] if str(exc).strip() else "") from exc


def _apply(
    session: Session,
    w: Any,
    entity: str,
    central_id: str,
    version: int,
    deleted: bool,
    data: dict[str, Any] | None,
) -> bool:
    db = session.db
    if entity == "settings":
        if not data or "key" not in data:
            return False
        key = data["key"]
        pending = db.scalar(
            "SELECT 1 FROM outbox WHERE entity = 'settings' AND entity_id = ? AND sent_at IS NULL", (key,)
        )
        if pending:
            return False
        db.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            (key, data["value"], data["updated_at"], data["updated_by"]),
        )
        w.record(
            "settings",
            key,
            audit.digest({"key": key, "value": data["value"]}),
            op="update",
            version=version,
            queue=False,
        )
        return True
    exists = db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (entity,))
    if not exists:
        return False
    local = db.find(entity, central_id)
    if local is not None and local["version"] >= version:
        return False
    if db.scalar(
        "SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND sent_at IS NULL", (entity, central_id)
    ):
        return False  # changed here too and not yet sent: the next push records the conflict
    try:
        with db.write():  # a savepoint: a row that does not fit here is skipped, not the page
            if deleted:
                if local is None:
                    return False
                db.delete(entity, central_id)
                w.record(entity, central_id, audit.DELETED, op="delete", version=version, queue=False)
            else:
                fields = data or {}
                cols = [c for c in db.columns(entity) if c in fields]
                values = [fields[c] for c in cols]
                sets = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id")
                db.execute(
                    f"INSERT INTO [{entity}] ({', '.join(f'[{c}]' for c in cols)}) "
                    f"VALUES ({', '.join('?' * len(cols))}) ON CONFLICT (id) DO UPDATE SET {sets}",
                    values,
                )
                row = db.get(entity, central_id)
                w.record(
                    entity,
                    central_id,
                    audit.digest(row),
                    op="update" if local else "insert",
                    version=row["version"],
                    queue=False,
                )
            db.execute(
                "INSERT INTO sync_state (entity, entity_id, frozen_version) VALUES (?, ?, ?) "
                "ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version",
                (entity, central_id, version),
            )
    except (Error, db_errors.Error, sqlite3.Error):
        return False
    return True


class _Stream(io.RawIOBase):
    """Chunks from an iterator read as a file (the store hashes it as it copies)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self.chunks, self.buffer = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        if not self.buffer:
            self.buffer = next(self.chunks, b"")
        n = min(len(target), len(self.buffer))
        target[:n] = self.buffer[:n]
        self.buffer = self.buffer[n:]
        return n


def fetch_files(session: Session, conn: Any) -> tuple[int, int]:
    """Evidence files this station has rows for but not the bytes (a reviewer desk or HQ after pulling another
    station's case files): downloaded from central where the login may read them, each checked against its
    hash before it enters the store. Returns (downloaded, still missing)."""
    from db.central import apply as central
    from inspector.services import evidence

    store = evidence.store(session.station)
    have = store.hashes()
    wanted = [
        r["sha256"]
        for r in session.db.query(
            "SELECT DISTINCT sha256 FROM evidence WHERE sha256 IS NOT NULL ORDER BY sha256"
        )
        if r["sha256"] not in have
    ]
    got = missing = 0
    for sha in wanted:
        holder = central.blob_holder(conn, sha)
        if holder is None:  # not uploaded yet, or not this login's to read
            missing += 1
            continue
        staged = store.stage(io.BufferedReader(_Stream(central.blob_chunks(conn, holder, sha)), 1 << 20))
        if staged.sha256 != sha:
            store.discard(staged)
            missing += 1
            continue
        store.commit(staged)
        got += 1
    return got, missing


def _resolutions(session: Session, conn: Any) -> int:
    """Conflicts on this station's rows resolved elsewhere: close them here too."""
    db = session.db
    open_ids = [
        r["central_id"] for r in db.query("SELECT central_id FROM sync_conflicts WHERE resolved_at IS NULL")
    ]
    if not open_ids:
        return 0
    done = conn.execute(
        "SELECT id, resolved_at, resolved_by, resolution FROM conflicts "
        "WHERE id = ANY(%s) AND resolved_at IS NOT NULL",
        (open_ids,),
    ).fetchall()
    with db.write():
        for cid, at, by, resolution in done:
            db.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?, reported_at = ? "
                "WHERE central_id = ?",
                (str(at), by, json.dumps(resolution, ensure_ascii=False), str(at), cid),
            )
    return len(done)
