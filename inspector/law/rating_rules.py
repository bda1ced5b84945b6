"""Star-rating rules (星级中队考评, domain spec §4): the rubric as data and the pure scoring arithmetic.

No I/O: the rubric is parsed from plain JSON, a squad's measured numbers come in as :class:`Measure` values,
and out come points per metric and dimension, veto status, the 规范化 gate and the stars. Every number a
rubric holds (weights, caps, thresholds, targets) is data; nothing here is a legal constant.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from inspector.errors import Parts, Problem, ValidationError, Verbatim, problem

# Metrics the service knows how to measure from the case data, with the method each one is scored by.
METRICS: dict[str, str] = {
    "casefile_avg_score": "案卷评查平均分",
    "legal_review_first_pass": "法制审核一次通过率",
    "decision_on_time": "按期作出决定率",
    "decisions_overturned": "决定被撤销、变更或败诉件数",
    "recording_complete": "全过程记录完整率",
    "publicity_on_time": "按期公示率",
    "casefile_pass_rate": "案卷评查合格率",
    "discretion_reasoned": "裁量说理率",
    "clue_on_time": "线索按时处理率",
    "random_check_done": "双随机、非现场办结率",
    "joint_inspections": "联合检查占比",
    "soft_enforcement": "柔性执法覆盖率",
    "first_violation_applied": "首违不罚适用率",
    "valid_complaints": "有效投诉件数",
    "certificates_valid": "持证有效率",
    "training_hours": "培训学时达标率",
    "property_registered": "涉案物品登记处置完整率",
}
VETO_METRICS: dict[str, str] = {
    "casefile_failed": "不合格案卷",
    "discipline": "违法执法受处分",
    "court_loss": "越权或严重违反程序败诉",
    "opinion_event": "过错引发重大负面舆情",
}
# Metrics measured only from reviews someone carried out (案卷评查 scores, 法制审核 verdicts): a period without
# one is a squad nobody reviewed (or with no case that needed 法制审核), not one that did nothing wrong, so such
# an item is shown as 无数据 and never earns full marks (the other rates keep "nothing to count, nothing done
# wrong"). §4.1 [P] says nothing about an empty period; what the total does with such items is the rubric's
# setting ``no_data`` (NO_DATA_MODES), and the squad's rating says which items had no data and how it was counted.
NO_DATA_METRICS = frozenset({"casefile_avg_score", "legal_review_first_pass", "casefile_pass_rate"})
# How a total treats the items of NO_DATA_METRICS with no data in the period:
# - rescale: they are left out, and the points earned are scaled to the rubric's full score over the full points
#   of the items that had data (70 of 76 → 92.11), so a squad is not marked down for reviews the legal office did
#   not happen to carry out; unless the items with data carry less than ``no_data_min_share`` of the full score,
#   when too little was measured to rate the squad at all (未定星, with the reason).
# - zero: they earn nothing and the total is what the other items earned (out of the full score).
NO_DATA_MODES = {
    "rescale": "不计入，总分按有数据的指标折算",
    "zero": "不计分，总分为其余各项得分之和",
}
# A rubric written before the setting existed (stored versions, exported files) keeps the rule it was rated
# by: zero. The shipped rubric names its setting (rescale) and carries a new version for it.
NO_DATA_LEGACY = "zero"
NO_DATA_MIN_SHARE = 0.5
METHODS = ("rate", "score", "target", "deduct", "per_thousand")
METHOD_LABELS = {
    "rate": "比率×分值",
    "score": "平均分÷100×分值",
    "target": "达到目标值得满分，未达按比例",
    "deduct": "每件扣分，扣完为止",
    "per_thousand": "每千件案件每件扣分，扣完为止",
}
UNRATED = 0  # 未定星


@dataclass(frozen=True)
class MetricDef:
    code: str
    name: str
    metric: str
    method: str
    points: float
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dimension:
    code: str
    name: str
    weight: float  # the cap of the dimension's score
    metrics: tuple[MetricDef, ...]


@dataclass(frozen=True)
class VetoDef:
    code: str
    name: str
    metric: str


@dataclass(frozen=True)
class GateItem:
    code: str
    name: str


@dataclass(frozen=True)
class Gate:
    """规范化 prerequisites: recorded items plus a minimum number of officers with valid certificates."""

    items: tuple[GateItem, ...]
    min_certified: int = 0
    unrecorded_passes: bool = True


@dataclass(frozen=True)
class Rubric:
    rubric: str
    version: str
    title: str
    source: str
    dimensions: tuple[Dimension, ...]
    vetoes: tuple[VetoDef, ...]
    veto_max_stars: int
    stars: tuple[tuple[int, float], ...]  # (stars, minimum total), highest first
    gate: Gate
    targets: Mapping[str, float]
    no_data: str = NO_DATA_LEGACY  # a key of NO_DATA_MODES
    no_data_min_share: float = NO_DATA_MIN_SHARE  # rescale: the least share of the full score measured

    @property
    def label(self) -> str:
        return f"{self.rubric} {self.version}"

    def metric_defs(self) -> list[MetricDef]:
        return [m for d in self.dimensions for m in d.metrics]


# ---- parsing ----------------------------------------------------------------------------------------------


def _num(value: Any, where: str, name: Parts, problems: list[Problem], *, minimum: float = 0.0) -> float:
    """``value`` as a number of at least ``minimum``; else a problem of the field ``where`` (named ``name``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        problems.append(
            problem(where, "number", ("{0}：应为不小于{1}的数", (name, Verbatim(f"{minimum:g}"))))
        )
        return 0.0
    return float(value)


def parse(payload: Mapping[str, Any]) -> Rubric:
    """Validate a rubric's JSON and return it; :class:`ValidationError` lists every problem found."""
    problems: list[Problem] = []
    if not isinstance(payload, Mapping):
        raise ValidationError([Problem("rubric", "format", "考评细则应为 JSON 对象")])
    dims: list[Dimension] = []
    codes: set[str] = set()
    for i, d in enumerate(payload.get("dimensions") or []):
        where = f"维度{d.get('code') or i + 1}"  # the field; ``dim`` the same as words
        dim = ("维度{0}", (Verbatim(str(d.get("code") or i + 1)),))
        weight = _num(d.get("weight"), f"{where}分值", ("{0}分值", (dim,)), problems)
        metrics = []
        for m in d.get("metrics") or []:
            mcode = str(m.get("code", "")).strip()
            mwhere = f"指标{mcode or '?'}"
            metric = ("指标{0}", (Verbatim(mcode or "?"),))
            if not mcode or mcode in codes:
                problems.append(problem(mwhere, "code", ("{0}：编号为空或重复", (metric,))))
            codes.add(mcode)
            if m.get("metric") not in METRICS:
                problems.append(
                    problem(
                        mwhere, "metric", ("{0}：未知的计算项 {1}", (metric, Verbatim(str(m.get("metric")))))
                    )
                )
            if m.get("method") not in METHODS:
                problems.append(
                    problem(
                        mwhere,
                        "method",
                        ("{0}：未知的计分方法 {1}", (metric, Verbatim(str(m.get("method"))))),
                    )
                )
            points = _num(m.get("points"), f"{mwhere}分值", ("{0}分值", (metric,)), problems)
            params = dict(m.get("params") or {})
            if m.get("method") == "target" and not (
                isinstance(params.get("target"), (int, float)) and 0 < params["target"] <= 1
            ):
                problems.append(problem(mwhere, "target", ("{0}：目标值应在0到1之间", (metric,))))
            if m.get("method") in ("deduct", "per_thousand"):
                _num(params.get("per"), f"{mwhere}每件扣分", ("{0}每件扣分", (metric,)), problems)
            metrics.append(
                MetricDef(
                    mcode,
                    str(m.get("name", "")).strip() or METRICS.get(m.get("metric"), mcode),
                    str(m.get("metric")),
                    str(m.get("method")),
                    points,
                    params,
                )
            )
        if metrics and sum(m.points for m in metrics) < weight - 1e-9:
            problems.append(problem(where, "weight", ("{0}：各指标分值之和小于维度分值，满分不可达", (dim,))))
        dims.append(Dimension(str(d.get("code", "")), str(d.get("name", "")), weight, tuple(metrics)))
    if not dims:
        problems.append(Problem("dimensions", "required", "至少需要一个考评维度"))
    total = sum(d.weight for d in dims)
    if dims and abs(total - 100) > 1e-6:
        problems.append(
            problem("dimensions", "total", ("各维度分值之和应为100，现为{0}", (Verbatim(f"{total:g}"),)))
        )
    vetoes = []
    for v in payload.get("vetoes") or []:
        if v.get("metric") not in VETO_METRICS:
            problems.append(
                problem(
                    "vetoes",
                    "metric",
                    (
                        "一票否决项 {0}：未知的计算项 {1}",
                        (Verbatim(str(v.get("code"))), Verbatim(str(v.get("metric")))),
                    ),
                )
            )
        vetoes.append(VetoDef(str(v.get("code", "")), str(v.get("name", "")), str(v.get("metric"))))
    bands = []
    for s in payload.get("stars") or []:
        stars = s.get("stars")
        if not isinstance(stars, int) or not 1 <= stars <= 5:
            problems.append(Problem("stars", "stars", "星级应为1到5的整数"))
            continue
        bands.append((stars, _num(s.get("min"), f"{stars}星分数线", ("{0}星分数线", (stars,)), problems)))
    bands.sort(key=lambda b: -b[0])
    if len({b[0] for b in bands}) != len(bands):
        problems.append(Problem("stars", "duplicate", "星级重复"))
    if any(bands[i][1] <= bands[i + 1][1] for i in range(len(bands) - 1)):
        problems.append(Problem("stars", "order", "星级越高，分数线应越高"))
    if not bands:
        problems.append(Problem("stars", "required", "至少需要一条星级分数线"))
    veto_max = payload.get("veto_max_stars", 3)
    if not isinstance(veto_max, int) or not 0 <= veto_max <= 5:
        problems.append(Problem("veto_max_stars", "range", "触发一票否决后的最高星级应为0到5"))
        veto_max = 3
    g = payload.get("gate") or {}
    gate = Gate(
        tuple(GateItem(str(i.get("code")), str(i.get("name", ""))) for i in g.get("items") or []),
        int(_num(g.get("min_certified", 0), "规范化最少持证人数", ("规范化最少持证人数", ()), problems)),
        bool(g.get("unrecorded_passes", True)),
    )
    targets = {k: float(v) for k, v in (payload.get("targets") or {}).items() if isinstance(v, (int, float))}
    no_data = payload.get("no_data", NO_DATA_LEGACY)
    if no_data not in NO_DATA_MODES:
        problems.append(
            problem(
                "no_data",
                "choice",
                (
                    "无数据指标的处理方式应为 rescale（不计入，总分按有数据的指标折算）或 zero（不计分），现为 {0}",
                    (Verbatim(str(no_data)),),
                ),
            )
        )
        no_data = NO_DATA_LEGACY
    min_share = payload.get("no_data_min_share", NO_DATA_MIN_SHARE)
    if isinstance(min_share, bool) or not isinstance(min_share, (int, float)) or not 0 <= min_share <= 1:
        problems.append(
            problem(
                "no_data_min_share",
                "range",
                (
                    "有数据指标的最低分值占比应为0到1之间的数（如0.5即总分的一半），现为 {0}",
                    (Verbatim(str(min_share)),),
                ),
            )
        )
        min_share = NO_DATA_MIN_SHARE
    for key in ("rubric", "version"):
        if not str(payload.get(key, "")).strip():
            problems.append(problem(key, "required", ("考评细则缺少 {0}", (Verbatim(key),))))
    if problems:
        raise ValidationError(problems)
    return Rubric(
        str(payload["rubric"]),
        str(payload["version"]),
        str(payload.get("title", "")),
        str(payload.get("source", "")),
        tuple(dims),
        tuple(vetoes),
        veto_max,
        tuple(bands),
        gate,
        targets,
        str(no_data),
        float(min_share),
    )


def to_dict(rubric: Rubric) -> dict[str, Any]:
    """The rubric as JSON-ready data (what :func:`parse` reads back)."""
    return {
        "rubric": rubric.rubric,
        "version": rubric.version,
        "title": rubric.title,
        "source": rubric.source,
        "dimensions": [
            {
                "code": d.code,
                "name": d.name,
                "weight": d.weight,
                "metrics": [
                    {
                        "code": m.code,
                        "name": m.name,
                        "metric": m.metric,
                        "method": m.method,
                        "points": m.points,
                        **({"params": dict(m.params)} if m.params else {}),
                    }
                    for m in d.metrics
                ],
            }
            for d in rubric.dimensions
        ],
        "vetoes": [{"code": v.code, "name": v.name, "metric": v.metric} for v in rubric.vetoes],
        "veto_max_stars": rubric.veto_max_stars,
        "stars": [{"stars": s, "min": m} for s, m in rubric.stars],
        "gate": {
            "unrecorded_passes": rubric.gate.unrecorded_passes,
            "min_certified": rubric.gate.min_certified,
            "items": [{"code": i.code, "name": i.name} for i in rubric.gate.items],
        },
        "targets": dict(rubric.targets),
        "no_data": rubric.no_data,
        "no_data_min_share": rubric.no_data_min_share,
    }


# ---- periods ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A rating period: a year (2026), half (2026H2), quarter (2026Q4) or month (2026-11); dates inclusive."""

    code: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


_PERIOD = re.compile(r"^(\d{4})(?:([QqHh])([1-4])|-(\d{1,2}))?$")


def parse_period(text: str) -> Period:
    """``2026Q4`` → 2026-10-01..2026-12-31; raises :class:`ValidationError` for anything else."""
    m = _PERIOD.match((text or "").strip())
    bad = ValidationError(
        [
            problem(
                "period",
                "format",
                ("考评期应写作 2026、2026H2、2026Q4 或 2026-11：{0}", (Verbatim(str(text)),)),
            )
        ]
    )
    if not m:
        raise bad
    year = int(m.group(1))
    if m.group(2):
        kind, n = m.group(2).upper(), int(m.group(3))
        if kind == "H" and n > 2:
            raise bad
        months = 6 if kind == "H" else 3
        first = (n - 1) * months + 1
        last = first + months - 1
        code = f"{year}{kind}{n}"
    elif m.group(4):
        first = last = int(m.group(4))
        if not 1 <= first <= 12:
            raise bad
        code = f"{year}-{first:02d}"
    else:
        first, last, code = 1, 12, str(year)
    return Period(code, dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))


