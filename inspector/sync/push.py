"""Push: frozen batches and their evidence files to the central database; acknowledged only once committed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.errors import Error
from inspector.permissions import Action
from inspector.station import Session, Station
from inspector.sync import batches

ACK_EVERY = 8  # batches acknowledged per station transaction (each is a disk sync)


class SyncError(Error):
    """Sync could not go on; ``code`` says why (unreachable, login, not_set_up, not_registered, dropped, cancelled)."""

    code = "sync"

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code, reason=code, detail=detail)
        self.reason = code
        self.detail = detail


@dataclass
class PushReport:
    """What one push did."""

    batches: int = 0
    rows: int = 0
    repeated: int = 0
    files: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[dict[str, str]] = field(default_factory=list)
    resolutions: int = 0


def connect(dsn: str, *, password: str | None = None, timeout: int = 10) -> Any:
    """An autocommit connection to the central database (each batch then commits on its own)."""
    import psycopg

    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": timeout}
    if password:
        kwargs["password"] = password
    try:
        return psycopg.connect(dsn, **kwargs)
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "password authentication failed" in text or "role" in text and "does not exist" in text:
            raise SyncError("login", text.strip().splitlines()[0]) from exc
        raise SyncError("unreachable", text.strip().splitlines()[0] if text.strip() else "") from exc


def _autocommit(conn: Any) -> None:
    if not conn.autocommit:
        conn.commit()  # nothing of ours is pending here; make every later transaction a real one
        conn.autocommit = True


def check_login(conn: Any, station: Station) -> str:
    """The central database is set up and this login is the station's own; returns the station kind."""
    from db.central import admin

    if not admin.initialised(conn):
        raise SyncError("not_set_up")
    me, kind = admin.whoami(conn)
    if me != station.station_id:
        raise SyncError("not_registered", me or "")
    return kind or "station"


def _store_path(station: Station) -> Callable[[str], Path]:
    """Where the station's evidence store keeps a file, by hash (the store's own layout, not a copy of it)."""
    from inspector.services import evidence

    return evidence.store(station).path


def push(
    session: Session,
    conn: Any,
    *,
    blob_path: Callable[[str], Path] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PushReport:
    """Send every pending batch to the central database over ``conn`` (the station's own login).

    A batch is marked sent only after its central transaction committed. A dropped connection leaves the
    unsent batches frozen; the next push re-sends them with the same ids and the server answers repeats
    from its stored result. A batch the server refuses for its content is quarantined with the reason.
    """
    import psycopg

    from db.central import apply as central

    session.require(Action.SYNC_RUN)
    station = session.station
    try:
        _autocommit(conn)
        check_login(conn, station)
        blob_path = blob_path or _store_path(station)
        batches.freeze_batches(session)
        report = PushReport()
        from inspector.sync import conflicts

        report.resolutions = conflicts.report_resolutions(station, conn)
        pending = station.db.query(
            "SELECT batch_id, row_count FROM sync_batches "
            "WHERE sent_at IS NULL AND quarantined_at IS NULL ORDER BY seq"
        )
        committed: list[tuple[str, dict[str, Any]]] = []
        try:
            for i, b in enumerate(pending):
                if cancelled and cancelled():
                    raise SyncError("cancelled")
                text = station.db.scalar(
                    "SELECT payload FROM sync_batches WHERE batch_id = ?", (b["batch_id"],)
                )
                payload = central.Payload(b["batch_id"], station.station_id, text)
                try:
                    if '"entity": "evidence"' in text:
                        report.files += upload_blobs(conn, station.station_id, json.loads(text), blob_path)
                    result = central.apply_batch(conn, payload)
                except (central.CentralError, *central.REFUSALS) as exc:
                    reason = refusal(exc)
                    central.quarantine(conn, payload, reason, rows=b["row_count"])
                    batches.mark_quarantined(station, b["batch_id"], reason)
                    report.quarantined.append({"batch_id": b["batch_id"], "reason": reason})
                    continue
                committed.append(
                    (b["batch_id"], result)
                )  # committed centrally: acknowledge (a few at a time)
                if len(committed) >= ACK_EVERY:
                    batches.mark_sent(station, committed)
                    committed = []
                report.batches += 1
                report.rows += b["row_count"]
                report.repeated += int(bool(result.get("repeated")))
                report.conflicts += result.get("conflicts", [])
                if progress:
                    progress(i + 1, len(pending))
        finally:
            # Whatever committed is acknowledged even when the link drops now; a batch committed but not yet
            # acknowledged (the station died) is re-sent and answered from the server's stored result.
            if committed:
                batches.mark_sent(station, committed)
    except psycopg.OperationalError as exc:
        raise SyncError("dropped", str(exc).strip().splitlines()[0] if str(exc).strip() else "") from exc
    return report


def refusal(exc: BaseException) -> str:
    """``code: detail`` for a refused batch; the code (bad_value, not_own_row, constraint, altered_file,
    refused) is what the station shows in words, the detail what headquarters reads."""
    from db.central import apply as central

    state = getattr(exc, "sqlstate", None) or ""
    if isinstance(exc, central.CentralError):
        code = "altered_file"
    elif state.startswith("22"):
        code = "bad_value"
    elif state == "42501":
        code = "not_own_row"
    elif state.startswith("23"):
        code = "constraint"
    else:
        code = "refused"
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{code}: {detail}"


def upload_blobs(
    conn: Any, station_id: str, payload: dict[str, Any], blob_path: Callable[[str], Path]
) -> int:
    """Send the evidence files a batch refers to that the server lacks, resuming partial ones; returns how many."""
    from db.central import apply as central

    hashes = [r["data"]["sha256"] for r in payload["rows"] if r["entity"] == "evidence" and r.get("data")]
    sent = 0
    for sha, have in central.missing_blobs(conn, station_id, hashes).items():
        path = blob_path(sha)
        size = path.stat().st_size
        with path.open("rb") as fh:
            fh.seek(have)
            offset = have
            while True:  # at least once: an empty file is stored as one empty chunk
                chunk = fh.read(central.CHUNK)
                if not chunk and offset < size:
                    raise central.CentralError(f"evidence {sha}: the local file is shorter than it was")
                central.put_blob_chunk(
                    conn, station_id=station_id, sha256=sha, size=size, offset=offset, data=chunk
                )
                offset += len(chunk)
                if offset >= size:
                    break
        sent += 1
    return sent
