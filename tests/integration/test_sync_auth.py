"""A station's login is checked by the central server: the password HQ printed works, any other is refused.

The suite's server trusts its owner on the Unix socket only; stations connect over TCP loopback with SCRAM.
"""

from __future__ import annotations

import pytest

from inspector import demo, sync
from inspector.sync import keys
from tests.integration.sync_support import central_db, count, register, station_dsn

OFFICER = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD}


@pytest.fixture
def filled(station):
    demo.fill(station, cases=2, photos=False)
    return station


@pytest.fixture
def central(pg_server):
    return central_db(pg_server)


def test_the_printed_password_logs_in_and_pushes(filled, login, central):
    dsn = register(central, filled)
    assert "host=127.0.0.1" in dsn
    with sync.connect(dsn) as conn:
        report = sync.push(login("officer"), conn)
    assert report.rows > 0
    assert (
        count(central, "SELECT count(*) FROM records WHERE owner_station = %s", (filled.station_id,))
        == report.rows
    )


def test_a_wrong_password_is_refused_and_nothing_is_sent(filled, login, central):
    dsn = register(central, filled)
    role = next(p.split("=", 1)[1] for p in dsn.split() if p.startswith("user="))
    wrong = station_dsn(central, role, "not-the-password")
    with pytest.raises(sync.SyncError) as refused:
        sync.connect(wrong)
    assert refused.value.reason == "login"
    assert filled.pending_sync_count() > 0
    assert count(central, "SELECT count(*) FROM records") == 0


def test_cli_push_with_a_wrong_password_is_one_clear_line(filled, central, cli, data_dir):
    dsn = register(central, filled)
    role = next(p.split("=", 1)[1] for p in dsn.split() if p.startswith("user="))
    filled.close()
    r = cli("sync", "push", "--dsn", station_dsn(central, role, "wrong"), data_dir=data_dir, env=OFFICER)
    assert r.returncode == 1
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert "拒绝了站点登录名或密码" in lines[0], lines[0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda dsn: dsn.replace("dbname=", "dbname=x"), "没有这个数据库"),
        (lambda dsn: dsn + " sslmode=require", "没有开启加密连接"),  # the suite's server has no TLS
        (
            lambda dsn: " ".join(p for p in dsn.split() if not p.startswith("password=")),
            "INSPECTOR_CENTRAL_PASSWORD",
        ),
    ],
    ids=["database", "tls", "password"],
)
def test_cli_push_names_what_to_correct_and_sends_nothing(filled, central, cli, data_dir, change, expected):
    dsn = register(central, filled)
    pending = filled.pending_sync_count()
    filled.close()
    r = cli("sync", "push", "--dsn", change(dsn), data_dir=data_dir, env=OFFICER)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert expected in r.stderr and "服务器地址" not in r.stderr, r.stderr
    assert count(central, "SELECT count(*) FROM records") == 0
    r = cli("sync", "status", "--json", data_dir=data_dir)
    assert f'"pending_rows": {pending}' in r.stdout


def test_headquarters_commands_with_a_station_login_say_whose_login_is_needed(
    filled, login, central, cli, data_dir, tmp_path
):
    dsn = register(central, filled)
    bundle = tmp_path / "station.bundle"
    sync.export_bundle(login("officer"), bundle)
    key = tmp_path / "station.pub"
    key.write_text(cli("sync", "key", data_dir=data_dir).stdout)
    for args in (
        ("sync", "import-bundle", str(bundle)),
        ("central", "verify"),
        ("central", "add-station", "--station-id", filled.station_id, "--public-key", str(key)),
    ):
        r = cli(*args, "--dsn", dsn, data_dir=data_dir)
        assert r.returncode == 1, r.stdout
        assert "请用中心数据库所有者" in r.stderr and "内部错误" not in r.stderr, r.stderr
    assert count(central, "SELECT count(*) FROM records") == 0


def test_add_station_refuses_another_stations_key_file(filled, central, cli, data_dir, tmp_path):
    from tests.integration.sync_support import second_station

    other = second_station(tmp_path)
    key = tmp_path / "other.pub"
    key.write_text(f"{other.station_id} {keys.public_key_hex(other)}\n")
    r = cli(
        "central",
        "add-station",
        "--dsn",
        central,
        "--station-id",
        filled.station_id,
        "--public-key",
        str(key),
        data_dir=data_dir,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"公钥文件属于站点 {other.station_id}" in r.stderr, r.stderr
    assert count(central, "SELECT count(*) FROM stations") == 0
    key.write_text(cli("sync", "key", data_dir=data_dir).stdout)  # the station's own file is accepted
    r = cli(
        "central",
        "add-station",
        "--dsn",
        central,
        "--station-id",
        filled.station_id,
        "--public-key",
        str(key),
        data_dir=data_dir,
    )
    assert r.returncode == 0, r.stderr
    assert (
        count(central, "SELECT count(*) FROM stations WHERE public_key = %s", (keys.public_key_hex(filled),))
        == 1
    )
