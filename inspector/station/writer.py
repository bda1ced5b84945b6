"""The Writer: every synced row is written with its audit event and outbox entry, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from inspector import changes as change_log
from inspector import clock
from inspector.errors import Conflict, NotFound, ValidationError
from inspector.ids import new_id

if TYPE_CHECKING:
    from inspector.station.session import Session

# ``inspector.station.audit`` (and hashlib's OpenSSL behind it) is imported where a chain is written or checked,
# not when the station opens: the login dialog appears before anything is hashed.

SYNC_COLUMNS = ("id", "version", "updated_at", "updated_by", "station_id")


def _check_text(table: str, values: Mapping[str, Any]) -> None:
    """Backstop for every use case: no stored text carries NUL, control characters or bidi overrides."""
    from inspector.text import stored_problems

    found = stored_problems(table, values)
    if found:
        raise ValidationError(found)


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
        from inspector.station import audit

        self.record(table, key, audit.DELETED, op="delete", version=current["version"] + 1)

    def _logged(self, table: str, key: str, *, op: str) -> dict[str, Any]:
        from inspector.station import audit

        row = self.db.get(table, key)
        self.record(table, key, audit.digest(row), op=op, version=row["version"])
        return row

    def record(self, table: str, key: str, dig: str, *, op: str, version: int, queue: bool = True) -> None:
        """Append the audit event (and outbox entry) for a change made to a row of ``table``.

        :meth:`insert`, :meth:`update` and :meth:`delete` call this; call it directly only for rows kept in
        tables without the sync columns (such as settings), passing the digest of their new state.
        ``queue=False`` logs a change that came from the central database (it is not sent back).
        """
        from inspector.station import audit

        db = self.db
        head = db.meta_get("audit_head")
        prev_seq, prev_hash = (0, audit.GENESIS)
        if head:
            s, _, h = head.partition(":")
            prev_seq, prev_hash = int(s), h
        event: dict[str, Any] = {
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
