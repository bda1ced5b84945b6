"""Open, migrate and write the station SQLite database (WAL, foreign keys, one writer at a time)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import errors

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Migration:
    """One numbered schema step."""

    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with this program, in the order it is applied."""
    found = []
    import importlib.resources  # only when migrations are read (not on every start)

    for entry in importlib.resources.files("db.station.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.number)
    numbers = [mig.number for mig in found]
    if len(set(numbers)) != len(numbers):
        raise RuntimeError(f"duplicate migration numbers: {numbers}")
    return found


def _latest_migration() -> int:
    """The highest migration number shipped, from the file names alone (no SQL read at import)."""
    folder = Path(__file__).resolve().parent / "migrations"  # beside this module, installed or frozen
    if folder.is_dir():
        names: Iterable[str] = os.listdir(folder)
    else:  # a zipped install: ask the import system
        import importlib.resources

        names = [e.name for e in importlib.resources.files("db.station.migrations").iterdir()]
    return max(int(m.group(1)) for n in names if (m := _MIGRATION_NAME.match(n)))


SCHEMA_VERSION = _latest_migration()


SQLITE_MAGIC = b"SQLite format 3\x00"


def preflight(path: str) -> None:
    """Refuse a file that is not ours to open, by reading its header only — the file is not touched.

    An empty file (an interrupted copy) would otherwise become a new empty station; a file that is not SQLite
    would fail later; a database from a newer program would have its journal mode changed before the version
    check. Raises :class:`errors.EmptyDatabaseError`, :class:`errors.DatabaseCorruptError` or
    :class:`errors.DatabaseTooNewError`; a missing file passes (it is created).
    """
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return
    except IsADirectoryError as exc:
        raise errors.DatabaseCorruptError(path=path, detail="is a directory") from exc
    except PermissionError as exc:
        raise errors.ReadOnlyError(path=path, detail="cannot be read") from exc
    except OSError as exc:
        raise errors.DatabaseCorruptError(path=path, detail=exc.strerror or str(exc)) from exc
    if not header:
        raise errors.EmptyDatabaseError(path=path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise errors.DatabaseCorruptError(path=path, detail="file is not an SQLite database")
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise errors.DatabaseTooNewError(found=version, supported=SCHEMA_VERSION, path=path)
    pages, valid_for, changes = (int.from_bytes(header[i : i + 4], "big") for i in (28, 92, 24))
    if version == 0 and pages > 1 and valid_for == changes:
        # Tables but no station schema version: some other program's database, never made into a station.
        raise errors.DatabaseCorruptError(path=path, detail="not a station database")


def _translate(exc: sqlite3.Error, path: str) -> errors.Error | None:
    msg = str(exc).lower()
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return errors.ReadOnlyError(path=path, detail=str(exc))
    if "locked" in msg or "busy" in msg:
        return errors.DatabaseLockedError(f"{path}: {exc}")
    if "disk is full" in msg or "disk full" in msg:
        return errors.DiskFullError(f"{path}: {exc}")
    if "not a database" in msg or "malformed" in msg or "disk i/o" in msg:
        return errors.DatabaseCorruptError(path=path, detail=str(exc))
    return None


@contextlib.contextmanager
def translated_errors(path: str) -> Iterator[None]:
    """Turn the sqlite3 errors a user can meet (locked, full, corrupt) into typed storage errors."""
    try:
        yield
    except sqlite3.Error as exc:
        typed = _translate(exc, path)
        if typed is None:
            raise
        raise typed from exc


class StationDatabase:
    """The station database: a sqlite-utils ``Database`` plus the write discipline of the app.

    Use one instance per thread. Writes go through :meth:`write`, which takes SQLite's write lock at
    the start (``BEGIN IMMEDIATE``) so that two programs on one station never deadlock half-way.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        backup_dir: str | os.PathLike[str] | None = None,
        migrate: bool = True,
    ) -> None:
        self.path = str(path)
        self.backup_dir = Path(backup_dir) if backup_dir else Path(self.path).parent / "backups"
        memory = self.path == ":memory:"
        if not memory:
            preflight(self.path)
        with translated_errors(self.path):
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            conn.row_factory = sqlite3.Row
            self._utils = None
            self.conn = conn
            self._after_commit: list[Callable[[], None]] = []
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys=ON")
            if not memory:
                conn.execute("PRAGMA journal_mode=WAL")
                # NORMAL is durable in WAL mode except for the last transactions on power loss; FULL is
                # what "nothing ever lost" asks for, and station write volume is small.
                conn.execute("PRAGMA synchronous=FULL")
            # Probe: a non-database file fails here with a clear error instead of later.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if migrate:
            self.migrate()

    @property
    def db(self):
        """The sqlite-utils ``Database`` over this connection (imported on first use: it costs start-up time)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    # ----------------------------------------------------------------- schema
    def schema_version(self) -> int:
        """Highest migration applied to this file (0 for a new file)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def pending_migrations(self) -> list[Migration]:
        current = self.schema_version()
        if current >= SCHEMA_VERSION:  # the usual start: up to date, no need to read every migration's SQL
            return []
        return [m for m in migrations() if m.number > current]

    def migrate(self) -> list[Migration]:
        """Apply pending migrations, after a backup of a non-empty database; refuse a newer file."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise errors.DatabaseTooNewError(found=current, supported=SCHEMA_VERSION, path=self.path)
        pending = self.pending_migrations()
        if not pending:
            return []
        if current == 0 and self.scalar("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
            # A database of some other program: never turn it into a station.
            raise errors.DatabaseCorruptError(path=self.path, detail="not a station database")
        if current > 0 and self.path != ":memory:":
            self.backup(reason=f"before-migration-v{current}")
        with translated_errors(self.path):
            for mig in pending:
                # executescript commits first; wrap each migration in its own transaction so a failure
                # leaves the file at the previous version.
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(mig.sql):
                        self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO schema_migrations(number, name, applied_at) VALUES (?, ?, ?)",
                        (mig.number, mig.name, utc_now()),
                    )
                    self.conn.execute(f"PRAGMA user_version={mig.number}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
        return pending

    def backup(self, *, reason: str) -> Path:
        """Copy the database to ``backups/`` with SQLite's online backup API and return the file."""
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backup_dir / f"station-{stamp}-{reason}.sqlite"
        tmp = target.with_suffix(".partial")
        dest = sqlite3.connect(tmp)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, target)
        return target

    # ------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def write(self, *, durable: bool = True) -> Iterator[StationDatabase]:
        """One atomic write. Nested blocks become savepoints of the outer transaction.

        ``durable=False`` commits without waiting for the disk (``synchronous=NORMAL`` for this transaction: in
        WAL mode the database stays consistent, and a power failure can only lose the last such transactions) —
        only for bookkeeping whose loss does no harm. ``OFF`` would also skip the syncs around checkpoints, which
        can corrupt the file on power loss.
        """
        with translated_errors(self.path):
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            if not durable:
                self.conn.execute("PRAGMA synchronous=NORMAL")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    self._after_commit.clear()
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                else:
                    self.conn.execute("COMMIT")
            finally:
                if not durable:
                    self.conn.execute("PRAGMA synchronous=FULL")
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the outermost write transaction has committed (dropped on rollback)."""
        if not self.conn.in_transaction:
            raise RuntimeError("after_commit() outside a write transaction")
        self._after_commit.append(callback)

    # -------------------------------------------------------------- row access
    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with translated_errors(self.path):
            return [dict(r) for r in self.conn.execute(sql, params)]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        with translated_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with translated_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        with translated_errors(self.path):
            return self.conn.execute(sql, params)

    def get(self, table: str, key: str, *, column: str = "id") -> dict[str, Any]:
        _check_identifier(table)
        _check_identifier(column)
        row = self.query_one(f"SELECT * FROM [{table}] WHERE [{column}] = ?", (key,))
        if row is None:
            raise errors.NotFoundError(table=table, key=key)
        return row

    def find(self, table: str, key: str, *, column: str = "id") -> dict[str, Any] | None:
        try:
            return self.get(table, key, column=column)
        except errors.NotFoundError:
            return None

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        """Insert one row (plain SQL: sqlite-utils' own insert would commit our open transaction)."""
        _check_identifier(table)
        cols = list(row)
        for c in cols:
            _check_identifier(c)
        sql = (
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})"
        )
        self.execute(sql, [row[c] for c in cols])

    def update(self, table: str, key: str, changes: Mapping[str, Any], *, column: str = "id") -> None:
        _check_identifier(table)
        _check_identifier(column)
        if not changes:
            return
        for c in changes:
            _check_identifier(c)
        sets = ", ".join(f"[{c}] = ?" for c in changes)
        cur = self.execute(f"UPDATE [{table}] SET {sets} WHERE [{column}] = ?", [*changes.values(), key])
        if cur.rowcount != 1:
            raise errors.NotFoundError(table=table, key=key)

    def delete(self, table: str, key: str, *, column: str = "id") -> None:
        _check_identifier(table)
        _check_identifier(column)
        self.execute(f"DELETE FROM [{table}] WHERE [{column}] = ?", (key,))

    def columns(self, table: str) -> list[str]:
        _check_identifier(table)
        return [r["name"] for r in self.query(f"PRAGMA table_info([{table}])")]

    # -------------------------------------------------------------- metadata
    def meta_get(self, key: str, default: str | None = None) -> str | None:
        value = self.scalar("SELECT value FROM station_meta WHERE key = ?", (key,))
        return default if value is None else value

    def meta_set(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO station_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # ------------------------------------------------------------ integrity
    def integrity_check(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks; an empty list means healthy."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for r in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {r[0]} rowid {r[1]} -> {r[2]}")
        return problems

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.conn.in_transaction:
                self.conn.execute("PRAGMA optimize")
        self.conn.close()


def open_database(path: str | os.PathLike[str], **kwargs: Any) -> StationDatabase:
    """Open (creating and migrating as needed) the station database at ``path``."""
    return StationDatabase(path, **kwargs)


def utc_now() -> str:
    """Current UTC time as ISO 8601 with milliseconds and a ``Z``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _check_identifier(name: str) -> None:
    if not _IDENT.match(name):
        raise ValueError(f"not a safe SQL identifier: {name!r}")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    statements: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") and not buf:
            continue
        buf.append(line)
        candidate = "\n".join(buf)
        if stripped.endswith(";") and sqlite3.complete_statement(candidate):
            statements.append(candidate.strip())
            buf = []
    tail = "\n".join(buf).strip()
    if tail:
        statements.append(tail)
    return [s for s in statements if s.strip(" ;\n")]
