"""The 法制审核意见书 (Art. 58): generated from the newest verdict and its checklist, numbered and recorded.

Issued by the reviewer (``Action.LEGAL_REVIEW``), also after a verdict that sent the case back to the
investigation, so it does not go through the officer's document-issuing path and its state check.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from exports import documents as doc_types
from exports import qr
from exports.errors import FontNotFound, MissingGlyphs
from exports.render import LAYOUT, DocumentData, render
from inspector import clock, numbering
from inspector.errors import Problem, ValidationError, problem
from inspector.law import procedure
from inspector.permissions import Action
from inspector.services import documents
from inspector.services.review import latest_review
from inspector.station import Session

DOC_TYPE = "legal_review_opinion"


def fields(session: Session, case_id: str, review: dict[str, Any]) -> dict[str, Any]:
    """The printed fields of ``review``'s 意见书: case, party, reviewer, the checklist as 审核事项, the verdict
    and the opinion."""
    base = documents.gather(session, case_id)
    items = [i for i in json.loads(review["items"] or "[]") if isinstance(i, dict)]
    reviewer = session.db.find("users", review["reviewer_id"]) or {}
    extra = {
        "conclusion": procedure.REVIEW_VERDICTS.get(review["verdict"], review["verdict"]),
        "opinion": review["opinion"] or "同意。",
        "reviewer": reviewer.get("display_name", ""),
        "reviewer_qualification": "具有国家统一法律职业资格"
        if reviewer.get("has_legal_qualification")
        else "",
        "review_items": [
            {
                "index": str(i.get("index", n)),
                "item": i.get("item", ""),
                "result": i.get("result", ""),
                "note": i.get("note", ""),
            }
            for n, i in enumerate(items, 1)
        ],
    }
    return documents._fields(doc_types.get(DOC_TYPE), base, extra)


def issued_for(session: Session, case_id: str, review_id: str) -> dict[str, Any] | None:
    """The 意见书 already issued on this review and not voided (None: none yet)."""
    rows = session.db.query(
        "SELECT d.id, d.number, d.digest, d.payload FROM documents d "
        "LEFT JOIN number_register r ON r.number = d.number "
        "WHERE d.case_id = ? AND d.doc_type = ? AND coalesce(r.status, 'issued') <> 'voided' "
        "ORDER BY d.issued_at DESC",
        (case_id, DOC_TYPE),
    )
    return next((r for r in rows if json.loads(r["payload"]).get("review_id") == review_id), None)


def issue(session: Session, case_id: str) -> documents.Issued:
    """Number, render and record the 意见书 of the newest review; returns where its PDF is stored.

    One review has one 意见书: asked again, the one issued before is returned under its own number (its PDF
    re-made from the stored record if the file is gone), and no number is drawn. A later review (after the
    case came back) gets its own. A voided one may be issued anew.
    """
    session.require(Action.LEGAL_REVIEW)
    review = latest_review(session, case_id)
    if earlier := issued_for(session, case_id, review["id"]):
        path = documents.documents_dir(session.station) / f"{earlier['id']}.pdf"
        documents.pdf_bytes(session, earlier["id"])  # makes the file again when it is gone
        return documents.Issued(
            id=earlier["id"],
            number=earlier["number"],
            doc_type=DOC_TYPE,
            digest=earlier["digest"],
            path=path,
            earlier=True,
        )
    doc = doc_types.get(DOC_TYPE)
    values = fields(session, case_id, review)
    if missing := doc.missing(values):
        raise ValidationError([problem(f.key, "required", ("缺少{0}", (f.label,))) for f in missing])
    station = session.station
    try:
        fonts = documents.fonts_for(station)
    except FontNotFound as exc:
        raise ValidationError(
            [Problem("documents.font_path", "font_not_found", "找不到可用的中文字体，请在设置中指定字体文件")]
        ) from exc
    case = session.db.get("cases", case_id)
    agency = session.db.get("agencies", case["agency_id"])
    squad = session.db.get("squads", case["squad_id"])
    scheme = numbering.Scheme.from_station(station)
    issued_on = clock.today().isoformat()
    with session.writing(Action.LEGAL_REVIEW, label=f"document.issue:{DOC_TYPE}") as w:
        reg = numbering.allocate(
            w,
            scheme,
            agency=agency,
            squad=squad,
            doc_type=DOC_TYPE,
            type_code=scheme.type_code(DOC_TYPE, doc.type_code),
            case_id=case_id,
        )
        payload = {
            "doc_type": DOC_TYPE,
            "number": reg["number"],
            "agency_name": agency["name"],
            "issued_on": issued_on,
            "case_id": case_id,
            "station_id": station.station_id,
            "review_id": review["id"],
            "fields": values,
            "layout": LAYOUT,
        }
        digest = documents.digest(payload)
        data = DocumentData(
            doc_type=DOC_TYPE,
            number=reg["number"],
            agency_name=agency["name"],
            issued_on=issued_on,
            fields=values,
            qr_text=qr.Payload(reg["number"], station.station_id, digest).text(),
            layout=LAYOUT,
        )
        try:
            pdf = render(data, fonts=fonts)
        except MissingGlyphs as exc:
            raise ValidationError(documents._glyph_problems(exc, doc)) from exc
        row = w.insert(
            "documents",
            {
                "case_id": case_id,
                "doc_type": DOC_TYPE,
                "number": reg["number"],
                "digest": digest,
                "payload": documents.canonical(payload),
                "issued_at": clock.iso(),
                "issued_by": session.user.username,
                "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            },
        )
        numbering.link(w, reg["id"], row["id"])
        path = documents.documents_dir(station) / f"{row['id']}.pdf"
        documents._write_atomic(path, pdf)
    return documents.Issued(id=row["id"], number=reg["number"], doc_type=DOC_TYPE, digest=digest, path=path)
