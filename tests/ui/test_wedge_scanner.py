"""A barcode/QR scanner that types (keyboard wedge), in the real main window: scanning a printed receipt's
QR code opens its record; typing the same characters slowly is typing; a code this counter does not hold
is said so; into the search box a scan searches. Key timing comes from a fake clock (no timed asserts)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.scan_codes import keys_to_thai_layout
from app.domain.tracking import format_tracking_code, make_tracking_code
from app.services import Services
from app.services.receipts import tracking_url
from app.services.types import CurrentUser
from tests.ui.helpers import complaint
from tests.ui.thai_typing import type_text
from ui.env import UiEnv
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class KeyClock:
    """The wedge's clock: moves only when the test types."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def send(widget: QLineEdit, text: str, clock: KeyClock, gap_s: float) -> None:
    """Types ``text`` and Enter into ``widget``, ``gap_s`` seconds between keys (a scanner: ~5 ms)."""
    for ch in text:
        clock.now += gap_s
        type_text(widget, ch)
    clock.now += gap_s
    QCoreApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    )


@pytest.fixture
def window(qtbot: QtBot, env: UiEnv) -> MainWindow:
    win = MainWindow(env)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: env.ops.pending == 0, timeout=10_000)
    return win


def test_scanning_a_receipt_qr_opens_the_record_and_slow_typing_does_not(
    qtbot: QtBot, window: MainWindow, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    saved = services.complaints.register(officer, complaint())
    url = tracking_url(env.settings.tracking_base_url, saved.tracking_code, saved.access_token)
    clock = KeyClock()
    window.devices.wedge.clock = clock
    intake = window.page("intake")
    field: QLineEdit = intake.form.given_name  # type: ignore[union-attr]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)

    send(field, url, clock, gap_s=0.15)  # a person typing the address by hand
    assert window.current_page_key() == "intake"
    assert field.text() == url

    field.clear()
    field.setFocus()
    with qtbot.waitSignal(window.devices.router.opened, timeout=10_000) as opened:
        send(field, url, clock, gap_s=0.005)
    assert opened.args[0].record_id == saved.record_id
    assert window.current_page_key() == "records"
    records = window.page("records")
    qtbot.waitUntil(lambda: records.detail.detail is not None, timeout=10_000)  # type: ignore[union-attr]
    assert records.detail.detail.record_id == saved.record_id  # type: ignore[union-attr]
    assert field.text() == ""  # the scanned characters did not stay in the name field
    assert format_tracking_code(saved.tracking_code) in window.statusBar().currentMessage()


def test_a_code_from_another_counter_is_not_here_and_the_search_box_searches(
    qtbot: QtBot, window: MainWindow, services: Services, officer: CurrentUser
) -> None:
    clock = KeyClock()
    window.devices.wedge.clock = clock
    elsewhere = make_tracking_code("999", date(2026, 11, 20), 7)
    field: QLineEdit = window.page("intake").form.subject  # type: ignore[union-attr]
    field.setFocus()
    with qtbot.waitSignal(window.devices.router.not_found, timeout=10_000) as missing:
        send(field, elsewhere, clock, gap_s=0.004)
    shown = format_tracking_code(elsewhere)
    assert missing.args[0] == f"ไม่พบเรื่องเลขที่ {shown} ในเครื่องนี้ (อาจรับเรื่องที่จุดบริการอื่น)"
    assert window.statusBar().currentMessage() == missing.args[0]

    saved = services.complaints.register(officer, complaint())
    window.show_page("records")
    search: QLineEdit = window.page("records").search  # type: ignore[union-attr]
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    with qtbot.waitSignal(window.devices.wedge.searched, timeout=5_000):
        send(search, saved.tracking_code, clock, gap_s=0.004)
    assert search.text() == format_tracking_code(saved.tracking_code)
    assert window.current_page_key() == "records"

    # The same receipt scanned while the Thai keyboard layout is on: the scanner's keys arrive as Thai.
    window.show_page("intake")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    url = tracking_url(window.env.settings.tracking_base_url, saved.tracking_code, saved.access_token)
    with qtbot.waitSignal(window.devices.router.opened, timeout=10_000) as opened:
        send(field, keys_to_thai_layout(url), clock, gap_s=0.004)
    assert opened.args[0].record_id == saved.record_id and field.text() == ""
