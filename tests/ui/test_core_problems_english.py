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


def test_refused_evidence_files_are_worded_in_the_interface_language(qapp, login, station, tmp_path):
    """An officer importing a memory card with damaged, oversized and repeated files reads why each was refused
    in the interface language, with its detail; a picture library's own English words never reach them."""
    from inspector import media
    from inspector.services import evidence, inspections, org
    from tests.evidence_helpers import inspection_form, photo
    from ui.translations import rejection_text

    officer = login(Role.OFFICER)
    insp = inspections.save_inspection(officer, inspection_form(officer))
    org.set_setting(login(Role.ADMIN), "evidence.max_file_mb", 0.2)
    card = tmp_path / "card"
    card.mkdir()
    good = photo(card / "01_good.jpg", seed=1)
    full = media.make_jpeg(640, 480, seed=2)
    (card / "02_truncated.jpg").write_bytes(full[: len(full) // 3])
    (card / "03_huge.mov").write_bytes(b"\x00\x00\x00\x14ftypqt  " + os.urandom(300_000))
    (card / "04_again.jpg").write_bytes(good.read_bytes())
    (card / "05_notes.xyz").write_bytes(b"plain notes")
    report = evidence.add_evidence(officer, inspection_id=insp["id"], paths=[card])
    refused = {r.name: r for r in report.rejected}
    assert set(refused) == {"02_truncated.jpg", "03_huge.mov", "04_again.jpg", "05_notes.xyz"}
    chinese = {name: rejection_text(r) for name, r in refused.items()}
    assert chinese["02_truncated.jpg"] == "02_truncated.jpg：图片文件损坏或不完整"  # nothing from the library
    assert chinese["03_huge.mov"] == "03_huge.mov：文件超过大小上限：0.3 MB，上限 0.2 MB"
    assert (
        chinese["04_again.jpg"] == "04_again.jpg：同一检查/案件中已有相同照片：与已有的 01_good.jpg 内容相同"
    )
    assert chinese["05_notes.xyz"] == "05_notes.xyz：不支持的文件格式：.xyz"
    assert all(chinese[name] == r.message for name, r in refused.items())  # the core's words, filled in
    apply_language(qapp, "en")
    try:
        english = {name: rejection_text(r) for name, r in refused.items()}
    finally:
        apply_language(qapp, "zh_CN")
    assert english["02_truncated.jpg"] == "02_truncated.jpg: the picture file is damaged or incomplete"
    assert (
        english["03_huge.mov"] == "03_huge.mov: the file is larger than allowed: 0.3 MB, the limit is 0.2 MB"
    )
    assert english["04_again.jpg"] == (
        "04_again.jpg: the same photo is already in this inspection or case: the same content as 01_good.jpg, "
        "already attached"
    )
    assert english["05_notes.xyz"] == "05_notes.xyz: unsupported file format: .xyz"
    assert not any(CJK.search(text) for text in english.values()), english
