"""案卷评查 scoring on constructed case files, with hand-computed scores: every veto item, the grade
boundaries, deductions floored at zero, and the automatic items pre-filled from the file."""

from __future__ import annotations

import pytest

from inspector.services.casefile_eval import findings, load_model, score
from tests.unit.inspector.casefile_fixtures import GOOD_ID, casefile, ev, events

MODEL = load_model()


def sheet(f=None, overrides=None):
    f = f or casefile()
    return score(MODEL, findings(MODEL, f), overrides)


def hits(s) -> set[str]:
    return {i["code"] for i in s.items if i["hit"]}


def test_model_has_80_content_and_20_form_points():
    assert sum(i["points"] for i in MODEL["content"]) == 80 and sum(i["points"] for i in MODEL["form"]) == 20


def test_clean_file_scores_100_excellent():
    s = sheet()
    assert (s.total, s.grade, s.veto) == (100.0, "优秀", False)


def _without(step):
    return [e for e in events() if e["step"] != step]


def _replace(step, **data):
    return [
        ev(step, data.pop("on", e["on_date"]), **{**e["data"], **data}) if e["step"] == step else e
        for e in events()
    ]


# Each automatic veto item broken on its own (hand-checked): the file fails with score 0.
AUTO_VETO = {
    "V1": dict(benchmark_item=None),  # Art. 18/24: matter not in the agency's catalogue
    "V2": dict(
        officers=[
            {"id": "o1", "name": "邱超", "cert_no": "ZJ01", "cert_expiry": "2026-01-01"},
            {"id": "o2", "name": "孔兰怡", "cert_no": "ZJ02", "cert_expiry": "2028-01-01"},
        ]
    ),  # Art. 42
    "V3": dict(
        party={
            "id": "p1",
            "kind": "person",
            "name": "张三",
            "id_type": "resident_id",
            "id_number": GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1"),
        }
    ),  # wrong party ID
    "V7": dict(
        benchmark_item={"name": "店外经营", "violation_basis": "条例第十八条", "penalty_basis": ""}
    ),  # Art. 4
    "V8": dict(events=_replace("decide", amount_cents=200000)),  # Art. 5: above the statutory 1,000 yuan
    "V9": dict(events=_without("notify")),  # Art. 44/62: decided without prior notice
    "V10": dict(case={**casefile().case, "discovered_at": "2028-06-01"}),  # Art. 36: 2-year limitation
}


@pytest.mark.parametrize("code", sorted(AUTO_VETO))
def test_each_automatic_veto_item_fails_the_file(code):
    s = sheet(casefile(**AUTO_VETO[code]))
    assert code in hits(s)
    assert (s.total, s.grade, s.veto) == (0.0, "不合格", True)


def test_decision_dated_before_the_notice_is_a_procedural_inversion():
    """B9: a decision before the prior notice (Art. 44) is an inverted procedure → veto V9."""
    s = sheet(casefile(events=_replace("notify", on="2026-03-17", served_on="2026-03-17")))
    assert "V9" in hits(s) and s.total == 0.0


@pytest.mark.parametrize("code", ["V4", "V5", "V6"])
def test_manual_veto_items_fail_the_file_when_the_reviewer_marks_them(code):
    s = sheet(overrides={code: {"hit": True, "note": "评查人员认定"}})
    assert hits(s) == {code} and (s.total, s.grade) == (0.0, "不合格")


def test_every_veto_item_of_the_model_is_covered_here():
    assert {i["code"] for i in MODEL["veto"]} == set(AUTO_VETO) | {"V4", "V5", "V6"}


def test_reviewer_may_clear_an_automatic_veto_with_a_note():
    s = sheet(casefile(**AUTO_VETO["V2"]), overrides={"V2": {"hit": False, "note": "证件延期材料在卷"}})
    assert not s.veto and s.total == 100.0


@pytest.mark.parametrize(
    ("deductions", "total", "grade"),
    [
        ({"C1": 10}, 90.0, "优秀"),  # exactly 90: 优秀
        ({"C1": 10, "F4": 0.5}, 89.5, "合格"),  # just below 90
        ({"C1": 10, "C2": 15, "C3": 10, "F1": 2, "F2": 3}, 60.0, "合格"),  # exactly 60: 合格
        ({"C1": 10, "C2": 15, "C3": 10, "F1": 2, "F2": 3.5}, 59.5, "不合格"),  # just below 60
    ],
)
def test_grade_boundaries(deductions, total, grade):
    s = sheet(overrides={k: {"deduction": v} for k, v in deductions.items()})
    assert (s.total, s.grade, s.veto) == (total, grade, False)


