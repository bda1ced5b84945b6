"""Use cases: each takes a :class:`inspector.station.Session`, checks permission, validates, writes once."""
