"""The central PostgreSQL database: schema, and batch apply (idempotent by batch id, version-checked per row)."""