def previous_periods(period: Period, count: int) -> list[Period]:
    """``count`` periods of the same length ending with ``period``, oldest first (for the trend)."""
    out = [period]
    code = period.code
    for _ in range(count - 1):
        code = _step_back(code)
        out.append(parse_period(code))
    return out[::-1]


def _step_back(code: str) -> str:
    m = _PERIOD.match(code)
    if m is None:  # codes come from parse_period, which has checked them
        raise ValueError(code)
    year = int(m.group(1))
    if m.group(2):
        kind, n = m.group(2), int(m.group(3))
        return f"{year - 1}{kind}{2 if kind == 'H' else 4}" if n == 1 else f"{year}{kind}{n - 1}"
    if m.group(4):
        month = int(m.group(4))
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return str(year - 1)


# ---- scoring ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """What was counted for one metric: ``numerator`` of ``denominator`` (for ``score``: sum of scores over
    the number of files; for ``deduct``: the count; for ``per_thousand``: the count over the cases)."""

    numerator: float
    denominator: float


@dataclass(frozen=True)
class MetricScore:
    code: str
    name: str
    metric: str
    method: str
    points: float
    max_points: float
    measure: Measure
    value: float | None  # the rate / average / count the points were computed from
    why: str  # a short code: scored, none_in_period, no_data, capped, floor
    param: float | None = None  # the target (target) or deduction per item (deduct, per_thousand)
    left_out: bool = False  # no data, and the rubric leaves such items out of the total (rescale)


@dataclass(frozen=True)
class DimensionScore:
    code: str
    name: str
    score: float
    weight: float
    metrics: tuple[MetricScore, ...]


@dataclass(frozen=True)
class SquadScore:
    total: float
    dimensions: tuple[DimensionScore, ...]
    vetoes: tuple[tuple[str, str, int], ...]  # (code, name, count) of every veto item that was hit
    gate_passed: bool
    gate_failures: tuple[str, ...]  # names of unmet prerequisites
    gate_unrecorded: tuple[str, ...]  # names of prerequisites nobody recorded
    stars: int
    band_stars: int  # stars by the total alone, before veto and gate
    no_data: tuple[tuple[str, str, float], ...] = ()  # (code, name, max points) of items with no data
    no_data_mode: str = NO_DATA_LEGACY  # the rubric's setting the total was computed by
    earned: float = 0.0  # the dimension scores added up: the total before any rescaling
    measured: float = 100.0  # the full points of the items that had data (each dimension at most its weight)
    full: float = 100.0  # the rubric's full score (the dimension weights added up)
    too_little_data: bool = False  # rescale: the items with data carry less than the rubric's minimum share
    min_measured: float = 0.0  # rescale: the least full points of items with data to rate the squad at all

    @property
    def no_data_points(self) -> float:
        """The points of the items that had no data (not earned, not in the total)."""
        return sum(p for _c, _n, p in self.no_data)

    @property
    def rescaled(self) -> bool:
        """The total is the earned points scaled to the full score over the points that had data."""
        return bool(self.no_data) and self.no_data_mode == "rescale"


def score_metric(defn: MetricDef, measure: Measure) -> MetricScore:
    """Points for one metric. A rate with nothing to count in the period scores full points (nothing was
    done wrong), except a metric of :data:`NO_DATA_METRICS`, which has no data and earns none; counts that
    deduct never go below zero."""
    n, d = float(measure.numerator), float(measure.denominator)
    full = defn.points
    method = defn.method
    param = defn.params.get("target" if method == "target" else "per")
    param = float(param) if isinstance(param, (int, float)) else None
    if method in ("rate", "score", "target") and d <= 0 and defn.metric in NO_DATA_METRICS:
        return MetricScore(
            defn.code, defn.name, defn.metric, method, 0.0, full, measure, None, "no_data", param
        )
    if method in ("rate", "score", "target") and d <= 0:
        return MetricScore(
            defn.code, defn.name, defn.metric, method, full, full, measure, None, "none_in_period", param
        )
    if method == "rate":
        value = n / d
        points, why = full * value, "scored"
    elif method == "score":
        value = n / d
        points, why = full * min(max(value, 0.0), 100.0) / 100.0, "scored"
    elif method == "target":
        value = n / d
        target = float(defn.params.get("target", 1.0))
        points, why = (full, "capped") if value >= target else (full * value / target, "scored")
    elif method == "deduct":
        value = n
        points, why = full - float(defn.params.get("per", 0)) * n, "scored"
    else:  # per_thousand
        value = n * 1000.0 / d if d > 0 else (0.0 if n == 0 else float("inf"))
        points, why = full - float(defn.params.get("per", 0)) * value, "scored"
    if points < 0:
        points, why = 0.0, "floor"
    return MetricScore(
        defn.code,
        defn.name,
        defn.metric,
        method,
        round(min(points, full), 4),
        full,
        measure,
        value,
        why,
        param,
    )


def stars_for(total: float, rubric: Rubric) -> int:
    """Stars by the total alone: the highest band whose minimum the total reaches, else 0 (未定星)."""
    for stars, minimum in rubric.stars:
        if total >= minimum - 1e-9:
            return stars
    return UNRATED


def score_squad(
    rubric: Rubric,
    measures: Mapping[str, Measure],
    *,
    veto_counts: Mapping[str, int],
    gate_items: Mapping[str, bool] | None,
    certified: int,
) -> SquadScore:
    """Score one squad.

    Args:
        measures: by metric key; a metric with no measure counts as nothing in the period.
        veto_counts: by veto metric key, how many times it happened in the period.
        gate_items: the squad's newest recorded 规范化 check (item code → met), None when never recorded.
        certified: officers of the squad with a valid certificate on the last day of the period.

    Items of :data:`NO_DATA_METRICS` with nothing to count earn nothing; by the rubric's ``no_data`` setting the
    total is either what the other items earned (zero) or that scaled to the full score over the full points of
    the items that had data (rescale), and then a squad whose measured items carry less than
    ``no_data_min_share`` of the full score is 未定星 (too little was measured to rate it).
    """
    dims = []
    for d in rubric.dimensions:
        scores = tuple(score_metric(m, measures.get(m.metric, Measure(0, 0))) for m in d.metrics)
        dims.append(
            DimensionScore(
                d.code, d.name, round(min(sum(s.points for s in scores), d.weight), 2), d.weight, scores
            )
        )
    earned = round(sum(d.score for d in dims), 2)
    full = round(sum(d.weight for d in rubric.dimensions), 2)
    rescale = rubric.no_data == "rescale"
    if rescale:
        dims = [
            replace(
                d, metrics=tuple(replace(m, left_out=True) if m.why == "no_data" else m for m in d.metrics)
            )
            for d in dims
        ]
    # the full points the items with data could earn, each dimension at most its weight
    measured = round(
        sum(min(d.weight, sum(m.max_points for m in d.metrics if m.why != "no_data")) for d in dims), 2
    )
    no_data = tuple((m.code, m.name, m.max_points) for d in dims for m in d.metrics if m.why == "no_data")
    too_little = False
    total = earned
    if rescale and no_data:
        total = round(earned * full / measured, 2) if measured > 0 else 0.0
        too_little = measured < round(rubric.no_data_min_share * full, 2) - 1e-9
    hit = tuple(
        (v.code, v.name, int(veto_counts.get(v.metric, 0)))
        for v in rubric.vetoes
        if veto_counts.get(v.metric, 0) > 0
    )
    failures, unrecorded = [], []
    for item in rubric.gate.items:
        met = None if gate_items is None else gate_items.get(item.code)
        if met is None:
            unrecorded.append(item.name)
            if not rubric.gate.unrecorded_passes:
                failures.append(item.name)
        elif not met:
            failures.append(item.name)
    if certified < rubric.gate.min_certified:
        failures.append(CERTIFIED.format(rubric.gate.min_certified))
    band = stars_for(total, rubric)
    stars = band
    if failures or too_little:
        stars = UNRATED
    elif hit:
        stars = min(stars, rubric.veto_max_stars)
    return SquadScore(
        total,
        tuple(dims),
        hit,
        not failures,
        tuple(failures),
        tuple(unrecorded),
        stars,
        band,
        no_data,
        rubric.no_data,
        earned,
        measured,
        full,
        too_little,
        round(rubric.no_data_min_share * full, 2) if rescale else 0.0,
    )


@dataclass(frozen=True)
class Shares:
    squads: int
    five_star: int
    rated: int

    @property
    def five_star_share(self) -> float:
        return self.five_star / self.squads if self.squads else 0.0

    @property
    def rated_share(self) -> float:
        return self.rated / self.squads if self.squads else 0.0


def shares(stars: Sequence[int]) -> Shares:
    """City-wide targets: the share of five-star squads and of rated squads (≥ 1★)."""
    return Shares(len(stars), sum(1 for s in stars if s == 5), sum(1 for s in stars if s >= 1))


def _n(x: float) -> str:
    """A number as printed: at most two decimals, no trailing zeros."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


