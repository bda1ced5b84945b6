"""``inspector standards import|export|list``: the discretion-benchmark catalogue (裁量基准)."""

from __future__ import annotations

import json
from pathlib import Path

from inspector.cli.context import print_json, print_table, read_json_file
from inspector.services import standards


def register(sub) -> None:
    p = sub.add_parser("standards", help="裁量基准目录：导入、导出、列出")
    s = p.add_subparsers(dest="standards_command", metavar="SUBCOMMAND", required=True)
    imp = s.add_parser("import", help="导入一个裁量基准版本（有任何错误则全部不导入）")
    imp.add_argument("file")
    imp.set_defaults(func=_import)
    exp = s.add_parser("export", help="导出裁量基准（默认：今天生效的版本）")
    exp.add_argument("--catalogue")
    exp.add_argument("--version", dest="cat_version")
    exp.add_argument("--output", "-o", help="输出文件（默认标准输出）")
    exp.set_defaults(func=_export)
    ls = s.add_parser("list", help="列出已有的裁量基准版本")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)


def _read(path: str):
    return read_json_file(path, what="裁量基准文件")


def _import(args, ctx) -> int:
    session = ctx.session()
    data = _read(args.file)
    from inspector.errors import ValidationError

    try:
        row = standards.import_catalogue(session, data)
    except ValidationError as exc:
        import sys

        print(f"inspector: 裁量基准有{len(exc.problems)}处错误，未导入任何内容：", file=sys.stderr)
        for p in exc.problems:
            print(f"  {p.field}: {p.message}", file=sys.stderr)
        return 1
    print(f"已导入裁量基准 {row['catalogue']} 版本 {row['cat_version']}（自 {row['effective_from']} 起生效）")
    return 0


def _export(args, ctx) -> int:
    session = ctx.session()
    payload = standards.export_catalogue(session, catalogue=args.catalogue, version=args.cat_version)
    text = json.dumps(payload, ensure_ascii=False, indent=1)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"已导出到 {args.output}")
    else:
        print(text)
    return 0


def _list(args, ctx) -> int:
    rows = standards.list_catalogues(ctx.session())
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ("catalogue", "version", "effective_from", "effective_to", "items", "origin"))
    return 0
