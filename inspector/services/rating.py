"""Use cases of the star-rating squad summary (星级中队考评): rubric versions, the summary, drill-down, records.

The summary measures every metric of the rubric with one grouped query per metric for all squads the user
may see (:mod:`inspector.services.rating_metrics`), scores each squad with :mod:`inspector.law.rating_rules`, and
says which rubric version it used. The drill-down lists the records behind any metric of one squad.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.resources
import json
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from inspector import clock
from inspector.errors import NotFound, Problem, ValidationError, Verbatim, problem
from inspector.law import rating_rules
from inspector.law.rating_rules import Measure, Period, Rubric, SquadScore
from inspector.permissions import Action, Role
from inspector.services import rating_metrics as rm
from inspector.station import Session

DEFAULT_RUBRIC_FILE = "star-squad-2026.2.json"
INCIDENT_KINDS = {
    "valid_complaint": "有效投诉",
    "discipline": "执法人员受处分",
    "court_loss": "越权或严重违反程序败诉",
    "opinion_event": "过错引发重大负面舆情",
}


# ---- rubric versions --------------------------------------------------------------------------------------


def default_rubric_payload() -> dict[str, Any]:
    """The rubric shipped with the program (domain spec §4.1)."""
    text = (
        importlib.resources.files("resources.rubric")
        .joinpath(DEFAULT_RUBRIC_FILE)
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def default_rubric_names() -> list[str]:
    """The shipped rubric's title and source and the names it gives its dimensions, metrics, veto items and
    规范化 items (the screens translate these, and only these: a name an administrator changed is the station's
    own words)."""
    rubric = rating_rules.parse(default_rubric_payload())
    names = (
        [rubric.title, rubric.source]
        + [d.name for d in rubric.dimensions]
        + [m.name for m in rubric.metric_defs()]
    )
    return names + [v.name for v in rubric.vetoes] + [i.name for i in rubric.gate.items]


def current_rubric(session: Session) -> Rubric:
    """The newest saved rubric version, else the shipped default."""
    row = session.db.query_one(
        "SELECT payload FROM rating_rubrics ORDER BY created_at DESC, rowid DESC LIMIT 1"
    )
    return rating_rules.parse(json.loads(row["payload"]) if row else default_rubric_payload())


def rubric_versions(session: Session) -> list[dict[str, Any]]:
    """Every saved version (newest first) and the shipped default, for the editor's history list."""
    session.require(Action.RATING_VIEW)
    rows = session.db.query(
        "SELECT rubric, rub_version, note, created_at, updated_by FROM rating_rubrics "
        "ORDER BY created_at DESC, rowid DESC"
    )
    default = default_rubric_payload()
    return rows + [
        {
            "rubric": default["rubric"],
            "rub_version": default["version"],
            "note": "程序内置默认版本",
            "created_at": "",
            "updated_by": "",
        }
    ]


def next_version(session: Session, rubric: Rubric) -> str:
    """A version label not used yet: ``2026.1`` → ``2026.2`` …"""
    used = {r["rub_version"] for r in session.db.query("SELECT rub_version FROM rating_rubrics")}
    used.add(default_rubric_payload()["version"])
    head, _, tail = rubric.version.rpartition(".")
    n = int(tail) if tail.isdigit() else 0
    prefix = head if tail.isdigit() else rubric.version
    while True:
        n += 1
        candidate = f"{prefix}.{n}"
        if candidate not in used:
            return candidate