# What :func:`explain_parts` words a metric's score with: templates whose arguments are numbers, or another
# (template, args) pair; the screen shows them in its language (scripts/translations collects them).
POINTS = "得{0}分（满分{1}分）"
NONE_IN_PERIOD = "考评期内无可计算的记录，按满分计：{0}"
NO_DATA = "无数据：考评期内没有可计算的记录，本项不计分（满分{0}分）"
NO_DATA_LEFT_OUT = "无数据：考评期内没有可计算的记录，本项不计入，总分按有数据的指标折算（满分{0}分）"
# A squad's items with no data and how its total was computed ({0}: the items' codes, listed)
RESCALED = "{0}无数据（{1}分），总分按其余{2}分折算：{3}÷{2}×{4} = {5}"
RESCALED_CAPPED = "{0}无数据（{1}分），总分按有数据指标的满分{2}分折算：{3}÷{2}×{4} = {5}"
ZEROED = "{0}无数据，不计分（共{1}分未计入），总分为其余各项得分之和"
TOO_LITTLE = "{0}；有数据的指标仅{1}分，不足考评细则要求的{2}分，数据太少，不定星"
RATE = "{0:g}/{1:g} = {2:.1%}，{2:.1%}×{3}：{4}"
SCORE = "{0:g}份案卷平均{1:.1f}分，{1:.1f}÷100×{2}：{3}"
TARGET = "{0:g}/{1:g} = {2:.1%}，目标{3:.0%}，{4}：{5}"
TARGET_REACHED = "达到目标，得满分"
TARGET_SHORT = "未达目标，按比例计分"
DEDUCT = "共{0:g}件，每件扣{1}分{2}：{3}"
PER_THOUSAND = "有效投诉{0:g}件，考评期案件{1:g}件，折合每千件{2:.2f}件，每千件每件扣{3}分{4}：{5}"
FLOOR = "，扣完为止"
CERTIFIED = "持有效执法证人员不少于{0}名"
EXPLAIN_TEXTS = (
    POINTS,
    NONE_IN_PERIOD,
    NO_DATA,
    NO_DATA_LEFT_OUT,
    RESCALED,
    RESCALED_CAPPED,
    ZEROED,
    TOO_LITTLE,
    RATE,
    SCORE,
    TARGET,
    TARGET_REACHED,
    TARGET_SHORT,
    DEDUCT,
    PER_THOUSAND,
    FLOOR,
    CERTIFIED,
)


