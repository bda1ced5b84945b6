"""Password hashing with Argon2id (memory-hard) and the account lockout rule."""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# 64 MiB, 3 passes: RFC 9106's second recommended option, about 0.1 s on a station PC.
_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
MIN_LENGTH = 8
MAX_LENGTH = 1024  # a longer input is not a password someone types; refuse it before hashing


def hash_password(password: str) -> str:
    """An Argon2id encoded hash (salt and parameters included)."""
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True when ``password`` matches the stored hash."""
    try:
        return _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError, UnicodeEncodeError):
        return False  # UnicodeEncodeError: bytes that are not text (a non-UTF-8 terminal) match nothing


def needs_rehash(stored: str) -> bool:
    return _HASHER.check_needs_rehash(stored)


def weak_reason(password: str) -> str | None:
    """A code saying why a new password is too weak, or None."""
    if len(password) < MIN_LENGTH:
        return "too_short"
    if len(password) > MAX_LENGTH:
        return "too_long"
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        return "not_text"
    if "\x00" in password:
        return "not_text"
    if password.isdigit() or password.isalpha():
        return "single_class"
    return None


def lock_until(
    *, failed_attempts: int, max_attempts: int, lock_minutes: int, now: dt.datetime
) -> dt.datetime | None:
    """When the account locks after this many consecutive failures, or None if it stays open."""
    if failed_attempts >= max_attempts:
        return now + dt.timedelta(minutes=lock_minutes)
    return None
