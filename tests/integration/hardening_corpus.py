"""The bad-input corpus for the command line: each entry is one kind of bad input a station meets.

An entry prepares a station (a fresh copy of the demo station), names the command line and environment, the
words the one-line error must contain, and an independent check of what must be left untouched afterwards.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = {"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": "Demo2026"}
OFFICER = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": "Demo2026"}
NEW_PW = {"INSPECTOR_NEW_PASSWORD": "Strong2026"}
BAD = "\udcff\udcfe"  # what Python makes of bytes 0xFF 0xFE in an argument from a non-UTF-8 terminal


@dataclass
class Place:
    """Where an entry runs: the station copy, a scratch folder, and anything the setup wants to remember."""

    station: Path
    scratch: Path
    notes: dict = field(default_factory=dict)

    @property
    def db(self) -> Path:
        return self.station / "station.sqlite"


@dataclass
class Entry:
    kind: str
    argv: Callable[[Place], list[str]]
    expect: str
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Place], None] | None = None
    after: Callable[[Place], None] | None = None
    code: int = 1
    data_dir: Callable[[Place], Path] | None = None
    report: bool = False  # a per-row error report may follow the one-line summary


# ------------------------------------------------------------------ setups
def _bytes_of(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _remember_db(p: Place) -> None:
    p.notes["db"] = _bytes_of(p.db)
    p.notes["listing"] = sorted(x.name for x in p.station.iterdir())


def _untouched(p: Place) -> None:
    assert _bytes_of(p.db) == p.notes["db"], "the database file was changed"
    assert sorted(x.name for x in p.station.iterdir()) == p.notes["listing"], "files appeared in the data dir"


def _replace_db(data: bytes) -> Callable[[Place], None]:
    def setup(p: Place) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{p.db}{suffix}").unlink(missing_ok=True)
        p.db.write_bytes(data)
        _remember_db(p)

    return setup


def _truncate_db(p: Place) -> None:
    data = p.db.read_bytes()
    _replace_db(data[: len(data) // 3])(p)


def _corrupt_pages(p: Place) -> None:
    conn = sqlite3.connect(p.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(p.db.read_bytes())
    for n in range(2, len(data) // page, 3):  # scribble over every third page after the schema page
        data[n * page : n * page + 64] = b"\xde\xad\xbe\xef" * 16
    _replace_db(bytes(data))(p)


def _foreign_db(p: Place) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{p.db}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(p.db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('dumplings')")
    conn.commit()
    conn.close()
    _remember_db(p)


def _newer_db(p: Place) -> None:
    conn = sqlite3.connect(p.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA user_version=9999")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{p.db}{suffix}").unlink(missing_ok=True)
    _remember_db(p)


def _db_is_dir(p: Place) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{p.db}{suffix}").unlink(missing_ok=True)
    p.db.mkdir()


def _dir_is_file(p: Place) -> None:
    (p.scratch / "not-a-dir").write_text("x")


def _write_json(name: str, text: str | bytes) -> Callable[[Place], None]:
    def setup(p: Place) -> None:
        target = p.scratch / name
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    return setup


def _nothing_left(name: str) -> Callable[[Place], None]:
    def after(p: Place) -> None:
        assert not (p.scratch / name).exists(), f"{name} was left behind by a refused init"

    return after


def _empty_dir_stays_empty(name: str) -> Callable[[Place], None]:
    def after(p: Place) -> None:
        assert list((p.scratch / name).iterdir()) == [], "a refused init left files in the folder"

    return after


def _make_empty(name: str) -> Callable[[Place], None]:
    def setup(p: Place) -> None:
        (p.scratch / name).mkdir()

    return setup


def _users_unchanged(p: Place) -> None:
    conn = sqlite3.connect(p.db)
    names = [r[0] for r in conn.execute("SELECT username FROM users ORDER BY username")]
    conn.close()
    assert names == ["admin", "leader", "officer", "reviewer", "supervisor"], names


def _zip(name: str, members: dict[str, bytes]) -> Callable[[Place], None]:
    def setup(p: Place) -> None:
        with zipfile.ZipFile(p.scratch / name, "w") as zf:
            for member, data in members.items():
                zf.writestr(member, data)

    return setup


def _manifest(files: list[dict], db: dict | None = None) -> bytes:
    return json.dumps(
        {
            "format": "inspector-station-backup",
            "format_version": 1,
            "station_id": "x",
            "schema_version": 1,
            "files": files,
            "database": db or {"size": 1, "sha256": "0" * 64},
        }
    ).encode()


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _nested_objects(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def _restore_target_absent(p: Place) -> None:
    assert not (p.scratch / "restored").exists()


def _lock_officer(p: Place) -> None:
    conn = sqlite3.connect(p.db)
    conn.execute("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z' WHERE username = 'officer'")
    conn.commit()
    conn.close()


def _self(p: Place) -> Path:
    return p.station


def _scratch(name: str) -> Callable[[Place], Path]:
    return lambda p: p.scratch / name


def _init(*extra: str) -> Callable[[Place], list[str]]:
    return lambda p: ["init", "--agency", "杭州市上城区综合行政执法局", "--admin", "root", *extra]


def _f(name: str) -> Callable[[Place], str]:
    return lambda p: str(p.scratch / name)


def _args(*parts: str | Callable[[Place], str]) -> Callable[[Place], list[str]]:
    return lambda p: [part(p) if callable(part) else part for part in parts]


DEEP = 200_000
INIT_PW = {"INSPECTOR_PASSWORD": "Admin2026!"}

CORPUS: list[Entry] = [
    # --- the station database itself
    Entry("db-zero-length", _args("check"), "为空", setup=_replace_db(b""), after=_untouched),
    Entry("db-zero-length-init", _init(), "为空", env=INIT_PW, setup=_replace_db(b""), after=_untouched),
    Entry(
        "db-zero-length-demo", _args("demo", "--cases", "1"), "为空", setup=_replace_db(b""), after=_untouched
    ),
    Entry("db-garbage-bytes", _args("check"), "损坏", setup=_replace_db(os.urandom(8192)), after=_untouched),
    Entry(
        "db-text-file",
        _args("check"),
        "损坏",
        setup=_replace_db(b"hello, this is not a database\n" * 50),
        after=_untouched,
    ),
    Entry(
        "db-header-only", _args("check"), "损坏", setup=_replace_db(b"SQLite format 3\x00"), after=_untouched
    ),
    Entry("db-truncated", _args("check"), "损坏", setup=_truncate_db),
    Entry("db-corrupt-pages-check", _args("check"), "损坏", setup=_corrupt_pages),
    Entry("db-corrupt-pages-login", _args("user", "list"), "损坏", env=ADMIN, setup=_corrupt_pages),
    Entry("db-corrupt-pages-audit", _args("audit", "verify"), "损坏", setup=_corrupt_pages),
    Entry("db-foreign-sqlite", _args("check"), "不是站点数据库", setup=_foreign_db, after=_untouched),
    Entry("db-newer-version", _args("check"), "更新版本", setup=_newer_db, after=_untouched),
    Entry(
        "db-newer-version-login",
        _args("user", "list"),
        "更新版本",
        env=ADMIN,
        setup=_newer_db,
        after=_untouched,
    ),
    Entry("db-is-a-directory", _args("check"), "损坏", setup=_db_is_dir),
    Entry(
        "data-dir-is-a-file", _args("check"), "不是文件夹", setup=_dir_is_file, data_dir=_scratch("not-a-dir")
    ),
    Entry("data-dir-missing", _args("check"), "没有站点数据库", data_dir=_scratch("nowhere")),
    # --- init that is refused leaves nothing behind
    Entry(
        "init-bad-squad",
        _init("--squad", "no-colon"),
        "中队格式",
        env=INIT_PW,
        data_dir=_scratch("new1"),
        after=_nothing_left("new1"),
    ),
    Entry(
        "init-weak-password",
        _init(),
        "密码",
        env={"INSPECTOR_PASSWORD": "123"},
        data_dir=_scratch("new2"),
        after=_nothing_left("new2"),
    ),
    Entry(
        "init-agency-nul",
        _args("init", "--agency", "杭州\x00局", "--admin", "root"),
        "空字符",
        env=INIT_PW,
        data_dir=_scratch("new3"),
        after=_nothing_left("new3"),
        code=1,
    ),
    Entry(
        "init-agency-bidi",
        _args("init", "--agency", "杭州\u202e局", "--admin", "root"),
        "方向控制符",
        env=INIT_PW,
        data_dir=_scratch("new4"),
        after=_nothing_left("new4"),
    ),
    Entry(
        "init-squad-control",
        _init("--squad", "湖滨\x07中队:1"),
        "控制字符",
        env=INIT_PW,
        data_dir=_scratch("new5"),
        after=_nothing_left("new5"),
    ),
    Entry(
        "init-bad-admin-name",
        _args("init", "--agency", "局", "--admin", "ro ot!"),
        "用户名",
        env=INIT_PW,
        data_dir=_scratch("new6"),
        after=_nothing_left("new6"),
    ),
    Entry(
        "init-into-empty-folder",
        _init("--division-code", "33O102"),
        "行政区划",
        env=INIT_PW,
        setup=_make_empty("new7"),
        data_dir=_scratch("new7"),
        after=_empty_dir_stays_empty("new7"),
    ),
    Entry("init-twice", _init(), "已经是", env=INIT_PW, data_dir=_self, after=_users_unchanged),
    Entry(
        "init-over-foreign-db", _init(), "不是站点数据库", env=INIT_PW, setup=_foreign_db, after=_untouched
    ),
    # --- arguments
    Entry("arg-not-utf8-user", _args("--user", "off" + BAD, "user", "list"), "UTF-8", env=ADMIN),
    Entry("arg-not-utf8-data-dir", lambda p: ["--data-dir", str(p.scratch) + BAD, "check"], "UTF-8"),
    Entry(
        "arg-not-utf8-value",
        _args("user", "add", "zhang", "--name", "张" + BAD, "--role", "supervisor"),
        "UTF-8",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "env-not-utf8-user",
        _args("user", "list"),
        "UTF-8",
        env={"INSPECTOR_USER": "admin" + BAD, "INSPECTOR_PASSWORD": "Demo2026"},
    ),
    Entry(
        "env-not-utf8-password",
        _args("user", "list"),
        "用户名或密码错误",
        env={"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": "Demo" + BAD},
    ),
    Entry("arg-unknown-command", _args("frobnicate"), "invalid choice", code=2),
    Entry("arg-missing-required", _args("init"), "required", code=2),
    Entry("arg-cases-negative", _args("demo", "--cases", "-1"), "--cases"),
    Entry("arg-cases-absurd", _args("demo", "--cases", "1000000000000"), "--cases"),
    Entry("arg-cases-not-a-number", _args("demo", "--cases", "1e999"), "invalid int", code=2),
    Entry("arg-cases-huge-digits", _args("demo", "--cases", "9" * 5000), "invalid int", code=2),
    Entry("arg-bad-date", _args("case", "list", "--from", "2026-13-45"), "YYYY-MM-DD", env=OFFICER, code=2),
    Entry(
        "arg-set-absurd-cents",
        _args("case", "advance", "nope", "pay", "--set", "amount_cents=" + "9" * 40),
        "超出",
        env=OFFICER,
    ),
    Entry(
        "arg-set-huge-digits",
        _args("case", "advance", "nope", "extend", "--set", "days=" + "9" * 5000),
        "超出",
        env=OFFICER,
    ),
    Entry(
        "arg-set-not-integer",
        _args("case", "advance", "nope", "extend", "--set", "days=ten"),
        "整数",
        env=OFFICER,
    ),
    Entry(
        "arg-set-yuan-not-amount",
        _args("case", "advance", "nope", "pay", "--set", "amount=2e3"),
        "金额",
        env=OFFICER,
    ),
    Entry(
        "arg-set-undeclared-key",
        _args("case", "advance", "nope", "file", "--set", "fine_cents=100"),
        "可用字段",
        env=OFFICER,
    ),
    Entry(
        "arg-set-bad-date",
        _args("case", "advance", "nope", "instalment", "--set", "until=2026-02-30"),
        "YYYY-MM-DD",
        env=OFFICER,
    ),
    Entry(
        "arg-set-bad-choice",
        _args("case", "advance", "nope", "serve", "--set", "method=carrier_pigeon"),
        "可选",
        env=OFFICER,
    ),
    Entry("arg-no-login", _args("user", "list"), "登录"),
    Entry(
        "arg-password-not-set", _args("user", "list"), "INSPECTOR_PASSWORD", env={"INSPECTOR_USER": "admin"}
    ),
    # --- JSON imports
    Entry(
        "json-deeply-nested-list",
        _args("standards", "import", _f("deep.json")),
        "嵌套",
        env=ADMIN,
        setup=_write_json("deep.json", _nested(DEEP)),
    ),
    Entry(
        "json-nested-objects",
        _args("standards", "import", _f("obj.json")),
        "嵌套",
        env=ADMIN,
        setup=_write_json("obj.json", _nested_objects(100)),
    ),
    Entry(
        "json-not-text",  # UTF-16 from a spreadsheet's "Unicode text": neither UTF-8 nor GB18030
        _args("standards", "import", _f("utf16.json")),
        "UTF-8",
        env=ADMIN,
        setup=_write_json("utf16.json", '{"catalogue": "城管"}'.encode("utf-16")),
    ),
    Entry(
        "json-syntax-error",
        _args("standards", "import", _f("bad.json")),
        "不是有效的 JSON",
        env=ADMIN,
        setup=_write_json("bad.json", '{"catalogue": '),
    ),
    Entry(
        "json-nan",
        _args("standards", "import", _f("nan.json")),
        "不是有效的 JSON（含 NaN",
        env=ADMIN,
        setup=_write_json("nan.json", '{"catalogue": NaN}'),
    ),
    Entry(
        "json-wrong-top-level",
        _args("standards", "import", _f("list.json")),
        "未导入任何内容",
        env=ADMIN,
        setup=_write_json("list.json", "[1, 2, 3]"),
        report=True,
    ),
    Entry(
        "json-empty-file",
        _args("standards", "import", _f("empty.json")),
        "不是有效的 JSON",
        env=ADMIN,
        setup=_write_json("empty.json", ""),
    ),
    Entry("json-is-a-directory", _args("standards", "import", _f("")), "无法读取", env=ADMIN),
    Entry("json-missing-file", _args("standards", "import", _f("none.json")), "无法读取", env=ADMIN),
    Entry(
        "calendar-deeply-nested",
        _args("calendar", "import", _f("cal.json")),
        "嵌套",
        env=ADMIN,
        setup=_write_json("cal.json", _nested(DEEP)),
    ),
    Entry(
        "calendar-wrong-type",
        _args("calendar", "import", _f("cal2.json")),
        "日历",
        env=ADMIN,
        setup=_write_json("cal2.json", '"2026"'),
    ),
    Entry(
        "calendar-absurd-year",
        _args("calendar", "import", _f("cal3.json")),
        "",
        env=ADMIN,
        setup=_write_json("cal3.json", '{"year": 99999999999999999999999, "holidays": [], "workdays": []}'),
    ),
    Entry(
        "calendar-nested-objects",
        _args("calendar", "import", _f("cal4.json")),
        "嵌套",
        env=ADMIN,
        setup=_write_json("cal4.json", _nested_objects(DEEP // 10)),
    ),
    # --- names and free text
    Entry(
        "user-name-nul",
        _args("user", "add", "zhang", "--name", "张\x00三", "--role", "supervisor"),
        "空字符",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "user-name-bidi",
        _args("user", "add", "zhang", "--name", "张\u202e三", "--role", "supervisor"),
        "方向控制符",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "user-name-isolate",
        _args("user", "add", "zhang", "--name", "张\u2067三", "--role", "supervisor"),
        "方向控制符",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "user-name-bell",
        _args("user", "add", "zhang", "--name", "张\x07三", "--role", "supervisor"),
        "控制字符",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "user-name-newline",
        _args("user", "add", "zhang", "--name", "张\n三", "--role", "supervisor"),
        "控制字符",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "user-name-c1-control",
        _args("user", "add", "zhang", "--name", "张\x85三", "--role", "supervisor"),
        "控制字符",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "user-name-too-long",
        _args("user", "add", "zhang", "--name", "张" * 5000, "--role", "supervisor"),
        "不能超过",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "username-fullwidth-duplicate",
        _args("user", "add", "ｏｆｆｉｃｅｒ", "--name", "某", "--role", "supervisor"),
        "已存在",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "username-zero-width",
        _args("user", "add", "zh\u200bang", "--name", "某", "--role", "supervisor"),
        "用户名",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "username-too-long",
        _args("user", "add", "z" * 200, "--name", "某", "--role", "supervisor"),
        "用户名",
        env={**ADMIN, **NEW_PW},
        after=_users_unchanged,
    ),
    Entry(
        "password-too-long",
        _args("user", "add", "zhang", "--name", "张三", "--role", "supervisor"),
        "密码",
        env={**ADMIN, "INSPECTOR_NEW_PASSWORD": "Ab1" * 2000},
        after=_users_unchanged,
    ),
    Entry(
        "password-not-utf8",
        _args("user", "add", "zhang", "--name", "张三", "--role", "supervisor"),
        "密码含有无效字符",
        env={**ADMIN, "INSPECTOR_NEW_PASSWORD": "Strong2026" + BAD},
        after=_users_unchanged,
    ),
    # --- login
    Entry(
        "login-wrong-password",
        _args("user", "list"),
        "用户名或密码错误",
        env={"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": "wrong-one"},
    ),
    Entry(
        "login-unknown-user",
        _args("user", "list"),
        "用户名或密码错误",
        env={"INSPECTOR_USER": "nobody", "INSPECTOR_PASSWORD": "Demo2026"},
    ),
    Entry("login-locked", _args("case", "list"), "锁定", env=OFFICER, setup=_lock_officer),
    Entry("login-no-permission", _args("user", "list"), "无权", env=OFFICER),
    # --- evidence commands that delete files need an administrator
    Entry("evidence-clean-as-officer", _args("evidence", "check", "--clean"), "无权", env=OFFICER),
    Entry("evidence-clean-no-login", _args("evidence", "check", "--clean"), "登录"),
    Entry(
        "evidence-add-missing-path",
        _args("evidence", "add", "--inspection", "x", _f("none.jpg")),
        "找不到",
        env=OFFICER,
    ),
    # --- backup and restore
    Entry("backup-no-login", _args("backup", _f("b.zip")), "登录"),
    Entry("backup-as-officer", _args("backup", _f("b.zip")), "无权", env=OFFICER),
    Entry("backup-missing-folder", _args("backup", _f("no/such/b.zip")), "文件夹不存在", env=ADMIN),
    Entry(
        "backup-target-exists",
        _args("backup", _f("old.zip")),
        "已存在",
        env=ADMIN,
        setup=_write_json("old.zip", "keep"),
    ),
    Entry(
        "backup-into-data-dir", lambda p: ["backup", str(p.station / "x.zip")], "不能放在数据目录", env=ADMIN
    ),
    Entry(
        "restore-not-a-zip",
        _args("restore", _f("x.zip")),
        "不是 Inspector 备份",
        setup=_write_json("x.zip", "no"),
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-missing-file",
        _args("restore", _f("none.zip")),
        "找不到备份",
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-no-manifest",
        _args("restore", _f("m.zip")),
        "不是 Inspector 备份",
        setup=_zip("m.zip", {"station.sqlite": b"x"}),
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-path-traversal",
        _args("restore", _f("t.zip")),
        "不是 Inspector 备份",
        setup=_zip(
            "t.zip", {"manifest.json": _manifest([{"path": "../../evil", "size": 1, "sha256": "0" * 64}])}
        ),
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-absolute-path",
        _args("restore", _f("a.zip")),
        "不是 Inspector 备份",
        setup=_zip(
            "a.zip", {"manifest.json": _manifest([{"path": "/etc/passwd", "size": 1, "sha256": "0" * 64}])}
        ),
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-member-missing",
        _args("restore", _f("g.zip")),
        "已损坏",
        setup=_zip("g.zip", {"manifest.json": _manifest([])}),
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-manifest-nested",
        _args("restore", _f("n.zip")),
        "不是 Inspector 备份",
        setup=_zip("n.zip", {"manifest.json": _nested(DEEP).encode()}),
        data_dir=_scratch("restored"),
        after=_restore_target_absent,
    ),
    Entry(
        "restore-onto-station",
        _args("restore", _f("x.zip")),
        "空的数据目录",
        setup=_write_json("x.zip", "no"),
        data_dir=_self,
        after=_users_unchanged,
    ),
]
