"""Print jobs: stored, run by a worker thread, retried with back-off; registration never waits for paper.

The officer's save and the printer are decoupled: ``enqueue`` only writes a row (milliseconds, one
transaction). A ``PrintWorker`` thread takes due jobs oldest first, builds the receipt from the record,
sends it to the configured printer and records what happened. A dead printer, an empty roll or an open cover
leaves the job pending with the reason and the printer's own status, retried with capped back-off, and the UI
hears about every change through a callback (it forwards it to a Qt signal).

Reprints are jobs with ``reprint=True``: the paper carries the reprint mark, the request is audited, and the
record keeps its one tracking code — a receipt is always built from the stored record, never re-registered.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import quote

from sqlalchemy import select

from app.domain.roles import Permission
from app.services.access import require
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.receipts import ReceiptService
from app.services.types import Changes, CurrentUser, KnownError
from app.storage.models import Record
from app.storage.print_jobs import PrintJob
from printing.escpos_out import (
    ConnectorKind,
    PrinterConfig,
    PrinterStatus,
    available_profiles,
    check_config,
    encode_document,
    query_status,
    send,
)
from printing.fonts import ensure_fonts
from printing.printer_errors import PrinterError, PrinterErrorCode
from printing.receipt import ReceiptCopy
from printing.samples import printer_test_page

log = logging.getLogger("psc.printing")


class PrintJobState(StrEnum):
    """Where a print job is."""

    PENDING = "pending"  # waiting for its first attempt or, after a failure, for its next one
    PRINTING = "printing"  # a worker is sending it now
    PRINTED = "printed"  # the printer took every byte
    PREVIEW = "preview"  # no printer configured (``preview:``): shown on screen only
    CANCELLED = "cancelled"  # the officer gave up on it


INTERNAL_ERROR = "internal_error"
"""``last_error`` of a job that failed on a bug (logged with its traceback), not on the printer."""


@dataclass(frozen=True)
class Backoff:
    """Delay before the next attempt: ``base`` doubled per failed attempt, never more than ``cap``.

    A receipt printer comes back when someone changes the roll or plugs the cable in: the first retries come
    quickly (2 s, 4 s, 8 s …) so a fixed printer prints within seconds, and the cap (60 s) keeps a printer
    that is off all day from being hammered while still printing within a minute of being switched on. No
    jitter: one counter has one worker and one printer, so there is no herd to spread.
    """

    base_s: float = 2.0
    cap_s: float = 60.0

    def delay(self, attempts: int) -> timedelta:
        """Delay after the ``attempts``-th failed attempt (1-based)."""
        return timedelta(seconds=min(self.cap_s, self.base_s * 2 ** max(0, attempts - 1)))


@dataclass(frozen=True)
class PrintJobInfo:
    """A print job as screens show it."""

    job_id: int
    record_id: str
    tracking_code: str
    copy: ReceiptCopy
    reprint: bool
    state: PrintJobState
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    printed_at: datetime | None
    last_error: str  # a PrinterErrorCode value, INTERNAL_ERROR, or ""
    last_status: str  # a PrinterStatus value, or ""
    printer_uri: str


@dataclass(frozen=True)
class PrintJobEvent:
    """A change the UI should show: the job's new state and, when it failed, why."""

    job_id: int
    record_id: str
    state: PrintJobState
    error: str = ""
    status: str = ""


OnChange = Callable[[PrintJobEvent], None]


