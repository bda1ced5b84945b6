"""The station core: one data directory opened as a :class:`Station`, the entry point for the UI and the CLI.

- :mod:`~inspector.station.paths`   where the data directory is (portable mode, ``INSPECTOR_DATA``)
- :mod:`~inspector.station.station` opening and closing the station, its settings and metadata
- :mod:`~inspector.station.session` the logged-in :class:`User` and the :class:`Session` use cases take
- :mod:`~inspector.station.writer`  the :class:`Writer`: row + audit event + outbox entry in one transaction
- :mod:`~inspector.station.auth`    login with lockout
- :mod:`~inspector.station.audit`   the audit hash chain and its verification (imported only when used)
"""

from __future__ import annotations

from inspector.station.paths import DB_FILE, PORTABLE_MARKER, default_data_dir, portable_data_dir, program_dir
from inspector.station.session import SYSTEM_USER, Session, User
from inspector.station.station import Station
from inspector.station.writer import SYNC_COLUMNS, Writer

__all__ = [
    "DB_FILE",
    "PORTABLE_MARKER",
    "SYNC_COLUMNS",
    "SYSTEM_USER",
    "Session",
    "Station",
    "User",
    "Writer",
    "default_data_dir",
    "portable_data_dir",
    "program_dir",
]
