"""The suite's own PostgreSQL server really runs (the sync tests depend on it)."""

from __future__ import annotations


def test_server_answers_and_is_at_least_14(pg_conn):
    version = pg_conn.execute("SHOW server_version_num").fetchone()[0]
    assert int(version) >= 140000
    pg_conn.execute("CREATE TABLE probe (id uuid PRIMARY KEY, name text)")
    pg_conn.execute("INSERT INTO probe VALUES (gen_random_uuid(), '城管')")
    assert pg_conn.execute("SELECT name FROM probe").fetchone()[0] == "城管"
