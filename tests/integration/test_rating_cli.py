"""``inspector rating``: the summary PDF and the JSON view from a shell, plus the records the rating reads."""

from __future__ import annotations

import json
import subprocess

import pytest

from inspector.demo import DEMO_PASSWORD
from tests.unit.inspector.services.rating_data import PERIOD, TODAY, build

NOW = {"INSPECTOR_NOW": TODAY.isoformat()}
AS_SUPERVISOR = {**NOW, "INSPECTOR_USER": "supervisor", "INSPECTOR_PASSWORD": DEMO_PASSWORD}
AS_ADMIN = {**NOW, "INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": DEMO_PASSWORD}
AS_OFFICER = {**NOW, "INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": DEMO_PASSWORD}


@pytest.fixture
def rated(data_dir):
    from inspector.station import Station

    st = Station.open(data_dir)
    build(st)
    st.close()
    return data_dir


def test_show_json_gives_every_squad_with_its_rubric_version(cli, rated):
    r = cli("rating", "show", "--period", PERIOD, "--json", data_dir=rated, env=AS_SUPERVISOR)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["rubric_version"] == "2026.2" and data["period"] == PERIOD
    by_code = {s["code"]: s for s in data["squads"]}
    assert (by_code["1"]["total"], by_code["1"]["stars"]) == (53.17, 0)
    assert (by_code["2"]["stars"], by_code["2"]["vetoes"][0]["code"]) == (3, "V2")
    assert data["shares"] == {
        "squads": 4,
        "five_star": 1,
        "rated": 2,
        "five_star_share": 0.25,
        "rated_share": 0.5,
    }


def test_summary_pdf_for_one_squad(cli, rated, tmp_path):
    out = tmp_path / "squad1.pdf"
    r = cli(
        "rating",
        "summary",
        "--period",
        PERIOD,
        "--squad",
        "1",
        "-o",
        str(out),
        data_dir=rated,
        env=AS_SUPERVISOR,
    )
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "湖滨中队星级考评表" in text and "2026.2" in text and "清波中队星级考评表" not in text


def test_unknown_squad_and_bad_period_are_one_line_errors(cli, rated, tmp_path):
    r = cli(
        "rating",
        "summary",
        "--period",
        PERIOD,
        "--squad",
        "99",
        "-o",
        str(tmp_path / "x.pdf"),
        data_dir=rated,
        env=AS_SUPERVISOR,
    )
    assert r.returncode == 1 and "没有编号为 99 的中队" in r.stderr and "Traceback" not in r.stderr
    r = cli("rating", "show", "--period", "2026Q5", data_dir=rated, env=AS_SUPERVISOR)
    assert r.returncode == 1 and "考评期应写作" in r.stderr


def test_officer_may_not_print(cli, rated, tmp_path):
    r = cli(
        "rating", "summary", "--period", PERIOD, "-o", str(tmp_path / "x.pdf"), data_dir=rated, env=AS_OFFICER
    )
    assert r.returncode == 1 and "无权" in r.stderr


