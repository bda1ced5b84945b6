"""Every document type: text against its reference, embedded subset fonts, determinism, pagination, glyphs."""

from __future__ import annotations

import dataclasses
import io
import os
import re
from pathlib import Path

import pypdf
import pytest

from exports import documents, fonts
from exports.errors import MissingGlyphs
from exports.render import render
from tests.unit.exports.samples import sample

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("INSPECTOR_UPDATE_REFERENCE") == "1"


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join((p.extract_text() or "").rstrip() for p in reader.pages) + "\n"


def font_objects(pdf: bytes) -> list[dict]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    out = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            out[font["/BaseFont"]] = font
    return list(out.values())


@pytest.mark.parametrize("doc_type", sorted(documents.TYPES))
def test_text_matches_reference(doc_type: str) -> None:
    """The extracted text of each document type is exactly the reviewed reference text."""
    got = text_of(render(sample(doc_type)))
    ref = REFERENCE / f"{doc_type}.txt"
    if UPDATE:
        ref.write_text(got, encoding="utf-8")
    assert ref.exists(), f"no reference for {doc_type}: run with INSPECTOR_UPDATE_REFERENCE=1, review, commit"
    assert got == ref.read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_type", sorted(documents.TYPES))
def test_fonts_are_embedded_subsets(doc_type: str) -> None:
    """Every font in the PDF is a TrueType subset with its program embedded (/FontFile2): prints the same anywhere."""
    objs = font_objects(render(sample(doc_type)))
    assert objs
    for font in objs:
        name = str(font["/BaseFont"])
        assert font["/Subtype"] == "/TrueType", name
        assert name[1:8].endswith("+") and name[1:7].isupper(), f"{name} is not a subset"
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} not embedded"


@pytest.mark.parametrize("doc_type", sorted(documents.TYPES))
def test_common_header_and_page_numbers(doc_type: str) -> None:
    """Agency, title, number line and 第 x 页 共 y 页 on every document (§2 common header)."""
    doc = documents.get(doc_type)
    text = text_of(render(sample(doc_type)))
    assert "杭州市上城区综合行政执法局" in text
    assert doc.title in text
    assert f"杭上城{doc.type_code}字〔2026〕第1-0001号" in text
    assert "第 1 页" in text and "共" in text


def test_same_data_gives_same_bytes() -> None:
    assert render(sample("penalty_decision")) == render(sample("penalty_decision"))
    assert render(sample("inspection_record")) == render(sample("inspection_record"))


def test_different_data_gives_different_bytes() -> None:
    assert render(sample("penalty_decision")) != render(sample("penalty_decision", penalty="警告"))


def test_penalty_decision_prints_every_art59_item() -> None:
    """《行政处罚法》第五十九条: party and address, facts and evidence, penalty and basis, manner and deadline of
    performance, review and litigation routes and deadlines, agency and date — plus the defence and discretion reasoning."""
    text = text_of(render(sample("penalty_decision"))).replace("\n", "")
    for needle in (
        "当事人：陈喆",
        "清泰街100号",
        "经查明",
        "以上事实有下列证据证明",
        "《城市道路管理条例》第四十二条",
        "罚款人民币伍佰元",
        "十五日内",
        "中国工商银行杭州分行",
        "六十日内向杭州市上城区人民政府申请行政复议",
        "六个月内",
        "杭州市上城区人民法院",
        "2026年10月24日",
        "关于当事人的陈述、申辩",
        "关于处罚裁量",
        "百分之三加处罚款",
    ):
        assert needle in text, needle


def test_long_text_wraps_and_paginates() -> None:
    long_facts = "当事人在解放路沿街店铺门前长期占道经营，" * 400
    pdf = render(sample("penalty_decision", facts=long_facts))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    raw = text_of(pdf)
    assert f"第 {len(reader.pages)} 页\u3000共 {len(reader.pages)} 页" in raw
    # every page's footer: the 文号 and 第 x 页 共 y 页
    text = re.sub(r"\n杭上城罚决字〔2026〕第1-0001号\u3000第 \d+ 页\u3000共 \d+ 页\n", "", raw).replace(
        "\n", ""
    )
    assert text.count("长期占道经营") == 400


