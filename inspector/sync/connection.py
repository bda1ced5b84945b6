"""Where this station's central database is: server, port, database, login, TLS mode; the password in the keyring."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from inspector.station import Station

META_KEY = "sync_connection"
KEYRING_SERVICE = "inspector-central"
TLS_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass
class ConnectionSettings:
    """The form on the 同步 screen (kept on this computer only, never synced)."""

    host: str = ""
    port: int = 5432
    dbname: str = "inspector"
    user: str = ""
    sslmode: str = "prefer"

    def dsn(self) -> str:
        parts = {
            "host": self.host,
            "port": str(self.port),
            "dbname": self.dbname,
            "user": self.user,
            "sslmode": self.sslmode,
        }
        return " ".join(f"{k}={_quote(v)}" for k, v in parts.items() if v)

    @property
    def complete(self) -> bool:
        return bool(self.host and self.dbname and self.user)


def _quote(value: str) -> str:
    if value and all(c not in value for c in " '\\"):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def load(station: Station) -> ConnectionSettings:
    raw = station.db.meta_get(META_KEY)
    if not raw:
        return ConnectionSettings()
    data = json.loads(raw)
    known = {k: v for k, v in data.items() if k in ConnectionSettings.__dataclass_fields__}
    return ConnectionSettings(**known)


def save(station: Station, settings: ConnectionSettings) -> None:
    if settings.sslmode not in TLS_MODES:
        raise ValueError(f"unknown TLS mode {settings.sslmode!r}")
    with station.db.write():
        station.db.meta_set(META_KEY, json.dumps(asdict(settings), ensure_ascii=False))


def _account(station: Station, settings: ConnectionSettings) -> str:
    return f"{station.station_id}:{settings.user}@{settings.host}:{settings.port}/{settings.dbname}"


def keyring_available() -> bool:
    """Whether the system has a password store (headless Linux usually has none)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring) and keyring.get_keyring().priority > 0
    except Exception:  # noqa: BLE001 - a broken backend is the same as none
        return False


def store_password(station: Station, settings: ConnectionSettings, password: str) -> bool:
    """Keep the password in the system keyring; False when there is no keyring (then it is not stored)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, _account(station, settings), password)
    except Exception:  # noqa: BLE001 - keyring backends raise their own error types
        return False
    return True


def stored_password(station: Station, settings: ConnectionSettings) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, _account(station, settings))
    except Exception:  # noqa: BLE001
        return None


def try_connection(station: Station, settings: ConnectionSettings, password: str | None) -> str:
    """Connect and check the login is this station's; returns the station kind. Raises SyncError."""
    from inspector.sync.push import check_login, connect

    with connect(settings.dsn(), password=password) as conn:
        return check_login(conn, station)
