"""The printed star-rating squad summary (星级中队考评汇总表): charts, evidence counts, rubric version, signatures.

Input is plain data (the rating as JSON-ready dicts, see :class:`Report`); charts are drawn with reportlab's
own graphics (bar charts and line plots), so the PDF is vector and deterministic (``invariant``).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exports.fonts import FontSet, font_set

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
PALETTE = ("#1f5fa8", "#d9822b", "#2e8b57", "#b03a2e", "#7d3c98", "#117a8b", "#8d6e63", "#c2185b")
STAR, HOLLOW = "★", "☆"


@dataclass(frozen=True)
class Report:
    """What the summary prints.

    Attributes:
        agency_name: 执法主体 printed in the title.
        rating: the rating of one period: ``period``, ``from``, ``to``, ``rubric``, ``rubric_version``,
            ``targets``, ``shares`` and ``squads`` (each with ``code``, ``name``, ``total``, ``stars``,
            ``vetoes``, ``gate_*``, ``no_data`` (items with no data: ``code``, ``name``, ``max``),
            ``no_data_note`` (how the total was computed without them), ``rescaled``, ``earned`` and
            ``dimensions`` → ``metrics`` with points, numerator, denominator, why and ``no_data``); ``no_data``
            at the top is the rubric's rule for such items (rescale or zero).
        trend: ratings of earlier periods, oldest first, each ``{"period", "squads": [{code, total, stars}],
            "shares": {...}}`` (the last one is this period).
        printed_on: ISO date printed at the signature area.
        rubric_title: the rubric's title and source, printed under the version.
    """

    agency_name: str
    rating: Mapping[str, Any]
    trend: Sequence[Mapping[str, Any]] = field(default_factory=tuple)
    printed_on: str = ""
    rubric_title: str = ""
    rubric_source: str = ""


def stars_text(stars: int) -> str:
    """``★★★☆☆`` for 3, ``未定星`` for 0."""
    return STAR * stars + HOLLOW * (5 - stars) if stars else "未定星"


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle(
            "t", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER, wordWrap="CJK"
        )
        self.sub = ParagraphStyle(
            "s", fontName=font, fontSize=10.5, leading=16, alignment=TA_CENTER, wordWrap="CJK"
        )
        self.h = ParagraphStyle(
            "h", fontName=font, fontSize=13, leading=20, spaceBefore=6, spaceAfter=3, wordWrap="CJK"
        )
        self.body = ParagraphStyle("b", fontName=font, fontSize=10, leading=15, wordWrap="CJK")
        self.cell = ParagraphStyle("c", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")
        self.small = ParagraphStyle(
            "m", fontName=font, fontSize=8, leading=11, wordWrap="CJK", textColor=colors.HexColor("#555555")
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _grid(
    rows: list[list[Any]],
    widths: Sequence[float],
    font: str,
    *,
    header: bool = True,
    highlight: Sequence[int] = (),
) -> Table:
    t = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), font, 8),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf5")))
    style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#fdecea")) for r in highlight]
    t.setStyle(TableStyle(style))
    return t


# ---- charts ---------------------------------------------------------------------------------------------


def totals_chart(
    squads: Sequence[Mapping[str, Any]], bands: Sequence[tuple[int, float]], font: str
) -> Drawing:
    """Each squad's total as a bar, with the star thresholds as dashed lines."""
    d = Drawing(WIDTH, 54 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, WIDTH - 34 * mm, 40 * mm
    many = len(squads) > 12  # then the axis names squads by code and the bars carry no labels
    chart.data = [[float(s["total"]) for s in squads] or [0]]
    chart.categoryAxis.categoryNames = [s["code"] if many else s["name"] for s in squads] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6 if many else 8
    chart.categoryAxis.labels.angle = 30 if 6 < len(squads) <= 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if 6 < len(squads) <= 12 else "n"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.barLabelFormat = None if many else "%.1f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    d.add(chart)
    if many:
        d.add(
            String(
                chart.x,
                1,
                "横轴为中队编号",
                fontName=font,
                fontSize=6.5,
                fillColor=colors.HexColor("#555555"),
            )
        )
    for stars, minimum in bands:
        y = chart.y + chart.height * minimum / 100
        d.add(
            Line(
                chart.x,
                y,
                chart.x + chart.width,
                y,
                strokeColor=colors.HexColor("#b03a2e"),
                strokeDashArray=[2, 2],
                strokeWidth=0.6,
            )
        )
        d.add(
            String(
                chart.x + chart.width + 2 + (14 if stars % 2 == 0 else 0),
                y - 2.5,
                f"{stars}星{minimum:g}",
                fontName=font,
                fontSize=6.5,
                fillColor=colors.HexColor("#b03a2e"),
            )
        )
    return d


def targets_chart(
    shares: Mapping[str, Any], targets: Mapping[str, float], font: str, *, width: float = WIDTH
) -> Drawing:
    """Five-star share and rated share against their targets (horizontal bars, target marked)."""
    d = Drawing(width, 48 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 26 * mm, 6 * mm, width - 36 * mm, 30 * mm
    chart.data = [
        [shares.get("rated_share", 0) * 100, shares.get("five_star_share", 0) * 100],
        [targets.get("rated_share", 0) * 100, targets.get("five_star_share", 0) * 100],
    ]
    chart.categoryAxis.categoryNames = ["星级中队占比", "五星级中队占比"]
    chart.categoryAxis.labels.fontName = font
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[1].fillColor = colors.HexColor("#cccccc")
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 26 * mm, 45 * mm
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(colors.HexColor(PALETTE[0]), "实际"), (colors.HexColor("#cccccc"), "目标")]
    d.add(legend)
    return d


def trend_chart(
    trend: Sequence[Mapping[str, Any]], font: str, *, only: str | None = None, width: float = WIDTH
) -> Drawing:
    """Totals over the periods, one line per squad (or only squad ``only``)."""
    d = Drawing(width, 44 * mm)
    periods = [t["period"] for t in trend]
    codes: list[str] = []
    names: dict[str, str] = {}
    for t in trend:
        for s in t["squads"]:
            if (only is None or s["code"] == only) and s["code"] not in codes:
                codes.append(s["code"])
                names[s["code"]] = s.get("name", s["code"])
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 10 * mm, 6 * mm, width - 36 * mm, 34 * mm
    data = []
    if len(codes) > 12:
        # Too many squads for a line each: the city-wide picture instead (average total and the two shares, %).
        names = {"avg": "平均总分", "five": "五星级占比%", "rated": "星级占比%"}
        codes = list(names)
        for key in codes:
            line = []
            for i, t in enumerate(trend):
                totals = [float(s["total"]) for s in t["squads"]]
                sh = t.get("shares", {})
                value = {
                    "avg": sum(totals) / len(totals) if totals else 0.0,
                    "five": sh.get("five_star_share", 0) * 100,
                    "rated": sh.get("rated_share", 0) * 100,
                }[key]
                line.append((i, value))
            data.append(line or [(0, 0)])
    for code in codes if not data else ():
        line = []
        for i, t in enumerate(trend):
            total = next((s["total"] for s in t["squads"] if s["code"] == code), None)
            if total is not None:
                line.append((i, float(total)))
        data.append(line or [(0, 0)])
    plot.data = data or [[(0, 0)]]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.2, max(len(periods) - 0.8, 0.2)
    plot.xValueAxis.valueSteps = list(range(len(periods)))
    plot.xValueAxis.labelTextFormat = lambda v: periods[int(round(v))] if 0 <= round(v) < len(periods) else ""
    plot.xValueAxis.labels.fontName = font
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 20
    plot.yValueAxis.labels.fontName = font
    for i in range(len(plot.data)):
        plot.lines[i].strokeColor = colors.HexColor(PALETTE[i % len(PALETTE)])
        plot.lines[i].strokeWidth = 1.4
    d.add(plot)
    if codes and len(codes) <= 12:
        legend = Legend()
        legend.x, legend.y = width - 24 * mm, 40 * mm
        legend.fontName, legend.fontSize = font, 7
        legend.deltay = 9
        legend.columnMaximum = 12
        legend.colorNamePairs = [
            (colors.HexColor(PALETTE[i % len(PALETTE)]), names[c]) for i, c in enumerate(codes)
        ]
        d.add(legend)
    return d


def dimension_chart(squad: Mapping[str, Any], font: str, *, width: float = WIDTH) -> Drawing:
    """One squad's score per dimension next to the dimension's full score."""
    d = Drawing(width, 44 * mm)
    dims = squad["dimensions"]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 6 * mm, width - 30 * mm, 34 * mm
    chart.data = [[float(x["score"]) for x in dims], [float(x["weight"]) for x in dims]]
    chart.categoryAxis.categoryNames = [f"{x['code']}" for x in dims]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([float(x["weight"]) for x in dims] + [10])
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[1].fillColor = colors.HexColor("#dddddd")
    chart.barLabelFormat = "values"  # label the scores only; the grey full-score bars speak for themselves
    chart.barLabelArray = [[f"{float(x['score']):.1f}" for x in dims], ["" for _ in dims]]
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 16 * mm, 38 * mm
    legend.fontName, legend.fontSize = font, 7
    legend.colorNamePairs = [(colors.HexColor(PALETTE[0]), "得分"), (colors.HexColor("#dddddd"), "满分")]
    d.add(legend)
    return d


# ---- pages ----------------------------------------------------------------------------------------------


def _head(report: Report, st: _Styles, title: str) -> list[Any]:
    r = report.rating
    out: list[Any] = [
        _p(f"{report.agency_name}", st.sub),
        _p(title, st.title),
        _p(
            f"考评期：{r['period']}（{r['from']} 至 {r['to']}）　考评细则：{r['rubric']} 版本 {r['rubric_version']}",
            st.sub,
        ),
    ]
    if report.rubric_title:
        out.append(_p(f"{report.rubric_title}。{report.rubric_source}", st.small))
    out.append(Spacer(1, 3 * mm))
    return out


def _signatures(st: _Styles, printed_on: str) -> KeepTogether:
    rows = [
        ["考评人（签名）：", "", "审核人（签名）：", ""],
        ["中队负责人确认（签名）：", "", "日期：", printed_on or "　　年　　月　　日"],
    ]
    label = ParagraphStyle("sig", st.body, fontSize=9)
    t = Table(
        [[_p(c, label) for c in row] for row in rows],
        colWidths=[WIDTH * 0.25, WIDTH * 0.25, WIDTH * 0.18, WIDTH * 0.32],
        rowHeights=[11 * mm, 11 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return KeepTogether(
        [
            Spacer(1, 2 * mm),
            _p("签字栏", st.h),
            t,
            Spacer(1, 1 * mm),
            _p("（盖章）", ParagraphStyle("seal", st.body, alignment=2)),
        ]
    )


def overview(report: Report, st: _Styles, bands: Sequence[tuple[int, float]]) -> list[Any]:
    r = report.rating
    squads = r["squads"]
    shares = r["shares"]
    targets = r.get("targets", {})
    out = _head(report, st, "星级中队考评汇总表")
    out += [_p("一、各中队总分与星级", st.h), totals_chart(squads, bands, st.font)]
    dims = [d["code"] for d in squads[0]["dimensions"]] if squads else []
    head = [
        "中队",
        *[f"{d['code']} {d['name']}（{d['weight']:g}）" for d in (squads[0]["dimensions"] if squads else [])],
        "总分",
        "星级",
        "一票否决",
        "规范化",
    ]
    rows: list[list[Any]] = [[_p(h, st.cell) for h in head]]
    for s in squads:
        by = {d["code"]: d["score"] for d in s["dimensions"]}
        rows.append(
            [
                _p(s["name"], st.cell),
                *[f"{by[c]:.2f}" for c in dims],
                f"{s['total']:.2f}",
                _p(stars_text(s["stars"]), st.cell),
                _p("、".join(v["code"] for v in s["vetoes"]) or "无", st.cell),
                _p("达标" if s["gate_passed"] else "未达标", st.cell),
            ]
        )
    n = len(dims)
    widths = (
        [WIDTH * 0.14]
        + [WIDTH * 0.5 / max(n, 1)] * n
        + [WIDTH * 0.08, WIDTH * 0.12, WIDTH * 0.08, WIDTH * 0.08]
    )
    out.append(_grid(rows, widths, st.font, highlight=[i + 1 for i, s in enumerate(squads) if s["vetoes"]]))
    lacking = [f"{s['name']}：{no_data_text(s)}" for s in squads if s.get("no_data")]
    if lacking:
        rule = (
            "不计入总分，总分按有数据的指标折算为百分制"
            if r.get("no_data") == "rescale"
            else "该项不计分，总分为其余各项得分之和"
        )
        out.append(_p(f"注：以下中队有指标无数据（如案卷未经评查），{rule}，星级据此评定：", st.body))
        out += [_p(line, st.body) for line in lacking]
    half = WIDTH / 2
    charts = [targets_chart(shares, targets, st.font, width=half)]
    if len(report.trend) > 1:
        charts.append(trend_chart(report.trend, st.font, width=half))
    out += [
        _p("二、全市目标完成情况与各中队总分趋势", st.h),
        _p(
            f"五星级中队 {shares['five_star']}/{shares['squads']}（{shares['five_star_share']:.1%}，目标 ≥ "
            f"{targets.get('five_star_share', 0):.0%}）；星级中队 {shares['rated']}/{shares['squads']}"
            f"（{shares['rated_share']:.1%}，目标 ≥ {targets.get('rated_share', 0):.0%}）。",
            st.body,
        ),
        _side_by_side(charts),
    ]
    return out


def no_data_text(squad: Mapping[str, Any]) -> str:
    """Which items had no data and how the total was computed ("" when every item had data): the core's note
    (``no_data_note``: A1 案卷评查平均分…无数据（24分），总分按其余76分折算：70÷76×100 …)."""
    items = squad.get("no_data") or []
    if not items:
        return ""
    if squad.get("no_data_note"):
        return str(squad["no_data_note"])
    names = "、".join(f"{i['code']} {i['name']}" for i in items)  # a rating printed before the note existed
    return f"{names}：考评期内无数据，不计分（共{sum(i['max'] for i in items):g}分未计入总分）"


def _side_by_side(drawings: Sequence[Drawing]) -> Table:
    t = Table([list(drawings)], colWidths=[WIDTH / 2] * len(drawings))
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def squad_page(report: Report, squad: Mapping[str, Any], st: _Styles) -> list[Any]:
    out = _head(report, st, f"{squad['name']}星级考评表")
    veto = "；".join(f"{v['code']} {v['name']}（{v['count']}起）" for v in squad["vetoes"]) or "无"
    gate = "达标" if squad["gate_passed"] else "未达标：" + "；".join(squad["gate_failures"])
    if squad.get("gate_unrecorded"):
        gate += f"（{len(squad['gate_unrecorded'])}项条件未核查）"
    total = (
        f"{squad['total']:.2f}（得分{squad['earned']:g}，按{squad['measured']:g}分折算）"
        if squad.get("rescaled")
        else f"{squad['total']:.2f}"
    )
    facts: list[list[Any]] = [
        [
            _p("总分", st.cell),
            _p(total, st.cell),
            _p("星级", st.cell),
            _p(stars_text(squad["stars"]), st.cell),
        ],
        [_p("一票否决", st.cell), _p(veto, st.cell), _p("规范化中队", st.cell), _p(gate, st.cell)],
    ]
    if squad.get("no_data"):  # the items without data and how the total was computed, across the table
        facts.append([_p("无数据指标", st.cell), _p(no_data_text(squad), st.cell), "", ""])
    head = _grid(facts, [WIDTH * 0.14, WIDTH * 0.36, WIDTH * 0.14, WIDTH * 0.36], st.font, header=False)
    if squad.get("no_data"):
        head.setStyle(TableStyle([("SPAN", (1, 2), (3, 2))]))
    out.append(head)
    mine = [t for t in report.trend if any(s["code"] == squad["code"] for s in t["squads"])]
    charts = [dimension_chart(squad, st.font, width=WIDTH / 2)]
    if len(mine) > 1:
        charts.append(trend_chart(mine, st.font, only=squad["code"], width=WIDTH / 2))
    out += [Spacer(1, 2 * mm), _side_by_side(charts)]
    rows: list[list[Any]] = [[_p(h, st.cell) for h in ("指标", "名称", "得分/满分", "依据记录", "计分说明")]]
    low = []
    for d in squad["dimensions"]:
        rows.append(
            [
                _p(f"{d['code']}", st.cell),
                _p(f"{d['name']}（小计）", st.cell),
                f"{d['score']:.2f}/{d['weight']:g}",
                "",
                "",
            ]
        )
        for m in d["metrics"]:
            if m["points"] < m["max"] - 1e-9:
                low.append(len(rows))
            rows.append(
                [
                    _p(m["code"], st.cell),
                    _p(m["name"], st.cell),
                    f"无数据/{m['max']:g}" if m.get("no_data") else f"{m['points']:.2f}/{m['max']:g}",
                    _p(f"{m['numerator']:g}/{m['denominator']:g}", st.cell),
                    _p(m["why"], st.cell),
                ]
            )
    out += [
        _p("各项指标得分及依据（依据记录：计入分子的记录数/计入分母的记录数）", st.h),
        _grid(
            rows,
            [WIDTH * 0.06, WIDTH * 0.26, WIDTH * 0.11, WIDTH * 0.09, WIDTH * 0.48],
            st.font,
            highlight=low,
        ),
    ]
    out.append(_signatures(st, report.printed_on))
    return out


def render(
    report: Report,
    *,
    bands: Sequence[tuple[int, float]] = (),
    squads: Sequence[str] | None = None,
    fonts: FontSet | None = None,
) -> bytes:
    """The summary PDF: an overview page for all squads (unless one squad is asked for) and a page per squad.

    Args:
        bands: the rubric's (stars, minimum) pairs, drawn on the totals chart.
        squads: squad codes to print a page for (None: every squad; one code: that squad's page only).
    """
    fonts = fonts or font_set()
    st = _Styles(fonts.name)
    chosen = [s for s in report.rating["squads"] if squads is None or s["code"] in squads]
    story: list[Any] = []
    if squads is None or len(squads) != 1:
        story += overview(report, st, bands)
        story.append(_signatures(st, report.printed_on))
    for s in chosen:
        if story:
            story.append(PageBreak())
        story += squad_page(report, s, st)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="星级中队考评汇总表",
        author="",
        creator="Inspector",
        invariant=1,
    )

    def number(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.name, 8)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"第 {doc_.page} 页")
        canvas.restoreState()

    doc.build(story, onFirstPage=number, onLaterPages=number)
    return buf.getvalue()
