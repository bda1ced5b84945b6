"""Checking a presented document against the register: its visible text, its QR code and the audit chain.

A PDF is genuine when its bytes are the issued file, or when the text PDFium extracts from it is the text the
register recorded at issue and its QR code carries the registered digest. Anything else is named: which
passage differs ("罚款金额：登记 8000 元，文件 3000 元"), a document of another station of the agency, a
voided number, or an audit chain rewritten after the document was issued.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports import documents as doc_types
from exports import pdftext, qr
from exports.render import LAYOUT_FIRST_PAGE
from inspector.errors import Parts, Problem, ValidationError, Verbatim, chinese, problem
from inspector.station import Station

GENUINE, ALTERED, UNKNOWN, OTHER_STATION = "genuine", "altered", "unknown", "other_station"
# A presented file larger than this is refused before it is read: an issued document is a few pages (photos
# included, a few megabytes); reading gigabytes into memory to find that out would stall or kill the program.
MAX_PRESENTED_BYTES = 128 << 20
QR_ONLY = (
    "qr_only"  # a scan without a text layer: the QR code matches, the content must be compared by a person
)

# Fields whose change a person cares about most, with the words used to name them.
FIELD_LABELS = {
    "penalty": "处罚内容",
    "intended_penalty": "拟作出的处罚",
    "party_name": "当事人",
    "party_id": "证件号码",
    "party_address": "住址（住所）",
    "facts": "违法事实",
    "violated_provision": "违反的法律规定",
    "penalty_basis": "处罚依据",
    "obligation": "应当履行的义务",
    "payment_period": "缴款期限",
    "bank_account": "收款账号",
    "number": "文号",
}
AMOUNT_FIELDS = {"penalty": "罚款金额", "intended_penalty": "拟罚款金额", "obligation": "应缴金额"}
_NUMBER = re.compile(r"[0-9][0-9,.]*")

# The words of a verification's answer, as templates an interface translates (the core gives them as parts).
AMOUNT_DIFFERENCE = "{0}：登记 {1} 元，文件 {2} 元"
TEXT_DIFFERENCE = "{0}：登记“…{1}{2}{3}…”，文件“…{1}{4}{3}…”"
ELIDED = "{0}……（共{1}字）……{2}"
MISSING_PAGE = "第{0}页缺失"
MISSING_PAGES = "第{0}至{1}页缺失（共{2}页）"
EXTRA_PAGES = "文件多出{0}页（登记的文书共{1}页，文件第{2}页起为多出的）"
MORE_DIFFERENCES = "（其余差异从略）"
SOME_TEXT, SOME_AMOUNT = "内容", "金额"  # a passage or an amount outside the named fields
FACT_LABELS = (
    "文书",
    "文号",
    "出具机关",
    "出具日期",
    "当事人",
    "证件号码",
    "处罚内容",
    "拟作出的处罚",
    "应当履行的义务",
    "执法人员",
    "出具人（账号）",
)
NO_CODE = "未在文件中找到本系统的文书二维码"
NOT_OUR_CODE = "二维码内容不是本系统的文书编码"
NOT_REGISTERED = "登记簿中没有此文号"
OTHER_STATION_DETAIL = "由站点 {0} 出具{1}；请在该站点或中心库核验，不能据此认定被改动"
OTHER_STATION_SOME = "（本站已同步该站点的部分记录，但没有这份文书）"
OTHER_STATION_NONE = "（本站没有该站点的登记记录）"
PAYLOAD_DAMAGED = "登记的文书内容已损坏"
PAYLOAD_CHANGED = "登记的文书内容与其摘要不符（数据库记录被改动）"
CODE_DIGEST_DIFFERS = "文书二维码中的摘要与登记的内容不符（文书被改动）"
CODE_HEAD_DIFFERS = "文书二维码中的审计链位置（{0}）与出具时登记的（{1}）不符（二维码被改动）"
CHAIN_REWRITTEN = "审计链在本文书出具（链位置 {0}）之后被改写，登记簿不可信"
SCAN_ONLY = (
    "文件是扫描图像，没有可提取的文字：二维码与登记簿一致，但内容无法自动比对，请将下列登记内容与文件逐项核对"
)
TEXT_DIFFERS = "文件的可见内容与登记的不一致"
QR_MATCHES = "二维码与登记簿一致；请将下列登记内容与纸质文书逐项核对"
SAME_BYTES = "文件与出具的文件逐字节相同"
SAME_CONTENT = "文件的可见内容、二维码与登记簿一致"
CODE_GONE_TEXT_SAME = "文件上没有可读取的文书二维码（被去除、遮挡或损坏），文字与登记的一致"
CODE_GONE_TEXT_DIFFERS = "文件上没有可读取的文书二维码（被去除、遮挡或损坏），文字也与登记的不一致"
FIRST_PAGE_GONE = "文件缺少第1页（文书二维码只印在第1页），其余页的文字与登记的对照如下"
TEXTS = (
    AMOUNT_DIFFERENCE,
    TEXT_DIFFERENCE,
    ELIDED,
    MISSING_PAGE,
    MISSING_PAGES,
    EXTRA_PAGES,
    MORE_DIFFERENCES,
    SOME_TEXT,
    SOME_AMOUNT,
    *FIELD_LABELS.values(),
    *AMOUNT_FIELDS.values(),
    *FACT_LABELS,
    NO_CODE,
    NOT_OUR_CODE,
    NOT_REGISTERED,
    OTHER_STATION_DETAIL,
    OTHER_STATION_SOME,
    OTHER_STATION_NONE,
    PAYLOAD_DAMAGED,
    PAYLOAD_CHANGED,
    CODE_DIGEST_DIFFERS,
    CODE_HEAD_DIFFERS,
    CHAIN_REWRITTEN,
    SCAN_ONLY,
    TEXT_DIFFERS,
    QR_MATCHES,
    SAME_BYTES,
    SAME_CONTENT,
    CODE_GONE_TEXT_SAME,
    CODE_GONE_TEXT_DIFFERS,
    FIRST_PAGE_GONE,
)


@dataclass(frozen=True)
class Verification:
    """Answer of :func:`verify`.

    Attributes:
        status: genuine, altered, unknown, other_station, or qr_only (an image-only scan: the QR code matches
            the register, the printed content is for a person to compare with ``facts``).
        detail: one sentence saying why.
        differences: each changed passage, named ("罚款金额：登记 8000 元，文件 3000 元"), or a page missing.
        facts: the registered facts a person compares with the paper: (label, value) pairs; the labels are
            those of :data:`FACT_LABELS`.
        station_id: the issuing station named by the QR code.
        detail_parts: ``detail`` as a template and its arguments, for an interface that translates it.
        difference_parts: ``differences`` likewise, one for one.
    """

    status: str
    number: str = ""
    detail: str = ""
    doc_type: str = ""
    voided: bool = False
    void_reason: str = ""
    differences: list[str] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    station_id: str = ""
    detail_parts: Parts | None = None
    difference_parts: list[Parts] = field(default_factory=list)


def _answer(
    status: str, detail: Parts | str, differences: list[Parts] | None = None, **common: Any
) -> Verification:
    """A :class:`Verification` whose detail and differences are given as parts (a plain string: fixed words)."""
    parts: Parts = (detail, ()) if isinstance(detail, str) else detail
    found = list(differences or [])
    return Verification(
        status,
        detail=chinese(parts),
        differences=[chinese(d) for d in found],
        detail_parts=parts,
        difference_parts=found,
        **common,
    )


# ------------------------------------------------------------------------------------- registered facts


def _canonical_digest(payload: Mapping[str, Any]) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def registered_facts(row: Mapping[str, Any], payload: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What the register says the document states: title, number, party, amount, date, issuing officers."""
    from exports.render import as_text
    from exports.styles import chinese_date

    fields = payload.get("fields") or {}
    title = doc_types.TYPES[row["doc_type"]].title if row["doc_type"] in doc_types.TYPES else row["doc_type"]
    out = [
        ("文书", title),
        ("文号", row["number"]),
        ("出具机关", payload.get("agency_name", "")),
        ("出具日期", chinese_date(payload.get("issued_on", ""))),
    ]
    for key, label in (
        ("party_name", "当事人"),
        ("party_id", "证件号码"),
        ("penalty", "处罚内容"),
        ("intended_penalty", "拟作出的处罚"),
        ("obligation", "应当履行的义务"),
    ):
        if fields.get(key):
            out.append((label, as_text(fields[key])))
    if fields.get("officers"):
        out.append(("执法人员", as_text(fields["officers"])))
    out.append(("出具人（账号）", row.get("issued_by", "")))
    return out


