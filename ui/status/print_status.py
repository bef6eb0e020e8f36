"""The printer's line in the status bar: what the last print job did, why it waits (paper out, printer off),
how many receipts are waiting, and a retry button for after the officer fixed the printer.

It listens to ``env.bus.print_event`` (the print worker's events, delivered on the GUI thread) and reads the
waiting jobs through ``ops``; it never talks to the printer itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.print_jobs import PrintJobEvent, PrintJobInfo, PrintJobService, PrintJobState
from app.services.types import Changes
from ui.env import UiEnv
from ui.messages import QT_TRANSLATE_NOOP, error_text

CONTEXT = "PrintStatus"  # spelled out in every QT_TRANSLATE_NOOP below: lupdate reads only literals
STATE_TEXT = {
    PrintJobState.PRINTING: QT_TRANSLATE_NOOP("PrintStatus", "กำลังพิมพ์ใบรับเรื่อง…"),
    PrintJobState.PRINTED: QT_TRANSLATE_NOOP("PrintStatus", "พิมพ์ใบรับเรื่องแล้ว"),
    PrintJobState.PREVIEW: QT_TRANSLATE_NOOP("PrintStatus", "ยังไม่ได้ตั้งค่าเครื่องพิมพ์ ใบรับเรื่องแสดงบนจอเท่านั้น"),
    PrintJobState.CANCELLED: QT_TRANSLATE_NOOP("PrintStatus", "ยกเลิกงานพิมพ์แล้ว"),
    PrintJobState.PENDING: QT_TRANSLATE_NOOP("PrintStatus", "ใบรับเรื่องรอเครื่องพิมพ์"),
}
PAPER_LOW = QT_TRANSLATE_NOOP("PrintStatus", "พิมพ์แล้ว — กระดาษใกล้หมด เตรียมม้วนใหม่")


def event_text(event: PrintJobEvent) -> str:
    """What the officer reads about one print job event."""
    if event.state is PrintJobState.PENDING and event.error:
        return error_text(f"printer_{event.error}")
    if event.state is PrintJobState.PRINTED and event.status == "paper_low":
        return QCoreApplication.translate(CONTEXT, PAPER_LOW)
    return QCoreApplication.translate(CONTEXT, STATE_TEXT[event.state])


class PrintStatusWidget(QWidget):
    """Last print event, waiting count and a retry button; put it in the main window's status bar."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_status")
        self._env = env
        jobs = env.services.print_jobs
        self._jobs = jobs if isinstance(jobs, PrintJobService) else None
        self.message_label = QLabel(self)
        self.message_label.setObjectName("print_message")
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("print_waiting")
        self.retry_button = QPushButton(self.tr("พิมพ์อีกครั้ง"), self)
        self.retry_button.setObjectName("print_retry")
        self.retry_button.setToolTip(self.tr("แก้ไขเครื่องพิมพ์แล้ว (เติมกระดาษ เปิดเครื่อง) กดเพื่อพิมพ์ทันที"))
        self.retry_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.retry_button)
        self._waiting: list[PrintJobInfo] = []
        self.retry_button.clicked.connect(self._retry)
        env.bus.print_event.connect(self.show_event)
        env.bus.changed.connect(self._changed)
        self.refresh()

    @property
    def waiting(self) -> list[PrintJobInfo]:
        """The jobs waiting for the printer, as last read."""
        return list(self._waiting)

    def show_event(self, event: PrintJobEvent) -> None:
        """Shows a print worker event and refreshes the waiting count."""
        self.message_label.setText(event_text(event))
        if event.state is not PrintJobState.PRINTING:
            self.refresh()

    def refresh(self) -> None:
        """Reads the waiting jobs in the background."""
        jobs = self._jobs
        if jobs is None:
            return
        self._env.ops.run_read(
            lambda: jobs.jobs(state=PrintJobState.PENDING), self._waiting_arrived, owner=self
        )

    def _changed(self, changes: Changes) -> None:
        if changes.print_jobs:
            self.refresh()

    def _waiting_arrived(self, waiting: list[PrintJobInfo]) -> None:
        self._waiting = waiting
        failed = [job for job in waiting if job.last_error]
        if waiting:
            self.waiting_label.setText(self.tr("รอพิมพ์ %1 ใบ").replace("%1", str(len(waiting))))
        else:
            self.waiting_label.clear()
        self.retry_button.setVisible(bool(failed))
        if failed and not self.message_label.text():
            self.message_label.setText(error_text(f"printer_{failed[0].last_error}"))

    def _retry(self) -> None:
        jobs, ids = self._jobs, [job.job_id for job in self._waiting]
        if jobs is None or not ids:
            return
        self.message_label.setText(QCoreApplication.translate(CONTEXT, STATE_TEXT[PrintJobState.PRINTING]))

        def retry_all() -> Changes:
            changes = Changes()
            for job_id in ids:
                changes = jobs.retry_now(job_id)
            return changes

        self._env.ops.run_write(retry_all, self._env.bus.announce, owner=self)
