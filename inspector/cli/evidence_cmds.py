"""Evidence commands: ``evidence add`` (files or a camera card folder) with a per-file report, ``evidence check``.

``evidence add`` exits 0 when every file was accepted and 1 when any was rejected (the others are imported).
"""

from __future__ import annotations

import argparse
import sys

from inspector.cli.context import Context, UserError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evidence", help="photo, video and audio evidence")
    esub = p.add_subparsers(dest="evidence_command", metavar="SUBCOMMAND", required=True)
    a = esub.add_parser("add", help="import files or folders (a camera card) as evidence")
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--inspection", help="inspection id")
    target.add_argument("--case", help="case id")
    a.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)
    c = esub.add_parser(
        "check",
        help="every stored file has its row and every row its file, with the bytes it "
        "was stored with; --clean removes what an interrupted import left",
    )
    c.add_argument(
        "--verify-hashes",
        action="store_true",
        help="re-hash every stored file (without it, only files changed since their last check)",
    )
    c.add_argument(
        "--clean",
        action="store_true",
        help="delete what an interrupted import left (administrators; needs --user)",
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_check)


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import evidence

    session = ctx.session()
    missing = [p for p in args.paths if not __import__("os").path.lexists(p)]
    if missing:
        raise UserError(f"找不到文件或文件夹：{', '.join(missing)}")

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    report = evidence.add_evidence(
        session, inspection_id=args.inspection, case_id=args.case, paths=args.paths, progress=progress
    )
    if args.json:
        print_json(report.as_dict())
    else:
        for r in report.results:
            mark = "✓" if r.status == "accepted" else "✗"
            extra = f"  {r.sha256[:12]}  {r.taken_at or ''}" if r.sha256 else ""
            print(f"{mark} {r.message}{extra}")
        print(f"导入 {len(report.accepted)} 个，拒收 {len(report.rejected)} 个")
    return 0 if not report.rejected else 1


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.permissions import Action
    from inspector.services import evidence

    if args.clean:
        # Cleaning deletes files from the data directory: an administrator's decision.
        ctx.session().require(Action.FILES_DELETE)
    station = ctx.station()
    recovered = evidence.recover(station) if args.clean else {"temp_files": 0, "orphans": 0}
    result = evidence.verify_files(station, deep=args.verify_hashes)
    bad = result["missing_files"] + result["size_mismatch"] + result["altered"]
    leftovers = result["orphan_files"]
    ok = not bad and not leftovers
    named = evidence.describe_files(station, bad)
    if args.json:
        print_json(
            {"ok": ok, "recovered": recovered, **result, "bad_hashes": result["altered"], "bad_files": named}
        )
    else:
        if args.clean:
            print(
                f"清理中断的导入：临时文件 {recovered['temp_files']} 个，无记录的文件 {recovered['orphans']} 个"
            )
        print(
            f"缺少文件的记录：{len(result['missing_files'])}；大小不符：{len(result['size_mismatch'])}；"
            f"内容被改动：{len(result['altered'])}；无记录的文件：{len(leftovers)}"
            f"（本次重新计算哈希 {len(result['rehashed'])} 个）"
        )
        labels = {
            **dict.fromkeys(result["missing_files"], "文件缺失"),
            **dict.fromkeys(result["size_mismatch"], "大小与登记不符"),
            **dict.fromkeys(result["altered"], "内容与登记的哈希不符"),
        }
        for r in named[:50]:
            where = f"检查 {r['inspection_id']}" if r["inspection_id"] else f"案件 {r['case_id']}"
            print(
                f"  ✗ {r['filename']}（{where}，证据 {r['id']}，{r['sha256'][:16]}…）：{labels[r['sha256']]}"
            )
        if leftovers and not args.clean:
            print(
                "  有无记录的文件（中断的导入留下）：管理员可运行 inspector --user 管理员 evidence check --clean 清理"
            )
        print("证据库完好" if ok else "证据库有问题")
    return 0 if ok else 1
