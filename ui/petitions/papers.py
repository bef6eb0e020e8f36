"""The papers of a petition: the representative's receipt on the thermal printer, the A4 petition record
and the day's situation summary (PDFs written through ``ui.ops`` and opened with the desktop's viewer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.roles import Permission
from app.services.petitions import PetitionRecord, PetitionService
from ui.env import UiEnv
from ui.fields.field import ERROR_STYLE
from ui.messages import petition_error_text
from ui.ops import on_known_error, weak_method


class PapersPanel(QFrame):
    """Buttons for the receipt and the A4 record, and what became of the last one."""

    pdf_ready = Signal(str)
    """Path of a PDF just written (petition record or situation summary)."""

    def __init__(
        self, env: UiEnv, service: PetitionService, today: Callable[[], date], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._env, self._service, self._today = env, service, weak_method(today)
        self._record: PetitionRecord | None = None
        self.open_files = True
        """Open written PDFs with the desktop's viewer (tests switch it off)."""
        self.export_dir = env.services.ctx.home / "exports"
        lay = QVBoxLayout(self)
        self.print_button = QPushButton(self.tr("พิมพ์ใบรับเรื่องให้ผู้แทน (Ctrl+P)"), self)
        self.print_button.setObjectName("print_receipt")
        self.print_button.clicked.connect(self.print_receipt)
        lay.addWidget(self.print_button)
        self.pdf_button = QPushButton(self.tr("บันทึกการรับคำร้อง A4 (Ctrl+Shift+A)"), self)
        self.pdf_button.setObjectName("record_pdf")
        self.pdf_button.clicked.connect(self.record_pdf)
        lay.addWidget(self.pdf_button)
        self.status = QLabel(self)
        self.status.setObjectName("paper_status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.error = QLabel(self)
        self.error.setObjectName("paper_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self._failed = on_known_error(
            self._show_error,
            text=lambda exc: petition_error_text(exc.code),
            os_error=self.tr("บันทึกไฟล์ไม่ได้ กรุณาตรวจสอบพื้นที่ดิสก์"),
        )

    def set_record(self, record: PetitionRecord | None) -> None:
        """The petition the papers are for (``None``: a new one, nothing to print yet)."""
        self._record = record
        self.print_button.setEnabled(record is not None and self._env.user.can(Permission.PRINT_RECEIPT))
        self.pdf_button.setEnabled(record is not None)
        if record is None:
            self.status.setText("")
            self.error.setText("")

    def print_receipt(self) -> None:
        """Queues the representative's receipt for the thermal printer (a reprint after the first)."""
        record = self._record
        jobs = self._env.services.print_jobs
        if record is None or jobs is None or not self._env.user.can(Permission.PRINT_RECEIPT):
            return
        user, record_id, reprint = self._env.user, record.record_id, record.receipt_printed
        self.error.setText("")
        self.status.setText(self.tr("กำลังส่งใบรับเรื่องไปที่เครื่องพิมพ์…"))

        def enqueue() -> Any:
            return jobs.enqueue(user, record_id, copy="citizen", reprint=reprint)

        self._env.ops.run_write(enqueue, self._print_queued, self._failed, owner=self)

    def _print_queued(self, changes: Any) -> None:
        self.status.setText(self.tr("ส่งใบรับเรื่องไปที่เครื่องพิมพ์แล้ว"))
        self._env.bus.announce(changes)

    def record_pdf(self) -> None:
        """Writes the A4 petition record (with signature lines) and opens it."""
        record = self._record
        if record is None:
            return
        service, record_id, user = self._service, record.record_id, self._env.user
        target = self.export_dir / f"petition-{record.tracking_code}-v{record.version}.pdf"
        self.status.setText(self.tr("กำลังสร้างเอกสาร…"))
        self._env.ops.run_read(
            lambda: service.write_record_pdf(user, record_id, target),
            self._pdf_written,
            self._failed,
            owner=self,
        )

    def daily_summary_pdf(self) -> None:
        """Writes the day's situation summary (supervisors) and opens it."""
        day = self._today()
        target = self.export_dir / f"situation-{day.isoformat()}.pdf"
        service, user = self._service, self._env.user
        self._env.ops.run_read(
            lambda: service.write_daily_summary_pdf(user, day, target),
            self._pdf_written,
            self._failed,
            owner=self,
        )

    def _pdf_written(self, path: Path) -> None:
        self.status.setText(self.tr("สร้างเอกสารแล้ว: {path}").format(path=str(path)))
        self.pdf_ready.emit(str(path))
        if self.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _show_error(self, text: str) -> None:
        self.status.setText("")
        self.error.setText(text)
