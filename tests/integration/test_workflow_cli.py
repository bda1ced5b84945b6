"""CLI: ``case show --json``, ``case advance``, ``standards import|export`` (all-or-nothing), ``calendar``."""

from __future__ import annotations

import argparse
import json

from inspector.cli import workflow_cmds
from inspector.station import Station
from tests.integration.workflow_support import make_case

ENV = {"INSPECTOR_PASSWORD": "Demo2026", "INSPECTOR_NOW": "2026-06-01T10:00:00+08:00"}


def _case(data_dir) -> str:
    st = Station.open(data_dir)
    try:
        return make_case(st)
    finally:
        st.close()


def test_case_show_json_gives_state_steps_and_deadlines(cli, data_dir):
    cid = _case(data_dir)
    r = cli("--user", "leader", "case", "show", cid, "--json", data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["state"] == "clue"
    assert {"file", "not_file", "verify"} <= {s["step"] for s in shown["allowed_steps"]}
    assert {d["key"] for d in shown["deadlines"]} >= {"clue_verification", "limitation"}


def test_case_advance_and_guard_refusal_is_one_line(cli, data_dir):
    cid = _case(data_dir)
    r = cli("--user", "leader", "case", "advance", cid, "file", data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    r = cli("--user", "leader", "case", "advance", cid, "decide", data_dir=data_dir, env=ENV)
    assert r.returncode == 1 and "不能执行" in r.stderr
    r = cli("--user", "officer", "case", "advance", cid, "not_file", data_dir=data_dir, env=ENV)
    assert r.returncode == 1 and "无权" in r.stderr


def test_standards_import_rejects_malformed_file_and_changes_nothing(cli, data_dir, tmp_path):
    r = cli(
        "--user", "admin", "standards", "export", "-o", str(tmp_path / "cat.json"), data_dir=data_dir, env=ENV
    )
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "cat.json").read_text(encoding="utf-8"))
    data["version"] = "2026.1"
    data["items"][0]["tiers"][0]["max_cents"] = 50000  # overlaps the next tier
    data["items"][1]["penalty_basis"] = ""  # missing legal basis
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = cli("--user", "admin", "standards", "list", "--json", data_dir=data_dir, env=ENV).stdout
    r = cli("--user", "admin", "standards", "import", str(tmp_path / "bad.json"), data_dir=data_dir, env=ENV)
    assert r.returncode == 1
    assert "items[0].tiers[1]" in r.stderr and "items[1].penalty_basis" in r.stderr and "未导入" in r.stderr
    assert cli("--user", "admin", "standards", "list", "--json", data_dir=data_dir, env=ENV).stdout == before
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    r = cli("--user", "admin", "standards", "import", str(tmp_path / "junk.json"), data_dir=data_dir, env=ENV)
    assert r.returncode == 1 and "JSON" in r.stderr
    data["items"][0]["tiers"][0]["max_cents"] = 30000
    data["items"][1]["penalty_basis"] = "《浙江省城市市容和环境卫生管理条例》第十三条第二款"
    (tmp_path / "good.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = cli("--user", "admin", "standards", "import", str(tmp_path / "good.json"), data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    listed = json.loads(
        cli("--user", "admin", "standards", "list", "--json", data_dir=data_dir, env=ENV).stdout
    )
    assert {(c["version"], c["origin"]) for c in listed} == {("2024.1", "shipped"), ("2026.1", "imported")}


def test_calendar_import_adds_a_year(cli, data_dir, tmp_path):
    year = {
        "year": 2027,
        "source": "示例",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
        "workdays": [],
    }
    # as Windows Notepad saves it on a Chinese Windows ("ANSI", i.e. GBK): read as GB18030, Chinese intact
    (tmp_path / "2027.json").write_bytes(json.dumps(year, ensure_ascii=False).encode("gbk"))
    r = cli("--user", "admin", "calendar", "import", str(tmp_path / "2027.json"), data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    years = json.loads(
        cli("--user", "admin", "calendar", "list", "--json", data_dir=data_dir, env=ENV).stdout
    )
    assert [y["year"] for y in years] == [2025, 2026, 2027]
    assert next(y for y in years if y["year"] == 2027)["source"] == "示例"


def test_case_show_attaches_to_the_case_group_in_either_order():
    from inspector.cli import case_cmds

    for order in ((case_cmds.register, workflow_cmds.register), (workflow_cmds.register, case_cmds.register)):
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        for register in order:
            register(sub)
        assert parser.parse_args(["case", "show", "X"]).case_id == "X"
        assert parser.parse_args(["case", "list"]).command == "case"
