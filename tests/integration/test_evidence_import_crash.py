"""Killing the process in the middle of a 100-photo import loses nothing and leaves nothing half-done."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from inspector.services import evidence, inspections
from tests.conftest import ROOT
from tests.evidence_helpers import inspection_form, photo

IMPORT = """
import sys
from inspector.station import Station
from inspector.services import evidence
st = Station.open(sys.argv[1])
s = st.login("officer", "Demo2026")
def progress(done, total):
    print(done, flush=True)
evidence.add_evidence(s, inspection_id=sys.argv[2], paths=[sys.argv[3]], progress=progress)
print("finished", flush=True)
"""


def test_kill_during_import_then_restart_is_consistent(station, login, data_dir, tmp_path, cli):
    officer = login("officer")
    insp = inspections.save_inspection(officer, inspection_form(officer))
    card = tmp_path / "DCIM"
    for i in range(100):
        photo(card / f"IMG_{i:04d}.jpg", seed=i, size=(800, 600))
    station.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(data_dir), insp["id"], str(card)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    done = 0
    for line in proc.stdout:  # wait until the import is well under way, then kill it hard
        if line.strip().isdigit():
            done = int(line)
        if done >= 20:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stdout.close()
    proc.stderr.close()
    assert 20 <= done < 100

    from inspector.station import Station

    st = Station.open(data_dir)
    try:
        assert st.db.integrity_check() == []
        evidence.recover(st)  # what the next start does
        assert evidence.check_store(st) == {"missing_files": [], "orphan_files": []}
        assert not list((st.evidence_dir / ".tmp").iterdir())
        rows = st.db.scalar("SELECT count(*) FROM evidence")
        assert done <= rows < 100
        assert st.db.scalar("SELECT count(*) FROM evidence_pending") == 0
        assert st.audit_verify() == []
    finally:
        st.close()
    check = cli("check", "--json", data_dir=data_dir)
    assert check.returncode == 0, check.stdout + check.stderr
    _ = json.loads(check.stdout)
    # the import can simply be run again: what was recorded is reported as a duplicate, the rest imports
    again = cli(
        "evidence",
        "add",
        "--inspection",
        insp["id"],
        str(card),
        "--json",
        data_dir=data_dir,
        env={"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": "Demo2026"},
    )
    report = json.loads(again.stdout)
    assert report["accepted"] + report["rejected"] == 100 and report["accepted"] == 100 - rows
    assert {f["reason"] for f in report["files"] if f["status"] == "rejected"} == {"duplicate"}
