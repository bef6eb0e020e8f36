"""Roles and what each may do (app/domain/roles.py). Services check these; the UI only hides what is not
allowed."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A user's role at the counter."""

    COUNTER_OFFICER = "counter_officer"
    MASS_COORDINATION = "mass_coordination"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    SYNC_AGENT = "sync_agent"
    """A station service account for an unattended ``sync --once`` (a scheduled task): it may sync and
    nothing else, so a password kept in a file on the counter PC opens no personal data."""


class Permission(StrEnum):
    """One thing a user may do."""

    REGISTER_COMPLAINT = "register_complaint"
    AMEND_COMPLAINT = "amend_complaint"
    LOG_PETITION = "log_petition"
    AMEND_PETITION = "amend_petition"
    READ_RECORDS = "read_records"
    PRINT_RECEIPT = "print_receipt"
    MANAGE_QUEUE = "manage_queue"
    RECONCILE = "reconcile"
    REPORTS = "reports"
    VOID_RECORD = "void_record"
    MANAGE_USERS = "manage_users"
    MANAGE_STATION = "manage_station"
    SYNC = "sync"
    BACKUP = "backup"
    RESTORE = "restore"
    CHANGE_OWN_SETTINGS = "change_own_settings"
    EXPORT_PERSONAL_DATA = "export_personal_data"  # a data-subject export (everything about one person)
    PURGE_RECORDS = "purge_records"  # run the retention purge now
    ERASE_PERSONAL_DATA = "erase_personal_data"  # erase one person's records on their request
    USE_COUNTER = "use_counter"  # sign in to the desktop application (people, not service accounts)


_OFFICER = {
    Permission.REGISTER_COMPLAINT,
    Permission.AMEND_COMPLAINT,
    Permission.READ_RECORDS,
    Permission.PRINT_RECEIPT,
}
_MASS = {
    Permission.LOG_PETITION,
    Permission.AMEND_PETITION,
    Permission.READ_RECORDS,
    Permission.PRINT_RECEIPT,
}
_SUPERVISOR = (
    _OFFICER
    | _MASS
    | {
        Permission.MANAGE_QUEUE,
        Permission.RECONCILE,
        Permission.REPORTS,
        Permission.VOID_RECORD,
        Permission.SYNC,
        Permission.BACKUP,
        Permission.PURGE_RECORDS,
    }
)
_ADMIN = {
    Permission.MANAGE_USERS,
    Permission.MANAGE_STATION,
    Permission.EXPORT_PERSONAL_DATA,
    Permission.READ_RECORDS,
    Permission.SYNC,
    Permission.BACKUP,
    Permission.RESTORE,
    Permission.PURGE_RECORDS,
    Permission.ERASE_PERSONAL_DATA,
}
# Everyone who signs in at the counter may pick their display language; the service account may not.
_PEOPLE = {Permission.CHANGE_OWN_SETTINGS, Permission.USE_COUNTER}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNTER_OFFICER: frozenset(_OFFICER | _PEOPLE),
    Role.MASS_COORDINATION: frozenset(_MASS | _PEOPLE),
    Role.SUPERVISOR: frozenset(_SUPERVISOR | _PEOPLE),
    Role.ADMINISTRATOR: frozenset(_ADMIN | _PEOPLE),
    Role.SYNC_AGENT: frozenset({Permission.SYNC}),
}


def can(role: Role, permission: Permission) -> bool:
    """Whether a role may do a thing."""
    return permission in PERMISSIONS[role]
