"""The document types: one module each, all drawn by :mod:`exports.render` from their field spec."""

from __future__ import annotations

import importlib

from exports.documents.spec import DocType
from exports.errors import UnknownDocumentType

# In the order of the archive (§5.4) within each part; the module name is the type key.
MODULES = (
    "filing_approval",
    "no_filing_approval",
    "evidence_preservation",
    "preservation_disposal",
    "correction_order",
    "prior_notice",
    "statement_record",
    "review_opinion",
    "hearing_notice",
    "hearing_summons",
    "hearing_record",
    "investigation_report",
    "legal_review_opinion",
    "collective_discussion",
    "case_approval",
    "penalty_decision",
    "onspot_decision",
    "no_penalty_decision",
    "service_receipt",
    "transfer_letter",
    "inquiry_record",
    "inspection_record",
    "instalment_approval",
    "demand_notice",
    "enforcement_application",
    "closing_report",
)


def _load() -> dict[str, DocType]:
    out = {}
    for name in MODULES:
        doc: DocType = importlib.import_module(f"exports.documents.{name}").DOC
        assert doc.code == name, f"{name} declares code {doc.code}"
        out[name] = doc
    return out


TYPES: dict[str, DocType] = _load()


def get(code: str) -> DocType:
    """The document type ``code``; raises :class:`UnknownDocumentType`."""
    try:
        return TYPES[code]
    except KeyError:
        raise UnknownDocumentType(code) from None


def archive_key(code: str) -> tuple[int, int]:
    """Sort key of a document type in the case file (§5.4: part, then rank)."""
    d = get(code)
    return d.archive_group, d.archive_rank
