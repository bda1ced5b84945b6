"""Evidence use cases: import photos, video and audio (hash once, store by SHA-256, EXIF, thumbnail), annotate.

The CPU work of each file (reading, hashing, decoding a draft-scale thumbnail) runs on a small thread
pool — hashlib and Pillow release the GIL, so both cores are busy — while every database write happens
on the calling thread, one short transaction per small batch of files. The file is moved into the store before its row
is committed; a journal entry in ``evidence_pending`` lets :func:`recover` remove a stored file whose row
never arrived (process killed in between), so the store never holds a file without a row and the
database never holds a row without a file.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import json
import os
import random
import stat
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from db import errors as db_errors
from db.station.evidence_store import EvidenceStore, Marker, Staged
from inspector import clock, media
from inspector.errors import NotFound, Problem, ValidationError, Verbatim, problem
from inspector.permissions import Action
from inspector.station import Session, Station

BATCH = 16  # files recorded per transaction at most
KEEP_IN_MEMORY = 256 << 20  # photos up to this size are decoded from the bytes already read
ACCEPTED = "accepted"
REJECTED = "rejected"
SKIP_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}


@dataclass
class FileResult:
    """The outcome for one file of an import."""

    path: str
    name: str
    status: str  # accepted / rejected
    reason: str = ""  # a media.* reason code when rejected
    message: str = ""  # Chinese, names the file and the reason
    detail_parts: tuple[str, tuple[object, ...]] | None = None  # a rejection's detail, template and arguments
    evidence_id: str | None = None
    sha256: str | None = None
    kind: str | None = None
    taken_at: str | None = None


@dataclass
class ImportReport:
    """Per-file results of :func:`add_evidence`, in input order."""

    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def accepted(self) -> list[FileResult]:
        return [r for r in self.results if r.status == ACCEPTED]

    @property
    def rejected(self) -> list[FileResult]:
        return [r for r in self.results if r.status == REJECTED]

    def as_dict(self) -> dict[str, Any]:
        return {
            "accepted": len(self.accepted),
            "rejected": len(self.rejected),
            "cancelled": self.cancelled,
            "files": [asdict(r) for r in self.results],
        }


@dataclass
class _Prepared:
    path: Path
    staged: Staged | None = None
    analysis: media.Analysis | None = None
    rejected: media.MediaRejected | None = None


# ------------------------------------------------------------------- helpers
def store(station: Station) -> EvidenceStore:
    return EvidenceStore(station.evidence_dir)


def thumb_path(station: Station, sha256: str) -> Path:
    """The cached thumbnail of a stored photo (local, regenerable)."""
    return station.data_dir / "cache" / "thumbs" / sha256[:2] / f"{sha256}.jpg"


def thumbnail_file(station: Station, sha256: str) -> Path | None:
    """The thumbnail of a stored photo, regenerated from the original when the cache lost it."""
    path = thumb_path(station, sha256)
    if path.exists():
        return path
    st = store(station)
    if not st.contains(sha256):
        return None
    try:
        with st.open(sha256) as f:
            data = f.read()
        analysis = media.analyse(
            data, head=data[:64], filename="x", thumb_size=int(station.setting("evidence.thumb_px"))
        )
    except media.MediaRejected:
        return None
    if analysis.thumb_jpeg is None:
        return None
    _write_thumb(path, analysis.thumb_jpeg)
    return path


def _write_thumb(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named, and every file under folders named (a camera card), in a stable order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and p.suffix.lower() not in media.IMAGE_SUFFIXES:
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower() not in SKIP_NAMES:
                        out.append(Path(root) / name)
        else:
            out.append(p)
    return out


def _prepare(
    st: EvidenceStore, path: Path, *, max_bytes: int, max_pixels: int, thumb_px: int, station: Station
) -> _Prepared:
    """Read, hash and analyse one file (no database). Runs on the worker pool."""
    prep = _Prepared(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise media.MediaRejected(media.UNREADABLE, media.DETAIL_NOT_REGULAR)
        if info.st_size == 0:
            raise media.MediaRejected(media.EMPTY)
        if info.st_size > max_bytes:
            raise media.MediaRejected(
                media.TOO_LARGE,
                media.DETAIL_SIZE,
                Verbatim(_megabytes(info.st_size)),
                Verbatim(_megabytes(max_bytes)),
            )
        try:
            prep.staged = st.stage(path, keep_in_memory=KEEP_IN_MEMORY)
        except OSError as exc:
            raise media.MediaRejected(media.UNREADABLE, "{0}", Verbatim(exc.strerror or str(exc))) from exc
        if prep.staged.size == 0:
            raise media.MediaRejected(media.EMPTY)
        source = prep.staged.data if prep.staged.data is not None else prep.staged.temp
        prep.analysis = media.analyse(
            source, head=prep.staged.head, filename=path.name, thumb_size=thumb_px, max_pixels=max_pixels
        )
        prep.staged.data = None  # free the bytes early; the temp file holds them
        if prep.analysis.thumb_jpeg is not None:
            _write_thumb(thumb_path(station, prep.staged.sha256), prep.analysis.thumb_jpeg)
    except media.MediaRejected as exc:
        prep.rejected = exc
    except OSError as exc:
        prep.rejected = media.MediaRejected(media.UNREADABLE, "{0}", Verbatim(exc.strerror or str(exc)))
    if prep.rejected is not None and prep.staged is not None:
        st.discard(prep.staged)
        prep.staged = None
    return prep


def _workers(station: Station) -> int:
    n = int(station.setting("evidence.import_workers") or 0)
    return n if n > 0 else max(1, os.cpu_count() or 1)


# ----------------------------------------------------------------- use cases
def add_evidence(
    session: Session,
    *,
    inspection_id: str | None = None,
    case_id: str | None = None,
    paths: Sequence[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import files (and folders, recursively) as evidence of an inspection or a case.

    Each file is accepted or rejected on its own; a rejected file leaves neither a stored file nor a row.

    Args:
        session: the importing user (needs ``evidence.add``).
        inspection_id: the inspection the files belong to, or
        case_id: the case they belong to (one of the two).
        paths: files and folders.
        progress: ``progress(done, total)``, called after each file.
        cancelled: polled between files; when true, the files not yet recorded are left out.
    """
    session.require(Action.EVIDENCE_ADD)
    if (inspection_id is None) == (case_id is None):
        raise ValidationError([Problem("target", "required", "请指定一个现场检查或一个案件")])
    target_col, target_id = ("inspection_id", inspection_id) if inspection_id else ("case_id", case_id or "")
    table = "inspections" if inspection_id else "cases"
    if session.db.find(table, target_id) is None:
        raise NotFound(entity=table, key=target_id)
    station = session.station
    recover(station)
    st = store(station)
    files = expand_paths(paths)
    total = len(files)
    report = ImportReport()
    max_bytes = int(float(station.setting("evidence.max_file_mb")) * 1048576)
    max_pixels = int(float(station.setting("evidence.max_image_megapixels")) * 1_000_000)
    thumb_px = int(station.setting("evidence.thumb_px"))
    workers = _workers(station)
    seen: dict[str, str] = {}  # sha -> first file name in this batch
    done = 0

    def job(p: Path) -> _Prepared:
        return _prepare(st, p, max_bytes=max_bytes, max_pixels=max_pixels, thumb_px=thumb_px, station=station)

    with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="evidence") as pool:
        window = max(4, workers * 4)  # bounded read-ahead: memory stays small on a 2,000-photo card
        pending: list[cf.Future[_Prepared]] = []
        it = iter(files)

        def refill() -> None:
            while len(pending) < window:
                nxt = next(it, None)
                if nxt is None:
                    return
                pending.append(pool.submit(job, nxt))

        refill()
        while pending:
            if cancelled is not None and cancelled():
                report.cancelled = True
                for fut in pending:
                    fut.cancel()
                for fut in pending:
                    if not fut.cancelled():
                        leftover = fut.result()
                        if leftover.staged is not None:
                            st.discard(leftover.staged)
                break
            # the next file in order, plus those behind it that are already done: one small batch
            batch = [pending.pop(0).result()]
            while pending and pending[0].done() and len(batch) < BATCH:
                batch.append(pending.pop(0).result())
            refill()
            report.results.extend(_record_batch(session, st, batch, target_col, target_id, seen))
            done += len(batch)
            if progress is not None:
                progress(done, total)
    return report


