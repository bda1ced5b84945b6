"""案卷评查 (§5): score a case file on a model kept as data (veto tier, 80 content and 20 form points, grades).

The automatic items are pre-filled from the file (:mod:`inspector.casefile_checks`: B-items for the veto tier,
the date-order check for timeliness, the discretion record, execution); the reviewer adds or overrides the
manual ones. A veto hit makes the file 不合格 with score 0; otherwise deductions are floored at zero per
item and the grade follows the model's thresholds. A "mock" evaluation may be run before the case is closed.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector import casefile_checks, clock
from inspector.casefile_checks import CaseFile, Words, _w, say
from inspector.errors import GuardRefused, Parts, Problem, ValidationError, Verbatim, problem
from inspector.permissions import Action
from inspector.services import casefile_data
from inspector.station import Session

TIERS = ("veto", "content", "form")
_CLOSED = ("closed", "archived")
# A file's formal evaluations count once, by the newest: the latest ``evaluated_at``, and between two at the
# same instant the greater id (ids are time-ordered UUIDs, so the one saved later; the same answer on every
# station and at headquarters, unlike the local rowid). ``{before}`` bounds the newer ones looked for.
NEWER_FORMAL = (
    "SELECT 1 FROM casefile_evaluations x WHERE x.case_id = e.case_id AND x.mock = 0{before} "
    "AND (x.evaluated_at > e.evaluated_at OR (x.evaluated_at = e.evaluated_at AND x.id > e.id))"
)
NEWEST_FIRST = "e.evaluated_at DESC, e.id DESC"


def load_model(path: str | Path | None = None) -> dict[str, Any]:
    """The scoring model: the file at ``path`` (setting ``casefile.model``) or the shipped one, validated."""
    if path:
        try:
            model = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValidationError(
                [problem("casefile.model", "unreadable", ("无法读取评查模型：{0}", (Verbatim(str(exc)),)))]
            ) from exc
    else:
        model = json.loads(
            importlib.resources.files("resources.casefile").joinpath("model.json").read_text(encoding="utf-8")
        )
    problems = []
    for tier in TIERS:
        if not isinstance(model.get(tier), list):
            problems.append(problem(tier, "missing", ("评查模型缺少“{0}”部分", (Verbatim(tier),))))
    if not problems:
        total = sum(i["points"] for tier in ("content", "form") for i in model[tier])
        if total != 100:
            problems.append(
                problem(
                    "points", "total", ("内容分与卷面分合计应为100分，实为{0}分", (Verbatim(str(total)),))
                )
            )
        if not model.get("grades"):
            problems.append(Problem("grades", "missing", "评查模型缺少等次"))
    if problems:
        raise ValidationError(problems)
    return model


def shipped_model_texts() -> list[str]:
    """The words of the shipped scoring model a person reads: its name, each item's label and the grades (an
    interface translates these, and only these: a station's own model file is its own words)."""
    model = load_model()
    texts = [model["name"], model.get("veto_grade", "")] + [g["label"] for g in model["grades"]]
    return [t for t in dict.fromkeys(texts + [i["label"] for tier in TIERS for i in model[tier]]) if t]


@dataclass
class Sheet:
    """A scored sheet: total, grade, whether a veto item hit, and every item with its deduction."""

    total: float
    grade: str
    veto: bool
    items: list[dict[str, Any]] = field(default_factory=list)
    model_version: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "total_score": self.total,
            "grade": self.grade,
            "veto": self.veto,
            "items": self.items,
            "model_version": self.model_version,
        }


# ------------------------------------------------------------------------------------------ automatic items


def _faults_evidence(f: CaseFile) -> list[Words]:
    out: list[Words] = []
    if not any(e["kind"] in ("photo", "video", "audio") for e in f.evidence):
        out.append(_w("卷内没有现场照片或音像证据"))
    records = {d["doc_type"] for d in f.documents}
    if not f.case.get("inspection_id") and not records & {"inspection_record", "inquiry_record"}:
        out.append(_w("卷内没有现场检查笔录或询问笔录"))
    return out


def _faults_timeliness(f: CaseFile) -> list[Words]:
    return [
        c.detail_parts or c.detail for c in casefile_checks.date_order(f) if c.ok is False and c.code != "D1"
    ]


def _faults_discretion(f: CaseFile) -> list[Words]:
    if not f.penalty:
        return []
    d = f.discretion
    if not d:
        return [_w("处罚案件没有裁量表"), _w("未适用裁量基准阶次"), _w("无裁量说理")]
    out: list[Words] = []
    if (d.get("outside_tier") or d.get("mitigated")) and not str(d.get("reason", "")).strip():
        out.append(_w("超出推荐阶次或减轻处罚，未说明理由"))
    amount = d.get("amount_cents")
    lo, hi = d.get("range_min_cents"), d.get("range_max_cents")
    if (
        amount is not None
        and lo is not None
        and hi is not None
        and not (lo <= amount <= hi)
        and not d.get("outside_tier")
        and not d.get("mitigated")
    ):
        out.append(_w("罚款不在推荐幅度内却未标明"))
    return out