class PrintJobService:
    """Queues receipts for the printer and reports on them; owns the worker thread when started."""

    def __init__(
        self, ctx: AppContext, audit: AuditLog | None = None, backoff: Backoff | None = None
    ) -> None:
        self._ctx = ctx
        self._audit = audit or AuditLog(ctx.db.key)
        self._receipts = ReceiptService(ctx)
        self.backoff = backoff or Backoff()
        self._worker: PrintWorker | None = None
        self._listeners: list[OnChange] = []

    # ------------------------------------------------------------------ configuration
    def printer_config(self) -> PrinterConfig:
        """The receipt printer as configured in settings."""
        s = self._ctx.settings
        return PrinterConfig(uri=s.printer_uri, width_dots=s.printer_width_dots, profile=s.printer_profile)

    def has_printer(self) -> bool:
        """Whether receipts go to paper: a printer is configured (not ``preview:``). A URI that does not
        parse counts as a printer: its jobs fail with the reason, which the officer must see."""
        try:
            return self.printer_config().target.kind is not ConnectorKind.PREVIEW
        except PrinterError:
            return True

    def printer_status(self, uri: str | None = None) -> PrinterStatus:
        """Asks the printer (the configured one, or ``uri``) how it is. Blocks for up to a few seconds:
        call it from a background task, never the GUI thread."""
        config = self.printer_config()
        if uri is not None:
            config = PrinterConfig(uri=uri, width_dots=config.width_dots, profile=config.profile)
        try:
            return query_status(config)
        except PrinterError as exc:
            raise KnownError(f"printer_{exc.code.value}", exc.detail) from exc

    def spooler_queues(self) -> list[str]:
        """Printer URIs of the operating system's spooler queues (``cups://Q`` / ``win32://P``), for the
        settings dialog. Asks the spooler: call it from a background task. Empty when there is none."""
        from printing import spoolers

        kind = "win32" if sys.platform == "win32" else "cups"
        try:
            names = spoolers.list_queues(kind)
        except PrinterError as exc:
            log.info("no spooler queues to list: %s", exc.code.value)
            return []
        return [f"{kind}://{quote(name, safe='')}" for name in names]

    def available_profiles(self) -> list[tuple[str, int | None]]:
        """Printer capability profiles (name, dots across) for the settings dialog."""
        return available_profiles()

    def check_printer(self, uri: str, width_dots: int, profile: str = "") -> PrinterConfig:
        """A printer configuration, checked (``KnownError("printer_bad_uri" | "printer_profile_unknown" |
        "printer_profile_too_narrow")``)."""
        config = PrinterConfig(uri=uri.strip() or "preview:", width_dots=width_dots, profile=profile.strip())
        try:
            check_config(config)
        except PrinterError as exc:
            raise KnownError(f"printer_{exc.code.value}", exc.detail) from exc
        return config

    def save_printer(self, user: CurrentUser, uri: str, width_dots: int, profile: str = "") -> Changes:
        """Stores the receipt printer in settings (administrators and supervisors; audited)."""
        require(
            self._ctx,
            self._audit,
            user,
            Permission.MANAGE_STATION,
            Permission.MANAGE_QUEUE,
            action="save_printer",
        )
        config = self.check_printer(uri, width_dots, profile)
        settings = self._ctx.settings
        settings.printer_uri, settings.printer_width_dots = config.uri, config.width_dots
        settings.printer_profile = config.profile
        self._ctx.save_settings()
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            kind = config.target.kind.value  # the URI itself may name a host; the log keeps only its kind
            detail = {"kind": kind, "width_dots": config.width_dots, "profile": config.profile}
            self._audit.append(session, user.username, "settings.printer", "printer", detail, now)
        self.wake()  # waiting jobs may print on the new printer now
        return Changes(print_jobs=True)

    def print_test_page(self, uri: str, width_dots: int, profile: str = "") -> PrinterStatus:
        """Prints the test page (Thai torture line, width ruler, QR) on a printer not yet saved. Blocks for a
        few seconds at most: run it from a background task."""
        config = self.check_printer(uri, width_dots, profile)
        doc = printer_test_page(config.width_dots, config.uri, config.profile_name)
        try:
            return send(config, encode_document(doc, config))
        except PrinterError as exc:
            raise KnownError(f"printer_{exc.code.value}", exc.detail) from exc

    # ------------------------------------------------------------------ writes
    def enqueue(
        self,
        user: CurrentUser,
        record_id: str,
        copy: ReceiptCopy | str = ReceiptCopy.CITIZEN,
        reprint: bool = False,
    ) -> Changes:
        """Queues a receipt of a record. A reprint is audited now, when it is asked for."""
        require(self._ctx, self._audit, user, Permission.PRINT_RECEIPT, action="enqueue")
        copy = ReceiptCopy(copy)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            rec = session.scalars(select(Record).where(Record.id == record_id)).first()
            if rec is None:
                raise KnownError("record_not_found")
            job = PrintJob(
                record_id=record_id,
                copy=copy.value,
                reprint=reprint,
                state=PrintJobState.PENDING.value,
                requested_by=user.username,
                created_at=now,
                updated_at=now,
                next_attempt_at=now,
                attempts=0,
                printed_at=None,
                printer_uri="",
                last_error="",
                last_status="",
                bytes_sent=0,
            )
            session.add(job)
            session.flush()
            if reprint:
                self._audit.append(
                    session,
                    user.username,
                    "receipt.reprint",
                    record_id,
                    {"job": job.id, "copy": copy.value, "tracking_code": rec.tracking_code},
                    now,
                )
            job_id = job.id
        log.info("print job %d queued for record %s (reprint=%s)", job_id, record_id, reprint)
        self.wake()
        return Changes(print_jobs=True, records=reprint, record_ids=(record_id,))

    def cancel(self, user: CurrentUser, job_id: int) -> Changes:
        """Gives up on a job that has not printed yet."""
        require(self._ctx, self._audit, user, Permission.PRINT_RECEIPT, action="cancel")
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                raise KnownError("print_job_not_found")
            if job.state != PrintJobState.PENDING.value:
                raise KnownError("print_job_not_pending", job.state)
            job.state = PrintJobState.CANCELLED.value
            job.updated_at = now
            self._audit.append(session, user.username, "receipt.cancel", job.record_id, {"job": job_id}, now)
            record_id = job.record_id
        self._notify(PrintJobEvent(job_id, record_id, PrintJobState.CANCELLED))
        return Changes(print_jobs=True)

    def retry_now(self, job_id: int) -> Changes:
        """Makes a waiting job due at once (the officer fixed the printer and pressed retry)."""
        with self._ctx.db.session() as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                raise KnownError("print_job_not_found")
            if job.state == PrintJobState.PENDING.value:
                job.next_attempt_at = self._ctx.clock()
        self.wake()
        return Changes(print_jobs=True)

    # ------------------------------------------------------------------ reads
    def jobs(
        self, state: PrintJobState | None = None, record_id: str | None = None, limit: int = 200
    ) -> list[PrintJobInfo]:
        """Jobs, newest first, optionally of one state or one record."""
        stmt = select(PrintJob, Record.tracking_code).join(Record, Record.id == PrintJob.record_id)
        if state is not None:
            stmt = stmt.where(PrintJob.state == PrintJobState(state).value)
        if record_id is not None:
            stmt = stmt.where(PrintJob.record_id == record_id)
        stmt = stmt.order_by(PrintJob.id.desc()).limit(max(1, min(limit, 1000)))
        with self._ctx.db.read_session() as session:
            return [_info(job, code) for job, code in session.execute(stmt)]

    def job(self, job_id: int) -> PrintJobInfo:
        """One job (``KnownError("print_job_not_found")``)."""
        with self._ctx.db.read_session() as session:
            row = session.execute(
                select(PrintJob, Record.tracking_code)
                .join(Record, Record.id == PrintJob.record_id)
                .where(PrintJob.id == job_id)
            ).first()
            if row is None:
                raise KnownError("print_job_not_found")
            return _info(row[0], row[1])

    # ------------------------------------------------------------------ running jobs
    def recover_interrupted(self) -> int:
        """Jobs left ``printing`` by a crash go back to ``pending`` (a receipt printed twice beats none)."""
        with self._ctx.db.session() as session:
            stuck = list(
                session.scalars(select(PrintJob).where(PrintJob.state == PrintJobState.PRINTING.value))
            )
            for job in stuck:
                job.state = PrintJobState.PENDING.value
        return len(stuck)

    def _claim(self) -> PrintJob | None:
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            job = session.scalars(
                select(PrintJob)
                .where(PrintJob.state == PrintJobState.PENDING.value, PrintJob.next_attempt_at <= now)
                .order_by(PrintJob.id)
                .limit(1)
            ).first()
            if job is None:
                return None
            job.state = PrintJobState.PRINTING.value
            job.attempts += 1
            job.updated_at = now
            session.flush()
            session.expunge(job)
            return job

    def next_due_in(self) -> float | None:
        """Seconds until the earliest pending job is due (0 when one is due now), None when none waits."""
        with self._ctx.db.read_session() as session:
            due = session.scalars(
                select(PrintJob.next_attempt_at)
                .where(PrintJob.state == PrintJobState.PENDING.value)
                .order_by(PrintJob.next_attempt_at)
                .limit(1)
            ).first()
        if due is None:
            return None
        return max(0.0, (due - self._ctx.clock()).total_seconds())

    def run_due(self) -> list[PrintJobEvent]:
        """Runs every job that is due now, oldest first, and returns what happened (the worker's step)."""
        events: list[PrintJobEvent] = []
        config = self.printer_config()
        while (job := self._claim()) is not None:
            self._notify(PrintJobEvent(job.id, job.record_id, PrintJobState.PRINTING))
            event = self._run(job, config)
            events.append(event)
            self._notify(event)
            if event.state is PrintJobState.PENDING:
                break  # the printer failed: later jobs would fail the same way; wait for the back-off
        return events

    def _run(self, job: PrintJob, config: PrinterConfig) -> PrintJobEvent:
        try:
            doc = self._receipts.document(job.record_id, ReceiptCopy(job.copy), job.reprint)
            if config.target.kind is ConnectorKind.PREVIEW:
                return self._finish(job, config, PrintJobState.PREVIEW, PrinterStatus.NOT_SUPPORTED, 0)
            payload = encode_document(doc, config)
            status = send(config, payload)
        except PrinterError as exc:
            log.warning("print job %d failed: %s", job.id, exc.code.value)
            return self._fail(job, config, exc.code.value)
        except Exception:
            # A bug, not the printer: keep the traceback in the log, keep the job, tell the officer.
            log.exception("print job %d failed on an internal error", job.id)
            return self._fail(job, config, INTERNAL_ERROR)
        return self._finish(job, config, PrintJobState.PRINTED, status, len(payload))

    def _finish(
        self, job: PrintJob, config: PrinterConfig, state: PrintJobState, status: PrinterStatus, sent: int
    ) -> PrintJobEvent:
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            row = session.get(PrintJob, job.id)
            assert row is not None
            row.state = state.value
            row.updated_at = now
            row.printer_uri = config.uri
            row.last_error = ""
            row.last_status = status.value
            row.bytes_sent = sent
            if state is PrintJobState.PRINTED:
                row.printed_at = now
                rec = session.scalars(select(Record).where(Record.id == job.record_id)).first()
                if rec is not None and rec.receipt_printed_at is None:
                    rec.receipt_printed_at = now  # from now on the record is amended only by new versions
                self._audit.append(
                    session,
                    job.requested_by,
                    "receipt.printed",
                    job.record_id,
                    {"job": job.id, "copy": job.copy, "reprint": job.reprint},
                    now,
                )
        log.info("print job %d %s (%d bytes)", job.id, state.value, sent)
        return PrintJobEvent(job.id, job.record_id, state, "", status.value)

    def _fail(self, job: PrintJob, config: PrinterConfig, error: str) -> PrintJobEvent:
        now = self._ctx.clock()
        status = _STATUS_OF_ERROR.get(error, "")
        with self._ctx.db.session() as session:
            row = session.get(PrintJob, job.id)
            assert row is not None
            row.state = PrintJobState.PENDING.value
            row.updated_at = now
            row.printer_uri = config.uri
            row.last_error = error
            row.last_status = status
            row.next_attempt_at = now + self.backoff.delay(row.attempts)
        return PrintJobEvent(job.id, job.record_id, PrintJobState.PENDING, error, status)

    # ------------------------------------------------------------------ worker
    def add_listener(self, on_change: OnChange) -> None:
        """Calls ``on_change`` with every job change, from whichever thread made it (the worker's, mostly):
        a Qt receiver must forward it through a signal to reach the GUI thread."""
        if on_change not in self._listeners:
            self._listeners.append(on_change)

    def remove_listener(self, on_change: OnChange) -> None:
        """Stops calling ``on_change``."""
        if on_change in self._listeners:
            self._listeners.remove(on_change)

    def start_worker(self, on_change: OnChange | None = None) -> PrintWorker:
        """Starts the background worker (call from the GUI thread: fonts are registered there first)."""
        if on_change is not None:
            self.add_listener(on_change)
        if self._worker is not None and self._worker.is_alive():
            return self._worker
        ensure_fonts()
        self.recover_interrupted()
        self._worker = PrintWorker(self)
        self._worker.start()
        return self._worker

    def stop_worker(self, timeout: float = 10.0) -> None:
        """Stops the worker after the job it is sending, if any."""
        if self._worker is not None:
            self._worker.stop(timeout)
            self._worker = None

    def wake(self) -> None:
        """Tells the worker to look for due jobs now."""
        if self._worker is not None:
            self._worker.wake()

    def _notify(self, event: PrintJobEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("print job listener failed")


_STATUS_OF_ERROR = {
    PrinterErrorCode.PAPER_OUT.value: PrinterStatus.PAPER_OUT.value,
    PrinterErrorCode.COVER_OPEN.value: PrinterStatus.COVER_OPEN.value,
    PrinterErrorCode.OFFLINE.value: PrinterStatus.OFFLINE.value,
    PrinterErrorCode.SPOOLER_PAUSED.value: PrinterStatus.OFFLINE.value,
    PrinterErrorCode.UNREACHABLE.value: PrinterStatus.UNREACHABLE.value,
}


def _info(job: PrintJob, tracking_code: str) -> PrintJobInfo:
    return PrintJobInfo(
        job_id=job.id,
        record_id=job.record_id,
        tracking_code=tracking_code,
        copy=ReceiptCopy(job.copy),
        reprint=job.reprint,
        state=PrintJobState(job.state),
        attempts=job.attempts,
        created_at=job.created_at,
        next_attempt_at=job.next_attempt_at,
        printed_at=job.printed_at,
        last_error=job.last_error,
        last_status=job.last_status,
        printer_uri=job.printer_uri,
    )


class PrintWorker(threading.Thread):
    """Runs due print jobs in the background; sleeps until the next one is due or it is woken."""

    IDLE_POLL_S = 30.0
    """Longest sleep with nothing due: a job written by another process (the CLI) is noticed this fast."""

    def __init__(self, service: PrintJobService) -> None:
        super().__init__(name="psc-print-worker", daemon=True)
        self.service = service
        self._wake = threading.Event()
        self._stopping = threading.Event()

    def wake(self) -> None:
        """Look for due jobs now."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Asks the thread to finish and waits for it."""
        self._stopping.set()
        self._wake.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)

    def run(self) -> None:
        """The loop: run what is due, then sleep until the next due time, a wake-up, or stop."""
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self.service.run_due()
                wait = self.service.next_due_in()
            except Exception:
                # The database went away (closing the app) or a bug: log it and keep the thread alive.
                log.exception("print worker step failed")
                wait = self.IDLE_POLL_S
            self._wake.wait(self.IDLE_POLL_S if wait is None else min(wait, self.IDLE_POLL_S))
