"""双随机 draws: random inspection targets and inspectors, reproducible from the stored seed."""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Sequence
from typing import Any

from inspector import clock
from inspector.errors import ValidationError, problem
from inspector.law import articles as art
from inspector.permissions import Action
from inspector.station import Session


def compute(
    seed: str,
    targets: Sequence[str],
    officers: Sequence[str],
    *,
    target_count: int,
    officers_per_target: int = 2,
) -> list[dict[str, Any]]:
    """The draw itself: pure, so anyone with the seed and the two pools gets the same result."""
    if target_count < 1 or target_count > len(targets):
        raise ValidationError(
            [problem("target_count", "range", ("抽取对象数应在1到{0}之间", (len(targets),)))]
        )
    if officers_per_target < 2 or officers_per_target > len(officers):
        raise ValidationError(
            [
                problem(
                    "officers_per_target",
                    "range",
                    ("每个对象至少2名执法人员（{0}），且不能超过人员库人数", (str(art.APL42),)),
                )
            ]
        )
    rng = random.Random(seed)
    chosen = rng.sample(list(targets), target_count)
    return [{"target": t, "officers": rng.sample(list(officers), officers_per_target)} for t in chosen]


def draw(
    session: Session,
    *,
    title: str,
    targets: Sequence[str],
    officers: Sequence[str],
    target_count: int,
    officers_per_target: int = 2,
    seed: str | None = None,
) -> dict[str, Any]:
    """Draw and store the seed, both pools and the result for audit."""
    seed = seed or secrets.token_hex(16)
    result = compute(
        seed, targets, officers, target_count=target_count, officers_per_target=officers_per_target
    )
    with session.writing(Action.RANDOM_DRAW, label="random.draw") as w:
        return w.insert(
            "random_draws",
            {
                "title": title,
                "seed": seed,
                "targets_pool": json.dumps(list(targets)),
                "officers_pool": json.dumps(list(officers)),
                "target_count": target_count,
                "officers_per_target": officers_per_target,
                "result": json.dumps(result, ensure_ascii=False),
                "drawn_at": clock.iso(),
                "drawn_by": session.user.username,
            },
        )


def verify(session: Session, draw_id: str) -> bool:
    """Re-run a stored draw from its seed and pools; True when it reproduces the stored result."""
    row = session.db.get("random_draws", draw_id)
    again = compute(
        row["seed"],
        json.loads(row["targets_pool"]),
        json.loads(row["officers_pool"]),
        target_count=row["target_count"],
        officers_per_target=row["officers_per_target"],
    )
    return again == json.loads(row["result"])
