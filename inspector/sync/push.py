"""Push: frozen batches and their evidence files to the central database; acknowledged only once committed."""

from __future__ import annotations

import json
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.errors import Error
from inspector.permissions import Action
from inspector.station import Session, Station
from inspector.sync import batches, history

_EVIDENCE = re.compile(r'"entity":\s*"evidence"')  # a batch that carries photo rows (its files go first)
ACK_EVERY = 8  # batches acknowledged per station transaction (each is a disk sync)


class SyncError(Error):
    """Sync could not go on; ``code`` says why (unreachable, no_database, no_tls, no_password, login, not_set_up,
    not_registered, dropped, cancelled)."""

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

    def counts(self) -> dict[str, int]:
        """The figures kept as the push's outcome (:mod:`inspector.sync.history`)."""
        return {
            "batches": self.batches,
            "rows": self.rows,
            "repeated": self.repeated,
            "files": self.files,
            "conflicts": len(self.conflicts),
            "quarantined": len(self.quarantined),
            "resolutions": self.resolutions,
        }


def connect(dsn: str, *, password: str | None = None, timeout: int = 10) -> Any:
    """An autocommit connection to the central database (each batch then commits on its own)."""
    import psycopg

    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": timeout}
    if password:
        kwargs["password"] = password
    try:
        return psycopg.connect(dsn, **kwargs)
    except psycopg.OperationalError as exc:
        raise SyncError(_connect_failure(str(exc)), _first_line(exc)) from exc


def connect_for(station: Station, kind: str, dsn: str, *, password: str | None = None) -> Any:
    """:func:`connect` for a push or pull: a refused connection is kept as that attempt's outcome."""
    try:
        return connect(dsn, password=password)
    except SyncError as exc:
        history.failed(station, kind, exc)
        raise


