"""Use cases for legal documents: issue (state check, fields, number, render, record), list, void, verify, case file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports import casefile as casefile_export
from exports import documents as doc_types
from exports import fonts as export_fonts
from exports import pdftext, qr
from exports.errors import Error as ExportError
from exports.errors import FontNotFound, MissingGlyphs, UnknownDocumentType
from exports.render import LAYOUT, LAYOUT_FIRST_PAGE, DocumentData, render
from inspector import clock, numbering
from inspector.errors import Error, GuardRefused, NotFound, Problem, ValidationError, Verbatim, problem
from inspector.law import procedure
from inspector.model import CaseState
from inspector.permissions import Action
from inspector.services.verification import (  # noqa: F401 - public API here too
    Verification,
    audit_head,
    verify,
    verify_file,
)
from inspector.station import Session, Station

S = CaseState

# Where in the procedure (§1.2) each document is lawful: the workflow steps it belongs to. A document may be
# made in the states where the workflow allows one of its steps, or in the state the step leads to; the
# states themselves come from ``inspector.law.procedure.STEPS`` so the two can never drift apart.
DOCUMENT_STEPS: dict[str, tuple[tuple[str, ...], str]] = {
    "inspection_record": (("verify", "file", "investigate"), "《行政处罚法》第五十五条"),
    "correction_order": (
        (
            "verify",
            "file",
            "investigate",
            "end_investigation",
            "submit_review",
            "submit_legal_review",
            "notify",
            "decide",
        ),
        "《行政处罚法》第二十八条",
    ),
    "filing_approval": (("file",), "《行政处罚法》第五十四条第二款"),
    "inquiry_record": (("investigate", "end_investigation"), "《行政处罚法》第五十五条"),
    "evidence_preservation": (("investigate",), "《行政处罚法》第五十六条"),
    "investigation_report": (("end_investigation",), "《行政处罚法》第五十七条"),
    "legal_review_opinion": (("submit_legal_review", "legal_review"), "《行政处罚法》第五十八条"),
    "prior_notice": (("notify",), "《行政处罚法》第四十四条"),
    "hearing_notice": (("notify",), "《行政处罚法》第六十三条"),
    "hearing_summons": (("request_hearing", "hearing_notice"), "《行政处罚法》第六十四条"),
    "penalty_decision": (("decide",), "《行政处罚法》第六十二条"),
    "onspot_decision": (("on_the_spot",), "《行政处罚法》第五十一条"),
    "no_penalty_decision": (("decide",), "《行政处罚法》第五十七条"),
    "service_receipt": (
        (
            "investigate",
            "end_investigation",
            "submit_review",
            "submit_legal_review",
            "notify",
            "decide",
            "serve",
            "pay",
            "demand",
            "close",
        ),
        "《行政处罚法》第六十一条",
    ),
    "transfer_letter": (("transfer",), "《行政处罚法》第二十七条"),
    "demand_notice": (("demand",), "《行政强制法》第五十四条"),
    "closing_report": (("close",), "《行政处罚法》第四十七条"),
    "no_filing_approval": (("not_file",), "《行政处罚法》第五十四条"),
    "preservation_disposal": (("investigate", "end_investigation"), "《行政处罚法》第五十六条"),
    "statement_record": (("waive_statement", "request_hearing"), "《行政处罚法》第四十五条"),
    "review_opinion": (("waive_statement", "request_hearing", "collective"), "《行政处罚法》第四十五条"),
    "hearing_record": (("hold_hearing",), "《行政处罚法》第六十四条"),
    "collective_discussion": (("collective",), "《行政处罚法》第五十七条第二款"),
    "case_approval": (("submit_review", "decide"), "《行政处罚法》第五十七条"),
    "instalment_approval": (("instalment",), "《行政处罚法》第六十六条第二款"),
    "enforcement_application": (("apply_court",), "《行政强制法》第五十三条、第五十五条"),
}
# Why a document cannot be issued in the case's state ({0} the state, {1} the document), and when it can.
STATE_REFUSAL, STATE_HINT = "案件处于“{0}”阶段，不能制作{1}", "可制作阶段：{0}"
# A required field of a document left empty ({0} its label; {1} how many items a list needs at least).
MISSING, MISSING_ITEMS = "缺少{0}", "缺少{0}（至少{1}项）"
LAWFUL: dict[str, tuple[frozenset[CaseState], str]] = {
    doc: (procedure.states_for(*steps), article) for doc, (steps, article) in DOCUMENT_STEPS.items()
}

SOURCE_LABELS = {
    "patrol": "日常巡查",
    "complaint": "投诉举报",
    "referral": "上级交办或部门移送",
    "non_contact": "非现场执法",
    "random_check": "双随机抽查",
    "media": "媒体曝光",
}
ID_LABELS = {
    "resident_id": "居民身份证",
    "uscc": "统一社会信用代码",
    "passport": "护照",
    "hk_macau_permit": "港澳居民来往内地通行证",
}


@dataclass(frozen=True)
class Issued:
    """An issued document: its row id, number, digest and where its PDF is stored. ``earlier``: it had been
    issued before and was fetched again, under its own number (no new number was drawn)."""

    id: str
    number: str
    doc_type: str
    digest: str
    path: Path
    earlier: bool = False


# ---------------------------------------------------------------------------------------- helpers


def canonical(payload: Mapping[str, Any]) -> str:
    """The canonical JSON of a payload: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(payload: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical payload: what the QR code and the register carry."""
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()


def lawful_states(doc_type: str) -> frozenset[CaseState]:
    return LAWFUL[doc_type][0]


def fonts_for(station: Station) -> export_fonts.FontSet:
    """The document font set (settings ``documents.font_path`` and ``documents.title_font_path`` first)."""
    return export_fonts.font_set(
        station.setting("documents.font_path") or None,
        title=station.setting("documents.title_font_path") or None,
    )


def _local(iso: str | None, *, with_time: bool = True) -> str:
    if not iso:
        return ""
    try:
        value = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if len(iso) <= 10:
        return f"{value.year}年{value.month}月{value.day}日"
    value = value.astimezone(clock.LOCAL_TZ) if value.tzinfo else value
    text = f"{value.year}年{value.month}月{value.day}日"
    return text + f"{value.hour}时{value.minute:02d}分" if with_time else text


def _yuan(cents: int | None) -> str:
    if cents is None:
        return ""
    yuan, rest = divmod(int(cents), 100)
    return f"{yuan}元" if rest == 0 else f"{yuan}.{rest:02d}元"


def _case(session: Session, case_id: str) -> dict[str, Any]:
    row = session.db.find("cases", case_id)
    if row is None:
        raise NotFound(entity="案件", key=case_id)
    return row


def _officers(db: Any, case: dict[str, Any]) -> list[dict[str, str]]:
    rows = db.query(
        "SELECT o.name, o.cert_no FROM case_officers co JOIN officers o ON o.id = co.officer_id "
        "WHERE co.case_id = ? ORDER BY co.position, o.cert_no",
        (case["id"],),
    )
    if not rows and case.get("inspection_id"):
        rows = db.query(
            "SELECT o.name, o.cert_no FROM inspection_officers io JOIN officers o "
            "ON o.id = io.officer_id WHERE io.inspection_id = ? ORDER BY io.position, o.cert_no",
            (case["inspection_id"],),
        )
    return [{"name": r["name"], "cert_no": r["cert_no"]} for r in rows]


def _evidence(db: Any, case: dict[str, Any]) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT * FROM evidence WHERE case_id = ? OR (inspection_id IS NOT NULL AND inspection_id = ?) "
        "ORDER BY taken_at, filename, id",
        (case["id"], case.get("inspection_id")),
    )
    out = []
    for r in rows:
        gps = "" if r["latitude"] is None else f"{r['latitude']:.6f}, {r['longitude']:.6f}"
        out.append(
            {
                "sha256": r["sha256"],
                "filename": r["filename"],
                "taken_at": _local(r["taken_at"]),
                "gps": gps,
                "kind": r["kind"],
            }
        )
    return out


def _legal_basis(db: Any, case: Mapping[str, Any]) -> dict[str, str]:
    """违法依据 and 处罚依据 of the case's matter, from the benchmark catalogue in force on the act date (Art. 37)."""
    from inspector.law import benchmarks

    if not case.get("matter_code"):
        return {}
    act = case.get("act_date") or case.get("clue_at") or ""
    try:
        day = dt.date.fromisoformat(act[:10])
    except ValueError:
        return {}
    cat = benchmarks.in_force(benchmarks.load_all(db), day, matter_code=case["matter_code"])
    if cat is None:
        return {}
    item = cat.items[case["matter_code"]]
    return {"violated_provision": item["violation_basis"], "penalty_basis": item["penalty_basis"]}


def _evidence_summary(db: Any, case: Mapping[str, Any], evidence: list[dict[str, Any]]) -> str:
    """The evidence a decision cites, named from what the file really holds (records issued, media attached)."""
    parts = []
    if case.get("inspection_id"):
        parts.append("现场检查笔录")
    if db.scalar(
        "SELECT 1 FROM documents WHERE case_id = ? AND doc_type = 'inquiry_record' LIMIT 1", (case["id"],)
    ):
        parts.append("询问笔录")
    kinds = {"photo": ("现场照片", "张"), "video": ("现场视频", "段"), "audio": ("现场录音", "段")}
    for kind, (label, unit) in kinds.items():
        n = sum(1 for e in evidence if e.get("kind") == kind)
        if n:
            parts.append(f"{label}{n}{unit}")
    return "、".join(parts)


COMPLAINANT_ON_FILE = "投诉人实名，身份及联系方式已登记，依法保密"


def _case_source(db: Any, case: dict[str, Any]) -> str:
    """案件来源 as the 立案审批表 states it: the source and what records it (Art. 54: the clue the filing rests
    on — the complainant or call record, the referring body and letter, the 双随机 draw, the 非现场 device
    record), e.g. 投诉举报（12345热线 工单号：12345-20260601-0001）."""
    from inspector.services.case_opening import (
        ANONYMOUS,
        LEGACY_COMPLAINT_DETAIL,
        LEGACY_DEVICE_DETAIL,
        SOURCES,
    )

    label = SOURCE_LABELS.get(case["source"], case["source"])
    clue = db.query_one(
        "SELECT data FROM case_events WHERE case_id = ? AND step = 'clue' LIMIT 1", (case["id"],)
    )
    data = json.loads(clue["data"] or "{}") if clue else {}
    reference = str(data.get("reference") or "").strip()
    given, detail = SOURCES.get(str(data.get("source") or ""), ("", ""))
    if data.get("source") == "complaint" and not (data.get("complainant") or data.get("anonymous")):
        detail = LEGACY_COMPLAINT_DETAIL  # registered when the complainant and contact were one line
    parts = []
    if data.get("device_code"):  # Art. 41: the registered device, its record and when it was made
        parts.append(
            f"设备编号：{data['device_code']}；记录号：{reference}；记录时间：{data.get('recorded_at', '')}"
        )
        reference = ""
    elif data.get("source") == "non_contact":
        detail = LEGACY_DEVICE_DETAIL
    if reference:
        channel = f"{given} " if given and given != label else ""  # the 12345 hotline is a complaint channel
        parts.append(f"{channel}{detail or '来源记录'}：{reference}")
    if data.get("anonymous"):
        parts.append(ANONYMOUS)
    elif data.get("complainant"):
        # The complainant is kept confidential: the case file can reach the party (hearing, review, court), so
        # the form says a named complaint was registered; who and how to reach them stay in the case record.
        parts.append(COMPLAINANT_ON_FILE)
    return f"{label}（{'；'.join(parts)}）" if parts else label


def gather(session: Session, case_id: str) -> dict[str, Any]:
    """Plain data of a case for its documents: agency, party, officers, inspection, evidence, decision."""
    db = session.db
    case = _case(session, case_id)
    agency = db.find("agencies", case["agency_id"]) or {}
    party = db.find("parties", case["party_id"]) if case.get("party_id") else None
    insp = db.find("inspections", case["inspection_id"]) if case.get("inspection_id") else None
    fine = _yuan(case.get("fine_cents"))
    penalty = f"罚款人民币{fine}" if fine else ""
    v: dict[str, Any] = {
        "agency_address": agency.get("address", ""),
        "agency_phone": agency.get("phone", ""),
        "agency_postcode": agency.get("postcode", ""),
        "review_body": agency.get("review_body", ""),
        "litigation_court": agency.get("litigation_court", ""),
        "bank_name": agency.get("bank_name", ""),
        "bank_account_name": agency.get("bank_account_name", ""),
        "bank_account": agency.get("bank_account", ""),
        "case_cause": case.get("matter_name", ""),
        "case_source": _case_source(db, case),
        "case_summary": case.get("summary", ""),
        "facts": case.get("summary", ""),
        "discovered_on": _local(case.get("discovered_at")),
        "act_date": _local(case.get("act_date")),
        "filed_on": _local(case.get("filed_at")),
        "act_place": case.get("address", ""),
        "act_time": _local(case.get("act_date")),
        "officers": _officers(db, case),
        "penalty": penalty,
        "intended_penalty": penalty,
        "case_no": case.get("case_no") or "",
    }
    if party:
        pid = party["id_number"]
        v.update(
            {
                "party_name": party["name"],
                "party_id": f"{ID_LABELS.get(party['id_type'], party['id_type'])} {pid}".strip()
                if pid
                else "",
                "party_address": party["address"],
                "party_legal_rep": party["legal_rep"],
                "party_phone": party["phone"],
                "person_name": party["name"],
                "person_sex": party["sex"],
                "person_id": pid,
                "person_employer": party["employer"],
                "person_address": party["address"],
                "person_phone": party["phone"],
                "recipient": party["name"],
                "served_place": party["address"],
                "on_site_person": party["name"] if party["kind"] != "organisation" else party["legal_rep"],
            }
        )
        if party["kind"] == "individual_business":
            v["party_legal_rep__label"] = "经营者"  # 个体工商户: the operator, not a legal representative
        if not party["address"]:  # not on record: the address an earlier document of the case was made out to
            earlier = _address_on_file(db, case_id)
            if earlier:
                v.update(party_address=earlier, person_address=earlier, served_place=earlier)
    if insp:
        v.update(
            {
                "started_at": _local(insp["started_at"]),
                "ended_at": _local(insp["ended_at"]),
                "location": insp["address"],
                "situation": insp["situation"],
                "measurements": insp["measurements"],
                "witness": insp["witness"],
            }
        )
    v["evidence"] = _evidence(db, case)
    v.update(_legal_basis(db, case))
    v["evidence_summary"] = _evidence_summary(db, case, v["evidence"])
    decision = db.query_one(
        "SELECT number, issued_at FROM documents WHERE case_id = ? AND doc_type IN "
        "('penalty_decision', 'onspot_decision', 'no_penalty_decision') "
        "ORDER BY issued_at DESC LIMIT 1",
        (case_id,),
    )
    if decision:
        v["decision_number"] = decision["number"]
        v["decision_date"] = _local(decision["issued_at"], with_time=False)
    review = db.query_one(
        "SELECT r.*, u.display_name, u.has_legal_qualification FROM reviews r "
        "JOIN users u ON u.id = r.reviewer_id WHERE r.case_id = ? AND r.kind = 'legal_review' "
        "ORDER BY r.reviewed_at DESC LIMIT 1",
        (case_id,),
    )
    if review:
        items = json.loads(review["items"] or "[]")
        v.update(
            {
                "reviewer": review["display_name"],
                "opinion": review["opinion"],
                "conclusion": procedure.REVIEW_VERDICTS.get(review["verdict"], review["verdict"]),
                "reviewer_qualification": "具有法律职业资格" if review["has_legal_qualification"] else "",
                "review_items": [i for i in items if isinstance(i, dict)],
            }
        )
    return v


def _address_on_file(db: Any, case_id: str) -> str:
    """The party's address as the case's latest document (not voided) printed it, when the officer typed it
    there (an inspection does not record it): the 催告书 goes where the decision went."""
    rows = db.query(
        "SELECT d.payload FROM documents d LEFT JOIN number_register r ON r.number = d.number WHERE d.case_id = ? "
        "AND coalesce(r.status, 'issued') <> 'voided' ORDER BY d.issued_at DESC",
        (case_id,),
    )
    for row in rows:
        address = json.loads(row["payload"])["fields"].get("party_address")
        if address:
            return str(address)
    return ""


def _fields(doc: Any, base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    keys = {f.key for f in doc.fields}
    merged = {**base, **{k: v for k, v in extra.items() if v is not None}}
    merged.pop("hearing_applies", None)  # whether a hearing applies is the workflow's call (document_facts)
    labels = {f"{k}__label" for k in keys}
    return {k: merged[k] for k in sorted(keys | labels) if k in merged and merged[k] not in (None, "")}


def _with_facts(
    session: Session, case_id: str, doc_type: str, extra: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The officer's values with the workflow's legal facts on top (dates, amounts, periods, grounds)."""
    from inspector.services import document_facts

    extra = dict(extra or {})
    return {**extra, **document_facts.facts(session, case_id, doc_type, extra)}


def _check_state(doc_type: str, case: Mapping[str, Any]) -> None:
    states, article = LAWFUL[doc_type]
    if CaseState(case["state"]) not in states:
        from inspector.model import CASE_STATE_LABELS

        title = doc_types.get(doc_type).title
        state = CaseState(case["state"])
        lawful = [s for s in S if s in states]
        raise GuardRefused(
            rule="document_state",
            article=article,
            message=STATE_REFUSAL.format(CASE_STATE_LABELS[state], title),
            hint=STATE_HINT.format("、".join(CASE_STATE_LABELS[s] for s in lawful)),
            parts=(STATE_REFUSAL, (state, title)),
            hint_parts=(STATE_HINT, (lawful,)),  # the states as codes: the interface words them
        )
    if doc_type == "onspot_decision" and case["procedure"] != "simple" and case["state"] != S.CLUE:
        # (a clue being decided on the spot becomes a simple-procedure case with that very step)
        raise GuardRefused(
            rule="document_procedure",
            article="《行政处罚法》第五十一条",
            message="当场行政处罚决定书只适用于简易程序案件",
        )


def _vetted(session: Session, case: Mapping[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The values with their legal basis checked (verified, this agency's) or, on the demo station, labelled."""
    from inspector.services import legal_basis

    agency = session.db.find("agencies", case["agency_id"]) or {}
    return legal_basis.vet(
        values,
        legal_basis.row_for(session.db, case),
        division_code=str(agency.get("division_code") or ""),
        demo=session.station.is_demo,
    )


def check_lawful(session: Session, case_id: str, doc_type: str) -> None:
    """Raise :class:`GuardRefused` when the case's state, or what the workflow recorded (notice, decision,
    hearing thresholds, notified amount), does not allow this document now."""
    from inspector.services import document_facts

    doc = _doc(doc_type)
    case = _case(session, case_id)
    _check_state(doc_type, case)
    _vetted(
        session,
        case,
        _fields(doc, gather(session, case_id), document_facts.facts(session, case_id, doc_type, {})),
    )


def missing_fields(
    session: Session, case_id: str, doc_type: str, extra: Mapping[str, Any] | None = None
) -> list[Problem]:
    """The required fields still empty for this document, as problems naming each field in Chinese."""
    doc = _doc(doc_type)
    values = _fields(doc, gather(session, case_id), _with_facts(session, case_id, doc_type, extra))
    return [_missing(f) for f in doc.missing(values)]


def _missing(field: Any) -> Problem:
    """The problem of a required field left empty (缺少…, or how many items a list needs at least)."""
    template, args = (
        (MISSING_ITEMS, (field.label, field.min_items)) if field.min_items else (MISSING, (field.label,))
    )
    return Problem(field.key, "required", template.format(*args), field.label, parts=(template, args))


def _doc(doc_type: str) -> Any:
    try:
        return doc_types.get(doc_type)
    except UnknownDocumentType:
        raise ValidationError(
            [problem("doc_type", "unknown", ("没有这种文书类型：{0}", (Verbatim(doc_type),)))]
        ) from None


def _glyph_problems(exc: MissingGlyphs, doc: Any) -> list[Problem]:
    out = []
    for ch, keys in exc.where.items():
        labels = [doc.label(k) for k in keys]  # the document's field labels (translated)
        out.append(
            problem(
                keys[0] if keys else "font",
                "missing_glyph",
                (
                    "字体 {0} 缺少字符“{1}”（U+{2}，见：{3}）；请在设置中指定含该字的字体，或确认以“〓”代替后再打印",
                    (Verbatim(exc.font), Verbatim(ch), Verbatim(f"{ord(ch):04X}"), labels),
                ),
            )
        )
    return out


def _images(station: Station, evidence: list[dict[str, Any]]) -> dict[str, bytes]:
    """JPEG thumbnails of the photo evidence, from the evidence store's thumbnail cache (missing ones skipped)."""
    from inspector.services import evidence as evidence_service

    out: dict[str, bytes] = {}
    for e in evidence:
        if e.get("kind") != "photo":
            continue
        try:
            path = evidence_service.thumbnail_file(station, e["sha256"])
        except (OSError, ValueError):
            path = None
        if path is not None and path.is_file():
            out[e["sha256"]] = path.read_bytes()
    return out


def documents_dir(station: Station) -> Path:
    return station.data_dir / "documents"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def document_data(row: Mapping[str, Any], *, station: Station) -> DocumentData:
    """Rebuild the renderable data of an issued document from its stored payload."""
    payload = json.loads(row["payload"])
    qr_text = qr.Payload(
        number=row["number"],
        station_id=payload["station_id"],
        digest=row["digest"],
        audit_head=payload.get("audit_head", ""),
    ).text()
    return DocumentData(
        doc_type=payload["doc_type"],
        number=payload["number"],
        agency_name=payload["agency_name"],
        issued_on=payload["issued_on"],
        fields=payload["fields"],
        qr_text=qr_text,
        images=_images(station, payload["fields"].get("evidence") or []),
        # A document issued before the payload recorded its layout was printed with the QR code on its first
        # page only; it is rendered again that way, so its text and pages stay what was registered.
        layout=int(payload.get("layout") or LAYOUT_FIRST_PAGE),
    )


# ------------------------------------------------------------------------------------- use cases


def issue_document(
    session: Session,
    case_id: str,
    doc_type: str,
    extra: Mapping[str, Any] | None = None,
    *,
    substitute_missing: bool = False,
) -> Issued:
    """Issue one document of a case: check, number, render, record and store it.

    Args:
        extra: field values the officer supplies (facts, reasoning, deadlines…); they override gathered data.
        substitute_missing: print 〓 for characters the font lacks (the officer was told and accepted).

    Raises:
        GuardRefused: the case is not in a state where this document is lawful.
        ValidationError: required fields are missing (each named), or the font lacks characters.
    """
    session.require(Action.DOCUMENT_ISSUE)
    doc = _doc(doc_type)
    case = _case(session, case_id)
    _check_state(doc_type, case)
    station = session.station
    values = _vetted(
        session, case, _fields(doc, gather(session, case_id), _with_facts(session, case_id, doc_type, extra))
    )
    if missing := doc.missing(values):
        raise ValidationError([_missing(f) for f in missing])
    try:
        fonts = fonts_for(station)
    except FontNotFound as exc:
        raise ValidationError(
            [Problem("documents.font_path", "font_not_found", "找不到可用的中文字体，请在设置中指定字体文件")]
        ) from exc
    scheme = numbering.Scheme.from_station(station)
    db = session.db
    agency = db.get("agencies", case["agency_id"])
    squad = db.get("squads", case["squad_id"])
    issued_on = clock.today().isoformat()
    with session.writing(Action.DOCUMENT_ISSUE, label=f"document.issue:{doc_type}") as w:
        reg = numbering.allocate(
            w,
            scheme,
            agency=agency,
            squad=squad,
            doc_type=doc_type,
            type_code=scheme.type_code(doc_type, doc.type_code),
            case_id=case_id,
        )
        head = audit_head(db)
        payload = {
            "doc_type": doc_type,
            "number": reg["number"],
            "agency_name": agency["name"],
            "issued_on": issued_on,
            "case_id": case_id,
            "station_id": station.station_id,
            "fields": values,
            "audit_head": head,
            "layout": LAYOUT,
        }
        dig = digest(payload)
        data = DocumentData(
            doc_type=doc_type,
            number=reg["number"],
            agency_name=agency["name"],
            issued_on=issued_on,
            fields=values,
            qr_text=qr.Payload(reg["number"], station.station_id, dig, head).text(),
            images=_images(station, values.get("evidence") or []),
            layout=LAYOUT,
        )
        try:
            pdf = render(data, fonts=fonts, substitute_missing=substitute_missing)
        except MissingGlyphs as exc:
            raise ValidationError(_glyph_problems(exc, doc)) from exc
        row = w.insert(
            "documents",
            {
                "case_id": case_id,
                "doc_type": doc_type,
                "number": reg["number"],
                "digest": dig,
                "payload": canonical(payload),
                "issued_at": clock.iso(),
                "issued_by": session.user.username,
                "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            },
        )
        numbering.link(w, reg["id"], row["id"])
        w.insert(
            "document_texts",
            {"document_id": row["id"], "visible_text": pdftext.visible_text(pdf), "audit_head": head},
        )
        path = documents_dir(station) / f"{row['id']}.pdf"
        _write_atomic(path, pdf)
    return Issued(id=row["id"], number=reg["number"], doc_type=doc_type, digest=dig, path=path)


def list_documents(session: Session, case_id: str) -> list[dict[str, Any]]:
    """The case's issued documents, oldest first, with title and void status."""
    session.require(Action.DOCUMENT_VIEW)
    _case(session, case_id)
    rows = session.db.query(
        "SELECT d.id, d.doc_type, d.number, d.digest, d.issued_at, d.issued_by, r.status, r.void_reason "
        "FROM documents d LEFT JOIN number_register r ON r.number = d.number WHERE d.case_id = ? "
        "ORDER BY d.issued_at, d.number",
        (case_id,),
    )
    for r in rows:
        r["title"] = (
            doc_types.TYPES[r["doc_type"]].title if r["doc_type"] in doc_types.TYPES else r["doc_type"]
        )
        r["status"] = r["status"] or "issued"
        r["void_reason"] = r["void_reason"] or ""
    return rows


def document_types() -> list[tuple[str, str]]:
    """(type key, title) of every document type, in archive order."""
    return [
        (k, d.title) for k, d in sorted(doc_types.TYPES.items(), key=lambda kv: doc_types.archive_key(kv[0]))
    ]


def pdf_bytes(session: Session, document_id: str) -> bytes:
    """The stored PDF of an issued document (re-rendered from its payload if the file is gone)."""
    session.require(Action.DOCUMENT_VIEW)
    row = session.db.find("documents", document_id)
    if row is None:
        raise NotFound(entity="文书", key=document_id)
    path = documents_dir(session.station) / f"{document_id}.pdf"
    if path.is_file():
        return path.read_bytes()
    pdf = render(
        document_data(row, station=session.station), fonts=fonts_for(session.station), substitute_missing=True
    )
    _write_atomic(path, pdf)
    return pdf


def void_number(session: Session, number: str, *, reason: str) -> dict[str, Any]:
    """Void a number (作废登记): it stays in the register with the reason and is never reused."""
    with session.writing(Action.DOCUMENT_VOID, label="document.void") as w:
        return numbering.void(w, number, reason=reason)


def casefile(session: Session, case_id: str, *, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The case file (案卷) of a case as one PDF in §5.4 order (cover, TOC, documents, evidence, 备考表)."""
    session.require(Action.DOCUMENT_VIEW)
    case = _case(session, case_id)
    station = session.station
    db = session.db
    rows = db.query(
        "SELECT d.*, r.status FROM documents d LEFT JOIN number_register r ON r.number = d.number "
        "WHERE d.case_id = ? ORDER BY d.issued_at, d.number",
        (case_id,),
    )
    rows = [r for r in rows if r["status"] != "voided"]
    docs = [document_data(r, station=station) for r in rows]
    base = gather(session, case_id)
    agency = db.find("agencies", case["agency_id"]) or {}
    evidence = base.get("evidence") or []
    cover = casefile_export.Cover(
        agency_name=agency.get("name", ""),
        case_no=case.get("case_no") or "",
        case_cause=case.get("matter_name", ""),
        party=base.get("party_name", ""),
        filed_on=base.get("filed_on", ""),
        closed_on=_local(case.get("closed_at"), with_time=False),
        handlers="、".join(o["name"] for o in base["officers"]),
        result=base.get("penalty", ""),
    )
    try:
        return casefile_export.render_casefile(
            cover,
            docs,
            evidence=evidence,
            images=_images(station, evidence),
            fonts=fonts_for(station),
            progress=progress,
        )
    except ExportError as exc:
        raise Error(str(exc)) from exc
