"""Values the services hand to the UI and the command line: read models, results, errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.issues import FieldIssue
from app.domain.records import QueueState, RecordKind
from app.domain.roles import Permission, Role, can
from app.storage.errors import KnownError

# KnownError lives in storage so the database layer can raise it; everyone imports it from here.
__all__ = [
    "AuditEntry",
    "AuditVerification",
    "Changes",
    "CurrentUser",
    "InitResult",
    "KnownError",
    "PermissionDenied",
    "RecordDetail",
    "RecordRow",
    "SaveResult",
    "StationInfo",
    "UserInfo",
    "ValidationFailed",
    "VersionInfo",
]


class ValidationFailed(KnownError):
    """A payload failed validation; nothing was written."""

    def __init__(self, issues: list[FieldIssue]) -> None:
        super().__init__("validation_failed", ", ".join(f"{i.field}:{i.code}" for i in issues))
        self.issues = issues


class PermissionDenied(KnownError):
    """The signed-in user's role may not do this."""


@dataclass(frozen=True)
class CurrentUser:
    """Who is signed in."""

    user_id: int
    username: str
    display_name: str
    role: Role
    must_change_password: bool = False
    """Signed in with a password the administrator set: the counter asks for a new one before anything."""

    def can(self, permission: Permission) -> bool:
        """Whether this user may do a thing."""
        return can(self.role, permission)


@dataclass(frozen=True)
class Changes:
    """What a write changed, so screens refresh from it instead of polling."""

    records: bool = False
    outbox: bool = False
    print_jobs: bool = False
    users: bool = False
    record_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveResult:
    """The outcome of registering or amending a record."""

    record_id: str
    version: int
    tracking_code: str
    access_token: str
    created_at: datetime
    promised_by: datetime | None
    changes: Changes


@dataclass(frozen=True)
class RecordRow:
    """One line of the records list; personal data already masked."""

    rowid: int
    record_id: str
    version: int
    kind: RecordKind
    tracking_code: str
    created_at: datetime
    display_name: str  # masked name, or "(ไม่ประสงค์ออกนาม)" style marker decided by the UI from ``anonymous``
    anonymous: bool
    subject: str
    queue_state: QueueState
    central_ref: str = ""
    central_status: str = ""
    promised_by: datetime | None = None  # walk-in complaints: the service-standard promise (current calendar)
    overdue: bool = False  # promise passed and the center has not moved the case beyond received


@dataclass(frozen=True)
class VersionInfo:
    """One version in a record's history."""

    version: int
    created_at: datetime
    officer: str
    reason: str
    sha256: str
    queue_state: QueueState
    payload: dict[str, Any]


@dataclass(frozen=True)
class RecordDetail:
    """Everything the detail view and the receipt need about one record (latest version first in history)."""

    record_id: str
    kind: RecordKind
    tracking_code: str
    access_token: str
    station_code: str
    officer: str
    created_at: datetime
    promised_by: datetime | None
    version: int
    payload: dict[str, Any]
    history: list[VersionInfo] = field(default_factory=list)
    queue_state: QueueState = QueueState.PENDING
    central_ref: str = ""
    central_status: str = ""
    central_agency: str = ""
    central_note: str = ""
    receipt_printed: bool = False


@dataclass(frozen=True)
class StationInfo:
    """This counter's station: the code the center assigned, its name, and the install epoch digit."""

    code: str
    name: str
    epoch: int


@dataclass(frozen=True)
class InitResult:
    """What first-run set-up returns: the signed-in administrator and the recovery code to show once."""

    user: CurrentUser
    recovery_code: str


@dataclass(frozen=True)
class UserInfo:
    """A user account as the administrator's list shows it (no password hash)."""

    user_id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    created_at: datetime
    must_change_password: bool = False


@dataclass(frozen=True)
class AuditEntry:
    """One audit event as the audit viewer shows it."""

    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditVerification:
    """The outcome of checking the audit hash chain."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""
