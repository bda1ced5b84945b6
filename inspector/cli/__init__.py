"""The ``inspector`` command: no arguments starts the GUI; subcommands run station tasks.

Exit codes: 0 success, 1 a user error (one line on stderr saying what is wrong), 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from inspector.cli.context import Context, UserError, describe_error
from inspector.errors import Error as DomainError

# Each module has ``register(subparsers)`` adding its commands with ``set_defaults(func=...)``.
COMMAND_MODULES = (
    "inspector.cli.station_cmds",
    "inspector.cli.user_cmds",
    "inspector.cli.sync_cmds",
    "inspector.cli.central_cmds",
    "inspector.cli.case_cmds",
    "inspector.cli.evidence_cmds",
    "inspector.cli.standards_cmds",
    # Attaches ``case show|advance`` to the ``case`` group if an earlier module created it; keep it last.
    "inspector.cli.workflow_cmds",
    "inspector.cli.doc_cmds",
)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="station data directory (default: $INSPECTOR_DATA or the user data dir)")
    parser.add_argument("--user", help="log in as this user (default: $INSPECTOR_USER); password from "
                                       "$INSPECTOR_PASSWORD or a prompt")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector", description="城管执法现场检查与案件系统")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _gui_only(argv: list[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` names no command (start the GUI), else None.

    Starting the GUI is the common case; it should not pay for importing every command module.
    """
    quick = argparse.ArgumentParser(add_help=False)
    _global_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui = _gui_only(argv)
    if gui is not None:
        from inspector.__main__ import start_gui  # the composition root is the only place that starts Qt
        return start_gui(gui.data_dir)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from inspector.__main__ import start_gui
        return start_gui(args.data_dir)
    ctx = Context(args)
    try:
        return int(args.func(args, ctx) or 0)
    except UserError as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return 1
    except DomainError as exc:
        print(f"inspector: {describe_error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("inspector: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()
