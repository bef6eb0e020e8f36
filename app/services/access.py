"""Who may do what, checked on every use case against the users table (DESIGN §7, issue #9).

A ``CurrentUser`` is what sign-in returned; it can go stale while the screen stays open: an administrator
disables the account or changes its role. ``require`` therefore checks the role's permission *and* that the
account is still active with the same role, on every call. A stale session raises ``SessionEnded`` (the GUI
answers with the sign-in dialog, the command line with exit 2). Every refusal is an audit event, so a door
tried and refused leaves a trace as a door opened does.

System accounts (the demo officer: a password hash no password matches, never active) have no sign-in and
so no session to end; they pass the session check.
"""

from __future__ import annotations

from typing import Any

from app.domain.roles import Permission
from app.logs import AUDIT as log
from app.services.context import AppContext
from app.services.types import CurrentUser, PermissionDenied
from app.storage.base import driver_connection
from app.storage.db import Database
from app.storage.errors import KnownError

SYSTEM_PASSWORD_MARK = "!"
"""A ``users.password_hash`` starting with this is a system account's: no Argon2 hash does."""

_SESSION_ROW = "SELECT active, role, password_hash, must_change_password FROM users WHERE id = ?"


class SessionEnded(KnownError):
    """The signed-in account was disabled, its role changed or its password was reset since sign-in: sign
    in again."""


def session_problem(row: Any, user: CurrentUser, *, changing_password: bool = False) -> str:
    """Why a session is no longer valid (``""`` when it is), from the user's ``_SESSION_ROW``.

    An account whose password the administrator set (new, or reset) has no session but the one that
    replaces that password: ``changing_password`` is the sign-in that leads there."""
    if row is None:
        return "account_removed"
    active, role, pw_hash, must_change = bool(row[0]), str(row[1]), str(row[2]), bool(row[3])
    if role != user.role.value:
        return "role_changed"
    if not active and not pw_hash.startswith(SYSTEM_PASSWORD_MARK):
        return "account_disabled"
    if must_change and not changing_password:
        return "password_change_required"
    return ""


def check_session(db: Database, user: CurrentUser, *, changing_password: bool = False) -> None:
    """Raises ``SessionEnded`` (audited) when the account behind ``user`` is disabled, gone, re-roled or
    waits for a new password (see ``session_problem``)."""
    with db.read_session() as session:
        row = driver_connection(session).execute(_SESSION_ROW, (user.user_id,)).fetchone()
    why = session_problem(row, user, changing_password=changing_password)
    if why:
        log.info("session of user %d ended: %s", user.user_id, why)
        raise SessionEnded("session_ended", why)


def require(
    ctx: AppContext,
    audit: Any,
    user: CurrentUser,
    *permissions: Permission,
    action: str = "",
    changing_password: bool = False,
) -> None:
    """The one permission check of every use case: the session still valid, and the role allowed any of
    ``permissions``. A refusal is written to the audit chain (``access.denied`` / ``session.ended``)
    before ``PermissionDenied`` / ``SessionEnded`` is raised. ``audit`` is an ``AuditLog``.
    ``changing_password``: the counter's sign-in, which may lead to the forced password change."""
    try:
        check_session(ctx.db, user, changing_password=changing_password)
    except SessionEnded as exc:
        record_refusal(ctx, audit, user.username, "session.ended", action, exc.detail)
        raise
    if permissions and not any(user.can(p) for p in permissions):
        record_refusal(ctx, audit, user.username, "access.denied", action, permissions[0].value)
        raise PermissionDenied("permission_denied", permissions[0].value)


def record_refusal(  # noqa: PLR0917 - the fields of one refusal event, in order
    ctx: AppContext, audit: Any, actor: str, event: str, action: str, why: str
) -> None:
    """Writes one refusal to the audit chain in its own transaction (it must stay even though the refused
    use case writes nothing). ``audit`` is an ``AuditLog``."""
    with ctx.db.session() as session:
        audit.append(session, actor or "?", event, action, {"why": why}, ctx.clock())
