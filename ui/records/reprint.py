"""Reprinting a receipt from the records screen: to the printer when there is one, on screen when not.

With a printer the reprint is a print job (audited when asked for); the officer reads what became of it
from the print worker's events for that record, one line at a time. Without one (``preview:`` or no print
service) no job is queued that could only end as "shown on screen": the reprint is noted (audited) and the
receipt copy, marked as a reprint, opens on screen, with one line saying so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.tracking import format_tracking_code
from app.services.print_jobs import PrintJobEvent, PrintJobState
from app.services.types import Changes
from ui.env import UiEnv
from ui.intake.intake_page import print_receipt
from ui.ops import on_known_error
from ui.status.print_status import event_text


class ReceiptImageDialog(QDialog):
    """A receipt copy on screen (the same raster the printer would get), rendered in the background."""

    def __init__(self, env: UiEnv, record_id: str, tracking_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprint_preview")
        self.setWindowTitle(self.tr("ใบรับเรื่อง (สำเนา) %1").replace("%1", format_tracking_code(tracking_code)))
        self.note = QLabel(self.tr("ไม่ได้ตั้งค่าเครื่องพิมพ์ จึงแสดงใบรับเรื่องบนหน้าจอเท่านั้น"), self)
        self.note.setObjectName("reprint_note")
        self.note.setWordWrap(True)
        self.image_label = QLabel(self.tr("กำลังจัดทำใบรับเรื่อง…"), self)
        self.image_label.setObjectName("reprint_image")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image_label)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setStyleSheet("QScrollArea { background: #d9d9d9; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("ปิด"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.image: QImage | None = None
        self.resize(620, 700)
        receipts, width = env.services.receipts, env.settings.printer_width_dots
        if receipts is None:
            self.image_label.setText(self.tr("(ตัวอย่างใบรับเรื่องยังไม่พร้อมใช้งาน)"))
            return

        def render() -> QImage:
            from printing.raster import render_receipt

            return render_receipt(receipts.document(record_id, copy="citizen", reprint=True), width)

        env.ops.run_read(render, self._arrived, on_known_error(self.image_label.setText), owner=self)

    def _arrived(self, image: QImage) -> None:
        self.image = image
        self.image_label.setText("")
        self.image_label.setPixmap(QPixmap.fromImage(image))


class Reprinter(QObject):
    """Reprints the receipt of one record at a time; says what happened through ``say``."""

    def __init__(self, env: UiEnv, say: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._say = say
        self._parent = parent
        self._record_id = ""
        self.dialog: ReceiptImageDialog | None = None
        env.bus.print_event.connect(self._print_event)

    def has_printer(self) -> bool:
        """Whether receipts go to paper (a print service with a printer that is not ``preview:``)."""
        jobs = self._env.services.print_jobs
        return jobs is not None and jobs.has_printer()

    def reprint(self, record_id: str, tracking_code: str, on_failed: Callable[[Exception], None]) -> None:
        """Queues the reprint for the printer or, without one, notes it and shows the receipt on screen."""
        env, user = self._env, self._env.user
        self._record_id = record_id
        if self.has_printer():
            self._say(self.tr("กำลังส่งไปพิมพ์…"))
            env.ops.run_write(
                lambda: print_receipt(env, record_id, reprint=True),
                lambda _c: self._say(self.tr("ส่งใบรับเรื่อง (สำเนา) เข้าคิวพิมพ์แล้ว")),
                on_failed,
                owner=self,
            )
            return
        records = env.services.records

        def note() -> Changes:
            return records.mark_receipt_printed(user, record_id, reprint=True)  # audited as a reprint

        # Not announced: the list would reload and lose the officer's place for a note in the audit trail.
        env.ops.run_write(
            note, lambda _c: self._show_on_screen(record_id, tracking_code), on_failed, owner=self
        )

    def _show_on_screen(self, record_id: str, tracking_code: str) -> None:
        self._say(self.tr("ไม่ได้ตั้งค่าเครื่องพิมพ์ แสดงสำเนาบนหน้าจอแทน"))
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ReceiptImageDialog(self._env, record_id, tracking_code, self._parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _print_event(self, event: PrintJobEvent) -> None:
        # The worker's word on this record's job replaces "queued": printed, or why not yet.
        if event.record_id == self._record_id and event.state is not PrintJobState.PREVIEW:
            self._say(event_text(event))
