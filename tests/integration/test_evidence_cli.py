"""``inspector evidence add`` from a shell: a camera card folder with a per-file report; ``evidence check``."""

from __future__ import annotations

import json

from inspector.services import inspections
from tests.evidence_helpers import inspection_form, photo

ENV = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": "Demo2026"}


def test_evidence_add_folder_reports_each_file(station, login, data_dir, tmp_path, cli):
    officer = login("officer")
    insp = inspections.save_inspection(officer, inspection_form(officer))
    station.close()
    card = tmp_path / "DCIM" / "100CANON"
    for i in range(3):
        photo(card / f"IMG_{i}.JPG", seed=i)
    (card / "notes.jpg").write_text("not a photo")
    out = cli(
        "evidence", "add", "--inspection", insp["id"], str(tmp_path / "DCIM"), data_dir=data_dir, env=ENV
    )
    assert out.returncode == 1  # one file rejected; the others imported
    lines = out.stdout.splitlines()
    assert sum(line.startswith("✓") for line in lines) == 3
    assert any("notes.jpg" in line and "内容不是图片" in line for line in lines)
    again = cli(
        "evidence",
        "add",
        "--inspection",
        insp["id"],
        str(card / "IMG_0.JPG"),
        "--json",
        data_dir=data_dir,
        env=ENV,
    )
    report = json.loads(again.stdout)
    assert report["files"][0]["reason"] == "duplicate"
    check = cli("evidence", "check", "--verify-hashes", "--json", data_dir=data_dir)
    assert check.returncode == 0 and json.loads(check.stdout)["ok"] is True


def test_missing_path_is_a_clear_error(data_dir, cli):
    out = cli("evidence", "add", "--inspection", "x", "/nope/none.jpg", data_dir=data_dir, env=ENV)
    assert out.returncode == 1 and "找不到" in out.stderr
