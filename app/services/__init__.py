"""Use cases: one transaction each, permission checks here, ``Changes`` values back (docs/ARCHITECTURE.md,
Layers).

``build_services(open_app(home))`` gives the ``Services`` bundle the GUI and the command line use. Parts
built later (receipts, print jobs, sync, petitions) are wired into their ``None`` fields by their own
``build_*`` step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# Nothing heavy is imported here: ``app.services.types`` (CurrentUser, KnownError) is what the sign-in window
# needs, and importing it runs this file first. SQLAlchemy, Alembic and every service load when
# ``build_services`` or ``open_app`` is first used (docs/ARCHITECTURE.md, Start-up), not before the first
# window shows; a test checks it (tests/ui/test_startup_imports.py).
if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from app.services.audit import AuditLog, AuditService
    from app.services.auth import AuthService
    from app.services.backups import BackupService
    from app.services.complaints import ComplaintService
    from app.services.context import AppContext, open_app
    from app.services.dashboard import DashboardService
    from app.services.devices import CardReaderService, ScanService
    from app.services.drafts import DraftService
    from app.services.holidays import HolidayService
    from app.services.lifecycle import LifecycleService
    from app.services.petitions import PetitionService
    from app.services.print_jobs import PrintJobService
    from app.services.ratings import RatingService
    from app.services.receipts import ReceiptService
    from app.services.records import RecordService
    from app.services.reference import ReferenceService
    from app.services.settings import SettingsService
    from app.services.sync_service import SyncService


def __getattr__(name: str) -> Any:
    """``from app.services import open_app, AppContext`` imports ``app.services.context`` on first use
    (PEP 562), so importing the package stays cheap."""
    if name in {"AppContext", "open_app"}:
        from app.services import context

        return getattr(context, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Services:
    """Every service of one open counter home."""

    ctx: AppContext
    auth: AuthService
    complaints: ComplaintService
    records: RecordService
    drafts: DraftService
    audit: AuditService
    reference: ReferenceService
    holidays: HolidayService
    audit_log: AuditLog
    dashboard: DashboardService  # figures, the service-standard watch, period reports
    ratings: RatingService  # satisfaction ratings (counter window, tracking page)
    settings: SettingsService
    # Wired by build_services unless core_only (None then, and until connected for sync).
    receipts: ReceiptService | None = None
    print_jobs: PrintJobService | None = None
    sync: SyncService | None = None
    petitions: PetitionService | None = None
    backups: BackupService | None = None  # always set by build_services (Optional only for the field order)
    lifecycle: LifecycleService | None = None  # PDPA retention, erasure, data-subject export
    card_reader: CardReaderService | None = None
    scans: ScanService | None = None

    def close(self) -> None:
        """Closes the counter home (database pool)."""
        if self.print_jobs is not None:
            self.print_jobs.stop_worker()  # it would otherwise find the database gone mid-job
        if self.sync is not None:
            self.sync.stop()  # the pump thread, for the same reason
        self.ctx.close()


def build_services(
    ctx: AppContext, password_hasher: PasswordHasher | None = None, *, core_only: bool = False
) -> Services:
    """The services of an open counter home.

    ``password_hasher`` defaults to ``app.services.auth.password_hasher`` (OWASP's Argon2id minimum, ~0.05 s
    a hash); tests pass a cheaper Argon2 one. Hashes made with other parameters are upgraded at the next
    successful sign-in.
    ``core_only`` leaves out receipts, print jobs and petitions (no Qt import): the crash-test child and
    commands that only read records start faster.
    """
    from app.services.audit import AuditLog, AuditService
    from app.services.auth import AuthService
    from app.services.backups import BackupService
    from app.services.complaints import ComplaintService
    from app.services.dashboard import DashboardService
    from app.services.drafts import DraftService
    from app.services.holidays import HolidayService
    from app.services.lifecycle import LifecycleService
    from app.services.ratings import RatingService
    from app.services.records import RecordService
    from app.services.reference import ReferenceService
    from app.services.settings import SettingsService

    audit_log = AuditLog(ctx.db.key)
    services = Services(
        ctx=ctx,
        auth=AuthService(ctx, audit_log, password_hasher),
        complaints=ComplaintService(ctx, audit_log),
        records=RecordService(ctx, audit_log),
        drafts=DraftService(ctx),
        audit=AuditService(ctx.db, audit_log),
        reference=ReferenceService(ctx),
        holidays=HolidayService(ctx, audit_log),
        audit_log=audit_log,
        dashboard=DashboardService(ctx),
        ratings=RatingService(ctx, audit_log),
        settings=SettingsService(ctx, audit_log),
    )
    services.backups = BackupService(ctx, audit_log)
    services.lifecycle = LifecycleService(ctx, audit_log)
    if not core_only:
        # Imported here, not at the top: receipts and print jobs render with QtGui, which costs seconds
        # to import; ``import app.services`` must stay cheap for the command line.
        from app.services.petitions import PetitionService
        from app.services.print_jobs import PrintJobService
        from app.services.receipts import ReceiptService

        services.receipts = ReceiptService(ctx)
        services.print_jobs = PrintJobService(ctx, audit_log)
        services.petitions = PetitionService(ctx, audit_log)
        from app.services.devices import CardReaderService, ScanService

        services.card_reader = CardReaderService(ctx, audit_log)
        services.scans = ScanService(ctx, audit_log, services.complaints.store_attachment)
        from app.services.sync_service import build_sync

        build_sync(services)
    return services


__all__ = ["AppContext", "Services", "build_services", "open_app"]
