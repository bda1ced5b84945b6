"""Sync commands: ``sync status|push|bundle`` on a station, ``sync import-bundle`` at headquarters."""

from __future__ import annotations

import argparse
import os

from inspector.cli.context import Context, UserError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="send records to the central database, or through a bundle file")
    ssub = p.add_subparsers(dest="sync_command", metavar="SUBCOMMAND", required=True)
    st = ssub.add_parser("status", help="rows and batches waiting to be sent")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)
    pu = ssub.add_parser("push", help="send pending batches to the central PostgreSQL database")
    pu.add_argument("--dsn", default=os.environ.get("INSPECTOR_CENTRAL_DSN"),
                    help="PostgreSQL connection string (default $INSPECTOR_CENTRAL_DSN)")
    pu.add_argument("--json", action="store_true")
    pu.set_defaults(func=cmd_push)
    bu = ssub.add_parser("bundle", help="write pending batches to a signed bundle file (removable media)")
    bu.add_argument("-o", "--output", required=True)
    bu.set_defaults(func=cmd_bundle)
    im = ssub.add_parser("import-bundle", help="headquarters: verify and apply a station's bundle file")
    im.add_argument("file")
    im.add_argument("--dsn", default=os.environ.get("INSPECTOR_CENTRAL_DSN"))
    im.add_argument("--json", action="store_true")
    im.set_defaults(func=cmd_import_bundle)


def _connect(dsn: str | None):
    import psycopg
    if not dsn:
        raise UserError("没有中心数据库连接串：请用 --dsn 指定或设置 INSPECTOR_CENTRAL_DSN")
    try:
        return psycopg.connect(dsn, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise UserError(f"无法连接中心数据库：{str(exc).strip().splitlines()[0]}") from exc


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    station = ctx.station()
    report = {"pending_rows": station.pending_sync_count(),
              "unsent_batches": station.db.scalar("SELECT count(*) FROM sync_batches WHERE sent_at IS NULL"),
              "last_sent": station.db.scalar("SELECT max(sent_at) FROM sync_batches")}
    if args.json:
        print_json(report)
    else:
        print(f"待同步记录 {report['pending_rows']} 条，未发送批次 {report['unsent_batches']} 个，"
              f"上次发送 {report['last_sent'] or '从未'}")
    return 0


def cmd_push(args: argparse.Namespace, ctx: Context) -> int:
    import psycopg

    from inspector import sync
    session = ctx.session()
    conn = _connect(args.dsn)
    try:
        report = sync.push(session, conn)
    except psycopg.OperationalError as exc:
        raise UserError(f"同步中断（连接断开），未发送的批次会在下次同步时原样重发：{str(exc).strip()[:120]}") from exc
    finally:
        conn.close()
    if args.json:
        print_json(report.__dict__)
    else:
        print(f"已发送 {report.batches} 个批次、{report.rows} 条记录；冲突 {len(report.conflicts)} 条")
    return 0


def cmd_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import sync
    session = ctx.session()
    out = sync.export_bundle(session, args.output)
    print(f"已写入同步包 {out['path']}：{out['batches']} 个批次、{out['rows']} 条记录、{out['files']} 个证据文件")
    return 0


def cmd_import_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import sync
    conn = _connect(args.dsn)
    try:
        result = sync.import_bundle(conn, args.file)
    except sync.BundleError as exc:
        messages = {"not_a_bundle": "不是有效的同步包", "unknown_station": "同步包来自未登记的站点",
                    "bad_signature": "同步包签名不符（文件被改动或不是该站点签发）",
                    "altered_file": "同步包中的证据文件与其哈希不符"}
        raise UserError(f"{messages.get(exc.code, exc.code)}：{exc.detail}；未导入任何数据") from exc
    finally:
        conn.close()
    if args.json:
        print_json(result)
    else:
        print(f"已导入 {result['batches']} 个批次（其中 {result['repeated']} 个此前已导入），"
              f"新记录 {result['accepted']} 条，冲突 {len(result['conflicts'])} 条")
    return 0
