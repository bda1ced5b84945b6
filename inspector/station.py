"""The station: one data directory with its database and evidence store; the entry point for UI and CLI."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import errors as db_errors
from db.station import open_database
from db.station.database import StationDatabase
from inspector import changes as change_log
from inspector import clock, settings
from inspector.errors import AccountLocked, AuthenticationError, NotFound, StationError
from inspector.ids import new_id
from inspector.permissions import Action, Role, require

if TYPE_CHECKING:
    from inspector import audit

# ``inspector.audit`` (and hashlib's OpenSSL behind it) is imported where a chain is written or checked, not
# when the station opens: the login dialog appears before anything is hashed.

DB_FILE = "station.sqlite"
ATTEMPT_STALE_SECONDS = 120  # a registered login attempt older than this was abandoned (process killed)
SYNC_COLUMNS = ("id", "version", "updated_at", "updated_by", "station_id")


PORTABLE_MARKER = "inspector-portable.txt"  # beside the executable: keep the data there, in ./data


def program_dir() -> Path:
    """The folder of the executable (a frozen build) or of the checkout (running from source)."""
    import sys

    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


def portable_data_dir() -> Path | None:
    """``<program dir>/data`` when the program runs in portable mode (a marker file beside it), else None."""
    folder = program_dir()
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None


def default_data_dir() -> Path:
    """``INSPECTOR_DATA``, else the portable data folder, else the platform's per-user data directory."""
    env = os.environ.get("INSPECTOR_DATA")
    if env:
        return Path(env).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs  # only when no data directory was named

    return Path(platformdirs.user_data_dir("Inspector", appauthor=False))


@dataclass(frozen=True)
class User:
    """The logged-in user as the use cases see it."""

    id: str
    username: str
    display_name: str
    role: Role
    squad_id: str | None
    officer_id: str | None
    has_legal_qualification: bool

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> User:
        return cls(
            row["id"],
            row["username"],
            row["display_name"],
            Role(row["role"]),
            row["squad_id"],
            row["officer_id"],
            bool(row["has_legal_qualification"]),
        )


