"""Push commits for real: after `sync push` a separate connection (another process) sees every row and photo."""

from __future__ import annotations

import json
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
    init = cli("central", "init", "--dsn", dsn, data_dir=data_dir)
    assert init.returncode == 0, init.stderr
    key = cli("sync", "key", data_dir=data_dir)
    assert key.returncode == 0, key.stderr
    station_id, public = key.stdout.split()
    add = cli(
        "central",
        "add-station",
        "--dsn",
        dsn,
        "--station-id",
        station_id,
        "--public-key",
        public,
        "--json",
        data_dir=data_dir,
    )
    assert add.returncode == 0, add.stderr
    login = json.loads(add.stdout)
    station_dsn = " ".join(p for p in dsn.split() if not p.startswith("user=")) + f" user={login['role']}"
    r = cli(
        "sync",
        "push",
        "--dsn",
        station_dsn,
        data_dir=data_dir,
        env={**env, "INSPECTOR_CENTRAL_PASSWORD": login["password"]},
    )
    assert r.returncode == 0, r.stderr
    assert f"{rows} 条记录" in r.stdout
    psql = str(pg_server.bindir / "psql")

    def count(sql: str) -> int:
        out = subprocess.run([psql, dsn, "-At", "-c", sql], capture_output=True, text=True, check=True)
        return int(out.stdout.strip())

    assert count("select count(*) from records") == rows
    assert count("select count(*) from evidence_blobs where complete") == len(photos)
    pulled = cli(
        "sync",
        "pull",
        "--dsn",
        station_dsn,
        data_dir=data_dir,
        env={**env, "INSPECTOR_CENTRAL_PASSWORD": login["password"]},
    )
    assert pulled.returncode == 0 and "已取回 0 条记录" in pulled.stdout, pulled.stderr
    status = cli("sync", "status", "--json", data_dir=data_dir, env=env)
    assert json.loads(status.stdout)["pending_rows"] == 0


def test_cli_import_bundle_of_a_station_never_online_is_visible_to_psql(cli, data_dir, pg_server, tmp_path):
    from inspector.station import Station

    st = Station.open(data_dir)
    demo.fill(st, cases=2, photos=True)
    rows = sum(st.db.scalar(f"SELECT count(*) FROM [{t}]") for t in st.audited_tables())
    rows += st.db.scalar("SELECT count(*) FROM settings")
    photos = {r["sha256"] for r in st.db.query("SELECT DISTINCT sha256 FROM evidence")}
    st.close()
    dsn = _fresh_db(pg_server)
    env = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD}
    assert cli("central", "init", "--dsn", dsn, data_dir=data_dir).returncode == 0
    (tmp_path / "station.pub").write_text(cli("sync", "key", data_dir=data_dir).stdout)
    station_id = (tmp_path / "station.pub").read_text().split()[0]
    add = cli(
        "central",
        "add-station",
        "--dsn",
        dsn,
        "--station-id",
        station_id,
        "--public-key",
        str(tmp_path / "station.pub"),
        data_dir=data_dir,
    )
    assert add.returncode == 0, add.stderr
    bundle = tmp_path / "s.bundle"
    assert cli("sync", "bundle", "-o", str(bundle), data_dir=data_dir, env=env).returncode == 0
    r = cli("sync", "import-bundle", str(bundle), "--dsn", dsn, data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert f"新记录 {rows} 条，新证据文件 {len(photos)} 个" in r.stdout, r.stdout
    psql = str(pg_server.bindir / "psql")

    def held() -> list[int]:
        out = subprocess.run(
            [
                psql,
                dsn,
                "-At",
                "-c",
                "select count(*) from records; select count(*) from evidence_blobs where complete; "
                "select count(*) from batches",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return [int(x) for x in out]

    first = held()
    assert first[:2] == [rows, len(photos)]
    # The same USB stick brought in again: nothing changes, and headquarters is told so.
    again = cli("sync", "import-bundle", str(bundle), "--dsn", dsn, data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert "此前都已导入，本次没有改变任何数据" in again.stdout and "新记录" not in again.stdout, again.stdout
    assert held() == first
