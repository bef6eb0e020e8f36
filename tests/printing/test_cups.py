"""cups:// receipts through a real, isolated CUPS scheduler whose raw queue feeds the socket printer.

What an officer would notice: the receipt that comes out through the spooler is the same paper as one sent
straight to the printer, the settings dialog offers the spooler's queues, and a paused queue never swallows
a receipt — it waits in our print queue (visible, retried) and prints once the queue is resumed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import zxingcpp
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services import Services
from app.services.print_jobs import PrintJobState
from app.services.types import CurrentUser, SaveResult
from printing.escpos_out import PrinterConfig, encode_document, send
from printing.printer_errors import PrinterError, PrinterErrorCode
from tests.printing.cups_server import IsolatedCups, missing
from tests.printing.escpos_decode import parse, raster_rows
from tests.printing.fake_printer import FakeTcpPrinter
from tests.printing.test_escpos_out import FAST, decoded_image, tracking_url
from ui.env import UiEnv
from ui.ops import Ops

pytestmark = pytest.mark.skipif(bool(missing()), reason=missing() or "cups available")

QUEUE = "PSC-Receipt"


@pytest.fixture(scope="module")
def cupsd() -> Iterator[IsolatedCups]:
    """One isolated scheduler for this module (starting one takes ~0.5 s)."""
    server = IsolatedCups()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def spooled(cupsd: IsolatedCups, printer: FakeTcpPrinter, monkeypatch: pytest.MonkeyPatch) -> str:
    """A raw queue named QUEUE whose device is the socket printer; clients pointed at the scheduler."""
    import cups

    monkeypatch.setenv("CUPS_SERVER", cupsd.server)
    cups.setServer(cupsd.server)
    cupsd.add_raw_queue(QUEUE, f"socket://127.0.0.1:{printer.port}")
    return f"cups://{QUEUE}"


def test_receipt_through_cups_is_pixel_for_pixel_the_direct_tcp_print_and_queues_are_listed(
    services: Services, saved: SaveResult, printer: FakeTcpPrinter, spooled: str
) -> None:
    assert spooled in services.print_jobs.spooler_queues()  # what the printer settings dialog offers

    doc = services.receipts.document(saved.record_id)
    direct = PrinterConfig(uri=printer.uri, width_dots=576)
    send(direct, encode_document(doc, direct), **FAST)
    (direct_job,) = printer.wait_for_jobs(1)

    through_cups = PrinterConfig(uri=spooled, width_dots=576)
    send(through_cups, encode_document(doc, through_cups))
    spooled_job = printer.wait_for_jobs(2)[1]

    # The direct connection also asked for status (DLE EOT); the spooler cannot: compare the paper.
    direct_rows, spooled_rows = raster_rows(parse(direct_job)), raster_rows(parse(spooled_job))
    assert spooled_rows and spooled_rows == direct_rows, "the spooler changed the receipt"
    found = [r.text for r in zxingcpp.read_barcodes(decoded_image(parse(spooled_job)))]
    assert found == [tracking_url(services.ctx.settings.tracking_base_url, saved)]


def test_paused_queue_keeps_the_job_in_our_queue_until_it_resumes(
    services: Services,
    saved: SaveResult,
    officer: CurrentUser,
    printer: FakeTcpPrinter,
    cupsd: IsolatedCups,
    spooled: str,
    clock: FixedClock,
) -> None:
    services.ctx.settings.printer_uri = spooled
    services.ctx.settings.printer_width_dots = 384
    jobs = services.print_jobs
    cupsd.pause(QUEUE)
    jobs.enqueue(officer, saved.record_id)

    (event,) = jobs.run_due()
    assert (event.state, event.error) == (PrintJobState.PENDING, "spooler_paused")
    (job,) = jobs.jobs()
    assert job.state is PrintJobState.PENDING and job.attempts == 1  # the officer sees it waiting
    assert printer.jobs() == []

    cupsd.resume(QUEUE)
    clock.advance(timedelta(seconds=3))
    (event,) = jobs.run_due()
    assert event.state is PrintJobState.PRINTED
    (stream,) = printer.wait_for_jobs(1)
    assert raster_rows(parse(stream)) == raster_rows(
        parse(
            encode_document(
                services.receipts.document(saved.record_id), PrinterConfig(uri=spooled, width_dots=384)
            )
        )
    )


def test_rejecting_queue_refuses_before_anything_is_submitted(
    services: Services, saved: SaveResult, printer: FakeTcpPrinter, cupsd: IsolatedCups, spooled: str
) -> None:
    config = PrinterConfig(uri=spooled, width_dots=384)
    cupsd.reject(QUEUE)
    try:
        with pytest.raises(PrinterError) as refused:
            send(config, encode_document(services.receipts.document(saved.record_id), config))
    finally:
        cupsd.accept(QUEUE)
    assert refused.value.code is PrinterErrorCode.SPOOLER_PAUSED
    assert printer.jobs() == []


def test_win32_printer_says_not_available_off_windows() -> None:
    with pytest.raises(PrinterError) as err:
        send(PrinterConfig(uri="win32://EPSON TM-T82"), b"\x1b@")
    assert err.value.code is PrinterErrorCode.NOT_AVAILABLE


def test_printer_settings_dialog_offers_the_cups_queues(
    qtbot: QtBot, services: Services, ops: Ops, supervisor: CurrentUser, spooled: str
) -> None:
    from ui.admin.printer_settings import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(UiEnv(services=services, ops=ops, user=supervisor))
    qtbot.addWidget(dialog)
    typed = dialog.uri()
    qtbot.waitUntil(
        lambda: dialog.uri_combo.findText(spooled) >= 0, timeout=10_000
    )  # asked off the GUI thread
    assert dialog.uri() == typed  # what was configured stays selected
