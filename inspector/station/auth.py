"""Login with lockout: each attempt is registered before its password check and counted with the failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from inspector import clock
from inspector.errors import AccountLocked, AuthenticationError
from inspector.permissions import Action
from inspector.station.session import Session, User

if TYPE_CHECKING:
    from inspector.station.station import Station

ATTEMPT_STALE_SECONDS = 120  # a registered login attempt older than this was abandoned (process killed)

# Checked against for unknown user names so that a failed login costs the same whether or not the name
# exists. A constant (the hash of a random, discarded password with the current parameters) rather than a
# hash computed at import: hashing is deliberately slow and would delay every start of the program.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=2$dWF/KHhTQjff5KgTGZENHw$i0AlnvxQ543TU/DwdXN48AS0FPm/MIJT93gebvJikTA"
)


def login(station: Station, username: str, password: str) -> Session:
    """Check credentials with lockout; raises :class:`AuthenticationError` or :class:`AccountLocked`.

    The lockout holds under parallel guesses: each attempt is registered inside the write lock before its
    (slow, deliberately) password check, counted together with the recorded failures, and an attempt beyond
    ``auth.max_failed_logins`` locks the account without being checked; a correct password whose account
    was locked meanwhile is refused too.
    """
    from inspector import passwords  # Argon2: loaded at the first login, not when the window opens
    from inspector.text import username_key

    row = station.db.query_one(
        "SELECT * FROM users WHERE username = ? AND active = 1", (username_key(username),)
    )
    if row is None:
        # Same cost as a real check, so timing does not reveal which user names exist.
        passwords.verify_password(_DUMMY_HASH, password)
        raise AuthenticationError("bad credentials")
    if _locked(row, clock.now()):
        raise AccountLocked(username=row["username"], until=row["locked_until"])
    max_attempts = max(1, int(station.setting("auth.max_failed_logins")))
    lock_minutes = int(station.setting("auth.lock_minutes"))
    attempt = _begin_attempt(station, row["id"], max_attempts=max_attempts, lock_minutes=lock_minutes)
    ok = False
    new_hash: str | None = None
    try:
        ok = passwords.verify_password(row["password_hash"], password)
        new_hash = (
            passwords.hash_password(password) if ok and passwords.needs_rehash(row["password_hash"]) else None
        )
    finally:
        durable = not ok or bool(new_hash or row["failed_attempts"] or row["locked_until"])
        outcome = _finish_attempt(
            station,
            row["id"],
            attempt,
            ok=ok,
            new_hash=new_hash,
            durable=durable,
            max_attempts=max_attempts,
            lock_minutes=lock_minutes,
        )
    if isinstance(outcome, Exception):
        raise outcome
    return Session(station, User.from_row(outcome))


def _begin_attempt(station: Station, user_id: str, *, max_attempts: int, lock_minutes: int) -> int:
    """Register a login attempt inside the write lock; AccountLocked when the budget is used up."""
    db = station.db
    now = clock.now()
    # The registration itself is bookkeeping: committed without waiting for the disk (still atomic).
    with db.write(durable=False):
        fresh = db.get("users", user_id)
        if _locked(fresh, now):
            raise AccountLocked(username=fresh["username"], until=fresh["locked_until"])
        stale = clock.iso(now - dt.timedelta(seconds=ATTEMPT_STALE_SECONDS))
        db.execute("DELETE FROM login_attempts WHERE user_id = ? AND started_at < ?", (user_id, stale))
        running = int(db.scalar("SELECT count(*) FROM login_attempts WHERE user_id = ?", (user_id,)))
        if fresh["failed_attempts"] + running < max_attempts:
            attempt = db.execute(
                "INSERT INTO login_attempts(user_id, started_at) VALUES (?, ?)", (user_id, clock.iso(now))
            ).lastrowid
            if attempt is None:  # sqlite3 sets it for every INSERT; stated so the type is an int
                raise RuntimeError("login attempt was not registered")
            return attempt
    # Over the budget: this guess is not even checked, and the account locks (an audited, durable write).
    with db.write():
        fresh = db.get("users", user_id)
        until = (
            fresh["locked_until"]
            if _locked(fresh, now)
            else clock.iso(now + dt.timedelta(minutes=lock_minutes))
        )
        if until != fresh["locked_until"]:
            with station.system_session().writing(Action.USER_MANAGE, label="auth.login_locked") as w:
                w.update("users", user_id, {"failed_attempts": 0, "locked_until": until})
    raise AccountLocked(username=fresh["username"], until=until)


def _finish_attempt(
    station: Station,
    user_id: str,
    attempt: int,
    *,
    ok: bool,
    new_hash: str | None,
    max_attempts: int,
    lock_minutes: int,
    durable: bool,
) -> dict[str, Any] | Exception:
    """Record the outcome inside the write lock: the user row on success, else the error to raise.

    ``durable`` (decided before the lock, from what the row looked like) makes the commit wait for the
    disk: failures and resets are audited; a plain successful login only removes its registration.
    """
    from inspector import passwords

    db = station.db
    now = clock.now()
    system = station.system_session()
    with db.write(durable=durable):
        db.execute("DELETE FROM login_attempts WHERE id = ?", (attempt,))
        fresh = db.get("users", user_id)
        if _locked(fresh, now):
            return AccountLocked(username=fresh["username"], until=fresh["locked_until"])
        if not ok:
            failed = fresh["failed_attempts"] + 1
            until = passwords.lock_until(
                failed_attempts=failed, max_attempts=max_attempts, lock_minutes=lock_minutes, now=now
            )
            with system.writing(Action.USER_MANAGE, label="auth.login_failed") as w:
                w.update(
                    "users",
                    user_id,
                    {
                        "failed_attempts": 0 if until else failed,
                        "locked_until": clock.iso(until) if until else None,
                    },
                )
            if until:
                return AccountLocked(username=fresh["username"], until=clock.iso(until))
            return AuthenticationError("bad credentials")
        if fresh["failed_attempts"] or fresh["locked_until"] or new_hash:
            changes: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
            if new_hash:
                changes["password_hash"] = new_hash
            with system.writing(Action.USER_MANAGE, label="auth.login") as w:
                w.update("users", user_id, changes)
            fresh = db.get("users", user_id)
    return fresh


def _locked(row: Mapping[str, Any], now: dt.datetime) -> bool:
    until = row["locked_until"]
    return bool(until) and dt.datetime.fromisoformat(until.replace("Z", "+00:00")) > now
