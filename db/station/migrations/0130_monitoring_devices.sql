-- Electronic technical monitoring (非现场执法, 行政处罚法第四十一条). A device may back a case only after its legal
-- review (法制审核) and technical review (技术审核), and only for records made after its location (设置地点) was
-- published (向社会公布). The register is station data kept by the administrator; a retired device stays in it
-- for the cases it backed.
CREATE TABLE monitoring_devices (
    id               TEXT PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,          -- 设备编号
    kind             TEXT NOT NULL,                 -- 设备类型
    location         TEXT NOT NULL,                 -- 设置地点
    legal_review_on  TEXT,                          -- 法制审核 date (ISO)
    legal_review_ref TEXT NOT NULL DEFAULT '',      -- 法制审核 reference (文号)
    tech_review_on   TEXT,                          -- 技术审核 date (ISO)
    tech_review_ref  TEXT NOT NULL DEFAULT '',      -- 技术审核 reference (检定/验收报告编号)
    published_on     TEXT,                          -- date the location was published
    published_where  TEXT NOT NULL DEFAULT '',      -- where it was published (网站、公告栏…)
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    station_id       TEXT NOT NULL
);

-- A 非现场 clue names the device and its record (记录号, 记录时间); the record's review (记录内容审核, Art. 41 ¶2) is
-- a case event.
ALTER TABLE cases ADD COLUMN device_id TEXT REFERENCES monitoring_devices(id);
ALTER TABLE cases ADD COLUMN device_record_no TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN device_recorded_at TEXT;
