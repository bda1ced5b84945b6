"""``inspector case show|advance`` and ``inspector calendar list|import``: the workflow from a shell.

The ``case`` command group may already exist (another module adds ``case list``); ``show`` and
``advance`` attach to it if so, or create it.
"""

from __future__ import annotations

import argparse
from typing import Any

from inspector.cli.context import UserError, print_json, print_table, read_json_file
from inspector.law import articles as art
from inspector.law import step_fields
from inspector.law.procedure import EVENT_LABELS
from inspector.services import holidays
from inspector.services import workflow as wf


def case_group(sub) -> argparse._SubParsersAction:
    """The sub-command action of the ``case`` group: the existing one, or one made through ``case_cmds``
    (so that module finds it when it registers later), or our own if that module is absent."""
    parser = sub.choices.get("case")
    if parser is not None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
        return parser.add_subparsers(dest="case_command", metavar="SUBCOMMAND", required=True)
    try:
        from inspector.cli.case_cmds import case_subparsers
    except ImportError:
        parser = sub.add_parser("case", help="案件")
        return parser.add_subparsers(dest="case_command", metavar="SUBCOMMAND", required=True)
    return case_subparsers(sub)


def register(sub) -> None:
    group = case_group(sub)
    show = group.add_parser("show", help="案件状态、可执行步骤和期限")
    show.add_argument("case_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)
    adv = group.add_parser(
        "advance",
        help="执行一个办案步骤（如 file、notify、decide）",
        epilog="各步骤可填的字段见 inspector case steps [STEP]",
    )
    adv.add_argument("case_id")
    adv.add_argument("step")
    adv.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="步骤数据，按该步骤声明的字段解析，如 amount=200.50（元）或 amount_cents=20000（分）、"
        "outcome=penalty、reason=…",
    )
    adv.add_argument(
        "--doc",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="该步骤出具的文书所需字段，如 handler_opinion=…、defence_reasoning=…",
    )
    adv.add_argument("--json", action="store_true")
    adv.set_defaults(func=_advance)
    steps = group.add_parser("steps", help="办案步骤及各步骤可填的字段（--set KEY=VALUE）")
    steps.add_argument("step", nargs="?", help="只列这一步骤")
    steps.add_argument("--json", action="store_true")
    steps.set_defaults(func=_steps)
    op = group.add_parser("open", help="登记案件：从现场检查（--inspection）或线索（--clue-json）")
    src = op.add_mutually_exclusive_group(required=True)
    src.add_argument("--inspection", metavar="ID", help="处理结果为建议立案或当场处罚的现场检查")
    src.add_argument(
        "--clue-json",
        metavar="FILE",
        help="线索 JSON：source, reference, matter_code, address, "
        "summary, act_date, act_end_date, discovered_on, officer_ids, party；"
        "非现场执法（source=non_contact）另填 device（登记的设备编号）、recorded_at（记录时间），"
        "reference 为记录号",
    )
    op.add_argument("--act-date", help=f"违法行为发生日期（YYYY-MM-DD，{art.APL36.short}）")
    op.add_argument("--act-end-date", help="连续或继续状态的违法行为终了日期")
    op.add_argument("--discovered-on", help=f"发现日期（{art.APL54.short}）")
    op.add_argument("--json", action="store_true")
    op.set_defaults(func=_open)
    wl = group.add_parser("todo", help="工作台：轮到我办理的案件（按期限排序）")
    wl.add_argument("--scope", default="mine", choices=["mine", "squad", "all"])
    wl.add_argument("--waiting", action="store_true", help="我的案件中等待他人办理的")
    wl.add_argument("--limit", type=int, default=50)
    wl.add_argument("--json", action="store_true")
    wl.set_defaults(func=_todo)
    cal = sub.add_parser("calendar", help="节假日日历（含调休上班日）")
    cs = cal.add_subparsers(dest="calendar_command", metavar="SUBCOMMAND", required=True)
    ls = cs.add_parser("list", help="列出已载入的年份")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_cal_list)
    imp = cs.add_parser("import", help="导入或更正一年的放假调休安排（JSON）")
    imp.add_argument("file")
    imp.set_defaults(func=_cal_import)


def _data(step: str, items: list[str]) -> dict[str, Any]:
    """The ``--set KEY=VALUE`` items of ``step``, each parsed by its declared field (UserError otherwise)."""
    data: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise UserError(f"--set 应为 KEY=VALUE：{item[:80]}")
        try:
            name, value = step_fields.parse(step, key.strip(), raw)
        except step_fields.FieldError as exc:
            raise UserError(str(exc)) from None
        data[name] = value
    return data


def _field_line(f: step_fields.StepField) -> str:
    """One field of ``inspector case steps``: key, kind, label, notes and choices."""
    key = f"{f.yuan_key}=元 或 {f.key}=分" if f.kind == "money" else f.key
    line = f"  {key}［{step_fields.KIND_LABELS[f.kind]}］{f.label}"
    if f.notes:
        line += f"；{f.notes}"
    if f.choices:
        line += "；可选：" + "、".join(f"{k}（{v}）" for k, v in f.choices.items() if k)
    return line


