"""执法公示 through the use cases: drafted masked records, sign-off, the upload package (checked by reading
the PDFs' text and the CSV back), due dates on the working-day calendar, minors withheld, withdrawal."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector import clock
from inspector.errors import GuardRefused
from inspector.services import publicity, worklist
from inspector.services import workflow as wf
from tests.integration.review_support import closed_case
from tests.integration.workflow_support import at, resident_id

ID = resident_id(dt.date(1980, 3, 4))
HOSTILE = (
    "当事人张三（身份证 "
    + " ".join([ID[:6], ID[6:14], ID[14:]])
    + "）于2026年5月28日在解放路12号门前店外经营，"
    "联系电话＋８６ １３８ ００１３ ８０００，另留座机0571-8765 4321；证人李四称其家住清波街128号3幢2单元501室，"
    "患有糖尿病；罚款可由其账户6222-0212-3456-7890-123代缴；车牌浙A·D1234。"
)
LEAKS = ("李四", "清波街128号", "糖尿病", "浙A", "8765", "0013")


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def hostile_case(station, login, **kw) -> str:
    cid = closed_case(station, login, **kw)
    case = station.db.get("cases", cid)
    station.db.conn.execute("UPDATE cases SET summary = ? WHERE id = ?", (HOSTILE, cid))
    station.db.conn.execute(
        "UPDATE parties SET address = ?, phone = ? WHERE id = ?",
        ("杭州市上城区清波街128号3幢2单元501室", "13800138000", case["party_id"]),
    )
    station.db.conn.commit()
    return cid


def digits_in(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def test_export_package_contains_no_personal_data(station, login, tmp_path):
    cid = hostile_case(station, login)
    rev = login("legal_reviewer")
    rec = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert rec["state"] == "draft" and rec["decided_on"] == "2026-06-10"
    assert rec["due_date"] == "2026-06-22"  # 7 working days; 端午 19 June is a holiday
    publicity.sign_off(rev, rec["id"])
    result = publicity.export(rev, tmp_path / "pkg", since="2026-01-01")
    assert result["count"] == 1
    pdfs = [Path(f) for f in result["files"] if f.endswith(".pdf")]
    texts = ["".join(page.extract_text() for page in PdfReader(p).pages) for p in pdfs]
    with open(tmp_path / "pkg" / "行政处罚结果公开.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1 and rows[0]["当事人名称"] == "张三"
    csv_text = "".join(rows[0].values())
    for text in [*texts, csv_text]:
        compact = "".join(text.split())
        assert "张三" in compact and "店外经营" in compact and "罚款人民币200.00元" in compact
        for leak in LEAKS:
            assert leak not in compact, (leak, compact)
        for secret in (ID, "13800138000", "62220212345678901 23".replace(" ", "")):
            assert secret not in digits_in(text)
    assert station.db.get("publicity_records", rec["id"])["exported_at"]


def test_minor_party_is_not_published(station, login, tmp_path):
    """Zhejiang rule Art. 5: a decision against a minor is not published."""
    cid = closed_case(station, login, birth=dt.date(2010, 1, 1))
    rev = login("legal_reviewer")
    rec = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert rec["state"] == "withheld" and "未成年" in rec["withheld_reason"] and rec["masked_text"] == ""
    with pytest.raises(GuardRefused):
        publicity.sign_off(rev, rec["id"])
    assert publicity.export(rev, tmp_path / "pkg")["count"] == 0


def _deadline(session, cid: str, key: str) -> dict | None:
    return next((d for d in wf.timeline(session, cid)["deadlines"] if d["key"] == key), None)


def _desk(session, cid: str) -> dict | None:
    return next((r for r in worklist.page(session).rows if r["case_id"] == cid), None)


def _published_then_changed(station, login) -> tuple[str, dict]:
    """A fine decided on 10 June, published on 12 June (reviewer), revoked on review on Thursday 18 June."""
    cid = closed_case(station, login)
    rev = login("legal_reviewer")
    rec = publicity.for_case(rev, cid)
    publicity.sign_off(rev, rec["id"])
    at("2026-06-12")
    publicity.mark_published(rev, rec["id"])
    at("2026-06-18")
    wf.advance(
        login("squad_leader"), cid, "decision_changed", kind="revoked", reason="复议机关撤销原处罚决定"
    )
    return cid, rec


def test_art48_withdrawal_due_shows_on_both_sides_and_the_reviewer_records_it_for_the_case(station, login):
    """Art. 48: a published decision changed or revoked is withdrawn within 3 working days with the reason.
    The case's timer, the officer's 工作台 and the reviewer's record name one due date; the reviewer's 撤下公示
    writes the case event too, so the case's timer stops and the officer has nothing left to do."""
    cid, rec = _published_then_changed(station, login)
    officer, rev = login("officer"), login("legal_reviewer")
    row = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert row["state"] == "to_withdraw" and row["withdraw_due"] == "2026-06-24"  # 19 June 端午 holiday
    timer = _deadline(officer, cid, "withdraw_publication")
    assert timer is not None and timer["due"] == "2026-06-24" and timer["status"] != "done"
    item = _desk(officer, cid)
    assert item is not None and item["task"] == "撤下已公示的决定" and item["due"] == "2026-06-24"
    assert "publication_withdrawn" in [s["step"] for s in wf.allowed_steps(officer, cid)]
    at("2026-06-22")
    publicity.withdraw(rev, rec["id"])  # the reason publicly stated is the change's own
    stored = station.db.get("publicity_records", rec["id"])
    assert (stored["withdrawn_at"], stored["withdraw_reason"], stored["withdraw_due"]) == (
        "2026-06-22",
        "复议机关撤销原处罚决定",
        "2026-06-24",
    )
    events = station.db.query(
        "SELECT on_date, actor, data FROM case_events WHERE case_id = ? AND step = 'publication_withdrawn'",
        (cid,),
    )
    assert [(e["on_date"], e["actor"]) for e in events] == [("2026-06-22", rev.user.username)]
    assert _deadline(officer, cid, "withdraw_publication")["status"] == "done"
    assert "publication_withdrawn" not in [s["step"] for s in wf.allowed_steps(officer, cid)]
    assert _desk(officer, cid)["task"] == "归档"
    with pytest.raises(GuardRefused) as err:
        publicity.withdraw(rev, rec["id"], "再次撤下")
    assert (
        err.value.rule == "already_withdrawn"
        and err.value.article == "《中华人民共和国行政处罚法》第四十八条"
    )


