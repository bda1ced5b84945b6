"""Sync commands: ``sync status|conflicts|key|push|pull|bundle|import-receipt`` on a station, ``sync import-bundle``
at headquarters (it writes the receipt the station imports)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from inspector.cli.context import Context, UserError, print_json

SYNC_REASONS = {
    "unreachable": "无法连接中心数据库，请检查服务器地址、端口和网络",
    "no_database": "中心服务器上没有这个数据库，请核对连接串中的 dbname（由大队登记本站点时给出）",
    "no_tls": "中心服务器没有开启加密连接，而连接串要求加密（sslmode），请大队管理员为服务器开启加密（TLS）",
    "no_password": "没有密码，请设置 INSPECTOR_CENTRAL_PASSWORD，或在连接串中写 password=…",
    "login": "中心数据库拒绝了站点登录名或密码，请核对大队下发的账号",
    "not_set_up": "中心数据库尚未初始化，或由本程序较早的版本建立，请大队管理员运行 inspector central init"
    "（可重复运行，已有数据不受影响）",
    "not_registered": "该登录名不属于本站点，请用大队为本站点登记（central add-station）时给出的账号",
    "dropped": "同步中断（连接断开），未确认的批次已保留，下次同步时原样重发",
    "cancelled": "同步已取消，未确认的批次已保留",
}
QUARANTINE_REASONS = {
    "bad_value": "含有中心数据库无法保存的字符或数值",
    "not_own_row": "涉及不属于本站点的记录",
    "constraint": "违反中心数据库的数据约束",
    "altered_file": "证据文件与其哈希不符（文件已损坏或被改动）",
    "refused": "被中心数据库拒收",
}
BUNDLE_REASONS = {
    "not_a_bundle": "不是有效的同步包",
    "truncated": "同步包不完整（文件被截断）",
    "too_large": "同步包超出大小限制",
    "bad_name": "同步包含有不允许的文件名",
    "extra_member": "同步包含有未签名的额外文件",
    "missing_member": "同步包缺少已签名的文件",
    "unknown_station": "同步包来自未登记的站点（请先用 central add-station 登记其公钥）",
    "bad_signature": "同步包签名不符（文件被改动或不是该站点签发）",
    "altered_file": "同步包中的文件与其签名的哈希不符（文件被改动）",
    "foreign_station": "同步包中有不属于签名站点的记录",
    "refused": "中心数据库拒收同步包中的数据",
}

RECEIPT_REASONS = {
    "not_a_receipt": "不是有效的回执文件",
    "too_large": "回执文件超出大小限制",
    "foreign_station": "回执属于另一个站点",
    "unknown_batch": "回执列出的批次本站没有",
    "altered_batch": "回执列出的批次与本站的内容不符",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="send records to the central database, or through a bundle file")
    ssub = p.add_subparsers(dest="sync_command", metavar="SUBCOMMAND", required=True)
    st = ssub.add_parser("status", help="rows and batches waiting to be sent, quarantined batches, conflicts")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)
    co = ssub.add_parser(
        "conflicts", help="open conflicts: both versions, the station, user and time that wrote each"
    )
    co.add_argument("--json", action="store_true")
    co.set_defaults(func=cmd_conflicts)
    ky = ssub.add_parser("key", help="print this station's public key (headquarters registers it)")
    ky.set_defaults(func=cmd_key)
    for name, func, text in (
        ("push", cmd_push, "send pending batches to the central PostgreSQL database"),
        ("pull", cmd_pull, "bring down reference data, verdicts and resolutions"),
    ):
        pu = ssub.add_parser(name, help=text)
        pu.add_argument(
            "--dsn",
            default=os.environ.get("INSPECTOR_CENTRAL_DSN"),
            help="PostgreSQL connection string with the station's login (default $INSPECTOR_CENTRAL_DSN;"
            " password from $INSPECTOR_CENTRAL_PASSWORD or the DSN)",
        )
        pu.add_argument("--json", action="store_true")
        pu.set_defaults(func=func)
    bu = ssub.add_parser("bundle", help="write pending batches to a signed bundle file (removable media)")
    bu.add_argument("-o", "--output", required=True)
    bu.set_defaults(func=cmd_bundle)
    im = ssub.add_parser("import-bundle", help="headquarters: verify and apply a station's bundle file")
    im.add_argument("file")
    im.add_argument("--dsn", default=os.environ.get("INSPECTOR_CENTRAL_DSN"))
    im.add_argument(
        "--receipt",
        help="where to write the receipt the station imports (default: the bundle's name with .receipt)",
    )
    im.add_argument("--json", action="store_true")
    im.set_defaults(func=cmd_import_bundle)
    rc = ssub.add_parser(
        "import-receipt", help="mark the batches headquarters' receipt confirms as sent (after a bundle)"
    )
    rc.add_argument("file")
    rc.add_argument("--json", action="store_true")
    rc.set_defaults(func=cmd_import_receipt)


def connect(dsn: str | None, ctx: Context | None = None, *, kind: str | None = None):
    """Connect with --dsn, else with the settings saved on the 同步 screen (password from the keyring).

    With ``kind`` (push or pull), a refused connection is kept on the station as that attempt's outcome.
    """
    from inspector import sync

    password = os.environ.get("INSPECTOR_CENTRAL_PASSWORD")
    if not dsn and ctx is not None:
        from inspector.sync import connection

        station = ctx.station()
        saved = connection.load(station)
        if saved.complete:
            dsn = saved.dsn()
            password = password or connection.stored_password(station, saved)
    if not dsn:
        raise UserError(
            "没有中心数据库连接串：请用 --dsn 指定、设置 INSPECTOR_CENTRAL_DSN，或先在“同步”页面填写"
        )
    _check_dsn(dsn)
    try:
        if kind and ctx is not None:
            return sync.connect_for(ctx.station(), kind, dsn, password=password)
        return sync.connect(dsn, password=password)
    except sync.SyncError as exc:
        raise UserError(f"{SYNC_REASONS.get(exc.reason, exc.reason)}：{exc.detail[:160]}") from exc


def _check_dsn(dsn: str) -> None:
    """A connection string PostgreSQL cannot parse is the user's typing, not an internal error."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        reason = " ".join(str(exc).split())[:120]
        raise UserError(
            f"中心数据库连接串格式错误（{reason}）；应写成 postgresql://用户@主机:端口/数据库 "
            "或 host=主机 port=端口 dbname=数据库 user=用户"
        ) from exc


