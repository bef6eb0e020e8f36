"""The printer settings dialog and the status-bar print line, with real services, a real socket printer
and the real background runner (offscreen Qt)."""

from __future__ import annotations

import os

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services import Services
from app.services.types import CurrentUser, SaveResult
from app.storage.models import AuditEvent
from printing.raster import render_receipt, to_rows
from printing.samples import TORTURE_LINE, printer_test_page
from tests.printing.escpos_decode import parse, raster_rows
from tests.printing.fake_printer import FakeTcpPrinter
from ui.admin.printer_settings import PrinterSettingsDialog
from ui.env import UiEnv
from ui.ops import Ops
from ui.status.print_status import PrintStatusWidget


def make_env(services: Services, ops: Ops, user: CurrentUser) -> UiEnv:
    return UiEnv(services=services, ops=ops, user=user)


def test_settings_dialog_checks_prints_a_test_page_and_saves(
    qtbot: QtBot, services: Services, ops: Ops, supervisor: CurrentUser, printer: FakeTcpPrinter
) -> None:
    assert TORTURE_LINE in printer_test_page(384, "x", "y").texts()
    env = make_env(services, ops, supervisor)
    dialog = PrinterSettingsDialog(env)
    qtbot.addWidget(dialog)
    dialog.uri_combo.setCurrentText(printer.uri)
    qtbot.mouseClick(dialog.width_58, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_image is not None and dialog.preview_image.width() == 384)

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "พร้อมพิมพ์" in dialog.status_label.text(), timeout=10_000)

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ส่งหน้าทดสอบแล้ว" in dialog.status_label.text(), timeout=10_000)
    (stream,) = printer.wait_for_jobs(1)
    expected = render_receipt(printer_test_page(384, printer.uri, "POS-5890"), 384)
    rows = raster_rows(parse(stream))
    assert rows == to_rows(expected)
    image = Image.frombytes("L", (384, len(rows)), b"".join(rows))
    assert zxingcpp.read_barcodes(image)

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert (services.ctx.settings.printer_uri, services.ctx.settings.printer_width_dots) == (printer.uri, 384)
    with services.ctx.db.read_session() as session:
        assert "settings.printer" in session.scalars(select(AuditEvent.action)).all()


def test_settings_dialog_explains_a_bad_address_and_officers_cannot_save(
    qtbot: QtBot, services: Services, ops: Ops, officer: CurrentUser
) -> None:
    dialog = PrinterSettingsDialog(make_env(services, ops, officer))
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.uri_combo.setCurrentText("lpt://1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ที่อยู่เครื่องพิมพ์ไม่ถูกต้อง" in dialog.status_label.text(), timeout=10_000)


def test_status_line_shows_why_a_receipt_waits_and_retry_prints_it(
    qtbot: QtBot,
    services: Services,
    ops: Ops,
    officer: CurrentUser,
    saved: SaveResult,
    printer: FakeTcpPrinter,
) -> None:
    printer.paper_out = True
    services.ctx.settings.printer_uri = printer.uri
    env = make_env(services, ops, officer)
    widget = PrintStatusWidget(env)
    qtbot.addWidget(widget)
    jobs = services.print_jobs
    jobs.start_worker(env.bus.print_event.emit)
    try:
        env.bus.announce(jobs.enqueue(officer, saved.record_id))
        qtbot.waitUntil(lambda: "กระดาษหมด" in widget.message_label.text(), timeout=10_000)
        qtbot.waitUntil(lambda: not widget.retry_button.isHidden(), timeout=10_000)
        assert "รอพิมพ์ 1 ใบ" in widget.waiting_label.text()
        printer.paper_out = False
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: widget.message_label.text() == "พิมพ์ใบรับเรื่องแล้ว", timeout=10_000)
        qtbot.waitUntil(lambda: widget.retry_button.isHidden() and not widget.waiting, timeout=10_000)
    finally:
        jobs.stop_worker()
    assert len(printer.wait_for_jobs(1)) == 1


# WORKAROUND: the offscreen platform warns "does not support propagateSizeHints()" whenever a window is
# shown; harmless and not ours.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_dialog_shows_the_test_page_as_it_will_print(
    qtbot: QtBot, services: Services, ops: Ops, supervisor: CurrentUser
) -> None:
    dialog = PrinterSettingsDialog(make_env(services, ops, supervisor))
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.preview_label.pixmap() is not None and not dialog.preview_label.pixmap().isNull()
    )
    assert dialog.preview_image is not None and dialog.preview_image.width() == 576  # the saved 80 mm setting
    assert dialog.preview_label.pixmap().width() == 288  # shown at half size
    out = os.environ.get("PSC_DOCS_SCREENSHOTS")
    if out:  # refreshing docs/printing/printer-settings.png by hand
        dialog.grab().save(f"{out}/printer-settings.png")
