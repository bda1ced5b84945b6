"""``inspector doc``: print a decision, read its QR code from the page image, verify, tamper, verify again."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from exports import qr
from inspector.station import Station
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case

ENV = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": "Demo2026"}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed (the independent decoder)")
def test_print_decode_verify_then_altered(data_dir, tmp_path, cli) -> None:
    st = Station.open(data_dir)
    case = make_case(st)
    st.close()
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(DECISION_FIELDS, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "decision.pdf"

    missing = cli("doc", "print", "--case", case["id"], "--type", "penalty_decision", "-o", str(out),
                  data_dir=data_dir, env=ENV)
    assert missing.returncode == 1 and "缺少处罚依据" in missing.stderr and not out.exists()

    done = cli("doc", "print", "--case", case["id"], "--type", "penalty_decision", "-o", str(out),
               "--fields-json", str(fields), data_dir=data_dir, env=ENV)
    assert done.returncode == 0, done.stderr
    number = "杭上城罚决字〔2026〕第1-0001号"
    assert number in done.stdout

    # An independent decoder reads the QR code from the rendered page image.
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", str(out), str(png)],
                   check=True)
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
    st.db.execute("UPDATE documents SET payload = ? WHERE number = ?", (payload.replace("陈喆", "陈哲"), number))
    st.close()
    bad = cli("doc", "verify", text, data_dir=data_dir, env=ENV)
    assert bad.returncode == 1 and bad.stdout.startswith("altered"), bad.stdout


def test_void_and_casefile_commands(data_dir, tmp_path, cli) -> None:
    st = Station.open(data_dir)
    case = make_case(st)
    st.close()
    args = [f"--field={k}={v}" for k, v in DECISION_FIELDS.items()]
    out = tmp_path / "d.pdf"
    assert cli("doc", "print", "--case", case["id"], "--type", "penalty_decision", "-o", str(out), *args,
               data_dir=data_dir, env=ENV).returncode == 0
    leader = {"INSPECTOR_USER": "leader", "INSPECTOR_PASSWORD": "Demo2026"}
    denied = cli("doc", "void", "杭上城罚决字〔2026〕第1-0001号", "--reason", "错印", data_dir=data_dir, env=ENV)
    assert denied.returncode == 1
    voided = cli("doc", "void", "杭上城罚决字〔2026〕第1-0001号", "--reason", "错印", data_dir=data_dir, env=leader)
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
    st.close()
    out = tmp_path / "decision.pdf"
    args = [f"--field={k}={v}" for k, v in DECISION_FIELDS.items()]
    assert cli("doc", "print", "--case", case["id"], "--type", "penalty_decision", "-o", str(out), *args,
               data_dir=data_dir, env=ENV).returncode == 0
    empty = tmp_path / "bin"
    empty.mkdir()
    no_poppler = {**ENV, "PATH": str(empty)}

    ok = cli("doc", "verify", str(out), data_dir=data_dir, env=no_poppler)
    assert ok.returncode == 0 and ok.stdout.startswith("genuine"), ok.stdout + ok.stderr
    assert "杭上城罚决字〔2026〕第1-0001号" in ok.stdout

    cut = tmp_path / "cut.pdf"
    cut.write_bytes(out.read_bytes()[:2000])
    bad = cli("doc", "verify", str(cut), data_dir=data_dir, env=no_poppler)
    assert bad.returncode == 1 and bad.stdout == ""
    assert "文件不是可读取的 PDF" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
