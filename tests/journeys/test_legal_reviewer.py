"""The legal reviewer's journey through the main window: queue → review page → return with a comment →
the officer sees it on 工作台; a verdict without a comment is refused; the verdict is in the audit chain;
the decision cannot be made before the review passes (Art. 58)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector import clock
from inspector.errors import GuardRefused
from inspector.services import org
from inspector.services import workflow as wf
from inspector.station import Station, audit
from tests.integration.review_support import closed_case, submitted_case
from tests.integration.workflow_support import at
from tests.ui.test_case_detail import click_step
from ui import tasks
from ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


PASSWORD = "Journey2026x"
ROLES = {"officer": "wang", "squad_leader": "li", "legal_reviewer": "chen", "supervisor": "zhao"}


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


@pytest.fixture
def station(tmp_path, cli):
    """A station made the way an agency makes one: ``inspector init``, officers, accounts (one reviewer
    holding the legal qualification), hearing thresholds set by the administrator."""
    data = tmp_path / "station"
    env = {"INSPECTOR_PASSWORD": PASSWORD}
    r = cli(
        "init",
        "--agency",
        "杭州市上城区综合行政执法局",
        "--short-name",
        "杭上城",
        "--division-code",
        "330102",
        "--squad",
        "湖滨中队:1",
        "--admin",
        "root",
        data_dir=data,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    st = Station.open(data)
    admin = st.login("root", PASSWORD)
    squad = st.db.query_one("SELECT id FROM squads WHERE code = '1'")
    for name, cert in (("王建国", "ZJ3301010001"), ("李志强", "ZJ3301010002")):
        org.create_officer(admin, name=name, cert_no=cert, cert_expiry="2030-12-31", squad_id=squad["id"])
    org.set_setting(admin, "hearing.thresholds", {"*": {"person": 500000, "organisation": 5000000}})
    st.close()
    for args in (
        ("wang", "--name", "王建国", "--role", "officer", "--squad", "1", "--officer-cert", "ZJ3301010001"),
        (
            "li",
            "--name",
            "李志强",
            "--role",
            "squad_leader",
            "--squad",
            "1",
            "--officer-cert",
            "ZJ3301010002",
        ),
        ("chen", "--name", "陈静", "--role", "legal_reviewer", "--legal-qualification"),
        ("zhao", "--name", "赵明", "--role", "supervisor"),
    ):
        r = cli("--user", "root", "user", "add", *args, data_dir=data, env=env)
        assert r.returncode == 0, r.stderr
    st = Station.open(data)
    yield st
    st.close()


@pytest.fixture
def login(station):
    return lambda role: station.login(ROLES[role], PASSWORD)


def shot(widget, name: str) -> None:
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def window(qtbot, session) -> MainWindow:
    w = MainWindow(session, idle_ms=0)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_reviewer_returns_a_case_and_the_officer_sees_the_comment(qtbot, station, login, close_boxes):
    # A live station prints only verified citations: a catalogue matter citing national law, and a fine of
    # 3,000 yuan, above the 一般 tier (500–2,000 yuan) the 裁量表 recommends.
    cid = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    at("2026-06-03")
    reviewer_window = window(qtbot, login("legal_reviewer"))
    page = reviewer_window.open_section("reviews")
    screen = reviewer_window.screens["reviews"]
    queue = screen.queue
    row = next(i for i, r in enumerate(queue.table.records) if r["case_id"] == cid)
    assert queue.table.records[row]["due"] == "2026-06-10"  # 7 working days from 1 June
    shot(reviewer_window, "review-queue.png")
    assert page.isVisible()

    queue.table.selectRow(row)
    qtbot.mouseClick(queue.open_button, Qt.MouseButton.LeftButton)
    review_page = queue.page
    qtbot.addWidget(review_page)
    qtbot.waitExposed(review_page)
    assert "推荐裁量阶次" in review_page.meta.text()
    assert (
        "拟处罚金额：3,000.00元" in review_page.facts.text()
        and "多次劝导拒不改正" in review_page.facts.text()
    )
    codes = [review_page.checklist.item(r, 0).text() for r in range(review_page.checklist.rowCount())]
    assert {"B2", "B3", "B7", "B8", "B4", "B5"} <= set(codes)
    b2 = codes.index("B2")
    assert "符合" in review_page.checklist.item(b2, 3).text()
    review_page.tabs.setCurrentIndex(1)
    shot(review_page, "review-page-checklist.png")

    # a return without a comment is refused, and nothing is recorded
    review_page.set_verdict("return", "")
    qtbot.mouseClick(review_page.submit_button, Qt.MouseButton.LeftButton)
    assert review_page.guard.isVisible() and "须写明审核意见" in review_page.guard.text()
    assert station.db.get("cases", cid)["state"] == "legal_review"

    review_page.set_verdict("return", "现场照片未显示烧烤摊位范围，请补充测量记录")
    qtbot.mouseClick(review_page.submit_button, Qt.MouseButton.LeftButton)
    assert not review_page.guard.isVisible(), review_page.guard.text()
    assert station.db.get("cases", cid)["state"] == "investigating"
    assert cid not in [r["case_id"] for r in queue.table.records]

    # the verdict is in the audit chain, and the chain still verifies
    verdict = station.db.query_one("SELECT * FROM reviews WHERE case_id = ?", (cid,))
    assert verdict["verdict"] == "return" and "补充测量记录" in verdict["opinion"]
    event = station.db.query_one(
        "SELECT * FROM audit_events WHERE entity = 'reviews' AND entity_id = ?", (verdict["id"],)
    )
    assert event["actor"] == "chen" and event["digest"] == audit.digest(verdict)
    assert station.audit_verify() == []

    # the 法制审核意见书 prints from the page
    qtbot.mouseClick(review_page.print_button, Qt.MouseButton.LeftButton)
    assert review_page.issued_path, review_page.guard.text()
    qtbot.addWidget(review_page.preview)
    text = subprocess.run(
        ["pdftotext", "-layout", review_page.issued_path, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "退回补充调查" in text and "补充测量记录" in text
    # printed again, it is the same opinion under the same number (no second number drawn for one review)
    first_path, drawn = review_page.issued_path, station.db.scalar("SELECT count(*) FROM number_register")
    qtbot.mouseClick(review_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(review_page.preview)
    assert review_page.issued_path == first_path and "未另行编号" in review_page.notice.text()
    assert station.db.scalar("SELECT count(*) FROM number_register") == drawn
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", review_page.issued_path, str(SHOTS / "review-opinion")],
            check=True,
        )

    # the officer sees the returned case with the comment on 工作台
    officer_window = window(qtbot, login("officer"))
    dashboard = officer_window.screens["dashboard"]
    assert dashboard.returned.isVisible()
    assert "退回补充调查" in dashboard.returned.text() and "补充测量记录" in dashboard.returned.text()
    shot(officer_window, "review-returned-on-dashboard.png")
    officer_window.open_section("cases")
    returned = officer_window.screens["cases"].open_case(cid)
    qtbot.addWidget(returned)
    assert returned.review_note.isVisible() and "补充测量记录" in returned.review_note.text()

    # Art. 58: no decision before the review passes
    o = login("officer")
    for step in ("end_investigation", "submit_review", "notify"):
        wf.advance(o, cid, step)
    at("2026-06-12")
    leader_window = window(qtbot, login("squad_leader"))
    leader_window.open_section("cases")
    detail = leader_window.screens["cases"].open_case(cid)
    click_step(qtbot, detail, "decide", outcome="penalty")
    assert (
        not detail.guard.isHidden()
        and "法制审核" in detail.guard.text()
        and "第五十八条" in detail.guard.text()
    )
    assert station.db.get("cases", cid)["state"] == "notified"
    with pytest.raises(GuardRefused) as err:
        wf.advance(login("squad_leader"), cid, "decide")
    assert err.value.rule == "legal_review_required"


def _review(qtbot, reviewer_window, case_id: str, verdict: str, comment: str = "") -> None:
    """The reviewer opens the case from the queue, ticks the manual items and submits ``verdict``."""
    page = reviewer_window.screens["reviews"].queue.open_case(case_id)
    qtbot.addWidget(page)
    page.tick_all()
    page.set_verdict(verdict, comment)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert not page.guard.isVisible(), page.guard.text()


def test_art58_first_pass_rate_counts_the_verdicts_the_review_page_gives(qtbot, station, login, close_boxes):
    # Two cases of 湖滨中队 reach 法制审核 (Art. 58); the reviewer agrees with one and returns the other.
    agreed = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    returned = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    at("2026-06-03")
    reviewer_window = window(qtbot, login("legal_reviewer"))
    reviewer_window.open_section("reviews")
    _review(qtbot, reviewer_window, agreed, "agree")
    _review(qtbot, reviewer_window, returned, "return", "现场照片未显示烧烤摊位范围，请补充测量记录")
    assert [station.db.get("cases", c)["state"] for c in (agreed, returned)] == [
        "internal_review",
        "investigating",
    ]

    # The supervisor's A2 (法制审核一次通过率) for the quarter: one of the two first reviews passed.
    supervisor_window = window(qtbot, login("supervisor"))
    supervisor_window.open_section("rating")
    screen = supervisor_window.screens["rating"]
    screen.period.setCurrentText("2026Q2")
    screen.reload()
    screen.select_squad("1")
    a2 = next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "A2")
    assert screen.metric_table.records[a2]["why"].startswith("1/2 = 50.0%")

    # Drilling down from the score lists both cases, the returned one first, each with its verdict.
    screen.metric_table.selectRow(a2)
    qtbot.mouseClick(screen.evidence_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialogs[-1]
    assert [(r["case_id"], r["num"]) for r in dialog.rows] == [(returned, 0), (agreed, 1)]
    assert [r["note"] for r in dialog.rows] == ["退回补充调查", "同意"]
    dialog.close()


def test_art58_review_comment_pasted_with_a_control_character_is_refused_naming_the_comment(
    qtbot, station, login, close_boxes
):
    cid = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    at("2026-06-03")
    reviewer_window = window(qtbot, login("legal_reviewer"))
    reviewer_window.open_section("reviews")
    page = reviewer_window.screens["reviews"].queue.open_case(cid)
    qtbot.addWidget(page)
    # a comment copied from a word processor: its manual line break arrives as a vertical tab (U+000B)
    page.set_verdict("return", "现场照片未显示烧烤摊位范围，\x0b请补充测量记录")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.guard.isVisible() and "审核意见含有控制字符" in page.guard.text()
    assert "reviews" not in page.guard.text()
    assert station.db.get("cases", cid)["state"] == "legal_review"
    assert station.db.scalar("SELECT count(*) FROM reviews WHERE case_id = ?", (cid,)) == 0

    # typed again with an ordinary line break, the return is recorded with the comment as written
    page.set_verdict("return", "现场照片未显示烧烤摊位范围，\n请补充测量记录")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert not page.guard.isVisible(), page.guard.text()
    assert station.db.scalar("SELECT opinion FROM reviews WHERE case_id = ?", (cid,)).endswith(
        "\n请补充测量记录"
    )


def test_publication_waits_for_the_reviewers_sign_off_and_counts_in_the_squad_rating(
    qtbot, station, login, close_boxes, tmp_path
):
    """§7.2, Art. 48: the decision drafts the masked publicity record; the officer's 决定公示 is refused until
    the legal reviewer signs it off; once the officer records it, the reviewer's desk shows it published and
    the supervisor's B2 (按期公示率) counts it."""
    # a fine of 1,000 yuan for 露天烧烤, inside the 一般 tier: decided on 10 June without 法制审核
    cid = closed_case(
        station, login, amount=100000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    at("2026-06-12")
    officer_window = window(qtbot, login("officer"))
    officer_window.open_section("cases")
    detail = officer_window.screens["cases"].open_case(cid)
    qtbot.addWidget(detail)
    click_step(qtbot, detail, "publish")
    assert detail.guard.isVisible() and "尚未经法制审核员审签" in detail.guard.text()
    assert "第四十八条" in detail.guard.text()

    reviewer_window = window(qtbot, login("legal_reviewer"))
    reviewer_window.open_section("reviews")
    screen = reviewer_window.screens["reviews"]
    tab = screen.publicity
    screen.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.select_case(cid)
    assert "罚款人民币1000.00元" in tab.preview.toPlainText()
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert tab.guard.isHidden(), tab.guard.text()
    tab.export(str(tmp_path / "pkg"))
    assert tab.last_export["count"] == 1

    detail.reload()
    click_step(qtbot, detail, "publish")
    assert detail.guard.isHidden(), detail.guard.text()
    assert "决定公示" in detail.notice.text()
    assert not any(d["key"] == "publicity" and d["status"] != "done" for d in detail.shown["deadlines"])

    tab.reload()
    row = next(r for r in tab.table.records if r["case_id"] == cid)
    assert row["state_label"] == "已公示" and row["published_at"] == "2026-06-12"
    reread = Station.open(station.data_dir)
    try:
        assert reread.db.scalar("SELECT published_at FROM publicity_records WHERE case_id = ?", (cid,)) == (
            "2026-06-12"
        )
    finally:
        reread.close()

    supervisor_window = window(qtbot, login("supervisor"))
    supervisor_window.open_section("rating")
    rating = supervisor_window.screens["rating"]
    rating.period.setCurrentText("2026Q2")
    rating.reload()
    rating.select_squad("1")
    b2 = next(r for r in rating.metric_table.records if r["code"] == "B2")
    assert b2["why"].startswith("1/1"), b2["why"]


def test_art48_revoked_decision_is_withdrawn_once_the_officer_sees_what_the_reviewer_recorded(
    qtbot, station, login, close_boxes
):
    """Art. 48: the squad leader records that the published decision was revoked on review; the withdrawal is
    then due within 3 working days on the officer's 工作台 and on the reviewer's 执法公示 list, with one date;
    the reviewer records it (the change's reason stated) and the officer's case window and 工作台 show it done;
    the database re-read holds both the record's withdrawal and the case's event."""
    from inspector.services import publicity

    # a fine for 露天烧烤 decided on 10 June, served, paid and closed
    cid = closed_case(
        station, login, amount=100000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    rev = login("legal_reviewer")
    rec = publicity.for_case(rev, cid)
    publicity.sign_off(rev, rec["id"])
    at("2026-06-12")
    publicity.mark_published(rev, rec["id"])

    at("2026-06-18")  # Thursday; 19 June is 端午
    leader_window = window(qtbot, login("squad_leader"))
    leader_window.open_section("cases")
    leader_detail = leader_window.screens["cases"].open_case(cid)
    qtbot.addWidget(leader_detail)
    click_step(qtbot, leader_detail, "decision_changed", reason="复议机关撤销原处罚决定")
    assert leader_detail.guard.isHidden(), leader_detail.guard.text()

    officer_window = window(qtbot, login("officer"))
    officer_window.open_section("dashboard")
    desk = officer_window.screens["dashboard"]
    desk.reload()
    row = next(r for r in desk.table.records if r["case_id"] == cid)
    assert (row["task"], row["due"]) == ("撤下已公示的决定", "2026-06-24")
    assert "第四十八条" in row["reason"]
    shot(officer_window, "officer-desk-withdrawal-due.png")

    reviewer_window = window(qtbot, login("legal_reviewer"))
    reviewer_window.open_section("reviews")
    screen = reviewer_window.screens["reviews"]
    tab = screen.publicity
    screen.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.select_case(cid)
    assert tab.current["state_label"] == "待撤下" and tab.current["withdraw_due"] == "2026-06-24"
    assert tab.withdraw_button.isEnabled() and not tab.publish_button.isEnabled()
    assert "复议机关撤销原处罚决定" in tab.withdraw_note.text() and "2026-06-24" in tab.withdraw_note.text()
    assert "待撤下 1 条" in tab.count.text()
    shot(reviewer_window, "reviewer-publicity-to-withdraw.png")
    at("2026-06-22")
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)  # the reason: the change's own
    assert tab.guard.isHidden(), tab.guard.text()
    tab.select_case(cid)
    assert tab.current["state_label"] == "已撤下" and not tab.withdraw_button.isEnabled()
    assert tab.withdraw_note.text() == "已于2026-06-22撤下：复议机关撤销原处罚决定"
    shot(reviewer_window, "reviewer-publicity-withdrawn.png")

    officer_window.open_section("cases")
    detail = officer_window.screens["cases"].open_case(cid)
    qtbot.addWidget(detail)
    assert "publication_withdrawn" not in detail.step_buttons
    assert [e["label"] for e in detail.shown["events"] if e["step"] == "publication_withdrawn"] == [
        "撤下已公示的决定"
    ]
    assert (
        next(d for d in detail.shown["deadlines"] if d["key"] == "withdraw_publication")["status"] == "done"
    )
    shot(detail, "officer-case-withdrawn.png")
    desk.reload()
    assert next(r for r in desk.table.records if r["case_id"] == cid)["task"] != "撤下已公示的决定"

    reread = Station.open(station.data_dir)
    try:
        stored = reread.db.query_one(
            "SELECT withdrawn_at, withdraw_reason, withdraw_due FROM publicity_records WHERE case_id = ?",
            (cid,),
        )
        assert dict(stored) == {
            "withdrawn_at": "2026-06-22",
            "withdraw_reason": "复议机关撤销原处罚决定",
            "withdraw_due": "2026-06-24",
        }
        event = reread.db.query_one(
            "SELECT on_date, actor FROM case_events WHERE case_id = ? AND step = 'publication_withdrawn'",
            (cid,),
        )
        assert (event["on_date"], event["actor"]) == ("2026-06-22", "chen")
    finally:
        reread.close()


def test_art48_a_decision_revoked_before_publication_is_void_on_the_reviewers_list(
    qtbot, station, login, close_boxes
):
    """Art. 48: the squad leader records in the case window that the decision, signed off but not yet
    published, was revoked on review. The reviewer's 执法公示 list shows the record void (作废) with the reason
    and offers neither publication nor withdrawal; the officer's case window offers no 公示处罚决定 and its
    publication deadline is done; the database re-read holds the record not to be published."""
    from inspector.services import publicity

    cid = closed_case(
        station, login, amount=100000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    rev = login("legal_reviewer")
    publicity.sign_off(rev, publicity.for_case(rev, cid)["id"])
    at("2026-06-11")
    leader_window = window(qtbot, login("squad_leader"))
    leader_window.open_section("cases")
    leader_detail = leader_window.screens["cases"].open_case(cid)
    qtbot.addWidget(leader_detail)
    leader_detail.dialog = None
    qtbot.mouseClick(leader_detail.step_buttons["decision_changed"], Qt.MouseButton.LeftButton)
    dialog = leader_detail.dialog
    assert dialog is not None
    dialog.set_value("kind", "revoked")
    dialog.set_value("reason", "复议机关撤销原处罚决定")
    shot(dialog, "art48-change-dialog.png")
    dialog.accept()
    assert leader_detail.guard.isHidden(), leader_detail.guard.text()

    reviewer_window = window(qtbot, rev)
    reviewer_window.open_section("reviews")
    screen = reviewer_window.screens["reviews"]
    tab = screen.publicity
    screen.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.select_case(cid)
    shot(reviewer_window, "art48-void-record.png")
    assert tab.current["state_label"].startswith("作废"), tab.current["state_label"]
    assert "复议机关撤销原处罚决定" in tab.current["withheld_reason"]
    assert not tab.publish_button.isEnabled() and not tab.withdraw_button.isEnabled()

    officer_window = window(qtbot, login("officer"))
    officer_window.open_section("cases")
    detail = officer_window.screens["cases"].open_case(cid)
    qtbot.addWidget(detail)
    assert "publish" not in detail.step_buttons and "publication_withdrawn" not in detail.step_buttons
    timers = {r["key"]: r for r in detail.deadlines.records}
    assert timers["publicity"]["status"] == "done"
    reread = Station.open(station.data_dir)
    try:
        assert reread.db.scalar("SELECT withheld FROM publicity_records WHERE case_id = ?", (cid,)) == 1
    finally:
        reread.close()


def test_agree_after_changes_comment_stays_before_the_officer_until_the_next_step(
    qtbot, station, login, close_boxes
):
    """Art. 58: 修改后同意 lets the case go on, but the officer must make the changes: the comment shows on
    工作台 and in the case window until the case's next step after the verdict (here the 事先告知) is taken."""
    cid = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    at("2026-06-03")
    reviewer_window = window(qtbot, login("legal_reviewer"))
    reviewer_window.open_section("reviews")
    _review(qtbot, reviewer_window, cid, "agree_modified", "告知书中应写明当事人曾两次被劝导的事实")
    assert station.db.get("cases", cid)["state"] == "internal_review"

    officer_window = window(qtbot, login("officer"))
    dashboard = officer_window.screens["dashboard"]
    assert dashboard.returned.isVisible()
    banner = dashboard.returned.text()
    assert "修改后同意" in banner and "两次被劝导" in banner and "陈静" in banner
    officer_window.open_section("cases")
    detail = officer_window.screens["cases"].open_case(cid)
    qtbot.addWidget(detail)
    assert detail.review_note.isVisible()
    assert "修改后同意" in detail.review_note.text() and "两次被劝导" in detail.review_note.text()

    at("2026-06-04")
    click_step(qtbot, detail, "notify")
    assert detail.guard.isHidden(), detail.guard.text()
    assert station.db.get("cases", cid)["state"] == "notified"
    assert detail.review_note.isHidden()
    dashboard.reload()
    assert dashboard.returned.isHidden() and "两次被劝导" not in dashboard.returned.text()


def _header_fits(detail) -> None:
    """The header's lines each get the height their wrapped text needs, one below the other."""
    shown = [
        w for w in (detail.title, detail.meta, detail.review_note, detail.guard, detail.turn) if w.isVisible()
    ]
    for w in shown:
        assert w.height() >= w.heightForWidth(w.width()), (w.accessibleName(), w.height())
    for above, below in zip(shown, shown[1:], strict=False):
        assert above.geometry().bottom() < below.geometry().top(), (
            above.accessibleName(),
            below.accessibleName(),
        )


def test_case_window_header_of_a_case_needing_review_fits_at_default_and_narrow_width(qtbot, station, login):
    cid = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    officer_window = window(qtbot, login("officer"))
    board = officer_window.screens["dashboard"]
    board.show_case(cid)  # as a double-click on the 工作台 row opens it
    detail = board.details[-1]
    qtbot.addWidget(detail)
    qtbot.waitExposed(detail)
    assert "须法制审核" in detail.meta.text() and "当事人" in detail.meta.text()
    # opened at 1100×800 it stays that size: the tall 裁量表 scrolls in its tab instead of forcing the window
    # taller than a laptop screen (where the window manager would squeeze the header)
    assert detail.height() <= 800
    _header_fits(detail)
    detail.resize(detail.minimumSizeHint().width(), 700)
    qtbot.wait_until(lambda: detail.width() < 700)
    assert detail.height() <= 700
    _header_fits(detail)
