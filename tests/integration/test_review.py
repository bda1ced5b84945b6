"""法制审核 through the use cases: the queue, the checklist, verdicts and their comments, returns, the 意见书."""

from __future__ import annotations

import subprocess

import pytest

from inspector import clock
from inspector.errors import GuardRefused, PermissionDenied
from inspector.services import discretion as disc
from inspector.services import review, review_opinion, users
from inspector.services import workflow as wf
from inspector.station import audit
from tests.integration.workflow_support import at, make_case, set_hearing_thresholds

ALL_TICKED = {code: True for code, _ in review.MANUAL_ITEMS}


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


@pytest.fixture
def people(station, login):
    at("2026-06-01")
    set_hearing_thresholds(station)
    return {r: login(r) for r in ("officer", "squad_leader", "legal_reviewer")}


def submitted_case(station, p, amount=50000) -> str:
    """A case whose fine lies above the recommended tier (a local trigger), submitted for 法制审核."""
    cid = make_case(station)
    o = p["officer"]
    wf.advance(o, cid, "verify")
    wf.advance(p["squad_leader"], cid, "file")
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(o, cid, step)
    disc.record(o, cid, amount_cents=amount, answers={"tier": "一般"}, reason="多次劝导拒不改正")
    wf.advance(o, cid, "submit_legal_review")
    return cid


def test_queue_lists_submitted_case_with_review_deadline_in_working_days(station, people):
    at(
        "2026-09-30"
    )  # 国庆: 1–7 October are holidays, Saturday 10 October a make-up working day: 8,9,10,12–15
    cid = submitted_case(station, people)
    rows = review.queue(people["legal_reviewer"])
    row = next(r for r in rows if r["case_id"] == cid)
    assert row["submitted"] and row["submitted_on"] == "2026-09-30"
    assert row["due"] == "2026-10-15"
    assert any("推荐裁量阶次" in r for r in row["reasons"])
    with pytest.raises(PermissionDenied):
        review.queue(people["officer"])


def test_queue_also_shows_cases_that_need_review_but_were_not_submitted(station, people):
    cid = make_case(station)
    o = people["officer"]
    wf.advance(o, cid, "verify")
    wf.advance(people["squad_leader"], cid, "file")
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(o, cid, step)
    disc.record(o, cid, amount_cents=50000, answers={"tier": "一般"}, reason="多次劝导拒不改正")
    row = next(r for r in review.queue(people["legal_reviewer"]) if r["case_id"] == cid)
    # filed on 1 June: the review must come before the Art. 60 decision, 90 days on (30 August)
    assert not row["submitted"] and row["status"] == "pending"
    assert row["due"] == "2026-08-31" and row["deadline"] == "decision"  # 30 August is a Sunday


def test_art58_comment_required_unless_agreeing(station, people):
    cid = submitted_case(station, people)
    rev = people["legal_reviewer"]
    for verdict in ("agree_modified", "return", "disagree"):
        with pytest.raises(GuardRefused) as err:
            review.decide(rev, cid, verdict, "  ")
        assert (
            err.value.rule == "opinion_required"
            and err.value.article == "《中华人民共和国行政处罚法》第五十八条"
        )
    assert station.db.get("cases", cid)["state"] == "legal_review"


def test_agree_refused_until_manual_items_are_ticked(station, people):
    cid = submitted_case(station, people)
    with pytest.raises(GuardRefused) as err:
        review.decide(people["legal_reviewer"], cid, "agree")
    assert err.value.rule == "checklist_unticked"
    review.decide(people["legal_reviewer"], cid, "agree", ticks=ALL_TICKED)
    assert station.db.get("cases", cid)["state"] == "internal_review"
    stored = station.db.query_one("SELECT verdict, opinion, items FROM reviews WHERE case_id = ?", (cid,))
    assert stored["verdict"] == "agree" and "同意" in stored["opinion"] and '"B2"' in stored["items"]


def test_agree_refused_when_an_automatic_item_fails(station, people):
    """Art. 42: fewer than two officers with valid certificates fails B2, so 同意 is refused."""
    cid = submitted_case(station, people)
    station.db.conn.execute(
        "UPDATE officers SET cert_expiry = '2026-01-01' WHERE id IN "
        "(SELECT officer_id FROM case_officers WHERE case_id = ? LIMIT 1)",
        (cid,),
    )
    with pytest.raises(GuardRefused) as err:
        review.decide(people["legal_reviewer"], cid, "agree", ticks=ALL_TICKED)
    assert err.value.rule == "checklist_failed" and "B2" in str(err.value)


