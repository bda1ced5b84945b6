"""Helpers for the journey tests: a station made by ``inspector init``, its people, and driving the case view."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from inspector import clock
from inspector.station import Station
from tests.conftest import run_cli

ADMIN_PASSWORD = "Root!2026pass"
PASSWORD = "Field!2026pass"
STATION_CODE = "01"
# Catalogue rows whose citations are verified national law (a live station prints no other legal basis):
# 露天烧烤 (大气污染防治法第一百一十八条第三款, 500–20,000 yuan) and 随意倾倒生活垃圾 (固废法第一百一十一条,
# a person 100–500 yuan, so a fine of up to 200 yuan may be imposed on the spot under 行政处罚法第五十一条).
BARBECUE = "330219004000"
LITTERING = "330220002000"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# What the officers saw, for each catalogue matter the journeys use.
SITUATION = {
    BARBECUE: "当事人在禁止露天烧烤的区域内设摊露天烧烤，油烟影响周边居民",
    LITTERING: "当事人将一袋生活垃圾随意倾倒在人行道上",
}
# What an officer types into a document field the case does not hold yet (by field key).
DOC_TEXT = {
    "party_address": "杭州市上城区解放路88号",
    "handler_opinion": "违法事实清楚，建议立案调查",
    "defence_reasoning": "当事人在陈述申辩期内未提出陈述申辩",
    "served_place": "杭州市上城区解放路88号",
    "relation": "当事人本人",
    "recorder": "李明",
}


def at(day: str, hour: int = 10) -> None:
    clock.freeze(dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), clock.LOCAL_TZ))


def init_station(path: Path) -> Station:
    """``inspector init`` from a shell, then the administrator adds three officers, two accounts, the
    station's document-number code and the hearing threshold (the things the setup wizard and settings forms do)."""
    from inspector.services import org, users

    done = run_cli(
        "init",
        "--agency",
        "杭州市上城区综合行政执法局",
        "--short-name",
        "杭上城",
        "--squad",
        "湖滨中队:1",
        "--admin",
        "root",
        data_dir=path,
        env={"INSPECTOR_PASSWORD": ADMIN_PASSWORD},
    )
    assert done.returncode == 0, done.stderr
    station = Station.open(path)
    admin = station.login("root", ADMIN_PASSWORD)
    squad = station.db.scalar("SELECT id FROM squads WHERE code = '1'")
    wang = org.create_officer(
        admin, name="王伟", cert_no="ZJ33010001", cert_expiry="2030-12-31", squad_id=squad
    )
    li = org.create_officer(
        admin, name="李明", cert_no="ZJ33010002", cert_expiry="2030-12-31", squad_id=squad
    )
    zhao = org.create_officer(
        admin, name="赵刚", cert_no="ZJ33010003", cert_expiry="2030-12-31", squad_id=squad
    )
    users.add_user(
        admin,
        username="wang",
        display_name="王伟",
        role="officer",
        password=PASSWORD,
        squad_id=squad,
        officer_id=wang["id"],
    )
    users.add_user(
        admin,
        username="zhao",
        display_name="赵刚",
        role="squad_leader",
        password=PASSWORD,
        squad_id=squad,
        officer_id=zhao["id"],
    )
    org.set_setting(admin, "hearing.thresholds", {"*": {"person": 1000000, "organisation": 10000000}})
    org.set_setting(
        admin, "documents.station_code", STATION_CODE
    )  # this station's segment of document numbers
    from inspector.permissions import Action

    agency = station.db.query_one("SELECT * FROM agencies LIMIT 1")
    with admin.writing(Action.ORG_MANAGE) as w:  # the agency's details, as the setup wizard records them
        w.update(
            "agencies",
            agency["id"],
            {
                "address": "杭州市上城区解放路100号",
                "postcode": "310002",
                "phone": "0571-87000000",
                "review_body": "杭州市上城区人民政府",
                "litigation_court": "杭州市上城区人民法院",
                "bank_name": "中国工商银行杭州解放路支行",
                "bank_account_name": "杭州市上城区财政局非税收入专户",
                "bank_account": "1202021409900012345",
            },
            expected_version=agency["version"],
        )
    station.officers = (wang, li)  # type: ignore[attr-defined]
    return station


def shot(widget: QWidget, name: str) -> None:
    """Save a screenshot of a journey step when ``INSPECTOR_SHOTS`` is set (docs/screenshots/journey-*.png)."""
    if os.environ.get("INSPECTOR_SHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"journey-{name}.png"))


def log_inspection(
    qtbot,
    window,
    station,
    tmp_path,
    *,
    outcome: str,
    matter: str,
    born=dt.date(1980, 3, 4),
    address: str = "",
):
    """Log an inspection of 张三 (born ``born``; living at ``address`` when given) with two photos in the
    inspections screen, and open the case from it in one step; returns the case window."""
    from tests.evidence_helpers import photo
    from tests.integration.workflow_support import resident_id

    screen = window.screens.get("inspections") or (
        window.open_section("inspections") and window.screens["inspections"]
    )
    wang, li = station.officers
    start = dt.datetime.combine(clock.today(), dt.time(9, 30), clock.LOCAL_TZ)
    party = {"kind": "person", "name": "张三", "id_type": "resident_id", "id_number": resident_id(born)}
    if address:
        party["address"] = address
    screen.form.set_values(
        {
            "started_at": start.isoformat(),
            "ended_at": (start + dt.timedelta(minutes=40)).isoformat(),
            "address": "杭州市上城区解放路88号门前",
            "street": "湖滨街道",
            "community": "东坡路社区",
            "officer_ids": [wang["id"], li["id"]],
            "matter_codes": [matter],
            "party": party,
            "situation": SITUATION[matter],
            "outcome": outcome,
        }
    )
    screen.add_paths(
        [
            str(photo(tmp_path / f"{outcome}-{i}.jpg", taken=start + dt.timedelta(minutes=5 * i), seed=i))
            for i in range(2)
        ]
    )
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.inspection_id and screen.banner.text() == "已保存"
    assert screen.open_case_button.isEnabled()
    shot(window, f"{outcome}-1-inspection")
    qtbot.mouseClick(screen.open_case_button, Qt.MouseButton.LeftButton)
    detail = screen.case_windows[-1]
    qtbot.addWidget(detail)
    return detail


def take_step(qtbot, detail, step: str, *, shot_name: str | None = None, **fields) -> str:
    """Press a step's button in the case view; fill its form and the fields its documents need; confirm.
    Returns the result line the view shows."""
    assert step in detail.step_buttons, f"{step} not offered; offered: {list(detail.step_buttons)}"
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons[step], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    if dialog is not None:
        for key, value in fields.items():
            dialog.set_value(key, value)
        for key in dialog.doc_widgets:
            dialog.set_document_value(key, DOC_TEXT.get(key, "见案卷"))
        if shot_name:
            shot(dialog, shot_name)
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    assert not detail.guard.isVisible(), detail.guard.text()
    return detail.notice.text()


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def main_window(qtbot, station: Station, username: str, password: str = PASSWORD):
    """The main window of ``username`` (password :data:`PASSWORD` unless given), shown at 1280×820."""
    from ui.main_window import MainWindow

    window = MainWindow(station.login(username, password), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    return window
