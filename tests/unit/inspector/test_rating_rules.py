"""Star-rating arithmetic (domain spec §4.1, a proposed rubric [P]): every method, veto item, star boundary, gate."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import replace

import pytest

from inspector.errors import ValidationError
from inspector.law import rating_rules as rr
from inspector.law.rating_rules import Measure, MetricDef
from inspector.services.rating import default_rubric_payload


@pytest.fixture
def rubric():
    return rr.parse(default_rubric_payload())


def _full(rubric) -> dict[str, Measure]:
    """A squad with nothing wrong: every rate 1/1, average file score 100, no deductions."""
    out = {}
    for m in rubric.metric_defs():
        out[m.metric] = {
            "score": Measure(100, 1),
            "deduct": Measure(0, 0),
            "per_thousand": Measure(0, 100),
        }.get(m.method, Measure(1, 1))
    return out


def test_default_rubric_is_the_proposed_one(rubric):
    # §4.1: A 35, B 20, C 15, D 15, E 15; four veto items; thresholds 90/85/75/65/60; targets 50 % and 90 %.
    assert [(d.code, d.weight) for d in rubric.dimensions] == [
        ("A", 35),
        ("B", 20),
        ("C", 15),
        ("D", 15),
        ("E", 15),
    ]
    assert [v.metric for v in rubric.vetoes] == [
        "casefile_failed",
        "discipline",
        "court_loss",
        "opinion_event",
    ]
    assert rubric.stars == ((5, 90), (4, 85), (3, 75), (2, 65), (1, 60))
    assert rubric.targets == {"five_star_share": 0.5, "rated_share": 0.9}
    # 2026.2: the 2026.1 rubric with items that had no data left out and the total rescaled (no_data)
    assert rubric.version == "2026.2"
    assert (rubric.no_data, rubric.no_data_min_share) == ("rescale", 0.5)
    assert rr.parse(rr.to_dict(rubric)) == rubric


# ---- metric methods, each with a hand-computed answer ------------------------------------------------------


def test_rate_method():
    d = MetricDef("A2", "法制审核一次通过率", "legal_review_first_pass", "rate", 5)
    s = rr.score_metric(d, Measure(3, 4))  # 3 of 4 passed first time: 0.75 × 5 = 3.75
    assert (s.points, s.value, s.why) == (3.75, 0.75, "scored")
    assert "3/4 = 75.0%" in rr.explain(s)


def test_rate_with_nothing_to_count_scores_full():
    d = MetricDef("B2", "公示", "publicity_on_time", "rate", 6)
    s = rr.score_metric(d, Measure(0, 0))
    assert (s.points, s.why) == (6, "none_in_period")
    assert "按满分计" in rr.explain(s)


@pytest.mark.parametrize(
    ("code", "metric", "method", "points"),
    [
        ("A1", "casefile_avg_score", "score", 15),
        ("A2", "legal_review_first_pass", "rate", 5),
        ("B3", "casefile_pass_rate", "rate", 4),
    ],
)
def test_review_based_items_with_nothing_reviewed_have_no_data_not_full_marks(code, metric, method, points):
    # §4.1 [P] is silent on a period without reviews: a squad whose files nobody reviewed did not earn the
    # review-based items, so they show 无数据 and score nothing (the other rates keep full points above)
    s = rr.score_metric(MetricDef(code, "x", metric, method, points), Measure(0, 0))
    assert (s.points, s.max_points, s.value, s.why) == (0, points, None, "no_data")
    assert rr.explain(s).startswith("无数据") and f"满分{points}分" in rr.explain(s)


def _unreviewed(rubric, **changed: Measure) -> dict[str, Measure]:
    """A squad with nothing wrong whose files nobody reviewed (A1, A2, B3 have nothing to count)."""
    measures = _full(rubric)
    for metric in ("casefile_avg_score", "legal_review_first_pass", "casefile_pass_rate"):
        measures[metric] = Measure(0, 0)
    measures.update(changed)
    return measures


def _score(rubric, measures, **kw):
    return rr.score_squad(rubric, measures, veto_counts=kw.pop("vetoes", {}), gate_items=None, certified=5)


def test_zero_leaves_the_no_data_items_out_of_what_was_earned(rubric):
    # "zero" (the rule before the setting, and of every rubric that does not name one): nothing earned
    zero = replace(rubric, no_data="zero")
    s = _score(zero, _unreviewed(zero))
    assert [c for c, _n, _p in s.no_data] == ["A1", "A2", "B3"] and s.no_data_points == 24
    assert (s.total, s.earned, s.stars, s.rescaled) == (76, 76, 3, False)  # 100 − 24, the bands as they stand
    assert rr.no_data_note(s) == "A1、A2、B3无数据，不计分（共24分未计入），总分为其余各项得分之和"
    assert rr.explain(s.dimensions[0].metrics[0]).startswith("无数据") and "本项不计分" in rr.explain(
        s.dimensions[0].metrics[0]
    )
    assert _score(zero, _full(zero)).no_data == ()


def test_rescale_scales_what_was_earned_over_the_points_that_had_data(rubric):
    # the shipped rule: A1, A2, B3 (24 points) had no data; of the other 76 points the squad earned 70 (B1,
    # 全过程记录完整率, 0 of 1 record complete: 6 points lost)
    measures = _unreviewed(rubric, recording_complete=Measure(0, 1))  # B1: 0 of 6
    s = _score(rubric, measures)
    assert (s.earned, s.measured, s.full) == (70, 76, 100)
    assert s.total == 92.11 and s.stars == 5 and s.rescaled  # 70 ÷ 76 × 100 = 92.105…
    assert rr.no_data_note(s) == "A1、A2、B3无数据（24分），总分按其余76分折算：70÷76×100 = 92.11"
    a1 = s.dimensions[0].metrics[0]
    assert (a1.points, a1.left_out) == (0, True)
    assert (
        rr.explain(a1) == "无数据：考评期内没有可计算的记录，本项不计入，总分按有数据的指标折算（满分15分）"
    )
    # a squad with nothing wrong and nothing reviewed is a full 100, not 76
    assert _score(rubric, _unreviewed(rubric)).total == 100
    # a squad with every item measured is not touched
    full = _score(rubric, _full(rubric))
    assert (full.total, full.no_data, full.rescaled, rr.no_data_note(full)) == (100, (), False, "")


def test_rescale_only_no_data_metrics_the_other_empty_rates_still_score_full(rubric):
    # nothing to publish (B2) is still "nothing done wrong, full points", not an item without data
    s = _score(rubric, _unreviewed(rubric, publicity_on_time=Measure(0, 0)))
    assert [c for c, _n, _p in s.no_data] == ["A1", "A2", "B3"] and s.total == 100


def test_rescale_with_one_review_item_missing(rubric):
    # most squads: files reviewed, but no case needed 法制审核 → only A2 (5) is left out: 93 of 95 → 97.89
    measures = _full(rubric)
    measures["legal_review_first_pass"] = Measure(0, 0)
    measures["casefile_avg_score"] = Measure(80, 1)  # A1: 80 ÷ 100 × 15 = 12, three points lost
    s = _score(rubric, measures)
    assert (s.earned, s.measured, s.total, s.stars) == (92, 95, 96.84, 5)
    assert rr.no_data_note(s) == "A2无数据（5分），总分按其余95分折算：92÷95×100 = 96.84"


def test_rescale_with_too_little_measured_is_not_rated(rubric):
    # a rubric (as an administrator might write it) where the review items carry 62 of the 100 points (A1 55,
    # A2 5, B3 2): with none of them measured, 38 points are too few to rate on (the minimum share is half)
    payload = default_rubric_payload()
    a = payload["dimensions"][0]
    a["weight"], a["metrics"][0]["points"] = 75, 55  # A1 55 of A 75; B … E shrink to 25
    for d, w in zip(payload["dimensions"][1:], (10, 5, 5, 5), strict=True):
        d["weight"] = w
        for m in d["metrics"]:
            m["points"] = round(m["points"] * w / {"B": 20, "C": 15, "D": 15, "E": 15}[d["code"]], 4)
    heavy = rr.parse(payload)
    s = _score(heavy, _unreviewed(heavy))
    assert s.measured == 38 and s.no_data_points == 62 and s.total == 100
    assert s.too_little_data and s.band_stars == 5 and s.stars == rr.UNRATED
    assert rr.no_data_note(s).endswith("；有数据的指标仅38分，不足考评细则要求的50分，数据太少，不定星")
    # the same squad at a minimum share of 0.35 is rated on its 38 points
    lenient = replace(heavy, no_data_min_share=0.35)
    assert _score(lenient, _unreviewed(lenient)).stars == 5
    # and by "zero" it is rated on what it earned, out of 100: 38 points, below every band
    zero = replace(heavy, no_data="zero")
    by_zero = _score(zero, _unreviewed(zero))
    assert (by_zero.total, by_zero.stars, by_zero.too_little_data) == (38, rr.UNRATED, False)


def test_rescale_keeps_vetoes_and_gate(rubric):
    s = rr.score_squad(
        rubric, _unreviewed(rubric), veto_counts={"discipline": 1}, gate_items=None, certified=5
    )
    assert s.total == 100 and s.stars == 3  # a veto still caps the rescaled total's stars
    s = rr.score_squad(
        rubric, _unreviewed(rubric), veto_counts={}, gate_items={"premises": False}, certified=5
    )
    assert s.stars == rr.UNRATED


def test_rescale_over_a_capped_dimension_counts_at_most_its_weight(rubric):
    # dimension A capped at 20 with 35 points of items: A1 (15) without data leaves 20 measurable, not 20 of 35
    payload = default_rubric_payload()
    payload["dimensions"][0]["weight"] = 20
    payload["dimensions"][1]["weight"] = 35
    payload["dimensions"][1]["metrics"][0]["points"] = 21  # B1 6 → 21 so B can reach 35
    capped = rr.parse(payload)
    measures = _full(capped)
    measures["casefile_avg_score"] = Measure(0, 0)
    s = _score(capped, measures)
    assert (s.no_data_points, s.measured, s.total) == (15, 100, 100)
    assert "按有数据指标的满分100分折算" in rr.no_data_note(s)


def test_no_data_setting_is_parsed_validated_and_written_back(rubric):
    payload = rr.to_dict(rubric)
    assert (payload["no_data"], payload["no_data_min_share"]) == ("rescale", 0.5)
    for mode in ("rescale", "zero"):
        again = rr.parse({**payload, "no_data": mode, "no_data_min_share": 0.6})
        assert (again.no_data, again.no_data_min_share) == (mode, 0.6)
        assert rr.parse(rr.to_dict(again)) == again
    # a rubric written before the setting (a stored version, an old export) keeps the rule it was rated by
    old = {k: v for k, v in payload.items() if k not in ("no_data", "no_data_min_share")}
    assert (rr.parse(old).no_data, rr.parse(old).no_data_min_share) == ("zero", 0.5)
    with pytest.raises(ValidationError) as err:
        rr.parse({**payload, "no_data": "full"})
    assert "无数据指标的处理方式应为 rescale" in str(err.value.problems[0].message)
    assert "full" in err.value.problems[0].message
    for bad in (1.5, -0.1, "half", True):
        with pytest.raises(ValidationError) as err:
            rr.parse({**payload, "no_data_min_share": bad})
        assert err.value.problems[0].field == "no_data_min_share"
        assert "0到1之间" in err.value.problems[0].message


def test_score_method_is_average_over_100():
    d = MetricDef("A1", "案卷评查平均分", "casefile_avg_score", "score", 15)
    s = rr.score_metric(d, Measure(80 + 90 + 70, 3))  # average 80 → 80/100 × 15 = 12
    assert (s.points, s.value) == (12, 80)


def test_target_method_caps_at_target():
    d = MetricDef("C3", "联合检查", "joint_inspections", "target", 5, {"target": 0.2})
    assert rr.score_metric(d, Measure(1, 10)).points == 2.5  # 10 % of a 20 % target: half of 5
    capped = rr.score_metric(d, Measure(5, 10))  # 50 % ≥ 20 %: full, not more
    assert (capped.points, capped.why) == (5, "capped")


def test_deduct_method_floors_at_zero():
    # §4.1 A: −5 per decision revoked, changed or lost, floor 0, out of 10.
    d = MetricDef("A4", "被撤销", "decisions_overturned", "deduct", 10, {"per": 5})
    assert rr.score_metric(d, Measure(0, 0)).points == 10
    assert rr.score_metric(d, Measure(1, 0)).points == 5
    floor = rr.score_metric(d, Measure(3, 0))
    assert (floor.points, floor.why) == (0, "floor")


def test_per_thousand_method():
    d = MetricDef("D3", "有效投诉", "valid_complaints", "per_thousand", 5, {"per": 1})
    assert rr.score_metric(d, Measure(2, 1000)).points == 3  # 2 per 1,000 cases → −2
    assert rr.score_metric(d, Measure(1, 250)).points == 1  # 4 per 1,000 → −4
    assert rr.score_metric(d, Measure(0, 0)).points == 5
    assert rr.score_metric(d, Measure(1, 0)).points == 0  # a complaint and no cases at all


def test_dimension_score_is_capped_at_its_weight():
    payload = default_rubric_payload()
    payload["dimensions"][0]["metrics"][0]["points"] = 25  # A sums to 45 but the dimension is worth 35
    rubric = rr.parse(payload)
    s = rr.score_squad(rubric, _full(rubric), veto_counts={}, gate_items={}, certified=5)
    assert s.dimensions[0].score == 35 and s.total == 100


# ---- star boundaries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "stars"),
    [
        (100, 5),
        (90, 5),
        (89.99, 4),
        (85, 4),
        (84.99, 3),
        (75, 3),
        (74.99, 2),
        (65, 2),
        (64.99, 1),
        (60, 1),
        (59.99, 0),
        (0, 0),
    ],
)
def test_every_star_boundary(rubric, total, stars):
    assert rr.stars_for(total, rubric) == stars


def _squad_with_total(rubric, total: float, **kw):
    """Full marks, with rate and score metrics lowered in rubric order until the shortfall is taken."""
    measures = _full(rubric)
    short = 100 - total
    for m in rubric.metric_defs():
        if short <= 0 or m.method not in ("rate", "score"):
            continue
        take = min(short, m.points)
        kept = (m.points - take) / m.points
        measures[m.metric] = Measure(kept * 100, 1) if m.method == "score" else Measure(kept * 1000, 1000)
        short -= take
    return rr.score_squad(
        rubric,
        measures,
        veto_counts=kw.get("vetoes", {}),
        gate_items=kw.get("gate", {}),
        certified=kw.get("certified", 5),
    )


@pytest.mark.parametrize(
    ("total", "stars"), [(90, 5), (89.9, 4), (85, 4), (75, 3), (65, 2), (60, 1), (59.9, 0)]
)
def test_squad_totals_at_the_boundaries(rubric, total, stars):
    s = _squad_with_total(rubric, total)
    assert s.total == pytest.approx(total) and s.stars == stars


# ---- veto items (一票否决): each one alone keeps a 95-point squad at 3 stars ----------------------------------


@pytest.mark.parametrize("metric", ["casefile_failed", "discipline", "court_loss", "opinion_event"])
def test_each_veto_item_caps_at_three_stars(rubric, metric):
    s = _squad_with_total(rubric, 95, vetoes={metric: 1})
    assert s.band_stars == 5 and s.stars == 3
    assert [v[0] for v in s.vetoes] == [next(v.code for v in rubric.vetoes if v.metric == metric)]


def test_veto_does_not_raise_a_low_squad(rubric):
    s = _squad_with_total(rubric, 70, vetoes={"discipline": 2})
    assert s.stars == 2 and s.vetoes[0][2] == 2


def test_no_veto_keeps_five_stars(rubric):
    assert _squad_with_total(rubric, 95, vetoes={"discipline": 0}).stars == 5


# ---- the 规范化 gate -----------------------------------------------------------------------------------------


def test_gate_item_not_met_leaves_squad_unrated(rubric):
    s = _squad_with_total(rubric, 95, gate={"premises": False, "recorders": True})
    assert s.stars == 0 and not s.gate_passed
    assert any("询问室" in f for f in s.gate_failures)


def test_gate_needs_enough_certified_officers(rubric):
    s = _squad_with_total(rubric, 95, certified=1)
    assert s.stars == 0 and s.gate_failures == ("持有效执法证人员不少于2名",)


def test_unrecorded_gate_items_pass_or_fail_by_the_rubric(rubric):
    s = _squad_with_total(rubric, 95, gate=None)
    assert s.stars == 5 and len(s.gate_unrecorded) == 4
    payload = default_rubric_payload()
    payload["gate"]["unrecorded_passes"] = False
    strict = rr.parse(payload)
    measures = _full(strict)
    assert rr.score_squad(strict, measures, veto_counts={}, gate_items=None, certified=5).stars == 0


# ---- targets --------------------------------------------------------------------------------------------


def test_city_wide_shares():
    # 10 squads: 5 five-star, 4 rated below, 1 not rated → 50 % five-star (target met), 90 % rated (met).
    s = rr.shares([5, 5, 5, 5, 5, 4, 3, 2, 1, 0])
    assert (s.five_star_share, s.rated_share) == (0.5, 0.9)
    assert rr.shares([]).rated_share == 0


# ---- validation -----------------------------------------------------------------------------------------


def test_weights_must_sum_to_100():
    payload = default_rubric_payload()
    payload["dimensions"][0]["weight"] = 30
    with pytest.raises(ValidationError) as info:
        rr.parse(payload)
    assert any("之和应为100" in p.message for p in info.value.problems)


def test_star_thresholds_must_rise_with_stars():
    payload = copy.deepcopy(default_rubric_payload())
    payload["stars"][1]["min"] = 95
    with pytest.raises(ValidationError) as info:
        rr.parse(payload)
    assert any(p.field == "stars" for p in info.value.problems)


def test_unknown_metric_refused():
    payload = default_rubric_payload()
    payload["dimensions"][1]["metrics"][0]["metric"] = "made_up"
    with pytest.raises(ValidationError):
        rr.parse(payload)


# ---- periods --------------------------------------------------------------------------------------------


def test_periods():
    q = rr.parse_period("2026Q4")
    assert (q.start, q.end, q.days) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31), 92)
    assert rr.parse_period("2026H1").end == dt.date(2026, 6, 30)
    assert rr.parse_period("2026-02").end == dt.date(2026, 2, 28)
    assert rr.parse_period("2026").days == 365
    assert [p.code for p in rr.previous_periods(rr.parse_period("2026Q2"), 4)] == [
        "2025Q3",
        "2025Q4",
        "2026Q1",
        "2026Q2",
    ]
    for bad in ("2026Q5", "2026H3", "2026-13", "Q4", ""):
        with pytest.raises(ValidationError):
            rr.parse_period(bad)