SYSTEM_USER = User("system", "system", "系统", Role.ADMIN, None, None, False)


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
        return self.db.meta_get("station_name") or ""

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
        """Check credentials with lockout; raises :class:`AuthenticationError` or :class:`AccountLocked`.

        The lockout holds under parallel guesses: each attempt is registered inside the write lock before its
        (slow, deliberately) password check, counted together with the recorded failures, and an attempt beyond
        ``auth.max_failed_logins`` locks the account without being checked; a correct password whose account
        was locked meanwhile is refused too.
        """
        from inspector import passwords  # Argon2: loaded at the first login, not when the window opens
        from inspector.text import username_key

        row = self.db.query_one(
            "SELECT * FROM users WHERE username = ? AND active = 1", (username_key(username),)
        )
        if row is None:
            # Same cost as a real check, so timing does not reveal which user names exist.
            passwords.verify_password(_DUMMY_HASH, password)
            raise AuthenticationError("bad credentials")
        if _locked(row, clock.now()):
            raise AccountLocked(username=row["username"], until=row["locked_until"])
        max_attempts = max(1, int(self.setting("auth.max_failed_logins")))
        lock_minutes = int(self.setting("auth.lock_minutes"))
        attempt = self._begin_attempt(row["id"], max_attempts=max_attempts, lock_minutes=lock_minutes)
        ok = False
        new_hash: str | None = None
        try:
            ok = passwords.verify_password(row["password_hash"], password)
            new_hash = (
                passwords.hash_password(password)
                if ok and passwords.needs_rehash(row["password_hash"])
                else None
            )
        finally:
            durable = not ok or bool(new_hash or row["failed_attempts"] or row["locked_until"])
            outcome = self._finish_attempt(
                row["id"],
                attempt,
                ok=ok,
                new_hash=new_hash,
                durable=durable,
                max_attempts=max_attempts,
                lock_minutes=lock_minutes,
            )
        if isinstance(outcome, Exception):
            raise outcome
        return Session(self, User.from_row(outcome))

    def _begin_attempt(self, user_id: str, *, max_attempts: int, lock_minutes: int) -> int:
        """Register a login attempt inside the write lock; AccountLocked when the budget is used up."""
        now = clock.now()
        # The registration itself is bookkeeping: committed without waiting for the disk (still atomic).
        with self.db.write(durable=False):
            fresh = self.db.get("users", user_id)
            if _locked(fresh, now):
                raise AccountLocked(username=fresh["username"], until=fresh["locked_until"])
            stale = clock.iso(now - dt.timedelta(seconds=ATTEMPT_STALE_SECONDS))
            self.db.execute(
                "DELETE FROM login_attempts WHERE user_id = ? AND started_at < ?", (user_id, stale)
            )
            running = int(self.db.scalar("SELECT count(*) FROM login_attempts WHERE user_id = ?", (user_id,)))
            if fresh["failed_attempts"] + running < max_attempts:
                return int(
                    self.db.execute(
                        "INSERT INTO login_attempts(user_id, started_at) VALUES (?, ?)",
                        (user_id, clock.iso(now)),
                    ).lastrowid
                )
        # Over the budget: this guess is not even checked, and the account locks (an audited, durable write).
        with self.db.write():
            fresh = self.db.get("users", user_id)
            until = (
                fresh["locked_until"]
                if _locked(fresh, now)
                else clock.iso(now + dt.timedelta(minutes=lock_minutes))
            )
            if until != fresh["locked_until"]:
                with self.system_session().writing(Action.USER_MANAGE, label="auth.login_locked") as w:
                    w.update("users", user_id, {"failed_attempts": 0, "locked_until": until})
        raise AccountLocked(username=fresh["username"], until=until)

    def _finish_attempt(
        self,
        user_id: str,
        attempt: int,
        *,
        ok: bool,
        new_hash: str | None,
        max_attempts: int,
        lock_minutes: int,
        durable: bool,
    ) -> dict[str, Any] | Exception:
        """Record the outcome inside the write lock: the user row on success, else the error to raise.

        ``durable`` (decided before the lock, from what the row looked like) makes the commit wait for the
        disk: failures and resets are audited; a plain successful login only removes its registration.
        """
        from inspector import passwords

        now = clock.now()
        system = self.system_session()
        with self.db.write(durable=durable):
            self.db.execute("DELETE FROM login_attempts WHERE id = ?", (attempt,))
            fresh = self.db.get("users", user_id)
            if _locked(fresh, now):
                return AccountLocked(username=fresh["username"], until=fresh["locked_until"])
            if not ok:
                failed = fresh["failed_attempts"] + 1
                until = passwords.lock_until(
                    failed_attempts=failed, max_attempts=max_attempts, lock_minutes=lock_minutes, now=now
                )
                with system.writing(Action.USER_MANAGE, label="auth.login_failed") as w:
                    w.update(
                        "users",
                        user_id,
                        {
                            "failed_attempts": 0 if until else failed,
                            "locked_until": clock.iso(until) if until else None,
                        },
                    )
                if until:
                    return AccountLocked(username=fresh["username"], until=clock.iso(until))
                return AuthenticationError("bad credentials")
            if fresh["failed_attempts"] or fresh["locked_until"] or new_hash:
                changes: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
                if new_hash:
                    changes["password_hash"] = new_hash
                with system.writing(Action.USER_MANAGE, label="auth.login") as w:
                    w.update("users", user_id, changes)
                fresh = self.db.get("users", user_id)
        return fresh

    # ------------------------------------------------------------------ audit
    def audit_verify(self) -> list[audit.Break]:
        """Recompute the chain and compare every audited row with the digest its last event recorded."""
        from inspector import audit

        events = self.db.conn.execute(
            f"SELECT {', '.join(audit.EVENT_FIELDS)}, hash FROM audit_events ORDER BY seq"
        )
        head_raw = self.db.meta_get("audit_head")
        head = None
        if head_raw:
            seq, _, h = head_raw.partition(":")
            head = (int(seq), h)
        breaks = audit.verify_chain(
            (dict(zip([*audit.EVENT_FIELDS, "hash"], r, strict=True)) for r in events), head=head
        )
        # Last event per row, grouped by table: each table's rows are then compared with their own group only.
        last_by_table: dict[str, dict[str, tuple[int, str]]] = {}
        for r in self.db.conn.execute(
            "SELECT entity, entity_id, seq, digest FROM audit_events "
            "WHERE seq IN (SELECT max(seq) FROM audit_events GROUP BY entity, entity_id)"
        ):
            last_by_table.setdefault(r[0], {})[r[1]] = (r[2], r[3])
        for table in self.audited_tables():
            last = last_by_table.get(table, {})
            seen: set[str] = set()
            for row in self.db.conn.execute(f"SELECT * FROM [{table}]"):
                row = dict(row)
                seen.add(row["id"])
                logged = last.get(row["id"])
                if logged is None:
                    breaks.append(
                        audit.Break(
                            "row_unlogged",
                            None,
                            table,
                            row["id"],
                            "row has no audit event (written outside the application)",
                        )
                    )
                elif logged[1] != audit.digest(row):
                    breaks.append(
                        audit.Break(
                            "row_changed",
                            logged[0],
                            table,
                            row["id"],
                            "row differs from the state its last audit event recorded",
                        )
                    )
            for entity_id, (seq, dig) in last.items():
                if entity_id not in seen and dig != audit.DELETED:
                    breaks.append(
                        audit.Break(
                            "row_missing", seq, table, entity_id, "row was deleted outside the application"
                        )
                    )
        # Settings are keyed by name, not id: compare each with the digest its last event recorded.
        for r in self.db.query("SELECT key, value FROM settings"):
            logged = last_by_table.get("settings", {}).get(r["key"])
            if logged is None or logged[1] != audit.digest({"key": r["key"], "value": r["value"]}):
                breaks.append(
                    audit.Break(
                        "row_changed" if logged else "row_unlogged",
                        logged[0] if logged else None,
                        "settings",
                        r["key"],
                        "setting differs from its audited value",
                    )
                )
        breaks.sort(key=lambda b: (b.seq is None, b.seq or 0))
        return breaks

    def audited_tables(self) -> list[str]:
        """Every table with the sync columns: all of them are written only through a :class:`Writer`."""
        tables = []
        for r in self.db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            cols = set(self.db.columns(r["name"]))
            if all(c in cols for c in SYNC_COLUMNS):
                tables.append(r["name"])
        return tables

    def pending_sync_count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL") or 0)


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


