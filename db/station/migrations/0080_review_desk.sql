-- The legal reviewer's desk: case-file evaluations (案卷评查), publicity records (执法公示) and
-- extensions of the legal-review time limit (法制审核期限延长).

-- One scoring sheet per evaluation of a case file; mock = 1 for a trial run before the case is closed.
-- Append-only: a re-evaluation is a new row; the newest non-mock row of a case counts.
CREATE TABLE casefile_evaluations (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    squad_id      TEXT NOT NULL,
    total_score   REAL NOT NULL,
    grade         TEXT NOT NULL,                -- 优秀 | 合格 | 不合格 (the model's grade labels)
    veto          INTEGER NOT NULL DEFAULT 0,   -- 1 if a veto item hit
    mock          INTEGER NOT NULL DEFAULT 0,
    evaluated_at  TEXT NOT NULL,
    evaluated_by  TEXT NOT NULL,
    model_version TEXT NOT NULL,
    items         TEXT NOT NULL DEFAULT '[]',   -- JSON [{code, label, tier, points, deduction, auto, ok, note}]
    note          TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
CREATE INDEX casefile_evaluations_case ON casefile_evaluations(case_id, evaluated_at);
CREATE INDEX casefile_evaluations_squad ON casefile_evaluations(squad_id, evaluated_at);

-- The publication record of a general-procedure penalty decision: drafted when the decision is made,
-- masked (§7.2), signed off by a reviewer, exported for the government portal, published, maybe withdrawn.
CREATE TABLE publicity_records (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL UNIQUE REFERENCES cases(id),
    squad_id        TEXT NOT NULL,
    decision_number TEXT NOT NULL DEFAULT '',
    decided_on      TEXT NOT NULL,
    due_date        TEXT NOT NULL,              -- publication due (working days after the decision)
    withheld        INTEGER NOT NULL DEFAULT 0, -- 1: not to be published (minor, privacy …)
    withheld_reason TEXT NOT NULL DEFAULT '',
    masked_text     TEXT NOT NULL DEFAULT '',   -- the masked summary shown to the public
    fields          TEXT NOT NULL DEFAULT '{}', -- JSON of the masked published fields
    signed_off_by   TEXT,
    signed_off_at   TEXT,
    exported_at     TEXT,
    published_at    TEXT,                       -- date the portal reported it published
    withdraw_due    TEXT,
    withdrawn_at    TEXT,
    withdraw_reason TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    station_id      TEXT NOT NULL
);
CREATE INDEX publicity_records_due ON publicity_records(due_date);
CREATE INDEX publicity_records_squad ON publicity_records(squad_id);

-- Extensions of the legal-review time limit, granted with a reason.
CREATE TABLE review_extensions (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    days        INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    granted_by  TEXT NOT NULL,
    granted_on  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX review_extensions_case ON review_extensions(case_id);
