"""Use cases for the benchmark catalogue: import a version (all or nothing), list and export."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from inspector import clock
from inspector.errors import Problem, ValidationError, Verbatim, problem
from inspector.law import benchmarks
from inspector.permissions import Action
from inspector.station import Session


def import_catalogue(session: Session, data: Any) -> dict[str, Any]:
    """Validate ``data`` and store it as a new catalogue version; any problem imports nothing.

    Raises:
        ValidationError: every bad row at once (overlapping tiers, a tier outside the statutory range,
            a missing legal basis, bad dates), or the version already exists.
    """
    session.require(Action.STANDARDS_IMPORT)
    cat = benchmarks.parse(data, origin="imported")
    if session.db.scalar(
        "SELECT 1 FROM benchmark_catalogues WHERE catalogue = ? AND cat_version = ?",
        (cat.catalogue, cat.version),
    ):
        raise ValidationError(
            [
                problem(
                    "version",
                    "duplicate",
                    (
                        "裁量基准 {0} 版本 {1} 已导入；请使用新的版本号",
                        (Verbatim(cat.catalogue), Verbatim(cat.version)),
                    ),
                )
            ]
        )
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
    with session.writing(Action.STANDARDS_IMPORT, label="standards.import") as w:
        return w.insert(
            "benchmark_catalogues",
            {
                "catalogue": cat.catalogue,
                "cat_version": cat.version,
                "effective_from": cat.effective_from.isoformat(),
                "effective_to": cat.effective_to.isoformat() if cat.effective_to else None,
                "source": str(data.get("source", "")),
                "payload": payload,
                "digest": hashlib.sha256(payload.encode()).hexdigest(),
                "imported_at": clock.iso(),
            },
        )


def list_catalogues(session: Session) -> list[dict[str, Any]]:
    if not session.can(Action.STANDARDS_IMPORT):
        session.require(Action.CASE_VIEW)
    return [
        {
            "catalogue": c.catalogue,
            "version": c.version,
            "name": c.name,
            "effective_from": c.effective_from.isoformat(),
            "effective_to": c.effective_to.isoformat() if c.effective_to else None,
            "items": len(c.items),
            "origin": c.origin,
        }
        for c in benchmarks.load_all(session.db)
    ]


def export_catalogue(
    session: Session, *, catalogue: str | None = None, version: str | None = None
) -> dict[str, Any]:
    """The JSON of one catalogue version (default: the newest in force today)."""
    cats = benchmarks.load_all(session.db)
    if catalogue or version:
        chosen = [
            c
            for c in cats
            if (not catalogue or c.catalogue == catalogue) and (not version or c.version == version)
        ]
        if not chosen:
            raise ValidationError(
                [
                    problem(
                        "version",
                        "not_found",
                        ("没有裁量基准 {0} {1}", (Verbatim(catalogue or ""), Verbatim(version or ""))),
                    )
                ]
            )
        return chosen[-1].payload
    cat = benchmarks.in_force(cats, clock.today()) or (cats[-1] if cats else None)
    if cat is None:
        raise ValidationError([Problem("catalogue", "none", "没有可导出的裁量基准")])
    return cat.payload
