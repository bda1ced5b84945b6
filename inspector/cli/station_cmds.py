"""Station commands: ``init``, ``demo``, ``check``, ``audit verify``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from db.station import SCHEMA_VERSION
from inspector import text
from inspector.cli.context import Context, UserError, print_json
from inspector.permissions import Action, Role

if TYPE_CHECKING:
    from inspector.station import Station, audit

MAX_DEMO_CASES = 200_000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a station: agency, squads and the first administrator")
    p.add_argument("--agency", required=True, help="执法主体全称")
    p.add_argument("--short-name", default="", help="文号前缀，如 杭上城")
    p.add_argument("--division-code", default="", help="6位行政区划代码")
    p.add_argument(
        "--squad",
        action="append",
        default=[],
        metavar="NAME:CODE",
        help="a squad and its number segment, e.g. 湖滨中队:1 (repeatable)",
    )
    p.add_argument("--station-name", default="", help="name of this station PC (default: the agency's name)")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--admin-name", default="系统管理员", help="display name of the administrator")
    p.add_argument(
        "--number-pattern",
        default=None,
        metavar="PATTERN",
        help="document-number pattern (文号格式), as in the setup wizard; must contain {type}, {year}, {squad}, "
        "{station} and {seq}; default: {agency}{type}字〔{year}〕第{squad}-{station}-{seq}号",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="create or fill a demo station with realistic data")
    p.add_argument("--cases", type=int, default=60, help="number of cases to add (default 60)")
    p.add_argument("--seed", type=int, default=20261121, help="random seed")
    p.add_argument("--no-photos", action="store_true", help="skip generating photo evidence")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="integrity check, audit chain, evidence files and schema version")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--deep",
        action="store_true",
        help="re-hash every evidence file (without it, only files changed since their last check)",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "backup",
        help="write a verified backup: database, evidence, keys and every station file (administrators)",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="the backup file to write (.zip; must not exist), or an existing folder to write "
        "inspector-backup-<station>-<time>.zip into",
    )
    p.add_argument(
        "--scheduled",
        action="store_true",
        help="take the scheduled backup into the configured folder if it is due (FILE ignored)",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup onto an empty data directory")
    p.add_argument("file", metavar="FILE", help="a file written by inspector backup")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("audit", help="the audit chain (执法全过程记录)")
    asub = p.add_subparsers(dest="audit_command", metavar="SUBCOMMAND", required=True)
    v = asub.add_parser("verify", help="recompute the chain and name the first broken event")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_audit_verify)


def _new_password(label: str) -> str:
    password = os.environ.get("INSPECTOR_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UserError("请设置 INSPECTOR_PASSWORD 或在终端中运行以输入密码")
    first = getpass.getpass(f"{label} 的新密码：")
    if first != getpass.getpass("再输入一次："):
        raise UserError("两次输入的密码不一致")
    return first


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import settings as registry
    from inspector.services import org, setup, users
    from inspector.station.paths import DB_FILE, default_data_dir

    squads = []
    for spec in args.squad or ["一中队:1"]:
        name, sep, code = spec.rpartition(":")
        if not sep or not name or not code:
            raise UserError(f"中队格式应为 名称:编号，例如 湖滨中队:1（收到 {spec!r}）")
        squads.append((name, code))
    if args.number_pattern is not None:
        # checked before anything is asked or created, by the same rule as the setup wizard's 文号格式 field
        args.number_pattern = registry.validate("documents.number_pattern", args.number_pattern.strip())
    password = _new_password(args.admin)
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    if (data_dir / DB_FILE).exists():
        station = ctx.station()
        if station.initialised:
            raise UserError(f"{station.data_dir} 已经是一个已初始化的站点")
    with _undo_on_failure(ctx, data_dir):
        station = ctx.station(create=True)
        session = station.system_session()
        with station.db.write():
            name = setup.default_station_name(
                args.station_name, {"name": args.agency, "short_name": args.short_name}
            )
            if name:
                station.db.meta_set(
                    "station_name", text.clean_name(name, field="station_name", label="站点名称")
                )
            agency = org.create_agency(
                session, name=args.agency, short_name=args.short_name, division_code=args.division_code
            )
            for name, code in squads:
                org.create_squad(session, agency_id=agency["id"], name=name, code=code)
            users.add_user(
                session, username=args.admin, display_name=args.admin_name, role=Role.ADMIN, password=password
            )
            if args.number_pattern:
                org.set_setting(session, "documents.number_pattern", args.number_pattern)
    print(
        f"站点已创建：{station.data_dir}（执法主体：{args.agency}，{len(squads)} 个中队，管理员：{args.admin}）"
    )
    return 0


@contextlib.contextmanager
def _undo_on_failure(ctx: Context, data_dir: Path) -> Iterator[None]:
    """A refused ``init`` leaves nothing behind: what this run created (folder, database) is removed again."""
    from inspector.station.paths import DB_FILE

    existed = data_dir.exists()
    before = set(data_dir.iterdir()) if existed and data_dir.is_dir() else set()
    had_db = (data_dir / DB_FILE).exists()
    try:
        yield
    except BaseException:
        ctx.close()
        if not had_db:
            if not existed:
                shutil.rmtree(data_dir, ignore_errors=True)
            else:
                for p in set(data_dir.iterdir()) - before:
                    shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        raise


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from inspector import demo

    if not 0 <= args.cases <= MAX_DEMO_CASES:
        raise UserError(f"--cases 应在 0 到 {MAX_DEMO_CASES} 之间（收到 {args.cases}）")
    station = ctx.station(create=True)
    if station.initialised and not station.is_demo:
        raise UserError(f"{station.data_dir} 是正式站点，不能填充演示数据")
    report = demo.fill(
        station, cases=args.cases, seed=args.seed, photos=not args.no_photos, progress=_progress_printer()
    )
    print(
        f"演示站点：{station.data_dir}，新增案件 {report['cases']} 件，"
        f"现有案件共 {report['total_cases']} 件，照片 {report['photos']} 张"
    )
    for cred in report["credentials"]:
        print(f"  {cred['role_label']}: {cred['username']} / {cred['password']}")
    return 0


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return progress


def _verify(ctx: Context) -> tuple[list[audit.Break], Station]:
    station = ctx.station()
    return station.audit_verify(), station


def cmd_audit_verify(args: argparse.Namespace, ctx: Context) -> int:
    breaks, station = _verify(ctx)
    events = station.db.scalar("SELECT count(*) FROM audit_events")
    if args.json:
        print_json({"ok": not breaks, "events": events, "breaks": [b.__dict__ for b in breaks]})
    elif not breaks:
        print(f"审计链完整：{events} 个事件，全部记录与最后一次审计摘要一致")
    if breaks:
        first = breaks[0]
        if not args.json:
            for b in breaks[:20]:
                print(
                    f"  [{b.kind}] 事件 {b.seq if b.seq is not None else '-'} {b.entity} {b.entity_id}: {b.detail}"
                )
        raise UserError(
            f"审计链被破坏：共 {len(breaks)} 处，第一处在事件 "
            f"{first.seq if first.seq is not None else '-'}（{first.kind}: {first.entity} "
            f"{first.entity_id} {first.detail}）"
        )
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    station = ctx.station()
    integrity = station.db.integrity_check()
    breaks = station.audit_verify()
    version = station.db.schema_version()
    from inspector.services import evidence

    files = evidence.verify_files(station, deep=args.deep)
    report = {
        "data_dir": str(station.data_dir),
        "schema_version": version,
        "supported_schema_version": SCHEMA_VERSION,
        "integrity": integrity or ["ok"],
        "audit_breaks": len(breaks),
        "first_audit_break": breaks[0].__dict__ if breaks else None,
        "audit_events": station.db.scalar("SELECT count(*) FROM audit_events"),
        "pending_sync": station.pending_sync_count(),
        "evidence_files": {k: len(v) for k, v in files.items()},
        "evidence_deep": args.deep,
    }
    bad_files = files["missing_files"] + files["size_mismatch"] + files["altered"]
    if args.json:
        print_json(report)
    else:
        print(f"数据目录：{station.data_dir}")
        print(f"架构版本：{version}（本程序支持 {SCHEMA_VERSION}）")
        print(f"SQLite 完整性：{'正常' if not integrity else '; '.join(integrity[:5])}")
        print(
            f"审计链：{'完整' if not breaks else f'{len(breaks)} 处破坏'}（{report['audit_events']} 个事件）"
        )
        checked = (
            "哈希一致（全部重新计算）"
            if args.deep
            else f"与上次核验一致（{len(files['rehashed'])} 个有变动，已重新计算哈希）"
        )
        print(
            f"证据文件：{'全部存在且' + checked if not bad_files else f'{len(bad_files)} 个有问题'}"
            + (
                f"；另有 {len(files['orphan_files'])} 个未登记文件（中断的导入留下，管理员可运行 "
                "inspector evidence check --clean 清理）"
                if files["orphan_files"]
                else ""
            )
        )
        print(f"待同步记录：{report['pending_sync']}")
    if integrity:
        raise UserError(f"数据库完整性检查失败：{integrity[0]}")
    if breaks:
        b = breaks[0]
        raise UserError(
            f"审计链被破坏：共 {len(breaks)} 处，第一处在事件 {b.seq if b.seq is not None else '-'}"
            f"（{b.kind}: {b.entity} {b.entity_id} {b.detail}）"
        )
    if bad_files:
        kinds = [
            (files["missing_files"], "文件缺失"),
            (files["size_mismatch"], "大小与登记不符"),
            (files["altered"], "内容哈希与登记不符"),
        ]
        sha, what = next((v[0], label) for v, label in kinds if v)
        rows = evidence.describe_files(station, [sha])
        name = f"{rows[0]['filename']}（证据 {rows[0]['id']}，{sha[:16]}…）" if rows else f"{sha[:16]}…"
        raise UserError(f"证据文件有问题：共 {len(bad_files)} 个，例如 {name} {what}")
    _ = Action  # permissions: check and verify are read-only integrity reports open to the station operator
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import backup

    session = ctx.session()
    if args.scheduled:
        session.require(Action.BACKUP_RUN)
        scheduled = backup.run_scheduled(session.station)
        if scheduled is None:
            plan = backup.schedule(session.station)
            print("未启用定时备份" if not plan.enabled else f"定时备份未到期（上次：{plan.last_at}）")
            return 0
        print(f"定时备份已写入并校验：{scheduled.path}")
        return 0
    if not args.file:
        raise UserError("请指定备份文件，例如 inspector backup D:/备份/station.zip")
    report = backup.backup(session, args.file, progress=_progress_printer())
    print(
        f"备份已写入并校验：{report.path}（{report.size / 1e6:.1f} MB，数据库 + {report.files} 个文件，"
        f"架构版本 {report.schema_version}）"
    )
    if report.altered_evidence:
        print(
            f"注意：{len(report.altered_evidence)} 个证据文件的内容与其哈希不符（已按现状备份），"
            f"例如 {report.altered_evidence[0][:16]}…；请运行 inspector check --deep",
            file=sys.stderr,
        )
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import backup
    from inspector.station.paths import default_data_dir

    target = args.data_dir or str(default_data_dir())
    report = backup.restore(args.file, target, progress=_progress_printer())
    print(
        f"已恢复到 {report.data_dir}：数据库（架构版本 {report.schema_version}）+ {report.files} 个文件，"
        f"备份时间 {report.created_at}；建议运行 inspector check --deep"
    )
    return 0
