"""Where a station's data lives: the data directory, its database file, and portable mode."""

from __future__ import annotations

import os
from pathlib import Path

DB_FILE = "station.sqlite"
PORTABLE_MARKER = "inspector-portable.txt"  # beside the executable: keep the data there, in ./data


def program_dir() -> Path:
    """The folder of the executable (a frozen build) or of the checkout (running from source)."""
    import sys

    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def portable_data_dir() -> Path | None:
    """``<program dir>/data`` when the program runs in portable mode (a marker file beside it), else None."""
    folder = program_dir()
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None


def default_data_dir() -> Path:
    """``INSPECTOR_DATA``, else the portable data folder, else the platform's per-user data directory."""
    env = os.environ.get("INSPECTOR_DATA")
    if env:
        return Path(env).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs  # only when no data directory was named

    return Path(platformdirs.user_data_dir("Inspector", appauthor=False))
