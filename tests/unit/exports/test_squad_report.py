"""The printed squad summary: deterministic PDF, one overview and one page per squad, stars and evidence in text."""

from __future__ import annotations

import io

from pypdf import PdfReader

from exports import squad_report


def _squad(code: str, name: str, total: float, stars: int, vetoes=()) -> dict:
    return {
        "code": code,
        "name": name,
        "total": total,
        "stars": stars,
        "vetoes": list(vetoes),
        "gate_passed": True,
        "gate_failures": [],
        "gate_unrecorded": [],
        "dimensions": [
            {
                "code": "A",
                "name": "办案质量",
                "score": total * 0.35,
                "weight": 35,
                "metrics": [
                    {
                        "code": "A1",
                        "name": "案卷评查平均分",
                        "points": total * 0.15,
                        "max": 15,
                        "numerator": 170,
                        "denominator": 2,
                        "why": "2份案卷平均85.0分",
                    }
                ],
            },
            {"code": "B", "name": "程序与三项制度", "score": total * 0.65, "weight": 65, "metrics": []},
        ],
    }


REPORT = squad_report.Report(
    agency_name="杭州市上城区综合行政执法局",
    rating={
        "period": "2026Q4",
        "from": "2026-10-01",
        "to": "2026-12-31",
        "rubric": "star-squad",
        "rubric_version": "2026.3",
        "targets": {"five_star_share": 0.5, "rated_share": 0.9},
        "shares": {"squads": 2, "five_star": 1, "rated": 2, "five_star_share": 0.5, "rated_share": 1.0},
        "squads": [
            _squad("1", "湖滨中队", 92, 5),
            _squad("2", "清波中队", 88, 3, [{"code": "V2", "name": "执法人员受处分", "count": 1}]),
        ],
    },
    trend=[
        {"period": "2026Q3", "squads": [{"code": "1", "name": "湖滨中队", "total": 90, "stars": 5}]},
        {
            "period": "2026Q4",
            "squads": [
                {"code": "1", "name": "湖滨中队", "total": 92, "stars": 5},
                {"code": "2", "name": "清波中队", "total": 88, "stars": 3},
            ],
        },
    ],
    printed_on="2027-01-10",
)


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_summary_is_deterministic_and_has_a_page_per_squad():
    pdf = squad_report.render(REPORT, bands=((5, 90), (4, 85)))
    assert pdf == squad_report.render(REPORT, bands=((5, 90), (4, 85)))
    pages = _text(pdf)
    assert len(pages) == 3
    assert "星级中队考评汇总表" in pages[0] and "2026.3" in pages[0]
    assert "湖滨中队星级考评表" in pages[1] and "清波中队星级考评表" in pages[2]
    assert "170/2" in pages[1]  # the evidence count behind A1
    assert "V2" in pages[2] and "考评人" in pages[2]


def test_one_squad_prints_only_its_page():
    pages = _text(squad_report.render(REPORT, squads=["2"]))
    assert len(pages) == 1 and "清波中队星级考评表" in pages[0] and "湖滨中队星级考评表" not in pages[0]


def test_stars_text():
    assert squad_report.stars_text(3) == "★★★☆☆" and squad_report.stars_text(0) == "未定星"


def test_items_without_data_and_the_rescaled_total_are_printed():
    lacking = {
        **_squad("1", "湖滨中队", 92.11, 5),
        "no_data": [{"code": "A2", "name": "法制审核一次通过率", "max": 5}],
        "rescaled": True,
        "earned": 87.5,
        "measured": 95,
        "no_data_note": "A2 法制审核一次通过率无数据（5分），总分按其余95分折算：87.5÷95×100 = 92.11",
    }
    report = squad_report.Report(
        agency_name=REPORT.agency_name,
        rating={**REPORT.rating, "no_data": "rescale", "squads": [lacking, REPORT.rating["squads"][1]]},
        printed_on=REPORT.printed_on,
    )
    pages = ["".join(p.split()) for p in _text(squad_report.render(report))]
    assert "不计入总分，总分按有数据的指标折算为百分制" in pages[0]
    assert "湖滨中队：A2法制审核一次通过率无数据（5分），总分按其余95分折算：87.5÷95×100=92.11" in pages[0]
    assert "92.11（得分87.5，按95分折算）" in pages[1] and "无数据指标" in pages[1]
    assert "无数据指标" not in pages[2]  # 清波中队 had data for every item