def _check_text(table: str, values: Mapping[str, Any]) -> None:
    """Backstop for every use case: no stored text carries NUL, control characters or bidi overrides."""
    from inspector.errors import ValidationError
    from inspector.text import stored_problems

    found = stored_problems(table, values)
    if found:
        raise ValidationError(found)


def _locked(row: Mapping[str, Any], now: dt.datetime) -> bool:
    until = row["locked_until"]
    return bool(until) and dt.datetime.fromisoformat(until.replace("Z", "+00:00")) > now


# Checked against for unknown user names so that a failed login costs the same whether or not the name
# exists. A constant (the hash of a random, discarded password with the current parameters) rather than a
# hash computed at import: hashing is deliberately slow and would delay every start of the program.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=2$dWF/KHhTQjff5KgTGZENHw$i0AlnvxQ543TU/DwdXN48AS0FPm/MIJT93gebvJikTA"
)


class Session:
    """A logged-in user on a station; every use case takes one and checks its permission first."""

    def __init__(self, station: Station, user: User, *, system: bool = False) -> None:
        self.station = station
        self.user = user
        self.system = system

    @property
    def db(self) -> StationDatabase:
        return self.station.db

    @property
    def role(self) -> Role:
        return self.user.role

    def can(self, action: Action) -> bool:
        from inspector.permissions import allowed

        return self.system or allowed(self.user.role, action)

    def require(self, action: Action) -> None:
        if not self.system:
            require(self.user.role, action)

    @contextlib.contextmanager
    def writing(self, action: Action, *, label: str | None = None) -> Iterator[Writer]:
        """Check ``action`` is allowed, then give a :class:`Writer` inside one transaction."""
        self.require(action)
        with self.db.write():
            yield Writer(self, label or str(action))


