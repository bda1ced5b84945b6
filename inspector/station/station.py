"""The station: one data directory with its database and evidence store; the entry point for UI and CLI."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import errors as db_errors
from db.station import open_database
from db.station.database import StationDatabase
from inspector import clock, settings
from inspector.errors import StationError
from inspector.ids import new_id
from inspector.station import auth
from inspector.station.paths import DB_FILE, default_data_dir
from inspector.station.session import SYSTEM_USER, Session

if TYPE_CHECKING:
    from inspector.station import audit


class Station:
    """An open station data directory. Create with :meth:`open` (or :meth:`create` for ``init``)."""

    def __init__(self, data_dir: Path, database: StationDatabase) -> None:
        self.data_dir = data_dir
        self._local = threading.local()
        self._local.db = database
        self._all: list[StationDatabase] = [database]
        self._lock = threading.Lock()
        self.station_id = database.meta_get("station_id") or ""

    @property
    def db(self) -> StationDatabase:
        """This thread's connection to the station database (SQLite: one connection per thread)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = open_database(self.data_dir / DB_FILE, migrate=False)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, *, create: bool = False) -> Station:
        """Open the station in ``data_dir``; with ``create`` make the directory and database if missing."""
        path = Path(data_dir) if data_dir else default_data_dir()
        db_path = path / DB_FILE
        if path.exists() and not path.is_dir():
            raise StationError(f"{path} is not a directory", code="not_a_directory", path=str(path))
        if not db_path.exists() and not create:
            raise StationError(f"no station database in {path}", code="no_station", path=str(path))
        database = None
        try:
            path.mkdir(parents=True, exist_ok=True)
            database = open_database(db_path)
            station = cls(path, database)
            if not station.station_id:
                with database.write():
                    station.station_id = new_id()
                    database.meta_set("station_id", station.station_id)
                    database.meta_set("created_at", clock.iso())
        except (db_errors.Error, OSError, sqlite3.Error) as exc:
            if database is not None:
                database.close()
            raise _open_error(exc, path, db_path) from exc
        return station

    @property
    def initialised(self) -> bool:
        return self.db.scalar("SELECT count(*) FROM users WHERE role = 'admin'") > 0

    @property
    def is_demo(self) -> bool:
        return self.db.meta_get("demo") == "1"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def name(self) -> str:
        """This station's name; one set up before a name was always recorded goes by its agency's name."""
        return (
            self.db.meta_get("station_name")
            or self.db.scalar("SELECT name FROM agencies ORDER BY rowid LIMIT 1")
            or ""
        )

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
        self._local = threading.local()

    # -------------------------------------------------------------- settings
    def setting(self, key: str) -> Any:
        """Current value of a setting, or its shipped default."""
        raw = self.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return settings.default(key) if raw is None else json.loads(raw)

    # --------------------------------------------------------------- sessions
    def system_session(self) -> Session:
        """A session for the station itself (``init``, ``demo``, migrations); never handed to the UI."""
        return Session(self, SYSTEM_USER, system=True)

    def login(self, username: str, password: str) -> Session:
        """Check credentials with lockout (:func:`inspector.station.auth.login`)."""
        return auth.login(self, username, password)

    # ------------------------------------------------------------------ audit
    def audit_verify(self) -> list[audit.Break]:
        """Recompute the chain and compare every audited row with the digest its last event recorded."""
        from inspector.station import audit

        return audit.audit_verify(self.db)

    def audited_tables(self) -> list[str]:
        """Every table with the sync columns: all of them are written only through a :class:`Writer`."""
        from inspector.station import audit

        return audit.audited_tables(self.db)

    def pending_sync_count(self) -> int:
        """Records waiting to be sent, each once however often it changed since the last sync."""
        return int(
            self.db.scalar(
                "SELECT count(*) FROM (SELECT 1 FROM outbox WHERE sent_at IS NULL GROUP BY entity, entity_id)"
            )
            or 0
        )


def _open_error(exc: BaseException, path: Path, db_path: Path) -> StationError:
    """The typed error for a data directory or database that cannot be opened."""
    if isinstance(exc, db_errors.DatabaseTooNewError):
        return StationError(
            str(exc), code="too_new", found=exc.found, supported=exc.supported, path=str(db_path)
        )
    if isinstance(exc, db_errors.DatabaseCorruptError):
        return StationError(str(exc), code="corrupt", path=str(db_path), detail=exc.detail)
    if isinstance(exc, db_errors.EmptyDatabaseError):
        return StationError(str(exc), code="empty_file", path=str(db_path))
    if isinstance(exc, db_errors.ReadOnlyError | PermissionError):
        return StationError(str(exc), code="unwritable", path=str(path), detail=str(exc))
    if isinstance(exc, db_errors.DiskFullError):
        return StationError(str(exc), code="disk_full", path=str(path))
    if isinstance(exc, db_errors.DatabaseLockedError):
        return StationError(str(exc), code="locked", path=str(db_path))
    if isinstance(exc, OSError):
        return StationError(str(exc), code="unwritable", path=str(path), detail=exc.strerror or str(exc))
    return StationError(str(exc), code="corrupt", path=str(db_path), detail=str(exc))
