"""Typed storage errors; environment problems kept apart from bugs."""

from __future__ import annotations


class Error(Exception):
    """Base of every storage error."""


class DatabaseTooNewError(Error):
    """The database was written by a newer version of the program."""

    def __init__(self, *, found: int, supported: int, path: str) -> None:
        super().__init__(f"database schema version {found} is newer than supported {supported}: {path}")
        self.found = found
        self.supported = supported
        self.path = path


class DatabaseCorruptError(Error):
    """The file is not a usable SQLite database."""

    def __init__(self, *, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class EmptyDatabaseError(Error):
    """The database file exists but holds no bytes (an interrupted copy): never treated as a new station."""

    def __init__(self, *, path: str) -> None:
        super().__init__(f"{path}: empty file")
        self.path = path


class ReadOnlyError(Error):
    """The database file or its folder cannot be written (read-only medium or permissions)."""

    def __init__(self, *, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseLockedError(Error):
    """Another program holds the write lock longer than the busy timeout."""


class DiskFullError(Error):
    """The disk holding the data directory is full."""


class NotFoundError(Error):
    """A row that was asked for does not exist."""

    def __init__(self, *, table: str, key: object) -> None:
        super().__init__(f"{table}: {key} not found")
        self.table = table
        self.key = key


class StaleVersionError(Error):
    """A row changed since the caller read it (optimistic concurrency)."""

    def __init__(self, *, table: str, key: object, expected: int, found: int) -> None:
        super().__init__(f"{table}: {key} is at version {found}, expected {expected}")
        self.table = table
        self.key = key
        self.expected = expected
        self.found = found
