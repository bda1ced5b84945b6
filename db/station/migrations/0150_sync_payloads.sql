-- A frozen batch's payload (about 1 MB for 1,000 rows) lives in its own table: acknowledging a batch writes its
-- outcome into the small sync_batches row instead of rewriting the whole payload with it (SQLite rewrites a row
-- whole when any of its columns changes).
CREATE TABLE sync_payloads (
    batch_id TEXT PRIMARY KEY REFERENCES sync_batches(batch_id),
    payload  TEXT NOT NULL
);
INSERT INTO sync_payloads (batch_id, payload) SELECT batch_id, payload FROM sync_batches;
ALTER TABLE sync_batches DROP COLUMN payload;

-- Only the entries still waiting are looked up by their sent state (counts, pull's "changed here, not yet sent"):
-- one partial index answers them all from the index alone, and marking an entry sent only takes it out of it.
DROP INDEX IF EXISTS outbox_pending;
DROP INDEX IF EXISTS outbox_pending_records;
CREATE INDEX outbox_waiting ON outbox(entity, entity_id, sent_at) WHERE sent_at IS NULL;
