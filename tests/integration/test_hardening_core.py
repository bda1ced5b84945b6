"""Hardening of the core: lockout under parallel guesses, text rules, user-name folding, evidence changed in place."""

from __future__ import annotations

import concurrent.futures as cf
import os
import sqlite3
import threading

import pytest

from inspector.demo import DEMO_PASSWORD
from inspector.errors import AccountLocked, AuthenticationError, ValidationError
from inspector.permissions import Action, Role
from inspector.services import evidence, inspections, org, users
from tests.evidence_helpers import inspection_form, photo


# ------------------------------------------------------------------ lockout
def test_parallel_wrong_guesses_lock_after_the_configured_number(station, login, data_dir):
    """auth.max_failed_logins holds when guesses arrive together: the count is taken inside the write lock."""
    org.set_setting(login(Role.ADMIN), "auth.max_failed_logins", 3)
    guesses = [f"wrong-{i}" for i in range(8)] + [DEMO_PASSWORD]
    barrier = threading.Barrier(len(guesses))

    def attempt(password: str) -> str:
        barrier.wait()
        try:
            station.login("officer", password)
        except AccountLocked:
            return "locked"
        except AuthenticationError:
            return "wrong"
        return "ok"

    with cf.ThreadPoolExecutor(len(guesses)) as pool:
        outcomes = list(pool.map(attempt, guesses))
    assert outcomes[-1] == "locked", "the correct password in the burst must not get in"
    assert "ok" not in outcomes
    assert outcomes.count("wrong") <= 2, outcomes  # at most max−1 guesses are told "wrong" before the lock
    # An independent reader: the account is locked and no attempt is left registered.
    conn = sqlite3.connect(data_dir / "station.sqlite")
    locked_until = conn.execute("SELECT locked_until FROM users WHERE username = 'officer'").fetchone()[0]
    pending = conn.execute("SELECT count(*) FROM login_attempts").fetchone()[0]
    conn.close()
    assert locked_until and pending == 0
    with pytest.raises(AccountLocked):
        station.login("officer", DEMO_PASSWORD)
    assert station.audit_verify() == []


def test_sequential_failures_still_count_and_success_resets(station, login):
    org.set_setting(login(Role.ADMIN), "auth.max_failed_logins", 3)
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            station.login("leader", "nope-nope")
    assert station.login("leader", DEMO_PASSWORD).user.username == "leader"
    assert station.db.scalar("SELECT failed_attempts FROM users WHERE username = 'leader'") == 0
    with pytest.raises(AuthenticationError):
        station.login("leader", "nope-nope")
    with pytest.raises(AuthenticationError):
        station.login("leader", "nope-nope")
    with pytest.raises(AccountLocked):
        station.login("leader", "nope-nope")


def test_an_abandoned_attempt_does_not_lock_forever(station, login):
    """A process killed during its password check leaves a registered attempt; it expires."""
    officer_id = station.db.scalar("SELECT id FROM users WHERE username = 'officer'")
    with station.db.write():
        for _ in range(10):
            station.db.execute(
                "INSERT INTO login_attempts(user_id, started_at) VALUES (?, ?)",
                (officer_id, "2020-01-01T00:00:00.000Z"),
            )
    assert station.login("officer", DEMO_PASSWORD).user.username == "officer"


# ------------------------------------------------------------- user names
def test_user_names_are_nfkc_folded(station, login):
    admin = login(Role.ADMIN)
    row = users.add_user(
        admin, username="ｚｈａｎｇ", display_name="张三", role=Role.SUPERVISOR, password="Strong2026"
    )
    assert row["username"] == "zhang"
    assert station.login("zhang", "Strong2026").user.username == "zhang"
    assert station.login("ｚｈａｎｇ", "Strong2026").user.username == "zhang"
    assert station.login(" officer ", DEMO_PASSWORD).user.username == "officer"
    with pytest.raises(ValidationError) as info:
        users.add_user(
            admin,
            username="ＺＨＡＮＧ".lower(),
            display_name="另一个",
            role=Role.SUPERVISOR,
            password="Strong2026",
        )
    assert info.value.problems[0].code == "duplicate"


# ------------------------------------------------------------- text rules
@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("解放路\x0088号", "nul"),
        ("解放路\u202e88号", "bidi"),
        ("解放路\u206688号", "bidi"),
        ("解放路\x1b[31m88号", "control"),
        ("解放路\x9b88号", "control"),
        ("解放路\ud80088号", "not_text"),
        ("解" * 600, "too_long"),
    ],
)
def test_inspection_address_refuses_control_and_bidi(login, value, code):
    officer = login(Role.OFFICER)
    with pytest.raises(ValidationError) as info:
        inspections.save_inspection(officer, inspection_form(officer, address=value))
    assert [(p.field, p.code) for p in info.value.problems] == [("address", code)]