def _connect_failure(text: str) -> str:
    """Why a connection was refused, from libpq's message: each cause asks the user for something else."""
    if re.search(r'database ".*" does not exist', text):
        return "no_database"
    if "does not support SSL" in text:
        return "no_tls"
    if "no password supplied" in text:
        return "no_password"
    if "password authentication failed" in text or re.search(r'role ".*" does not exist', text):
        return "login"
    return "unreachable"


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

    The station freezes the next batches while the central database applies the ones before (a sending
    thread owns ``conn``; this thread alone touches the station database).
    """
    session.require(Action.SYNC_RUN)
    report = PushReport()
    # Kept as the push's outcome, with the figures reached when it stops half way (shown after a restart).
    with history.attempt(session.station, "push") as run:
        try:
            _push(session, conn, report, blob_path=blob_path, progress=progress, cancelled=cancelled)
        finally:
            run.counts = report.counts()
    return report


def _push(
    session: Session,
    conn: Any,
    report: PushReport,
    *,
    blob_path: Callable[[str], Path] | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    import psycopg

    station = session.station
    try:
        _autocommit(conn)
        check_login(conn, station)
        from inspector.sync import conflicts

        report.resolutions = conflicts.report_resolutions(station, conn)
    except psycopg.OperationalError as exc:
        raise SyncError("dropped", _first_line(exc)) from exc
    sender = _Sender(conn, station.station_id, blob_path or _store_path(station))
    total = batches.expected_batches(station)
    done = 0
    committed: list[tuple[str, dict[str, Any]]] = []

    def take(block: bool) -> None:
        nonlocal committed, done
        for kind, batch, value in sender.results(block=block):
            if kind == "sent":
                committed.append((batch.batch_id, value))
                report.batches += 1
                report.rows += batch.row_count
                report.repeated += int(bool(value.get("repeated")))
                report.conflicts += value.get("conflicts", [])
            else:
                batches.mark_quarantined(station, batch.batch_id, value)
                report.quarantined.append({"batch_id": batch.batch_id, "reason": value})
            done += 1
            if progress:
                progress(done, max(total, done))
        if len(committed) >= ACK_EVERY or (block and committed):
            batches.mark_sent(station, committed)
            committed = []

    sender.start()
    try:
        # Batches frozen by an earlier push that did not get through go first, then the newly frozen ones.
        for chunk in batches.frozen_then_new(session):
            for b in chunk:
                if cancelled and cancelled():
                    raise SyncError("cancelled")
                sender.put(b)  # waits while a few batches are already waiting to be sent
                take(block=False)
                if sender.failed:
                    break
            if sender.failed:
                break
        sender.finish()
        take(block=True)
    finally:
        # Whatever committed is acknowledged even when the link drops now; a batch committed but not yet
        # acknowledged (the station died) is re-sent and answered from the server's stored result.
        sender.stop()
        take(block=True)
        report.files = sender.files
    if sender.failed is not None:
        failure = sender.failed
        if isinstance(failure, psycopg.OperationalError):
            raise SyncError("dropped", _first_line(failure)) from failure
        raise failure


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


class _Sender:
    """The thread that owns the central connection: uploads a batch's files, applies it, reports the outcome."""

    DEPTH = 8  # batches frozen and waiting to be sent (two chunks: freezing runs ahead of sending)

    def __init__(self, conn: Any, station_id: str, blob_path: Callable[[str], Path]) -> None:
        self.conn = conn
        self.station_id = station_id
        self.blob_path = blob_path
        self.files = 0
        self.failed: BaseException | None = None
        self._todo: queue.Queue[batches.Frozen | None] = queue.Queue(self.DEPTH)
        self._done: queue.Queue[tuple[str, batches.Frozen, Any] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="sync-push", daemon=True)
        self._stopping = False
        self._finished = False

    def start(self) -> None:
        self._thread.start()

    def put(self, batch: batches.Frozen) -> None:
        """Hand a batch over (waits while the queue is full); nothing is queued once sending failed."""
        self._offer(batch, unless_failed=True)

    def finish(self) -> None:
        """No more batches: the thread ends once it has sent the queued ones."""
        self._offer(None)

    def _offer(self, item: batches.Frozen | None, *, unless_failed: bool = False) -> None:
        while self._thread.is_alive() and not (unless_failed and self.failed):
            try:
                self._todo.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def stop(self) -> None:
        """Stop after the batch in hand (its outcome is still reported) and wait for the thread."""
        self._stopping = True
        self.finish()
        self._thread.join()

    def results(self, *, block: bool) -> Iterator[tuple[str, batches.Frozen, Any]]:
        """Outcomes so far: ("sent", batch, result) or ("quarantined", batch, reason); with ``block``, all of
        them until the thread has ended."""
        while True:
            try:
                item = self._done.get(block=block and not self._finished)
            except queue.Empty:
                return
            if item is None:
                self._finished = True
                return
            yield item

    def _run(self) -> None:
        from db.central import apply as central

        try:
            while not self._stopping:
                batch = self._todo.get()
                if batch is None:
                    break
                payload = central.Payload(batch.batch_id, self.station_id, batch.payload)
                try:
                    hashes = batch.evidence
                    if hashes is None:  # frozen by an earlier push: read from the payload
                        hashes = (
                            tuple(evidence_hashes(json.loads(batch.payload)))
                            if _EVIDENCE.search(batch.payload)
                            else ()
                        )
                    if hashes:
                        self.files += upload_files(self.conn, self.station_id, hashes, self.blob_path)
                    result = central.apply_batch(self.conn, payload)
                except (central.CentralError, *central.REFUSALS) as exc:
                    reason = refusal(exc)
                    central.quarantine(self.conn, payload, reason, rows=batch.row_count)
                    self._done.put(("quarantined", batch, reason))
                    continue
                self._done.put(("sent", batch, result))
        except BaseException as exc:  # a dropped link or anything else: reported to the pushing thread
            self.failed = exc
        finally:
            self._done.put(None)


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


def evidence_hashes(payload: dict[str, Any]) -> list[str]:
    """The photo files a batch's rows refer to."""
    return [r["data"]["sha256"] for r in payload["rows"] if r["entity"] == "evidence" and r.get("data")]


def upload_blobs(
    conn: Any, station_id: str, payload: dict[str, Any], blob_path: Callable[[str], Path]
) -> int:
    """Send the evidence files a batch refers to that the server lacks, resuming partial ones; returns how many."""
    return upload_files(conn, station_id, evidence_hashes(payload), blob_path)


def upload_files(conn: Any, station_id: str, hashes: Iterable[str], blob_path: Callable[[str], Path]) -> int:
    """Send those of the files ``hashes`` that the server lacks, resuming partial ones; returns how many."""
    from db.central import apply as central

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
