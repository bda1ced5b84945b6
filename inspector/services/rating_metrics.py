"""What each rating metric counts in the station database, as one SQL population per metric.

A population lists the records behind a metric, one row each: ``squad_id, kind, ref_id, case_id, label, note,
num, den``. Summed per squad it gives the metric's :class:`~inspector.law.rating_rules.Measure` (one grouped query
per metric for all squads at once); filtered to one squad it is the drill-down behind the score. The same
text therefore answers "what is the score" and "which cases make it so".

Parameters: ``:t0``/``:t1`` the period as UTC timestamps (start inclusive, end exclusive) for columns kept in
UTC; ``:d0``/``:d1`` the period's local dates (inclusive) for legal dates; ``:today``; ``:days`` and
``:required`` for metrics with a rubric parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from inspector import clock
from inspector.law.rating_rules import Measure, Period
from inspector.law.rules import PASSING_VERDICTS
from inspector.services.casefile_eval import NEWER_FORMAL

_CASE_LABEL = "coalesce(c.case_no, '（未立案）') || ' ' || c.matter_name"
# A file evaluated again in the period counts once, with its newest evaluation (two at the same instant: the
# one 案卷评查 shows, see casefile_eval.NEWER_FORMAL).
_LATEST_EVAL = f"NOT EXISTS ({NEWER_FORMAL.format(before=' AND x.evaluated_at < :t1')})"
# A review passes with any passing verdict: 同意 and 修改后同意 as the review page gives them, and the
# earlier two-valued "passed" (Art. 58; the same set the decision's gate accepts).
_PASSED = "json_extract(e.data, '$.verdict') IN ({})".format(
    ", ".join(f"'{v}'" for v in sorted(PASSING_VERDICTS))
)
# The station's clue-verification period (deadline.clue_verification_days, the 线索核查·立案决定 timer), in days.
_CLUE_DAYS = "coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'deadline.clue_verification_days'), 15)"
# For a row that is not a case: the case's label as a scalar subquery, which a count never evaluates.
_REF_LABEL = (
    "(SELECT coalesce(c.case_no, '（未立案）') || ' ' || c.matter_name FROM cases c "
    "WHERE c.id = {alias}.case_id)"
)

# metric -> (population SQL with {sq} for the squad filter, the squad column it filters on)
POPULATIONS: dict[str, tuple[str, str]] = {
    "casefile_avg_score": (
        """
        SELECT e.squad_id, 'evaluation' AS kind, e.id AS ref_id, e.case_id, {label_e} AS label,
               coalesce(e.grade, '') AS note, coalesce(e.total_score, 0) AS num, 1 AS den
        FROM casefile_evaluations e
        WHERE {sq} AND e.mock = 0 AND e.evaluated_at >= :t0 AND e.evaluated_at < :t1 AND {latest}""",
        "e.squad_id",
    ),
    "casefile_pass_rate": (
        """
        SELECT e.squad_id, 'evaluation', e.id, e.case_id, {label_e}, coalesce(e.grade, ''),
               (coalesce(e.grade, '') != '不合格' AND e.veto = 0), 1
        FROM casefile_evaluations e
        WHERE {sq} AND e.mock = 0 AND e.evaluated_at >= :t0 AND e.evaluated_at < :t1 AND {latest}""",
        "e.squad_id",
    ),
    "casefile_failed": (
        """
        SELECT e.squad_id, 'evaluation', e.id, e.case_id, {label_e}, coalesce(e.grade, ''), 1, 0
        FROM casefile_evaluations e
        WHERE {sq} AND e.mock = 0 AND e.evaluated_at >= :t0 AND e.evaluated_at < :t1 AND {latest}
          AND (e.grade = '不合格' OR e.veto = 1)""",
        "e.squad_id",
    ),
    "legal_review_first_pass": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, coalesce(json_extract(e.data, '$.verdict'), ''),
               ({passed}), 1
        FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE {sq} AND e.step = 'legal_review' AND e.on_date BETWEEN :d0 AND :d1
          AND NOT EXISTS (SELECT 1 FROM case_events p WHERE p.case_id = e.case_id AND p.step = 'legal_review'
                          AND p.at < e.at)""",
        "c.squad_id",
    ),
    "decision_on_time": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label},
               CAST(julianday(c.decided_at) - julianday(substr(c.filed_at, 1, 10)) AS INTEGER) || '日',
               (julianday(c.decided_at) - julianday(substr(c.filed_at, 1, 10)) <= :days
                OR c.id IN (SELECT x.case_id FROM case_events x WHERE x.step = 'extend')), 1
        FROM cases c
        WHERE {sq} AND c.decided_at BETWEEN :d0 AND :d1 AND c.procedure = 'general'
          AND c.filed_at IS NOT NULL""",
        "c.squad_id",
    ),
    "decisions_overturned": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, group_concat(DISTINCT e.step), 1, 0
        FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE {sq} AND e.step IN ('decision_changed', 'appeal_end') AND e.on_date BETWEEN :d0 AND :d1
          AND (e.step = 'decision_changed'
               OR json_extract(e.data, '$.result') IN ('revoked', 'changed', 'lost'))
        GROUP BY c.id""",
        "c.squad_id",
    ),
    "recording_complete": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, '',
               ((EXISTS (SELECT 1 FROM evidence v WHERE v.case_id = c.id)
                 OR (c.inspection_id IS NOT NULL
                     AND EXISTS (SELECT 1 FROM evidence v WHERE v.inspection_id = c.inspection_id)))
                AND EXISTS (SELECT 1 FROM documents d WHERE d.case_id = c.id)), 1
        FROM cases c WHERE {sq} AND c.decided_at BETWEEN :d0 AND :d1""",
        "c.squad_id",
    ),
    "publicity_on_time": (
        """
        SELECT p.squad_id, 'publicity', p.id, p.case_id, {label_p},
               coalesce(date(p.published_at, '+8 hours'), '未公示') || ' / ' || p.due_date,
               (p.published_at IS NOT NULL AND date(p.published_at, '+8 hours') <= p.due_date), 1
        FROM publicity_records p
        WHERE {sq} AND p.due_date BETWEEN :d0 AND :d1 AND p.withheld = 0""",
        "p.squad_id",
    ),
    "discretion_reasoned": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, r.tier, (trim(r.reason) != ''), 1
        FROM cases c JOIN discretion_records r ON r.case_id = c.id
        WHERE {sq} AND c.decided_at BETWEEN :d0 AND :d1 AND (r.outside_tier = 1 OR r.mitigated = 1)
          AND r.rowid = (SELECT max(r2.rowid) FROM discretion_records r2 WHERE r2.case_id = c.id)""",
        "c.squad_id",
    ),
    "clue_on_time": (
        """
        SELECT squad_id, 'case', id, id, label, coalesce(handled, '未处理') || ' / ' || due,
               (handled IS NOT NULL AND handled <= due), 1
        FROM (SELECT c.squad_id, c.id, {label} AS label, date(c.clue_at, '+8 hours', '+' || :days || ' days') AS due,
                     coalesce(substr(c.filed_at, 1, 10),
                              (SELECT min(e.on_date) FROM case_events e WHERE e.case_id = c.id
                               AND e.step IN ('not_file', 'transfer', 'on_the_spot'))) AS handled
              FROM cases c WHERE {sq} AND c.clue_at >= :t0 AND c.clue_at < :t1)
        WHERE handled IS NOT NULL OR due < :today""",
        "c.squad_id",
    ),
    # A 双随机 task is done when its case left 线索登记. A 非现场 record is done when its content was reviewed
    # (Art. 41 ¶2; fit, or unfit and the clue ended) within the clue-verification period; one still within that
    # period and unreviewed is not counted yet.
    "random_check_done": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, c.state, (c.state NOT IN ('clue', 'verifying')), 1
        FROM cases c WHERE {sq} AND c.clue_at >= :t0 AND c.clue_at < :t1 AND c.source = 'random_check'
        UNION ALL
        SELECT squad_id, 'case', id, id, label, coalesce(reviewed, '未审核') || ' / ' || due,
               (reviewed IS NOT NULL AND reviewed <= due), 1
        FROM (SELECT c.squad_id, c.id, {label} AS label,
                     date(c.clue_at, '+8 hours', '+' || {clue_days} || ' days') AS due,
                     (SELECT min(e.on_date) FROM case_events e WHERE e.case_id = c.id
                      AND (e.step = 'review_record' OR (e.step = 'not_file'
                           AND json_extract(e.data, '$.record_review') = 'unfit'))) AS reviewed
              FROM cases c WHERE {sq} AND c.clue_at >= :t0 AND c.clue_at < :t1 AND c.source = 'non_contact')
        WHERE reviewed IS NOT NULL OR due < :today""",
        "c.squad_id",
    ),
    "joint_inspections": (
        """
        SELECT i.squad_id, 'inspection', i.id, NULL, i.address, '',
               ((SELECT count(DISTINCT m.department) FROM inspection_matters m
                 WHERE m.inspection_id = i.id AND m.department != '') >= 2), 1
        FROM inspections i WHERE {sq} AND i.started_at >= :t0 AND i.started_at < :t1""",
        "i.squad_id",
    ),
    "soft_enforcement": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, '',
               (EXISTS (SELECT 1 FROM soft_enforcements s WHERE s.case_id = c.id)
                OR (c.inspection_id IS NOT NULL
                    AND EXISTS (SELECT 1 FROM soft_enforcements s WHERE s.inspection_id = c.inspection_id))), 1
        FROM cases c WHERE {sq} AND c.clue_at >= :t0 AND c.clue_at < :t1""",
        "c.squad_id",
    ),
    "first_violation_applied": (
        """
        SELECT c.squad_id, 'case', c.id, c.id, {label}, '',
               EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.step = 'decide'
                       AND json_extract(e.data, '$.outcome') = 'no_penalty_minor'), 1
        FROM cases c JOIN discretion_records r ON r.case_id = c.id
        WHERE {sq} AND c.decided_at BETWEEN :d0 AND :d1
          AND json_extract(r.circumstances, '$.first_time_slight_corrected') = 1
          AND r.rowid = (SELECT max(r2.rowid) FROM discretion_records r2 WHERE r2.case_id = c.id)""",
        "c.squad_id",
    ),
    "valid_complaints": (
        """
        SELECT r.squad_id, 'incident', r.id, r.case_id, r.note, r.on_date, 1, 0
        FROM rating_incidents r WHERE {sq} AND r.kind = 'valid_complaint' AND r.on_date BETWEEN :d0 AND :d1
        UNION ALL
        SELECT c.squad_id, 'cases', NULL, NULL, '考评期内登记的案件', count(*) || '件', 0, count(*)
        FROM cases c WHERE {sq2} AND c.clue_at >= :t0 AND c.clue_at < :t1 GROUP BY c.squad_id""",
        "r.squad_id|c.squad_id",
    ),
    "certificates_valid": (
        """
        SELECT o.squad_id, 'officer', o.id, NULL, o.name || '（' || o.cert_no || '）', o.cert_expiry,
               (o.cert_expiry >= :d1), 1
        FROM officers o WHERE {sq} AND o.active = 1""",
        "o.squad_id",
    ),
    "training_hours": (
        """
        SELECT squad_id, 'officer', id, NULL, label, hours || '学时', (hours >= :required), 1
        FROM (SELECT o.squad_id, o.id, o.name || '（' || o.cert_no || '）' AS label,
                     (SELECT coalesce(sum(t.hours), 0) FROM training_records t
                      WHERE t.officer_id = o.id AND t.on_date BETWEEN :d0 AND :d1) AS hours
              FROM officers o WHERE {sq} AND o.active = 1)""",
        "o.squad_id",
    ),
    "property_registered": (
        """
        SELECT c.squad_id, 'preserved', p.id, c.id, {label} || '：' || p.description, p.decision,
               (trim(p.storage_place) != '' AND (c.state NOT IN ('closed', 'archived') OR p.decision != '')), 1
        FROM preserved_items p JOIN cases c ON c.id = p.case_id
        WHERE {sq} AND p.preserved_on BETWEEN :d0 AND :d1""",
        "c.squad_id",
    ),
}
for _kind in ("discipline", "court_loss", "opinion_event"):
    POPULATIONS[_kind] = (
        f"""
        SELECT r.squad_id, 'incident', r.id, r.case_id, r.note, r.on_date, 1, 0
        FROM rating_incidents r WHERE {{sq}} AND r.kind = '{_kind}' AND r.on_date BETWEEN :d0 AND :d1""",
        "r.squad_id",
    )

