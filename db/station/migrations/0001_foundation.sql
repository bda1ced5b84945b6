-- Foundation schema: station metadata, organisation, people, cases and their records, audit and outbox.
-- Every row that syncs carries: id (UUID text), version, updated_at (UTC ISO), updated_by, station_id.

CREATE TABLE schema_migrations (
    number     INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE station_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- Editable configuration ([S]/[U]/[P] facts of the domain): JSON values by key.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);

CREATE TABLE agencies (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,                -- 执法主体全称
    short_name    TEXT NOT NULL DEFAULT '',     -- 文号 prefix, e.g. 杭上城
    division_code TEXT NOT NULL DEFAULT '',     -- GB/T 2260
    address       TEXT NOT NULL DEFAULT '',
    postcode      TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    review_body   TEXT NOT NULL DEFAULT '',     -- 行政复议机关 printed on decisions
    litigation_court TEXT NOT NULL DEFAULT '',
    bank_name     TEXT NOT NULL DEFAULT '',
    bank_account_name TEXT NOT NULL DEFAULT '',
    bank_account  TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);

CREATE TABLE squads (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL REFERENCES agencies(id),
    name        TEXT NOT NULL,
    code        TEXT NOT NULL,                  -- squad segment of document numbers (e.g. 3)
    jurisdiction TEXT NOT NULL DEFAULT '',      -- streets covered
    active      INTEGER NOT NULL DEFAULT 1,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    UNIQUE (agency_id, code)
);

CREATE TABLE officers (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    cert_no      TEXT NOT NULL UNIQUE,          -- 执法证号
    cert_expiry  TEXT NOT NULL,                 -- ISO date
    squad_id     TEXT REFERENCES squads(id),
    unit         TEXT NOT NULL DEFAULT '',
    post         TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX officers_squad ON officers(squad_id);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('officer', 'squad_leader', 'legal_reviewer', 'supervisor', 'admin')),
    officer_id      TEXT REFERENCES officers(id),
    squad_id        TEXT REFERENCES squads(id),
    has_legal_qualification INTEGER NOT NULL DEFAULT 0,   -- 法律职业资格 (Art. 58)
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    station_id      TEXT NOT NULL
);

CREATE TABLE parties (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'individual_business')),
    name        TEXT NOT NULL,
    id_type     TEXT NOT NULL,                  -- resident_id, uscc, passport, hk_macau_permit, ...
    id_number   TEXT NOT NULL DEFAULT '',
    legal_rep   TEXT NOT NULL DEFAULT '',
    sex         TEXT NOT NULL DEFAULT '',
    birth_date  TEXT,
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    employer    TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX parties_id_number ON parties(id_number);
CREATE INDEX parties_name ON parties(name);

CREATE TABLE inspections (
    id           TEXT PRIMARY KEY,
    squad_id     TEXT NOT NULL REFERENCES squads(id),
    party_id     TEXT REFERENCES parties(id),
    started_at   TEXT NOT NULL,
    ended_at     TEXT NOT NULL,
    address      TEXT NOT NULL DEFAULT '',
    street       TEXT NOT NULL DEFAULT '',
    community    TEXT NOT NULL DEFAULT '',
    latitude     REAL,
    longitude    REAL,
    situation    TEXT NOT NULL DEFAULT '',     -- 现场情况
    measurements TEXT NOT NULL DEFAULT '',
    witness      TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT 'no_violation',
    correction_deadline TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX inspections_started ON inspections(started_at);
CREATE INDEX inspections_party ON inspections(party_id);

CREATE TABLE inspection_officers (
    id            TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    officer_id    TEXT NOT NULL REFERENCES officers(id),
    position      INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    UNIQUE (inspection_id, officer_id)
);

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    case_no       TEXT,                         -- assigned at 立案
    agency_id     TEXT NOT NULL REFERENCES agencies(id),
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    party_id      TEXT REFERENCES parties(id),
    inspection_id TEXT REFERENCES inspections(id),
    procedure     TEXT NOT NULL DEFAULT 'general' CHECK (procedure IN ('simple', 'general')),
    state         TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT 'patrol',
    matter_code   TEXT NOT NULL DEFAULT '',
    matter_name   TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    act_date      TEXT,
    act_end_date  TEXT,
    discovered_at TEXT,
    clue_at       TEXT NOT NULL,
    filed_at      TEXT,
    decided_at    TEXT,
    closed_at     TEXT,
    fine_cents    INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
CREATE INDEX cases_state ON cases(state);
CREATE INDEX cases_squad ON cases(squad_id, clue_at);
CREATE INDEX cases_clue ON cases(clue_at);
CREATE INDEX cases_party ON cases(party_id);

CREATE TABLE case_officers (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    officer_id  TEXT NOT NULL REFERENCES officers(id),
    position    INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    UNIQUE (case_id, officer_id)
);

-- Append-only: evidence metadata; the bytes live in the store under their SHA-256.
CREATE TABLE evidence (
    id            TEXT PRIMARY KEY,
    sha256        TEXT NOT NULL,
    inspection_id TEXT REFERENCES inspections(id),
    case_id       TEXT REFERENCES cases(id),
    kind          TEXT NOT NULL,                -- photo, video, audio, document
    filename      TEXT NOT NULL,
    size          INTEGER NOT NULL,
    mime          TEXT NOT NULL DEFAULT '',
    width         INTEGER,
    height        INTEGER,
    taken_at      TEXT,
    latitude      REAL,
    longitude     REAL,
    camera        TEXT NOT NULL DEFAULT '',
    orientation   INTEGER,
    imported_by   TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
CREATE INDEX evidence_sha ON evidence(sha256);
CREATE INDEX evidence_inspection ON evidence(inspection_id);
CREATE INDEX evidence_case ON evidence(case_id);

-- Append-only: every issued legal document with its number and content digest.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    case_id     TEXT REFERENCES cases(id),
    doc_type    TEXT NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    digest      TEXT NOT NULL,
    payload     TEXT NOT NULL,                  -- canonical JSON of the rendered fields
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX documents_case ON documents(case_id);

-- Append-only: legal reviews (法制审核) and case-file reviews (案卷评查).
CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL CHECK (kind IN ('legal_review', 'file_review')),
    reviewer_id TEXT NOT NULL REFERENCES users(id),
    verdict     TEXT NOT NULL,
    opinion     TEXT NOT NULL DEFAULT '',
    score       REAL,
    items       TEXT NOT NULL DEFAULT '[]',
    reviewed_at TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX reviews_case ON reviews(case_id);

-- 执法全过程记录: a hash chain. seq is gapless; hash covers prev_hash and the canonical event.
CREATE TABLE audit_events (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    digest     TEXT NOT NULL,
    station_id TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_events(entity, entity_id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- Rows waiting to be sent to the central database.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    version    INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    queued_at  TEXT NOT NULL,
    batch_id   TEXT,
    sent_at    TEXT
);
CREATE INDEX outbox_pending ON outbox(sent_at);

-- Autosaved form drafts (local only, never synced).
CREATE TABLE drafts (
    key        TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    username   TEXT NOT NULL,
    payload    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
