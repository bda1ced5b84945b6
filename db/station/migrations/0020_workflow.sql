-- Workflow, deadlines and discretion: case events, calendar overrides, benchmark catalogues,
-- discretion records, transfers, preserved items, soft enforcement, random draws.

-- Append-only record of every workflow step of a case (执法全过程记录, Art. 47). ``on_date`` is the legal
-- (local) date the step happened on; deadlines are computed from it.
CREATE TABLE case_events (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    step        TEXT NOT NULL,
    from_state  TEXT NOT NULL DEFAULT '',
    to_state    TEXT NOT NULL DEFAULT '',
    on_date     TEXT NOT NULL,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    data        TEXT NOT NULL DEFAULT '{}',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, at);
CREATE INDEX case_events_step ON case_events(step);

-- Holiday calendar years added or corrected by an administrator; they override the shipped files.
CREATE TABLE calendar_years (
    id          TEXT PRIMARY KEY,
    year        INTEGER NOT NULL UNIQUE,
    source      TEXT NOT NULL DEFAULT '',
    holidays    TEXT NOT NULL DEFAULT '[]',   -- JSON [{name, from, to}]
    workdays    TEXT NOT NULL DEFAULT '[]',   -- JSON [date] (调休 make-up working days)
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);

-- Imported benchmark catalogues (裁量基准), one row per catalogue version; the payload is the validated JSON.
CREATE TABLE benchmark_catalogues (
    id          TEXT PRIMARY KEY,
    catalogue   TEXT NOT NULL,
    cat_version TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to   TEXT,
    source      TEXT NOT NULL DEFAULT '',
    payload     TEXT NOT NULL,
    digest      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    UNIQUE (catalogue, cat_version)
);

-- Append-only discretion forms (裁量表) of a case; the newest one counts.
CREATE TABLE discretion_records (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    catalogue     TEXT NOT NULL,
    cat_version   TEXT NOT NULL,
    matter_code   TEXT NOT NULL,
    party_type    TEXT NOT NULL,
    answers       TEXT NOT NULL DEFAULT '{}',
    circumstances TEXT NOT NULL DEFAULT '{}',
    tier          TEXT NOT NULL DEFAULT '',
    range_min_cents INTEGER,
    range_max_cents INTEGER,
    amount_cents  INTEGER,
    outside_tier  INTEGER NOT NULL DEFAULT 0,
    mitigated     INTEGER NOT NULL DEFAULT 0,  -- 减轻
    reason        TEXT NOT NULL DEFAULT '',    -- 说理
    requires_review INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
CREATE INDEX discretion_case ON discretion_records(case_id);

-- 案件移送: to a judicial organ or another competent agency, with the receiver's acknowledgement.
CREATE TABLE case_transfers (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    receiver     TEXT NOT NULL,
    receiver_kind TEXT NOT NULL CHECK (receiver_kind IN ('judicial', 'administrative')),
    reason       TEXT NOT NULL,
    basis        TEXT NOT NULL DEFAULT '',
    sent_on      TEXT NOT NULL,
    acknowledged_on TEXT,
    acknowledged_by TEXT NOT NULL DEFAULT '',
    ack_reference TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX case_transfers_case ON case_transfers(case_id);

-- 先行登记保存 / 查封扣押 register.
CREATE TABLE preserved_items (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    measure      TEXT NOT NULL CHECK (measure IN ('registered_preservation', 'seizure')),
    description  TEXT NOT NULL,
    quantity     TEXT NOT NULL DEFAULT '',
    storage_place TEXT NOT NULL,
    preserved_on TEXT NOT NULL,
    approved_by  TEXT NOT NULL DEFAULT '',
    decision     TEXT NOT NULL DEFAULT '',     -- '', returned, confiscated, transferred, destroyed, released
    decided_on   TEXT,
    disposal_note TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX preserved_items_case ON preserved_items(case_id);

-- 说服教育 / 劝导示范 / 行政指导 records (Art. 6, 33 ¶3).
CREATE TABLE soft_enforcements (
    id           TEXT PRIMARY KEY,
    case_id      TEXT REFERENCES cases(id),
    inspection_id TEXT REFERENCES inspections(id),
    party_id     TEXT REFERENCES parties(id),
    kind         TEXT NOT NULL CHECK (kind IN ('persuasion', 'demonstration', 'guidance')),
    content      TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    officer_ids  TEXT NOT NULL DEFAULT '[]',
    result       TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX soft_enforcements_case ON soft_enforcements(case_id);

-- 双随机 draws: the seed and the pools are stored so anyone can reproduce the draw.
CREATE TABLE random_draws (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    seed         TEXT NOT NULL,
    targets_pool TEXT NOT NULL,     -- JSON list of candidate target ids/names, in the order drawn from
    officers_pool TEXT NOT NULL,    -- JSON list of candidate officer ids
    target_count INTEGER NOT NULL,
    officers_per_target INTEGER NOT NULL,
    result       TEXT NOT NULL,     -- JSON [{target, officers:[...]}]
    drawn_at     TEXT NOT NULL,
    drawn_by     TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
