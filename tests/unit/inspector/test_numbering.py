"""Document numbers (§2.1): per-squad sequences, never reused, void register, shared-per-case mode."""

from __future__ import annotations

import pytest

from inspector import numbering
from inspector.errors import Conflict, ValidationError
from inspector.permissions import Action
from inspector.services import documents, org
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case


def _issue(session, case, doc_type="penalty_decision", **extra):
    return documents.issue_document(session, case["id"], doc_type, {**DECISION_FIELDS, **extra})


def test_each_squad_counts_its_own_sequence(station, login) -> None:
    """Offline uniqueness: the squad segment keeps two stations' numbers apart (§2.1)."""
    sc = numbering.station_code(station)
    officer = login("officer")
    a1, a2 = make_case(station, squad_code="1"), make_case(station, squad_code="1")
    b1 = make_case(station, squad_code="2")
    n = [_issue(officer, c).number for c in (a1, a2, b1)]
    assert n == [
        f"杭上城罚决字〔2026〕第1-{sc}-0001号",
        f"杭上城罚决字〔2026〕第1-{sc}-0002号",
        f"杭上城罚决字〔2026〕第2-{sc}-0001号",
    ]


def test_each_type_has_its_own_sequence_by_default(station, login) -> None:
    sc = numbering.station_code(station)
    officer = login("officer")
    case = make_case(station, state="investigating")
    assert (
        documents.issue_document(officer, case["id"], "inspection_record").number
        == f"杭上城勘字〔2026〕第1-{sc}-0001号"
    )
    assert (
        documents.issue_document(officer, case["id"], "inspection_record").number
        == f"杭上城勘字〔2026〕第1-{sc}-0002号"
    )
    assert (
        documents.issue_document(
            officer,
            case["id"],
            "correction_order",
            {
                "violated_provision": "x",
                "basis": "y",
                "correction_required": "z",
                "correction_deadline": "2026年10月10日",
                "agency_address": "江城路1号",
                "agency_phone": "0571-1",
            },
        ).number
        == f"杭上城责改字〔2026〕第1-{sc}-0001号"
    )


def test_voided_number_stays_in_register_and_is_never_reused(station, login) -> None:
    sc = numbering.station_code(station)
    officer, leader = login("officer"), login("squad_leader")
    case = make_case(station)
    first = _issue(officer, case)
    row = documents.void_number(leader, first.number, reason="当事人姓名打印错误")
    assert (row["status"], row["void_reason"], row["voided_by"]) == ("voided", "当事人姓名打印错误", "leader")
    second = _issue(officer, case)
    assert second.number == f"杭上城罚决字〔2026〕第1-{sc}-0002号"
    reg = {r["number"]: r["status"] for r in numbering.register(station.db, case_id=case["id"])}
    assert reg == {first.number: "voided", second.number: "issued"}
    listed = {d["number"]: d["status"] for d in documents.list_documents(officer, case["id"])}
    assert listed == reg


def test_void_needs_reason_and_permission(station, login) -> None:
    officer, leader = login("officer"), login("squad_leader")
    number = _issue(officer, make_case(station)).number
    with pytest.raises(ValidationError):
        documents.void_number(leader, number, reason="  ")
    from inspector.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        documents.void_number(officer, number, reason="x")
    documents.void_number(leader, number, reason="错号")
    with pytest.raises(Conflict):
        documents.void_number(leader, number, reason="again")


def test_shared_per_case_mode_reuses_the_case_sequence(station, login) -> None:
    """Xiuzhou practice: every document of a case reuses its year and sequence, only the type code changes."""
    sc = numbering.station_code(station)
    admin, officer = login("admin"), login("officer")
    org.set_setting(admin, "documents.numbering_mode", "per_case")
    other = make_case(station, state="investigating")
    documents.issue_document(officer, other["id"], "inspection_record")
    case = make_case(station, state="investigating")
    n1 = documents.issue_document(officer, case["id"], "inspection_record").number
    n2 = documents.issue_document(officer, case["id"], "inspection_record").number
    n3 = documents.issue_document(
        officer,
        case["id"],
        "inquiry_record",
        {"relation": "当事人", "recorder": "李明", "qa": "问：……\n答：……"},
    ).number
    assert (n1, n2, n3) == (
        f"杭上城勘字〔2026〕第1-{sc}-0002号",
        f"杭上城勘字〔2026〕第1-{sc}-0002之二号",
        f"杭上城询字〔2026〕第1-{sc}-0002号",
    )