def _faults_execution(f: CaseFile) -> list[Words]:
    if not f.penalty or f.case.get("state") not in _CLOSED:
        return []
    fine = int(f.case.get("fine_cents") or 0)
    paid = sum(int(e["data"].get("amount_cents", 0)) for e in f.events if e["step"] in ("pay", "pay_full"))
    if paid < fine and not f.last("court_applied"):
        return [
            _w(
                "罚款未缴清（应缴{0}元，已缴{1}元）且未申请强制执行即结案",
                f"{fine / 100:.2f}",
                f"{paid / 100:.2f}",
            )
        ]
    return []


_AUTO = {
    "evidence": _faults_evidence,
    "timeliness": _faults_timeliness,
    "discretion": _faults_discretion,
    "execution": _faults_execution,
}


def findings(model: Mapping[str, Any], f: CaseFile) -> dict[str, dict[str, Any]]:
    """What the file itself says, per model item: veto hits (with the checks behind them) and deductions.

    Each finding's ``note`` is the Chinese words, ``note_parts`` the same as a template and its arguments
    (an interface in another language translates them)."""
    checks = {c.code: c for c in casefile_checks.basic_checks(f)}
    out: dict[str, dict[str, Any]] = {}
    for item in model["veto"]:
        failed = [checks[c] for c in item.get("auto") or () if c in checks and checks[c].ok is False]
        if item.get("auto"):
            note = (
                _joined([_w("{0} {1}", c.code, c.detail_parts or c.detail) for c in failed])
                if failed
                else _w("自动检查通过：{0}", list(item["auto"]))
            )
            out[item["code"]] = {
                "hit": bool(failed),
                "note": say(note),
                "note_parts": note,
                "links": [link for c in failed for link in c.links],
            }
    for tier in ("content", "form"):
        for item in model[tier]:
            fn = _AUTO.get(item.get("auto", ""))
            if fn is None:
                continue
            faults = fn(f)
            note = _joined(faults) if faults else _w("")
            out[item["code"]] = {
                "deduction": min(item["points"], len(faults) * item.get("per_fault", item["points"])),
                "note": say(note),
                "note_parts": note,
            }
    return out


def _joined(items: list[Words]) -> Parts:
    """Words joined by ``；``, each translated in an interface."""
    out = _parts(items[0])
    for item in items[1:]:
        out = _w("{0}；{1}", out, _parts(item))
    return out


def _parts(words: Words) -> Parts:
    return words if isinstance(words, tuple) else _w(words)


# ------------------------------------------------------------------------------------------ scoring (pure)