def test_free_text_keeps_line_breaks_but_not_controls(login):
    officer = login(Role.OFFICER)
    saved = inspections.save_inspection(officer, inspection_form(officer, situation="第一行\n第二行\t备注"))
    assert inspections.get_inspection(officer, saved["id"])["situation"] == "第一行\n第二行\t备注"
    with pytest.raises(ValidationError) as info:
        inspections.save_inspection(officer, inspection_form(officer, situation="第一行\x00"))
    assert info.value.problems[0].field == "situation"


def test_party_name_refuses_bidi_override(login):
    officer = login(Role.OFFICER)
    party = {
        "kind": "person",
        "name": "张\u202e三",
        "id_type": "resident_id",
        "id_number": "11010519491231002X",
    }
    with pytest.raises(ValidationError) as info:
        inspections.save_inspection(officer, inspection_form(officer, outcome="education", party=party))
    assert any(p.field == "party.name" and p.code == "bidi" for p in info.value.problems)


def test_the_writer_refuses_what_a_use_case_forgot(login, station):
    """Backstop in the one place every synced row is written: controls, bidi, absurd numbers."""
    admin = login(Role.ADMIN)
    squad = station.db.query_one("SELECT * FROM squads LIMIT 1")
    before = station.db.scalar("SELECT count(*) FROM audit_events")
    for bad in ({"jurisdiction": "湖滨\x00街道"}, {"jurisdiction": "湖滨\u202d街道"}):
        with pytest.raises(ValidationError):
            with admin.writing(Action.ORG_MANAGE) as w:
                w.update("squads", squad["id"], bad)
    for number in (2**70, float("inf"), float("nan")):
        with pytest.raises(ValidationError):
            with admin.writing(Action.ORG_MANAGE) as w:
                w.update("squads", squad["id"], {"jurisdiction": "x", "version_note": number})
    assert station.db.scalar("SELECT count(*) FROM audit_events") == before


# ------------------------------------------------------------ evidence
def _two_photos(station, login, tmp_path):
    officer = login(Role.OFFICER)
    insp = inspections.save_inspection(officer, inspection_form(officer))
    report = evidence.add_evidence(
        officer, inspection_id=insp["id"], paths=[photo(tmp_path / f"IMG_{i}.JPG", seed=i) for i in range(2)]
    )
    return [r.sha256 for r in report.accepted]


def test_quick_check_names_a_photo_changed_in_place(station, login, tmp_path):
    first, second = _two_photos(station, login, tmp_path)
    st = evidence.store(station)
    report = evidence.verify_files(station)
    assert sorted(report["rehashed"]) == sorted([first, second]) and report["altered"] == []
    assert evidence.verify_files(station)["rehashed"] == []  # nothing changed: nothing hashed
    path = st.path(first)
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size, one bit different
    with open(path, "r+b") as f:
        f.write(bytes(data))
    report = evidence.verify_files(station)
    assert report["altered"] == [first] and report["size_mismatch"] == []
    assert report["rehashed"] == [first]  # only what changed was hashed
    named = evidence.describe_files(station, report["altered"])
    assert named[0]["filename"] == "IMG_0.JPG"
    assert evidence.verify_files(station)["altered"] == [first]  # stays reported until repaired


def test_evidence_check_cleans_only_for_an_administrator(station, login, data_dir, tmp_path, cli):
    _two_photos(station, login, tmp_path)
    orphan, _ = evidence.store(station).put_bytes(b"left by an interrupted import")
    station.close()
    plain = cli("evidence", "check", data_dir=data_dir)
    assert plain.returncode == 1 and "--clean" in plain.stdout
    assert evidence.store(station).contains(orphan)  # a report deletes nothing
    refused = cli(
        "evidence",
        "check",
        "--clean",
        data_dir=data_dir,
        env={"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": DEMO_PASSWORD},
    )
    assert refused.returncode == 1 and "无权" in refused.stderr and evidence.store(station).contains(orphan)


def test_parallel_guesses_from_separate_processes_lock_too(station, login, data_dir):
    """Guesses from several programs at once (each its own connection) share one budget in the database."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    org.set_setting(login(Role.ADMIN), "auth.max_failed_logins", 2)
    station.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INSPECTOR_USER": "leader"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "inspector", "--data-dir", str(data_dir), "case", "list"],
            env={**env, "INSPECTOR_PASSWORD": f"guess-{i}"},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(6)
    ]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert all(p.returncode == 1 for p in procs) and all(e.count("\n") == 1 for e in errors), errors
    assert sum("用户名或密码错误" in e for e in errors) <= 1  # max − 1 are told "wrong"; the rest: locked
    conn = sqlite3.connect(data_dir / "station.sqlite")
    assert conn.execute("SELECT locked_until FROM users WHERE username = 'leader'").fetchone()[0]
    conn.close()
