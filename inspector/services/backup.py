"""Station backup and restore: one verified archive of the database, the evidence store and every other station file.

A backup is a zip file (stored, not compressed: photos are compressed already) holding ``manifest.json``, a
consistent copy of ``station.sqlite`` made with SQLite's online backup API while the station stays in use, and
every other file of the data directory — evidence, issued documents, the station's keys, whatever their names —
except caches, temporary files and earlier backups. The manifest lists each member with its size and SHA-256. The
archive is written beside its final name, read back and checked against the manifest, and only then moved into
place, so a file with the final name is always a complete, verified backup.

``restore`` accepts only an empty (or absent) data directory: it unpacks into a sibling folder, checks every
member's hash and the database's integrity and schema version, and then renames the folder into place.

Scheduled backups (settings ``backup.*``) are taken by :func:`run_scheduled` when due, keeping the newest
``backup.keep`` archives of this station in the backup folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from db.station import SCHEMA_VERSION
from inspector import clock
from inspector.errors import StationError
from inspector.permissions import Action
from inspector.station import Session, Station
from inspector.station.paths import DB_FILE

FORMAT = "inspector-station-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "station.sqlite"
FILES_PREFIX = "files/"
CHUNK = 1 << 20
MAX_MANIFEST_BYTES = 64 << 20
# Top-level names of the data directory that are never backed up: regenerable caches, temporary areas,
# earlier backups, and the live database with its journal files (its consistent copy is taken separately).
SKIP_TOP = {
    "cache",
    "backups",
    "tmp",
    ".tmp",
    DB_FILE,
    f"{DB_FILE}-wal",
    f"{DB_FILE}-shm",
    f"{DB_FILE}-journal",
}
SKIP_SUFFIXES = (".partial", ".part", ".lock", ".pid", ".restoring")
SCHEDULED_NAME = re.compile(r"^inspector-backup-(?P<station>[0-9a-zA-Z-]+)-(?P<stamp>\d{8}T\d{6}Z)\.zip$")


@dataclass(frozen=True)
class BackupReport:
    """What a backup wrote: the archive, its size, the number of files besides the database, when."""

    path: Path
    size: int
    files: int
    created_at: str
    station_id: str
    schema_version: int
    altered_evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says: which station, when, how much (read without unpacking anything)."""

    path: Path
    station_id: str
    station_name: str
    created_at: str
    schema_version: int
    files: int
    size: int


@dataclass(frozen=True)
class RestoreReport:
    """What a restore produced."""

    data_dir: Path
    files: int
    station_id: str
    schema_version: int
    created_at: str


# ------------------------------------------------------------------ backup
def backup(
    session: Session,
    target: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BackupReport:
    """Write a verified backup of the session's station to ``target`` (administrators only)."""
    session.require(Action.BACKUP_RUN)
    target = Path(target).expanduser()
    if target.is_dir():
        # A folder given (``inspector backup E:/备份``): the administrator means "put the backup in there", as a
        # copy into a folder does. The name carries the station and the time, like the scheduled backups, so
        # backups taken one after another never collide and the restore wizard's file filter finds them.
        target = target / backup_name(session.station)
    return _backup(session.station, target, overwrite=overwrite, progress=progress)


def backup_name(station: Station, *, now: dt.datetime | None = None) -> str:
    """The file name of a backup taken now: ``inspector-backup-<station id>-<UTC time>.zip``."""
    stamp = (now or clock.now()).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"inspector-backup-{station.station_id}-{stamp}.zip"


def _backup(
    station: Station, target: Path, *, overwrite: bool, progress: Callable[[int, int], None] | None
) -> BackupReport:
    target = target.expanduser().absolute()
    if target.exists() and not overwrite:
        raise StationError("backup target exists", code="backup_exists", path=str(target))
    data_dir = station.data_dir.absolute()
    if _inside(target, data_dir) and not _inside(target, data_dir / "backups"):
        raise StationError("backup inside the data directory", code="backup_inside", path=str(target))
    if not target.parent.is_dir():
        raise StationError("backup folder missing", code="backup_folder_missing", path=str(target.parent))
    partial = target.with_name(f"{target.name}.partial")
    work = Path(tempfile.mkdtemp(prefix=".inspector-backup-", dir=target.parent))
    try:
        snapshot = work / DB_MEMBER
        _snapshot_database(station, snapshot)
        files = list(_station_files(data_dir))
        total = len(files) + 1
        created = clock.iso()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": created,
            "station_id": station.station_id,
            "station_name": station.name,
            "schema_version": _schema_version(snapshot),
            "files": [],
        }
        altered: list[str] = []
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            size, sha = _add_member(zf, snapshot, DB_MEMBER)
            manifest["database"] = {"size": size, "sha256": sha}
            if progress:
                progress(1, total)
            for i, (path, rel) in enumerate(files, start=2):
                size, sha = _add_member(zf, path, FILES_PREFIX + rel)
                mode = stat.S_IMODE(path.stat().st_mode)
                manifest["files"].append({"path": rel, "size": size, "sha256": sha, "mode": mode})
                if rel.startswith("evidence/") and len(path.name) == 64 and path.name != sha:
                    altered.append(path.name)
                if progress:
                    progress(i, total)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        verify_archive(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise StationError(str(exc), code="backup_failed", path=str(target), errno=exc.errno) from exc
    finally:
        partial.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    return BackupReport(
        target,
        target.stat().st_size,
        len(files),
        created,
        station.station_id,
        manifest["schema_version"],
        altered,
    )


def _snapshot_database(station: Station, dest_path: Path) -> None:
    """A consistent copy of the live database, as one self-contained file (no WAL)."""
    dest = sqlite3.connect(dest_path)
    try:
        station.db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _schema_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _station_files(data_dir: Path) -> Iterator[tuple[Path, str]]:
    """Every file of the data directory that belongs in a backup, with its POSIX relative path."""
    for root, dirs, names in os.walk(data_dir):
        here = Path(root)
        rel_root = here.relative_to(data_dir)
        if rel_root == Path("."):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_TOP and not d.startswith(".inspector-"))
            names = [n for n in names if n not in SKIP_TOP]
        else:
            dirs[:] = sorted(d for d in dirs if d not in (".tmp", "tmp"))
        for name in sorted(names):
            if name.endswith(SKIP_SUFFIXES):
                continue
            path = here / name
            if path.is_symlink() or not path.is_file():
                continue
            yield path, (rel_root / name).as_posix()


