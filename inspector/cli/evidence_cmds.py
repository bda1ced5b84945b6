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
    c = esub.add_parser("check", help="every stored file has its row and every row its file; clean up an "
                                      "interrupted import")
    c.add_argument("--verify-hashes", action="store_true", help="also re-hash every stored file")
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

    report = evidence.add_evidence(session, inspection_id=args.inspection, case_id=args.case, paths=args.paths,
                                   progress=progress)
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
    from inspector.services import evidence
    station = ctx.station()
    recovered = evidence.recover(station)
    result = evidence.check_store(station)
    bad_hashes: list[str] = []
    if args.verify_hashes:
        st = evidence.store(station)
        bad_hashes = sorted(h for h in st.hashes() if not st.verify(h))
    ok = not result["missing_files"] and not result["orphan_files"] and not bad_hashes
    if args.json:
        print_json({"ok": ok, "recovered": recovered, **result, "bad_hashes": bad_hashes})
    else:
        print(f"清理中断的导入：临时文件 {recovered['temp_files']} 个，无记录的文件 {recovered['orphans']} 个")
        print(f"缺少文件的记录：{len(result['missing_files'])}；无记录的文件：{len(result['orphan_files'])}"
              + (f"；哈希不符：{len(bad_hashes)}" if args.verify_hashes else ""))
        print("证据库完好" if ok else "证据库有问题")
    return 0 if ok else 1
