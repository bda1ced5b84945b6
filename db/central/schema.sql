-- Central database schema (PostgreSQL >= 14). Idempotent: safe to run at every connection.
CREATE TABLE IF NOT EXISTS central_meta (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE IF NOT EXISTS stations (
    station_id    text PRIMARY KEY,
    name          text NOT NULL DEFAULT '',
    bundle_key    text NOT NULL,                 -- shared secret that signs this station's bundle files
    registered_at timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE IF NOT EXISTS change_seq;

-- Every synced station row, by table and id; data is the row as the station stored it.
CREATE TABLE IF NOT EXISTS records (
    entity      text NOT NULL,
    id          text NOT NULL,
    version     integer NOT NULL,
    station_id  text NOT NULL,
    updated_at  text NOT NULL,
    updated_by  text NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    data        jsonb,
    change_seq  bigint NOT NULL DEFAULT nextval('change_seq'),
    PRIMARY KEY (entity, id)
);
CREATE INDEX IF NOT EXISTS records_change ON records (change_seq);

-- One row per applied batch: re-sending a batch returns this stored result instead of applying it twice.
CREATE TABLE IF NOT EXISTS batches (
    batch_id    text PRIMARY KEY,
    station_id  text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    row_count   integer NOT NULL,
    result      jsonb NOT NULL
);

-- A row whose version did not follow the central one: kept for a person to resolve, never overwritten.
CREATE TABLE IF NOT EXISTS conflicts (
    id              bigserial PRIMARY KEY,
    batch_id        text NOT NULL,
    entity          text NOT NULL,
    entity_id       text NOT NULL,
    station_id      text NOT NULL,
    station_version integer NOT NULL,
    central_version integer NOT NULL,
    station_data    jsonb,
    central_data    jsonb,
    detected_at     timestamptz NOT NULL DEFAULT now(),
    resolved_at     timestamptz
);

-- Each station's audit chain, event by event, so headquarters can verify it too.
CREATE TABLE IF NOT EXISTS audit_events (
    station_id text NOT NULL,
    seq        bigint NOT NULL,
    event      jsonb NOT NULL,
    hash       text NOT NULL,
    PRIMARY KEY (station_id, seq)
);

-- Evidence files by content hash, received in chunks; complete once the bytes hash to the name.
CREATE TABLE IF NOT EXISTS evidence_blobs (
    sha256   text PRIMARY KEY,
    size     bigint NOT NULL,
    complete boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS evidence_chunks (
    sha256 text NOT NULL REFERENCES evidence_blobs(sha256),
    "offset" bigint NOT NULL,
    data   bytea NOT NULL,
    PRIMARY KEY (sha256, "offset")
);
