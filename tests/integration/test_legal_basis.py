"""Legal basis a court can rely on: unverified or foreign catalogue citations are refused on a live station."""

from __future__ import annotations

import pypdf
import pytest

from inspector import clock
from inspector.errors import GuardRefused
from inspector.law import benchmarks
from inspector.services import documents, legal_basis
from tests.integration.workflow_support import at, make_case

FIELDS = {
    "basis": "《中华人民共和国大气污染防治法》第一百一十八条第三款",
    "correction_required": "立即停止露天烧烤",
    "correction_deadline": "2026年10月1日",
    "agency_address": "杭州市上城区江城路1号",
    "agency_phone": "0571-1",
    "party_address": "杭州市上城区清泰街1号",
}


@pytest.fixture(autouse=True)
def _day():
    at("2026-09-28")
    yield
    clock.freeze(None)


def _live(station) -> None:
    with station.db.write():
        station.db.meta_set("demo", "0")
    assert not station.is_demo


def _text(issued) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(issued.path).pages).replace("\n", "")


def test_every_shipped_row_says_whether_its_citation_is_verified_and_whose_it_is() -> None:
    for cat in benchmarks.shipped():
        for code, item in cat.items.items():
            assert isinstance(item.get("citation_verified"), bool), code
            assert len(str(item.get("citation_jurisdiction"))) == 6, code


def test_live_station_refuses_a_foreign_unverified_citation_naming_the_row(station, login) -> None:
    """《行政处罚法》第三十八条、第五十九条: the 店外经营 row cites Ouhai district's (Wenzhou) unverified text."""
    _live(station)
    cid = make_case(station)  # matter 330217001000
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(login("officer"), cid, "correction_order", FIELDS)
    e = err.value
    assert e.rule == "unverified_basis" and e.article == legal_basis.ARTICLE
    assert "事项330217001000" in str(e) and "店外经营" in str(e)
    assert "条文未经核实" in str(e) and "330304" in str(e)
    assert station.db.scalar("SELECT count(*) FROM documents") == 0
    with pytest.raises(GuardRefused):  # the issue dialog is told the same before issuing
        documents.check_lawful(login("officer"), cid, "correction_order")


def test_live_station_prints_a_verified_national_citation(station, login) -> None:
    _live(station)
    cid = make_case(station, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤")
    text = _text(documents.issue_document(login("officer"), cid, "correction_order", FIELDS))
    assert "《中华人民共和国大气污染防治法》第八十一条第三款" in text and "演示" not in text


def test_a_typed_working_note_is_refused_on_a_live_station(station, login) -> None:
    _live(station)
    cid = make_case(station, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤")
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(
            login("officer"), cid, "correction_order", {**FIELDS, "basis": "《某条例》（条文序号待核实）"}
        )
    assert "手工填写的依据" in str(err.value)


def test_demo_station_prints_unverified_citations_labelled(station, login) -> None:
    assert station.is_demo
    cid = make_case(station)
    text = _text(documents.issue_document(login("officer"), cid, "correction_order", FIELDS))
    assert (
        "《浙江省城市市容和环境卫生管理条例》第十八条〔演示数据：该依据未经核实，不得用于正式文书〕" in text
    )


@pytest.mark.parametrize(
    ("jurisdiction", "division", "ok"),
    [
        ("000000", "330102", True),
        ("330000", "330102", True),
        ("330100", "330102", True),
        ("330102", "330102", True),
        ("330304", "330102", False),
        ("330400", "330102", False),
        ("", "330102", False),
    ],
)
def test_jurisdiction_applies_only_to_its_own_territory(jurisdiction, division, ok) -> None:
    assert legal_basis.applies_to(jurisdiction, division) is ok
