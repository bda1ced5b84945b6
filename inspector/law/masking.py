"""Publicity masking (§7.2, 浙江省行政处罚结果信息网上公开暂行办法 Art. 7): pure text functions.

Removed from what is published: ID numbers, phone numbers, e-mail addresses, bank accounts and other long
numbers, vehicle plates, home addresses, health information — also inside free text, whatever way they were
typed (spaces or hyphens between digits, full-width digits, +86 prefixes). Names of natural persons other
than the penalised party are masked to surname + 某; the party's own name is published unless configured.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ID_MARK = "［身份证号已隐去］"
PHONE_MARK = "［电话已隐去］"
NUMBER_MARK = "［号码已隐去］"
EMAIL_MARK = "［邮箱已隐去］"
PLATE_MARK = "［车牌号已隐去］"
ADDRESS_MARK = "［住址已隐去］"
HEALTH_MARK = "［健康信息已隐去］"

_D = "[0-9０-９]"
_S = r"[ \t\u3000\u00a0\-－—_.·・]?"  # one optional separator between digits
_SEP = r"[ \t\u3000\u00a0\-－—_.·・]"
_ND = r"(?<![0-9０-９])(?<![0-9０-９]" + _SEP + ")"  # not inside a longer number, separators included
_NA = r"(?![0-9０-９])(?!" + _SEP + "[0-9０-９])"

_ID = re.compile(
    _ND
    + _D
    + f"(?:{_S}{_D}){{16}}{_S}[0-9０-９XxＸｘ]"
    + r"(?![A-Za-z])"
    + _NA
    + "|"
    + _ND
    + _D
    + f"(?:{_S}{_D}){{14}}"
    + _NA
)
_MOBILE = re.compile(
    _ND + r"(?:(?:[+＋]|00|００)?\s?(?:86|８６)[\s\-－]?)?" + "[1１][3-9３-９]" + f"(?:{_S}{_D}){{9}}" + _NA
)
_LANDLINE = re.compile(
    r"[(（]?"
    + _ND
    + f"[0０][1-9１-９]{_D}{{1,2}}"
    + r"[)）]?"
    + _S
    + _D
    + f"(?:{_S}{_D}){{6,7}}"
    + _NA
    + f"(?:{_S}(?:转|ext\\.?){_S}{_D}{{1,5}})?"
)
_LONG_NUMBER = re.compile(_ND + _D + f"(?:{_S}{_D}){{9,29}}" + _NA)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s?[@＠]\s?[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]\s?[A-Za-zＡ-Ｚ]"
    r"[\s·・]?[A-Za-z0-9Ａ-Ｚ０-９]{5,6}(?![A-Za-z0-9])"
)
_HAN = r"\u4e00-\u9fff"
_PLACE_END = "号室幢栋单元村弄组苑园府里区"
_ADDRESS = re.compile(
    rf"(?P<key>(?:家庭住址|家住|住址|住所地?|住在|居住地?|现住|户籍地址?|户籍所在地)(?:是|为|在|于)?[:：]?\s?)"
    rf"[{_HAN}A-Za-z0-9０-９\-－#＃()（）]{{2,40}}?[{_PLACE_END}]"
    rf"(?:[{_HAN}0-9０-９\-－]{{0,12}}?[号室幢栋单元])*"
)
_HEALTH = re.compile(
    rf"(?:患有|罹患|诊断为|确诊为?|病历|病史|身患)[{_HAN}A-Za-z0-9０-９]{{1,20}}"
    r"|精神病人|智力残疾|精神疾病|残疾人证|孕妇|怀孕|艾滋病|传染病"
)
_ROLE_NAME = re.compile(
    rf"(证人|目击者|目击证人|同行人员?|邻居|其妻|其夫|其子|其女|雇员|员工|店员|亲属|家属|朋友|路人|"
    rf"举报人|投诉人|在场人员?|帮工|合伙人)([{_HAN}]{{2,3}}?)"
    r"(?=称|说|表示|证实|陈述|反映|在场|作证|于|的|、|，|,|。|；|（|\(|\s|$)"
)


@dataclass(frozen=True)
class Party:
    """Who the decision is about: their own name may be published; their private details never."""

    name: str
    kind: str = "person"  # person / organisation / individual_business
    id_number: str = ""
    address: str = ""
    phone: str = ""


def masked_name(name: str) -> str:
    """Surname + 某 (张某), + 某某 for longer names (张某某); compound surnames kept (欧阳某某)."""
    name = name.strip()
    if not name:
        return name
    compound = (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "夏侯",
        "长孙",
    )
    surname = name[:2] if name[:2] in compound and len(name) > 2 else name[:1]
    return surname + ("某" if len(name) - len(surname) <= 1 else "某某")


def _loose(text: str) -> str:
    """A pattern matching ``text`` with optional whitespace between its characters."""
    return r"\s*".join(re.escape(ch) for ch in text if not ch.isspace())


def mask_text(
    text: str,
    *,
    party: Party | None = None,
    other_names: Iterable[str] = (),
    mask_party_name: bool = False,
    secrets: Iterable[str] = (),
) -> str:
    """``text`` with personal data removed (§7.2). Idempotent: masking masked text changes nothing."""
    if not text:
        return text
    out = text
    for value in sorted({s.strip() for s in secrets if s and len(s.strip()) >= 2}, key=len, reverse=True):
        out = re.sub(_loose(value), NUMBER_MARK, out)
    if party is not None:
        if party.address and party.kind == "person" and len(party.address.strip()) >= 4:
            out = re.sub(_loose(party.address), ADDRESS_MARK, out)
        if party.id_number and party.kind == "person":
            out = re.sub(_loose(party.id_number), ID_MARK, out)
        if party.phone:
            out = re.sub(_loose(party.phone), PHONE_MARK, out)
    out = _EMAIL.sub(EMAIL_MARK, out)
    out = _ID.sub(ID_MARK, out)
    out = _MOBILE.sub(PHONE_MARK, out)
    out = _LANDLINE.sub(PHONE_MARK, out)
    out = _LONG_NUMBER.sub(NUMBER_MARK, out)
    out = _PLATE.sub(PLATE_MARK, out)
    out = _ADDRESS.sub(lambda m: m.group("key") + ADDRESS_MARK, out)
    out = _HEALTH.sub(HEALTH_MARK, out)
    keep = party.name.strip() if party and not mask_party_name else ""
    names = {n.strip() for n in other_names if n and len(n.strip()) >= 2 and n.strip() != keep}
    if party and party.kind == "person" and mask_party_name and len(party.name.strip()) >= 2:
        names.add(party.name.strip())
    for name in sorted(names, key=len, reverse=True):
        out = re.sub(_loose(name), masked_name(name), out)
    out = _ROLE_NAME.sub(
        lambda m: (
            m.group(1) + (m.group(2) if m.group(2) == keep or "某" in m.group(2) else masked_name(m.group(2)))
        ),
        out,
    )
    return out


def publishable(*, minor: bool, privacy: bool = False, warning_only: bool = False) -> tuple[bool, str]:
    """Whether a decision may be published at all (Art. 5 of the Zhejiang rule), and why not."""
    if minor:
        return False, "当事人为未成年人，不予公开"
    if privacy:
        return False, "主要事实涉及个人隐私，不予公开"
    if warning_only:
        return False, "仅给予警告的处罚不予公开"
    return True, ""
