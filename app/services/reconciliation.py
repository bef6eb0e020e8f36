"""Reconciliation of one Bangkok day with the center: what the counter registered, what the center
acknowledged, and what the center reports holding (``GET /v1/reconciliation``).

The comparison is by record version (id, version, sha256): a version registered here that the center does
not hold is *missing at the center*; one the center holds that this counter does not know is *missing
here*; the same id and version with another hash is a *mismatch*. Each difference carries the local queue
state, so the screen can tell an expected gap (still pending, withdrawn by a supervisor) from an alarming
one (acknowledged, yet the center does not hold it). ``resend_missing`` is the one action: it puts every
version the center lacks that is not settled back in the queue, due now.

A day is a Bangkok calendar day of each version's ``created_at`` (the same field the center groups by).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain.clock import BANGKOK
from app.domain.records import QueueState
from app.domain.roles import Permission
from app.services.access import require
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.types import Changes, CurrentUser, KnownError
from app.storage.models import OutboxItem, Record, RecordVersion
from app.storage.sync_state import ReconciliationRun
from sync.client import CentralClient, SyncError
from sync.protocol import HeldRecord, Reconciliation

if TYPE_CHECKING:
    from app.services.sync_service import SyncService  # it builds this service on first use

# States in which a version missing at the center is explained (nothing to resend).
SETTLED = frozenset({QueueState.WITHDRAWN, QueueState.REJECTED, QueueState.CONFLICT, QueueState.HELD})


@dataclass(frozen=True)
class LocalVersion:
    """A record version registered at this counter, with its queue state."""

    record_id: str
    version: int
    sha256: str
    tracking_code: str
    created_at: datetime
    state: QueueState


@dataclass(frozen=True)
class Mismatch:
    """The same id and version with different content here and at the center."""

    local: LocalVersion
    center_sha256: str


@dataclass(frozen=True)
class ReconciliationReport:
    """The comparison of one day, as the screen and the day-end PDF show it."""

    day: date
    station: str
    generated_at: datetime
    local_count: int  # versions registered here that day
    acked_count: int  # of those, acknowledged by the center
    remote_count: int  # versions the center holds from this station for that day
    missing_remote: list[LocalVersion] = field(default_factory=list)
    missing_local: list[HeldRecord] = field(default_factory=list)
    mismatched: list[Mismatch] = field(default_factory=list)
    run_id: int = 0

    @property
    def differences(self) -> int:
        """How many versions differ in any way."""
        return len(self.missing_remote) + len(self.missing_local) + len(self.mismatched)

    @property
    def resendable(self) -> list[LocalVersion]:
        """Versions missing at the center that are not settled (pending, in flight or acknowledged)."""
        return [v for v in self.missing_remote if v.state not in SETTLED]

    @property
    def alarming(self) -> list[LocalVersion]:
        """Versions the center acknowledged but does not hold."""
        return [v for v in self.missing_remote if v.state is QueueState.ACKED]


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where a Bangkok day starts and the next one starts."""
    start = datetime.combine(day, time(0), tzinfo=BANGKOK)
    return start, start + timedelta(days=1)


def compare(
    day: date, station: str, now: datetime, local: list[LocalVersion], remote: Reconciliation
) -> ReconciliationReport:
    """The differences between what the counter registered and what the center holds (pure)."""
    held = {(h.id, h.version): h for h in remote.records}
    ours = {(v.record_id, v.version): v for v in local}
    missing_remote = [v for key, v in ours.items() if key not in held]
    missing_local = [h for key, h in held.items() if key not in ours]
    mismatched = [
        Mismatch(v, held[key].sha256)
        for key, v in ours.items()
        if key in held and held[key].sha256 != v.sha256
    ]
    return ReconciliationReport(
        day=day,
        station=station,
        generated_at=now,
        local_count=len(local),
        acked_count=sum(1 for v in local if v.state is QueueState.ACKED),
        remote_count=remote.count,
        missing_remote=missing_remote,
        missing_local=missing_local,
        mismatched=mismatched,
    )


