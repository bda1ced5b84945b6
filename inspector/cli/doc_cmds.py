"""Legal document commands: ``doc print|list|verify|void|casefile|types``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from inspector.cli.context import Context, UserError, print_json, print_table, read_json_file

STATUS_WORDS = {
    "genuine": "genuine（真实：与登记簿一致）",
    "altered": "altered（已被改动）",
    "unknown": "unknown（无法识别：登记簿中没有）",
    "other_station": "other_station（本机关其他站点出具，本站无法核对）",
    "qr_only": "qr_only（二维码真实，内容须人工核对）",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doc", help="legal documents (执法文书): print, list, verify, void, case file")
    dsub = p.add_subparsers(dest="doc_command", metavar="SUBCOMMAND", required=True)
    pr = dsub.add_parser("print", help="issue a document of a case and write its PDF")
    pr.add_argument("--case", required=True, help="case id or case number (案号)")
    pr.add_argument("--type", required=True, dest="doc_type", help="document type (see: inspector doc types)")
    pr.add_argument("-o", "--output", required=True, help="PDF file to write")
    pr.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a field value (repeatable), e.g. --field facts=…",
    )
    pr.add_argument("--fields-json", metavar="FILE", help="JSON object of field values")
    pr.add_argument(
        "--substitute-missing",
        action="store_true",
        help="print 〓 for characters the font lacks instead of refusing",
    )
    pr.set_defaults(func=cmd_print)
    ls = dsub.add_parser("list", help="documents issued for a case")
    ls.add_argument("--case", required=True)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    ve = dsub.add_parser(
        "verify",
        help="check a PDF (visible text, QR, file digest) or scanned QR text against "
        "the register: genuine, altered (naming what differs), other station, unknown",
    )
    ve.add_argument("source", metavar="FILE_OR_TEXT", nargs="?")
    ve.add_argument("--qr", metavar="TEXT", help="the text of a scanned QR code: shows the registered facts")
    ve.add_argument("--json", action="store_true")
    ve.set_defaults(func=cmd_verify)
    vo = dsub.add_parser("void", help="void a document number (stays in the register with the reason)")
    vo.add_argument("number")
    vo.add_argument("--reason", required=True)
    vo.set_defaults(func=cmd_void)
    cf = dsub.add_parser("casefile", help="the case file (案卷) of a case as one PDF")
    cf.add_argument("--case", required=True)
    cf.add_argument("-o", "--output", required=True)
    cf.set_defaults(func=cmd_casefile)
    ty = dsub.add_parser("types", help="document types and their required fields")
    ty.add_argument("--json", action="store_true")
    ty.set_defaults(func=cmd_types)


def _case_id(session: Any, key: str) -> str:
    row = session.db.query_one("SELECT id FROM cases WHERE id = ? OR case_no = ?", (key, key))
    if row is None:
        raise UserError(f"没有案件 {key}")
    return row["id"]


def _write(path: str, data: bytes) -> None:
    target = Path(path)
    if not target.parent.exists():
        raise UserError(f"目录不存在：{target.parent}")
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def _extra(args: argparse.Namespace) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if args.fields_json:
        loaded = read_json_file(args.fields_json, what="字段文件")
        if not isinstance(loaded, dict):
            raise UserError("字段文件必须是一个 JSON 对象")
        extra.update(loaded)
    for item in args.field:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--field 应写成 KEY=VALUE：{item}")
        extra[key.strip()] = value
    return extra


def cmd_print(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import documents

    session = ctx.session()
    issued = documents.issue_document(
        session,
        _case_id(session, args.case),
        args.doc_type,
        _extra(args),
        substitute_missing=args.substitute_missing,
    )
    _write(args.output, documents.pdf_bytes(session, issued.id))
    print(f"已出具 {issued.number} → {args.output}")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import documents

    session = ctx.session()
    rows = documents.list_documents(session, _case_id(session, args.case))
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["number", "title", "issued_at", "issued_by", "status"])
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    from exports import qr
    from inspector.services import documents

    station = ctx.station()
    source: Path | str
    if args.qr:
        source = args.qr
    elif args.source:
        # Scanned QR text is recognised by its form; anything else names a file, so a mistyped file name is
        # reported as a missing file, not as a QR code of another system.
        source = args.source if qr.parse(args.source) is not None else Path(args.source)
    else:
        raise UserError("请给出 PDF 文件或 --qr 扫描出的二维码内容")
    if isinstance(source, Path):
        result = documents.verify_file(station, source)
    else:
        result = documents.verify(station, source)
    if args.json:
        shown = {k: v for k, v in result.__dict__.items() if not k.endswith("_parts")}  # the UI's templates
        print_json({**shown, "facts": [list(f) for f in result.facts]})
    else:
        print(STATUS_WORDS[result.status])
        if result.number:
            print(f"文号：{result.number}")
        print(result.detail)
        for line in result.differences:
            print(f"  不一致：{line}")
        if result.voided:
            print(f"注意：该文号已作废（{result.void_reason}）")
        if result.facts and (isinstance(source, str) or result.status != "genuine"):
            print("登记内容（请与纸质文书核对）：")
            for label, value in result.facts:
                print(f"  {label}：{value}")
    return 0 if result.status == "genuine" else 1


def cmd_void(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import documents

    row = documents.void_number(ctx.session(), args.number, reason=args.reason)
    print(f"已作废 {row['number']}：{row['void_reason']}")
    return 0


def cmd_casefile(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import documents

    session = ctx.session()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr)

    pdf = documents.casefile(session, _case_id(session, args.case), progress=progress)
    print(file=sys.stderr)
    _write(args.output, pdf)
    print(f"案卷已写入 {args.output}")
    return 0


def cmd_types(args: argparse.Namespace, ctx: Context) -> int:
    from exports.documents import TYPES

    rows = [
        {
            "type": k,
            "title": d.title,
            "code": d.type_code,
            "required": [f.key for f in d.fields if f.required],
        }
        for k, d in TYPES.items()
    ]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['type']:<24}{r['title']}（{r['code']}）")
    return 0
