-- Inspections with matters, the evidence annotation layer, import recovery journal, and case search (FTS5).

-- One or more 执法事项 per inspection (several matters/departments = 综合查一次).
CREATE TABLE inspection_matters (
    id            TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    matter_code   TEXT NOT NULL,
    matter_name   TEXT NOT NULL,
    department    TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    station_id    TEXT NOT NULL
);
CREATE INDEX inspection_matters_inspection ON inspection_matters(inspection_id);
CREATE INDEX inspection_matters_code ON inspection_matters(matter_code);

-- Annotations (arrows, boxes, text) drawn over a photo: a separate layer, the original is never touched.
CREATE TABLE evidence_annotations (
    id          TEXT PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    shapes      TEXT NOT NULL DEFAULT '[]',     -- JSON list of {type, x1, y1, x2, y2, text, color}, image pixels
    author      TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    station_id  TEXT NOT NULL
);
CREATE INDEX evidence_annotations_evidence ON evidence_annotations(evidence_id);

CREATE INDEX cases_matter ON cases(matter_code);
CREATE INDEX cases_inspection ON cases(inspection_id);
CREATE INDEX inspections_squad ON inspections(squad_id, started_at);

-- Local only: a file being moved into the evidence store whose row is not committed yet. A crash between
-- the two leaves an entry here; recovery removes the stored file unless a row references it.
CREATE TABLE evidence_pending (
    sha256     TEXT NOT NULL,
    pid        INTEGER NOT NULL,
    started_at TEXT NOT NULL
);
CREATE INDEX evidence_pending_sha ON evidence_pending(sha256);

-- Local only: the case search text (one row per case, rowid = cases.rowid), kept current by triggers on
-- cases, parties and documents, and its FTS5 trigram index (external content: the text is stored once).
-- Words of three or more characters are found through the index. A two-character word is found through
-- the index's vocabulary: every occurrence is the start of some trigram (the text ends with a space), so
-- the trigrams beginning with the word, looked up in case_search_vocab, name the rows to check.
CREATE TABLE case_text (
    rowid INTEGER PRIMARY KEY,
    body  TEXT NOT NULL
);

CREATE VIRTUAL TABLE case_search USING fts5(body, content = 'case_text', content_rowid = 'rowid',
                                            tokenize = 'trigram');

CREATE VIRTUAL TABLE case_search_vocab USING fts5vocab(case_search, 'row');

CREATE TRIGGER case_text_ai AFTER INSERT ON case_text BEGIN
    INSERT INTO case_search(rowid, body) VALUES (new.rowid, new.body);
END;

CREATE TRIGGER case_text_ad AFTER DELETE ON case_text BEGIN
    INSERT INTO case_search(case_search, rowid, body) VALUES ('delete', old.rowid, old.body);
END;

CREATE TRIGGER case_text_au AFTER UPDATE ON case_text BEGIN
    INSERT INTO case_search(case_search, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO case_search(rowid, body) VALUES (new.rowid, new.body);
END;

CREATE TRIGGER case_search_ai AFTER INSERT ON cases BEGIN
    INSERT INTO case_text(rowid, body) VALUES (new.rowid,
        coalesce(new.case_no, '') || ' ' || new.matter_name || ' ' || new.address || ' ' || new.summary || ' ' ||
        coalesce((SELECT p.name || ' ' || p.id_number FROM parties p WHERE p.id = new.party_id), '') || ' ' ||
        coalesce((SELECT group_concat(d.number, ' ') FROM documents d WHERE d.case_id = new.id), '') || ' ');
END;

CREATE TRIGGER case_search_au AFTER UPDATE OF case_no, matter_name, address, summary, party_id ON cases BEGIN
    UPDATE case_text SET body =
        coalesce(new.case_no, '') || ' ' || new.matter_name || ' ' || new.address || ' ' || new.summary || ' ' ||
        coalesce((SELECT p.name || ' ' || p.id_number FROM parties p WHERE p.id = new.party_id), '') || ' ' ||
        coalesce((SELECT group_concat(d.number, ' ') FROM documents d WHERE d.case_id = new.id), '') || ' '
    WHERE rowid = new.rowid;
END;

CREATE TRIGGER case_search_ad AFTER DELETE ON cases BEGIN
    DELETE FROM case_text WHERE rowid = old.rowid;
END;

CREATE TRIGGER case_search_party_au AFTER UPDATE OF name, id_number ON parties BEGIN
    UPDATE cases SET summary = summary WHERE party_id = new.id;
END;

CREATE TRIGGER case_search_doc_ai AFTER INSERT ON documents WHEN new.case_id IS NOT NULL BEGIN
    UPDATE cases SET summary = summary WHERE id = new.case_id;
END;

INSERT INTO case_text(rowid, body)
    SELECT c.rowid, coalesce(c.case_no, '') || ' ' || c.matter_name || ' ' || c.address || ' ' || c.summary || ' ' ||
        coalesce((SELECT p.name || ' ' || p.id_number FROM parties p WHERE p.id = c.party_id), '') || ' ' ||
        coalesce((SELECT group_concat(d.number, ' ') FROM documents d WHERE d.case_id = c.id), '') || ' '
    FROM cases c;

CREATE INDEX cases_case_no ON cases(coalesce(case_no, ''));