def _add_member(zf: zipfile.ZipFile, source: Path, name: str) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    with open(source, "rb") as src, zf.open(info, "w", force_zip64=True) as out:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


# ------------------------------------------------------------ verification
class _Invalid(ValueError):
    """Why a file is not a usable backup, as a reason code (``inspector.messages`` words it)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


def read_manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    """The archive's manifest, checked for shape; StationError(code="backup_invalid", reason=…) otherwise.

    Reasons: ``no_manifest`` (a zip file, but not a backup), ``not_backup`` (a manifest of something else),
    ``bad_manifest`` (a backup's manifest that cannot be read), ``size`` (the sizes it declares add up to more
    than the archive holds: members are stored uncompressed, so such a manifest is not believable).
    """
    try:
        try:
            info = zf.getinfo(MANIFEST)
        except KeyError as exc:
            raise _Invalid("no_manifest") from exc
        if info.file_size > MAX_MANIFEST_BYTES:
            raise _Invalid("bad_manifest", "manifest too large")
        manifest = json.loads(zf.read(info).decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _Invalid("not_backup")
        if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            raise StationError("backup from a newer program", code="backup_too_new", path=str(path))
        files = manifest["files"]
        db = manifest["database"]
        _check_entry({**db, "path": "database"})
        seen: set[str] = set()
        for entry in files:
            _check_entry(entry)
            # case-folded: a second member of the same name would overwrite the first on Windows
            if entry["path"].casefold() in seen:
                raise ValueError(f"{entry['path']!r} listed twice")
            seen.add(entry["path"].casefold())
        declared = db["size"] + sum(e["size"] for e in files)
        if declared > _archive_size(zf, path):
            raise _Invalid("size", f"declared {declared} bytes")
    except StationError:
        raise
    except _Invalid as exc:
        raise StationError(str(exc), code="backup_invalid", path=str(path), reason=exc.reason) from exc
    except (KeyError, ValueError, TypeError, AttributeError, UnicodeDecodeError, RecursionError) as exc:
        raise StationError(str(exc), code="backup_invalid", path=str(path), reason="bad_manifest") from exc
    return manifest


def _archive_size(zf: zipfile.ZipFile, path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return sum(i.compress_size for i in zf.infolist())


def _check_entry(entry: Any) -> None:
    if not isinstance(entry, dict):
        raise ValueError("manifest entry is not an object")
    rel = entry["path"]
    if not isinstance(rel, str) or not _safe_relative(rel):
        raise ValueError(f"unsafe path in manifest: {rel!r}")
    if not isinstance(entry["size"], int) or isinstance(entry["size"], bool) or entry["size"] < 0:
        raise ValueError(f"bad size for {rel!r}")
    sha = entry["sha256"]
    if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise ValueError(f"bad hash for {rel!r}")


def _safe_relative(rel: str) -> bool:
    p = PurePosixPath(rel)
    return (
        bool(rel)
        and not p.is_absolute()
        and ".." not in p.parts
        and "\\" not in rel
        and ":" not in rel
        and "\x00" not in rel
        and p.parts[0] not in SKIP_TOP
    )


def verify_archive(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Re-read every member of a backup and compare it with the manifest; returns the manifest."""
    path = Path(path)
    with _open_zip(path) as zf:
        manifest = read_manifest(zf, path)
        entries = [(DB_MEMBER, manifest["database"])] + [
            (FILES_PREFIX + e["path"], e) for e in manifest["files"]
        ]
        for name, entry in entries:
            _hash_member(zf, name, entry, path, sink=None)
    return manifest