def explain_parts(score: MetricScore) -> tuple[str, tuple[Any, ...]]:
    """Why a metric scored what it did, as (template, arguments): an argument is a number, a number already
    printed (``_n``) or a nested (template, arguments) pair; :func:`explain` formats it in Chinese."""
    n, d = score.measure.numerator, score.measure.denominator
    pts = (POINTS, (_n(score.points), _n(score.max_points)))
    if score.why == "none_in_period":
        return NONE_IN_PERIOD, (pts,)
    if score.why == "no_data":
        return NO_DATA_LEFT_OUT if score.left_out else NO_DATA, (_n(score.max_points),)
    value = score.value or 0.0
    if score.method == "rate":
        return RATE, (n, d, value, _n(score.max_points), pts)
    if score.method == "score":
        return SCORE, (d, value, _n(score.max_points), pts)
    floor = (FLOOR, ()) if score.why == "floor" else ("", ())
    if score.method == "target":
        reached = (TARGET_REACHED if score.why == "capped" else TARGET_SHORT, ())
        return TARGET, (n, d, value, score.param or 0, reached, pts)
    if score.method == "deduct":
        return DEDUCT, (n, _n(score.param or 0), floor, pts)
    return PER_THOUSAND, (n, d, value, _n(score.param or 0), floor, pts)


