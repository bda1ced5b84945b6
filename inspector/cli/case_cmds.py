"""Case commands: ``case list`` (search and filters).

The ``case`` group is shared: this module creates it and registers ``list``; other modules add their own
subcommands (``case show``, …) with :func:`case_subparsers`, which returns the group's subparsers action
whichever module registers first::

    def register(sub):
        csub = case_cmds.case_subparsers(sub)
        csub.add_parser("show", ...)
"""

from __future__ import annotations

import argparse
import datetime as dt

from inspector.cli.context import Context, UserError, print_json, print_table


def case_subparsers(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The ``case`` group's subparsers (created on first call for this top-level parser).

    Found through the parser itself, never cached by ``id()``: a later parser can reuse a freed one's id.
    """
    existing = sub.choices.get("case")
    if existing is None:
        existing = sub.add_parser("case", help="cases: list, search, show")
    found = [a for a in existing._actions if isinstance(a, argparse._SubParsersAction)]
    return (
        found[0]
        if found
        else existing.add_subparsers(dest="case_command", metavar="SUBCOMMAND", required=True)
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def register(sub: argparse._SubParsersAction) -> None:
    csub = case_subparsers(sub)
    ls = csub.add_parser("list", help="list or search cases")
    ls.add_argument(
        "--search", default="", help="text in party name/ID, address, matter, case or document number"
    )
    ls.add_argument("--state", action="append", default=[], help="case state (repeatable), e.g. filed")
    ls.add_argument("--squad", action="append", default=[], help="squad code (repeatable)")
    ls.add_argument("--from", dest="date_from", type=_date, help="clue date from (YYYY-MM-DD)")
    ls.add_argument("--to", dest="date_to", type=_date, help="clue date to (YYYY-MM-DD, inclusive)")
    ls.add_argument("--matter", default="", help="matter code")
    ls.add_argument(
        "--deadline",
        default="",
        choices=["", "overdue", "due_soon", "running", "none"],
        help="decision deadline state (Art. 60)",
    )
    ls.add_argument("--sort", default="clue_at", choices=["clue_at", "case_no", "state"])
    ls.add_argument("--asc", action="store_true", help="ascending order (default newest first)")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import cases

    session = ctx.session()
    squad_ids = []
    for code in args.squad:
        sid = session.db.scalar("SELECT id FROM squads WHERE code = ?", (code,))
        if sid is None:
            raise UserError(f"没有编号为 {code} 的中队")
        squad_ids.append(sid)
    flt = cases.CaseFilter(
        search=args.search,
        states=tuple(args.state),
        squad_ids=tuple(squad_ids),
        date_from=args.date_from,
        date_to=args.date_to,
        matter_code=args.matter,
        deadline=args.deadline,
    )
    page = cases.list_cases(
        session, flt, sort=args.sort, descending=not args.asc, limit=min(max(1, args.limit), 100_000)
    )
    keys = (
        "id",
        "case_no",
        "state",
        "state_label",
        "procedure",
        "squad_name",
        "party_name",
        "matter_name",
        "address",
        "clue_at",
        "filed_at",
        "decision_due",
        "decision_due_provisional",
    )
    rows = [{k: r.get(k) for k in keys} for r in page.rows]
    if args.json:
        print_json({"total": cases.count_cases(session, flt), "cases": rows})
    else:
        print_table(rows, ["case_no", "state_label", "squad_name", "party_name", "matter_name", "clue_at"])
    return 0