class Writer:
    """Writes synced rows inside a use case's transaction: row + audit event + outbox entry, together."""

    def __init__(self, session: Session, action: str) -> None:
        self.session = session
        self.action = action
        self.db = session.db
        self.changed: list[tuple[str, str]] = []

    def _stamp(self, values: dict[str, Any]) -> None:
        values["updated_at"] = clock.iso()
        values["updated_by"] = self.session.user.username
        values["station_id"] = self.session.station.station_id

    def insert(self, table: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Insert a synced row (an ``id`` is made if absent) and log it; returns the stored row."""
        _check_text(table, values)
        row = dict(values)
        row.setdefault("id", new_id())
        row["version"] = 1
        self._stamp(row)
        self.db.insert(table, row)
        return self._logged(table, row["id"], op="insert")

    def update(
        self, table: str, key: str, changes: Mapping[str, Any], *, expected_version: int | None = None
    ) -> dict[str, Any]:
        """Update a synced row, bumping its version; ``expected_version`` guards against lost updates."""
        from inspector.errors import Conflict

        _check_text(table, changes)
        current = self.db.find(table, key)
        if current is None:
            raise NotFound(entity=table, key=key)
        if expected_version is not None and current["version"] != expected_version:
            raise Conflict(
                f"{table} {key} changed (version {current['version']}, expected {expected_version})",
                table=table,
                key=key,
                found=current["version"],
                expected=expected_version,
            )
        values = dict(changes)
        values["version"] = current["version"] + 1
        self._stamp(values)
        self.db.update(table, key, values)
        return self._logged(table, key, op="update")

    def delete(self, table: str, key: str) -> None:
        """Delete a synced row (only for tables that are not append-only) and log the deletion."""
        current = self.db.find(table, key)
        if current is None:
            raise NotFound(entity=table, key=key)
        self.db.delete(table, key)
        from inspector import audit

        self.record(table, key, audit.DELETED, op="delete", version=current["version"] + 1)

    def _logged(self, table: str, key: str, *, op: str) -> dict[str, Any]:
        from inspector import audit

        row = self.db.get(table, key)
        self.record(table, key, audit.digest(row), op=op, version=row["version"])
        return row

    def record(self, table: str, key: str, dig: str, *, op: str, version: int, queue: bool = True) -> None:
        """Append the audit event (and outbox entry) for a change made to a row of ``table``.

        :meth:`insert`, :meth:`update` and :meth:`delete` call this; call it directly only for rows kept in
        tables without the sync columns (such as settings), passing the digest of their new state.
        ``queue=False`` logs a change that came from the central database (it is not sent back).
        """
        from inspector import audit

        db = self.db
        head = db.meta_get("audit_head")
        prev_seq, prev_hash = (0, audit.GENESIS)
        if head:
            s, _, h = head.partition(":")
            prev_seq, prev_hash = int(s), h
        event = {
            "seq": prev_seq + 1,
            "id": new_id(),
            "at": clock.iso(),
            "actor": self.session.user.username,
            "action": f"{self.action}:{op}",
            "entity": table,
            "entity_id": key,
            "digest": dig,
            "station_id": self.session.station.station_id,
            "prev_hash": prev_hash,
        }
        event["hash"] = audit.event_hash(event)
        db.insert("audit_events", event)
        db.meta_set("audit_head", f"{event['seq']}:{event['hash']}")
        if queue:
            db.insert(
                "outbox",
                {
                    "entity": table,
                    "entity_id": key,
                    "version": version,
                    "op": "delete" if op == "delete" else "upsert",
                    "queued_at": event["at"],
                },
            )
        if not self.changed:  # announced once, after the outermost commit, with every row this writer touched
            db.after_commit(lambda: change_log.publish(change_log.Changes.of(self.changed)))
        self.changed.append((table, key))
