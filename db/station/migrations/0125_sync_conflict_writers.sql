-- Who wrote the central version of a sync conflict: the station (id and name) and the user and time the central
-- row records, shown beside the station's own version. Rows recorded before this are read from the central
-- data's own stamps.
ALTER TABLE sync_conflicts ADD COLUMN central_station_id TEXT;
ALTER TABLE sync_conflicts ADD COLUMN central_station_name TEXT;
ALTER TABLE sync_conflicts ADD COLUMN central_updated_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN central_updated_at TEXT;
