"""Monitoring-device commands (电子技术监控设备登记, 行政处罚法第四十一条): ``device add|edit|retire|restore|list``."""

from __future__ import annotations

import argparse
from typing import Any

from inspector.cli.context import Context, UserError, print_json, print_table
from inspector.law import articles as art

# --set keys and what each holds (the register's fields, as the settings tab names them)
KEYS = {
    "kind": "设备类型",
    "location": "设置地点",
    "legal_review_on": "法制审核日期（YYYY-MM-DD）",
    "legal_review_ref": "法制审核文号",
    "tech_review_on": "技术审核日期（YYYY-MM-DD）",
    "tech_review_ref": "技术审核报告编号",
    "published_on": "设置地点公布日期（YYYY-MM-DD）",
    "published_where": "公布途径（如区政府门户网站）",
}
LACKS = {
    "retired": "已停用",
    "legal_review": "法制审核",
    "tech_review": "技术审核",
    "published": "设置地点公布",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("device", help=f"电子技术监控设备登记（非现场执法，{art.APL41.short}）")
    dsub = p.add_subparsers(dest="device_command", metavar="SUBCOMMAND", required=True)
    fields = "；".join(f"{k}={v}" for k, v in KEYS.items())
    add = dsub.add_parser("add", help="登记设备（系统管理员）", epilog=f"字段：{fields}")
    add.add_argument("code", help="设备编号")
    add.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="设备字段，见下")
    add.set_defaults(func=cmd_add)
    edit = dsub.add_parser("edit", help="更正设备字段（系统管理员）", epilog=f"字段：{fields}；code=新编号")
    edit.add_argument("code", help="设备编号")
    edit.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="要更正的字段")
    edit.set_defaults(func=cmd_edit)
    retire = dsub.add_parser("retire", help="停用设备：此后的记录不能立案")
    retire.add_argument("code")
    retire.set_defaults(func=cmd_retire)
    restore = dsub.add_parser("restore", help="恢复启用已停用的设备")
    restore.add_argument("code")
    restore.set_defaults(func=cmd_restore)
    ls = dsub.add_parser("list", help="列出登记的设备及其审核、公布情况")
    ls.add_argument("--active", action="store_true", help="只列在用的设备")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)


def _values(items: list[str], *, allow_code: bool = False) -> dict[str, Any]:
    """The ``--set KEY=VALUE`` items; an unknown key or a malformed item is a one-line error."""
    allowed = set(KEYS) | ({"code"} if allow_code else set())
    out: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UserError(f"--set 应为 KEY=VALUE：{item[:80]}")
        if key not in allowed:
            raise UserError(f"未知的设备字段：{key}（可用：{'、'.join(sorted(allowed))}）")
        out[key] = raw.strip()
    return out


def _device(session: Any, code: str) -> dict[str, Any]:
    from inspector.services import monitoring

    row = monitoring.by_code(session, code)
    if row is None:
        raise UserError(f"没有编号为 {code} 的监控设备")
    return row


def _status(row: dict[str, Any]) -> str:
    from inspector.services import monitoring

    lacks = monitoring.missing(row)
    if not lacks:
        return "可用于非现场执法"
    return "尚缺：" + "、".join(LACKS[c] for c in lacks if c != "retired") if row["active"] else "已停用"


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import monitoring

    row = monitoring.add_device(ctx.session(), code=args.code, **_values(args.set))
    print(f"已登记设备 {row['code']}（{row['kind']}，{row['location']}）：{_status(row)}")
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import monitoring

    values = _values(args.set, allow_code=True)
    if not values:
        raise UserError("请用 --set KEY=VALUE 给出要更正的字段")
    session = ctx.session()
    row = monitoring.update_device(session, _device(session, args.code)["id"], **values)
    print(f"已更正设备 {row['code']}：{_status(row)}")
    return 0


def cmd_retire(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import monitoring

    session = ctx.session()
    row = monitoring.retire_device(session, _device(session, args.code)["id"])
    print(f"已停用设备 {row['code']}：此后的记录不能作为处罚证据")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import monitoring

    session = ctx.session()
    row = monitoring.update_device(session, _device(session, args.code)["id"], active=True)
    print(f"已恢复启用设备 {row['code']}：{_status(row)}")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import monitoring

    rows = monitoring.list_devices(ctx.session(), active_only=args.active)
    for r in rows:
        r["status"] = _status(r)
    if args.json:
        print_json(rows)
    else:
        print_table(
            rows, ["code", "kind", "location", "legal_review_on", "tech_review_on", "published_on", "status"]
        )
    return 0
