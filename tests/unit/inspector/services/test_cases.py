"""Case list and search: Chinese substrings through the trigram index, filters, keyset paging."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import clock, demo
from inspector.services import cases


@pytest.fixture
def filled(station, login):
    demo.fill(station, cases=60, photos=False)
    return login("officer")


def test_chinese_substring_finds_party_address_and_matter(filled, station):
    target = station.db.query_one(
        "SELECT c.*, p.name AS pname FROM cases c JOIN parties p ON p.id = c.party_id "
        "WHERE length(p.name) >= 3 LIMIT 1"
    )
    rows = cases.list_cases(filled, cases.CaseFilter(search=target["pname"])).rows
    assert target["id"] in [r["id"] for r in rows]
    assert all(target["pname"] in (r["party_name"] or "") or target["pname"] in r["address"] for r in rows)
    rows = cases.list_cases(filled, cases.CaseFilter(search="油烟超标"), limit=500).rows
    expect = station.db.scalar(
        "SELECT count(*) FROM cases WHERE matter_name LIKE '%油烟超标%' OR summary LIKE '%油烟超标%'"
    )
    assert len(rows) == expect > 0


def test_two_character_words_still_match(filled, station):
    rows = cases.list_cases(filled, cases.CaseFilter(search="烧烤"), limit=500).rows
    expect = station.db.scalar(
        "SELECT count(*) FROM cases c LEFT JOIN parties p ON p.id = c.party_id WHERE "
        "c.matter_name LIKE '%烧烤%' OR c.summary LIKE '%烧烤%' OR p.name LIKE '%烧烤%' "
        "OR c.address LIKE '%烧烤%'"
    )
    assert len(rows) == expect > 0


def test_case_number_and_document_number_are_searchable(filled, station, login):
    case = station.db.query_one("SELECT * FROM cases WHERE case_no IS NOT NULL LIMIT 1")
    assert [r["id"] for r in cases.list_cases(filled, cases.CaseFilter(search=case["case_no"])).rows] == [
        case["id"]
    ]


def test_filters_state_squad_dates_and_keyset_pages(filled, station):
    squad = station.db.query_one("SELECT * FROM squads WHERE code = '2'")
    flt = cases.CaseFilter(squad_ids=(squad["id"],))
    seen, after = [], None
    while True:
        page = cases.list_cases(filled, flt, after=after, limit=7)
        seen += page.rows
        if page.next_after is None:
            break
        after = page.next_after
    assert (
        len(seen)
        == cases.count_cases(filled, flt)
        == station.db.scalar("SELECT count(*) FROM cases WHERE squad_id = ?", (squad["id"],))
    )
    stamps = [r["clue_at"] for r in seen]
    assert stamps == sorted(stamps, reverse=True) and len({r["id"] for r in seen}) == len(seen)
    filed = cases.list_cases(filled, cases.CaseFilter(states=("filed", "closed")), limit=500).rows
    assert filed and {r["state"] for r in filed} <= {"filed", "closed"}
    today = clock.today()
    recent = cases.list_cases(
        filled, cases.CaseFilter(date_from=today - dt.timedelta(days=30)), limit=500
    ).rows
    assert all(r["clue_at"] >= (today - dt.timedelta(days=31)).isoformat() for r in recent)


def test_overdue_filter_uses_the_art_60_period(filled, station):
    """行政处罚法 Art. 60: decision within 90 days of filing (configurable where another rule applies)."""
    rows = cases.list_cases(filled, cases.CaseFilter(deadline="overdue"), limit=500).rows
    for r in rows:  # the station's today (China time), not the machine's date in UTC
        assert r["decision_due"] < clock.today().isoformat()


def test_search_index_follows_party_rename(filled, station, login):
    from inspector.permissions import Action

    case = station.db.query_one("SELECT * FROM cases LIMIT 1")
    with filled.writing(Action.PARTY_EDIT) as w:
        w.update("parties", case["party_id"], {"name": "西湖边龙井茶馆"})
    rows = cases.list_cases(filled, cases.CaseFilter(search="龙井茶馆")).rows
    assert case["id"] in [r["id"] for r in rows]


def test_cli_case_list_json(filled, data_dir, cli, station):
    import json

    station.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    env = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": "Demo2026"}
    out = cli("case", "list", "--search", "油烟", "--json", data_dir=data_dir, env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == len(data["cases"]) > 0 or data["total"] >= len(data["cases"]) > 0
    assert all("油烟" in c["matter_name"] or "油烟" in (c["address"] or "") for c in data["cases"])
    out = cli("case", "list", "--state", "closed", "--squad", "1", "--json", data_dir=data_dir, env=env)
    data = json.loads(out.stdout)
    assert all(c["state"] == "closed" and c["squad_name"] == "湖滨中队" for c in data["cases"])
    bad = cli("case", "list", "--squad", "9", data_dir=data_dir, env=env)
    assert bad.returncode == 1 and "中队" in bad.stderr


def test_dense_and_sparse_search_paths_agree(filled, monkeypatch):
    """Frequent words take the walk-the-list path; it must find exactly what the index path finds."""
    for text in ("油烟超标", "杭州市上城区", "便利店 杭州"):
        flt = cases.CaseFilter(search=text)
        sparse = [r["id"] for r in cases.list_cases(filled, flt, limit=1000).rows]
        monkeypatch.setattr(cases, "DENSE", 0)
        dense = [r["id"] for r in cases.list_cases(filled, flt, limit=1000).rows]
        assert cases.count_cases(filled, flt) == len(dense)
        monkeypatch.setattr(cases, "DENSE", 5_000)
        assert dense == sparse and sparse


def test_two_character_words_use_the_index_vocabulary_and_match_like_a_scan(filled, station):
    """Every two-character pair in a party name finds exactly the cases a LIKE scan finds."""
    names = [r["name"] for r in station.db.query("SELECT DISTINCT name FROM parties LIMIT 15")]
    pairs = {n[i : i + 2] for n in names for i in range(len(n) - 1)} | {"号 ", "ZZ"}
    for pair in sorted(pairs):
        pair = pair.strip() or pair
        got = {r["id"] for r in cases.list_cases(filled, cases.CaseFilter(search=pair), limit=1000).rows}
        expect = {
            r["id"]
            for r in station.db.query(
                "SELECT c.id FROM cases c JOIN case_text t ON t.rowid = c.rowid WHERE t.body LIKE ?",
                (f"%{pair}%",),
            )
        }
        assert got == expect, pair