def save_rubric(session: Session, payload: dict[str, Any], *, note: str = "") -> Rubric:
    """Store an edited rubric as a new version (versions are never changed in place).

    Raises:
        ValidationError: the rubric is inconsistent (weights, thresholds, unknown metrics) or the version exists.
    """
    session.require(Action.RATING_EDIT)
    rubric = rating_rules.parse(payload)
    exists = session.db.scalar(
        "SELECT 1 FROM rating_rubrics WHERE rubric = ? AND rub_version = ?", (rubric.rubric, rubric.version)
    )
    if exists or rubric.version == default_rubric_payload()["version"]:
        raise ValidationError(
            [
                problem(
                    "version",
                    "duplicate",
                    ("考评细则版本 {0} 已存在；请使用新的版本号", (Verbatim(rubric.version),)),
                )
            ]
        )
    text = json.dumps(rating_rules.to_dict(rubric), ensure_ascii=False, sort_keys=True)
    with session.writing(Action.RATING_EDIT, label="rating.rubric_save") as w:
        w.insert(
            "rating_rubrics",
            {
                "rubric": rubric.rubric,
                "rub_version": rubric.version,
                "payload": text,
                "digest": hashlib.sha256(text.encode()).hexdigest(),
                "note": note,
                "created_at": clock.iso(),
            },
        )
    return rubric


# ---- the summary ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SquadRating:
    squad_id: str
    squad_code: str
    squad_name: str
    score: SquadScore
    evidence: dict[str, int]  # records counted per metric (the denominators, or counts for deductions)


@dataclass(frozen=True)
class Summary:
    period: Period
    rubric: Rubric
    squads: tuple[SquadRating, ...]
    shares: rating_rules.Shares
    computed_at: str

    def squad(self, squad_id: str) -> SquadRating:
        for s in self.squads:
            if s.squad_id == squad_id:
                return s
        raise NotFound(entity="squads", key=squad_id)


def visible_squads(session: Session) -> list[dict[str, Any]]:
    """The squads this user may see rated: a squad leader their own; others every active squad of the
    station (on a headquarters station, the squads pulled from the central database)."""
    session.require(Action.RATING_VIEW)
    if session.role is Role.SQUAD_LEADER and session.user.squad_id:
        return session.db.query("SELECT id, code, name FROM squads WHERE id = ?", (session.user.squad_id,))
    return session.db.query("SELECT id, code, name FROM squads WHERE active = 1 ORDER BY length(code), code")


def _params(rubric: Rubric, period: Period, metric: str) -> dict[str, Any]:
    defn = next((m for m in rubric.metric_defs() if m.metric == metric), None)
    params = dict(defn.params) if defn else {}
    days = float(params.get("days", 90))
    required = round(float(params.get("hours_per_year", 0)) * period.days / 365, 1)
    return rm.period_params(period, days=days, required=required)


