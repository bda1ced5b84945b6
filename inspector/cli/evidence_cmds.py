"""Evidence commands: ``evidence add`` (files or a camera card folder) with a per-file report."""

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