def _megabytes(size: int | float) -> str:
    """A size in MB as a person writes it: 0.2, 1.5, 500 (one decimal, none when it is .0)."""
    text = f"{size / 1048576:.1f}"
    return text.removesuffix(".0")


def _rejected(path: Path, exc: media.MediaRejected) -> FileResult:
    return FileResult(
        str(path), path.name, REJECTED, exc.reason, f"{path.name}：{exc}", detail_parts=exc.detail_parts
    )


def _record_batch(
    session: Session,
    st: EvidenceStore,
    batch: list[_Prepared],
    target_col: str,
    target_id: str,
    seen: dict[str, str],
) -> list[FileResult]:
    """Store a few prepared files and write their rows (DB thread); results in input order.

    Order of events: journal entries committed → files moved into the store → rows committed and journal
    entries removed in one transaction. A failure in the last step removes the files it had added.
    """
    results: dict[int, FileResult] = {}
    good: list[tuple[int, _Prepared]] = []
    db = session.db
    for i, prep in enumerate(batch):
        if prep.rejected is not None or prep.staged is None or prep.analysis is None:
            results[i] = _rejected(prep.path, prep.rejected or media.MediaRejected(media.UNREADABLE))
            continue
        sha = prep.staged.sha256
        earlier = db.query_one(
            f"SELECT filename FROM evidence WHERE sha256 = ? AND {target_col} = ?", (sha, target_id)
        )
        if earlier is not None or sha in seen:
            st.discard(prep.staged)
            first = earlier["filename"] if earlier else seen[sha]
            results[i] = _rejected(
                prep.path, media.MediaRejected(media.DUPLICATE, media.DETAIL_SAME_AS, Verbatim(first))
            )
            continue
        seen[sha] = prep.path.name
        good.append((i, prep))
    if good:
        pid = os.getpid()
        shas = [p.staged.sha256 for _, p in good if p.staged]
        with db.write():
            db.conn.executemany(
                "INSERT INTO evidence_pending(sha256, pid, started_at) VALUES (?, ?, ?)",
                [(sha, pid, clock.iso()) for sha in shas],
            )
        created: list[str] = []
        try:
            for _, prep in good:
                assert prep.staged is not None
                if st.commit(prep.staged):
                    created.append(prep.staged.sha256)
            with session.writing(Action.EVIDENCE_ADD, label="evidence.add") as w:
                for i, prep in good:
                    results[i] = _insert_row(session, w, prep, target_col, target_id)
                db.conn.executemany(
                    "DELETE FROM evidence_pending WHERE sha256 = ? AND pid = ?", [(sha, pid) for sha in shas]
                )
        except BaseException:
            for _, prep in good:
                if prep.staged is not None:
                    st.discard(prep.staged)
            for sha in created:
                if not db.scalar("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", (sha,)):
                    st.remove(sha)
            with db.write():
                db.conn.executemany(
                    "DELETE FROM evidence_pending WHERE sha256 = ? AND pid = ?", [(sha, pid) for sha in shas]
                )
            raise
    return [results[i] for i in range(len(batch))]


