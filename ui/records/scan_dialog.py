"""Scanning paper documents into a record: scanner, colour mode, resolution and page count; progress and
cancel. The pages become one PDF attachment (``services.scans``).

The scan runs on the read pool (it takes seconds to minutes and must not hold up saves on the writer);
storing the PDF is a write. Progress comes from ``scanimage`` on that worker and reaches the dialog as a
queued signal. Cancel ends the running ``scanimage``: nothing is stored.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.devices import ScannedDocument, ScannedPdf, ScannerInfo, ScannerOptions, ScanRequest
from app.services.types import CurrentUser
from ui.messages import QT_TRANSLATE_NOOP, error_text
from ui.ops import Ops, on_known_error

MAX_PAGES = 50
MODE_TEXT = {
    "Color": QT_TRANSLATE_NOOP("ScanDialog", "สี"),
    "Gray": QT_TRANSLATE_NOOP("ScanDialog", "ขาวดำ (ระดับเทา)"),
    "Lineart": QT_TRANSLATE_NOOP("ScanDialog", "ขาวดำ (ตัวอักษร)"),
}
"""SANE's standard mode names in the officer's words; other names are shown as the driver gives them."""


class ScanDialog(QDialog):
    """Scan pages into one PDF attachment."""

    attached = Signal(object)
    """A ``ScannedDocument`` once the PDF is stored."""
    scan_ended = Signal(str)
    """The Thai message shown when a scan ends without a document (cancelled, failed)."""
    _progress = Signal(int, float)

    def __init__(self, ops: Ops, scans: Any, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_dialog")
        self.setWindowTitle(self.tr("สแกนเอกสารแนบ"))
        self._ops = ops
        self._scans = scans
        self._user = user
        self._cancel: threading.Event | None = None
        settings = scans.settings
        self._default_mode = str(settings.scan_mode)
        self._default_resolution = int(settings.scan_resolution)
        self._default_device = str(settings.scanner_device)

        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.device = QComboBox(self)
        self.device.setObjectName("scan_device")
        self.device.currentIndexChanged.connect(self._device_changed)
        form.addRow(self.tr("เครื่องสแกน"), self.device)
        self.mode = QComboBox(self)
        self.mode.setObjectName("scan_mode")
        form.addRow(self.tr("โหมดสี"), self.mode)
        self.resolution = QComboBox(self)
        self.resolution.setObjectName("scan_resolution")
        form.addRow(self.tr("ความละเอียด"), self.resolution)
        self.pages = QSpinBox(self)
        self.pages.setObjectName("scan_pages")
        self.pages.setRange(1, MAX_PAGES)
        self.pages.setSuffix(self.tr(" หน้า"))
        form.addRow(self.tr("จำนวนหน้า"), self.pages)
        lay.addLayout(form)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("scan_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        lay.addWidget(self.progress)
        self.status = QLabel(self.tr("กำลังค้นหาเครื่องสแกน…"), self)
        self.status.setObjectName("scan_status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("เริ่มสแกน"), self)
        self.scan_button.setObjectName("scan_start")
        self.scan_button.setDefault(True)
        self.scan_button.setEnabled(False)
        self.scan_button.clicked.connect(self.start_scan)
        self.cancel_button = QPushButton(self.tr("ยกเลิก"), self)
        self.cancel_button.setObjectName("scan_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self.setMinimumWidth(460)

        self._progress.connect(self._show_progress)
        self._ops.run_read(self._scans.scanners, self._scanners_arrived, self._failed, owner=self)

    # ------------------------------------------------------------------ devices
    def _scanners_arrived(self, found: list[ScannerInfo]) -> None:
        self.device.clear()
        for info in found:
            self.device.addItem(f"{info.description} — {info.device}", info.device)
        if not found:
            self.status.setText(error_text("no_scanner"))
            return
        index = self.device.findData(self._default_device)
        self.device.setCurrentIndex(max(index, 0))
        self._device_changed()

    def _device_changed(self, *_: object) -> None:
        device = self.device.currentData()
        if not device:
            return
        scans = self._scans
        self._ops.run_read(lambda: scans.options(device), self._options_arrived, self._failed, owner=self)

    def _options_arrived(self, options: ScannerOptions) -> None:
        self.mode.clear()
        for mode in options.modes:
            text = QCoreApplication.translate("ScanDialog", MODE_TEXT[mode]) if mode in MODE_TEXT else mode
            self.mode.addItem(text, mode)
        self.mode.setCurrentIndex(max(self.mode.findData(self._default_mode), 0))
        self.resolution.clear()
        for dpi in options.resolutions:
            self.resolution.addItem(f"{dpi} dpi", dpi)
        self.resolution.setCurrentIndex(max(self.resolution.findData(self._default_resolution), 0))
        self.status.setText(self.tr("วางเอกสารในเครื่องสแกนแล้วกด เริ่มสแกน"))
        self.scan_button.setEnabled(True)

    # ------------------------------------------------------------------ scanning
    @property
    def scanning(self) -> bool:
        """Whether a scan is running."""
        return self._cancel is not None

    def start_scan(self) -> None:
        """Starts scanning the chosen number of pages."""
        if self.scanning or not self.device.currentData():
            return
        request = ScanRequest(
            device=str(self.device.currentData()),
            pages=self.pages.value(),
            resolution=int(self.resolution.currentData() or self._default_resolution),
            mode=str(self.mode.currentData() or self._default_mode),
        )
        cancel = threading.Event()
        self._cancel = cancel
        self._set_busy(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("กำลังสแกนหน้า 1 จาก %1…").replace("%1", str(request.pages)))
        scans, user, emit = self._scans, self._user, self._progress.emit
        self._ops.run_read(
            lambda: scans.scan_pdf(user, request, cancel, emit),
            self._scanned,
            self._failed,
            owner=self,
        )

    def _show_progress(self, page: int, percent: float) -> None:
        if not self.scanning:
            return
        total = self.pages.value()
        self.progress.setValue(int(((page - 1) + percent / 100) / total * 100))
        self.status.setText(
            self.tr("กำลังสแกนหน้า %1 จาก %2…").replace("%1", str(page)).replace("%2", str(total))
        )

    def cancel(self) -> None:
        """Cancels a running scan (nothing is stored), or closes the dialog when none runs."""
        if self._cancel is None:
            self.reject()
            return
        self._cancel.set()
        self.status.setText(self.tr("กำลังยกเลิก…"))

    def _scanned(self, scan: ScannedPdf) -> None:
        if self._cancel is not None and self._cancel.is_set():
            self._ended(error_text("scan_cancelled"))  # cancelled as the last page finished: drop it
            return
        self.status.setText(self.tr("กำลังบันทึกเอกสาร…"))
        scans, user = self._scans, self._user
        self._ops.run_write(lambda: scans.store(user, scan), self._stored, self._failed, owner=self)

    def _stored(self, doc: ScannedDocument) -> None:
        self._cancel = None
        self._set_busy(False)
        self.progress.setValue(100)
        self.status.setText(self.tr("แนบเอกสารที่สแกนแล้ว %1 หน้า").replace("%1", str(doc.pages)))
        self.attached.emit(doc)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        on_known_error(self._ended)(exc)

    def _ended(self, text: str) -> None:
        self._cancel = None
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(text)
        self.scan_ended.emit(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.device, self.mode, self.resolution, self.pages, self.scan_button):
            widget.setEnabled(not busy)
        self.cancel_button.setText(self.tr("หยุดสแกน") if busy else self.tr("ยกเลิก"))

    def reject(self) -> None:
        """Escape or closing the window also cancels a running scan."""
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("กำลังยกเลิก…"))
            return
        super().reject()