def test_art48_officer_withdrawal_step_withdraws_the_publicity_record(station, login):
    """Art. 48 from the officer's side: 撤下已公示的决定 on the case withdraws the reviewer's record the same day,
    with the reason given; the reviewer's list then shows it withdrawn within its due date."""
    cid, rec = _published_then_changed(station, login)
    officer, rev = login("officer"), login("legal_reviewer")
    at("2026-06-19")  # 端午: a holiday, but a withdrawal may be recorded on any day
    wf.advance(officer, cid, "publication_withdrawn", reason="原决定已被复议机关撤销，撤回公开")
    stored = station.db.get("publicity_records", rec["id"])
    assert (
        stored["withdrawn_at"] == "2026-06-19"
        and stored["withdraw_reason"] == "原决定已被复议机关撤销，撤回公开"
    )
    row = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert row["state"] == "withdrawn" and row["withdraw_due"] == "2026-06-24" and not row["overdue"]
    with pytest.raises(GuardRefused) as err:
        publicity.withdraw(rev, rec["id"], "重复登记")
    assert err.value.rule == "already_withdrawn"


def _b2(station, squad_id: str) -> list[dict]:
    """The records behind the squad rating's 按期公示率 (B2) for 2026, as the rating reads them."""
    from inspector.law.rating_rules import Period
    from inspector.services import rating_metrics

    params = rating_metrics.period_params(Period("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    return rating_metrics.rows(station.db.conn, "publicity_on_time", squad_id, params)


def test_art48_a_decision_changed_before_publication_is_published_as_changed(station, login):
    """Art. 48 withdraws what was published; a decision changed before it was published is published as
    changed: no withdrawal, the record is redrafted from the new decision (the old sign-off no longer covers
    it), and its 7 working days count from the change, on the case and on the record alike."""
    cid = closed_case(station, login)
    officer, rev = login("officer"), login("legal_reviewer")
    rec = publicity.for_case(rev, cid)
    publicity.sign_off(rev, rec["id"])
    assert "罚款人民币200.00元" in publicity.for_case(rev, cid)["masked_text"]
    at("2026-06-11")
    with pytest.raises(GuardRefused) as err:  # how the decision changed is part of the record
        wf.advance(login("squad_leader"), cid, "decision_changed", reason="复议机关变更罚款数额")
    assert err.value.rule == "change_kind" and "第四十八条" in err.value.article
    wf.advance(
        login("squad_leader"),
        cid,
        "decision_changed",
        kind="changed",
        amount_cents=10000,
        reason="复议变更罚款数额",
    )
    assert _deadline(officer, cid, "withdraw_publication") is None
    assert "publication_withdrawn" not in [s["step"] for s in wf.allowed_steps(officer, cid)]
    with pytest.raises(GuardRefused) as err:
        wf.advance(officer, cid, "publication_withdrawn")
    assert err.value.rule == "not_published" and "第四十八条" in err.value.article
    rec = publicity.for_case(rev, cid)
    assert "罚款人民币100.00元（决定变更：复议变更罚款数额）" in rec["masked_text"]
    assert "200.00" not in rec["masked_text"]
    assert rec["signed_off_at"] is None and rec["decided_on"] == "2026-06-11"
    # 7 working days from Thursday 11 June, 端午 19 June a holiday
    assert rec["due_date"] == "2026-06-23" == _deadline(officer, cid, "publicity")["due"]
    row = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert row["state"] == "draft"
    with pytest.raises(GuardRefused) as err:  # the changed decision needs its own sign-off first
        wf.advance(officer, cid, "publish")
    assert err.value.rule == "publicity_not_signed_off"
    publicity.sign_off(rev, rec["id"])
    at("2026-06-22")
    wf.advance(officer, cid, "publish")
    (b2,) = [r for r in _b2(station, station.db.get("cases", cid)["squad_id"]) if r["case_id"] == cid]
    assert (b2["num"], b2["den"]) == (1, 1)  # published on time, counted from the change


def test_art48_a_decision_revoked_before_publication_is_not_published(station, login):
    """Art. 48: a revoked decision has nothing to publish. The case's publication duty closes with the reason,
    the record is void (作废) with the reason and cannot be signed off or published, and the squad rating's
    按期公示率 does not count it late."""
    cid = closed_case(station, login)
    officer, rev = login("officer"), login("legal_reviewer")
    publicity.sign_off(rev, publicity.for_case(rev, cid)["id"])
    at("2026-06-11")
    wf.advance(
        login("squad_leader"), cid, "decision_changed", kind="revoked", reason="复议机关撤销原处罚决定"
    )
    assert _deadline(officer, cid, "withdraw_publication") is None
    assert _deadline(officer, cid, "publicity")["status"] == "done"
    assert "publish" not in [s["step"] for s in wf.allowed_steps(officer, cid)]
    with pytest.raises(GuardRefused) as err:
        wf.advance(officer, cid, "publish")
    assert err.value.rule == "publicity_void" and "第四十八条" in err.value.article
    row = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert row["state"] == "void" and row["state_label"].startswith("作废")
    assert row["withheld_reason"] == "决定撤销，不予公示：复议机关撤销原处罚决定"
    assert row["masked_text"] == "" and not row["overdue"]
    with pytest.raises(GuardRefused):
        publicity.sign_off(rev, row["id"])
    history = [e for e in wf.timeline(officer, cid)["events"] if e["step"] == "publicity_withheld"]
    assert [e["data"]["reason"] for e in history] == ["决定撤销，不予公示：复议机关撤销原处罚决定"]
    at("2026-07-01")  # long after the original due date
    assert not [r for r in _b2(station, station.db.get("cases", cid)["squad_id"]) if r["case_id"] == cid]


def test_art48_withdrawal_refused_while_the_decision_stands(station, login):
    cid = closed_case(station, login)
    rev = login("legal_reviewer")
    rec = publicity.for_case(rev, cid)
    publicity.sign_off(rev, rec["id"])
    at("2026-06-12")
    publicity.mark_published(rev, rec["id"])
    with pytest.raises(GuardRefused) as err:
        publicity.withdraw(rev, rec["id"], "想撤下")
    assert err.value.rule == "nothing_to_withdraw" and "登记决定变更" in err.value.hint


def test_art48_and_publication_due_dates_follow_the_stricter_setting_on_both_sides(station, login):
    """The case's timers and the reviewer's record (whose due date the squad rating's B2 counts) read one
    setting each: a stricter provincial limit moves both the same way."""
    from inspector.services.org import set_setting

    admin = station.system_session()
    set_setting(admin, "publicity.working_days", {"national": 7, "provincial": 5})
    set_setting(admin, "publicity.withdraw_working_days", {"law": 3, "provincial": 2})
    cid, rec = _published_then_changed(station, login)
    officer, rev = login("officer"), login("legal_reviewer")
    row = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert row["due_date"] == "2026-06-17" == _deadline(officer, cid, "publicity")["due"]
    assert row["withdraw_due"] == "2026-06-23" == _deadline(officer, cid, "withdraw_publication")["due"]


def test_art48_archived_case_records_late_publication_and_withdrawal_on_either_side(station, login):
    """Publication and withdrawal follow the decision, not the file: on an archived case the officer may record
    a publication the portal reported late (as the reviewer may), the squad leader a later revocation, and
    the withdrawal then due is on the officer's 工作台 until recorded."""
    cid = closed_case(station, login)
    officer, rev, lead = login("officer"), login("legal_reviewer"), login("squad_leader")
    wf.advance(officer, cid, "archive")
    publicity.sign_off(rev, publicity.for_case(rev, cid)["id"])
    at("2026-06-15")
    assert "publish" in [s["step"] for s in wf.allowed_steps(officer, cid)]
    wf.advance(officer, cid, "publish")
    assert publicity.for_case(rev, cid)["published_at"] == "2026-06-15"
    assert _desk(officer, cid) is None  # archived: nothing is due
    at("2026-09-01")
    wf.advance(lead, cid, "decision_changed", kind="revoked", reason="法院判决撤销原处罚决定")
    item = _desk(officer, cid)
    assert item is not None and item["task"] == "撤下已公示的决定" and item["due"] == "2026-09-04"
    wf.advance(officer, cid, "publication_withdrawn")
    assert publicity.for_case(rev, cid)["withdraw_reason"] == "法院判决撤销原处罚决定"
    assert _desk(officer, cid) is None
    assert station.db.get("cases", cid)["state"] == "archived"


def test_overdue_publication_is_flagged(station, login):
    cid = closed_case(station, login)
    at("2026-06-23")
    rec = next(r for r in publicity.records(login("legal_reviewer")) if r["case_id"] == cid)
    assert rec["overdue"] and rec["status"] == "overdue"


def test_due_date_follows_the_stricter_limit(station, login):
    """国办发〔2018〕118号 7 working days vs the provincial 20: the stricter one counts, whichever is set."""
    from inspector.services.org import set_setting

    set_setting(station.system_session(), "publicity.working_days", {"national": 7, "provincial": 5})
    cid = closed_case(station, login)
    rec = next(r for r in publicity.records(login("legal_reviewer")) if r["case_id"] == cid)
    assert rec["due_date"] == "2026-06-17"  # 5 working days after 10 June


def test_officer_publishes_only_what_the_reviewer_signed_off_and_both_records_agree(station, login):
    """§7.2 and Art. 48: the decision drafts the masked record; the officer's 决定公示 is refused until the legal
    reviewer signs it off; once taken, the case's timer stops and the record carries the same date."""
    cid = closed_case(station, login)
    drafted = station.db.query_one("SELECT * FROM publicity_records WHERE case_id = ?", (cid,))
    assert drafted is not None and drafted["decided_on"] == "2026-06-10"  # drafted by the decision itself
    officer, rev = login("officer"), login("legal_reviewer")
    at("2026-06-12")
    assert "publish" in [s["step"] for s in wf.allowed_steps(officer, cid)]
    with pytest.raises(GuardRefused) as err:
        wf.advance(officer, cid, "publish")
    assert err.value.rule == "publicity_not_signed_off" and "第四十八条" in err.value.article
    assert not station.db.scalar(
        "SELECT count(*) FROM case_events WHERE case_id = ? AND step = 'publish'", (cid,)
    )
    publicity.sign_off(rev, drafted["id"])
    wf.advance(officer, cid, "publish")
    assert station.db.get("publicity_records", drafted["id"])["published_at"] == "2026-06-12"
    rec = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    assert rec["state"] == "published" and not rec["overdue"]
    dl = {d["key"]: d for d in wf.timeline(officer, cid)["deadlines"]}
    assert dl["publicity"]["status"] == "done"


def test_reviewer_registering_publication_records_the_case_step(station, login):
    cid = closed_case(station, login)
    rev = login("legal_reviewer")
    rec = publicity.for_case(rev, cid)
    publicity.sign_off(rev, rec["id"])
    at("2026-06-15")
    publicity.mark_published(rev, rec["id"])
    events = station.db.query("SELECT * FROM case_events WHERE case_id = ? AND step = 'publish'", (cid,))
    assert [(e["on_date"], e["actor"]) for e in events] == [("2026-06-15", rev.user.username)]
    officer = login("officer")
    assert "publish" not in [s["step"] for s in wf.allowed_steps(officer, cid)]
    assert {d["key"]: d for d in wf.timeline(officer, cid)["deadlines"]}["publicity"]["status"] == "done"


def test_withheld_decision_has_no_publication_step_and_no_timer(station, login):
    """Zhejiang rule Art. 5: a decision against a minor is not published, so nothing is due on the case."""
    cid = closed_case(station, login, birth=dt.date(2010, 1, 1))
    officer = login("officer")
    assert "publish" not in [s["step"] for s in wf.allowed_steps(officer, cid)]
    with pytest.raises(GuardRefused) as err:
        wf.advance(officer, cid, "publish")
    assert err.value.rule == "publicity_withheld"
    at("2026-07-30")
    assert {d["key"]: d for d in wf.timeline(officer, cid)["deadlines"]}["publicity"]["status"] == "done"
    labels = [e["label"] for e in wf.timeline(officer, cid)["events"]]
    assert "决定不予公示" in labels


def test_work_list_row_names_the_publication_when_it_is_the_deadline_shown(station, login):
    """国办发〔2018〕118号: a decided case whose publication comes due first shows 决定公示 as its task, with the
    publication's deadline — not the later task (归档) beside the publication's date — and says what follows."""
    cid = closed_case(station, login)
    at("2026-06-23")  # the publication was due on 22 June
    officer = login("officer")
    row = next(r for r in worklist.page(officer, scope="all").rows if r["case_id"] == cid)
    assert row["task"] == worklist.task_publish()
    assert row["deadline"] == "行政处罚决定公示" and row["due"] == "2026-06-22"
    assert row["reason"].endswith("公示后：归档")
    assert row["reason_parts"] == (worklist.REASON_PUBLISH_FIRST, ("归档",))

    rev = login("legal_reviewer")
    rec = next(r for r in publicity.records(rev) if r["case_id"] == cid)
    publicity.sign_off(rev, rec["id"])
    wf.advance(officer, cid, "publish")
    row = next(r for r in worklist.page(officer, scope="all").rows if r["case_id"] == cid)
    assert row["task"] == "归档"  # published: the case's own next task again
