"""Use cases for accounts: add, list, change passwords, lock and unlock."""

from __future__ import annotations

from typing import Any

from inspector import passwords, text
from inspector.errors import AuthenticationError, NotFound, Problem, ValidationError, Verbatim, problem
from inspector.permissions import Action, Role
from inspector.station import Session

PUBLIC_COLUMNS = (
    "id",
    "username",
    "display_name",
    "role",
    "squad_id",
    "officer_id",
    "has_legal_qualification",
    "active",
    "locked_until",
)


def _password_problems(password: str) -> list[Problem]:
    reason = passwords.weak_reason(password)
    if reason == "too_short":
        return [problem("password", reason, ("密码至少{0}位", (passwords.MIN_LENGTH,)))]
    if reason == "single_class":
        return [Problem("password", reason, "密码不能只有数字或只有字母")]
    if reason == "too_long":
        return [problem("password", reason, ("密码不能超过{0}位", (passwords.MAX_LENGTH,)))]
    if reason == "not_text":
        return [Problem("password", reason, "密码含有无效字符（如 NUL 或非 UTF-8 字节）")]
    return []


def add_user(
    session: Session,
    *,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
    squad_id: str | None = None,
    officer_id: str | None = None,
    has_legal_qualification: bool = False,
) -> dict[str, Any]:
    """Create an account. Only an administrator (or the station during ``init``) may do this."""
    username = text.username_key(username)  # NFKC: ｏｆｆｉｃｅｒ and officer are one name
    name_problems = text.problems(
        display_name, field="display_name", label="姓名", max_len=text.NAME_MAX, required=True
    )
    problems: list[Problem] = []
    if (
        not username
        or len(username) > text.USERNAME_MAX
        or text.problem_code(username)
        or not username.replace("_", "").replace(".", "").isalnum()
    ):
        problems.append(Problem("username", "format", "用户名为1–32位字母、数字、下划线或点"))
    elif session.db.scalar("SELECT 1 FROM users WHERE username = ?", (username,)):
        problems.append(problem("username", "duplicate", ("用户名{0}已存在", (Verbatim(username),))))
    try:
        role = Role(role)
    except ValueError:
        problems.append(problem("role", "unknown", ("未知角色：{0}", (Verbatim(str(role)),))))
    problems += name_problems
    if role in (Role.OFFICER, Role.SQUAD_LEADER) and not squad_id:
        problems.append(Problem("squad_id", "required", "执法队员和中队长必须属于一个中队"))
    if officer_id and session.db.scalar("SELECT 1 FROM users WHERE officer_id = ?", (officer_id,)):
        problems.append(Problem("officer_id", "taken", "该执法人员已关联其他账户"))
    problems += _password_problems(password)
    if problems:
        raise ValidationError(problems)
    with session.writing(Action.USER_MANAGE) as w:
        row = w.insert(
            "users",
            {
                "username": username,
                "display_name": display_name.strip(),
                "role": str(role),
                "squad_id": squad_id,
                "officer_id": officer_id,
                "has_legal_qualification": int(bool(has_legal_qualification)),
                "password_hash": passwords.hash_password(password),
            },
        )
    return {k: row[k] for k in PUBLIC_COLUMNS}


def list_users(session: Session) -> list[dict[str, Any]]:
    session.require(Action.USER_LIST)
    cols = ", ".join(PUBLIC_COLUMNS)
    return session.db.query(f"SELECT {cols} FROM users ORDER BY role, username")


def set_password(
    session: Session, *, username: str, new_password: str, old_password: str | None = None
) -> None:
    """An administrator resets anyone's password; a user changes their own with the old one."""
    row = session.db.query_one("SELECT * FROM users WHERE username = ?", (text.username_key(username),))
    if row is None:
        raise NotFound(entity="user", key=username)
    own = row["id"] == session.user.id
    if not own:
        session.require(Action.USER_MANAGE)
    elif not passwords.verify_password(row["password_hash"], old_password or ""):
        raise AuthenticationError("old password does not match")
    problems = _password_problems(new_password)
    if problems:
        raise ValidationError(problems)
    action = Action.USER_MANAGE if not own else None
    ctx = session.writing(action) if action else _own_write(session)
    with ctx as w:
        w.update(
            "users",
            row["id"],
            {
                "password_hash": passwords.hash_password(new_password),
                "failed_attempts": 0,
                "locked_until": None,
            },
        )


def _own_write(session: Session):
    """Changing one's own password needs no matrix entry: any logged-in user may."""
    import contextlib

    from inspector.station.writer import Writer

    @contextlib.contextmanager
    def ctx():
        with session.db.write():
            yield Writer(session, "user.own_password")

    return ctx()


def unlock(session: Session, *, username: str) -> None:
    row = session.db.query_one("SELECT id FROM users WHERE username = ?", (text.username_key(username),))
    if row is None:
        raise NotFound(entity="user", key=username)
    with session.writing(Action.USER_MANAGE) as w:
        w.update("users", row["id"], {"failed_attempts": 0, "locked_until": None})


def link_officer(session: Session, *, username: str, officer_id: str | None) -> dict[str, Any]:
    """Link an account to the officer it acts as (whose certificate it signs with), or unlink it (None).

    An officer is linked to one account at most, so no one signs with another's certificate (Art. 42).

    Raises:
        NotFound: no such account or officer.
        ValidationError: the officer is inactive or already linked to another account.
    """
    row = session.db.query_one("SELECT id, username, officer_id FROM users WHERE username = ?", (username,))
    if row is None:
        raise NotFound(entity="user", key=username)
    if officer_id:
        officer = session.db.find("officers", officer_id)
        if officer is None:
            raise NotFound(entity="officer", key=officer_id)
        problems = []
        if not officer["active"]:
            problems.append(
                problem("officer_id", "inactive", ("执法人员{0}已停用", (Verbatim(officer["name"]),)))
            )
        other = session.db.scalar(
            "SELECT username FROM users WHERE officer_id = ? AND id != ?", (officer_id, row["id"])
        )
        if other:
            problems.append(
                problem(
                    "officer_id",
                    "taken",
                    (
                        "执法人员{0}（{1}）已关联账户 {2}",
                        (Verbatim(officer["name"]), Verbatim(officer["cert_no"]), Verbatim(other)),
                    ),
                )
            )
        if problems:
            raise ValidationError(problems)
    with session.writing(Action.USER_MANAGE, label="user.link_officer") as w:
        updated = w.update("users", row["id"], {"officer_id": officer_id or None})
    return {k: updated[k] for k in PUBLIC_COLUMNS}


def list_accounts_with_officers(session: Session) -> list[dict[str, Any]]:
    """Every account with the name, certificate number and expiry of its linked officer (empty if none)."""
    session.require(Action.USER_LIST)
    cols = ", ".join(f"u.{c}" for c in PUBLIC_COLUMNS)
    return session.db.query(
        f"SELECT {cols}, coalesce(o.name, '') AS officer_name, coalesce(o.cert_no, '') AS cert_no, "
        "coalesce(o.cert_expiry, '') AS cert_expiry FROM users u LEFT JOIN officers o ON o.id = u.officer_id "
        "ORDER BY u.role, u.username"
    )
