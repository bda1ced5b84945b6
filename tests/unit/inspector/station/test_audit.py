"""The audit chain (执法全过程记录, Art. 47): every write logged; tampering behind the app's back is found."""

from __future__ import annotations

import sqlite3

from inspector.services import org
from inspector.station import audit


def _raw(station) -> sqlite3.Connection:
    return sqlite3.connect(station.data_dir / "station.sqlite", isolation_level=None)


def test_every_use_case_write_appends_a_chained_event(station, login):
    before = station.db.scalar("SELECT count(*) FROM audit_events")
    squad = org.create_squad(
        login("admin"), agency_id=station.db.scalar("SELECT id FROM agencies"), name="望江中队", code="5"
    )
    ev = station.db.query_one("SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1")
    assert ev["seq"] == before + 1
    assert (ev["actor"], ev["entity"], ev["entity_id"]) == ("admin", "squads", squad["id"])
    assert ev["action"] == "org.manage:insert"
    assert ev["digest"] == audit.digest(station.db.get("squads", squad["id"]))
    prev = station.db.query_one("SELECT hash FROM audit_events WHERE seq = ?", (before,))
    assert ev["prev_hash"] == prev["hash"]
    assert station.audit_verify() == []


def test_row_edited_with_raw_sql_is_found(station):
    raw = _raw(station)
    party = station.db.query_one("SELECT id FROM officers LIMIT 1")
    raw.execute("UPDATE officers SET cert_expiry = '2099-12-31' WHERE id = ?", (party["id"],))
    breaks = station.audit_verify()
    assert [(b.kind, b.entity, b.entity_id) for b in breaks] == [("row_changed", "officers", party["id"])]


def test_deleted_event_is_found_and_named(station):
    raw = _raw(station)
    raw.execute("DROP TRIGGER audit_events_no_delete")
    raw.execute("DELETE FROM audit_events WHERE seq = 7")
    breaks = station.audit_verify()
    kinds = {b.kind for b in breaks}
    assert "gap" in kinds and "link" in kinds
    first = breaks[0]
    assert first.seq == 8  # the first event after the hole is where the chain breaks


def test_deleting_the_last_event_is_found_through_the_recorded_head(station):
    raw = _raw(station)
    raw.execute("DROP TRIGGER audit_events_no_delete")
    raw.execute("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
    assert "head" in {b.kind for b in station.audit_verify()}


def test_edited_event_is_found(station):
    raw = _raw(station)
    raw.execute("DROP TRIGGER audit_events_no_update")
    raw.execute("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3")
    assert [(b.kind, b.seq) for b in station.audit_verify()][0] == ("hash", 3)


def test_rows_inserted_or_deleted_behind_the_app_are_found(station):
    raw = _raw(station)
    raw.execute(
        "INSERT INTO squads (id, agency_id, name, code, version, updated_at, updated_by, station_id) "
        "SELECT 'forged', id, '伪造中队', '99', 1, '2026-01-01', 'x', 's' FROM agencies"
    )
    raw.execute("DELETE FROM officers WHERE cert_no = (SELECT max(cert_no) FROM officers)")
    kinds = {b.kind for b in station.audit_verify()}
    assert {"row_unlogged", "row_missing"} <= kinds


def test_append_only_triggers_refuse_casual_edits(station):
    raw = _raw(station)
    import pytest

    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("DELETE FROM audit_events WHERE seq = 1")


def test_failed_use_case_leaves_no_event_behind(station, login):
    import pytest

    from inspector.errors import ValidationError

    before = station.db.scalar("SELECT count(*) FROM audit_events")
    with pytest.raises(ValidationError):
        org.create_squad(login("admin"), agency_id="x", name="", code="")
    assert station.db.scalar("SELECT count(*) FROM audit_events") == before


def test_setting_changed_behind_the_app_is_found(station, login):
    org.set_setting(login("admin"), "auth.lock_minutes", 30)
    assert station.audit_verify() == []
    _raw(station).execute("UPDATE settings SET value = '1' WHERE key = 'auth.lock_minutes'")
    assert [(b.kind, b.entity, b.entity_id) for b in station.audit_verify()] == [
        ("row_changed", "settings", "auth.lock_minutes")
    ]
