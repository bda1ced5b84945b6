"""Typed domain errors. The core raises these with data; only ``ui.messages`` (the UI) and ``inspector.messages``
(plain one-line words, for the CLI) turn them into words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

# A message as a template and its arguments, for an interface that translates it (``str.format`` gives the Chinese).
Parts = tuple[str, tuple[object, ...]]


class Verbatim(str):
    """An argument of :data:`Parts` shown as it is in every language: text quoted from a document, a number as
    printed, an id (an interface translates the other text arguments)."""

    __slots__ = ()


def chinese(words: str | Parts) -> str:
    """The Chinese of words given as a template and arguments (an argument may be such words, or a list of
    them, listed with 、, or a date, written 2026年1月5日); a plain string is returned as it is."""
    if isinstance(words, str):
        return words
    template, args = words
    return template.format(*(_chinese_argument(a) for a in args))


def _chinese_argument(value: object) -> object:
    if isinstance(value, tuple):
        return chinese(value)  # type: ignore[arg-type]
    if isinstance(value, list):
        return "、".join(chinese(x) for x in value)
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return value


class Error(Exception):
    """Base of every domain error: something the user can act on, not a bug."""

    code = "error"

    def __init__(self, message: str = "", **data: object) -> None:
        super().__init__(message or self.code)
        self.data = data


class ValidationError(Error):
    """Input does not satisfy a rule; ``problems`` names each field and what is wrong."""

    code = "validation"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems))


@dataclass(frozen=True)
class Problem:
    """One field-level problem: a stable code, the field, a human message (Chinese) and, where the field has
    one, the field's own label (so a form can name the field without taking the message apart)."""

    field: str
    code: str
    message: str
    label: str = ""
    parts: Parts | None = None  # the message as a template and its arguments, where the core gives them


def problem(field: str, code: str, words: str | Parts, label: str = "") -> Problem:
    """A field problem worded by ``words``: a template and its arguments (the message is its Chinese, and
    they are the problem's ``parts``) or fixed words."""
    return Problem(field, code, chinese(words), label, parts=words if isinstance(words, tuple) else None)


class PermissionDenied(Error):
    """The logged-in user's role may not perform this action."""

    code = "permission_denied"

    def __init__(self, *, role: str, action: str) -> None:
        super().__init__(f"role {role} may not {action}", role=role, action=action)
        self.role = role
        self.action = action


class AuthenticationError(Error):
    """Wrong user name or password (deliberately not saying which)."""

    code = "authentication"


class AccountLocked(Error):
    """Too many failed logins: the account is locked until ``until`` (UTC ISO)."""

    code = "account_locked"

    def __init__(self, *, username: str, until: str) -> None:
        super().__init__(f"account {username} locked until {until}", username=username, until=until)
        self.username = username
        self.until = until


class NotFound(Error):
    """A record the user named does not exist."""

    code = "not_found"

    def __init__(self, *, entity: str, key: str) -> None:
        super().__init__(f"{entity} {key} not found", entity=entity, key=key)
        self.entity = entity
        self.key = key


class Conflict(Error):
    """The record changed since it was read (someone else saved first)."""

    code = "conflict"


class GuardRefused(Error):
    """A legal guard refuses an action; ``article`` names the rule and ``hint`` what to do.

    ``parts`` and ``hint_parts``, where a guard gives them, are the message and the hint as a template and its
    arguments (codes such as a case state where the words depend on the language), so an interface can
    show them in its own language; ``message`` and ``hint`` stay the Chinese words. A message or hint given
    as (template, arguments) is both: its Chinese is the template filled in."""

    code = "guard"

    def __init__(
        self,
        *,
        rule: str,
        article: str,
        message: str | Parts,
        hint: str | Parts = "",
        parts: Parts | None = None,
        hint_parts: Parts | None = None,
    ) -> None:
        if isinstance(message, tuple):
            parts, message = message, chinese(message)
        if isinstance(hint, tuple):
            hint_parts, hint = hint, chinese(hint)
        super().__init__(message, rule=rule, article=article, hint=hint)
        self.rule = rule
        self.article = article
        self.hint = hint
        self.parts = parts
        self.hint_parts = hint_parts


class StationError(Error):
    """The data directory or station database cannot be used."""

    code = "station"
