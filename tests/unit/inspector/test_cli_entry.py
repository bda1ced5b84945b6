"""The ``inspector`` entry point tells a plain GUI start from a command without loading the command machinery."""

from __future__ import annotations

import pytest

from inspector.cli import _gui_only


@pytest.mark.parametrize(
    ("argv", "data_dir", "user"),
    [
        ([], None, None),
        (["--data-dir", "/srv/st"], "/srv/st", None),
        (["--data-dir=/srv/st", "--user", "admin"], "/srv/st", "admin"),
        (["--user=admin"], None, "admin"),
    ],
)
def test_plain_gui_start(argv, data_dir, user):
    args = _gui_only(argv)
    assert args is not None and args.data_dir == data_dir and args.user == user


@pytest.mark.parametrize("argv", [["check"], ["--data-dir", "/srv/st", "check"], ["--data-dir"], ["-h"]])
def test_anything_else_is_a_command(argv, capsys):
    assert _gui_only(argv) is None
