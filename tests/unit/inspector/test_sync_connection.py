"""The 同步 connection form: its DSN, where it is kept, and the password store when there is none."""

from __future__ import annotations

import psycopg

from inspector.sync import connection


def test_dsn_quotes_what_needs_quoting_and_psycopg_reads_it_back():
    s = connection.ConnectionSettings(
        host="10.0.0.5", port=6543, dbname="中心 库", user="st_01", sslmode="require"
    )
    parsed = psycopg.conninfo.conninfo_to_dict(s.dsn())
    assert parsed == {
        "host": "10.0.0.5",
        "port": "6543",
        "dbname": "中心 库",
        "user": "st_01",
        "sslmode": "require",
    }
    assert not connection.ConnectionSettings(host="h", user="").complete


def test_settings_stay_on_this_station_and_are_not_synced(station):
    before = station.pending_sync_count()
    connection.save(station, connection.ConnectionSettings(host="hq.example", user="st_01"))
    assert connection.load(station).host == "hq.example"
    assert station.pending_sync_count() == before


def test_without_a_keyring_the_password_is_not_stored(station, monkeypatch):
    monkeypatch.setattr(connection, "keyring_available", lambda: False)
    s = connection.ConnectionSettings(host="hq.example", user="st_01")
    assert connection.store_password(station, s, "secret") is False
    assert connection.stored_password(station, s) is None
