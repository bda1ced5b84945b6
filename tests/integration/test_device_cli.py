"""``inspector device``: the monitoring-device register from a shell, and a 非现场 clue through ``case open`` and
``case advance`` (行政处罚法第四十一条): each refusal is one line naming the article."""

from __future__ import annotations

import json

from inspector.demo import DEMO_PASSWORD
from inspector.station import Station

ENV = {"INSPECTOR_PASSWORD": DEMO_PASSWORD, "INSPECTOR_NOW": "2026-06-10T10:00:00+08:00"}
FIELDS = (
    "kind=违法停车抓拍",
    "location=上城区解放路与建国路交叉口",
    "legal_review_on=2026-03-02",
    "legal_review_ref=杭上城综法审〔2026〕4号",
    "tech_review_on=2026-03-10",
    "tech_review_ref=浙计检2026-0311",
    "published_on=2026-03-20",
    "published_where=区政府门户网站",
)


def _set(*items: str) -> list[str]:
    return [a for item in items for a in ("--set", item)]


def _one_line_error(done, *words: str) -> None:
    assert done.returncode == 1, done.stdout
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr, done.stderr
    for w in words:
        assert w in done.stderr, done.stderr


def _clue_file(tmp_path, data_dir, **over) -> str:
    st = Station.open(data_dir)
    offs = st.db.query(
        "SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '1' "
        "AND o.cert_expiry > '2027-01-01' ORDER BY o.cert_no LIMIT 2"
    )
    st.close()
    clue = {
        "source": "non_contact",
        "device": "CAM-031",
        "reference": "88812",
        "recorded_at": "2026-06-08 07:42",
        "matter_code": "330217001000",
        "address": "杭州市上城区解放路88号",
        "act_date": "2026-06-08",
        "discovered_on": "2026-06-09",
        "officer_ids": [o["id"] for o in offs],
        **over,
    }
    path = tmp_path / f"clue-{clue['reference']}.json"
    path.write_text(json.dumps(clue, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_the_register_takes_checked_fields_and_says_what_a_device_lacks(data_dir, cli):
    admin = ("--user", "admin")
    done = cli(*admin, "device", "add", "cam-031", *_set(*FIELDS[:3]), data_dir=data_dir, env=ENV)
    _one_line_error(done, "请填写法制审核文号")
    done = cli(*admin, "device", "add", "CAM-031", *_set("colour=red"), data_dir=data_dir, env=ENV)
    _one_line_error(done, "未知的设备字段：colour")
    done = cli(*admin, "device", "add", "CAM-031", *_set(*FIELDS[:2]), data_dir=data_dir, env=ENV)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "已登记设备 CAM-031（违法停车抓拍，上城区解放路与建国路交叉口）：尚缺：法制审核、技术审核、设置地点公布"
    )
    done = cli(*admin, "device", "edit", "CAM-031", *_set(*FIELDS[2:]), data_dir=data_dir, env=ENV)
    assert done.stdout.strip() == "已更正设备 CAM-031：可用于非现场执法", done.stderr
    done = cli(
        *admin, "device", "edit", "CAM-031", *_set("published_on=2026-13-01"), data_dir=data_dir, env=ENV
    )
    _one_line_error(done, "设置地点公布日期格式应为 YYYY-MM-DD")
    listed = cli(*admin, "device", "list", "--json", data_dir=data_dir, env=ENV)
    [row] = json.loads(listed.stdout)
    assert (row["code"], row["published_where"], row["status"]) == (
        "CAM-031",
        "区政府门户网站",
        "可用于非现场执法",
    )
    denied = cli("--user", "officer", "device", "add", "CAM-032", *_set(*FIELDS), data_dir=data_dir, env=ENV)
    assert denied.returncode == 1 and "Traceback" not in denied.stderr


def test_art41_a_non_contact_clue_needs_a_usable_device_and_a_reviewed_record(data_dir, cli, tmp_path):
    officer, leader, admin = ("--user", "officer"), ("--user", "leader"), ("--user", "admin")
    clue = _clue_file(tmp_path, data_dir)
    done = cli(*officer, "case", "open", "--clue-json", clue, data_dir=data_dir, env=ENV)
    _one_line_error(done, "第四十一条第一款", "CAM-031", "未在电子技术监控设备登记中")
    assert cli(*admin, "device", "add", "CAM-031", *_set(*FIELDS), data_dir=data_dir, env=ENV).returncode == 0
    done = cli(*officer, "case", "open", "--clue-json", clue, "--json", data_dir=data_dir, env=ENV)
    assert done.returncode == 0, done.stderr
    case_id = json.loads(done.stdout)["id"]
    done = cli(*leader, "case", "advance", case_id, "file", data_dir=data_dir, env=ENV)
    _one_line_error(done, "第四十一条第二款", "未经审核")
    done = cli(
        *leader, "case", "advance", case_id, "review_record", *_set("result=fit"), data_dir=data_dir, env=ENV
    )
    assert done.returncode == 0 and "review_record" in done.stdout, done.stderr
    done = cli(*leader, "case", "advance", case_id, "file", data_dir=data_dir, env=ENV)
    assert done.returncode == 0 and "clue → filed" in done.stdout, done.stderr
    # a retired device's later record opens nothing
    assert cli(*admin, "device", "retire", "CAM-031", data_dir=data_dir, env=ENV).stdout.startswith(
        "已停用设备"
    )
    second = _clue_file(tmp_path, data_dir, reference="88813")
    done = cli(*officer, "case", "open", "--clue-json", second, data_dir=data_dir, env=ENV)
    _one_line_error(done, "第四十一条第一款", "已停用")


def test_art41_2_an_unfit_record_ends_the_clue_from_the_shell(data_dir, cli, tmp_path):
    assert (
        cli(
            "--user", "admin", "device", "add", "CAM-031", *_set(*FIELDS), data_dir=data_dir, env=ENV
        ).returncode
        == 0
    )
    clue = _clue_file(tmp_path, data_dir)
    case_id = cli(
        "--user", "officer", "case", "open", "--clue-json", clue, data_dir=data_dir, env=ENV
    ).stdout.strip()
    leader = ("--user", "leader")
    done = cli(
        *leader,
        "case",
        "advance",
        case_id,
        "review_record",
        *_set("result=unfit"),
        data_dir=data_dir,
        env=ENV,
    )
    _one_line_error(done, "第四十一条第二款", "须写明理由")
    done = cli(
        *leader,
        "case",
        "advance",
        case_id,
        "review_record",
        *_set("result=unfit", "reason=号牌被遮挡，无法辨认"),
        data_dir=data_dir,
        env=ENV,
    )
    assert done.returncode == 0 and "not_filed" in done.stdout, done.stderr