def _sync_error(exc) -> UserError:
    detail = f"：{exc.detail[:160]}" if exc.detail else ""
    return UserError(f"{SYNC_REASONS.get(exc.reason, exc.reason)}{detail}")


def _when(iso: str) -> str:
    """A kept time on the station clock, as local wall-clock time."""
    import datetime as dt

    from inspector import clock

    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone(clock.LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def _dated(outcome) -> str:
    return f"{_when(outcome.at)}，{outcome_line(outcome)}"


def outcome_line(outcome) -> str:
    """A kept push, pull or export outcome in the words the command printed when it happened."""
    n = outcome.counts
    if not outcome.ok:
        reasons = RECEIPT_REASONS if outcome.kind == "receipt" else SYNC_REASONS
        text = reasons.get(outcome.reason) or f"未完成（{outcome.reason}）"
        if outcome.detail and outcome.reason not in ("cancelled",):
            text += f"：{outcome.detail[:160]}"
        if outcome.kind == "push" and n.get("batches"):
            text += f"；中断前已发送并确认 {n['batches']} 个批次、{n.get('rows', 0)} 条记录"
        return text
    if outcome.kind == "push":
        return (
            f"已发送 {n.get('batches', 0)} 个批次、{n.get('rows', 0)} 条记录、{n.get('files', 0)} 个证据文件；"
            f"冲突 {n.get('conflicts', 0)} 条；隔离批次 {n.get('quarantined', 0)} 个"
        )
    if outcome.kind == "pull":
        return (
            f"已取回 {n.get('rows', 0)} 条记录（{n.get('pages', 0)} 页）、{n.get('files', 0)} 个证据文件，"
            f"冲突处理结果 {n.get('resolutions', 0)} 条"
            + (
                f"；另有 {n['files_missing']} 个证据文件中心尚未收到或无权读取"
                if n.get("files_missing")
                else ""
            )
        )
    if outcome.kind == "receipt":
        return (
            f"回执核对无误：中心已收到的 {n.get('batches', 0)} 个批次（{n.get('rows', 0)} 条记录）已标记为已发送"
            + (f"，另有 {n['already']} 个此前已确认" if n.get("already") else "")
            + (f"；其中 {n['conflicts']} 条记录与中心数据冲突，已记录待处理" if n.get("conflicts") else "")
        )
    return (
        f"已写入同步包 {outcome.detail}：{n.get('batches', 0)} 个批次、{n.get('rows', 0)} 条记录、"
        f"{n.get('files', 0)} 个证据文件"
    )


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import sync
    from inspector.sync import conflicts, history, receipt

    station = ctx.station()
    held = sync.quarantined(station)
    report: dict[str, object] = {
        "pending_rows": station.pending_sync_count(),
        "pending_by_kind": sync.pending_by_kind(station),
        "unsent_batches": len(sync.unsent_batches(station)),
        "awaiting_receipt": receipt.awaiting(station),
        "quarantined": held,
        "open_conflicts": len(conflicts.open_conflicts(station)),
        "last_sent": sync.last_sent(station),
        "last": history.summary(station),
    }
    if args.json:
        print_json(report)
    else:
        print(
            f"待同步记录 {report['pending_rows']} 条，未发送批次 {report['unsent_batches']} 个，"
            f"隔离批次 {len(held)} 个，未处理冲突 {report['open_conflicts']} 条"
        )
        waiting = receipt.awaiting(station)
        if waiting:
            print(f"其中已写入同步包、等待大队回执的批次 {waiting} 个")
        for kind, title in (
            ("push", "发送到中心"),
            ("pull", "从中心取回"),
            ("export", "导出同步包"),
            ("receipt", "导入回执"),
        ):
            got = history.last(station, kind)
            print(f"{title}：上次成功 " + (_dated(got.success) if got.success else "从未"))
            if got.failed and got.attempt:
                print(f"  最近一次（{_when(got.attempt.at)}）未成功：{outcome_line(got.attempt)}")
        for q in held:
            code, _, detail = (q["error"] or "").partition(": ")
            print(
                f"  隔离批次 {q['batch_id']}（{q['row_count']} 条）：{QUARANTINE_REASONS.get(code, code)}（{detail}）"
            )
    return 0


def _author_line(author) -> str:
    """Station · user · time of one version, as recorded (what is not recorded says so)."""
    if not author.station_id:
        where = "站点未记录"
    else:
        name = f"{author.station_name}（本站）" if author.here else author.station_name
        where = f"{name or '站点'} [{author.station_id}]"
    who = author.username or "修改人未记录"
    if author.person:
        who = f"{author.person}（{author.username}）"
    return f"{where} · {who} · {_when(author.at) if author.at else '时间未记录'}"


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    from dataclasses import asdict

    from inspector.sync import conflicts

    station = ctx.station()
    found = conflicts.open_conflicts(station)
    if args.json:
        out = []
        for c in found:
            mine, theirs = conflicts.authors(station, c)
            out.append(
                {
                    "central_id": c["central_id"],
                    "entity": c["entity"],
                    "entity_id": c["entity_id"],
                    "fields": conflicts.differing_fields(c),
                    "station": asdict(mine),
                    "central": asdict(theirs),
                    "detected_at": c["detected_at"],
                }
            )
        print_json(out)
        return 0
    if not found:
        print("没有未处理的同步冲突")
    for c in found:
        mine, theirs = conflicts.authors(station, c)
        label = c["station_data"].get("case_no") or c["entity_id"]
        print(f"冲突 {c['central_id']}：{c['entity']} {label}（发现于 {_when(c['detected_at'])}）")
        print(f"  本站第 {mine.version} 版：{_author_line(mine)}")
        print(f"  中心第 {theirs.version} 版：{_author_line(theirs)}")
        print(f"  不同的字段：{'、'.join(conflicts.differing_fields(c)) or '无'}")
    if found:
        print("在“同步”页面由中队长或督察对照处理（两个版本逐项选择保留哪一方）")
    return 0


def cmd_key(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.sync import keys

    station = ctx.station()
    print(f"{station.station_id} {keys.public_key_hex(station)}")
    return 0


def cmd_push(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import sync
    from inspector.sync import history

    session = ctx.session()
    conn = connect(args.dsn, ctx, kind="push")
    try:
        report = sync.push(session, conn)
    except sync.SyncError as exc:
        raise _sync_error(exc) from exc
    finally:
        conn.close()
    if args.json:
        print_json(report.__dict__)
    else:
        print(outcome_line(history.last(session.station, "push").attempt))
    return 0


def cmd_pull(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import sync
    from inspector.sync import history, pull

    session = ctx.session()
    conn = connect(args.dsn, ctx, kind="pull")
    try:
        report = pull.pull(session, conn)
    except sync.SyncError as exc:
        raise _sync_error(exc) from exc
    finally:
        conn.close()
    if args.json:
        print_json(report.__dict__)
    else:
        print(outcome_line(history.last(session.station, "pull").attempt))
    return 0


def cmd_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import sync
    from inspector.sync import history

    folder = Path(args.output).expanduser().absolute().parent
    if not folder.is_dir():  # before the login: the removable medium is missing or the path mistyped
        raise UserError(f"文件夹不存在：{folder}（请插入移动介质或先创建该文件夹，再写出同步包）")
    session = ctx.session()
    sync.export_bundle(session, args.output)
    print(outcome_line(history.last(session.station, "export").attempt))
    return 0


def cmd_import_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from db.central import admin
    from inspector import sync
    from inspector.cli.central_cmds import refused_to_non_owner
    from inspector.sync import receipt

    bundle = Path(args.file).expanduser()
    if not bundle.is_file():  # before connecting: a mistyped path is not a network problem
        what = "是文件夹，不是同步包文件" if bundle.is_dir() else "不存在"
        raise UserError(
            f"同步包 {bundle} {what}：请检查路径（站点用 inspector sync bundle -o 文件 写出同步包）"
        )
    conn = connect(args.dsn)
    try:
        with refused_to_non_owner():
            result = sync.import_bundle(conn, args.file)
    except sync.BundleError as exc:
        raise UserError(
            f"{BUNDLE_REASONS.get(exc.reason, exc.reason)}：{exc.detail[:160]}；未导入任何数据"
        ) from exc
    except admin.SetupError as exc:
        raise UserError(SYNC_REASONS["not_set_up"]) from exc
    finally:
        conn.close()
    target = Path(args.receipt).expanduser() if args.receipt else bundle.with_suffix(".receipt")
    try:
        written = receipt.write(result["receipt"], target)
    except OSError as exc:
        # The import stands; importing the same bundle again changes nothing and gives the receipt again.
        raise UserError(
            f"同步包已导入，但回执写不出（{target}：{exc.strerror or exc}）：请用 --receipt 指定可写的位置，"
            "再导入一次同一同步包（不会重复导入）以生成回执"
        ) from exc
    if args.json:
        print_json({**result, "receipt_file": str(written)})
        return 0
    if result["batches"] and result["repeated"] == result["batches"]:
        print(f"该同步包的 {result['batches']} 个批次此前都已导入，本次没有改变任何数据")
    else:
        print(
            f"已导入 {result['batches']} 个批次（其中 {result['repeated']} 个此前已导入），"
            f"新记录 {result['accepted']} 条，新证据文件 {result['files']} 个，冲突 {len(result['conflicts'])} 条"
        )
    print(
        f"回执已写入 {written}（{len(result['receipt']['batches'])} 个批次）：交回站点，"
        "在“同步”页面点“导入回执”或运行 inspector sync import-receipt 回执文件，这些批次即不再待同步"
    )
    return 0


def cmd_import_receipt(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.sync import history, receipt

    session = ctx.session()
    try:
        n = receipt.import_receipt(session, args.file)
    except receipt.ReceiptError as exc:
        raise UserError(
            f"{RECEIPT_REASONS.get(exc.reason, exc.reason)}：{exc.detail[:160]}；未标记任何批次"
        ) from exc
    if args.json:
        print_json(n)
    else:
        print(outcome_line(history.last(session.station, "receipt").attempt))
    return 0
