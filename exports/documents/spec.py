"""The per-type field spec and layout blocks shared by every document module."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Field:
    """One input of a document: key, Chinese label, and whether the document may be issued without it."""

    key: str
    label: str
    required: bool = True
    min_items: int = 0  # for list fields (officers ≥ 2, Art. 42)


# ---- layout blocks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """``label：value`` on one line (letters) or one row of the grid (forms)."""

    key: str
    label: str


@dataclass(frozen=True)
class Para:
    """A body paragraph; ``{key}`` placeholders are filled from the fields."""

    template: str
    indent: bool = True
    optional: bool = False  # left out when all its fields are empty (e.g. no payment for a warning)

    def keys(self) -> list[str]:
        return [f for _, f, _, _ in string.Formatter().parse(self.template) if f]


@dataclass(frozen=True)
class Section:
    """A heading followed by a long free text (split into paragraphs at line breaks)."""

    key: str
    label: str


@dataclass(frozen=True)
class Table:
    """A list field drawn as a ruled table; a column with key ``thumbnail`` shows the evidence image."""

    key: str
    label: str
    columns: tuple[tuple[str, str, float], ...]  # (key, header, share of the width)


@dataclass(frozen=True)
class Officers:
    """The officers with their certificate numbers (Art. 42, 55)."""

    label: str = "执法人员"


@dataclass(frozen=True)
class Signatures:
    """Blank lines for handwritten signatures and dates."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Seal:
    """Agency name, the date and the seal area, right-aligned."""

    with_agency: bool = True


Block = Line | Para | Section | Table | Officers | Signatures | Seal


@dataclass(frozen=True)
class DocType:
    """A document type: what it is called, its 文号 type code, its inputs and its layout."""

    code: str
    title: str
    type_code: str
    layout: str  # "letter" (notices, decisions) or "form" (records, approval forms)
    fields: tuple[Field, ...]
    blocks: tuple[Block, ...]
    archive_group: int = 1  # §5.4 part: 1 legal documents, 2 evidence, 3 execution
    archive_rank: int = 50  # order within the part
    notes: tuple[str, ...] = field(default=())
    # What a placeholder reads when the fields lack it: a document issued before the field existed is printed
    # again (case file, reprint) as it was issued.
    defaults: tuple[tuple[str, str], ...] = field(default=())

    def label(self, key: str) -> str:
        return next((f.label for f in self.fields if f.key == key), key)

    def missing(self, values: dict[str, Any]) -> list[Field]:
        """Required fields that are absent or empty (lists shorter than ``min_items``)."""
        out = []
        for f in self.fields:
            v = values.get(f.key)
            if isinstance(v, (list, tuple)):
                if (f.required and not v) or len(v) < f.min_items:
                    out.append(f)
            elif f.required and (v is None or str(v).strip() == ""):
                out.append(f)
        return out


# ---- field sets reused by many documents ---------------------------------------------------------


def party(required: bool = True) -> tuple[Field, ...]:
    return (
        Field("party_name", "当事人姓名或名称", required),
        Field("party_id", "当事人身份证件或统一社会信用代码", required),
        Field("party_address", "当事人住址或住所", required),
        Field("party_legal_rep", "法定代表人（负责人）", False),
        Field("party_phone", "联系电话", False),
    )


PARTY_LINES: tuple[Block, ...] = (
    Line("party_name", "当事人"),
    Line("party_id", "证件号码"),
    Line("party_legal_rep", "法定代表人"),
    Line("party_address", "住址（住所）"),
    Line("party_phone", "联系电话"),
)

OFFICERS = Field("officers", "执法人员（不少于两名，附执法证号）", True, min_items=2)

AGENCY_CONTACT = (
    Field("agency_address", "执法机关地址"),
    Field("agency_phone", "联系电话"),
    Field("agency_postcode", "邮政编码", False),
)

CONTACT_LINES: tuple[Block, ...] = (
    Para("执法机关地址：{agency_address}　邮政编码：{agency_postcode}", False),
    Para("联系电话：{agency_phone}", False),
)
