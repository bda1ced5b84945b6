"""Roles, actions and the permission matrix. Enforced in the use cases; the UI only mirrors it."""

from __future__ import annotations

import enum

from inspector.errors import PermissionDenied


class Role(enum.StrEnum):
    """The five roles of a station."""

    OFFICER = "officer"  # 执法队员
    SQUAD_LEADER = "squad_leader"  # 中队长
    LEGAL_REVIEWER = "legal_reviewer"  # 法制审核员
    SUPERVISOR = "supervisor"  # 督察 / 大队领导
    ADMIN = "admin"  # 系统管理员


class Action(enum.StrEnum):
    """Everything a use case may be asked to do. One value per permission decision."""

    # administration
    USER_MANAGE = "user.manage"
    USER_LIST = "user.list"
    ORG_MANAGE = "org.manage"  # agency, squads, officers
    SETTINGS_EDIT = "settings.edit"
    STANDARDS_IMPORT = "standards.import"  # 裁量基准 catalogue
    CALENDAR_EDIT = "calendar.edit"
    # own password is always allowed for the logged-in user; not a matrix entry
    # field work
    INSPECTION_VIEW = "inspection.view"
    INSPECTION_EDIT = "inspection.edit"
    EVIDENCE_ADD = "evidence.add"
    EVIDENCE_ANNOTATE = "evidence.annotate"
    PARTY_EDIT = "party.edit"
    # cases
    CASE_VIEW = "case.view"
    CASE_CREATE = "case.create"
    CASE_EDIT = "case.edit"
    CASE_ADVANCE = "case.advance"  # move a case along the workflow (handler steps)
    CASE_APPROVE = "case.approve"  # 立案 / 结案 / decision approval (squad leader)
    CASE_TRANSFER = "case.transfer"  # 案件移送
    DISCRETION_APPLY = "discretion.apply"
    DOCUMENT_ISSUE = "document.issue"
    DOCUMENT_VOID = "document.void"
    DOCUMENT_VIEW = "document.view"
    # review and supervision
    LEGAL_REVIEW = "review.legal"  # 法制审核
    FILE_REVIEW = "review.file"  # 案卷评查
    RATING_VIEW = "rating.view"  # 星级中队考评
    RATING_PRINT = "rating.print"
    RATING_EDIT = "rating.edit"  # rubric versions, training hours, gate checks, incidents
    RANDOM_DRAW = "random.draw"  # 双随机
    # station
    SYNC_RUN = "sync.run"
    AUDIT_VERIFY = "audit.verify"
    DEMO_FILL = "demo.fill"
    BACKUP_RUN = "backup.run"  # a backup holds every record, password hashes and keys
    FILES_DELETE = "files.delete"  # commands that delete files from the data directory


_FIELD = {
    Action.INSPECTION_VIEW,
    Action.INSPECTION_EDIT,
    Action.EVIDENCE_ADD,
    Action.EVIDENCE_ANNOTATE,
    Action.PARTY_EDIT,
    Action.CASE_VIEW,
    Action.CASE_CREATE,
    Action.CASE_EDIT,
    Action.CASE_ADVANCE,
    Action.DISCRETION_APPLY,
    Action.DOCUMENT_ISSUE,
    Action.DOCUMENT_VIEW,
    Action.SYNC_RUN,
}
_READ = {Action.INSPECTION_VIEW, Action.CASE_VIEW, Action.DOCUMENT_VIEW, Action.AUDIT_VERIFY}

MATRIX: dict[Role, frozenset[Action]] = {
    Role.OFFICER: frozenset(_FIELD),
    Role.SQUAD_LEADER: frozenset(
        _FIELD
        | {
            Action.CASE_APPROVE,
            Action.CASE_TRANSFER,
            Action.DOCUMENT_VOID,
            Action.RATING_VIEW,
            Action.RANDOM_DRAW,
            Action.USER_LIST,
            Action.AUDIT_VERIFY,
        }
    ),
    Role.LEGAL_REVIEWER: frozenset(_READ | {Action.LEGAL_REVIEW, Action.FILE_REVIEW, Action.RATING_VIEW}),
    Role.SUPERVISOR: frozenset(
        _READ
        | {
            Action.FILE_REVIEW,
            Action.RATING_VIEW,
            Action.RATING_PRINT,
            Action.RANDOM_DRAW,
            Action.CASE_APPROVE,
            Action.USER_LIST,
        }
    ),
    Role.ADMIN: frozenset(
        {
            Action.USER_MANAGE,
            Action.USER_LIST,
            Action.ORG_MANAGE,
            Action.SETTINGS_EDIT,
            Action.STANDARDS_IMPORT,
            Action.CALENDAR_EDIT,
            Action.SYNC_RUN,
            Action.AUDIT_VERIFY,
            Action.DEMO_FILL,
            Action.INSPECTION_VIEW,
            Action.CASE_VIEW,
            Action.DOCUMENT_VIEW,
            Action.BACKUP_RUN,
            Action.FILES_DELETE,
            Action.RATING_VIEW,
            Action.RATING_EDIT,
        }
    ),
}


def allowed(role: Role | str, action: Action) -> bool:
    """Whether ``role`` may perform ``action``."""
    return action in MATRIX[Role(role)]


def require(role: Role | str, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may perform ``action``."""
    if not allowed(role, action):
        raise PermissionDenied(role=str(role), action=str(action))


ROLE_LABELS = {
    Role.OFFICER: "执法队员",
    Role.SQUAD_LEADER: "中队长",
    Role.LEGAL_REVIEWER: "法制审核员",
    Role.SUPERVISOR: "督察/大队领导",
    Role.ADMIN: "系统管理员",
}