def _insert_row(session: Session, w: Any, prep: _Prepared, target_col: str, target_id: str) -> FileResult:
    staged, analysis = prep.staged, prep.analysis
    assert staged is not None and analysis is not None
    info = analysis.info
    row = w.insert(
        "evidence",
        {
            "sha256": staged.sha256,
            target_col: target_id,
            "kind": analysis.kind,
            "filename": prep.path.name,
            "size": staged.size,
            "mime": analysis.mime,
            "width": info.width if info else None,
            "height": info.height if info else None,
            "taken_at": info.taken_at if info else None,
            "latitude": info.latitude if info else None,
            "longitude": info.longitude if info else None,
            "camera": info.camera if info else "",
            "orientation": info.orientation if info else None,
            "imported_by": session.user.username,
            "imported_at": clock.iso(),
        },
    )
    return FileResult(
        str(prep.path),
        prep.path.name,
        ACCEPTED,
        evidence_id=row["id"],
        sha256=staged.sha256,
        kind=analysis.kind,
        taken_at=row["taken_at"],
        message=f"{prep.path.name}：已导入",
    )


def recover(station: Station) -> dict[str, int]:
    """Undo what an interrupted import left: temp files, and stored files whose row was never committed.

    Safe to call at every start: entries of a live process (another import running) are left alone.
    """
    st = store(station)
    db = station.db
    removed = 0
    rows = db.query("SELECT DISTINCT sha256, pid FROM evidence_pending")
    dead = [r for r in rows if r["pid"] == os.getpid() or not _alive(r["pid"])]
    if not dead:
        return {"temp_files": st.clean_temp(alive=_alive_other), "orphans": 0}
    with db.write():
        for r in dead:
            if not db.scalar("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", (r["sha256"],)):
                st.remove(r["sha256"])
                removed += 1
            db.execute("DELETE FROM evidence_pending WHERE sha256 = ? AND pid = ?", (r["sha256"], r["pid"]))
    return {"temp_files": st.clean_temp(alive=_alive_other), "orphans": removed}


