"""Print jobs: registration never waits for the printer; jobs wait, retry and print when it comes back;
reprints carry the mark and an audit event; a record keeps its one tracking code."""

from __future__ import annotations

import queue
from datetime import timedelta

from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.services import Services
from app.services.print_jobs import Backoff, PrintJobEvent, PrintJobState
from app.services.types import CurrentUser, SaveResult
from app.storage.models import AuditEvent, Record
from printing.escpos_out import PrinterStatus
from printing.raster import render_receipt, to_rows
from printing.receipt import REPRINT_MARK, ReceiptCopy
from tests.printing.conftest import complaint_payload
from tests.printing.escpos_decode import parse, raster_rows
from tests.printing.fake_printer import FakeTcpPrinter


def use_printer(services: Services, printer: FakeTcpPrinter, width: int = 384) -> None:
    services.ctx.settings.printer_uri = printer.uri
    services.ctx.settings.printer_width_dots = width


def audit_actions(services: Services, record_id: str) -> list[str]:
    with services.ctx.db.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent.action).where(AuditEvent.target == record_id).order_by(AuditEvent.seq)
            )
        )


def test_printer_down_complaint_saves_job_waits_then_prints_when_printer_returns(
    services: Services, officer: CurrentUser, printer: FakeTcpPrinter, clock: FixedClock
) -> None:
    printer.stop()
    use_printer(services, printer)
    jobs = services.print_jobs
    saved = services.complaints.register(officer, complaint_payload(services))
    changes = jobs.enqueue(officer, saved.record_id)
    assert changes.print_jobs
    assert services.records.detail(saved.record_id).tracking_code == saved.tracking_code  # saved at once
    (job,) = jobs.jobs()
    assert (job.state, job.attempts) == (PrintJobState.PENDING, 0)

    (event,) = jobs.run_due()
    assert (event.state, event.error, event.status) == (PrintJobState.PENDING, "unreachable", "unreachable")
    job = jobs.job(job.job_id)
    assert job.attempts == 1 and job.next_attempt_at > clock()
    assert not services.records.detail(saved.record_id).receipt_printed

    printer.start()
    assert jobs.run_due() == []  # still backing off: nothing is sent before the retry time
    clock.advance(timedelta(seconds=3))
    (event,) = jobs.run_due()
    assert event.state is PrintJobState.PRINTED
    (stream,) = printer.wait_for_jobs(1)
    doc = services.receipts.document(saved.record_id)
    assert raster_rows(parse(stream)) == to_rows(render_receipt(doc, 384))
    assert services.records.detail(saved.record_id).receipt_printed
    assert "receipt.printed" in audit_actions(services, saved.record_id)


def test_paper_out_is_shown_and_the_job_prints_after_the_roll_is_changed(
    services: Services, saved: SaveResult, officer: CurrentUser, printer: FakeTcpPrinter, clock: FixedClock
) -> None:
    use_printer(services, printer)
    printer.paper_out = True
    jobs = services.print_jobs
    jobs.enqueue(officer, saved.record_id)
    (event,) = jobs.run_due()
    assert (event.error, event.status) == ("paper_out", "paper_out")
    assert jobs.jobs(state=PrintJobState.PENDING)[0].last_status == PrinterStatus.PAPER_OUT.value
    assert printer.jobs() == []
    printer.paper_out = False
    jobs.retry_now(event.job_id)  # the officer pressed "retry" after changing the roll
    (event,) = jobs.run_due()
    assert event.state is PrintJobState.PRINTED
    assert len(printer.wait_for_jobs(1)) == 1


def test_reprint_has_the_mark_an_audit_event_and_the_same_tracking_code(
    services: Services, saved: SaveResult, officer: CurrentUser, printer: FakeTcpPrinter
) -> None:
    use_printer(services, printer, width=576)
    jobs = services.print_jobs
    jobs.enqueue(officer, saved.record_id)
    jobs.run_due()
    jobs.enqueue(officer, saved.record_id, ReceiptCopy.CITIZEN, reprint=True)
    assert audit_actions(services, saved.record_id).count("receipt.reprint") == 1
    (event,) = jobs.run_due()
    assert event.state is PrintJobState.PRINTED
    first, second = printer.wait_for_jobs(2)
    reprint_doc = services.receipts.document(saved.record_id, reprint=True)
    assert REPRINT_MARK in reprint_doc.texts()
    assert raster_rows(parse(second)) == to_rows(render_receipt(reprint_doc, 576))
    assert raster_rows(parse(first)) != raster_rows(parse(second))
    with services.ctx.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Record)) == 1
        assert session.scalar(select(Record.tracking_code)) == saved.tracking_code
    assert [j.reprint for j in jobs.jobs(record_id=saved.record_id)] == [True, False]


def test_worker_thread_prints_in_the_background_and_reports_every_change(
    services: Services, officer: CurrentUser, printer: FakeTcpPrinter, clock: FixedClock
) -> None:
    printer.stop()
    use_printer(services, printer)
    jobs = services.print_jobs
    jobs.backoff = Backoff(base_s=1.0, cap_s=1.0)
    events: queue.Queue[PrintJobEvent] = queue.Queue()
    jobs.start_worker(events.put)
    try:
        saved = services.complaints.register(officer, complaint_payload(services))
        jobs.enqueue(officer, saved.record_id)
        seen = [events.get(timeout=10), events.get(timeout=10)]
        assert [e.state for e in seen] == [PrintJobState.PRINTING, PrintJobState.PENDING]
        assert seen[1].error == "unreachable"
        printer.start()
        clock.advance(timedelta(seconds=2))  # the back-off has passed
        jobs.wake()
        seen = [events.get(timeout=10), events.get(timeout=10)]
        assert [e.state for e in seen] == [PrintJobState.PRINTING, PrintJobState.PRINTED]
    finally:
        jobs.stop_worker()
    assert len(printer.wait_for_jobs(1)) == 1


def test_preview_printer_shows_on_screen_only(
    services: Services, saved: SaveResult, officer: CurrentUser
) -> None:
    services.ctx.settings.printer_uri = "preview:"
    services.print_jobs.enqueue(officer, saved.record_id)
    (event,) = services.print_jobs.run_due()
    assert event.state is PrintJobState.PREVIEW
    assert not services.records.detail(saved.record_id).receipt_printed


def test_interrupted_job_is_sent_again_after_a_restart(
    services: Services, saved: SaveResult, officer: CurrentUser, printer: FakeTcpPrinter
) -> None:
    use_printer(services, printer)
    jobs = services.print_jobs
    jobs.enqueue(officer, saved.record_id)
    claimed = jobs._claim()  # the worker took it, then the process died before sending
    assert claimed is not None
    assert jobs.run_due() == []
    assert jobs.recover_interrupted() == 1
    (event,) = jobs.run_due()
    assert event.state is PrintJobState.PRINTED


def test_cancelled_job_never_prints(
    services: Services, saved: SaveResult, officer: CurrentUser, printer: FakeTcpPrinter
) -> None:
    printer.stop()
    use_printer(services, printer)
    jobs = services.print_jobs
    jobs.enqueue(officer, saved.record_id)
    (event,) = jobs.run_due()
    jobs.cancel(officer, event.job_id)
    printer.start()
    jobs.retry_now(event.job_id)
    assert jobs.run_due() == []
    assert jobs.job(event.job_id).state is PrintJobState.CANCELLED
    assert "receipt.cancel" in audit_actions(services, saved.record_id)
