-- The work list (工作台): for every open case, whose turn it is, what to do and the deadline driving it.
-- Derived from the cases and their events and maintained on every write that moves a case; local to the
-- station (no sync columns: each station rebuilds it from the synced rows). Paged by (role, due).
CREATE TABLE work_items (
    case_id     TEXT PRIMARY KEY REFERENCES cases(id),
    role        TEXT NOT NULL,               -- whose turn: officer / squad_leader / legal_reviewer / party
    squad_id    TEXT NOT NULL,
    task        TEXT NOT NULL,               -- what to do next (步骤)
    reason      TEXT NOT NULL DEFAULT '',    -- why it waits there
    due         TEXT,                        -- the deadline driving it (local date), NULL when none runs
    provisional INTEGER NOT NULL DEFAULT 0,  -- 1: that date rests on a year with no holiday calendar loaded
    deadline    TEXT NOT NULL DEFAULT '',    -- that deadline's name
    basis       TEXT NOT NULL DEFAULT '',    -- its legal basis
    ready_on    TEXT                         -- the turn starts on this day (a period must run out first)
);
CREATE INDEX work_items_role_due ON work_items(role, coalesce(due, '9999-12-31'), case_id);
CREATE INDEX work_items_squad_role_due ON work_items(squad_id, role, coalesce(due, '9999-12-31'), case_id);
CREATE INDEX case_officers_officer ON case_officers(officer_id, case_id);