def _alive_other(pid: int) -> bool:
    # our own temp files at the start of an import are leftovers of an earlier cancelled call
    return pid != os.getpid() and _alive(pid)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def check_store(station: Station) -> dict[str, list[str]]:
    """Rows whose file is missing and stored files that no row references (both should be empty)."""
    st = store(station)
    stored = st.hashes()
    referenced = {r["sha256"] for r in station.db.query("SELECT DISTINCT sha256 FROM evidence")}
    return {"missing_files": sorted(referenced - stored), "orphan_files": sorted(stored - referenced)}


def verify_files(station: Station, *, deep: bool = False) -> dict[str, list[str]]:
    """Every evidence row against its stored file: missing, wrong size, altered bytes.

    A file is re-hashed when its on-disk marker (size, mtime, ctime, inode) differs from the one recorded
    the last time it was hashed and found intact — so bytes changed in place are found even when the size is
    unchanged, while an untouched store costs one ``stat`` per file. ``deep`` re-hashes every file (the
    proof a court may ask for). ``rehashed`` lists the files hashed this time.
    """
    st = store(station)
    report = {**check_store(station), "size_mismatch": [], "altered": [], "rehashed": []}
    missing = set(report["missing_files"])
    known = {
        r["sha256"]: Marker(r["size"], r["mtime_ns"], r["ctime_ns"], r["inode"])
        for r in station.db.query("SELECT * FROM evidence_verified")
    }
    fresh: list[tuple[str, Marker]] = []
    stale: list[str] = []
    for r in station.db.query("SELECT sha256, max(size) AS size FROM evidence GROUP BY sha256"):
        sha = r["sha256"]
        if sha in missing:
            continue
        try:
            now = st.marker(sha)
        except FileNotFoundError:
            report["missing_files"].append(sha)
            continue
        if now.size != r["size"]:
            report["size_mismatch"].append(sha)
            stale.append(sha)
            continue
        if not deep and known.get(sha) == now:
            continue
        report["rehashed"].append(sha)
        if st.verify(sha):
            fresh.append((sha, now))
        else:
            report["altered"].append(sha)
            stale.append(sha)
    _record_markers(station, fresh, stale)
    return report


def _record_markers(station: Station, fresh: list[tuple[str, Marker]], stale: list[str]) -> None:
    if not fresh and not stale:
        return
    at = clock.iso()
    try:
        with station.db.write():
            station.db.conn.executemany(
                "INSERT INTO evidence_verified(sha256, size, mtime_ns, ctime_ns, inode, verified_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET size = excluded.size, "
                "mtime_ns = excluded.mtime_ns, ctime_ns = excluded.ctime_ns, inode = excluded.inode, "
                "verified_at = excluded.verified_at",
                [(sha, m.size, m.mtime_ns, m.ctime_ns, m.inode, at) for sha, m in fresh],
            )
            station.db.conn.executemany(
                "DELETE FROM evidence_verified WHERE sha256 = ?", [(s,) for s in stale]
            )
    except db_errors.ReadOnlyError:
        pass  # a check on read-only media still reports; it just hashes again next time


def describe_files(station: Station, hashes: Sequence[str]) -> list[dict[str, Any]]:
    """The evidence rows (file name, inspection or case) that hold each of ``hashes``, to name them to a person."""
    found = []
    for sha in hashes:
        for r in station.db.query(
            "SELECT id, sha256, filename, inspection_id, case_id FROM evidence "
            "WHERE sha256 = ? ORDER BY imported_at",
            (sha,),
        ):
            found.append(r)
    return found


def list_evidence(
    session: Session, *, inspection_id: str | None = None, case_id: str | None = None
) -> list[dict[str, Any]]:
    """Evidence rows of an inspection or case, in capture order (then import order)."""
    session.require(Action.INSPECTION_VIEW if inspection_id else Action.CASE_VIEW)
    col, key = ("inspection_id", inspection_id) if inspection_id else ("case_id", case_id)
    return session.db.query(
        f"SELECT * FROM evidence WHERE {col} = ? ORDER BY coalesce(taken_at, imported_at), imported_at, id",
        (key,),
    )


def original_path(session: Session, evidence_id: str) -> Path:
    row = session.db.find("evidence", evidence_id)
    if row is None:
        raise NotFound(entity="evidence", key=evidence_id)
    return store(session.station).path(row["sha256"])


# --------------------------------------------------------------- annotations
SHAPE_TYPES = {"arrow", "box", "text"}