def format_parts(template: str, args: tuple[Any, ...]) -> str:
    """A (template, arguments) pair of this module as Chinese text, nested pairs formatted first."""
    return template.format(*(format_parts(*a) if isinstance(a, tuple) else a for a in args))


def explain(score: MetricScore) -> str:
    """Why a metric scored what it did, in one sentence (printed and shown on the drill-down)."""
    return format_parts(*explain_parts(score))


def no_data_parts(
    score: SquadScore, listing: Callable[[Iterable[str]], str] = "、".join, *, named: bool = False
) -> tuple[str, tuple[Any, ...]] | None:
    """Which items of a squad had no data and how its total was computed, as (template, arguments) like
    :func:`explain_parts` (None when every item had data); ``listing`` lists the items' codes (with their
    names when ``named``)."""
    if not score.no_data:
        return None
    codes = listing(f"{c} {n}" if named else c for c, n, _p in score.no_data)
    points = _n(score.no_data_points)
    if not score.rescaled:
        return ZEROED, (codes, points)
    whole = abs(score.measured + score.no_data_points - score.full) < 1e-6
    parts = (
        RESCALED if whole else RESCALED_CAPPED,
        (codes, points, _n(score.measured), _n(score.earned), _n(score.full), _n(score.total)),
    )
    if score.too_little_data:
        return TOO_LITTLE, (parts, _n(score.measured), _n(score.min_measured))
    return parts


def no_data_note(score: SquadScore, *, named: bool = False) -> str:
    """:func:`no_data_parts` in Chinese ("" when every item had data): printed and in ``rating show``."""
    parts = no_data_parts(score, named=named)
    return format_parts(*parts) if parts else ""