def score(
    model: Mapping[str, Any],
    auto: Mapping[str, Mapping[str, Any]] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Sheet:
    """Score a sheet from automatic findings and the reviewer's overrides (``{code: {hit|deduction, note}}``)."""
    auto, overrides = auto or {}, overrides or {}
    items: list[dict[str, Any]] = []
    veto = False
    for item in model["veto"]:
        a, o = auto.get(item["code"], {}), overrides.get(item["code"], {})
        hit = bool(o["hit"]) if "hit" in o else bool(a.get("hit"))
        veto |= hit
        items.append(
            {
                "code": item["code"],
                "label": item["label"],
                "tier": "veto",
                "points": 0,
                "hit": hit,
                "deduction": 0,
                "auto": bool(item.get("auto")),
                "overridden": "hit" in o,
                "note": o.get("note") or a.get("note", ""),
                "links": a.get("links", []),
            }
        )
    total = 0.0
    for tier in ("content", "form"):
        for item in model[tier]:
            a, o = auto.get(item["code"], {}), overrides.get(item["code"], {})
            raw = o["deduction"] if "deduction" in o else a.get("deduction", 0)
            deduction = max(
                0.0, min(float(item["points"]), float(raw or 0))
            )  # floored at zero, never negative
            total += item["points"] - deduction
            items.append(
                {
                    "code": item["code"],
                    "label": item["label"],
                    "tier": tier,
                    "points": item["points"],
                    "hit": False,
                    "deduction": deduction,
                    "auto": bool(item.get("auto")),
                    "overridden": "deduction" in o,
                    "note": o.get("note") or a.get("note", ""),
                    "links": [],
                }
            )
    if veto:
        return Sheet(0.0, model.get("veto_grade", "不合格"), True, items, model["version"])
    grade = next(g["label"] for g in sorted(model["grades"], key=lambda g: -g["min"]) if total >= g["min"])
    return Sheet(round(total, 2), grade, False, items, model["version"])


# ------------------------------------------------------------------------------------------ use cases


def model_for(session: Session) -> dict[str, Any]:
    return load_model(session.station.setting("casefile.model") or None)


def inputs(session: Session, case_id: str) -> dict[str, Any]:
    """What the scoring sheet starts from: the model, the automatic findings and the date-order check."""
    session.require(Action.FILE_REVIEW)
    f = casefile_data.load(session, case_id)
    model = model_for(session)
    return {
        "case": f.case,
        "party": f.party,
        "model": model,
        "findings": findings(model, f),
        "closed": f.case["state"] in _CLOSED,
        "date_order": [c.as_dict() for c in casefile_checks.date_order(f)],
    }


def evaluate(
    session: Session,
    case_id: str,
    *,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    mock: bool | None = None,
    save: bool = True,
    note: str = "",
) -> dict[str, Any]:
    """Score the case file; with ``save`` record it in ``casefile_evaluations``. Returns the sheet (and row id).

    A case not yet closed can only be scored as a mock evaluation (``mock`` defaults to that)."""
    session.require(Action.FILE_REVIEW)
    f = casefile_data.load(session, case_id)
    closed = f.case["state"] in _CLOSED
    mock = (not closed) if mock is None else mock
    if not mock and not closed:
        raise GuardRefused(
            rule="casefile_not_closed",
            article="案卷评查标准",
            message="案件尚未结案，只能进行模拟评查",
            hint="结案后再正式评查，或选择“模拟评查”",
        )
    model = model_for(session)
    sheet = score(model, findings(model, f), overrides)
    out = {
        "case_id": case_id,
        "case_no": f.case.get("case_no") or "",
        "matter_name": f.case.get("matter_name", ""),
        "squad_id": f.case["squad_id"],
        "mock": mock,
        **sheet.as_dict(),
        "date_order": [c.as_dict() for c in casefile_checks.date_order(f)],
    }
    if save:
        with session.writing(Action.FILE_REVIEW, label="casefile.evaluate") as w:
            row = w.insert(
                "casefile_evaluations",
                {
                    "case_id": case_id,
                    "squad_id": f.case["squad_id"],
                    "total_score": sheet.total,
                    "grade": sheet.grade,
                    "veto": int(sheet.veto),
                    "mock": int(mock),
                    "evaluated_at": clock.iso(),
                    "evaluated_by": session.user.username,
                    "model_version": sheet.model_version,
                    "items": json.dumps(sheet.items, ensure_ascii=False),
                    "note": note,
                },
            )
        out["id"] = row["id"]
    return out


def candidates(session: Session, *, include_open: bool = False) -> list[dict[str, Any]]:
    """Case files to score: closed general-procedure cases (and open ones for mock runs), with the last score."""
    session.require(Action.FILE_REVIEW)
    states = ("closed", "archived") + (
        (
            "investigating",
            "investigated",
            "internal_review",
            "legal_review",
            "notified",
            "hearing",
            "collective",
            "decided",
            "served",
            "executing",
        )
        if include_open
        else ()
    )
    marks = ",".join("?" * len(states))
    rows = session.db.query(
        "SELECT c.id AS case_id, c.case_no, c.matter_name, c.state, c.squad_id, s.name AS squad_name, "
        "p.name AS party_name, (SELECT e.total_score || ' ' || e.grade FROM casefile_evaluations e "
        f" WHERE e.case_id = c.id AND e.mock = 0 ORDER BY {NEWEST_FIRST} LIMIT 1) AS last_score, "
        "(SELECT e.total_score FROM casefile_evaluations e WHERE e.case_id = c.id AND e.mock = 0 "
        f" ORDER BY {NEWEST_FIRST} LIMIT 1) AS last_total, "
        "(SELECT e.grade FROM casefile_evaluations e WHERE e.case_id = c.id AND e.mock = 0 "
        f" ORDER BY {NEWEST_FIRST} LIMIT 1) AS last_grade "
        "FROM cases c JOIN squads s ON s.id = c.squad_id LEFT JOIN parties p ON p.id = c.party_id "
        f"WHERE c.procedure = 'general' AND c.state IN ({marks}) ORDER BY c.closed_at DESC, c.clue_at DESC",
        states,
    )
    return rows


def summary(session: Session, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Per squad over a period (formal evaluations, the newest per case): count, average, 优秀 share, 不合格."""
    session.require(Action.FILE_REVIEW)
    sql = f"SELECT e.* FROM casefile_evaluations e WHERE e.mock = 0 AND NOT EXISTS ({NEWER_FORMAL.format(before='')})"
    params: list[Any] = []
    if since:
        sql += " AND e.evaluated_at >= ?"
        params.append(since)
    if until:
        sql += " AND e.evaluated_at < ?"
        params.append(until)
    squads = {s["id"]: s["name"] for s in session.db.query("SELECT id, name FROM squads")}
    by: dict[str, list[dict[str, Any]]] = {}
    for r in session.db.query(sql, params):
        by.setdefault(r["squad_id"], []).append(r)
    out = []
    for squad_id, rows in sorted(by.items(), key=lambda kv: squads.get(kv[0], "")):
        n = len(rows)
        out.append(
            {
                "squad_id": squad_id,
                "squad_name": squads.get(squad_id, squad_id),
                "count": n,
                "average": round(sum(r["total_score"] for r in rows) / n, 2),
                "excellent_share": round(sum(1 for r in rows if r["grade"] == "优秀") / n, 4),
                "failed": sum(1 for r in rows if r["grade"] == "不合格"),
                "veto": sum(1 for r in rows if r["veto"]),
            }
        )
    return out