def _check_shapes(shapes: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    clean = []
    problems = []
    for i, s in enumerate(shapes):
        kind = s.get("type")
        if kind not in SHAPE_TYPES:
            problems.append(problem(f"shapes[{i}]", "type", ("未知的标注类型：{0}", (Verbatim(str(kind)),))))
            continue
        try:
            item = {
                "type": kind,
                "x1": float(s["x1"]),
                "y1": float(s["y1"]),
                "x2": float(s.get("x2", s["x1"])),
                "y2": float(s.get("y2", s["y1"])),
                "text": str(s.get("text", "")),
                "color": str(s.get("color", "#e53935")),
            }
        except (KeyError, TypeError, ValueError):
            problems.append(Problem(f"shapes[{i}]", "coords", "标注坐标无效"))
            continue
        if kind == "text" and not item["text"].strip():
            problems.append(Problem(f"shapes[{i}]", "text", "文字标注不能为空"))
            continue
        clean.append(item)
    if problems:
        raise ValidationError(problems)
    return clean


def annotation_layer(session: Session, evidence_id: str) -> dict[str, Any] | None:
    """The annotation layer of a photo (None when nothing was drawn)."""
    row = session.db.query_one(
        "SELECT * FROM evidence_annotations WHERE evidence_id = ? ORDER BY updated_at DESC LIMIT 1",
        (evidence_id,),
    )
    if row is not None:
        row["shapes"] = json.loads(row["shapes"])
    return row


def save_annotations(
    session: Session,
    evidence_id: str,
    shapes: Sequence[dict[str, Any]],
    *,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Store the annotation layer of a photo; the original file and its row are not touched."""
    clean = _check_shapes(shapes)
    if session.db.find("evidence", evidence_id) is None:
        raise NotFound(entity="evidence", key=evidence_id)
    payload = json.dumps(clean, ensure_ascii=False)
    with session.writing(Action.EVIDENCE_ANNOTATE, label="evidence.annotate") as w:
        current = annotation_layer(session, evidence_id)
        if current is None:
            row = w.insert(
                "evidence_annotations",
                {"evidence_id": evidence_id, "shapes": payload, "author": session.user.username},
            )
        else:
            row = w.update(
                "evidence_annotations",
                current["id"],
                {"shapes": payload, "author": session.user.username},
                expected_version=expected_version,
            )
    row["shapes"] = clean
    return row


# ---------------------------------------------------------------------- demo
_DEMO_CAMERAS = ("HUAWEI Mate 60", "Xiaomi 14", "OPPO Find X7", "vivo X100", "Apple iPhone 15")


def demo_attach(session: Session, writer: Any, inspection: dict[str, Any], rng: random.Random) -> int:
    """Attach 1–3 generated site photos (EXIF time, GPS, camera) to a demo inspection; returns the count.

    Runs inside the demo's transaction (``writer``): a failed demo rolls back rows, and the few stored
    files it may leave are ordinary content-addressed files that a later import can reuse.
    """
    st = store(session.station)
    start = dt.datetime.fromisoformat(inspection["started_at"].replace("Z", "+00:00"))
    count = rng.randint(1, 3)
    thumb_px = int(session.station.setting("evidence.thumb_px"))
    for k in range(count):
        taken = start + dt.timedelta(minutes=2 + 3 * k, seconds=rng.randint(0, 59))
        lat = (inspection.get("latitude") or 30.25) + rng.uniform(-0.0003, 0.0003)
        lon = (inspection.get("longitude") or 120.17) + rng.uniform(-0.0003, 0.0003)
        data = media.make_jpeg(
            640,
            480,
            taken=taken,
            lat=lat,
            lon=lon,
            camera=rng.choice(_DEMO_CAMERAS),
            color=(rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200)),
            seed=rng.randint(0, 10_000),
            quality=70,
        )
        analysis = media.analyse(data, head=data[:64], filename="demo.jpg", thumb_size=thumb_px)
        sha, _ = st.put_bytes(data, durable=False)  # generated demo data: no need to wait for the disk
        _write_thumb(thumb_path(session.station, sha), analysis.thumb_jpeg or b"")
        info = analysis.info
        assert info is not None
        writer.insert(
            "evidence",
            {
                "sha256": sha,
                "inspection_id": inspection["id"],
                "kind": "photo",
                "filename": f"IMG_{taken.astimezone(clock.LOCAL_TZ):%Y%m%d_%H%M%S}.jpg",
                "size": len(data),
                "mime": "image/jpeg",
                "width": info.width,
                "height": info.height,
                "taken_at": info.taken_at,
                "latitude": info.latitude,
                "longitude": info.longitude,
                "camera": info.camera,
                "orientation": info.orientation,
                "imported_by": session.user.username,
                "imported_at": clock.iso(),
            },
        )
    return count
