"""Row ids are RFC 9562 UUIDv7 strings: parseable by any UUID reader, version 7, ordered by creation time."""

from __future__ import annotations

import time
import uuid

from inspector.ids import new_id


def test_ids_are_uuid_version_7_in_canonical_form():
    for _ in range(500):
        text = new_id()
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_ids_made_later_sort_later():
    first = new_id()
    time.sleep(0.002)
    second = new_id()
    assert first < second
    assert abs(int(first.replace("-", "")[:12], 16) - time.time_ns() // 1_000_000) < 5_000  # its millisecond
