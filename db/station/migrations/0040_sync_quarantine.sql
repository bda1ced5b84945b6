-- Sync bookkeeping for refused batches and recorded conflicts (local only, never synced itself).
-- A batch the central database refused is set aside with its reason; the queue goes on without it.
ALTER TABLE sync_batches ADD COLUMN quarantined_at TEXT;
ALTER TABLE sync_batches ADD COLUMN error TEXT;

-- A row changed centrally since this station's base version: both versions kept until a person decides.
CREATE TABLE sync_conflicts (
    central_id      INTEGER PRIMARY KEY,
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    station_version INTEGER NOT NULL,
    central_version INTEGER NOT NULL,
    station_data    TEXT,
    central_data    TEXT,
    detected_at     TEXT NOT NULL,
    resolved_at     TEXT,
    resolved_by     TEXT,
    resolution      TEXT,
    reported_at     TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at);
CREATE INDEX outbox_batch ON outbox(batch_id);
