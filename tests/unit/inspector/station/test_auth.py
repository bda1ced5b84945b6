"""Passwords (Argon2id) and account lockout after repeated failures."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import clock
from inspector.demo import DEMO_PASSWORD
from inspector.errors import AccountLocked, AuthenticationError, ValidationError
from inspector.services import org, users


def test_passwords_are_stored_as_argon2id(station):
    stored = station.db.scalar("SELECT password_hash FROM users WHERE username = 'officer'")
    assert stored.startswith("$argon2id$") and DEMO_PASSWORD not in stored


def test_wrong_password_and_unknown_user_give_the_same_error(station):
    with pytest.raises(AuthenticationError):
        station.login("officer", "wrong-password")
    with pytest.raises(AuthenticationError):
        station.login("nobody", "wrong-password")


def test_repeated_failures_lock_the_account_for_a_while(station):
    start = dt.datetime(2026, 11, 21, 2, 0, tzinfo=dt.UTC)
    clock.freeze(start)
    try:
        limit = station.setting("auth.max_failed_logins")
        for _ in range(limit - 1):
            with pytest.raises(AuthenticationError):
                station.login("officer", "wrong")
        with pytest.raises(AccountLocked) as info:
            station.login("officer", "wrong")
        # Locked: even the right password is refused until the lock expires.
        with pytest.raises(AccountLocked):
            station.login("officer", DEMO_PASSWORD)
        assert info.value.until.startswith("2026-11-21T02:15")
        clock.freeze(start + dt.timedelta(minutes=station.setting("auth.lock_minutes"), seconds=1))
        assert station.login("officer", DEMO_PASSWORD).user.username == "officer"
    finally:
        clock.freeze(None)


def test_lock_threshold_is_configuration(station, login):
    org.set_setting(login("admin"), "auth.max_failed_logins", 2)
    with pytest.raises(AuthenticationError):
        station.login("leader", "wrong")
    with pytest.raises(AccountLocked):
        station.login("leader", "wrong")


def test_successful_login_resets_the_failure_count(station):
    with pytest.raises(AuthenticationError):
        station.login("officer", "wrong")
    station.login("officer", DEMO_PASSWORD)
    assert station.db.scalar("SELECT failed_attempts FROM users WHERE username='officer'") == 0


@pytest.mark.parametrize("password", ["short1", "onlyletters", "1234567890"])
def test_weak_passwords_refused(login, password):
    with pytest.raises(ValidationError):
        users.add_user(
            login("admin"), username="newbie", display_name="新人", role="supervisor", password=password
        )