def test_admin_records_training_incident_gate_and_rubric(cli, rated, tmp_path):
    from inspector.station import Station

    st = Station.open(rated)
    cert = st.db.scalar(
        "SELECT o.cert_no FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '3'"
    )
    st.close()
    assert (
        cli(
            "rating",
            "training",
            "--officer",
            cert,
            "--date",
            "2026-11-02",
            "--hours",
            "21",
            data_dir=rated,
            env=AS_ADMIN,
        ).returncode
        == 0
    )
    assert (
        cli(
            "rating",
            "incident",
            "--squad",
            "3",
            "--kind",
            "court_loss",
            "--date",
            "2026-11-03",
            "--note",
            "越权败诉",
            data_dir=rated,
            env=AS_ADMIN,
        ).returncode
        == 0
    )
    assert (
        cli(
            "rating",
            "gate",
            "--squad",
            "4",
            "--date",
            "2026-12-01",
            "--met",
            "premises,recorders",
            data_dir=rated,
            env=AS_ADMIN,
        ).returncode
        == 0
    )
    exported = tmp_path / "rubric.json"
    assert cli("rating", "rubric", "export", str(exported), data_dir=rated, env=AS_ADMIN).returncode == 0
    rubric = json.loads(exported.read_text(encoding="utf-8"))
    assert (rubric["no_data"], rubric["no_data_min_share"]) == ("rescale", 0.5)
    rubric["version"] = "2026.5"
    exported.write_text(json.dumps(rubric, ensure_ascii=False), encoding="utf-8")
    r = cli("rating", "rubric", "save", str(exported), "--note", "测试", data_dir=rated, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "无数据的指标：不计入，总分按有数据的指标折算" in r.stdout
    data = json.loads(
        cli("rating", "show", "--period", PERIOD, "--json", data_dir=rated, env=AS_SUPERVISOR).stdout
    )
    by_code = {s["code"]: s for s in data["squads"]}
    assert data["rubric_version"] == "2026.5"

    # a rubric file that is not one JSON object is one line, nothing saved
    for bad, said in (
        ('{"version": ', "不是有效的 JSON"),
        ("[1, 2]", "应为一个 JSON 对象"),
        ("\x00\xff", "不是 UTF-8"),
    ):
        broken = tmp_path / "broken.json"
        broken.write_bytes(bad.encode("latin-1"))
        r = cli("rating", "rubric", "save", str(broken), data_dir=rated, env=AS_ADMIN)
        assert r.returncode != 0 and said in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert by_code["3"]["stars"] == 3 and by_code["3"]["vetoes"][0]["code"] == "V3"  # court loss caps at 3★
    assert by_code["4"]["gate_passed"] and by_code["4"]["stars"] == 5
    ev = cli(
        "rating",
        "evidence",
        "--period",
        PERIOD,
        "--squad",
        "3",
        "--metric",
        "E2",
        "--json",
        data_dir=rated,
        env=AS_SUPERVISOR,
    )
    assert sum(r["num"] for r in json.loads(ev.stdout)) == 1


def test_show_says_which_items_had_no_data_and_how_the_total_was_computed(cli, rated, tmp_path):
    from inspector.station import Station

    st = Station.open(rated)
    sid = st.db.scalar("SELECT id FROM squads WHERE code = '3'")
    with st.db.write():  # nothing of 小营中队 was reviewed in the period
        st.db.execute("DELETE FROM casefile_evaluations WHERE squad_id = ?", (sid,))
        st.db.execute(
            "DELETE FROM case_events WHERE step = 'legal_review' AND case_id IN "
            "(SELECT id FROM cases WHERE squad_id = ?)",
            (sid,),
        )
    st.close()
    r = cli("rating", "show", "--period", PERIOD, data_dir=rated, env=AS_SUPERVISOR)
    assert r.returncode == 0, r.stderr
    assert "（无数据的指标：不计入，总分按有数据的指标折算）" in r.stdout
    assert (
        "小营中队：A1 案卷评查平均分、A2 法制审核一次通过率、B3 案卷评查合格率无数据（24分），"
        "总分按其余76分折算：71÷76×100 = 93.42"
    ) in r.stdout
    row = next(line.split() for line in r.stdout.splitlines() if line.split()[:2] == ["3", "小营中队"])
    assert row[7:9] == ["93.42", "5"]  # total and stars

    # an old export without the setting is saved as a version that keeps the old rule, and says so
    old = tmp_path / "old.json"
    exported = json.loads(cli("rating", "rubric", "export", data_dir=rated, env=AS_ADMIN).stdout)
    for key in ("no_data", "no_data_min_share"):
        del exported[key]
    old.write_text(json.dumps({**exported, "version": "2026.7"}, ensure_ascii=False), encoding="utf-8")
    r = cli("rating", "rubric", "save", str(old), data_dir=rated, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert (
        "无数据的指标：不计分，总分为其余各项得分之和（文件未写 no_data，沿用旧版考评细则的规则）" in r.stdout
    )
    data = json.loads(
        cli("rating", "show", "--period", PERIOD, "--json", data_dir=rated, env=AS_SUPERVISOR).stdout
    )
    squad = next(s for s in data["squads"] if s["code"] == "3")
    assert (data["no_data"], squad["total"], squad["stars"]) == ("zero", 71, 2)
