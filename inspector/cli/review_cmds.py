"""``inspector review|casefile|publicity``: the legal reviewer's desk from a shell.

inspector review queue [--json]
inspector review decide CASE --verdict agree|agree_modified|return|disagree [--comment TEXT] [--checked]
inspector review opinion CASE
inspector casefile score CASE [--json] [--mock] [--dry-run]
inspector casefile summary [--since DATE] [--json]
inspector publicity list [--json]
inspector publicity sign CASE
inspector publicity export [--since DATE] -o DIR
inspector publicity published CASE [--on DATE]
inspector publicity withdraw CASE [--reason TEXT] [--on DATE]
"""

from __future__ import annotations

from inspector.cli.context import UserError, print_json, print_table


def register(sub) -> None:
    rv = sub.add_parser("review", help="法制审核")
    rs = rv.add_subparsers(dest="review_command", metavar="SUBCOMMAND", required=True)
    q = rs.add_parser("queue", help="待法制审核的案件（期限最早的在前）")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_queue)
    d = rs.add_parser("decide", help="给出审核结论")
    d.add_argument("case_id")
    d.add_argument(
        "--verdict",
        required=True,
        choices=("agree", "agree_modified", "return", "disagree"),
        help="同意 / 修改后同意 / 退回补充调查 / 不同意",
    )
    d.add_argument("--comment", default="", help="审核意见（除同意外必填）")
    d.add_argument("--checked", action="store_true", help="人工审核项目已逐项核对")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=_decide)
    o = rs.add_parser("opinion", help="生成法制审核意见书（PDF）")
    o.add_argument("case_id")
    o.set_defaults(func=_opinion)

    cf = sub.add_parser("casefile", help="案卷评查")
    cs = cf.add_subparsers(dest="casefile_command", metavar="SUBCOMMAND", required=True)
    s = cs.add_parser("score", help="评查一个案卷（未结案件为模拟评查）")
    s.add_argument("case_id")
    s.add_argument("--mock", action="store_true", help="模拟评查")
    s.add_argument("--dry-run", action="store_true", help="只计算，不保存")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_score)
    sm = cs.add_parser("summary", help="各中队评查汇总")
    sm.add_argument("--since")
    sm.add_argument("--json", action="store_true")
    sm.set_defaults(func=_summary)

    pb = sub.add_parser("publicity", help="执法公示")
    ps = pb.add_subparsers(dest="publicity_command", metavar="SUBCOMMAND", required=True)
    ls = ps.add_parser("list", help="公示记录")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_plist)
    sg = ps.add_parser("sign", help="审签隐私处理后的公示记录")
    sg.add_argument("case_id")
    sg.set_defaults(func=_psign)
    ex = ps.add_parser("export", help="导出公示包（CSV 与隐私处理后的决定书 PDF）")
    ex.add_argument("--since", help="只导出该日期及以后作出的决定（YYYY-MM-DD）")
    ex.add_argument("-o", "--output", required=True, help="输出目录")
    ex.set_defaults(func=_pexport)
    pu = ps.add_parser("published", help="登记门户网站公示日期")
    pu.add_argument("case_id")
    pu.add_argument("--on", help="公示日期（默认今天）")
    pu.set_defaults(func=_ppublished)
    wd = ps.add_parser("withdraw", help="撤下已公示的决定（决定被变更、撤销或确认违法、无效后）")
    wd.add_argument("case_id")
    wd.add_argument("--reason", default="", help="公开说明的理由（默认沿用登记决定变更/撤销时的原因）")
    wd.add_argument("--on", help="撤下日期（默认今天）")
    wd.set_defaults(func=_pwithdraw)


def _queue(args, ctx) -> int:
    from inspector.services import review

    rows = review.queue(ctx.session())
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [{**r, "reasons": "；".join(r["reasons"])} for r in rows],
        ("due", "status", "case_no", "matter_name", "party_name", "reasons"),
    )
    return 0


def _decide(args, ctx) -> int:
    from inspector.services import review

    ticks = {code: True for code, _ in review.MANUAL_ITEMS} if args.checked else None
    event = review.decide(ctx.session(), args.case_id, args.verdict, args.comment, ticks=ticks)
    if args.json:
        print_json(event)
    else:
        print(
            f"已记录审核结论：{review.VERDICTS[args.verdict]}（{event['from_state']} → {event['to_state']}）"
        )
    return 0


def _opinion(args, ctx) -> int:
    from inspector.services import review_opinion

    issued = review_opinion.issue(ctx.session(), args.case_id)
    if issued.earlier:
        print(f"本次审核的法制审核意见书已于此前出具（{issued.number}），未另行编号：{issued.path}")
    else:
        print(f"已生成法制审核意见书 {issued.number}：{issued.path}")
    return 0


def _score(args, ctx) -> int:
    from inspector.services import casefile_eval

    result = casefile_eval.evaluate(
        ctx.session(), args.case_id, mock=True if args.mock else None, save=not args.dry_run
    )
    if args.json:
        print_json(result)
        return 0
    print(
        f"{'模拟' if result['mock'] else ''}评查：{result['total_score']:g}分，{result['grade']}"
        + ("（否决项）" if result["veto"] else "")
    )
    print_table(
        [i for i in result["items"] if i["hit"] or i["deduction"]], ("code", "label", "deduction", "note")
    )
    return 0


def _summary(args, ctx) -> int:
    from inspector.services import casefile_eval

    rows = casefile_eval.summary(ctx.session(), since=args.since)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ("squad_name", "count", "average", "excellent_share", "failed"))
    return 0


def _plist(args, ctx) -> int:
    from inspector.services import publicity

    rows = publicity.records(ctx.session())
    if args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            (
                "due_date",
                "state_label",
                "decision_number",
                "party_name",
                "matter_name",
                "published_at",
                "withdraw_due",
            ),
        )
    return 0


def _record_id(session, case_id: str) -> str:
    from inspector.services import publicity

    publicity.draft_all(session)
    return publicity.for_case(session, case_id)["id"]


def _psign(args, ctx) -> int:
    from inspector.services import publicity

    session = ctx.session()
    publicity.sign_off(session, _record_id(session, args.case_id))
    print("已审签公示记录")
    return 0


def _pexport(args, ctx) -> int:
    from inspector.services import publicity

    if args.since:
        import datetime as dt

        try:
            dt.date.fromisoformat(args.since)
        except ValueError:
            raise UserError(f"--since 应为 YYYY-MM-DD：{args.since}") from None
    result = publicity.export(ctx.session(), args.output, since=args.since)
    print(f"已导出 {result['count']} 条公示记录到 {args.output}")
    return 0


def _ppublished(args, ctx) -> int:
    from inspector.services import publicity

    session = ctx.session()
    publicity.mark_published(session, _record_id(session, args.case_id), args.on)
    print("已登记公示日期")
    return 0


def _pwithdraw(args, ctx) -> int:
    from inspector.services import publicity

    session = ctx.session()
    row = publicity.withdraw(session, _record_id(session, args.case_id), args.reason, args.on)
    print(f"已撤下公示（{row['withdrawn_at']}，期限 {row['withdraw_due']}）：{row['withdraw_reason']}")
    return 0