def _steps(args, ctx) -> int:
    from inspector.law.procedure import STEPS

    specs = [s for s in STEPS if args.step in (None, s.name)]
    if not specs:
        raise UserError(f"未知的办案步骤：{args.step}（可用：{'、'.join(s.name for s in STEPS)}）")
    listing = [
        {
            "step": s.name,
            "label": s.label,
            "fields": [
                {
                    "key": f.key,
                    "label": f.label,
                    "kind": f.kind,
                    "choices": dict(f.choices or {}),
                    "notes": f.notes,
                    "form": f.form,
                }
                for f in step_fields.fields_of(s.name)
            ],
        }
        for s in specs
    ]
    if args.json:
        print_json(listing)
        return 0
    for s in specs:
        print(f"{s.name}  {s.label}")
        for f in step_fields.STEP_FIELDS.get(s.name, ()):
            print(_field_line(f))
    print("每个步骤还可填：")
    for f in step_fields.EVERY_STEP_FIELDS:
        print(_field_line(f))
    return 0


def _show(args, ctx) -> int:
    shown = wf.show(ctx.session(), args.case_id)
    if args.json:
        print_json(shown)
        return 0
    # a simple-procedure case is never 立案 (Art. 52): it has no case number, and none is missing
    number = shown["case_no"] or ("（简易程序）" if shown["procedure"] == "simple" else "（未立案）")
    print(f"{number}  {shown['matter_name']}  当事人：{shown['party'] or ''}")
    procedure = "简易程序" if shown["procedure"] == "simple" else "普通程序"
    print(f"状态：{shown['state_label']}（{shown['state']}）  {procedure}")
    money = shown.get("payment")
    if money and (money["paid_cents"] or money["surcharge_cents"]):  # Art. 67, 72
        surcharge = f"  加处罚款：{_yuan(money['surcharge_cents'])}（截至{money['as_of']}，第七十二条）"
        print(
            f"已缴：{_yuan(money['paid_cents'])}{surcharge if money['surcharge_cents'] else ''}"
            f"  尚欠：{_yuan(money['owed_cents'])}"
        )
    print("可执行步骤：" + ("、".join(f"{s['label']}[{s['step']}]" for s in shown["allowed_steps"]) or "无"))
    if shown["deadlines"]:
        print_table(shown["deadlines"], ("name", "due", "status_label", "basis"))
    return 0


def _yuan(cents: int) -> str:
    return f"{cents / 100:.2f}元"


def _advance(args, ctx) -> int:
    data = _data(args.step, args.set)
    document = {}
    for item in args.doc:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise UserError(f"--doc 应为 FIELD=VALUE：{item}")
        document[key] = raw
    event = wf.advance(ctx.session(), args.case_id, args.step, document=document, **data)
    if args.json:
        print_json(event)
    else:
        print(f"已完成：{args.step}（{event['from_state']} → {event['to_state']}）")
        for d in event["documents"]:
            print(f"已出具：{d['title']} {d['number']}")
        for step in event.get("followed_by") or ():
            print(f"同时登记：{EVENT_LABELS.get(step, step)}[{step}]")
        for d in event["documents_pending"]:
            named = "、".join(f"{m}[{f}]" for m, f in zip(d["missing"], d["fields"], strict=True))
            print(f"待出具：{d['title']}（{named}；可用 doc print 或下一步的 --doc FIELD=VALUE 补全）")
    return 0


def _open(args, ctx) -> int:
    from inspector.services import case_opening

    session = ctx.session()
    if args.inspection:
        case = case_opening.open_from_inspection(
            session,
            args.inspection,
            act_date=args.act_date,
            act_end_date=args.act_end_date,
            discovered_on=args.discovered_on,
        )
    else:
        clue = read_json_file(args.clue_json, what="线索文件")
        if not isinstance(clue, dict):
            raise UserError("线索文件应为一个 JSON 对象")
        for key in ("act_date", "act_end_date", "discovered_on"):
            if getattr(args, key):
                clue[key] = getattr(args, key)
        case = case_opening.open_from_clue(session, clue)
    if args.json:
        print_json(
            {
                "id": case["id"],
                "state": case["state"],
                "source": case["source"],
                "act_date": case["act_date"],
                "act_end_date": case["act_end_date"],
                "discovered_at": case["discovered_at"],
            }
        )
    else:
        print(case["id"])
    return 0


def _todo(args, ctx) -> int:
    from inspector.services import worklist

    session = ctx.session()
    worklist.ensure_built(session)
    rows = worklist.page(session, scope=args.scope, waiting=args.waiting, limit=max(1, args.limit)).rows
    keys = (
        "case_id",
        "case_no",
        "task",
        "role_label",
        "reason",
        "due",
        "days_left",
        "status_label",
        "deadline",
        "party_name",
        "matter_name",
    )
    rows = [{k: r.get(k) for k in keys} for r in rows]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ("case_no", "task", "role_label", "due", "status_label", "party_name", "reason"))
    return 0


def _cal_list(args, ctx) -> int:
    rows = holidays.years(ctx.session())
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ("year", "holidays", "workdays", "source"))
    return 0


def _cal_import(args, ctx) -> int:
    data = read_json_file(args.file, what="日历文件")
    row = holidays.import_year(ctx.session(), data)
    print(f"已导入 {row['year']} 年放假调休安排")
    return 0
