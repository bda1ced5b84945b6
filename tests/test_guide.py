"""The user guide: one page per role, and every picture it shows exists (scripts/screenshots makes them)."""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide"


def test_one_page_per_role_and_every_picture_exists():
    pages = {p.stem for p in GUIDE.glob("*.md")}
    assert {"officer", "leader", "reviewer", "supervisor", "admin"} <= pages
    for page in GUIDE.glob("*.md"):
        for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).is_file(), f"{page.name} shows {target}, which does not exist"
