"""``inspector doc``: print a decision, read its QR code from the page image, verify, tamper, verify again."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from exports import qr
from inspector.services import org
from inspector.station import Station
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case

ENV = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": "Demo2026"}


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils not installed (the independent decoder)"
)
def test_print_decode_verify_then_altered(data_dir, tmp_path, cli) -> None:
    st = Station.open(data_dir)
    case = make_case(st)
    org.set_setting(st.system_session(), "documents.station_code", "01")
    st.close()
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(DECISION_FIELDS, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "decision.pdf"

    missing = cli(
        "doc",
        "print",
        "--case",
        case["id"],
        "--type",
        "penalty_decision",
        "-o",
        str(out),
        data_dir=data_dir,
        env=ENV,
    )
    assert (
        missing.returncode == 1
        and "缺少对陈述申辩意见的采纳情况及理由" in missing.stderr
        and not out.exists()
    )

    done = cli(
        "doc",
        "print",
        "--case",
        case["id"],
        "--type",
        "penalty_decision",
        "-o",
        str(out),
        "--fields-json",
        str(fields),
        data_dir=data_dir,
        env=ENV,
    )
    assert done.returncode == 0, done.stderr
    number = "杭上城罚决字〔2026〕第1-01-0001号"
    assert number in done.stdout

    # An independent decoder reads the QR code from the rendered page image.
    png = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", str(out), str(png)], check=True
    )
    (text,) = qr.decode_image((tmp_path / "page.png").read_bytes())
    assert qr.parse(text).number == number

    for source in (text, str(out)):
        ok = cli("doc", "verify", source, data_dir=data_dir, env=ENV)
        assert ok.returncode == 0 and ok.stdout.startswith("genuine"), ok.stdout + ok.stderr

    listed = cli("doc", "list", "--case", case["id"], "--json", data_dir=data_dir, env=ENV)
    (row,) = json.loads(listed.stdout)
    assert (row["number"], row["title"], row["status"]) == (number, "行政处罚决定书", "issued")

    # One character of the stored content changed behind the application's back.
    st = Station.open(data_dir)
    payload = st.db.scalar("SELECT payload FROM documents WHERE number = ?", (number,))
    st.db.execute(
        "UPDATE documents SET payload = ? WHERE number = ?", (payload.replace("陈喆", "陈哲"), number)
    )
    st.close()
    bad = cli("doc", "verify", text, data_dir=data_dir, env=ENV)
    assert bad.returncode == 1 and bad.stdout.startswith("altered"), bad.stdout


def test_void_and_casefile_commands(data_dir, tmp_path, cli) -> None:
    st = Station.open(data_dir)
    case = make_case(st)
    org.set_setting(st.system_session(), "documents.station_code", "01")
    st.close()
    args = [f"--field={k}={v}" for k, v in DECISION_FIELDS.items()]
    out = tmp_path / "d.pdf"
    assert (
        cli(
            "doc",
            "print",
            "--case",
            case["id"],
            "--type",
            "penalty_decision",
            "-o",
            str(out),
            *args,
            data_dir=data_dir,
            env=ENV,
        ).returncode
        == 0
    )
    leader = {"INSPECTOR_USER": "leader", "INSPECTOR_PASSWORD": "Demo2026"}
    denied = cli(
        "doc", "void", "杭上城罚决字〔2026〕第1-01-0001号", "--reason", "错印", data_dir=data_dir, env=ENV
    )
    assert denied.returncode == 1
    voided = cli(
        "doc", "void", "杭上城罚决字〔2026〕第1-01-0001号", "--reason", "错印", data_dir=data_dir, env=leader
    )
    assert voided.returncode == 0, voided.stderr
    listed = json.loads(cli("doc", "list", "--case", case["id"], "--json", data_dir=data_dir, env=ENV).stdout)
    assert listed[0]["status"] == "voided" and listed[0]["void_reason"] == "错印"
    cf = tmp_path / "case.pdf"
    res = cli("doc", "casefile", "--case", case["id"], "-o", str(cf), data_dir=data_dir, env=ENV)
    assert res.returncode == 0 and cf.read_bytes().startswith(b"%PDF")


def test_verify_without_pdftoppm_and_with_a_broken_file(data_dir, tmp_path, cli) -> None:
    """On a station PC without poppler (Windows) verify still reads the QR code; a broken file is one clear line."""
    st = Station.open(data_dir)
    case = make_case(st)
    org.set_setting(st.system_session(), "documents.station_code", "01")
    st.close()
    out = tmp_path / "decision.pdf"
    args = [f"--field={k}={v}" for k, v in DECISION_FIELDS.items()]
    assert (
        cli(
            "doc",
            "print",
            "--case",
            case["id"],
            "--type",
            "penalty_decision",
            "-o",
            str(out),
            *args,
            data_dir=data_dir,
            env=ENV,
        ).returncode
        == 0
    )
    empty = tmp_path / "bin"
    empty.mkdir()
    no_poppler = {**ENV, "PATH": str(empty)}

    ok = cli("doc", "verify", str(out), data_dir=data_dir, env=no_poppler)
    assert ok.returncode == 0 and ok.stdout.startswith("genuine"), ok.stdout + ok.stderr
    assert "杭上城罚决字〔2026〕第1-01-0001号" in ok.stdout

    cut = tmp_path / "cut.pdf"
    cut.write_bytes(out.read_bytes()[:2000])
    bad = cli("doc", "verify", str(cut), data_dir=data_dir, env=no_poppler)
    assert bad.returncode == 1 and bad.stdout == ""
    assert "不是可读取的 PDF" in bad.stderr and str(cut) in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_verify_names_the_changed_amount_and_shows_registered_facts(data_dir, tmp_path, cli) -> None:
    """A copy whose printed fine was edited (QR untouched) is altered, naming the amount; a scanned QR text shows
    the registered party, amount, date and officers for comparison with the paper."""
    import dataclasses

    from exports.render import render
    from inspector.services import documents

    st = Station.open(data_dir)
    case = make_case(st)
    st.close()
    out = tmp_path / "decision.pdf"
    args = [f"--field={k}={v}" for k, v in DECISION_FIELDS.items()]
    assert (
        cli(
            "doc",
            "print",
            "--case",
            case["id"],
            "--type",
            "penalty_decision",
            "-o",
            str(out),
            *args,
            data_dir=data_dir,
            env=ENV,
        ).returncode
        == 0
    )
    st = Station.open(data_dir)
    row = st.db.query_one("SELECT * FROM documents")
    data = documents.document_data(row, station=st)
    forged = render(
        dataclasses.replace(data, fields={**data.fields, "penalty": "罚款人民币50元"}),
        fonts=documents.fonts_for(st),
    )
    st.close()
    bad = tmp_path / "forged.pdf"
    bad.write_bytes(forged)
    res = cli("doc", "verify", str(bad), data_dir=data_dir, env=ENV)
    assert res.returncode == 1 and res.stdout.startswith("altered"), res.stdout + res.stderr
    assert "罚款金额：登记 500 元，文件 50 元" in res.stdout

    (text,) = qr.decode_pdf(out.read_bytes())
    shown = cli("doc", "verify", "--qr", text, data_dir=data_dir, env=ENV)
    assert shown.returncode == 0 and shown.stdout.startswith("genuine"), shown.stdout + shown.stderr
    for needle in ("当事人：陈喆", "处罚内容：罚款人民币500元", "出具日期：", "执法人员："):
        assert needle in shown.stdout


def test_cli_refusals_name_the_article(data_dir, tmp_path, cli) -> None:
    """The CLI path refuses like the GUI: one line naming the article, no file written."""
    from tests.integration.workflow_support import make_case as clue_case

    st = Station.open(data_dir)
    org.set_setting(
        st.system_session(), "hearing.thresholds", {"*": {"person": 300000, "organisation": 5000000}}
    )
    notified = make_case(st)  # notified of 500 yuan: no hearing right
    clue = clue_case(st)  # 店外经营: an unverified, foreign citation
    with st.db.write():
        st.db.meta_set("demo", "0")  # a live station
    st.close()
    out = tmp_path / "x.pdf"
    res = cli(
        "doc",
        "print",
        "--case",
        notified["id"],
        "--type",
        "hearing_notice",
        "-o",
        str(out),
        data_dir=data_dir,
        env=ENV,
    )
    assert (
        res.returncode == 1
        and "《中华人民共和国行政处罚法》第六十三条" in res.stderr
        and "听证权利" in res.stderr
    )
    assert len(res.stderr.strip().splitlines()) == 1 and not out.exists()
    res = cli(
        "doc",
        "print",
        "--case",
        clue,
        "--type",
        "correction_order",
        "-o",
        str(out),
        "--field",
        "basis=《浙江省城市市容和环境卫生管理条例》第十八条",
        "--field",
        "correction_required=立即改正",
        "--field",
        "correction_deadline=2026年10月1日",
        "--field",
        "agency_address=江城路1号",
        "--field",
        "agency_phone=0571-1",
        "--field",
        "party_address=清泰街1号",
        data_dir=data_dir,
        env=ENV,
    )
    assert res.returncode == 1 and "第三十八条" in res.stderr and "事项330217001000" in res.stderr, res.stderr
    assert not out.exists()


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf needed")
def test_verify_of_a_printed_copy_without_its_first_page(data_dir, tmp_path, cli) -> None:
    """A court clerk handed pages 2 onward of a genuine decision: `doc verify` names the document and the
    missing page; the whole copy, written again by qpdf, is genuine."""
    st = Station.open(data_dir)
    case = make_case(st)
    st.close()
    out = tmp_path / "decision.pdf"
    args = [f"--field={k}={v}" for k, v in DECISION_FIELDS.items()]
    printed = cli(
        "doc", "print", "--case", case["id"], "--type", "penalty_decision", "-o", str(out), *args,
        data_dir=data_dir, env=ENV,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    number = printed.stdout.split()[1]  # 已出具 <文号> → <file>
    later = tmp_path / "pages-2-on.pdf"
    subprocess.run(["qpdf", str(out), "--pages", str(out), "2-z", "--", str(later)], check=True)
    res = cli("doc", "verify", str(later), data_dir=data_dir, env=ENV)
    assert res.returncode == 1 and res.stdout.startswith("altered"), res.stdout + res.stderr
    assert "  不一致：第1页缺失" in res.stdout.splitlines()
    assert f"文号：{number}" in res.stdout.splitlines()
    resaved = tmp_path / "resaved.pdf"
    subprocess.run(["qpdf", "--object-streams=generate", str(out), str(resaved)], check=True)
    ok = cli("doc", "verify", str(resaved), data_dir=data_dir, env=ENV)
    assert ok.returncode == 0 and ok.stdout.startswith("genuine"), ok.stdout + ok.stderr