def test_return_reaches_the_officer_with_the_comment_and_blocks_the_decision(station, people):
    cid = submitted_case(station, people)
    review.decide(people["legal_reviewer"], cid, "return", "现场照片未显示占道范围，请补充测量记录")
    assert station.db.get("cases", cid)["state"] == "investigating"
    back = review.returned_to(people["officer"])
    row = next(r for r in back if r["case_id"] == cid)
    assert row["verdict_label"] == "退回补充调查" and "补充测量记录" in row["comment"]
    verdict = station.db.query_one("SELECT * FROM reviews WHERE case_id = ?", (cid,))
    event = station.db.query_one(
        "SELECT * FROM audit_events WHERE entity = 'reviews' AND entity_id = ?", (verdict["id"],)
    )
    assert event["action"] == "case.legal_review:insert" and event["actor"] == "reviewer"
    assert event["digest"] == audit.digest(verdict)  # the verdict as stored is what the chain covers
    # Art. 58: the case cannot be decided before a review passes
    o = people["officer"]
    wf.advance(o, cid, "end_investigation")
    wf.advance(o, cid, "submit_review")
    wf.advance(o, cid, "notify")
    at("2026-06-10")
    with pytest.raises(GuardRefused) as err:
        wf.advance(people["squad_leader"], cid, "decide")
    assert err.value.rule == "legal_review_required"


def test_unqualified_reviewer_cannot_give_a_first_review(station, people):
    """Art. 58 ¶2: the reviewer must hold the national legal professional qualification."""
    cid = submitted_case(station, people)
    users.add_user(
        station.system_session(),
        username="rev3",
        display_name="见习审核员",
        role="legal_reviewer",
        password="Review2026x",
        has_legal_qualification=False,
    )
    with pytest.raises(GuardRefused) as err:
        review.decide(station.login("rev3", "Review2026x"), cid, "agree", ticks=ALL_TICKED)
    assert err.value.article == "《中华人民共和国行政处罚法》第五十八条第二款"


def test_review_extension_adds_three_working_days_once(station, people):
    cid = submitted_case(station, people)
    rev = people["legal_reviewer"]
    before = next(r for r in review.queue(rev) if r["case_id"] == cid)["due"]
    review.extend(rev, cid, "须补充调取规划许可材料")
    after = next(r for r in review.queue(rev) if r["case_id"] == cid)["due"]
    assert (before, after) == ("2026-06-10", "2026-06-15")
    with pytest.raises(GuardRefused):
        review.extend(rev, cid, "再延长")


def test_opinion_before_any_verdict_says_there_is_none_yet_and_what_to_do(station, people):
    """Art. 58: the 意见书 records a verdict; asked for before one, the reviewer is told so (not that a record
    may have been deleted), and no number is drawn."""
    rev = people["legal_reviewer"]
    waiting = submitted_case(station, people)
    drawn = station.db.scalar("SELECT count(*) FROM number_register")
    with pytest.raises(GuardRefused) as err:
        review_opinion.issue(rev, waiting)
    assert err.value.rule == "no_verdict" and err.value.article == "《中华人民共和国行政处罚法》第五十八条"
    assert "尚未作出结论" in str(err.value) and "提交审核意见" in err.value.hint
    never_sent = make_case(station)
    with pytest.raises(GuardRefused) as err:
        review_opinion.issue(rev, never_sent)
    assert err.value.rule == "no_verdict" and "尚未提交法制审核" in str(err.value)
    assert station.db.scalar("SELECT count(*) FROM number_register") == drawn
    assert not station.db.scalar("SELECT count(*) FROM documents WHERE doc_type = 'legal_review_opinion'")


def test_opinion_pdf_carries_verdict_checklist_and_comment(station, people, tmp_path):
    cid = submitted_case(station, people)
    review.decide(people["legal_reviewer"], cid, "agree_modified", "罚款金额应在说理中写明超出阶次的理由")
    issued = review_opinion.issue(people["legal_reviewer"], cid)
    text = subprocess.run(
        ["pdftotext", "-layout", str(issued.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "法制审核意见书" in text and "修改后同意" in text and "超出阶次的理由" in text
    assert "两名以上持有效执法证" in text and "具有国家统一法律职业资格" in text
    assert (
        station.db.scalar("SELECT doc_type FROM documents WHERE id = ?", (issued.id,))
        == "legal_review_opinion"
    )


def test_asking_again_for_the_opinion_of_one_review_draws_no_second_number(station, people):
    """One review, one 意见书 (法制审核意见书, 行政处罚法第五十八条): printing it again must not take another number
    from the register, which would leave two numbered opinions for one review in the case file."""
    cid = submitted_case(station, people)
    rev = people["legal_reviewer"]
    review.decide(rev, cid, "agree", ticks=ALL_TICKED)
    first = review_opinion.issue(rev, cid)
    drawn = station.db.scalar("SELECT count(*) FROM number_register")
    again = review_opinion.issue(rev, cid)
    assert (again.id, again.number, again.earlier) == (first.id, first.number, True)
    assert station.db.scalar("SELECT count(*) FROM number_register") == drawn
    first.path.unlink()  # the file is gone: it is made again from the record, still under its number
    third = review_opinion.issue(rev, cid)
    assert third.number == first.number and third.path.is_file()
    text = subprocess.run(
        ["pdftotext", "-layout", str(third.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "法制审核意见书" in text
    from inspector.services import documents

    documents.void_number(people["squad_leader"], first.number, reason="打印错误，作废重出")
    fresh = review_opinion.issue(rev, cid)
    assert fresh.number != first.number and not fresh.earlier
