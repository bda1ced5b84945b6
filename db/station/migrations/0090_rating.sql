-- Star-rating squad summary (星级中队考评): rubric versions, rating snapshots, training hours, gate checks and
-- incidents, plus the review and publicity tables it reads (created here only if the review module has not).

-- Case-file evaluations (案卷评查) and publicity records: IF NOT EXISTS so this and the review migration merge.
CREATE TABLE IF NOT EXISTS casefile_evaluations (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    total_score   REAL,
    grade         TEXT,                 -- 优秀 | 合格 | 不合格
    veto          INTEGER NOT NULL DEFAULT 0,
    mock          INTEGER NOT NULL DEFAULT 0,
    evaluated_at  TEXT NOT NULL,
    evaluated_by  TEXT NOT NULL DEFAULT '',
    model_version TEXT NOT NULL DEFAULT '',
    items         TEXT NOT NULL DEFAULT '[]',
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS publicity_records (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    due_date      TEXT NOT NULL,
    published_at  TEXT,
    withdrawn_at  TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);

-- Rubric versions (reference data owned by headquarters): one row per saved version, never edited in place.
CREATE TABLE rating_rubrics (
    id           TEXT PRIMARY KEY,
    rubric       TEXT NOT NULL,
    rub_version  TEXT NOT NULL,
    payload      TEXT NOT NULL,          -- the validated rubric JSON
    digest       TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    UNIQUE (rubric, rub_version)
);

-- A rating as printed: the period, the squad, the rubric version used and every number behind it.
CREATE TABLE rating_snapshots (
    id            TEXT PRIMARY KEY,
    period        TEXT NOT NULL,
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    rubric        TEXT NOT NULL,
    rub_version   TEXT NOT NULL,
    total         REAL NOT NULL,
    stars         INTEGER NOT NULL,
    veto          INTEGER NOT NULL DEFAULT 0,
    payload       TEXT NOT NULL,
    computed_at   TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
CREATE INDEX rating_snapshots_period ON rating_snapshots(period, squad_id);

-- Training hours per officer (法律知识培训学时).
CREATE TABLE training_records (
    id           TEXT PRIMARY KEY,
    officer_id   TEXT NOT NULL REFERENCES officers(id),
    on_date      TEXT NOT NULL,
    hours        REAL NOT NULL CHECK (hours > 0),
    course       TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX training_records_officer ON training_records(officer_id, on_date);

-- 规范化 prerequisites checked for a squad (premises, equipment, ...): the newest check counts.
CREATE TABLE squad_gate_checks (
    id           TEXT PRIMARY KEY,
    squad_id     TEXT NOT NULL REFERENCES squads(id),
    checked_on   TEXT NOT NULL,
    items        TEXT NOT NULL DEFAULT '{}',   -- JSON {item code: true|false}
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX squad_gate_checks_squad ON squad_gate_checks(squad_id, checked_on);

-- Facts the case data does not hold: valid complaints, officers disciplined, court losses for lack of
-- authority or a serious procedural breach, negative public-opinion events.
CREATE TABLE rating_incidents (
    id           TEXT PRIMARY KEY,
    squad_id     TEXT NOT NULL REFERENCES squads(id),
    kind         TEXT NOT NULL CHECK (kind IN ('valid_complaint', 'discipline', 'court_loss', 'opinion_event')),
    on_date      TEXT NOT NULL,
    case_id      TEXT REFERENCES cases(id),
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    station_id   TEXT NOT NULL
);
CREATE INDEX rating_incidents_squad ON rating_incidents(squad_id, on_date);

-- What the squad summary filters on: per squad and date for each source of a metric.
CREATE INDEX IF NOT EXISTS casefile_evaluations_squad ON casefile_evaluations(squad_id, evaluated_at);
CREATE INDEX IF NOT EXISTS casefile_evaluations_case ON casefile_evaluations(case_id, evaluated_at);
CREATE INDEX publicity_records_squad_due ON publicity_records(squad_id, due_date);
-- Covering: the summary reads the squad's cases of a period from the index alone (no row lookups).
CREATE INDEX cases_squad_decided ON cases(squad_id, decided_at, procedure, filed_at, inspection_id, id);
CREATE INDEX cases_squad_clue_rating ON cases(squad_id, clue_at, state, source, filed_at, inspection_id, id);
CREATE INDEX soft_enforcements_inspection ON soft_enforcements(inspection_id);
CREATE INDEX case_events_step_date ON case_events(step, on_date, case_id);
CREATE INDEX preserved_items_date ON preserved_items(preserved_on, case_id);
