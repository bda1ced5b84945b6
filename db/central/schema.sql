-- Central database schema (PostgreSQL >= 14), created once by `inspector central init` as the database owner.
-- Station login roles (members of the group role {station_group}) write through row-level security;
-- the owner (headquarters) bypasses it. {station_group} is filled in by db.central.admin.
CREATE TABLE IF NOT EXISTS central_meta (key text PRIMARY KEY, value text NOT NULL);

-- Registered stations and their bundle-signing public keys (Ed25519, raw 32 bytes hex). Not readable by stations.
CREATE TABLE IF NOT EXISTS stations (
    station_id    text PRIMARY KEY,
    name          text NOT NULL DEFAULT '',
    kind          text NOT NULL DEFAULT 'station' CHECK (kind IN ('station', 'reviewer', 'hq')),
    public_key    text NOT NULL,
    role_name     text UNIQUE,
    registered_at timestamptz NOT NULL DEFAULT now()
);

-- Stations' names, without their keys or roles: a station reads them to name who changed a row it conflicts with.
-- (A plain view runs with its owner's rights, so stations read it though they cannot read the table.)
CREATE OR REPLACE VIEW station_names AS SELECT station_id, name, kind FROM stations;

-- Which login role is which station: each station role reads only its own line.
CREATE TABLE IF NOT EXISTS station_roles (
    role_name  text PRIMARY KEY,
    station_id text NOT NULL UNIQUE REFERENCES stations(station_id),
    kind       text NOT NULL
);
ALTER TABLE station_roles ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_line ON station_roles;
CREATE POLICY own_line ON station_roles FOR SELECT USING (role_name = current_user);

CREATE OR REPLACE FUNCTION current_station() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT station_id FROM station_roles WHERE role_name = current_user $$;
CREATE OR REPLACE FUNCTION current_reads_all() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce((SELECT kind IN ('reviewer', 'hq') FROM station_roles WHERE role_name = current_user), false) $$;

CREATE OR REPLACE FUNCTION current_kind() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT kind FROM station_roles WHERE role_name = current_user $$;

CREATE SEQUENCE IF NOT EXISTS change_seq;
CREATE OR REPLACE FUNCTION next_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.change_seq := nextval('change_seq'); RETURN NEW; END $$;

-- Every synced station row, by table and id; data is the row as the station stored it. owner_station is the
-- station that created the row (never changes); station_id the station that wrote this version.
CREATE TABLE IF NOT EXISTS records (
    entity        text NOT NULL,
    id            text NOT NULL,
    version       integer NOT NULL CHECK (version > 0),
    base_version  integer NOT NULL DEFAULT 0,
    owner_station text NOT NULL,
    station_id    text NOT NULL,
    scope         text NOT NULL DEFAULT 'station' CHECK (scope IN ('station', 'reference')),
    updated_at    text NOT NULL,
    updated_by    text NOT NULL,
    deleted       boolean NOT NULL DEFAULT false,
    data          jsonb,
    change_seq    bigint NOT NULL DEFAULT nextval('change_seq'),
    change_xid    xid8 NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (entity, id)
);
-- Pull reads changes by the transaction that wrote them, up to the oldest transaction still running: numbers
-- are handed out before commit, so a change numbered lower can commit after one numbered higher, and a cursor
-- on the number alone would step over it for good.
ALTER TABLE records ADD COLUMN IF NOT EXISTS change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
DROP INDEX IF EXISTS records_change;
CREATE INDEX IF NOT EXISTS records_pull ON records (change_xid, change_seq);
-- No index on owner_station: no query the stations or the views run looks rows up by it, and every synced row
-- would pay for keeping one (about 7 % of a push's server time). A report on one station's rows of a table scans
-- that table's rows by the primary key's first column.
DROP INDEX IF EXISTS records_owner;
CREATE OR REPLACE FUNCTION next_record_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.change_seq := nextval('change_seq'); NEW.change_xid := pg_current_xact_id(); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS records_change ON records;
CREATE TRIGGER records_change BEFORE UPDATE ON records FOR EACH ROW EXECUTE FUNCTION next_record_change();
ALTER TABLE records ENABLE ROW LEVEL SECURITY;
-- Whether a case belongs to a station (reviews written elsewhere on a station's cases flow back to it).
CREATE OR REPLACE FUNCTION owns_case(case_id text, station text) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM records WHERE entity = 'cases' AND id = case_id AND owner_station = station) $$;
DROP POLICY IF EXISTS read_records ON records;
CREATE POLICY read_records ON records FOR SELECT USING (
    owner_station = (SELECT current_station()) OR scope = 'reference' OR (SELECT current_reads_all())
    OR (entity = 'reviews' AND owns_case(data->>'case_id', (SELECT current_station()))));
DROP POLICY IF EXISTS insert_records ON records;
CREATE POLICY insert_records ON records FOR INSERT WITH CHECK (
    owner_station = (SELECT current_station()) AND station_id = (SELECT current_station())
    AND (scope = 'station' OR (SELECT current_reads_all())));
DROP POLICY IF EXISTS update_records ON records;
CREATE POLICY update_records ON records FOR UPDATE
    USING (owner_station = (SELECT current_station()) OR (SELECT current_reads_all()))
    WITH CHECK (station_id = (SELECT current_station()));

-- One row per applied batch: re-sending a batch returns this stored result instead of applying it twice.
CREATE TABLE IF NOT EXISTS batches (
    batch_id    text PRIMARY KEY,
    station_id  text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    row_count   integer NOT NULL,
    result      jsonb NOT NULL
);
ALTER TABLE batches ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_batches ON batches;
CREATE POLICY own_batches ON batches USING (station_id = (SELECT current_station()))
    WITH CHECK (station_id = (SELECT current_station()));

-- A batch the central database refused (a value it cannot store): kept with its reason; the queue goes on.
CREATE TABLE IF NOT EXISTS quarantine (
    batch_id    text PRIMARY KEY,
    station_id  text NOT NULL,
    reason      text NOT NULL,
    row_count   integer NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE quarantine ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_quarantine ON quarantine;
CREATE POLICY own_quarantine ON quarantine USING (station_id = (SELECT current_station()))
    WITH CHECK (station_id = (SELECT current_station()));

-- A row whose version did not follow the central one: kept for a person to resolve, never overwritten.
CREATE TABLE IF NOT EXISTS conflicts (
    id              bigserial PRIMARY KEY,
    batch_id        text NOT NULL,
    entity          text NOT NULL,
    entity_id       text NOT NULL,
    station_id      text NOT NULL,
    owner_station   text NOT NULL,
    station_version integer NOT NULL,
    central_version integer NOT NULL,
    station_data    jsonb,
    central_data    jsonb,
    detected_at     timestamptz NOT NULL DEFAULT now(),
    resolved_at     timestamptz,
    resolved_by     text,
    resolution      jsonb,
    change_seq      bigint NOT NULL DEFAULT nextval('change_seq')
);
-- Who wrote the central version the station's row ran into (the station, the user and when, as the central row
-- records them), so the station can say whose change it is.
ALTER TABLE conflicts ADD COLUMN IF NOT EXISTS central_station text;
ALTER TABLE conflicts ADD COLUMN IF NOT EXISTS central_updated_by text;
ALTER TABLE conflicts ADD COLUMN IF NOT EXISTS central_updated_at text;
CREATE INDEX IF NOT EXISTS conflicts_change ON conflicts (change_seq);
DROP TRIGGER IF EXISTS conflicts_change ON conflicts;
CREATE TRIGGER conflicts_change BEFORE UPDATE ON conflicts FOR EACH ROW EXECUTE FUNCTION next_change();
ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS read_conflicts ON conflicts;
CREATE POLICY read_conflicts ON conflicts FOR SELECT USING (
    station_id = (SELECT current_station()) OR owner_station = (SELECT current_station())
    OR (SELECT current_reads_all()));
DROP POLICY IF EXISTS insert_conflicts ON conflicts;
CREATE POLICY insert_conflicts ON conflicts FOR INSERT WITH CHECK (station_id = (SELECT current_station()));
DROP POLICY IF EXISTS resolve_conflicts ON conflicts;
CREATE POLICY resolve_conflicts ON conflicts FOR UPDATE USING (station_id = (SELECT current_station()));

-- Each station's audit chain, event by event; an arriving event must link to what central already holds.
CREATE TABLE IF NOT EXISTS audit_events (
    station_id text NOT NULL,
    seq        bigint NOT NULL,
    prev_hash  text NOT NULL,
    hash       text NOT NULL,
    event      jsonb NOT NULL,
    PRIMARY KEY (station_id, seq)
);
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS read_events ON audit_events;
CREATE POLICY read_events ON audit_events FOR SELECT USING (
    station_id = (SELECT current_station()) OR (SELECT current_reads_all()));
DROP POLICY IF EXISTS insert_events ON audit_events;
CREATE POLICY insert_events ON audit_events FOR INSERT WITH CHECK (station_id = (SELECT current_station()));

-- A chain that diverges from what central has seen: an alert for headquarters, never silently dropped.
CREATE TABLE IF NOT EXISTS audit_alerts (
    id         bigserial PRIMARY KEY,
    station_id text NOT NULL,
    seq        bigint NOT NULL,
    kind       text NOT NULL,
    detail     text NOT NULL,
    seen_at    timestamptz NOT NULL DEFAULT now()
);

-- Raised by the apply step when arriving events do not link to what central holds (stations cannot write
-- or read the alerts table itself; they can only report against their own station id).
CREATE OR REPLACE FUNCTION raise_audit_alert(station text, at_seq bigint, alert_kind text, alert_detail text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF station IS DISTINCT FROM current_station() AND current_station() IS NOT NULL THEN
        RAISE EXCEPTION 'a station reports only on its own chain' USING ERRCODE = '42501';
    END IF;
    INSERT INTO audit_alerts (station_id, seq, kind, detail) VALUES (station, at_seq, alert_kind, alert_detail);
END $$;

-- Every stored event must link to the one before it (from the same statement or held before), checked by the
-- server for whatever client inserts them; a break is an alert for headquarters. The arrived events are read in
-- order, each against the one before it when that arrived too (the usual case: a batch carries a run of
-- numbers); only the first of a run looks its predecessor up in the table, by key.
CREATE OR REPLACE FUNCTION check_audit_links() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
    INSERT INTO audit_alerts (station_id, seq, kind, detail)
    SELECT n.station_id, n.seq, 'link', 'event ' || n.seq || ' does not link to event ' || (n.seq - 1) || ' held centrally'
    FROM (SELECT a.station_id, a.seq, a.prev_hash,
                 CASE WHEN lag(a.seq) OVER w = a.seq - 1 THEN lag(a.hash) OVER w
                      ELSE (SELECT p.hash FROM audit_events p WHERE p.station_id = a.station_id AND p.seq = a.seq - 1)
                 END AS linked
          FROM arrived a WINDOW w AS (PARTITION BY a.station_id ORDER BY a.seq)) n
    WHERE n.linked <> n.prev_hash
    UNION ALL
    SELECT station_id, seq, 'link', 'the first event does not start from the genesis hash'
    FROM arrived WHERE seq = 1 AND prev_hash <> repeat('0', 64);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS audit_links ON audit_events;
CREATE TRIGGER audit_links AFTER INSERT ON audit_events REFERENCING NEW TABLE AS arrived
    FOR EACH STATEMENT EXECUTE FUNCTION check_audit_links();

-- Evidence files by content hash and uploading station, received in chunks; complete once the bytes hash right.
CREATE TABLE IF NOT EXISTS evidence_blobs (
    station_id text NOT NULL,
    sha256     text NOT NULL,
    size       bigint NOT NULL,
    complete   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (station_id, sha256)
);
CREATE TABLE IF NOT EXISTS evidence_chunks (
    station_id text NOT NULL,
    sha256     text NOT NULL,
    "offset"   bigint NOT NULL,
    data       bytea NOT NULL,
    PRIMARY KEY (station_id, sha256, "offset"),
    FOREIGN KEY (station_id, sha256) REFERENCES evidence_blobs (station_id, sha256)
);
ALTER TABLE evidence_blobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE evidence_chunks ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_blobs ON evidence_blobs;
CREATE POLICY own_blobs ON evidence_blobs USING (station_id = (SELECT current_station()) OR (SELECT current_reads_all()))
    WITH CHECK (station_id = (SELECT current_station()));
DROP POLICY IF EXISTS own_chunks ON evidence_chunks;
CREATE POLICY own_chunks ON evidence_chunks USING (station_id = (SELECT current_station()) OR (SELECT current_reads_all()))
    WITH CHECK (station_id = (SELECT current_station()));

-- Typed views for reports written in plain SQL (headquarters reads them as the owner; stations see their own).
CREATE OR REPLACE VIEW cases WITH (security_invoker = true) AS
SELECT id, owner_station AS station_id, version, deleted, (updated_at)::timestamptz AS updated_at, updated_by,
       data->>'case_no' AS case_no, data->>'state' AS state, data->>'source' AS source,
       data->>'squad_id' AS squad_id, data->>'party_id' AS party_id,
       data->>'matter_code' AS matter_code, data->>'matter_name' AS matter_name, data->>'summary' AS summary,
       data->>'address' AS address, (data->>'act_date')::date AS act_date,
       (data->>'clue_at')::timestamptz AS clue_at, (data->>'filed_at')::timestamptz AS filed_at,
       (data->>'decided_at')::timestamptz AS decided_at, (data->>'closed_at')::timestamptz AS closed_at,
       (data->>'fine_cents')::bigint AS fine_cents
FROM records WHERE entity = 'cases';

CREATE OR REPLACE VIEW inspections WITH (security_invoker = true) AS
SELECT id, owner_station AS station_id, version, deleted, (updated_at)::timestamptz AS updated_at, updated_by,
       data->>'party_id' AS party_id, data->>'squad_id' AS squad_id,
       (data->>'started_at')::timestamptz AS started_at, (data->>'ended_at')::timestamptz AS ended_at,
       data->>'address' AS address, data->>'street' AS street, data->>'community' AS community,
       (data->>'latitude')::double precision AS latitude, (data->>'longitude')::double precision AS longitude,
       data->>'situation' AS situation, data->>'outcome' AS outcome,
       (data->>'correction_deadline')::date AS correction_deadline
FROM records WHERE entity = 'inspections';

CREATE OR REPLACE VIEW evidence WITH (security_invoker = true) AS
SELECT id, owner_station AS station_id, version, deleted, (updated_at)::timestamptz AS updated_at, updated_by,
       data->>'case_id' AS case_id, data->>'inspection_id' AS inspection_id, data->>'sha256' AS sha256,
       data->>'kind' AS kind, data->>'filename' AS filename, (data->>'size')::bigint AS size,
       data->>'mime' AS mime, (data->>'width')::integer AS width, (data->>'height')::integer AS height,
       (data->>'taken_at')::timestamptz AS taken_at, (data->>'latitude')::double precision AS latitude,
       (data->>'longitude')::double precision AS longitude, data->>'camera' AS camera,
       EXISTS (SELECT 1 FROM evidence_blobs b WHERE b.sha256 = records.data->>'sha256' AND b.complete)
           AS file_received
FROM records WHERE entity = 'evidence';

CREATE OR REPLACE VIEW documents WITH (security_invoker = true) AS
SELECT id, owner_station AS station_id, version, deleted, (updated_at)::timestamptz AS updated_at, updated_by,
       data->>'case_id' AS case_id, data->>'doc_type' AS doc_type, data->>'number' AS number,
       data->>'digest' AS digest, (data->>'issued_at')::timestamptz AS issued_at, data->>'issued_by' AS issued_by
FROM records WHERE entity = 'documents';

CREATE OR REPLACE VIEW reviews WITH (security_invoker = true) AS
SELECT id, owner_station AS station_id, version, deleted, (updated_at)::timestamptz AS updated_at, updated_by,
       data->>'case_id' AS case_id, data->>'verdict' AS verdict, data->>'opinion' AS opinion,
       (data->>'score')::double precision AS score, (data->>'reviewed_at')::timestamptz AS reviewed_at
FROM records WHERE entity = 'reviews';
