"""What every use-case service holds: the application context and the audit log it writes to."""

from __future__ import annotations

from app.services.audit import AuditLog
from app.services.context import AppContext


class ServiceBase:
    """A use-case service over one counter home (``AppContext``) that audits what it does."""

    def __init__(self, ctx: AppContext, audit: AuditLog) -> None:
        self._ctx = ctx
        self._audit = audit
