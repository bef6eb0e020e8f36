"""The disabled account demo records are made by (shared by the complaint and petition demo data)."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.roles import Role
from app.services.audit import AuditLog
from app.services.auth import add_user
from app.services.context import AppContext
from app.services.types import CurrentUser, KnownError
from app.storage.models import Station, User


def ensure_demo_user(
    ctx: AppContext, audit: AuditLog, username: str, display_name: str, role: Role
) -> CurrentUser:
    """A disabled account (no usable password) that demo records are made by, created on first use."""
    with ctx.db.session() as session:
        if session.scalars(select(Station)).first() is None:
            raise KnownError("not_initialized")
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            now = ctx.clock()
            # "!disabled" is not an Argon2 hash: no password can ever match.
            user = add_user(
                session,
                audit,
                "system",
                username,
                display_name,
                role,
                "!disabled",
                now,
                active=False,
                demo=True,
            )
        return CurrentUser(user.id, user.username, user.display_name, Role(user.role))
