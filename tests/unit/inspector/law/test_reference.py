"""docs/workflow.md is generated from the step table, the rules and the timer table, and kept current."""

from __future__ import annotations

from pathlib import Path

from inspector.law import reference

DOC = Path(__file__).resolve().parents[4] / "docs" / "workflow.md"


def test_docs_workflow_md_is_generated_from_the_code():
    assert DOC.read_text(encoding="utf-8") == reference.markdown(), (
        "run: python -m inspector.law.reference > docs/workflow.md"
    )


def test_the_page_leads_from_article_62_to_the_rule():
    """《行政处罚法》第六十二条: the article's row names require_statement_period_over."""
    row = next(
        line
        for line in reference.markdown().splitlines()
        if line.startswith("| 《中华人民共和国行政处罚法》第六十二条")
    )
    assert "`require_statement_period_over`" in row
