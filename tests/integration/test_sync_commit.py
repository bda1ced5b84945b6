"""Push commits for real: after `sync push` a separate connection (another process) sees every row and photo."""

from __future__ import annotations

import subprocess

import psycopg

from inspector import demo


def _fresh_db(pg_server) -> str:
    import uuid
    name = "c_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server.dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return pg_server.dsn.replace("dbname=postgres", f"dbname={name}")


def test_cli_push_of_a_station_with_photos_is_visible_to_psql(cli, data_dir, pg_server):
    from inspector.station import Station
    st = Station.open(data_dir)
    demo.fill(st, cases=3, photos=True)
    rows = sum(st.db.scalar(f"SELECT count(*) FROM [{t}]") for t in st.audited_tables())
    rows += st.db.scalar("SELECT count(*) FROM settings")
    photos = {r["sha256"] for r in st.db.query("SELECT DISTINCT sha256 FROM evidence")}
    st.close()
    assert photos
    dsn = _fresh_db(pg_server)
    env = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD}
    init = cli("check", data_dir=data_dir)
    assert init.returncode == 0, init.stderr
    r = cli("sync", "push", "--dsn", dsn, data_dir=data_dir, env=env)
    assert r.returncode == 0, r.stderr
    psql = str(pg_server.bindir / "psql")

    def count(sql: str) -> int:
        out = subprocess.run([psql, dsn, "-At", "-c", sql], capture_output=True, text=True, check=True)
        return int(out.stdout.strip())
    assert count("select count(*) from records") == rows
    assert count("select count(*) from evidence_blobs where complete") == len(photos)
    status = cli("sync", "status", "--json", data_dir=data_dir, env=env)
    assert '"pending_rows": 0' in status.stdout
