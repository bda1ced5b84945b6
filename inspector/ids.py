"""Identifiers: time-ordered UUIDs (version 7 layout) so new rows append to the B-tree's end."""

from __future__ import annotations

import os
import time
from typing import NewType

UserId = NewType("UserId", str)
OfficerId = NewType("OfficerId", str)
SquadId = NewType("SquadId", str)
AgencyId = NewType("AgencyId", str)
PartyId = NewType("PartyId", str)
InspectionId = NewType("InspectionId", str)
CaseId = NewType("CaseId", str)
EvidenceId = NewType("EvidenceId", str)
DocumentId = NewType("DocumentId", str)
StationId = NewType("StationId", str)


def new_id() -> str:
    """A new UUIDv7 string: 48-bit millisecond time, version 7, random rest (RFC 9562 layout)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 64) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    h = f"{value:032x}"  # formatted by hand: the uuid module costs start-up time (it imports platform)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
