"""Barcode and QR scanners that type (keyboard wedge): told apart from a person by their speed.

A wedge scanner sends a code as key presses a few milliseconds apart and ends it with Enter; a person,
even a fast typist, leaves 60 ms or more between keys. :class:`WedgeScanner` is an application-wide event
filter: it collects printable keys that come within ``max_gap_ms`` of each other, and when Enter follows
such a burst of at least ``min_length`` characters that reads as a receipt (QR address or tracking code), it
takes the burst as a scan. The characters already went into the focused line edit, so they are taken back
out, and the Enter is kept from moving the form on; then the scan is announced. Into the records search box
a scan stays and searches (a receipt's address is replaced by its tracking code). Bursts that are no
receipt (another barcode), typing in password fields and in other windows (the lock screen, dialogs) are
left alone. Typing the same characters slowly is just typing.

:class:`ScanRouter` opens the record a receipt names (a QR code's ``{base}{code}?t={token}`` or a bare
tracking code) or says it is not on this counter.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.domain.scan_codes import parse_scanned
from app.domain.tracking import format_tracking_code
from app.services.types import RecordDetail
from ui.ops import Ops

log = logging.getLogger("psc.ui")

SEARCH_BOXES = frozenset({"records_search"})
"""Object names of the line edits where a scan searches instead of opening the record."""
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WedgeScanner(QObject):
    """Tells scanner bursts from typing by the time between keys."""

    scanned = Signal(str)
    """The text of a scan made outside a search box."""
    searched = Signal(str)
    """The text put into a search box by a scan."""

    def __init__(
        self,
        max_gap_ms: int,
        min_length: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        *,
        scope: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scope = scope  # only keys typed in this window count (not the lock screen, not dialogs)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.clock = clock
        """Seconds, monotonic; tests set a fake one (STYLE habit 8)."""
        self._burst = ""
        self._last = float("-inf")

    def install(self) -> None:
        """Watches every key press in the application."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        """Stops watching."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Collects fast keys; an Enter after a long enough fast burst is a scan (and is consumed)."""
        # isinstance first: this sees every event of the application, and type() costs ten times more.
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        # WORKAROUND: the QWindow sees a key before its widget, and an ignored key press travels up to the
        # parent widgets; the application filter sees it at each. Count it once: at the focused widget.
        focus = QApplication.focusWidget()
        if not isinstance(watched, QWidget) or (focus is not None and watched is not focus):
            return False
        now = self.clock() * 1000
        fast = now - self._last <= self.max_gap_ms
        if event.key() in _ENTER:
            burst = self._burst if fast else ""
            self._burst, self._last = "", float("-inf")
            return len(burst) >= self.min_length and self._take(watched, burst)
        text = event.text()
        if text and text.isprintable():
            self._burst = self._burst + text if fast else text
            self._last = now
        return False

    def _take(self, widget: QWidget, burst: str) -> bool:
        """Handles a burst; False leaves the Enter (and the typed text) to the widget."""
        focus = QApplication.focusWidget() or widget
        if self._scope is not None and focus.window() is not self._scope.window():
            return False
        if isinstance(focus, QLineEdit) and focus.echoMode() != QLineEdit.EchoMode.Normal:
            return False  # a password is never a scan
        code = parse_scanned(burst)
        typed_here = isinstance(focus, QLineEdit) and focus.text().endswith(burst)
        if typed_here and focus.objectName() in SEARCH_BOXES:
            assert isinstance(focus, QLineEdit)
            kept = focus.text()[: -len(burst)]
            focus.setText(kept + (format_tracking_code(code.tracking_code) if code else burst))
            focus.returnPressed.emit()
            self.searched.emit(burst)
            return True
        if code is None:
            return False  # some other barcode: it stays as typed
        if typed_here:
            assert isinstance(focus, QLineEdit)
            focus.setText(focus.text()[: -len(burst)])
        log.info("receipt scanned (%d characters)", len(burst))  # never the code itself
        self.scanned.emit(burst)
        return True


class ScanRouter(QObject):
    """Opens the record a scanned receipt names, or says it is not on this counter."""

    opened = Signal(object)
    """The ``RecordDetail`` of the record opened."""
    not_found = Signal(str)
    """The Thai message for a code this counter does not hold (or text that is no code)."""

    def __init__(
        self,
        ops: Ops,
        find: Callable[[str], RecordDetail | None],
        show: Callable[[RecordDetail, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._find = find
        self._show = show

    def handle(self, text: str) -> None:
        """Looks the scanned code up in the background and opens the record."""
        code = parse_scanned(text)
        if code is None:
            self.not_found.emit(self.tr("รหัสที่สแกนไม่ใช่เลขที่เรื่องหรือใบรับเรื่องของศูนย์ฯ"))
            return
        find = self._find
        self._ops.run_read(
            lambda: find(code.tracking_code), lambda d: self._found(code.tracking_code, d), owner=self
        )

    def _found(self, tracking_code: str, detail: RecordDetail | None) -> None:
        shown = format_tracking_code(tracking_code)
        if detail is None:
            self.not_found.emit(
                self.tr("ไม่พบเรื่องเลขที่ %1 ในเครื่องนี้ (อาจรับเรื่องที่จุดบริการอื่น)").replace("%1", shown)
            )
            return
        self._show(detail, shown)
        self.opened.emit(detail)