def inspect_archive(path: str | os.PathLike[str]) -> BackupInfo:
    """Read a backup's manifest (a quick look, before a restore): refuses what is not a backup, a file cut
    short, and a backup from a newer program. The members' hashes are checked by :func:`verify_archive` and
    again, file by file, by :func:`restore`."""
    path = Path(path).expanduser().absolute()
    with _open_zip(path) as zf:
        manifest = read_manifest(zf, path)
    _check_schema(manifest, path)
    return BackupInfo(
        path,
        str(manifest.get("station_id", "")),
        str(manifest.get("station_name", "") or ""),
        str(manifest.get("created_at", "")),
        int(manifest.get("schema_version", 0)),
        len(manifest["files"]),
        manifest["database"]["size"] + sum(e["size"] for e in manifest["files"]),
    )


def _check_schema(manifest: dict[str, Any], path: Path) -> None:
    try:
        version = int(manifest.get("schema_version", 0))
    except (TypeError, ValueError) as exc:
        raise StationError(str(exc), code="backup_invalid", path=str(path), reason="bad_manifest") from exc
    if version > SCHEMA_VERSION:
        raise StationError(
            "backup from a newer program",
            code="backup_too_new",
            path=str(path),
            found=version,
            supported=SCHEMA_VERSION,
        )


def _hash_member(zf: zipfile.ZipFile, name: str, entry: dict[str, Any], path: Path, *, sink: Any) -> None:
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(name) as member:
            while chunk := member.read(CHUNK):
                size += len(chunk)
                if size > entry["size"]:
                    break
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
    except KeyError as exc:
        raise StationError(f"{name} missing", code="backup_damaged", path=str(path), member=name) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise StationError(str(exc), code="backup_damaged", path=str(path), member=name) from exc
    if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
        raise StationError(
            f"{name} differs from the manifest", code="backup_damaged", path=str(path), member=name
        )


