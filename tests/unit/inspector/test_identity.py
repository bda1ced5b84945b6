"""Identity validation: GB 11643 resident IDs, GB 32100 credit codes, phones (domain spec §6)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.errors import ValidationError
from inspector.law import identity

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",
        "330102198001010018",
        "11010519491231002x",
        " 1101 0519 4912 3100 2X ",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_gb11643_spec_vectors_valid(number):
    checked = identity.check_resident_id(number, today=TODAY)
    assert checked.ok, checked.problems
    assert checked.value == number.strip().replace(" ", "").upper().translate(
        str.maketrans("１０５９４２３Ｘ", "1059423X")
    )


def test_gb11643_spec_vector_wrong_check_character():
    checked = identity.check_resident_id("330106199001011234", today=TODAY)
    assert [p.code for p in checked.problems] == ["id_check"]
    assert "X" in checked.problems[0].message  # tells the officer the expected character


@pytest.mark.parametrize(
    "number,code",
    [
        ("33010219800230001X", "id_birth_date"),  # 30 February
        ("330102203001010011", "id_birth_date"),  # born in the future
        ("000102198001010018", "id_format"),  # leading zero
        ("990102198001010013", "id_province"),  # no province 99
        ("3301021980010100", "id_length"),
        ("33010219800101001A", "id_format"),
    ],
)
def test_gb11643_rejects(number, code):
    body = number[:17]
    if code in ("id_birth_date", "id_province") and len(number) == 18:
        number = body + identity.id_check_char(
            body
        )  # make the check char right so only the tested rule fails
    checked = identity.check_resident_id(number, today=TODAY)
    assert code in [p.code for p in checked.problems]


def test_legacy_15_digit_id_is_upgraded_with_a_warning():
    checked = identity.check_resident_id("330102800101001", today=TODAY)
    assert checked.ok
    assert checked.value == "33010219800101001" + identity.id_check_char("33010219800101001")
    assert [w.code for w in checked.warnings] == ["id15_upgraded"]


def test_abolished_county_code_is_only_a_warning():
    body = "33010319800101001"  # 下城区, merged in 2021: old IDs keep the code
    checked = identity.check_resident_id(
        body + identity.id_check_char(body), today=TODAY, known_divisions=frozenset({"330102", "330105"})
    )
    assert checked.ok
    assert [w.code for w in checked.warnings] == ["id_division_unknown"]


def test_parse_gives_birth_date_and_sex():
    parsed = identity.parse_resident_id("11010519491231002X", today=TODAY)
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex == "F"  # 17th digit 2 is even


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.sampled_from(sorted(identity.PROVINCES)),
    st.integers(0, 9999),
    st.integers(0, 999),
)
def test_gb11643_any_generated_id_validates_and_any_wrong_check_fails(birth, province, county, seq):
    body = f"{province:02d}{county:04d}{birth:%Y%m%d}{seq:03d}"
    good = body + identity.id_check_char(body)
    assert identity.check_resident_id(good, today=TODAY).ok
    assert identity.parse_resident_id(good, today=TODAY).birth_date == birth
    for wrong in "0123456789X":
        if wrong != good[-1]:
            assert not identity.check_resident_id(body + wrong, today=TODAY).ok


@given(st.text(alphabet="0123456789X", min_size=18, max_size=18))
def test_gb11643_random_strings_never_crash(number):
    checked = identity.check_resident_id(number, today=TODAY)
    assert checked.ok == (identity.parse_resident_id(number, today=TODAY) is not None)


@pytest.mark.parametrize(
    "code", ["91350100M000100Y43", "91330102MA2H00001L", "９１３５０１００ｍ０００１００ｙ４３"]
)
def test_gb32100_spec_vectors_valid(code):
    assert identity.check_uscc(code).ok


def test_gb32100_organisation_code_part_checked_as_warning_only():
    assert identity.check_uscc("91350100M000100Y43").warnings == []
    synthetic = identity.check_uscc("91330102MA2H00001L")
    assert synthetic.ok and [w.code for w in synthetic.warnings] == ["org_code_check"]


@pytest.mark.parametrize(
    "code,problem",
    [
        ("91350100M000100Y44", "uscc_check"),
        ("91350100M000100I43", "uscc_format"),  # I is not in the GB 32100 character set
        ("9135010", "uscc_length"),
    ],
)
def test_gb32100_rejects(code, problem):
    assert problem in [p.code for p in identity.check_uscc(code).problems]


@given(
    st.text(alphabet=identity.USCC_CHARSET, min_size=2, max_size=2),
    st.integers(0, 999999),
    st.text(alphabet=identity.USCC_CHARSET, min_size=9, max_size=9),
)
def test_gb32100_generated_codes_validate_and_single_substitutions_fail(head, division, subject):
    body = f"{head}{division:06d}{subject}"
    good = body + identity.uscc_check_char(body)
    assert identity.check_uscc(good).ok
    for c in identity.USCC_CHARSET:
        if c != good[-1]:
            assert not identity.check_uscc(body + c).ok


@pytest.mark.parametrize(
    "raw,value",
    [
        ("13800138000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("0086 19912345678", "19912345678"),
        ("８６１３８００１３８０００", "13800138000"),
    ],
)
def test_mobile_normalised(raw, value):
    checked = identity.check_mobile(raw)
    assert checked.ok and checked.value == value


@pytest.mark.parametrize("raw", ["12800138000", "1380013800", "abc", ""])
def test_mobile_rejected(raw):
    assert not identity.check_mobile(raw).ok


def test_landline_accepted_as_phone():
    assert identity.check_phone("0571-87000000").ok
    assert not identity.check_phone("87000000").ok


@pytest.mark.parametrize(
    "id_type,raw",
    [("passport", "E12345678"), ("hk_macau_permit", "H1234567801"), ("taiwan_permit", "12345678")],
)
def test_other_documents_are_not_checksummed(id_type, raw):
    assert identity.check_document(id_type, raw).ok


def test_other_document_too_long_or_empty_rejected():
    assert not identity.check_document("passport", "").ok
    assert not identity.check_document("passport", "X" * 41).ok


def test_age_on_counts_completed_years():
    assert identity.age_on(dt.date(2012, 11, 21), dt.date(2026, 11, 20)) == 13
    assert identity.age_on(dt.date(2012, 11, 21), dt.date(2026, 11, 21)) == 14


def test_gb11643_birth_date_in_the_future_is_judged_on_the_station_clock():
    """A birth date after the station's today is refused, whatever the machine's own calendar says.

    The party form checks IDs on the station's clock (China time, frozen in tests and the demo): a machine
    clock ahead of it must not let a not-yet-born person's number through.
    """
    from inspector import clock
    from inspector.services import parties

    born = "110101202606010013"  # born 2026-06-01, check character computed below
    body = born[:17]
    good = body + identity.id_check_char(body)
    with clock.frozen(dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC)):
        with pytest.raises(ValidationError) as refused:
            parties.validate({"kind": "person", "name": "张三", "id_type": "resident_id", "id_number": good})
    assert [p.code for p in refused.value.problems] == ["id_birth_date"]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("330102", None),  # 杭州市上城区 (§6.4)
        ("330100", None),  # 杭州市 itself
        ("330000", None),  # 浙江省 itself
        ("110101", None),  # 北京市东城区
        ("３３０１０６", None),  # typed full-width: normalised
        ("999999", "province"),  # 99 is no province-level code of GB/T 2260
        ("000000", "province"),
        ("720101", "province"),
        ("330001", "level"),  # a province's own number (city part 00) has county part 00 too
        ("3301", "format"),
        ("33010a", "format"),
        ("", "format"),
    ],
)
def test_division_codes_are_checked_by_format_and_province_prefix(raw, code):
    """GB/T 2260 (domain spec §6.4): the province prefix is checked strictly; no county table is kept."""
    assert [p.code for p in identity.check_division_code(raw)] == ([code] if code else [])