COLUMNS = ("squad_id", "kind", "ref_id", "case_id", "label", "note", "num", "den")


def population_sql(metric: str, squad_count: int, *, single: bool = False) -> str:
    """The population of ``metric`` for ``squad_count`` squads (``:s0``, ``:s1``, …), or ``single`` one (``:s``)."""
    sql, cols = POPULATIONS[metric]
    names = [":s"] if single else [f":s{i}" for i in range(squad_count)]
    parts = cols.split("|")

    def flt(col: str) -> str:
        return f"{col} = :s" if single else f"{col} IN ({', '.join(names)})"

    body = sql.format(
        sq=flt(parts[0]),
        sq2=flt(parts[-1]),
        label=_CASE_LABEL,
        label_e=_REF_LABEL.format(alias="e"),
        label_p=_REF_LABEL.format(alias="p"),
        latest=_LATEST_EVAL,
        passed=_PASSED,
        clue_days=_CLUE_DAYS,
    )
    return f"WITH pop({', '.join(COLUMNS)}) AS ({body})\nSELECT * FROM pop"


def period_params(
    period: Period, *, days: float = 90, required: float = 0, today: dt.date | None = None
) -> dict:
    def utc(day: dt.date) -> str:
        return clock.iso(dt.datetime.combine(day, dt.time(0), clock.LOCAL_TZ))

    return {
        "t0": utc(period.start),
        "t1": utc(period.end + dt.timedelta(days=1)),
        "d0": period.start.isoformat(),
        "d1": period.end.isoformat(),
        "today": (today or clock.today()).isoformat(),
        "days": days,
        "required": required,
    }


