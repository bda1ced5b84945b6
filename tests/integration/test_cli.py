"""The ``inspector`` command as a user runs it: exit codes, one-line errors, JSON listings."""

from __future__ import annotations

import json
import sqlite3

from inspector.demo import DEMO_PASSWORD

AS_ADMIN = {"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": DEMO_PASSWORD}


def test_init_creates_a_station_and_refuses_twice(cli, tmp_path):
    target = tmp_path / "new"
    r = cli(
        "init",
        "--agency",
        "杭州市上城区综合行政执法局",
        "--short-name",
        "杭上城",
        "--squad",
        "湖滨中队:1",
        "--squad",
        "清波中队:2",
        "--admin",
        "root",
        data_dir=target,
        env={"INSPECTOR_PASSWORD": "Admin2026!"},
    )
    assert r.returncode == 0, r.stderr
    assert "2 个中队" in r.stdout
    r = cli(
        "user",
        "list",
        "--json",
        data_dir=target,
        env={"INSPECTOR_USER": "root", "INSPECTOR_PASSWORD": "Admin2026!"},
    )
    assert r.returncode == 0, r.stderr
    assert [u["username"] for u in json.loads(r.stdout)] == ["root"]
    again = cli(
        "init", "--agency", "x", "--admin", "root", data_dir=target, env={"INSPECTOR_PASSWORD": "Admin2026!"}
    )
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "已经是" in again.stderr


def test_user_add_list_passwd(cli, data_dir):
    r = cli(
        "user",
        "add",
        "zhang",
        "--name",
        "张三",
        "--role",
        "officer",
        "--squad",
        "2",
        data_dir=data_dir,
        env={**AS_ADMIN, "INSPECTOR_NEW_PASSWORD": "Zhang2026"},
    )
    assert r.returncode == 0, r.stderr
    rows = json.loads(cli("user", "list", "--json", data_dir=data_dir, env=AS_ADMIN).stdout)
    zhang = next(u for u in rows if u["username"] == "zhang")
    assert zhang["role"] == "officer" and "password_hash" not in zhang
    r = cli(
        "user",
        "passwd",
        "zhang",
        data_dir=data_dir,
        env={
            "INSPECTOR_USER": "zhang",
            "INSPECTOR_PASSWORD": "Zhang2026",
            "INSPECTOR_NEW_PASSWORD": "Zhang2027",
        },
    )
    assert r.returncode == 0, r.stderr
    r = cli(
        "user", "list", data_dir=data_dir, env={"INSPECTOR_USER": "zhang", "INSPECTOR_PASSWORD": "Zhang2027"}
    )
    assert r.returncode == 1 and "无权" in r.stderr  # officers may not list users


def test_user_errors_are_one_line_with_exit_1(cli, data_dir):
    r = cli(
        "user",
        "add",
        "x",
        "--name",
        "X",
        "--role",
        "officer",
        data_dir=data_dir,
        env={**AS_ADMIN, "INSPECTOR_NEW_PASSWORD": "Xpassword1"},
    )
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "中队" in r.stderr
    r = cli("user", "list", data_dir=data_dir, env={"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": "bad"})
    assert r.returncode == 1 and "用户名或密码错误" in r.stderr
    r = cli("check", data_dir=data_dir / "nowhere")
    assert r.returncode == 1 and "inspector init" in r.stderr


def test_bad_usage_exits_2(cli, data_dir):
    assert cli("no-such-command", data_dir=data_dir).returncode == 2
    assert cli("user", "add", data_dir=data_dir).returncode == 2
    assert cli("demo", "--cases", "many", data_dir=data_dir).returncode == 2


def test_demo_then_check_passes_and_tampering_fails_check(cli, tmp_path):
    target = tmp_path / "demo"
    r = cli("demo", "--cases", "40", data_dir=target)
    assert r.returncode == 0, r.stderr
    ok = cli("check", "--json", data_dir=target)
    assert ok.returncode == 0, ok.stderr
    report = json.loads(ok.stdout)
    assert report["audit_breaks"] == 0 and report["integrity"] == ["ok"]
    assert json.loads(cli("audit", "verify", "--json", data_dir=target).stdout)["ok"] is True
    raw = sqlite3.connect(target / "station.sqlite")
    raw.execute("UPDATE cases SET fine_cents = 1 WHERE rowid = 5")
    raw.commit()
    raw.close()
    bad = cli("check", data_dir=target)
    assert bad.returncode == 1
    assert "审计链被破坏" in bad.stderr and "cases" in bad.stderr
    assert cli("audit", "verify", data_dir=target).returncode == 1


def test_newer_database_refused_with_clear_message(cli, data_dir):
    raw = sqlite3.connect(data_dir / "station.sqlite")
    raw.execute("PRAGMA user_version = 9999")
    raw.close()
    r = cli("check", data_dir=data_dir)
    assert r.returncode == 1 and "更新版本" in r.stderr and "9999" in r.stderr


