"""``inspector case show|advance`` and ``inspector calendar list|import``: the workflow from a shell.

The ``case`` command group may already exist (another module adds ``case list``); ``show`` and
``advance`` attach to it if so, or create it.
"""

from __future__ import annotations

import argparse
from typing import Any

from inspector.cli.context import UserError, print_json, print_table, read_json_file
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
    adv = group.add_parser("advance", help="执行一个办案步骤（如 file、notify、decide）")
    adv.add_argument("case_id")
    adv.add_argument("step")
    adv.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                     help="步骤数据，如 amount_cents=20000、outcome=penalty、reason=…")
    adv.add_argument("--json", action="store_true")
    adv.set_defaults(func=_advance)
    cal = sub.add_parser("calendar", help="节假日日历（含调休上班日）")
    cs = cal.add_subparsers(dest="calendar_command", metavar="SUBCOMMAND", required=True)
    ls = cs.add_parser("list", help="列出已载入的年份")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_cal_list)
    imp = cs.add_parser("import", help="导入或更正一年的放假调休安排（JSON）")
    imp.add_argument("file")
    imp.set_defaults(func=_cal_import)


MAX_CLI_INT = 10**12   # 100亿元 in 分: beyond any fine or day count a person means


def _value(key: str, raw: str) -> Any:
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if key.endswith("_cents") or key == "days":
        try:
            value = int(raw)
        except ValueError:
            raise UserError(f"{key} 应为整数：{raw[:40]}") from None
        if not -MAX_CLI_INT <= value <= MAX_CLI_INT:
            raise UserError(f"{key} 数值超出合理范围：{raw[:40]}")
        return value
    return raw


def _show(args, ctx) -> int:
    shown = wf.show(ctx.session(), args.case_id)
    if args.json:
        print_json(shown)
        return 0
    print(f"{shown['case_no'] or '（未立案）'}  {shown['matter_name']}  当事人：{shown['party'] or ''}")
    print(f"状态：{shown['state_label']}（{shown['state']}）")
    print("可执行步骤：" + ("、".join(f"{s['label']}[{s['step']}]" for s in shown["allowed_steps"]) or "无"))
    if shown["deadlines"]:
        print_table(shown["deadlines"], ("name", "due", "status_label", "basis"))
    return 0


def _advance(args, ctx) -> int:
    data = {}
    for item in args.set:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise UserError(f"--set 应为 KEY=VALUE：{item}")
        data[key] = _value(key, raw)
    event = wf.advance(ctx.session(), args.case_id, args.step, **data)
    if args.json:
        print_json(event)
    else:
        print(f"已完成：{args.step}（{event['from_state']} → {event['to_state']}）")
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
