"""Account commands: ``user add|passwd|list|unlock``."""

from __future__ import annotations

import argparse

from inspector.cli.context import Context, print_json, print_table
from inspector.cli.station_cmds import _new_password
from inspector.permissions import ROLE_LABELS, Role


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="accounts and roles")
    usub = p.add_subparsers(dest="user_command", metavar="SUBCOMMAND", required=True)
    a = usub.add_parser("add", help="create an account (administrator)")
    a.add_argument("username")
    a.add_argument("--name", required=True, help="display name")
    a.add_argument("--role", required=True, choices=[r.value for r in Role])
    a.add_argument("--squad", help="squad code (officers and squad leaders)")
    a.add_argument("--officer-cert", help="link to the officer with this certificate number")
    a.add_argument("--legal-qualification", action="store_true", help="holds 法律职业资格")
    a.set_defaults(func=cmd_add)
    pw = usub.add_parser("passwd", help="set a password (yours, or anyone's as administrator)")
    pw.add_argument("username")
    pw.set_defaults(func=cmd_passwd)
    ls = usub.add_parser("list", help="list accounts")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    un = usub.add_parser("unlock", help="unlock an account locked by failed logins (administrator)")
    un.add_argument("username")
    un.set_defaults(func=cmd_unlock)


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.cli.context import UserError
    from inspector.services import users

    session = ctx.session()
    squad_id = officer_id = None
    if args.squad:
        squad_id = session.db.scalar("SELECT id FROM squads WHERE code = ?", (args.squad,))
        if squad_id is None:
            raise UserError(f"没有编号为 {args.squad} 的中队")
    if args.officer_cert:
        officer_id = session.db.scalar(
            "SELECT id FROM officers WHERE cert_no = ?", (args.officer_cert.upper(),)
        )
        if officer_id is None:
            raise UserError(f"没有执法证号为 {args.officer_cert} 的执法人员")
    import os

    password = os.environ.get("INSPECTOR_NEW_PASSWORD") or _new_password(args.username)
    row = users.add_user(
        session,
        username=args.username,
        display_name=args.name,
        role=args.role,
        password=password,
        squad_id=squad_id,
        officer_id=officer_id,
        has_legal_qualification=args.legal_qualification,
    )
    print(f"已创建用户 {row['username']}（{ROLE_LABELS[Role(row['role'])]}）")
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: Context) -> int:
    import os

    from inspector.services import users

    session = ctx.session()
    new = os.environ.get("INSPECTOR_NEW_PASSWORD") or _new_password(args.username)
    old = os.environ.get("INSPECTOR_PASSWORD") if args.username == session.user.username else None
    users.set_password(session, username=args.username, new_password=new, old_password=old)
    print(f"已更新 {args.username} 的密码")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import users

    rows = users.list_users(ctx.session())
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            r["role_label"] = ROLE_LABELS[Role(r["role"])]
        print_table(rows, ["username", "display_name", "role_label", "active", "locked_until"])
    return 0


def cmd_unlock(args: argparse.Namespace, ctx: Context) -> int:
    from inspector.services import users

    users.unlock(ctx.session(), username=args.username)
    print(f"已解锁 {args.username}")
    return 0