class ReconciliationService:
    """The supervisor's reconciliation screen and day-end report."""

    def __init__(
        self,
        ctx: AppContext,
        audit: AuditLog,
        sync: SyncService,
        client_factory: Callable[[], CentralClient] | None = None,
    ) -> None:
        self._ctx = ctx
        self._audit = audit
        self._sync = sync
        self._client_factory = client_factory

    def _require(self, user: CurrentUser) -> None:
        require(self._ctx, self._audit, user, Permission.RECONCILE, action="reconciliation")

    def _client(self) -> CentralClient:
        if self._client_factory is not None:
            return self._client_factory()
        conn = self._sync.connection()
        if conn is None:
            raise KnownError("not_connected")
        return CentralClient(
            conn.server_url, conn.token, ca_bundle=conn.ca_bundle or None, clock=self._ctx.clock
        )

    def local_versions(self, day: date) -> list[LocalVersion]:
        """The versions registered here on a Bangkok day, oldest first, with their queue state."""
        start, end = day_bounds(day)
        query = (
            select(
                RecordVersion.record_id,
                RecordVersion.version,
                RecordVersion.sha256,
                Record.tracking_code,
                RecordVersion.created_at,
                OutboxItem.state,
            )
            .join(Record, Record.id == RecordVersion.record_id)
            .outerjoin(
                OutboxItem,
                (OutboxItem.record_id == RecordVersion.record_id)
                & (OutboxItem.version == RecordVersion.version),
            )
            .where(RecordVersion.created_at >= start, RecordVersion.created_at < end)
            .order_by(RecordVersion.created_at, RecordVersion.record_id, RecordVersion.version)
        )
        with self._ctx.db.read_session() as s:
            return [
                LocalVersion(r[0], r[1], r[2], r[3], r[4], QueueState(r[5]) if r[5] else QueueState.ACKED)
                for r in s.execute(query)
            ]

    def local_counts(self, user: CurrentUser, day: date) -> tuple[int, int]:
        """(versions registered here on a day, of those acknowledged by the center), read from this
        counter alone: what the screen can show while the center cannot be reached."""
        self._require(user)
        local = self.local_versions(day)
        return len(local), sum(1 for v in local if v.state is QueueState.ACKED)

    def reconcile(self, user: CurrentUser, day: date) -> ReconciliationReport:
        """Compares a day with the center (one HTTP call) and records the run (audited)."""
        self._require(user)
        client = self._client()
        try:
            remote = client.reconciliation(day)
        except SyncError as exc:
            raise KnownError("server_unreachable", exc.detail) from exc
        finally:
            client.close()
        now = self._ctx.clock()
        report = compare(day, remote.station, now, self.local_versions(day), remote)
        with self._ctx.db.session() as s:
            run = ReconciliationRun(
                day=day,
                run_at=now,
                actor=user.username,
                local_count=report.local_count,
                acked_count=report.acked_count,
                remote_count=report.remote_count,
                missing_remote=len(report.missing_remote),
                missing_local=len(report.missing_local),
                mismatched=len(report.mismatched),
                signed_off=False,
            )
            s.add(run)
            s.flush()
            self._audit.append(
                s,
                user.username,
                "sync.reconcile",
                day.isoformat(),
                {
                    "run": run.id,
                    "local": report.local_count,
                    "acked": report.acked_count,
                    "remote": report.remote_count,
                    "missing_remote": len(report.missing_remote),
                    "missing_local": len(report.missing_local),
                    "mismatched": len(report.mismatched),
                },
                now,
            )
            run_id = run.id
        return _with_run(report, run_id)

    def resend_missing(self, user: CurrentUser, report: ReconciliationReport) -> Changes:
        """Puts every version the center lacks (and that is not settled) back in the queue, due now."""
        self._require(user)
        targets = report.resendable
        if not targets:
            return Changes()
        now = self._ctx.clock()
        keys = {(v.record_id, v.version) for v in targets}
        with self._ctx.db.session() as s:
            items = [
                i
                for i in s.scalars(
                    select(OutboxItem).where(OutboxItem.record_id.in_(sorted({k[0] for k in keys})))
                )
                if (i.record_id, i.version) in keys and i.state != QueueState.IN_FLIGHT.value
            ]
            for item in items:
                item.state = QueueState.PENDING.value
                item.next_attempt_at = None
                item.last_error = "resend_after_reconciliation"
                item.updated_at = now
            self._audit.append(
                s,
                user.username,
                "sync.resend",
                report.day.isoformat(),
                {"count": len(items), "run": report.run_id},
                now,
            )
        self._sync.notify_queued()
        return Changes(outbox=True, record_ids=tuple(sorted({i.record_id for i in items})))

    def sign_off(self, user: CurrentUser, report: ReconciliationReport) -> None:
        """The supervisor signs the day off (audited); allowed with differences, which stay on record."""
        self._require(user)
        now = self._ctx.clock()
        with self._ctx.db.session() as s:
            run = s.get(ReconciliationRun, report.run_id)
            if run is None:
                raise KnownError("reconciliation_not_found")
            run.signed_off = True
            self._audit.append(
                s,
                user.username,
                "sync.signoff",
                report.day.isoformat(),
                {"run": report.run_id, "differences": report.differences},
                now,
            )

    def write_pdf(self, user: CurrentUser, report: ReconciliationReport, path: Path) -> Path:
        """The day-end reconciliation report as an A4 PDF for sign-off."""
        self._require(user)
        from printing.pdf_reconciliation import render_reconciliation_pdf

        officer = user.display_name
        station_name = self._station_name()
        return render_reconciliation_pdf(report, path, station_name=station_name, prepared_by=officer)

    def _station_name(self) -> str:
        from app.storage.models import Station

        with self._ctx.db.read_session() as s:
            station = s.scalars(select(Station)).first()
        return station.name if station else ""


def _with_run(report: ReconciliationReport, run_id: int) -> ReconciliationReport:
    from dataclasses import replace

    return replace(report, run_id=run_id)
