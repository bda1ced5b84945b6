"""Pull: reference data, verdicts and conflict resolutions (and, for reviewer/HQ stations, cases) by change cursor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspector.permissions import Action
from inspector.station import Session


@dataclass
class PullReport:
    rows: int = 0
    pages: int = 0
    resolutions: int = 0
    skipped: int = 0


def pull(session: Session, conn: Any, *, page: int = 1000) -> PullReport:
    from inspector.sync.pull_apply import pull as _pull
    session.require(Action.SYNC_RUN)
    return _pull(session, conn, page=page)