_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    """Reader threads for the metric queries: each has its own connection (SQLite, WAL), so the queries of one
    summary run side by side on several cores. Measured: about half the wall time on two cores."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(
                max_workers=max(1, min(4, os.cpu_count() or 1)), thread_name_prefix="rating-reader"
            )
        return _POOL


def measure(
    session: Session, rubric: Rubric, period: Period, squad_ids: Sequence[str]
) -> dict[str, dict[str, Measure]]:
    """Every metric and veto count of ``rubric`` for every squad: metric → squad → measure."""
    keys = list(
        dict.fromkeys(
            [m.metric for m in rubric.metric_defs()]
            + [v.metric for v in rubric.vetoes]
            + ["certificates_valid"]
        )
    )
    station = session.station

    def one(metric: str) -> dict[str, Measure]:
        return rm.aggregate(station.db.conn, metric, squad_ids, _params(rubric, period, metric))

    if station.db.conn.in_transaction:  # inside a write: read on this connection, which sees it
        return {metric: one(metric) for metric in keys}
    return dict(zip(keys, _pool().map(one, keys), strict=True))


def _gates(session: Session, squad_ids: Sequence[str], on: dt.date) -> dict[str, dict[str, bool] | None]:
    gates: dict[str, dict[str, bool] | None] = dict.fromkeys(squad_ids)
    for r in session.db.query(
        "SELECT squad_id, items FROM squad_gate_checks WHERE checked_on <= ? ORDER BY checked_on, rowid",
        (on.isoformat(),),
    ):
        if r["squad_id"] in gates:
            gates[r["squad_id"]] = {k: bool(v) for k, v in json.loads(r["items"]).items()}
    return gates


def summary(
    session: Session,
    period: Period | str,
    *,
    squad_ids: Sequence[str] | None = None,
    rubric: Rubric | None = None,
) -> Summary:
    """Rate every squad the user may see (or the given ones among them) over ``period``."""
    session.require(Action.RATING_VIEW)
    period = rating_rules.parse_period(period) if isinstance(period, str) else period
    rubric = rubric or current_rubric(session)
    squads = visible_squads(session)
    if squad_ids is not None:
        wanted = set(squad_ids)
        squads = [s for s in squads if s["id"] in wanted]
        if len(squads) != len(wanted):
            raise NotFound(entity="squads", key=", ".join(sorted(wanted - {s["id"] for s in squads})))
    ids = [s["id"] for s in squads]
    measured = measure(session, rubric, period, ids)
    gates = _gates(session, ids, period.end)
    veto_keys = {v.metric for v in rubric.vetoes}
    rated = []
    for s in squads:
        measures = {m: by[s["id"]] for m, by in measured.items()}
        score = rating_rules.score_squad(
            rubric,
            measures,
            veto_counts={m: int(measures[m].numerator) for m in veto_keys},
            gate_items=gates[s["id"]],
            certified=int(measures["certificates_valid"].numerator),
        )
        evidence = {
            m.metric: int(measures[m.metric].denominator or measures[m.metric].numerator)
            for m in rubric.metric_defs()
        }
        rated.append(SquadRating(s["id"], s["code"], s["name"], score, evidence))
    return Summary(
        period, rubric, tuple(rated), rating_rules.shares([r.score.stars for r in rated]), clock.iso()
    )


def trend(
    session: Session,
    period: Period | str,
    *,
    count: int = 4,
    progress: Callable[[int, int], None] | None = None,
) -> list[Summary]:
    """Summaries of the ``count`` periods ending with ``period`` (same rubric), oldest first."""
    period = rating_rules.parse_period(period) if isinstance(period, str) else period
    rubric = current_rubric(session)
    out = []
    periods = rating_rules.previous_periods(period, count)
    for i, p in enumerate(periods):
        out.append(summary(session, p, rubric=rubric))
        if progress:
            progress(i + 1, len(periods))
    return out


def evidence(
    session: Session, period: Period | str, squad_id: str, metric: str, *, rubric: Rubric | None = None
) -> list[dict[str, Any]]:
    """The records behind ``metric`` for one squad: each with what it adds to the numerator and denominator."""
    session.require(Action.RATING_VIEW)
    period = rating_rules.parse_period(period) if isinstance(period, str) else period
    if squad_id not in {s["id"] for s in visible_squads(session)}:
        raise NotFound(entity="squads", key=squad_id)
    if metric not in rm.POPULATIONS:
        raise ValidationError([problem("metric", "unknown", ("未知的考评指标：{0}", (Verbatim(metric),)))])
    return rm.rows(
        session.db.conn, metric, squad_id, _params(rubric or current_rubric(session), period, metric)
    )


def as_json(result: Summary) -> dict[str, Any]:
    """The summary as plain data (``rating show --json``; stored with each printed snapshot)."""
    rubric = result.rubric
    return {
        "period": result.period.code,
        "from": result.period.start.isoformat(),
        "to": result.period.end.isoformat(),
        "rubric": rubric.rubric,
        "rubric_version": rubric.version,
        "computed_at": result.computed_at,
        "targets": dict(rubric.targets),
        # the rubric's rule for items with no data (rating_rules.NO_DATA_MODES)
        "no_data": rubric.no_data,
        "no_data_min_share": rubric.no_data_min_share,
        "shares": {
            "squads": result.shares.squads,
            "five_star": result.shares.five_star,
            "rated": result.shares.rated,
            "five_star_share": round(result.shares.five_star_share, 4),
            "rated_share": round(result.shares.rated_share, 4),
        },
        "squads": [
            {
                "squad_id": r.squad_id,
                "code": r.squad_code,
                "name": r.squad_name,
                "total": r.score.total,
                "stars": r.score.stars,
                "band_stars": r.score.band_stars,
                "vetoes": [{"code": c, "name": n, "count": k} for c, n, k in r.score.vetoes],
                "gate_passed": r.score.gate_passed,
                "gate_failures": list(r.score.gate_failures),
                "gate_unrecorded": list(r.score.gate_unrecorded),
                # items with no data (rating_rules.NO_DATA_METRICS): shown as 无数据, no points earned; the
                # total is ``earned`` as it stands (zero) or scaled over the ``measured`` points (rescale)
                "no_data": [{"code": c, "name": n, "max": p} for c, n, p in r.score.no_data],
                "no_data_mode": r.score.no_data_mode,
                "earned": r.score.earned,
                "measured": r.score.measured,
                "rescaled": r.score.rescaled,
                "too_little_data": r.score.too_little_data,
                "no_data_note": rating_rules.no_data_note(r.score, named=True),
                "dimensions": [
                    {
                        "code": d.code,
                        "name": d.name,
                        "score": d.score,
                        "weight": d.weight,
                        "metrics": [
                            {
                                "code": m.code,
                                "name": m.name,
                                "metric": m.metric,
                                "points": m.points,
                                "max": m.max_points,
                                "numerator": m.measure.numerator,
                                "denominator": m.measure.denominator,
                                "value": None if m.value is None else round(m.value, 4),
                                "no_data": m.why == "no_data",
                                "left_out": m.left_out,
                                "why": rating_rules.explain(m),
                            }
                            for m in d.metrics
                        ],
                    }
                    for d in r.score.dimensions
                ],
            }
            for r in result.squads
        ],
    }


def record_snapshots(session: Session, result: Summary) -> list[dict[str, Any]]:
    """Keep the printed rating of each squad (with its rubric version) so it can be shown later as printed."""
    session.require(Action.RATING_PRINT)
    data = as_json(result)
    with session.writing(Action.RATING_PRINT, label="rating.print") as w:
        return [
            w.insert(
                "rating_snapshots",
                {
                    "period": result.period.code,
                    "squad_id": s["squad_id"],
                    "rubric": result.rubric.rubric,
                    "rub_version": result.rubric.version,
                    "total": s["total"],
                    "stars": s["stars"],
                    "veto": 1 if s["vetoes"] else 0,
                    "computed_at": result.computed_at,
                    "payload": json.dumps(s, ensure_ascii=False, sort_keys=True),
                },
            )
            for s in data["squads"]
        ]


# ---- records the metrics read -----------------------------------------------------------------------------


def _date(value: dt.date | str, field: str) -> str:
    try:
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()
    except ValueError as exc:
        raise ValidationError([Problem(field, "format", "日期格式应为 YYYY-MM-DD")]) from exc


def add_training(
    session: Session, *, officer_id: str, on_date: dt.date | str, hours: float, course: str = ""
) -> dict[str, Any]:
    """Record training hours of an officer (team metric E2)."""
    session.require(Action.RATING_EDIT)
    problems = []
    if session.db.find("officers", officer_id) is None:
        problems.append(Problem("officer_id", "not_found", "没有这名执法人员"))
    if not isinstance(hours, (int, float)) or not 0 < hours <= 24 * 31:
        problems.append(Problem("hours", "range", "学时应大于0"))
    if problems:
        raise ValidationError(problems)
    day = _date(on_date, "on_date")
    with session.writing(Action.RATING_EDIT, label="rating.training") as w:
        return w.insert(
            "training_records",
            {"officer_id": officer_id, "on_date": day, "hours": float(hours), "course": course.strip()},
        )


def record_incident(
    session: Session,
    *,
    squad_id: str,
    kind: str,
    on_date: dt.date | str,
    note: str,
    case_id: str | None = None,
) -> dict[str, Any]:
    """Record a fact the case data does not hold: a valid complaint, a disciplined officer, a court loss
    for lack of authority or a serious procedural breach, a negative public-opinion event."""
    session.require(Action.RATING_EDIT)
    problems = []
    if kind not in INCIDENT_KINDS:
        problems.append(Problem("kind", "unknown", "类型只能是有效投诉、受处分、败诉或负面舆情"))
    if not note.strip():
        problems.append(Problem("note", "required", "请写明事由"))
    if session.db.find("squads", squad_id) is None:
        problems.append(Problem("squad_id", "not_found", "没有这个中队"))
    if problems:
        raise ValidationError(problems)
    day = _date(on_date, "on_date")
    with session.writing(Action.RATING_EDIT, label="rating.incident") as w:
        return w.insert(
            "rating_incidents",
            {"squad_id": squad_id, "kind": kind, "on_date": day, "case_id": case_id, "note": note.strip()},
        )


def record_gate_check(
    session: Session, *, squad_id: str, items: dict[str, bool], checked_on: dt.date | str, note: str = ""
) -> dict[str, Any]:
    """Record which 规范化 prerequisites a squad meets (the newest check on or before a period's end counts)."""
    session.require(Action.RATING_EDIT)
    known = {i.code for i in current_rubric(session).gate.items}
    unknown = sorted(set(items) - known)
    if unknown:
        raise ValidationError(
            [problem("items", "unknown", ("未知的规范化条件：{0}", (Verbatim(", ".join(unknown)),)))]
        )
    if session.db.find("squads", squad_id) is None:
        raise NotFound(entity="squads", key=squad_id)
    day = _date(checked_on, "checked_on")
    with session.writing(Action.RATING_EDIT, label="rating.gate") as w:
        return w.insert(
            "squad_gate_checks",
            {
                "squad_id": squad_id,
                "checked_on": day,
                "note": note,
                "items": json.dumps({k: bool(v) for k, v in items.items()}),
            },
        )


# ---- printing ---------------------------------------------------------------------------------------------


def _trend_point(result: Summary) -> dict[str, Any]:
    data = as_json(result)
    return {
        "period": data["period"],
        "shares": data["shares"],
        "squads": [
            {"code": s["code"], "name": s["name"], "total": s["total"], "stars": s["stars"]}
            for s in data["squads"]
        ],
    }


def summary_pdf(
    session: Session,
    period: Period | str,
    *,
    squad_code: str | None = None,
    trend_periods: int = 4,
    record: bool = True,
) -> tuple[bytes, Summary]:
    """The printed summary (all squads, or one squad's page) with charts, evidence counts, rubric version and
    signature area; the rating printed is kept as a snapshot stating its rubric version.

    Raises:
        NotFound: ``squad_code`` names no squad the user may see.
    """
    from exports import squad_report
    from inspector.services import org

    session.require(Action.RATING_PRINT)
    period = rating_rules.parse_period(period) if isinstance(period, str) else period
    summaries = trend(session, period, count=max(1, trend_periods))
    result = summaries[-1]
    codes = None
    if squad_code is not None:
        if squad_code not in {s.squad_code for s in result.squads}:
            raise NotFound(entity="squads", key=squad_code)
        codes = [squad_code]
    agency = org.agency(session)
    report = squad_report.Report(
        agency_name=agency["name"] if agency else "",
        rating=as_json(result),
        trend=[_trend_point(s) for s in summaries],
        printed_on=clock.today().isoformat(),
        rubric_title=result.rubric.title,
        rubric_source=result.rubric.source,
    )
    pdf = squad_report.render(report, bands=result.rubric.stars, squads=codes, fonts=_fonts(session))
    if record:
        chosen = (
            result
            if codes is None
            else Summary(
                result.period,
                result.rubric,
                tuple(s for s in result.squads if s.squad_code in codes),
                result.shares,
                result.computed_at,
            )
        )
        record_snapshots(session, chosen)
    return pdf, result


def _fonts(session: Session):
    from exports.errors import FontNotFound
    from exports.fonts import font_set

    try:
        return font_set(session.station.setting("documents.font_path") or None)
    except FontNotFound as exc:
        raise ValidationError(
            [Problem("documents.font_path", "font_not_found", "找不到可用的中文字体，请在设置中指定字体文件")]
        ) from exc
