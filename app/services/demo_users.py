"""The disabled account demo records are made by (shared by the complaint and petition demo data)."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.roles import Role
from app.services.audit import AuditLog
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
            user = User(
                username=username,
                display_name=display_name,
                role=role.value,
                password_hash="!disabled",  # not an Argon2 hash: no password can ever match
                failed_attempts=0,
                locked_until=None,
                active=False,
                created_at=now,
            )
            session.add(user)
            session.flush()
            audit.append(session, "system", "user.create", username, {"role": user.role, "demo": True}, now)
        return CurrentUser(user.id, user.username, user.display_name, Role(user.role))
