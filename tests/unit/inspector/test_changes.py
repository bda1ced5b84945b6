"""Each committed write publishes one Changes record naming its rows; a rollback publishes nothing."""

from __future__ import annotations

import pytest

from inspector import changes as change_log


def test_one_announcement_per_commit_naming_the_rows(qtbot, login):
    from inspector.services import org

    seen: list[change_log.Changes] = []
    unsubscribe = change_log.subscribe(seen.append)
    try:
        org.set_setting(login("admin"), "ui.idle_lock_minutes", 9)
    finally:
        unsubscribe()
    assert len(seen) == 1 and seen[0].ids("settings") == {"ui.idle_lock_minutes"}


def test_a_rolled_back_write_announces_nothing(station, login):
    from inspector.permissions import Action

    seen: list[change_log.Changes] = []
    unsubscribe = change_log.subscribe(seen.append)
    try:
        with pytest.raises(RuntimeError):
            with login("admin").writing(Action.SETTINGS_EDIT) as w:
                w.record("settings", "x", "digest", op="update", version=1)
                raise RuntimeError("the use case failed after writing")
    finally:
        unsubscribe()
    assert seen == []


def test_serial_grows_with_each_commit_and_merging_keeps_the_latest():
    a = change_log.Changes.of([("cases", "1")], serial=3)
    b = change_log.Changes.of([("documents", "9")], serial=5)
    merged = a | b
    assert merged.serial == 5 and merged.touches("documents") and not merged.touches("parties")
    before = change_log.serial()
    seen: list[change_log.Changes] = []
    unsubscribe = change_log.subscribe(seen.append)
    try:
        change_log.publish(change_log.Changes.of([("cases", "2")]))
        change_log.publish(change_log.Changes())  # nothing changed: nothing announced
    finally:
        unsubscribe()
    assert [c.serial for c in seen] == [before + 1] and change_log.serial() == before + 1
