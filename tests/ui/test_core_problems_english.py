"""What the core says is wrong, in the English interface: a form's field problem, a refusal in the case window
and an error box show the core's words in English (the values it quotes as they are), and in Chinese as before.

The core words these as a template and arguments (``Problem.parts``, ``GuardRefused.parts``); each template is
collected for translation (tests/unit/inspector/test_errors.py checks that none is worded in place).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from inspector import clock
from inspector.permissions import Role
from tests.integration.workflow_support import at, make_case
from tests.ui.test_amount_rules_gui import open_from_main_window
from tests.ui.test_case_detail import click_step, refusal
from ui import tasks
from ui.main_window import MainWindow
from ui.translations import apply_language

CJK = re.compile(r"[\u3400-\u9fff]")


def _shot(widget, name: str) -> None:
    """A screenshot to look at when $INSPECTOR_SHOTS names a folder (nothing is compared with it)."""
    if folder := os.environ.get("INSPECTOR_SHOTS"):
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def english(qapp):
    apply_language(qapp, "en")
    yield
    apply_language(qapp, "zh_CN")


@pytest.fixture
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def _main(qtbot, session, section: str):
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.open_section(section)
    return window, window.screens[section]


def test_a_setting_out_of_range_and_a_taken_user_name_read_in_english(qtbot, login, station, english):
    """The settings form names the setting and the limit with its unit; the account form quotes the name."""
    _window, screen = _main(qtbot, login(Role.ADMIN), "settings")
    page = screen.settings_forms.page_of("ui.autosave_ms")
    page.fields["ui.autosave_ms"].widget.setText("5")
    assert page.save_all() == []
    assert page.errors["ui.autosave_ms"].text() == "Draft autosave delay cannot be less than 100 ms"

    users = screen.users_panel
    screen.tabs.setCurrentWidget(users)
    users.new_username.setText("officer")
    users.new_display.setText("王五")
    users.new_role.setCurrentIndex(users.new_role.findData(str(Role.OFFICER)))
    users.new_squad.setCurrentIndex(1)
    users.new_password.setText("Wang2026x")
    users.add_button.click()
    assert users.message.text() == "The user name officer already exists"
    _shot(users, "user-exists-en")
    assert station.setting("ui.autosave_ms") != 5


def test_a_catalogue_import_reports_each_bad_row_in_english(qtbot, login, station, english, tmp_path):
    """Art. 4, 5: a benchmark item without its published basis is refused, row by row, nothing imported."""
    _window, screen = _main(qtbot, login(Role.ADMIN), "settings")
    panel = screen.reference_panel
    screen.tabs.setCurrentWidget(panel)
    bad = tmp_path / "bad.json"
    catalogue = {
        "catalogue": "c",
        "version": "1",
        "name": "n",
        "effective_from": "2026-01-01",
        "publication": "p",
    }
    bad.write_text(json.dumps({**catalogue, "items": [{"matter_code": "12", "name": "x"}]}), encoding="utf-8")
    assert not panel.import_catalogue(bad)
    _shot(panel, "catalogue-report-en")
    report = panel.report.toPlainText().splitlines()
    assert report[:2] == [
        "items[0].matter_code: Item 1 (12): the matter code must be 12 digits",
        "items[0].violation_basis: Item 1 (12): “Provisions violated” is missing "
        "(Art. 4, 5: a penalty needs a published legal basis)",
    ]
    assert not [line for line in report if CJK.search(line)], report


def test_a_refusal_in_the_case_window_reads_in_english(qtbot, station, login, english, _sync):
    """《行政处罚法》第六十八条: collecting a fine on the spot is refused above the limit, with both amounts."""
    at("2026-06-01")
    detail = open_from_main_window(qtbot, login(Role.SQUAD_LEADER), make_case(station, kind="organisation"))
    detail.show()
    click_step(
        qtbot, detail, "on_the_spot", amount_cents="150", statement_heard=True, cash=True, receipt_no="Z1"
    )
    text = refusal(detail)
    _shot(detail, "cash-refusal-en")
    assert text.startswith(
        "Not allowed: A fine can be collected on the spot only under the summary procedure for 100 yuan or less, "
        "when it would be hard to collect later, or at the request of a party in a remote area "
        "(the fine here is 150.00 yuan)"
    ), text
    assert "Art. 68" in text and not CJK.search(text), text


def test_an_error_box_reads_in_english_and_in_chinese_as_before(qtbot, qapp, login, station, close_boxes):
    """The rating rules' weights must add up to 100: the box says so with the total, in either language."""
    shown = {}
    for language in ("en", "zh_CN"):
        apply_language(qapp, language)
        try:
            _window, screen = _main(qtbot, login(Role.ADMIN), "rating")
            editor = screen.open_rubric()
            editor.weights["A"].setValue(30)
            assert not editor.save()
            (box,) = close_boxes()
            _shot(box, f"error-box-{language}")
            shown[language] = box.text()
            box.done(0)
            editor.reject()
        finally:
            apply_language(qapp, "zh_CN")
    assert shown["en"] == "The dimensions' points must total 100; they total 95", shown
    assert shown["zh_CN"] == "各维度分值之和应为100，现为95"
