"""Headquarters commands: ``central init|add-station|verify`` on the central PostgreSQL database (as its owner)."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from inspector.cli.context import Context, UserError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("central", help="headquarters: set up the central database, register stations, verify")
    csub = p.add_subparsers(dest="central_command", metavar="SUBCOMMAND", required=True)
    dsn_help = "PostgreSQL connection string of the database owner (default $INSPECTOR_CENTRAL_DSN)"
    ini = csub.add_parser("init", help="create the central schema, roles and views (once, as the owner)")
    ini.add_argument("--dsn", default=os.environ.get("INSPECTOR_CENTRAL_DSN"), help=dsn_help)
    ini.set_defaults(func=cmd_init)
    add = csub.add_parser("add-station", help="register a station: its own login and its public key")
    add.add_argument("--dsn", default=os.environ.get("INSPECTOR_CENTRAL_DSN"), help=dsn_help)
    add.add_argument("--station-id", required=True)
    add.add_argument(
        "--public-key",
        required=True,
        help="file holding the output of `inspector sync key` on the station (or the key itself)",
    )
    add.add_argument("--name", default="")
    add.add_argument(
        "--kind",
        choices=("station", "reviewer", "hq"),
        default="station",
        help="reviewer and hq stations may read every station's cases",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add_station)
    ver = csub.add_parser("verify", help="recompute every station's audit chain as held centrally")
    ver.add_argument("--dsn", default=os.environ.get("INSPECTOR_CENTRAL_DSN"), help=dsn_help)
    ver.add_argument("--json", action="store_true")
    ver.set_defaults(func=cmd_verify)


NOT_OWNER = "当前登录名无权管理中心数据库（站点的登录名不行）：请用中心数据库所有者（或超级用户）的连接串"


def _owner(dsn: str | None):
    from inspector.cli.sync_cmds import connect

    return connect(dsn)


@contextlib.contextmanager
def refused_to_non_owner() -> Iterator[None]:
    """A station's own login (or any other) that may not do headquarters' work is told whose it is."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise UserError(NOT_OWNER) from exc


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from db.central import admin

    conn = _owner(args.dsn)
    try:
        with refused_to_non_owner():
            group = admin.init(conn)
    finally:
        conn.close()
    print(f"中心数据库已初始化（站点组角色 {group}）；接着用 central add-station 登记各站点")
    return 0


def _public_key(text: str, station_id: str) -> str:
    path = Path(text)
    if len(text) < 200 and path.exists():
        text = path.read_text(encoding="utf-8")
    found = re.findall(r"\b[0-9a-f]{64}\b", text)
    if not found:
        raise UserError(
            "找不到公钥：请给出站点运行 inspector sync key 得到的 64 位十六进制公钥（或保存它的文件）"
        )
    # `sync key` prints "<station id> <key>": a key file from another station must not be registered for this one.
    named = re.match(r"\s*(\S+)\s+[0-9a-f]{64}\s*$", text)
    if named and named.group(1) != station_id:
        raise UserError(
            f"公钥文件属于站点 {named.group(1)}，不是 --station-id 给出的 {station_id}：请核对是哪个站点的公钥文件"
        )
    return found[-1]


def cmd_add_station(args: argparse.Namespace, ctx: Context) -> int:
    from db.central import admin

    key = _public_key(args.public_key, args.station_id)
    conn = _owner(args.dsn)
    try:
        with refused_to_non_owner():
            login = admin.add_station(
                conn, station_id=args.station_id, name=args.name, public_key=key, kind=args.kind
            )
    except admin.SetupError as exc:
        raise UserError(f"登记失败：{exc}") from exc
    finally:
        conn.close()
    if args.json:
        print_json(login.__dict__)
    else:
        print(f"站点 {login.station_id} 已登记（{login.kind}）：登录名 {login.role}  密码 {login.password}")
        print("请把登录名和密码交给该站点，在“同步”页面填写；密码只显示这一次。")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.sync import chain

    conn = _owner(args.dsn)
    try:
        with refused_to_non_owner():
            report = chain.verify_central(conn)
    finally:
        conn.close()
    if args.json:
        print_json(report)
    else:
        for st in report:
            state = "完好" if not st["breaks"] and not st["alerts"] else "有问题"
            print(f"站点 {st['station_id']}：事件 {st['events']} 条，链{state}")
            for b in st["breaks"][:20]:
                print(f"  第 {b['seq']} 条：{b['kind']} {b['detail']}")
            for a in st["alerts"][:20]:
                print(f"  告警 第 {a['seq']} 条：{a['kind']} {a['detail']}")
    return 0 if all(not s["breaks"] and not s["alerts"] for s in report) else 1
