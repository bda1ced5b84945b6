"""非现场执法 (行政处罚法第四十一条): the device register, the device a record comes from, the record's review."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import clock
from inspector.errors import GuardRefused, PermissionDenied, ValidationError
from inspector.services import case_opening, monitoring, rating_metrics
from inspector.services import workflow as wf
from tests.integration.workflow_support import at

DEVICE = {
    "code": "cam-031",
    "kind": "违法停车抓拍",
    "location": "上城区解放路与建国路交叉口东北角",
    "legal_review_on": "2026-03-02",
    "legal_review_ref": "杭上城综法审〔2026〕4号",
    "tech_review_on": "2026-03-10",
    "tech_review_ref": "浙计检2026-0311",
    "published_on": "2026-03-20",
    "published_where": "区政府门户网站",
}


@pytest.fixture(autouse=True)
def _clock():
    at("2026-06-10")
    yield
    clock.freeze(None)


def _clue(session, **over):
    offs = session.db.query(
        "SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '1' "
        "AND o.cert_expiry > '2027-01-01' ORDER BY o.cert_no LIMIT 2"
    )
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
    }
    clue.update(over)
    return clue


def _fields(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {p.field: p.message for p in exc.value.problems}


def test_the_administrator_registers_a_device_and_the_write_is_audited(login, station):
    admin = login("admin")
    row = monitoring.add_device(admin, **DEVICE)
    assert row["code"] == "CAM-031" and row["active"] == 1 and row["published_where"] == "区政府门户网站"
    assert "monitoring_devices" in station.audited_tables()
    logged = station.db.scalar(
        "SELECT count(*) FROM audit_events WHERE entity = 'monitoring_devices' AND entity_id = ?",
        (row["id"],),
    )
    assert logged == 1
    assert station.db.scalar("SELECT count(*) FROM outbox WHERE entity = 'monitoring_devices'") == 1
    retired = monitoring.retire_device(admin, row["id"])
    assert retired["active"] == 0 and retired["version"] == 2


def test_register_fields_are_checked_together(login):
    admin = login("admin")
    monitoring.add_device(admin, **DEVICE)
    with pytest.raises(ValidationError) as exc:
        monitoring.add_device(
            admin,
            **{
                **DEVICE,
                "location": "",
                "legal_review_on": "2026-13-01",
                "tech_review_ref": "",
                "published_on": "2026-07-01",
            },
        )
    fields = _fields(exc)
    assert fields["code"] == "设备编号CAM-031已登记"
    assert fields["location"] == "设置地点不能为空"
    assert "YYYY-MM-DD" in fields["legal_review_on"]
    assert fields["tech_review_ref"] == "请填写技术审核报告编号"
    assert fields["published_on"] == "设置地点公布日期不能晚于今天"


def test_only_the_administrator_keeps_the_register(login):
    with pytest.raises(PermissionDenied):
        monitoring.add_device(login("officer"), **DEVICE)


def test_art41_1_a_record_from_an_unknown_device_opens_no_case(login):
    officer = login("officer")
    with pytest.raises(GuardRefused) as exc:
        case_opening.open_from_clue(officer, _clue(officer))
    assert exc.value.article.endswith("第四十一条第一款") and exc.value.rule == "device_unknown"
    assert "监控设备" in exc.value.hint


@pytest.mark.parametrize(
    ("change", "rule", "words"),
    [
        ({"active": False}, "device_retired", "已停用"),
        ({"tech_review_on": None, "tech_review_ref": ""}, "device_not_reviewed", "未经技术审核"),
        ({"legal_review_on": "2026-06-09"}, "device_not_reviewed", "未经法制审核"),
        ({"published_on": None, "published_where": ""}, "device_not_published", "未向社会公布"),
        ({"published_on": "2026-06-08"}, "device_not_published", "未向社会公布"),  # the record's own day
    ],
)
def test_art41_1_a_record_from_a_device_that_fails_the_law_is_refused(login, change, rule, words):
    admin = login("admin")
    row = monitoring.add_device(admin, **DEVICE)
    monitoring.update_device(admin, row["id"], **change)
    officer = login("officer")
    with pytest.raises(GuardRefused) as exc:
        case_opening.open_from_clue(officer, _clue(officer))
    assert exc.value.rule == rule and words in str(exc.value)
    assert "第四十一条第一款" in exc.value.article and exc.value.hint


def test_art41_a_record_from_a_registered_device_opens_a_clue_naming_it(login, station):
    monitoring.add_device(login("admin"), **DEVICE)
    officer = login("officer")
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(officer, _clue(officer, device="", recorded_at="", reference=""))
    fields = _fields(exc)
    assert {"device", "recorded_at", "reference"} <= set(fields)
    case = case_opening.open_from_clue(officer, _clue(officer))
    assert case["device_record_no"] == "88812" and case["device_recorded_at"] == "2026-06-07T23:42:00.000Z"
    assert station.db.find("monitoring_devices", case["device_id"])["code"] == "CAM-031"
    with pytest.raises(ValidationError) as exc:  # one record backs one case
        case_opening.open_from_clue(officer, _clue(officer))
    assert "已登记为线索" in _fields(exc)["reference"]


def _non_contact_case(login) -> str:
    monitoring.add_device(login("admin"), **DEVICE)
    officer = login("officer")
    return case_opening.open_from_clue(officer, _clue(officer))["id"]


def test_art41_2_a_non_contact_case_is_not_filed_before_its_record_is_reviewed(login, station):
    case_id = _non_contact_case(login)
    leader = login("squad_leader")
    with pytest.raises(GuardRefused) as exc:
        wf.advance(leader, case_id, "file")
    assert exc.value.rule == "record_not_reviewed" and exc.value.article.endswith("第四十一条第二款")
    assert "非现场记录审核" in exc.value.hint
    steps = [s["step"] for s in wf.allowed_steps(leader, case_id)]
    assert "review_record" in steps
    assert "review_record" not in [s["step"] for s in wf.allowed_steps(login("officer"), case_id)]
    with pytest.raises(PermissionDenied):  # the squad leader signs the review off
        wf.advance(login("officer"), case_id, "review_record", result="fit")
    with pytest.raises(GuardRefused) as exc:
        wf.advance(leader, case_id, "review_record")
    assert "第四十一条第二款" in exc.value.article and "真实、清楚、完整、准确" in str(exc.value)
    event = wf.advance(leader, case_id, "review_record", result="fit")
    assert event["to_state"] == "clue"
    assert "review_record" not in [s["step"] for s in wf.allowed_steps(leader, case_id)]
    filed = wf.advance(leader, case_id, "file")
    assert filed["to_state"] == "filed"
    data = station.db.query_one(
        "SELECT data FROM case_events WHERE case_id = ? AND step = 'review_record'", (case_id,)
    )["data"]
    assert "真实、清楚、完整、准确" in data and "88812" in data


def test_art41_2_a_record_found_unfit_ends_the_clue_with_its_reason(login, station):
    case_id = _non_contact_case(login)
    leader = login("squad_leader")
    with pytest.raises(GuardRefused) as exc:
        wf.advance(leader, case_id, "review_record", result="unfit")
    assert exc.value.rule == "record_review_reason"
    event = wf.advance(leader, case_id, "review_record", result="unfit", reason="号牌被遮挡，无法辨认")
    assert event["to_state"] == "not_filed"
    case = station.db.find("cases", case_id)
    assert case["state"] == "not_filed" and case["closed_at"] == "2026-06-10"
    row = station.db.query_one(
        "SELECT step, data FROM case_events WHERE case_id = ? ORDER BY rowid DESC", (case_id,)
    )
    assert row["step"] == "not_file" and "号牌被遮挡" in row["data"]
    assert "file" not in [s["step"] for s in wf.allowed_steps(leader, case_id)]


def test_other_sources_file_without_a_record_review(login):
    officer = login("officer")
    case = case_opening.open_from_clue(
        officer, _clue(officer, source="referral", reference="上城市监移〔2026〕3号", device="")
    )
    assert wf.advance(login("squad_leader"), case["id"], "file")["to_state"] == "filed"


def test_rating_counts_a_non_contact_record_done_when_reviewed_in_time(login, station):
    """Rubric C2 (双随机、非现场): a 非现场 record counts once reviewed within the clue-verification period, not when
    the case merely left 线索登记; a record still within its period is not yet counted against the squad."""
    from inspector.law.rating_rules import Period

    case_id = _non_contact_case(login)
    squad = station.db.find("cases", case_id)["squad_id"]
    period = Period("2026-06", dt.date(2026, 6, 1), dt.date(2026, 6, 30))

    def measure(today: str) -> tuple[float, float]:
        params = rating_metrics.period_params(period, today=dt.date.fromisoformat(today))
        found = rating_metrics.aggregate_one(station.db.conn, "random_check_done", squad, params)
        return found.numerator, found.denominator

    assert measure("2026-06-10") == (0, 0)  # within its 15 days
    assert measure("2026-06-30") == (0, 1)  # overdue, not reviewed
    wf.advance(login("officer"), case_id, "verify")  # leaving 线索登记 is not the review
    assert measure("2026-06-30") == (0, 1)
    leader = login("squad_leader")
    wf.advance(leader, case_id, "review_record", result="fit")
    assert measure("2026-06-30") == (1, 1)


def test_art41_2_the_unreviewed_record_waits_on_the_squad_leaders_desk(login, station):
    case_id = _non_contact_case(login)

    def item():
        return station.db.query_one("SELECT role, task, reason FROM work_items WHERE case_id = ?", (case_id,))

    assert (item()["role"], item()["task"]) == ("squad_leader", "非现场记录审核")
    assert "第四十一条第二款" in item()["reason"]
    wf.advance(login("squad_leader"), case_id, "review_record", result="fit")
    assert (item()["role"], item()["task"]) == ("officer", "核查线索")
