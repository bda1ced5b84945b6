-- Local sync bookkeeping (never synced itself).
-- A frozen batch keeps the exact payload it was first sent with, so a retry after a dropped connection
-- re-sends the same batch id with the same content and the central database answers with its stored result.
CREATE TABLE sync_batches (
    batch_id    TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL UNIQUE,
    payload     TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    exported_at TEXT,
    result      TEXT
);

-- Per row: the version last put into a batch (the base the next batch declares).
CREATE TABLE sync_state (
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    frozen_version INTEGER NOT NULL,
    PRIMARY KEY (entity, entity_id)
);
