"""Officers with their certificates (执法证) and accounts linked to their own officer (行政处罚法第42条)."""

from __future__ import annotations

import sqlite3

import pytest

from inspector.errors import PermissionDenied, ValidationError
from inspector.services import org, users


def test_demo_accounts_sign_with_their_own_certificates(station):
    # Art. 42: an officer acts under their own enforcement certificate, never a colleague's.
    rows = {
        r["username"]: r
        for r in station.db.query(
            "SELECT u.username, u.display_name, o.name FROM users u JOIN officers o ON o.id = u.officer_id"
        )
    }
    assert rows["officer"]["name"] == rows["officer"]["display_name"] == "王建国"
    assert rows["leader"]["name"] == rows["leader"]["display_name"] == "李志强"


def test_admin_registers_and_corrects_an_officer(login, data_dir, station):
    admin = login("admin")
    squad = org.list_squads(admin)[0]
    officer = org.create_officer(
        admin, name="孙丽", cert_no="zj330101-0099", cert_expiry="2028-06-30", squad_id=squad["id"]
    )
    assert officer["cert_no"] == "ZJ330101-0099"
    org.update_officer(
        admin,
        officer["id"],
        name="孙丽",
        cert_no="ZJ3301010099",
        cert_expiry="2029-06-30",
        squad_id=squad["id"],
    )
    with pytest.raises(ValidationError) as info:
        org.update_officer(
            admin,
            officer["id"],
            name="孙丽",
            cert_no="ZJ33010{0001}",
            cert_expiry="2029-13-01",
            squad_id=squad["id"],
        )
    assert {p.field for p in info.value.problems} == {"cert_no", "cert_expiry"}
    conn = sqlite3.connect(data_dir / "station.sqlite")
    assert conn.execute(
        "SELECT cert_no, cert_expiry FROM officers WHERE id = ?", (officer["id"],)
    ).fetchone() == ("ZJ3301010099", "2029-06-30")
    conn.close()
    assert not station.audit_verify()


def test_account_is_linked_to_one_officer_only(login, station):
    admin = login("admin")
    officer_id = station.db.scalar("SELECT officer_id FROM users WHERE username = 'officer'")
    with pytest.raises(ValidationError) as info:
        users.link_officer(admin, username="reviewer", officer_id=officer_id)
    assert info.value.problems[0].code == "taken"
    spare = station.db.scalar(
        "SELECT id FROM officers WHERE id NOT IN "
        "(SELECT officer_id FROM users WHERE officer_id IS NOT NULL) LIMIT 1"
    )
    users.link_officer(admin, username="reviewer", officer_id=spare)
    listed = {r["username"]: r for r in users.list_accounts_with_officers(admin)}
    assert listed["reviewer"]["officer_id"] == spare and listed["reviewer"]["cert_no"]
    actions = [
        r["action"]
        for r in station.db.query(
            "SELECT action FROM audit_events WHERE entity = 'users' ORDER BY seq DESC LIMIT 1"
        )
    ]
    assert actions == ["user.link_officer:update"]


def test_only_an_administrator_links_accounts(login, station):
    with pytest.raises(PermissionDenied):
        users.link_officer(login("squad_leader"), username="officer", officer_id=None)


def test_a_second_squad_of_an_existing_name_is_refused(login, station):
    admin = login("admin")
    existing = org.list_squads(admin)[0]
    with pytest.raises(ValidationError) as info:
        org.create_squad(admin, agency_id=existing["agency_id"], name=existing["name"], code="99")
    assert [p.code for p in info.value.problems] == ["duplicate"] and existing["name"] in str(info.value)
    assert station.db.scalar("SELECT count(*) FROM squads WHERE code = '99'") == 0


@pytest.mark.parametrize("code", ["x/y", "1-2", "{seq}", "一", "1 2", "123456789"])
def test_a_squad_code_that_cannot_sit_in_a_document_number_is_refused(login, station, code):
    """§2.1: the squad code is printed inside every number of the squad (第{squad}-{station}-{seq}号)."""
    admin = login("admin")
    agency_id = org.list_squads(admin)[0]["agency_id"]
    with pytest.raises(ValidationError) as info:
        org.create_squad(admin, agency_id=agency_id, name="新建中队", code=code)
    assert len(info.value.problems) == 1 and "中队编号" in info.value.problems[0].message
    assert station.db.scalar("SELECT count(*) FROM squads WHERE name = '新建中队'") == 0


def test_an_agency_division_code_outside_every_province_is_refused(login, station):
    """GB/T 2260 (§6.4): the first two digits name a province; 99 names none."""
    with pytest.raises(ValidationError) as info:
        org.create_agency(login("admin"), name="某执法局", division_code="999999")
    assert [p.code for p in info.value.problems] == ["province"] and "99" in info.value.problems[0].message
