"""The ``inspector`` command: no arguments starts the GUI; subcommands run station tasks.

Exit codes: 0 success, 1 a user error (one line on stderr saying what is wrong), 2 bad usage.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from inspector.cli.context import Context

# The command plumbing (inspector.cli.context and the station behind it) is imported when a command runs:
# starting the GUI, the common case, should not pay for it before its first window.

# Each module has ``register(subparsers)`` adding its commands with ``set_defaults(func=...)``.
COMMAND_MODULES = (
    "inspector.cli.station_cmds",
    "inspector.cli.user_cmds",
    "inspector.cli.device_cmds",
    "inspector.cli.sync_cmds",
    "inspector.cli.central_cmds",
    "inspector.cli.case_cmds",
    "inspector.cli.evidence_cmds",
    "inspector.cli.standards_cmds",
    # Attaches ``case show|advance`` to the ``case`` group if an earlier module created it; keep it last.
    "inspector.cli.workflow_cmds",
    "inspector.cli.doc_cmds",
    "inspector.cli.review_cmds",
    "inspector.cli.rating_cmds",
)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", help="station data directory (default: $INSPECTOR_DATA or the user data dir)"
    )
    parser.add_argument(
        "--user",
        help="log in as this user (default: $INSPECTOR_USER); password from $INSPECTOR_PASSWORD or a prompt",
    )


def _parser(**kwargs: Any) -> argparse.ArgumentParser:
    """An argparse parser whose usage errors are one line (exit 2), like every other failure of the command.

    argparse (with gettext, locale and shutil behind it) is imported only when a command is parsed.
    """
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str):  # type: ignore[override]
            self.exit(2, f"{self.prog}: {message}（{self.prog} --help 查看用法）\n")

    return _Parser(**kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = _parser(prog="inspector", description="城管执法现场检查与案件系统")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _gui_only(argv: list[str]) -> argparse.Namespace | SimpleNamespace | None:
    """The global options when ``argv`` names no command (start the GUI), else None.

    Starting the GUI is the common case; it should not pay for importing every command module, nor argparse
    for the plain ``inspector [--data-dir DIR] [--user NAME]`` a shortcut runs.
    """
    found: dict[str, str | None] = {"data_dir": None, "user": None}
    rest = list(argv)
    while rest:
        name, eq, value = rest.pop(0).partition("=")
        key = {"--data-dir": "data_dir", "--user": "user"}.get(name)
        if key is None or (not eq and (not rest or rest[0].startswith("-"))):
            break
        found[key] = value if eq else rest.pop(0)
    else:
        return SimpleNamespace(**found)
    quick = _parser(add_help=False)
    _global_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def _not_utf8(argv: Sequence[str]) -> str | None:
    """The first argument (or login variable) that is not valid UTF-8 text, as the shell gave it."""
    named = [(a, a) for a in argv] + [
        (f"${k}", os.environ.get(k, "")) for k in ("INSPECTOR_USER", "INSPECTOR_DATA")
    ]
    for label, value in named:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return label.encode("utf-8", "backslashreplace").decode("utf-8")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = _not_utf8(argv)
    if bad is not None:
        print(f"inspector: 参数不是有效的 UTF-8 文本：{bad}（请检查终端编码或文件名）", file=sys.stderr)
        return 1
    gui = _gui_only(argv)
    if gui is not None:
        from inspector.__main__ import start_gui  # the composition root is the only place that starts Qt

        return start_gui(gui.data_dir)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from inspector.__main__ import start_gui

        return start_gui(args.data_dir)
    from inspector.cli.context import Context

    ctx: Context = Context(args)
    try:
        return int(args.func(args, ctx) or 0)
    except KeyboardInterrupt:
        print("inspector: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # every failure is one line and exit 1; bugs say how to see the details
        print(f"inspector: {_one_line(exc)}", file=sys.stderr)
        if os.environ.get("INSPECTOR_DEBUG"):
            import traceback

            traceback.print_exc()
        return 1
    finally:
        with contextlib.suppress(Exception):
            ctx.close()


def _one_line(exc: BaseException) -> str:
    from inspector.cli.context import UserError
    from inspector.errors import Error as DomainError
    from inspector.messages import describe_error, describe_failure

    if isinstance(exc, UserError):
        text = str(exc)
    elif isinstance(exc, DomainError):
        text = describe_error(exc)
    else:
        text = describe_failure(exc) or (
            f"内部错误（{type(exc).__name__}: {exc}）；设置 INSPECTOR_DEBUG=1 重新运行可查看详细信息"
        )
    return " ".join(text.split()) or type(exc).__name__