@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise StationError(str(exc), code="backup_missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise StationError(str(exc), code="backup_invalid", path=str(path), reason="folder") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise StationError(str(exc), code="backup_invalid", path=str(path), reason="not_zip") from exc
    with zf:
        yield zf


# ------------------------------------------------------------------ restore
def restore(
    source: str | os.PathLike[str],
    data_dir: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RestoreReport:
    """Unpack a backup into an empty or absent ``data_dir``, checking every file; never overwrites anything.

    ``cancelled()`` is asked between files; when it says yes the partial copy is removed and
    ``StationError(code="restore_cancelled")`` raised, leaving ``data_dir`` as it was.
    """
    source = Path(source).expanduser().absolute()
    target = Path(data_dir).expanduser().absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StationError("restore target not empty", code="restore_not_empty", path=str(target))
    if not target.parent.is_dir():
        raise StationError("restore parent missing", code="backup_folder_missing", path=str(target.parent))
    work = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        with _open_zip(source) as zf:
            manifest = read_manifest(zf, source)
            _check_schema(manifest, source)
            need = manifest["database"]["size"] + sum(e["size"] for e in manifest["files"])
            free = shutil.disk_usage(target.parent).free
            if free < need:
                raise StationError(
                    "not enough space", code="disk_full", path=str(target.parent), need=need, free=free
                )
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            total = len(manifest["files"]) + 1
            _extract(zf, DB_MEMBER, manifest["database"], work / DB_FILE, source)
            if progress:
                progress(1, total)
            for i, entry in enumerate(manifest["files"], start=2):
                if cancelled is not None and cancelled():
                    raise StationError("restore cancelled", code="restore_cancelled", path=str(target))
                dest = work / entry["path"]
                _extract(zf, FILES_PREFIX + entry["path"], entry, dest, source)
                mode = entry.get("mode")
                if isinstance(mode, int) and 0 <= mode <= 0o777:
                    os.chmod(dest, mode | stat.S_IRUSR)
                if progress:
                    progress(i, total)
        _check_restored_database(work / DB_FILE, source)
        if target.exists():
            target.rmdir()
        os.replace(work, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise StationError(str(exc), code="restore_failed", path=str(target), errno=exc.errno) from exc
    finally:
        if work.exists():
            _remove_tree(work)
    return RestoreReport(
        target,
        len(manifest["files"]),
        str(manifest.get("station_id", "")),
        int(manifest.get("schema_version", 0)),
        str(manifest.get("created_at", "")),
    )


def _extract(zf: zipfile.ZipFile, name: str, entry: dict[str, Any], dest: Path, source: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "xb") as out:
        _hash_member(zf, name, entry, source, sink=out)
        out.flush()
        os.fsync(out.fileno())


def _check_restored_database(path: Path, source: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            problems = [r[0] for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StationError(str(exc), code="backup_damaged", path=str(source), member=DB_MEMBER) from exc
    if version > SCHEMA_VERSION:
        raise StationError(
            "database too new",
            code="backup_too_new",
            found=version,
            supported=SCHEMA_VERSION,
            path=str(source),
        )
    if problems:
        raise StationError(problems[0], code="backup_damaged", path=str(source), member=DB_MEMBER)


def _remove_tree(path: Path) -> None:
    def _writable(func: Callable[..., Any], p: str, _exc: Any) -> None:
        with contextlib.suppress(OSError):
            os.chmod(p, stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)
            func(p)

    shutil.rmtree(path, onerror=_writable)  # onexc needs Python 3.12


# ---------------------------------------------------------------- schedule
@dataclass(frozen=True)
class Schedule:
    """The scheduled-backup settings and state, as the settings screen shows them."""

    interval_days: int
    keep: int
    folder: Path
    last_at: str | None
    last_file: str | None
    last_error: str | None

    @property
    def enabled(self) -> bool:
        return self.interval_days > 0

    def due(self, now: dt.datetime) -> bool:
        if not self.enabled:
            return False
        if not self.last_at:
            return True
        last = dt.datetime.fromisoformat(self.last_at.replace("Z", "+00:00"))
        return now - last >= dt.timedelta(days=self.interval_days)


def schedule(station: Station) -> Schedule:
    """The schedule as configured; a value typed wrongly in the raw settings falls back to its default."""
    folder = str(station.setting("backup.dir") or "").strip()
    return Schedule(
        interval_days=min(365, max(0, _int_setting(station, "backup.interval_days"))),
        keep=min(365, max(1, _int_setting(station, "backup.keep"))),
        folder=Path(folder).expanduser() if folder else station.data_dir / "backups" / "scheduled",
        last_at=station.db.meta_get("backup.last_at"),
        last_file=station.db.meta_get("backup.last_file"),
        last_error=station.db.meta_get("backup.last_error"),
    )


def _int_setting(station: Station, key: str) -> int:
    from inspector import settings

    try:
        return int(station.setting(key))
    except (TypeError, ValueError, OverflowError):
        return int(settings.default(key))


def run_scheduled(station: Station, *, force: bool = False) -> BackupReport | None:
    """Take the scheduled backup if it is due (or ``force``), then keep only the newest ``backup.keep``.

    Returns None when nothing was due. A failure is recorded (``backup.last_error``) and raised.
    """
    plan = schedule(station)
    now = clock.now()
    if not force and not plan.due(now):
        return None
    target = plan.folder / backup_name(station, now=now)
    try:
        plan.folder.mkdir(parents=True, exist_ok=True)
        report = _backup(station, target, overwrite=False, progress=None)
    except (StationError, OSError) as exc:
        with station.db.write():
            station.db.meta_set("backup.last_error", f"{clock.iso()} {exc}")
        if isinstance(exc, OSError):
            raise StationError(str(exc), code="backup_failed", path=str(target), errno=exc.errno) from exc
        raise
    with station.db.write():
        station.db.meta_set("backup.last_at", report.created_at)
        station.db.meta_set("backup.last_file", str(report.path))
        station.db.meta_set("backup.last_error", "")
    prune(plan.folder, station_id=station.station_id, keep=plan.keep)
    return report


def backup_now(session: Session) -> BackupReport:
    """Take a scheduled-style backup now, whatever the schedule says (administrators only)."""
    session.require(Action.BACKUP_RUN)
    report = run_scheduled(session.station, force=True)
    assert report is not None  # forced
    return report


def prune(folder: Path, *, station_id: str, keep: int) -> list[Path]:
    """Delete this station's scheduled backups beyond the newest ``keep``; returns what was deleted."""
    ours = sorted(
        (p for p in folder.iterdir() if (m := SCHEDULED_NAME.match(p.name)) and m["station"] == station_id),
        key=lambda p: p.name,
        reverse=True,
    )
    removed = ours[max(1, keep) :]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


# ------------------------------------------------------------------ helpers
def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
