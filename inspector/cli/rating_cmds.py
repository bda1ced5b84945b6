"""Rating commands: ``rating summary`` (the printed PDF), ``rating show`` (numbers or JSON), drill-down, and the
records the rating reads that the case data does not hold (training hours, incidents, gate checks, rubric)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inspector.cli.context import Context, UserError, print_json, print_table, read_json_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rating", help="star-rating squad summary (星级中队考评)")
    rsub = p.add_subparsers(dest="rating_command", metavar="SUBCOMMAND", required=True)

    s = rsub.add_parser("summary", help="print the summary PDF for all squads or one squad")
    s.add_argument("--period", required=True, help="2026Q4, 2026H2, 2026 or 2026-11")
    s.add_argument("--squad", help="squad code (default: every squad)")
    s.add_argument("-o", "--output", required=True, help="PDF file to write")
    s.set_defaults(func=cmd_summary)

    sh = rsub.add_parser("show", help="scores, stars and vetoes of every squad")
    sh.add_argument("--period", required=True)
    sh.add_argument("--squad", help="squad code")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=cmd_show)

    ev = rsub.add_parser("evidence", help="the records behind one metric of one squad")
    ev.add_argument("--period", required=True)
    ev.add_argument("--squad", required=True)
    ev.add_argument("--metric", required=True, help="metric code (A2) or key (legal_review_first_pass)")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_evidence)

    t = rsub.add_parser("training", help="record training hours of an officer")
    t.add_argument("--officer", required=True, help="certificate number (执法证号)")
    t.add_argument("--date", required=True)
    t.add_argument("--hours", required=True, type=float)
    t.add_argument("--course", default="")
    t.set_defaults(func=cmd_training)

    i = rsub.add_parser("incident", help="record a valid complaint, discipline, court loss or opinion event")
    i.add_argument("--squad", required=True)
    i.add_argument(
        "--kind", required=True, choices=["valid_complaint", "discipline", "court_loss", "opinion_event"]
    )
    i.add_argument("--date", required=True)
    i.add_argument("--note", required=True)
    i.set_defaults(func=cmd_incident)

    g = rsub.add_parser("gate", help="record which 规范化 prerequisites a squad meets")
    g.add_argument("--squad", required=True)
    g.add_argument("--date", required=True)
    g.add_argument("--met", default="", help="comma-separated item codes met")
    g.add_argument("--unmet", default="", help="comma-separated item codes not met")
    g.set_defaults(func=cmd_gate)

    r = rsub.add_parser(
        "rubric",
        help="export the current rubric or save an edited one as a new version "
        '("no_data": "rescale" or "zero" says what a total does with items that had no data)',
    )
    r.add_argument("action", choices=["export", "save"])
    r.add_argument("file", nargs="?", help="JSON file (save: required; export: default stdout)")
    r.add_argument("--note", default="")
    r.set_defaults(func=cmd_rubric)


def _squad_id(session, code: str) -> str:
    sid = session.db.scalar("SELECT id FROM squads WHERE code = ?", (code,))
    if sid is None:
        raise UserError(f"没有编号为 {code} 的中队")
    return sid


def cmd_summary(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import rating

    session = ctx.session()
    if args.squad:
        _squad_id(session, args.squad)
    pdf, result = rating.summary_pdf(session, args.period, squad_code=args.squad)
    out = Path(args.output)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise UserError(f"无法写入 {out}：{exc.strerror}") from exc
    print(
        f"{out}（{result.period.code}，考评细则 {result.rubric.rubric} {result.rubric.version}，"
        f"{len(result.squads) if not args.squad else 1} 个中队）"
    )
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.law import rating_rules
    from inspector.services import rating

    session = ctx.session()
    ids = [_squad_id(session, args.squad)] if args.squad else None
    data = rating.as_json(rating.summary(session, args.period, squad_ids=ids))
    if args.json:
        print_json(data)
        return 0
    rows = [
        {
            "code": s["code"],
            "name": s["name"],
            **{d["code"]: f"{d['score']:.2f}" for d in s["dimensions"]},
            "total": f"{s['total']:.2f}",
            "stars": s["stars"] or "未定星",
            "veto": "、".join(v["code"] for v in s["vetoes"]) or "—",
            "gate": "达标" if s["gate_passed"] else "未达标",
        }
        for s in data["squads"]
    ]
    dims = [d["code"] for d in data["squads"][0]["dimensions"]] if data["squads"] else []
    print(
        f"{data['period']}（{data['from']}—{data['to']}）考评细则 {data['rubric']} {data['rubric_version']}"
        f"（无数据的指标：{rating_rules.NO_DATA_MODES[data['no_data']]}）"
    )
    print_table(rows, ["code", "name", *dims, "total", "stars", "veto", "gate"])
    for s in data["squads"]:
        if s["no_data_note"]:
            print(f"{s['name']}：{s['no_data_note']}")
    sh = data["shares"]
    print(
        f"五星级 {sh['five_star']}/{sh['squads']}（目标 {data['targets'].get('five_star_share', 0):.0%}），"
        f"星级 {sh['rated']}/{sh['squads']}（目标 {data['targets'].get('rated_share', 0):.0%}）"
    )
    return 0


def cmd_evidence(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import rating

    session = ctx.session()
    rubric = rating.current_rubric(session)
    metric = next((m.metric for m in rubric.metric_defs() if m.code == args.metric), args.metric)
    rows = rating.evidence(session, args.period, _squad_id(session, args.squad), metric, rubric=rubric)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["kind", "label", "note", "num", "den"])
    return 0


def cmd_training(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import rating

    session = ctx.session()
    officer = session.db.scalar("SELECT id FROM officers WHERE cert_no = ?", (args.officer.strip().upper(),))
    if officer is None:
        raise UserError(f"没有执法证号为 {args.officer} 的执法人员")
    rating.add_training(session, officer_id=officer, on_date=args.date, hours=args.hours, course=args.course)
    print(f"已登记 {args.officer} 培训 {args.hours:g} 学时（{args.date}）")
    return 0


def cmd_incident(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import rating

    session = ctx.session()
    rating.record_incident(
        session, squad_id=_squad_id(session, args.squad), kind=args.kind, on_date=args.date, note=args.note
    )
    print(f"已登记：{rating.INCIDENT_KINDS[args.kind]}（中队 {args.squad}，{args.date}）")
    return 0


def cmd_gate(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import rating

    session = ctx.session()
    items = {c.strip(): True for c in args.met.split(",") if c.strip()}
    items |= {c.strip(): False for c in args.unmet.split(",") if c.strip()}
    if not items:
        raise UserError("请用 --met 或 --unmet 列出核查的条件")
    rating.record_gate_check(
        session, squad_id=_squad_id(session, args.squad), items=items, checked_on=args.date
    )
    print(f"已登记中队 {args.squad} 规范化条件核查（{args.date}）")
    return 0


def cmd_rubric(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.law import rating_rules
    from inspector.services import rating

    session = ctx.session()
    if args.action == "export":
        data = rating_rules.to_dict(rating.current_rubric(session))
        if args.file:
            Path(args.file).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            print_json(data)
        return 0
    if not args.file:
        raise UserError("请指定考评细则 JSON 文件")
    payload = read_json_file(args.file, what="考评细则文件")
    if not isinstance(payload, dict):
        raise UserError(f"考评细则文件 {args.file} 应为一个 JSON 对象；未导入任何内容")
    rubric = rating.save_rubric(session, payload, note=args.note)
    legacy = "" if "no_data" in payload else "（文件未写 no_data，沿用旧版考评细则的规则）"
    print(
        f"已保存考评细则 {rubric.rubric} 版本 {rubric.version}；"
        f"无数据的指标：{rating_rules.NO_DATA_MODES[rubric.no_data]}{legacy}"
    )
    return 0
