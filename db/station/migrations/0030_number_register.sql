-- Document number register (文号登记簿): every number ever drawn, issued or voided. Numbers are never
-- reused: each squad counts its own sequence per series and year, so stations need no network to stay unique.
CREATE TABLE number_register (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL REFERENCES agencies(id),
    squad_id    TEXT NOT NULL REFERENCES squads(id),
    series      TEXT NOT NULL,                 -- what the sequence counts: a type code, or 'case' (shared per case)
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    doc_type    TEXT NOT NULL,
    case_id     TEXT REFERENCES cases(id),
    document_id TEXT,
    status      TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'voided')),
    void_reason TEXT NOT NULL DEFAULT '',
    voided_at   TEXT,
    voided_by   TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX number_register_seq ON number_register(agency_id, squad_id, series, year, seq);
CREATE INDEX number_register_case ON number_register(case_id);

-- SHA-256 of the stored PDF file of an issued document (documents/<id>.pdf under the data directory).
ALTER TABLE documents ADD COLUMN pdf_sha256 TEXT NOT NULL DEFAULT '';
