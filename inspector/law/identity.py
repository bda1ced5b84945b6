"""Identity validation: resident ID (GB 11643), social credit code (GB 32100), phones; normalisation.

Errors come back as :class:`inspector.errors.Problem` codes; warnings (e.g. an unknown county code, which
old IDs legitimately keep) never block saving. Algorithms and test vectors: domain spec §6.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass, field

from inspector.errors import Problem


class IdType(enum.StrEnum):
    """Document types a party may present."""

    RESIDENT_ID = "resident_id"  # 居民身份证 (GB 11643)
    USCC = "uscc"  # 统一社会信用代码 (GB 32100)
    BUSINESS_REG_NO = "business_reg_no"  # old 15-digit 注册号
    PASSPORT = "passport"  # 护照
    HK_MACAU_PERMIT = "hk_macau_permit"  # 港澳居民来往内地通行证 / 居住证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证 / 居住证
    FOREIGN_PERMANENT = "foreign_permanent"  # 外国人永久居留身份证
    OTHER = "other"


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
PROVINCES = frozenset(
    [
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
        81,
        82,
        91,
    ]
)
_ID_RE = re.compile(r"^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX]$")
_ID15_RE = re.compile(r"^[1-9]\d{14}$")

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_RE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


def normalise(text: str) -> str:
    """Full-width to half-width (NFKC), trim, drop inner spaces, upper-case."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", text).upper()


@dataclass(frozen=True)
class ResidentId:
    """A parsed, valid 18-digit resident ID."""

    number: str
    birth_date: dt.date
    sex: str  # 'M' or 'F'
    division: str


