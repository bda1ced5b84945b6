-- What an issued document shows (text extracted from its PDF by PDFium, whitespace removed) and the audit-chain
-- head when it was issued: `doc verify` compares a presented copy's visible text with this, and the head (also
-- in the QR code) with the chain, so an edited copy or a later rewrite of the chain is named.
CREATE TABLE document_texts (
    id            TEXT PRIMARY KEY,
    document_id   TEXT NOT NULL UNIQUE REFERENCES documents(id),
    visible_text  TEXT NOT NULL,
    audit_head    TEXT NOT NULL DEFAULT '',      -- "seq:hash" of the last audit event before the document
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
