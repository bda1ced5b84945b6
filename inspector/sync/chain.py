"""Headquarters' check of every station's audit chain as held centrally, plus the alerts raised on arrival."""

from __future__ import annotations

from typing import Any

from inspector.station import audit


def verify_central(conn: Any) -> list[dict[str, Any]]:
    """Per station: events held, breaks found by recomputing the chain, and divergence alerts seen on arrival."""
    stations = [
        r[0]
        for r in conn.execute(
            "SELECT station_id FROM stations UNION SELECT DISTINCT station_id FROM audit_events ORDER BY 1"
        )
    ]
    out = []
    for station_id in stations:
        count = 0

        def events(station_id: str = station_id):
            nonlocal count
            with conn.cursor(name="chain") as cur:
                cur.execute(
                    "SELECT event FROM audit_events WHERE station_id = %s ORDER BY seq", (station_id,)
                )
                for (event,) in cur:
                    count += 1
                    yield event

        with conn.transaction():
            breaks = audit.verify_chain(events(), head=None)
        alerts = [
            {"seq": r[0], "kind": r[1], "detail": r[2]}
            for r in conn.execute(
                "SELECT seq, kind, detail FROM audit_alerts WHERE station_id = %s ORDER BY id", (station_id,)
            )
        ]
        out.append(
            {
                "station_id": station_id,
                "events": count,
                "alerts": alerts,
                "breaks": [{"seq": b.seq, "kind": b.kind, "detail": b.detail} for b in breaks],
            }
        )
    return out