def test_deductions_are_floored_at_zero_per_item_and_never_negative():
    s = sheet(overrides={"C1": {"deduction": 25}, "F1": {"deduction": -5}})
    c1 = next(i for i in s.items if i["code"] == "C1")
    assert c1["deduction"] == 10 and s.total == 90.0


def test_every_item_deducted_scores_zero_not_negative():
    s = sheet(overrides={i["code"]: {"deduction": 999} for t in ("content", "form") for i in MODEL[t]})
    assert (s.total, s.grade) == (0.0, "不合格")


def test_decision_after_90_days_loses_timeliness_points():
    """Art. 60: filed 3 March, decided 2 June (91 days) → D5 fails → C4 −5 → 95."""
    late = [e for e in events() if e["step"] not in ("decide", "serve", "pay_full", "close")]
    late += [
        ev("decide", "2026-06-02", outcome="penalty", amount_cents=20000),
        ev("serve", "2026-06-02", served_on="2026-06-02"),
    ]
    s = sheet(casefile(events=late, case={**casefile().case, "state": "served"}))
    c4 = next(i for i in s.items if i["code"] == "C4")
    assert c4["deduction"] == 5 and "2026-06-01" in c4["note"] and s.total == 95.0 and s.grade == "优秀"


def test_statement_period_not_respected_loses_timeliness_points():
    """Art. 62: notice served 6 March (5 WD → 13 March), decided 12 March → C4 −5."""
    evs = _replace("decide", on="2026-03-12")
    s = sheet(
        casefile(
            events=[
                e if e["step"] != "serve" else ev("serve", "2026-03-12", served_on="2026-03-12") for e in evs
            ]
        )
    )
    assert next(i for i in s.items if i["code"] == "C4")["deduction"] == 5 and s.total == 95.0


def test_penalty_without_discretion_record_loses_all_discretion_points():
    s = sheet(casefile(discretion=None))
    assert next(i for i in s.items if i["code"] == "C5")["deduction"] == 15 and (s.total, s.grade) == (
        85.0,
        "合格",
    )


def test_closed_without_full_payment_loses_execution_points():
    s = sheet(casefile(events=_replace("pay_full", amount_cents=5000)))
    assert next(i for i in s.items if i["code"] == "C7")["deduction"] == 5 and s.total == 95.0


def test_hearing_request_after_five_working_days_and_short_notice_lose_timeliness_points():
    """Art. 64(1)(2): request within 5 WD of the notice; the hearing noticed 7 WD ahead → two faults, C4 −10."""
    evs = [
        e
        for e in events()
        if e["step"] in ("verify", "file", "investigate", "end_investigation", "submit_review", "notify")
    ]
    evs += [
        ev("request_hearing", "2026-03-16"),  # notice 6 March: due 13 March
        ev("hearing_notice", "2026-03-16", hearing_date="2026-03-20"),  # earliest 25 March
        ev("hold_hearing", "2026-03-20"),
        ev("decide", "2026-03-23", outcome="penalty", amount_cents=20000),
        ev("serve", "2026-03-23", served_on="2026-03-23"),
        ev("pay_full", "2026-03-24", amount_cents=20000),
        ev("close", "2026-03-25"),
    ]
    s = sheet(casefile(events=evs))
    c4 = next(i for i in s.items if i["code"] == "C4")
    assert c4["deduction"] == 10 and s.total == 90.0


def test_decision_served_after_seven_working_days_loses_timeliness_points():
    """Art. 61: decided 16 March, served 26 March (8 working days later) → C4 −5."""
    s = sheet(casefile(events=_replace("serve", on="2026-03-26", served_on="2026-03-26")))
    c4 = next(i for i in s.items if i["code"] == "C4")
    assert c4["deduction"] == 5 and "2026-03-25" in c4["note"]


def test_decision_before_the_hearing_is_an_inverted_procedure():
    """Art. 65: the decision follows the hearing record; deciding before the hearing fails B9 → veto V9."""
    evs = events()
    evs.insert(6, ev("request_hearing", "2026-03-09"))
    evs.append(ev("hold_hearing", "2026-03-30"))
    s = sheet(casefile(events=evs))
    assert "V9" in hits(s) and s.total == 0.0