def test_long_evidence_table_repeats_and_splits() -> None:
    rows = [
        {
            "sha256": f"{i:064x}",
            "filename": f"IMG_{i:04d}.jpg",
            "taken_at": "2026-10-08 09:25",
            "gps": "30.25, 120.16",
        }
        for i in range(60)
    ]
    pdf = render(sample("inspection_record", evidence=rows))
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 3
    assert "IMG_0059" in text_of(pdf).replace("\n", "")


def test_rare_characters_in_the_font_render() -> None:
    """堃, 昇, 喆 are in the font: they print (and are extracted back), no box, no refusal."""
    pdf = render(sample("penalty_decision", party_name="王堃昇喆"))
    assert "王堃昇喆" in text_of(pdf)


def test_character_missing_from_every_font_is_named_not_boxed() -> None:
    """𠮷 (U+20BB7) is in no installed font: rendering refuses and names the character and the field."""
    fs = fonts.font_set()
    if not fs.missing("𠮷"):
        pytest.skip("this machine has a font with U+20BB7")
    with pytest.raises(MissingGlyphs) as err:
        render(sample("penalty_decision", party_name="𠮷田"))
    assert err.value.chars == ["𠮷"]
    assert err.value.where == {"𠮷": ["party_name"]}


def test_missing_character_substituted_visibly_when_accepted() -> None:
    pdf = render(sample("penalty_decision", party_name="𠮷田"), substitute_missing=True)
    if not fonts.font_set().missing("𠮷"):
        pytest.skip("this machine has a font with U+20BB7")
    assert "〓田" in text_of(pdf)


def test_missing_glyphs_lists_each_character_once() -> None:
    fs = fonts.font_set()
    assert fs.missing("张三") == []
    missing = fs.missing("𠮷𠮷堃")
    assert "堃" not in missing
    if missing:
        assert missing == ["𠮷"]


def test_configured_font_path_wins_and_bad_path_falls_back(tmp_path: Path) -> None:
    micro = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if not os.path.exists(micro):
        pytest.skip("WenQuanYi Micro Hei not installed")
    assert fonts.find_font(micro).path == micro
    assert fonts.find_font(tmp_path / "nope.ttf").path != str(tmp_path / "nope.ttf")


def test_no_font_anywhere_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(fonts.FontNotFound) as err:
        fonts.find_font(tmp_path / "none.ttf", candidates=[str(tmp_path / "also-none.ttc")])
    assert len(err.value.tried) == 2


def test_required_fields_are_reported_with_chinese_labels() -> None:
    doc = documents.get("penalty_decision")
    values = dict(sample("penalty_decision").fields)
    del values["review_body"]
    values["facts"] = "  "
    # (Art. 28 ¶1: the order to correct is required on every penalty decision)
    assert [f.label for f in doc.missing(values)] == ["违法事实", "责令改正内容", "行政复议机关"]


def test_fewer_than_two_officers_is_missing() -> None:
    """《行政处罚法》第四十二条: at least two officers."""
    doc = documents.get("inspection_record")
    values = dict(sample("inspection_record").fields)
    values["officers"] = values["officers"][:1]
    assert [f.key for f in doc.missing(values)] == ["officers"]


def test_a_field_added_later_reads_its_default_in_a_document_issued_before_it():
    """A 催告书 issued before it named the kind of decision (its stored fields have no ``decision_title``) prints
    again as issued: 《行政处罚决定书》; one that names it prints the 当场行政处罚决定书 (行政处罚法第五十二条)."""
    data = sample("demand_notice")
    assert "decision_title" not in data.fields
    before = "".join(text_of(render(data)).split())
    assert "作出《行政处罚决定书》（" in before, before
    named = dataclasses.replace(data, fields={**data.fields, "decision_title": "当场行政处罚决定书"})
    after = "".join(text_of(render(named)).split())
    assert "作出《当场行政处罚决定书》（" in after, after