def test_pattern_and_padding_are_configurable(station, login) -> None:
    admin, officer = login("admin"), login("officer")
    org.set_setting(
        admin, "documents.number_pattern", "{agency}执{type}字[{year}]第{squad}-{station}-{seq}号"
    )
    org.set_setting(admin, "documents.seq_padding", 3)
    org.set_setting(admin, "documents.station_code", "02")
    org.set_setting(admin, "documents.type_codes", {"penalty_decision": "罚"})
    assert _issue(officer, make_case(station)).number == "杭上城执罚字[2026]第1-02-001号"


def test_two_stations_of_an_agency_never_draw_the_same_number(station, login) -> None:
    """§2.1: the station code sits inside the sequence, so stations numbering offline stay apart."""
    admin, officer = login("admin"), login("officer")
    org.set_setting(admin, "documents.station_code", "01")
    first = _issue(officer, make_case(station)).number
    org.set_setting(admin, "documents.station_code", "02")  # the same register seen as a second station
    second = _issue(officer, make_case(station)).number
    assert (first, second) == ("杭上城罚决字〔2026〕第1-01-0001号", "杭上城罚决字〔2026〕第1-02-0002号")


def test_pattern_without_station_segment_is_refused(station, login) -> None:
    """The administrator is refused when saving a pattern without {station}; no document can draw from it."""
    admin = login("admin")
    with pytest.raises(ValidationError) as err:
        org.set_setting(admin, "documents.number_pattern", "{agency}{type}字〔{year}〕第{squad}-{seq}号")
    assert any("{station}" in p.message for p in err.value.problems)
    assert station.db.scalar("SELECT count(*) FROM settings WHERE key = 'documents.number_pattern'") == 0


def test_pattern_without_squad_segment_is_refused(station, login) -> None:
    """Refused when saved (not only when the first document is drawn): squads number on their own (§2.1)."""
    admin, officer = login("admin"), login("officer")
    with pytest.raises(ValidationError) as err:
        org.set_setting(admin, "documents.number_pattern", "{agency}{type}字〔{year}〕第{station}-{seq}号")
    assert any("{squad}" in p.message for p in err.value.problems)
    _issue(officer, make_case(station))  # the default pattern is still in force
    assert station.db.scalar("SELECT count(*) FROM settings WHERE key = 'documents.number_pattern'") == 0


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("{agency}{type}字〔{year}〕第{squad}-{station}-{seq}号{foo}", "未知占位符：{foo}"),
        ("{agency}{type}字〔{year}〕第{squad}-{station}-{seq号", "花括号不成对"),
        ("{agency}{type}字〔{year}〕第{squad}-{station}-{seq:>5}号", "格式说明"),
        ("{agency}{type}字第{station}-{seq}号", "缺少 {squad}{year}"),
    ],
)
def test_pattern_that_cannot_number_documents_is_refused_when_saved(station, login, pattern, says) -> None:
    with pytest.raises(ValidationError) as err:
        org.set_setting(login("admin"), "documents.number_pattern", pattern)
    assert len(err.value.problems) == 1 and says in err.value.problems[0].message


def test_register_rows_are_audited(station, login) -> None:
    _issue(login("officer"), make_case(station))
    assert station.audit_verify() == []
    assert station.db.scalar("SELECT count(*) FROM audit_events WHERE entity = 'number_register'") == 2
    assert Action.DOCUMENT_ISSUE