def test_data_dir_from_environment(cli, data_dir):
    r = cli("check", env={"INSPECTOR_DATA": str(data_dir)})
    assert r.returncode == 0 and str(data_dir) in r.stdout


def test_check_finds_missing_and_altered_evidence_files(cli, tmp_path):
    target = tmp_path / "demo"
    assert cli("demo", "--cases", "3", data_dir=target).returncode == 0
    files = sorted(p for p in (target / "evidence").rglob("*") if p.is_file() and ".tmp" not in p.parts)
    assert files, "the demo attaches photos"
    ok = cli("check", "--deep", "--json", data_dir=target)
    assert ok.returncode == 0, ok.stderr
    # Same size, one byte different: the quick check re-hashes what changed since the last verified check
    # (the file's mtime/ctime/inode moved), so it names the photo too, not only the deep check.
    data = bytearray(files[0].read_bytes())
    data[-3] ^= 0xFF
    files[0].write_bytes(bytes(data))
    quick = cli("check", data_dir=target)
    assert quick.returncode == 1 and "内容哈希与登记不符" in quick.stderr and ".jpg" in quick.stderr
    deep = cli("check", "--deep", data_dir=target)
    assert deep.returncode == 1 and "内容哈希与登记不符" in deep.stderr
    files[1].unlink()
    quick = cli("check", data_dir=target)
    assert quick.returncode == 1 and "文件缺失" in quick.stderr


def test_doc_verify_of_a_mistyped_file_name_says_the_file_is_missing(cli, data_dir, tmp_path):
    """A clerk who mistypes the file name hears so, not that a QR code "is not one of ours"."""
    r = cli("doc", "verify", str(tmp_path / "决定书.pdf"), data_dir=data_dir)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "找不到文件" in r.stderr and "决定书.pdf" in r.stderr
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    r = cli("doc", "verify", str(empty), data_dir=data_dir)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "空的" in r.stderr


def test_init_with_one_squad_name_twice_is_refused_and_leaves_nothing(cli, tmp_path):
    target = tmp_path / "new"
    r = cli(
        "init",
        "--agency",
        "杭州市上城区综合行政执法局",
        "--squad",
        "湖滨中队:1",
        "--squad",
        "湖滨中队:2",
        "--admin",
        "root",
        data_dir=target,
        env={"INSPECTOR_PASSWORD": "Admin2026!"},
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "湖滨中队" in r.stderr
    assert not target.exists()


def test_central_with_a_mistyped_connection_string_says_so_not_internal_error(cli, tmp_path):
    """Headquarters typing the connection string wrong hears how to write it, not '内部错误'."""
    r = cli("central", "verify", "--dsn", "host=hq.example dbname", data_dir=tmp_path / "none")
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "连接串格式错误" in r.stderr and "内部错误" not in r.stderr


def _init(cli, target, *extra):
    return cli(
        "init",
        "--agency",
        "杭州市上城区综合行政执法局",
        "--short-name",
        "杭上城",
        "--squad",
        "湖滨中队:1",
        "--admin",
        "root",
        *extra,
        data_dir=target,
        env={"INSPECTOR_PASSWORD": "Admin2026!"},
    )


def test_init_sets_the_document_number_pattern_like_the_setup_wizard(cli, tmp_path):
    """§2.1: the pattern chosen at setup is the one the station numbers with (re-read from the database)."""
    target = tmp_path / "new"
    r = _init(cli, target, "--number-pattern", "{agency}执{type}字[{year}]第{squad}-{station}-{seq}号")
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(target / "station.sqlite") as conn:
        (value,) = conn.execute(
            "SELECT value FROM settings WHERE key = 'documents.number_pattern'"
        ).fetchone()
    assert json.loads(value) == "{agency}执{type}字[{year}]第{squad}-{station}-{seq}号"


def test_init_with_a_pattern_that_would_repeat_numbers_is_refused_and_leaves_nothing(cli, tmp_path):
    target = tmp_path / "new"
    r = _init(cli, target, "--number-pattern", "{agency}{type}字第{seq}号")
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "文号格式缺少 {station}{squad}{year}" in r.stderr
    assert not target.exists()
    existing = tmp_path / "empty"
    existing.mkdir()
    r = _init(cli, existing, "--number-pattern", "{agency}{type}〔{year}〕{squad}{station}{seq")
    assert r.returncode == 1 and "花括号不成对" in r.stderr
    assert list(existing.iterdir()) == []


def test_init_refuses_a_squad_code_or_division_code_that_cannot_be_right(cli, tmp_path):
    target = tmp_path / "new"
    r = _init(cli, target, "--squad", "清波中队:x/y")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "中队编号“x/y”只能由字母和数字组成" in r.stderr
    assert not target.exists()
    r = _init(cli, target, "--division-code", "999999")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "前两位99不是省级代码" in r.stderr
    assert not target.exists()
