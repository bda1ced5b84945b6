"""同案不同罚: fines of the same matter and tier compared across squads and officers; the odd one flagged;
an open case shown beside the most similar earlier decisions."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.services import consistency
from tests.integration.review_support import closed_case, submitted_case


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def test_distribution_flags_the_fine_far_from_the_rest_and_similar_cases_show_beside_an_open_one(
    station, login
):
    ids = [
        closed_case(station, login, amount=amount, act_date=f"2026-05-{20 + i}", squad_code=squad)
        for i, (amount, squad) in enumerate([(15000, "1"), (15000, "1"), (15000, "2"), (30000, "2")])
    ]
    rev = login("legal_reviewer")
    group = next(g for g in consistency.distribution(rev) if g["matter_code"] == "330217001000")
    assert (group["count"], group["min_cents"], group["median_cents"], group["max_cents"]) == (
        4,
        15000,
        15000,
        30000,
    )
    assert [(s["name"], s["median_cents"]) for s in group["by_squad"]] == [
        ("清波中队", 22500),
        ("湖滨中队", 15000),
    ]
    assert [o["case_id"] for o in group["outliers"]] == [ids[3]]  # 300 yuan: 100 % above the median
    assert consistency.outliers(rev)[0]["deviation"] == 1.0

    open_case = submitted_case(station, login, amount=25000, act_date="2026-05-26")
    shown = consistency.similar(rev, open_case)
    assert shown["proposed_cents"] == 25000 and shown["tier"] == "一般"
    assert {s["case_id"] for s in shown["similar"]} == set(ids) and shown["group"]["median_cents"] == 15000
