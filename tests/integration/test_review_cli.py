"""CLI: ``review queue|decide``, ``casefile score``, ``publicity export`` — what a reviewer runs in a shell."""

from __future__ import annotations

import json

from inspector import clock
from inspector.station import Station
from tests.integration.review_support import closed_case, submitted_case

ENV = {"INSPECTOR_PASSWORD": "Demo2026", "INSPECTOR_NOW": "2026-06-12T10:00:00+08:00"}


def _cases(data_dir) -> tuple[str, str]:
    st = Station.open(data_dir)
    try:
        from inspector.demo import DEMO_PASSWORD, DEMO_USERS

        def login(role):
            return st.login(next(u for u, _, r in DEMO_USERS if str(r) == role), DEMO_PASSWORD)

        open_case = submitted_case(st, login, act_date="2026-05-25")
        done = closed_case(st, login)
        return open_case, done
    finally:
        clock.freeze(None)
        st.close()


def test_review_from_the_shell(cli, data_dir, tmp_path):
    open_case, done = _cases(data_dir)
    r = cli("--user", "reviewer", "review", "queue", "--json", data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    assert [q["case_id"] for q in json.loads(r.stdout)] == [open_case]
    # no verdict yet: the 意见书 is refused saying so and what to do, not as a record that may be deleted
    r = cli("--user", "reviewer", "review", "opinion", open_case, data_dir=data_dir, env=ENV)
    assert r.returncode == 1 and "尚未作出结论" in r.stderr and "提交审核意见" in r.stderr
    assert "not found" not in r.stderr and "删除" not in r.stderr

    r = cli(
        "--user",
        "reviewer",
        "review",
        "decide",
        open_case,
        "--verdict",
        "disagree",
        data_dir=data_dir,
        env=ENV,
    )
    assert (
        r.returncode == 1
        and "须写明审核意见" in r.stderr
        and "《中华人民共和国行政处罚法》第五十八条" in r.stderr
    )
    assert len(r.stderr.strip().splitlines()) == 1
    r = cli(
        "--user",
        "reviewer",
        "review",
        "decide",
        open_case,
        "--verdict",
        "agree",
        "--checked",
        data_dir=data_dir,
        env=ENV,
    )
    assert r.returncode == 0 and "同意" in r.stdout, r.stderr

    r = cli("--user", "reviewer", "casefile", "score", done, "--json", data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    sheet = json.loads(r.stdout)
    assert (sheet["total_score"], sheet["grade"], sheet["mock"]) == (90.0, "优秀", False)

    r = cli("--user", "reviewer", "publicity", "sign", done, data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "portal"
    r = cli(
        "--user",
        "reviewer",
        "publicity",
        "export",
        "--since",
        "2026-06-01",
        "-o",
        str(out),
        data_dir=data_dir,
        env=ENV,
    )
    assert r.returncode == 0 and "已导出 1 条" in r.stdout, r.stderr
    assert (out / "行政处罚结果公开.csv").is_file() and len(list(out.glob("*.pdf"))) == 1

    r = cli("--user", "officer", "review", "queue", data_dir=data_dir, env=ENV)
    assert r.returncode == 1 and "无权" in r.stderr


def test_art48_withdrawal_from_the_shell_agrees_with_the_case(cli, data_dir):
    """Art. 48 from a shell: the squad leader records the revocation, the reviewer's ``publicity list`` shows the
    withdrawal due, ``publicity withdraw`` records it with the change's reason, and ``case show`` has the case
    event and its timer done."""
    _, done = _cases(data_dir)
    for args in (("sign", done), ("published", done, "--on", "2026-06-11")):
        r = cli("--user", "reviewer", "publicity", *args, data_dir=data_dir, env=ENV)
        assert r.returncode == 0, r.stderr
    r = cli(
        "--user",
        "leader",
        "case",
        "advance",
        done,
        "decision_changed",
        "--set",
        "kind=revoked",
        "--set",
        "reason=复议机关撤销原处罚决定",
        data_dir=data_dir,
        env=ENV,
    )
    assert r.returncode == 0, r.stderr
    r = cli("--user", "reviewer", "publicity", "list", "--json", data_dir=data_dir, env=ENV)
    row = next(x for x in json.loads(r.stdout) if x["case_id"] == done)
    assert (row["state"], row["withdraw_due"]) == (
        "to_withdraw",
        "2026-06-17",
    )  # Friday 12 June + 3 working days
    r = cli("--user", "reviewer", "publicity", "withdraw", done, data_dir=data_dir, env=ENV)
    assert r.returncode == 0 and "2026-06-17" in r.stdout and "复议机关撤销原处罚决定" in r.stdout, r.stderr
    r = cli("--user", "officer", "case", "show", done, "--json", data_dir=data_dir, env=ENV)
    shown = json.loads(r.stdout)
    assert next(d for d in shown["deadlines"] if d["key"] == "withdraw_publication")["status"] == "done"
    assert "publication_withdrawn" in [e["step"] for e in shown["events"]]