@dataclass
class Checked:
    """Result of a check: the normalised value, blocking problems and non-blocking warnings."""

    value: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def id_check_char(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def upgrade_id15(number: str) -> str:
    """Turn a legacy 15-digit ID into its 18-digit form (insert ``19``, add the check character)."""
    body = number[:6] + "19" + number[6:]
    return body + id_check_char(body)


def _problem(field_name: str, code: str, template: str, *args: object) -> Problem:
    """A problem in words an interface can translate: the template (collected by scripts/translations) and
    its arguments; ``message`` is the Chinese."""
    return Problem(field_name, code, template.format(*args), parts=(template, args))


def check_resident_id(
    raw: str,
    *,
    field_name: str = "id_number",
    today: dt.date | None = None,
    known_divisions: frozenset[str] | None = None,
) -> Checked:
    """Validate a resident ID: format, real birth date not in the future, province prefix, check char."""
    value = normalise(raw)
    result = Checked(value)
    if _ID15_RE.match(value):
        value = upgrade_id15(value)
        result.value = value
        result.warnings.append(_problem(field_name, "id15_upgraded", "15位旧身份证号已升级为18位"))
    if len(value) != 18:
        result.problems.append(_problem(field_name, "id_length", "身份证号应为18位，实际为{0}位", len(value)))
        return result
    if not _ID_RE.match(value):
        result.problems.append(_problem(field_name, "id_format", "身份证号格式不正确"))
        return result
    if int(value[:2]) not in PROVINCES:
        result.problems.append(
            _problem(field_name, "id_province", "身份证号前两位{0}不是有效的省级代码", value[:2])
        )
    try:
        birth = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        result.problems.append(
            _problem(field_name, "id_birth_date", "身份证号中的出生日期{0}不存在", value[6:14])
        )
        return result
    today = today or dt.date.today()
    if birth > today or birth.year < 1900:
        result.problems.append(
            _problem(field_name, "id_birth_date", "身份证号中的出生日期{0}不合理", birth.isoformat())
        )
    expected = id_check_char(value[:17])
    if value[17] != expected:
        result.problems.append(_problem(field_name, "id_check", "身份证号校验位错误（应为{0}）", expected))
    if known_divisions is not None and value[:6] not in known_divisions:
        result.warnings.append(
            _problem(
                field_name, "id_division_unknown", "地址码{0}不在区划表中（可能为已撤销区划）", value[:6]
            )
        )
    return result


def parse_resident_id(raw: str, *, today: dt.date | None = None) -> ResidentId | None:
    """Parse a valid resident ID, or None when it does not validate."""
    checked = check_resident_id(raw, today=today)
    if not checked.ok:
        return None
    v = checked.value
    birth = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    return ResidentId(v, birth, "M" if int(v[16]) % 2 else "F", v[:6])


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of age on ``day`` (a birthday counts from that day)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def uscc_check_char(first17: str) -> str:
    """GB 32100 check character for the first 17 characters."""
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def org_code_check_char(first8: str) -> str:
    """GB 11714 organisation-code check character for its first 8 characters."""

    def value(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10

    r = 11 - sum(value(c) * w for c, w in zip(first8, ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def check_uscc(raw: str, *, field_name: str = "id_number") -> Checked:
    """Validate a unified social credit code (GB 32100); a failed GB 11714 part is only a warning."""
    value = normalise(raw)
    result = Checked(value)
    if len(value) != 18:
        result.problems.append(
            _problem(field_name, "uscc_length", "统一社会信用代码应为18位，实际为{0}位", len(value))
        )
        return result
    if not _USCC_RE.match(value):
        result.problems.append(
            _problem(
                field_name,
                "uscc_format",
                "统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z）或格式不正确",
            )
        )
        return result
    expected = uscc_check_char(value[:17])
    if value[17] != expected:
        result.problems.append(
            _problem(field_name, "uscc_check", "统一社会信用代码校验位错误（应为{0}）", expected)
        )
    org = value[8:17]
    if all(c.isdigit() or "A" <= c <= "Z" for c in org) and org_code_check_char(org[:8]) != org[8]:
        result.warnings.append(_problem(field_name, "org_code_check", "组织机构代码部分校验未通过"))
    return result


def check_mobile(raw: str, *, field_name: str = "phone") -> Checked:
    """Validate a mainland mobile number after stripping spaces, dashes and a +86/0086/86 prefix."""
    value = re.sub(r"[\s\-()]", "", unicodedata.normalize("NFKC", raw or ""))
    for prefix in ("+86", "0086", "86"):
        if value.startswith(prefix) and len(value) - len(prefix) == 11:
            value = value[len(prefix) :]
            break
    result = Checked(value)
    if not _MOBILE_RE.match(value):
        result.problems.append(_problem(field_name, "mobile_format", "手机号码应为以1开头的11位数字"))
    return result


def check_phone(raw: str, *, field_name: str = "phone") -> Checked:
    """A mobile or a landline number (``0571-12345678``)."""
    mobile = check_mobile(raw, field_name=field_name)
    if mobile.ok:
        return mobile
    value = re.sub(r"\s", "", unicodedata.normalize("NFKC", raw or ""))
    result = Checked(value)
    if not _LANDLINE_RE.match(value):
        result.problems.append(
            _problem(field_name, "phone_format", "电话号码格式不正确（手机11位，或区号-号码）")
        )
    return result


def check_document(
    id_type: str, raw: str, *, field_name: str = "id_number", today: dt.date | None = None
) -> Checked:
    """Validate ``raw`` as a document of ``id_type``; foreign and HK/Macau/Taiwan papers are not checksummed."""
    kind = IdType(id_type)
    if kind is IdType.RESIDENT_ID:
        return check_resident_id(raw, field_name=field_name, today=today)
    if kind is IdType.USCC:
        return check_uscc(raw, field_name=field_name)
    value = normalise(raw)
    result = Checked(value)
    if not value:
        result.problems.append(_problem(field_name, "id_missing", "证件号码不能为空"))
    elif len(value) > 40:
        result.problems.append(_problem(field_name, "id_length", "证件号码过长（最多{0}个字符）", 40))
    elif kind is IdType.BUSINESS_REG_NO and not re.fullmatch(r"\d{15}", value):
        result.problems.append(_problem(field_name, "reg_no_format", "工商注册号应为15位数字"))
    return result


def check_division_code(raw: str, *, field_name: str = "division_code") -> list[Problem]:
    """Problems with an administrative division code (GB/T 2260, domain spec §6.4): six digits whose first two
    are a province-level code, and, for a code ending a province's own number (city part ``00``), county part
    ``00`` too. The project keeps no table of every city and county, so a well-formed code of a county that does
    not exist is not caught here."""
    value = normalise(raw)
    if not (value.isascii() and value.isdigit() and len(value) == 6):
        return [_problem(field_name, "format", "行政区划代码应为6位数字（GB/T 2260，如 330102）")]
    if int(value[:2]) not in PROVINCES:
        return [
            _problem(
                field_name,
                "province",
                "行政区划代码{0}无效：前两位{1}不是省级代码（GB/T 2260，如浙江为33）",
                value,
                value[:2],
            )
        ]
    if value[2:4] == "00" and value[4:] != "00":
        return [_problem(field_name, "level", "行政区划代码{0}无效：市级部分为00时，县级部分也应为00", value)]
    return []
