-- The records waiting to be sent are counted once each, however often they changed since the last sync (the
-- status bar, the 同步 screen and `sync status` agree with the per-table breakdown): this index answers that
-- count from the index alone.
CREATE INDEX IF NOT EXISTS outbox_pending_records ON outbox(sent_at, entity, entity_id);
