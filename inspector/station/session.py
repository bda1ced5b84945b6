"""The logged-in user and the session every use case takes; its permission checks open the Writer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspector.permissions import Action, Role, allowed, require
from inspector.station.writer import Writer

if TYPE_CHECKING:
    from db.station.database import StationDatabase
    from inspector.station.station import Station


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
