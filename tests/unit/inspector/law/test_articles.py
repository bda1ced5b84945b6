"""One canonical spelling per cited article: the constants in ``inspector.law.articles``."""

from __future__ import annotations

import re
from pathlib import Path

from inspector.law import articles as art
from inspector.law import procedure

ROOT = Path(__file__).resolve().parents[4]
# The law code: no article is spelled out here except through a constant.
LAW_CODE = ["inspector/law", "inspector/services/discretion.py", "inspector/services/workflow.py"]


def chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    if n < 10:
        return digits[n]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def test_each_constant_spells_its_number_in_chinese_numerals():
    for a in art.all_articles():
        if a.number:
            assert a.text == f"第{chinese(a.number)}条", a


def test_citation_names_the_law_in_full_and_joins_articles_of_one_law():
    assert str(art.APL62) == "《中华人民共和国行政处罚法》第六十二条"
    assert str(art.APL58_2) == "《中华人民共和国行政处罚法》第五十八条第二款"
    assert (
        art.cite(art.APL44, art.APL62, art.ACL54)
        == "《中华人民共和国行政处罚法》第四十四条、第六十二条、《中华人民共和国行政强制法》第五十四条"
    )


def _law_files() -> list[Path]:
    out: list[Path] = []
    for part in LAW_CODE:
        p = ROOT / part
        out += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    return out


def test_grep_for_article_62_lands_on_one_constant():
    """Issue 9: ``grep -rn 第六十二条`` finds the one constant; the rule is found through its name."""
    hits = [
        (p.name, i)
        for p in _law_files()
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines())
        if "第六十二条" in line
    ]
    assert [h[0] for h in hits] == ["articles.py"]
    from inspector.law import rules

    assert "art.APL62" in Path(rules.__file__).read_text(encoding="utf-8")
    assert procedure.RULES["decide"].count(rules.require_statement_period_over) == 1


def test_no_arabic_article_spelling_left_in_the_law_code():
    pattern = re.compile(r"第\s*[0-9]+\s*条")
    offenders = [
        f"{p.relative_to(ROOT)}:{i + 1}"
        for p in _law_files()
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines())
        if pattern.search(line)
    ]
    assert offenders == []


def test_no_arabic_article_spelling_anywhere_a_person_reads_it():
    """One spelling (第六十二条) on every screen, message, document and command help — not 第62条 in one place and
    第六十二条 in another, so the same provision reads the same whichever path shows it."""
    pattern = re.compile(r"第\s*[0-9]+\s*[条款]")
    offenders = [
        f"{p.relative_to(ROOT)}:{i + 1}"
        for part in ("inspector", "ui", "exports", "db")
        for p in sorted((ROOT / part).rglob("*.py"))
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines())
        if pattern.search(line)
    ]
    assert offenders == []


def test_every_step_lists_its_rules_in_the_one_table():
    assert set(procedure.RULES) == set(procedure.STEP_BY_NAME)
    for rules in procedure.RULES.values():
        for rule in rules:
            assert rule.__doc__, f"{rule.__name__} has no docstring naming its article"