# ------------------------------------------------------------------------------------------ differences


def _field_spans(text: str, fields: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """Where each labelled field's value sits in the registered text."""
    from exports.render import as_text

    spans = []
    for key in FIELD_LABELS:
        value = pdftext.normal(as_text(fields.get(key)))
        if len(value) >= 2:
            at = text.find(value)
            if at >= 0:
                spans.append((at, at + len(value), key))
    return spans


def _expand_number(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",."):
        start -= 1
    while end < len(text) and (text[end].isdigit() or text[end] in ",."):
        end += 1
    return start, end


def difference_parts(
    registered: str, found: str, fields: Mapping[str, Any] | None = None, *, context: int = 8, limit: int = 12
) -> list[Parts]:
    """Each passage where the presented text differs from the registered one, named by its field when known,
    as a template and its arguments (see :func:`differences` for the words)."""
    spans = _field_spans(registered, fields or {})
    matcher = difflib.SequenceMatcher(None, registered, found, autojunk=False)
    out: list[Parts] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        key = next((k for s, e, k in spans if s <= i1 and i2 <= e), None) or next(
            (k for s, e, k in spans if s < i2 and i1 < e), None
        )
        a1, a2 = _expand_number(registered, i1, i2)
        b1, b2 = _expand_number(found, j1, j2)
        a, b = registered[a1:a2], found[b1:b2]
        if (
            a
            and b
            and _NUMBER.fullmatch(a)
            and _NUMBER.fullmatch(b)
            and registered[a2 : a2 + 1] == "元"
            and found[b2 : b2 + 1] == "元"
        ):
            out.append(
                (AMOUNT_DIFFERENCE, (AMOUNT_FIELDS.get(key or "", SOME_AMOUNT), Verbatim(a), Verbatim(b)))
            )
        else:
            before = Verbatim(registered[max(0, i1 - context) : i1])
            after = Verbatim(registered[i2 : i2 + context])
            was, now = _elided(registered[i1:i2]), _elided(found[j1:j2])
            out.append((TEXT_DIFFERENCE, (FIELD_LABELS.get(key or "", SOME_TEXT), before, was, after, now)))
        if len(out) >= limit:
            out.append((MORE_DIFFERENCES, ()))
            break
    return out


def differences(
    registered: str, found: str, fields: Mapping[str, Any] | None = None, *, context: int = 8, limit: int = 12
) -> list[str]:
    """Each passage where the presented text differs from the registered one, named by its field when known.

    Both texts are in :func:`exports.pdftext.normal` form. A changed number followed by 元 inside an amount
    field is reported as the amount ("罚款金额：登记 8000 元，文件 3000 元").
    """
    return [chinese(d) for d in difference_parts(registered, found, fields, context=context, limit=limit)]


def _elided(passage: str, *, keep: int = 12) -> Verbatim | Parts:
    """A passage as a difference line quotes it: a long one by its ends and its length, so a line stays short."""
    if len(passage) <= 3 * keep:
        return Verbatim(passage)
    return (ELIDED, (Verbatim(passage[:keep]), len(passage), Verbatim(passage[-keep:])))


def page_difference_parts(
    registered: list[str], found: list[str], fields: Mapping[str, Any] | None = None, *, limit: int = 12
) -> list[Parts]:
    """:func:`page_differences` as templates and their arguments."""
    matcher = difflib.SequenceMatcher(None, registered, found, autojunk=False)
    out: list[Parts] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "delete":
            out.append((MISSING_PAGE, (i1 + 1,)) if i2 - i1 == 1 else (MISSING_PAGES, (i1 + 1, i2, i2 - i1)))
        elif op == "insert":
            out.append((EXTRA_PAGES, (j2 - j1, len(registered), j1 + 1)))
        else:
            out += difference_parts("".join(registered[i1:i2]), "".join(found[j1:j2]), fields, limit=limit)
        if len(out) >= limit:
            out = [*out[:limit], (MORE_DIFFERENCES, ())]
            break
    return out


def page_differences(
    registered: list[str], found: list[str], fields: Mapping[str, Any] | None = None, *, limit: int = 12
) -> list[str]:
    """Each difference between two documents compared page by page (texts in normal form): a page taken out
    or added is named by its number ("第2页缺失"), changed pages passage by passage (:func:`differences`)."""
    return [chinese(d) for d in page_difference_parts(registered, found, fields, limit=limit)]


# ------------------------------------------------------------------------------------------ the chain


def _chain_holds(station: Station, head: str) -> bool | None:
    """Whether the audit event ``seq:hash-prefix`` recorded in a QR code is still in the chain (None: no head)."""
    if not head:
        return None
    seq, _, prefix = head.partition(":")
    if not seq.isdigit():
        return False
    if int(seq) == 0:
        return True
    actual = station.db.scalar("SELECT hash FROM audit_events WHERE seq = ?", (int(seq),))
    return bool(actual) and str(actual).lower().startswith(prefix.lower())


def audit_head(db: Any) -> str:
    """The chain head now, as a QR code carries it: ``seq:first 16 hex digits of the hash``."""
    raw = db.meta_get("audit_head") or ""
    seq, _, h = raw.partition(":")
    return f"{int(seq or 0)}:{(h or '0' * 16)[:16]}"


# --------------------------------------------------------------------------------------------- verify


def _rerendered_text(station: Station, row: Mapping[str, Any]) -> str:
    """The visible text of a document issued before its text was kept: rendered again from its stored payload
    (rendering is deterministic; the text does not depend on the font)."""
    from exports.render import render
    from inspector.services import documents

    pdf = render(
        documents.document_data(row, station=station),
        fonts=documents.fonts_for(station),
        substitute_missing=True,
    )
    return pdftext.visible_text(pdf)


def _registered_pages(station: Station, row: Mapping[str, Any], registered: str) -> list[str]:
    """The registered text cut into its pages, from the document rendered again from its payload; the whole
    text as one page when that rendering does not give back the registered text."""
    from exports.render import render
    from inspector.services import documents

    try:
        pdf = render(
            documents.document_data(row, station=station),
            fonts=documents.fonts_for(station),
            substitute_missing=True,
        )
        pages = [pdftext.normal(t) for t in pdftext.page_texts(pdf)]
    except Exception:  # noqa: BLE001 — only the page numbers of a difference depend on it; the text comparison stands
        return [registered]
    return pages if "".join(pages) == registered else [registered]


def _differences(
    station: Station, row: Mapping[str, Any], registered: str, found: list[str], fields: Mapping[str, Any]
) -> list[Parts]:
    return page_difference_parts(_registered_pages(station, row, registered), found, fields)


def _row_by_number(station: Station, number: str) -> dict[str, Any] | None:
    return station.db.query_one(
        "SELECT d.*, r.status, r.void_reason, t.visible_text, t.audit_head FROM documents d "
        "LEFT JOIN number_register r ON r.number = d.number LEFT JOIN document_texts t ON t.document_id = d.id "
        "WHERE d.number = ?",
        (number,),
    )


def _other_station(station: Station, found: qr.Payload) -> Verification:
    known = station.db.scalar("SELECT count(*) FROM documents WHERE station_id = ?", (found.station_id,))
    where = OTHER_STATION_SOME if known else OTHER_STATION_NONE
    return _answer(
        OTHER_STATION,
        (OTHER_STATION_DETAIL, (Verbatim(found.station_id), where)),
        number=found.number,
        station_id=found.station_id,
    )


def _number_in_footers(station: Station, raw_pages: list[str]) -> str | None:
    """The registered number the page footers print (every page of a document issued now carries its own 文号
    there; a page that cites another document's number in its text still names its own in the footer)."""
    named = [f[0] for f in map(pdftext.footer, raw_pages) if f and f[0]]
    for number in sorted(set(named), key=lambda n: (-named.count(n), named.index(n))):
        if station.db.scalar("SELECT 1 FROM documents WHERE number = ?", (number,)):
            return number
    return None


def _number_in_text(station: Station, visible: str) -> str | None:
    """The registered number printed first in a document's visible text (its own number sits under the title;
    numbers it cites, such as the decision a 催告书 refers to, come later), or None."""
    if not visible:
        return None
    found = station.db.query_one(
        "SELECT number FROM documents WHERE instr(?, number) > 0 ORDER BY instr(?, number), length(number) DESC "
        "LIMIT 1",
        (visible, visible),
    )
    return None if found is None else str(found["number"])


_MIN_PAGE_TEXT = 40  # characters: a page shorter than this could be found in many documents


def _number_by_page_text(station: Station, pages: list[str]) -> str | None:
    """The one registered document whose registered text holds the longest page of the file word for word: a
    later page of a document issued before every page carried its number (its first page, with the QR code
    and the number, missing)."""
    longest = max(pages, key=len, default="")
    if len(longest) < _MIN_PAGE_TEXT:
        return None
    found = station.db.query(
        "SELECT d.number FROM document_texts t JOIN documents d ON d.id = t.document_id "
        "WHERE instr(t.visible_text, ?) > 0 LIMIT 2",
        (longest,),
    )
    return str(found[0]["number"]) if len(found) == 1 else None


def _register_line(row: Mapping[str, Any], number: str) -> dict[str, Any]:
    """What every answer about a registered document says of its register line."""
    return {
        "number": number,
        "doc_type": row["doc_type"],
        "voided": row["status"] == "voided",
        "void_reason": row["void_reason"] or "",
        "station_id": row["station_id"],
    }


def _without_qr(station: Station, number: str, visible: str, pages: list[str]) -> Verification:
    """A PDF with a text layer that prints a registered number but carries no readable QR code: the code was
    removed, covered or damaged (or, on a document that printed it on its first page only, that page is
    missing), so the file is not the one issued, whatever its text says."""
    row = _row_by_number(station, number)
    assert row is not None  # the number was found in the register
    common = _register_line(row, number)
    try:
        stored = json.loads(row["payload"])
    except ValueError:
        return _answer(ALTERED, PAYLOAD_DAMAGED, **common)
    common["facts"] = registered_facts(row, stored)
    registered = row.get("visible_text") or _rerendered_text(station, row)
    diffs = (
        []
        if registered == visible
        else _differences(station, row, registered, pages, {**stored.get("fields", {}), "number": number})
    )
    first_page_only = int(stored.get("layout") or LAYOUT_FIRST_PAGE) == LAYOUT_FIRST_PAGE
    if first_page_only and diffs and diffs[0][0] in (MISSING_PAGE, MISSING_PAGES) and diffs[0][1][0] == 1:
        detail = FIRST_PAGE_GONE
    else:
        detail = CODE_GONE_TEXT_DIFFERS if diffs else CODE_GONE_TEXT_SAME
    return _answer(ALTERED, detail, diffs, **common)


_QR_PAGES = 3  # pages of a presented file searched for the document's QR code (every page carries it now)


def _codes(pdf: bytes) -> list[str]:
    """The QR texts of the first page of ``pdf`` that has any (a copy may lack its first pages, or have the
    code on one page covered)."""
    texts = qr.decode_pdf(pdf)
    page = 2
    while not any(map(qr.parse, texts)) and page <= _QR_PAGES:
        try:
            texts = qr.decode_pdf(pdf, page=page)
        except qr.UnreadablePdf:  # no such page
            break
        page += 1
    return texts


def verify(station: Station, source: bytes | str, *, text_of: Any = None) -> Verification:
    """Check a document against the register.

    A file is recognised from any page it has: by the QR code (on every page of a document issued now, on
    the first of an older one), else by the 文号 its page footers or its text print, else (a later page of
    an older document) by its text. A page taken out is named ("第1页缺失").

    Args:
        source: the PDF bytes, or the text of a scanned QR code.
        text_of: for tests only: a replacement for the PDF text extraction.

    Returns:
        genuine, altered (with each difference named), unknown, or other_station (issued by another station
        of the agency, named by the station id its QR code carries).

    Raises:
        ValidationError: the bytes are not a readable PDF.
    """
    visible = ""
    pages: list[str] = []
    raw: list[str] = []
    pdf_digest = ""
    if isinstance(source, bytes):
        try:
            texts = _codes(source)
            if text_of is None:
                raw = pdftext.page_texts(source)
                pages = [pdftext.normal(t) for t in raw]
                visible = pdftext.normal("".join(raw))
            else:
                visible = text_of(source)
                pages = [visible]
        except qr.UnreadablePdf as exc:
            raise ValidationError([Problem("file", "unreadable", "文件不是可读取的 PDF")]) from exc
        pdf_digest = hashlib.sha256(source).hexdigest()
        payloads = [p for p in map(qr.parse, texts) if p]
        if not payloads:
            same = station.db.query_one("SELECT number FROM documents WHERE pdf_sha256 = ?", (pdf_digest,))
            if same is not None:
                found = qr.Payload(same["number"], "", "")
            else:
                named = (
                    _number_in_footers(station, raw)
                    or _number_in_text(station, visible)
                    or _number_by_page_text(station, pages)
                )
                if named is None:
                    return _answer(UNKNOWN, NO_CODE)
                return _without_qr(station, named, visible, pages)
        else:
            found = payloads[0]
    else:
        parsed = qr.parse(source)
        if parsed is None:
            return _answer(UNKNOWN, NOT_OUR_CODE)
        found = parsed
    row = _row_by_number(station, found.number)
    if (
        found.station_id
        and found.station_id != station.station_id
        and (row is None or row["station_id"] != found.station_id)
    ):
        return _other_station(station, found)
    if row is None:
        return _answer(UNKNOWN, NOT_REGISTERED, number=found.number)
    common = _register_line(row, found.number)
    try:
        stored = json.loads(row["payload"])
    except ValueError:
        return _answer(ALTERED, PAYLOAD_DAMAGED, **common)
    common["facts"] = registered_facts(row, stored)
    if _canonical_digest(stored) != row["digest"]:
        return _answer(ALTERED, PAYLOAD_CHANGED, **common)
    exact = bool(pdf_digest) and pdf_digest == row["pdf_sha256"]
    if not exact and found.digest and found.digest != row["digest"]:
        return _answer(ALTERED, CODE_DIGEST_DIFFERS, **common)
    registered_head = str(stored.get("audit_head") or row.get("audit_head") or "")
    if not exact and found.audit_head and registered_head and found.audit_head != registered_head.lower():
        # The QR's digest matched, and that digest covers the registered head: the head was changed on the code.
        return _answer(
            ALTERED, (CODE_HEAD_DIFFERS, (Verbatim(found.audit_head), Verbatim(registered_head))), **common
        )
    head = registered_head or found.audit_head
    if _chain_holds(station, head) is False:
        return _answer(ALTERED, (CHAIN_REWRITTEN, (Verbatim(head.partition(":")[0]),)), **common)
    if isinstance(source, bytes) and not exact and not visible:
        return _answer(QR_ONLY, SCAN_ONLY, **common)
    if isinstance(source, bytes) and not exact:
        registered = row.get("visible_text") or _rerendered_text(station, row)
        if registered != visible:
            diffs = _differences(
                station, row, registered, pages, {**stored.get("fields", {}), "number": row["number"]}
            )
            return _answer(ALTERED, TEXT_DIFFERS, diffs, **common)
    if isinstance(source, str):
        return _answer(GENUINE, QR_MATCHES, **common)
    return _answer(GENUINE, SAME_BYTES if exact else SAME_CONTENT, **common)


def verify_file(station: Station, path: str | Path, *, text_of: Any = None) -> Verification:
    """Check a presented file against the register (see :func:`verify`), refusing what cannot be a document.

    Raises:
        ValidationError: the path is missing or a folder, the file is empty, too large to be a document,
            unreadable, or not a readable PDF.
    """
    file = Path(path)
    name = Verbatim(str(file))

    def refuse(code: str, words: Parts) -> ValidationError:
        return ValidationError([problem("file", code, words)])

    try:
        if file.is_dir():
            raise refuse("is_dir", ("{0} 是文件夹，不是文件", (name,)))
        size = file.stat().st_size
        if size == 0:
            raise refuse("empty", ("文件 {0} 是空的（0 字节），不是 PDF 文书", (name,)))
        if size > MAX_PRESENTED_BYTES:
            raise refuse(
                "too_large",
                (
                    "文件 {0} 过大（{1} MB），不是本系统出具的文书（不超过 {2} MB）；未核验",
                    (name, size >> 20, MAX_PRESENTED_BYTES >> 20),
                ),
            )
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise refuse("missing", ("找不到文件 {0}", (name,))) from exc
    except OSError as exc:
        raise refuse(
            "unreadable", ("无法读取文件 {0}：{1}", (name, Verbatim(str(exc.strerror or exc))))
        ) from exc
    try:
        return verify(station, data, text_of=text_of)
    except ValidationError as exc:
        raise refuse(
            "unreadable", ("文件 {0} 不是可读取的 PDF（不是 PDF、文件不完整或已加密）", (name,))
        ) from exc
