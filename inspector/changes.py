"""What a write changed: the record every committed use case announces, so screens refresh only when they care.

The writer (:class:`inspector.station.Writer`) notes each row it touches; when the outermost transaction commits,
the changes are published once to every subscriber. The core knows no Qt: the UI subscribes a plain callable and
turns it into a signal on the GUI thread (``ui.changes``). Writes made by other programs (the CLI, a scheduled
sync) are not seen here; the main window's slow status timer covers those.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """The entities (table names) and the ``(entity, id)`` pairs one committed write touched."""

    rows: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    #: The commit counter after these changes (see :func:`serial`): a screen that loaded its data at or
    #: after this number already shows them.
    serial: int = 0

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]], *, serial: int = 0) -> Changes:
        return cls(frozenset(rows), serial)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(entity for entity, _ in self.rows)

    def touches(self, *entities: str) -> bool:
        """Whether any of ``entities`` (table names) changed."""
        return not self.entities.isdisjoint(entities)

    def ids(self, entity: str) -> frozenset[str]:
        """The ids of ``entity`` that changed."""
        return frozenset(key for name, key in self.rows if name == entity)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.rows | other.rows, max(self.serial, other.serial))

    def __bool__(self) -> bool:
        return bool(self.rows)


Listener = Callable[[Changes], None]
_listeners: list[Listener] = []
_lock = threading.Lock()
_serial = 0


def serial() -> int:
    """How many commits have been announced in this process (read it before loading data to show)."""
    return _serial


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener(changes)`` after every committed write in this process; returns the unsubscribe call.

    Listeners run on the thread that committed: they must be quick and thread-safe (the UI's listener only
    emits a queued signal).
    """
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def publish(changes: Changes) -> None:
    """Announce ``changes`` to every listener (called by the writer after the commit)."""
    global _serial
    if not changes:
        return
    with _lock:
        _serial += 1
        changes = Changes(changes.rows, _serial)
        listeners = list(_listeners)
    for listener in listeners:
        listener(changes)
