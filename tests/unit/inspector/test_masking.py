"""§7.2 masking (浙江省行政处罚结果信息网上公开暂行办法 Art. 5, 7): hostile free text leaks no personal data."""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from inspector.law import identity
from inspector.law.masking import _ROLE_NAME, Party, mask_text, masked_name, publishable

FILLER = st.text(
    alphabet=st.sampled_from(list("当事人在路口经营占道，。；店外称其街道社区执法队员现场检查（）元罚款 ")),
    max_size=30,
)
SEPARATORS = st.sampled_from(["", "", "", " ", "-", "　", "－"])
FULL = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def typed(digits: str, draw) -> str:
    """``digits`` as a person might type them: separators anywhere, some in full-width."""
    out = []
    for i, ch in enumerate(digits):
        if i:
            out.append(draw(SEPARATORS))
        out.append(ch.translate(FULL) if draw(st.booleans()) else ch)
    return "".join(out)


@st.composite
def resident_ids(draw) -> str:
    body = "33" + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=15, max_size=15)))
    return typed(body + identity.id_check_char(body), draw)


@st.composite
def mobiles(draw) -> str:
    number = (
        "1"
        + draw(st.sampled_from("3456789"))
        + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=9, max_size=9)))
    )
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "0086", "86-", "＋８６ "]))
    return prefix + typed(number, draw)


@st.composite
def accounts(draw) -> str:
    n = draw(st.integers(16, 19))
    return typed("".join(draw(st.lists(st.sampled_from("0123456789"), min_size=n, max_size=n))), draw)


def digits_left(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


@settings(max_examples=300, deadline=None)
@given(FILLER, st.one_of(resident_ids(), mobiles(), accounts()), FILLER)
def test_no_digit_of_an_id_phone_or_account_survives_in_free_text(before, secret, after):
    """Art. 7: ID numbers, contact numbers and bank accounts are removed, however they were typed."""
    masked = mask_text(before + secret + after)
    assert digits_left(masked) == "", masked


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_masking_is_idempotent(text):
    once = mask_text(text, party=Party("张三"), other_names=["李四"])
    assert mask_text(once, party=Party("张三"), other_names=["李四"]) == once


@settings(max_examples=200, deadline=None)
@given(FILLER, st.integers(0, 99_999_999))
def test_text_without_personal_data_is_unchanged(text, amount):
    """Amounts, dates and document numbers stay: only personal data is removed."""
    plain = f"{text}罚款人民币{amount}元，2026年6月1日，杭上城罚字〔2026〕第1-0001号，2026-06-01"
    # Two or three characters after a role word (路人、证人…) are taken for a name and masked whatever they
    # are: privacy first (see test_words_after_a_role_word_are_masked_even_when_not_a_name).
    assume(not _ROLE_NAME.search(plain))
    assert mask_text(plain, party=Party("张三")) == plain


def test_words_after_a_role_word_are_masked_even_when_not_a_name():
    """§7.2: a bystander's name in free text is removed; the rule cannot tell a name from two other characters
    after 路人/证人, so it errs on the side of masking."""
    assert mask_text("证人王小明称", party=Party("张三")) == "证人王某某称"
    assert mask_text("路人事事。", party=Party("张三")) == "路人事某。"


def test_hostile_remarks():
    party = Party(
        "张三", "person", "330102198003043219", "杭州市上城区清波街128号3幢2单元501室", "13800138000"
    )
    text = (
        "当事人张三，身份证 3301 0219 8003 0432 19，电话+86 138-0013-8000，另留 ＋８６ １３９ ００１３ ８０００；"
        "座机(0571)8765 4321转123；银行账号6222 0212 3456 7890 123；邮箱 zhang.san@example.com；车牌浙A·12345。"
        "备注：当事人家住清波街128号3幢2单元501室，证人李四称其患有高血压，邻居王小明在场，杭州市上城区清波街128号3幢2单元501室。"
    )
    masked = mask_text(text, party=party, other_names=["李四", "王小明"])
    assert digits_left(masked) == ""
    for leaked in ("李四", "王小明", "高血压", "清波街128号", "example.com", "浙A"):
        assert leaked not in masked
    assert "张三" in masked  # the penalised person's own name is published (Art. 7 masks only others)
    assert "证人李某称" in masked and "邻居王某某在场" in masked
    assert "张某" in mask_text(text, party=party, mask_party_name=True)


def test_masked_names():
    assert [masked_name(n) for n in ("李四", "王小明", "欧阳娜娜", "欧阳")] == [
        "李某",
        "王某某",
        "欧阳某某",
        "欧某",
    ]


def test_minors_are_not_published():
    """Zhejiang rule Art. 5: nothing is published when the penalised person is a minor."""
    assert publishable(minor=True) == (False, "当事人为未成年人，不予公开")
    assert publishable(minor=False) == (True, "")