def squad_params(squad_ids: Sequence[str]) -> dict[str, str]:
    return {f"s{i}": s for i, s in enumerate(squad_ids)}


def aggregate(
    conn: Any, metric: str, squad_ids: Sequence[str], params: Mapping[str, Any]
) -> dict[str, Measure]:
    """One grouped query: the measure of ``metric`` for every squad in ``squad_ids``."""
    if not squad_ids:
        return {}
    sql = f"SELECT squad_id, sum(num), sum(den) FROM ({population_sql(metric, len(squad_ids))}) GROUP BY squad_id"
    out = {s: Measure(0, 0) for s in squad_ids}
    for squad_id, num, den in conn.execute(sql, {**params, **squad_params(squad_ids)}):
        out[squad_id] = Measure(float(num or 0), float(den or 0))
    return out


def aggregate_one(conn: Any, metric: str, squad_id: str, params: Mapping[str, Any]) -> Measure:
    """The same measure for one squad by its own query (what a per-squad report would run)."""
    sql = f"SELECT sum(num), sum(den) FROM ({population_sql(metric, 1, single=True)})"
    num, den = conn.execute(sql, {**params, "s": squad_id}).fetchone()
    return Measure(float(num or 0), float(den or 0))


def rows(
    conn: Any, metric: str, squad_id: str, params: Mapping[str, Any], *, limit: int = 5000
) -> list[dict]:
    """The records behind ``metric`` for one squad: those that count against it first."""
    sql = (
        f"SELECT * FROM ({population_sql(metric, 1, single=True)}) "
        f"ORDER BY (num > 0 AND den > 0), label LIMIT {int(limit)}"
    )
    cur = conn.execute(sql, {**params, "s": squad_id})
    return [dict(zip(COLUMNS, r, strict=True)) for r in cur]


def metrics_needed(metrics: Iterable[str]) -> list[str]:
    return [m for m in metrics if m in POPULATIONS]
