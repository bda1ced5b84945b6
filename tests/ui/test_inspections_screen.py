"""The inspection screen driven from the keyboard: fill, add three photos, save, reopen (issue acceptance)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from PySide6.QtCore import Qt

from inspector.services import inspections
from tests.evidence_helpers import CST, photo, type_text
from ui import tasks


@pytest.fixture
def screen(qtbot, login):
    tasks.set_synchronous(True)
    from ui.screens.inspections import Screen

    w = Screen(login("officer"))
    qtbot.addWidget(w)
    w.resize(1200, 900)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    tasks.set_synchronous(False)


def _type(qtbot, widget, text):
    type_text(qtbot, widget, text)


def test_fill_with_keyboard_add_three_photos_save_and_reopen(qtbot, screen, tmp_path, login):
    f = screen.form
    _type(qtbot, f.address, "杭州市上城区解放路88号门前")
    f.street.setFocus()
    qtbot.keyClick(f.street, Qt.Key.Key_Down)
    qtbot.keyClick(f.community, Qt.Key.Key_Down)
    f.officers.setFocus()
    qtbot.keyClick(f.officers, Qt.Key.Key_Home)
    qtbot.keyClick(f.officers, Qt.Key.Key_Space)
    assert len(f.officer_ids()) == 2
    _type(qtbot, f.party_name, "张三")
    _type(qtbot, f.id_number, "11010519491231002X")
    _type(qtbot, f.matter_search, "zdjy")
    qtbot.keyClick(f.matter_search, Qt.Key.Key_Return)
    assert f.matter_codes() == ["330217001100"]
    _type(qtbot, f.situation, "当事人在店门外摆放货架经营")
    f.outcome.setFocus()
    qtbot.keyClick(f.outcome, Qt.Key.Key_Down)
    assert f.outcome.currentData() == "education"

    times = [dt.datetime(2026, 4, 2, 10, m, 5, tzinfo=CST) for m in (1, 2, 3)]
    files = [photo(tmp_path / f"IMG_{i}.jpg", taken=t, seed=i) for i, t in enumerate(times)]
    screen.add_paths([str(p) for p in files])
    assert screen.evidence.model.rowCount() == 3

    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.inspection_id is not None)
    saved_id = screen.inspection_id
    assert screen.last_report is not None and len(screen.last_report.accepted) == 3

    from ui.screens.inspections import Screen

    again = Screen(login("officer"))
    qtbot.addWidget(again)
    again.open(saved_id)
    rows = again.evidence.model.rows()
    expected = {hashlib.sha256(p.read_bytes()).hexdigest(): t for p, t in zip(files, times, strict=True)}
    assert {r["sha256"] for r in rows} == set(expected)
    for r in rows:
        assert dt.datetime.fromisoformat(r["taken_at"].replace("Z", "+00:00")) == expected[r["sha256"]]
    assert again.form.address.text() == "杭州市上城区解放路88号门前"
    assert again.form.matter_codes() == ["330217001100"]
    assert again.form.party_name.text() == "张三"


def test_draft_autosaves_and_is_restored_after_a_crash(qtbot, screen, login):
    _type(qtbot, screen.form.address, "清河坊街1号")
    qtbot.waitUntil(
        lambda: (
            inspections.load_draft(screen.session, inspections.draft_key(screen.session, None)) is not None
        ),
        timeout=3000,
    )
    # a new screen (the app restarted) finds the text again
    from ui.screens.inspections import Screen

    again = Screen(login("officer"))
    qtbot.addWidget(again)
    assert again.form.address.text() == "清河坊街1号"
    assert "草稿" in again.banner.text()


def test_art_42_refusal_is_shown_and_the_typing_is_kept(qtbot, screen, monkeypatch):
    """行政处罚法 Art. 42: one officer only — saving is refused, nothing is lost."""
    shown = []
    monkeypatch.setattr("ui.errors_fallback.show_error", lambda parent, exc: shown.append(exc))
    _type(qtbot, screen.form.address, "南山路1号")
    screen.form.add_matter("330217001100")
    screen.save()
    assert shown and getattr(shown[0], "article", "") == "《行政处罚法》第四十二条"
    assert screen.inspection_id is None
    draft = inspections.load_draft(screen.session, inspections.draft_key(screen.session, None))
    assert draft["address"] == "南山路1号"


def test_evidence_model_passes_the_model_tester(qtmodeltester, screen, tmp_path):
    screen.add_paths([str(photo(tmp_path / "a.jpg"))])
    qtmodeltester.check(screen.evidence.model)


def test_photo_viewer_rotates_and_keeps_annotations_apart(qtbot, login, tmp_path, station):
    from inspector.services import evidence
    from tests.evidence_helpers import inspection_form
    from ui.widgets.photo_viewer import PhotoViewer

    officer = login("officer")
    insp = inspections.save_inspection(officer, inspection_form(officer))
    p = photo(tmp_path / "r.jpg", size=(400, 300), orientation=6)
    r = evidence.add_evidence(officer, inspection_id=insp["id"], paths=[p]).results[0]
    row = station.db.get("evidence", r.evidence_id)
    viewer = PhotoViewer(officer, row)
    qtbot.addWidget(viewer)
    assert viewer.image_size == (300, 400)  # upright: portrait
    viewer.add_shape({"type": "box", "x1": 10, "y1": 10, "x2": 100, "y2": 100})
    viewer.save()
    assert evidence.annotation_layer(officer, r.evidence_id)["shapes"][0]["type"] == "box"
    assert evidence.store(station).verify(r.sha256)


def test_drop_files_on_the_evidence_panel_of_a_saved_inspection_imports_them(qtbot, screen, tmp_path, login):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.evidence_helpers import inspection_form

    officer = screen.session
    row = inspections.save_inspection(officer, inspection_form(officer))
    screen.open(row["id"])
    files = [photo(tmp_path / f"d{i}.jpg", seed=10 + i) for i in range(2)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    screen.evidence.dropEvent(event)
    qtbot.waitUntil(lambda: screen.evidence.model.rowCount() == 2)
    assert {r["filename"] for r in screen.evidence.model.rows()} == {"d0.jpg", "d1.jpg"}
    assert "已导入 2 个" in screen.evidence.status.text()
