"""The station's own SQLite database and its content-addressed evidence store."""

from db.station.database import SCHEMA_VERSION, StationDatabase, open_database

__all__ = ["SCHEMA_VERSION", "StationDatabase", "open_database"]
