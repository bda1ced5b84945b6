"""The whole role × action matrix, enforced in the use-case layer (not by hiding buttons)."""

from __future__ import annotations

import pytest

from inspector.errors import PermissionDenied
from inspector.permissions import Action, Role
from inspector.services import org, users

# The agreed matrix, written out independently of inspector.permissions.MATRIX so that a change there
# must be a deliberate change here. Y = allowed.
O, L, R, S, A = Role.OFFICER, Role.SQUAD_LEADER, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN  # noqa: E741 -- one-letter role names keep the matrix table readable
EXPECTED: dict[Action, set[Role]] = {
    Action.USER_MANAGE: {A},
    Action.USER_LIST: {L, S, A},
    Action.ORG_MANAGE: {A},
    Action.SETTINGS_EDIT: {A},
    Action.STANDARDS_IMPORT: {A},
    Action.CALENDAR_EDIT: {A},
    Action.INSPECTION_VIEW: {O, L, R, S, A},
    Action.INSPECTION_EDIT: {O, L},
    Action.EVIDENCE_ADD: {O, L},
    Action.EVIDENCE_ANNOTATE: {O, L},
    Action.PARTY_EDIT: {O, L},
    Action.CASE_VIEW: {O, L, R, S, A},
    Action.CASE_CREATE: {O, L},
    Action.CASE_EDIT: {O, L},
    Action.CASE_ADVANCE: {O, L},
    Action.CASE_APPROVE: {L, S},
    Action.CASE_TRANSFER: {L},
    Action.DISCRETION_APPLY: {O, L},
    Action.DOCUMENT_ISSUE: {O, L},
    Action.DOCUMENT_VOID: {L},
    Action.DOCUMENT_VIEW: {O, L, R, S, A},
    Action.LEGAL_REVIEW: {R},
    Action.FILE_REVIEW: {R, S},
    Action.RATING_VIEW: {L, R, S, A},  # the administrator opens 中队考评 to edit the rubric
    Action.RATING_PRINT: {S},
    Action.RATING_EDIT: {A},
    Action.RANDOM_DRAW: {L, S},
    Action.SYNC_RUN: {O, L, A},
    Action.AUDIT_VERIFY: {L, R, S, A},
    Action.DEMO_FILL: {A},
    Action.BACKUP_RUN: {A},
    Action.FILES_DELETE: {A},
}


def test_expected_table_covers_every_action():
    assert set(EXPECTED) == set(Action), "every new action needs a deliberate row in the matrix test"


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_matrix_enforced_when_writing(login, role, action):
    """Every role × every action: the write gate of the use-case layer allows or refuses it."""
    session = login(role)
    if role in EXPECTED[action]:
        with session.writing(action):
            pass
    else:
        with pytest.raises(PermissionDenied) as info:
            with session.writing(action):
                pass
        assert info.value.role == str(role) and info.value.action == str(action)
    assert session.can(action) == (role in EXPECTED[action])


@pytest.mark.parametrize("role", list(Role))
def test_use_cases_refuse_without_writing_anything(login, station, role):
    """Concrete use cases check permission first; a refused call changes no row and no audit event."""
    session = login(role)
    before = station.db.scalar("SELECT count(*) FROM audit_events")
    squad = station.db.query_one("SELECT * FROM squads LIMIT 1")
    calls = {
        Action.USER_MANAGE: lambda: users.add_user(
            session, username=f"u_{role}", display_name="新用户", role=Role.SUPERVISOR, password="Passw0rd!"
        ),
        Action.ORG_MANAGE: lambda: org.create_squad(
            session, agency_id=squad["agency_id"], name="新中队", code=f"9{list(Role).index(role)}"
        ),
        Action.SETTINGS_EDIT: lambda: org.set_setting(session, "ui.idle_lock_minutes", 5),
        Action.USER_LIST: lambda: users.list_users(session),
    }
    for action, call in calls.items():
        if role in EXPECTED[action]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    writes = sum(
        1 for a in (Action.USER_MANAGE, Action.ORG_MANAGE, Action.SETTINGS_EDIT) if role in EXPECTED[a]
    )
    after = station.db.scalar("SELECT count(*) FROM audit_events")
    assert (after > before) == bool(writes)
    if not writes:
        assert after == before


def test_everyone_may_change_their_own_password(login, station):
    from inspector.demo import DEMO_PASSWORD

    session = login(Role.OFFICER)
    users.set_password(session, username="officer", old_password=DEMO_PASSWORD, new_password="NewPass2026")
    assert station.login("officer", "NewPass2026").user.username == "officer"
    with pytest.raises(PermissionDenied):
        users.set_password(session, username="leader", new_password="Hijack2026")
