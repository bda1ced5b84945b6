"""The squad summary measured from case data (domain spec §4.1 [P]): every metric against hand-computed answers."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.errors import NotFound, PermissionDenied, ValidationError
from inspector.permissions import Role
from inspector.services import rating
from tests.unit.inspector.services.rating_data import EXPECTED, PERIOD, TODAY, build


@pytest.fixture
def built(station):
    clock.freeze(TODAY)
    cases = build(station)
    yield cases
    clock.freeze(None)


@pytest.fixture
def result(built, login):
    return rating.summary(login(Role.SUPERVISOR), PERIOD)


def _squad(result, code: str):
    return next(s for s in result.squads if s.squad_code == code)


def _metric(squad, metric: str):
    return next(m for d in squad.score.dimensions for m in d.metrics if m.metric == metric)


@pytest.mark.parametrize("metric", sorted(EXPECTED))
def test_every_metric_of_squad_one(result, metric):
    num, den, points = EXPECTED[metric]
    m = _metric(_squad(result, "1"), metric)
    assert (m.measure.numerator, m.measure.denominator) == (num, den)
    assert m.points == pytest.approx(points, abs=1e-3)


def test_squad_one_total_and_veto(result):
    s = _squad(result, "1")
    # A 22.08 + B 10.67 + C 6.67 + D 5 + E 8.75 (each dimension rounded to 0.01)
    assert [d.score for d in s.score.dimensions] == [22.08, 10.67, 6.67, 5.0, 8.75]
    assert s.score.total == 53.17 and s.score.stars == 0
    assert s.score.vetoes == (("V1", "考评期内有不合格案卷", 1),)


def test_discipline_veto_keeps_squad_two_at_three_stars(result):
    # Squad 2 has nothing in the period except a disciplined officer; its officers trained 0 hours (E2 = 0).
    s = _squad(result, "2")
    assert s.score.total == 95 and s.score.band_stars == 5 and s.score.stars == 3
    assert [v[0] for v in s.score.vetoes] == ["V2"]


def test_squad_three_is_five_stars(result):
    s = _squad(result, "3")
    assert (s.score.total, s.score.stars, s.score.vetoes) == (95, 5, ())


def test_gate_check_leaves_squad_four_unrated(result):
    # Squad 4: one certificate expired 2026-10-30 (E1 = 3/4 × 5), no training; its premises check failed.
    s = _squad(result, "4")
    assert s.score.total == 93.75 and s.score.band_stars == 5 and s.score.stars == 0
    assert s.score.gate_failures == ("固定办公场所，设询问室和证据（物品）保管室",)


def test_city_wide_shares(result):
    assert (result.shares.squads, result.shares.five_star, result.shares.rated) == (4, 1, 2)
    assert result.rubric.version == "2026.2"


def test_drill_down_lists_the_cases_behind_a_score(built, login):
    rows = rating.evidence(login(Role.SUPERVISOR), PERIOD, _sid(login, "1"), "legal_review_first_pass")
    assert [(r["case_id"], r["num"]) for r in rows] == [(built["c1"], 0), (built["c2"], 1)]  # failures first
    assert rows[0]["note"] == "failed"


def test_drill_down_of_a_deduction(built, login):
    rows = rating.evidence(login(Role.SUPERVISOR), PERIOD, _sid(login, "1"), "decisions_overturned")
    assert [r["case_id"] for r in rows] == [built["c2"]]


def _sid(login, code: str) -> str:
    return login(Role.SUPERVISOR).db.scalar("SELECT id FROM squads WHERE code = ?", (code,))


def test_squad_leader_sees_only_own_squad(built, login):
    leader = login(Role.SQUAD_LEADER)
    result = rating.summary(leader, PERIOD)
    assert [s.squad_code for s in result.squads] == ["1"]
    with pytest.raises(NotFound):
        rating.evidence(leader, PERIOD, _sid(login, "2"), "training_hours")


def test_officer_may_not_see_ratings(login):
    with pytest.raises(PermissionDenied):
        rating.summary(login(Role.OFFICER), PERIOD)


def test_rubric_edit_makes_a_new_version_used_by_the_next_rating(built, login, station):
    admin = login(Role.ADMIN)
    payload = rating.default_rubric_payload()
    payload["stars"][0]["min"] = 96  # five stars now need 96
    with pytest.raises(ValidationError):  # the shipped version number is taken
        rating.save_rubric(admin, payload)
    payload["version"] = rating.next_version(admin, rating.current_rubric(admin))
    assert payload["version"] == "2026.3"
    rating.save_rubric(admin, payload, note="五星分数线提高")
    result = rating.summary(login(Role.SUPERVISOR), PERIOD)
    assert result.rubric.version == "2026.3"
    assert _squad(result, "3").score.stars == 4  # 95 < 96
    assert [v["rub_version"] for v in rating.rubric_versions(admin)] == ["2026.3", "2026.2"]
    with pytest.raises(PermissionDenied):
        rating.save_rubric(login(Role.SUPERVISOR), payload)


def test_snapshot_states_its_rubric_version(result, login, station):
    rating.record_snapshots(login(Role.SUPERVISOR), result)
    rows = station.db.query("SELECT period, rub_version, stars FROM rating_snapshots ORDER BY total")
    assert {r["rub_version"] for r in rows} == {"2026.2"} and len(rows) == 4
    assert rows[0]["stars"] == 0 and rows[0]["period"] == PERIOD


def test_training_incident_and_gate_entry(built, login, station):
    admin = login(Role.ADMIN)
    officer = station.db.scalar(
        "SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '3' ORDER BY o.name"
    )
    rating.add_training(admin, officer_id=officer, on_date="2026-11-02", hours=21, course="行政处罚法")
    result = rating.summary(login(Role.SUPERVISOR), PERIOD)
    assert _metric(_squad(result, "3"), "training_hours").measure.numerator == 1
    with pytest.raises(ValidationError):
        rating.record_incident(
            admin, squad_id=_sid(login, "3"), kind="gossip", on_date="2026-11-02", note="x"
        )
    rating.record_incident(
        admin, squad_id=_sid(login, "3"), kind="opinion_event", on_date="2026-11-02", note="处置不当引发舆情"
    )
    rating.record_gate_check(
        admin, squad_id=_sid(login, "4"), checked_on="2026-12-01", items={"premises": True, "recorders": True}
    )
    result = rating.summary(login(Role.SUPERVISOR), PERIOD)
    assert _squad(result, "3").score.stars == 3  # V4 caps the five-star squad
    assert _squad(result, "4").score.stars == 5  # the newer check passes the gate
    logged = {r["entity"] for r in station.db.query("SELECT entity FROM audit_events")}
    assert {"training_records", "rating_incidents", "squad_gate_checks"} <= logged  # audited like any write


def test_trend_over_four_quarters(built, login):
    summaries = rating.trend(login(Role.SUPERVISOR), PERIOD, count=4)
    assert [s.period.code for s in summaries] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert _squad(summaries[-1], "1").score.total == 53.17


def test_json_view(result):
    data = rating.as_json(result)
    squad = data["squads"][0]
    assert data["rubric_version"] == "2026.2" and squad["code"] == "1"
    assert squad["dimensions"][0]["metrics"][0]["why"].startswith("3份案卷平均75.0分")


def test_a_file_evaluated_twice_counts_once_with_its_newest_score(built, login, station):
    from tests.unit.inspector.services.rating_data import Builder

    with station.db.write():
        Builder(station).evaluation("1", built["c1"], 95, "优秀", "2026-12-20")  # c1 re-evaluated: 80 → 95
    m = _metric(_squad(rating.summary(login(Role.SUPERVISOR), PERIOD), "1"), "casefile_avg_score")
    assert (m.measure.numerator, m.measure.denominator) == (95 + 90 + 55, 3) and m.points == 12


def test_two_evaluations_of_a_file_at_the_same_instant_count_once(built, login, station):
    # c1 scored again twice in one instant (a double click, or two stations): the file still counts once, by
    # the later-saved evaluation (the greater time-ordered id), here inserted first so the order of insertion
    # cannot be what decides
    from tests.unit.inspector.services.rating_data import Builder

    later, earlier = "01900000-0000-7000-8000-00000000000b", "01900000-0000-7000-8000-00000000000a"
    with station.db.write():
        b = Builder(station)
        b.evaluation("1", built["c1"], 95, "优秀", "2026-12-20", ref=later)
        b.evaluation("1", built["c1"], 40, "不合格", "2026-12-20", ref=earlier)
    squad = _squad(rating.summary(login(Role.SUPERVISOR), PERIOD), "1")
    m = _metric(squad, "casefile_avg_score")
    assert (m.measure.numerator, m.measure.denominator) == (95 + 90 + 55, 3)
    passed = _metric(squad, "casefile_pass_rate")
    assert (passed.measure.numerator, passed.measure.denominator) == (2, 3)
    rows = rating.evidence(login(Role.SUPERVISOR), PERIOD, _sid(login, "1"), "casefile_avg_score")
    assert sorted(r["ref_id"] for r in rows if r["case_id"] == built["c1"]) == [later]
    failed = rating.evidence(login(Role.SUPERVISOR), PERIOD, _sid(login, "1"), "casefile_failed")
    assert built["c1"] not in [r["case_id"] for r in failed]


def _unreview(station, code: str) -> None:
    """Take every 案卷评查 and 法制审核 of squad ``code`` away: nothing of it was reviewed in the period."""
    sid = station.db.scalar("SELECT id FROM squads WHERE code = ?", (code,))
    with station.db.write():
        station.db.execute("DELETE FROM casefile_evaluations WHERE squad_id = ?", (sid,))
        station.db.execute(
            "DELETE FROM case_events WHERE step = 'legal_review' AND case_id IN "
            "(SELECT id FROM cases WHERE squad_id = ?)",
            (sid,),
        )


def test_unreviewed_squad_is_rated_on_the_items_that_had_data(built, login, station):
    # 小营中队 earned 95 with one file reviewed; without it A1, A2, B3 (24 points) have no data, and the 71
    # points it earned on the other 76 are scaled: 71 ÷ 76 × 100 = 93.42, still five stars
    _unreview(station, "3")
    result = rating.summary(login(Role.SUPERVISOR), PERIOD)
    s = _squad(result, "3").score
    assert (s.earned, s.measured, s.total, s.stars) == (71, 76, 93.42, 5)
    data = next(q for q in rating.as_json(result)["squads"] if q["code"] == "3")
    assert data["no_data_note"] == (
        "A1 案卷评查平均分、A2 法制审核一次通过率、B3 案卷评查合格率无数据（24分），"
        "总分按其余76分折算：71÷76×100 = 93.42"
    )
    assert (data["rescaled"], data["earned"], data["measured"]) == (True, 71, 76)
    assert rating.as_json(result)["no_data"] == "rescale"


def test_a_stored_rubric_without_the_setting_keeps_scoring_no_data_as_zero(built, login, station):
    # a version saved before the setting existed (its payload has no "no_data") loads, and rates as it did
    import json

    from inspector.law import rating_rules

    payload = rating_rules.to_dict(rating.current_rubric(login(Role.ADMIN)))
    for key in ("no_data", "no_data_min_share"):
        del payload[key]
    payload["version"] = "2026.9"
    with station.db.write():
        station.db.execute(
            "INSERT INTO rating_rubrics(id, rubric, rub_version, payload, digest, note, created_at, updated_at, "
            "updated_by, station_id) VALUES ('r-old', 'star-squad', '2026.9', ?, '', '旧版', "
            "'2026-06-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', 'test', 'test')",
            (json.dumps(payload, ensure_ascii=False),),
        )
    _unreview(station, "3")
    result = rating.summary(login(Role.SUPERVISOR), PERIOD)
    assert (result.rubric.version, result.rubric.no_data) == ("2026.9", "zero")
    s = _squad(result, "3").score
    assert (s.total, s.stars, s.rescaled) == (71, 2, False)  # 95 − 24, as that version rated it before
    assert "不计分" in rating_rules.no_data_note(s)
    # the editor's next version of it is saved with the setting written out
    again = rating.save_rubric(login(Role.ADMIN), {**payload, "version": "2026.10", "no_data": "rescale"})
    stored = station.db.scalar("SELECT payload FROM rating_rubrics WHERE rub_version = '2026.10'")
    assert again.no_data == "rescale" and json.loads(stored)["no_data"] == "rescale"
