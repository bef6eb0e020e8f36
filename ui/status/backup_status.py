"""The backup line of the status bar: how old the newest backup is, whether the second backup folder (a USB
stick, a network share) holds it — and the daily backup itself, run while the app runs.

Every ``CHECK_EVERY_MS`` (and once at start) the widget asks ``BackupService.run_due`` on the write worker
(``ops.run_write``: a backup reads the whole database and writes a file, never on the GUI thread), then reads
``status()`` and shows it. The line turns red when there is no backup or the newest is more than two
periods old, and amber when the second folder is set but does not hold the newest backup.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.services.backups import BackupOutcome, BackupService, BackupStatus
from app.services.types import KnownError
from ui.env import UiEnv
from ui.formatting import show_datetime

CHECK_EVERY_MS = 15 * 60 * 1000  # a daily backup is at most this late; a status read costs a folder listing

_GREEN = "color: #1b7d2f;"
_RED = "color: #b3261e;"
_AMBER = "color: #a15c00;"


class BackupStatusWidget(QLabel):
    """``สำรองข้อมูลล่าสุด 3 ชั่วโมงที่แล้ว`` in the status bar; runs the daily backup when due."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_status")
        self._env = env
        self._service: BackupService | None = env.services.backups
        self.status: BackupStatus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.check()

    def check(self) -> None:
        """Runs a due backup in the background, then refreshes the line."""
        service = self._service
        if service is None:
            return
        self._env.ops.run_write(service.run_due, self._backed_up, self._failed, owner=self)

    def _backed_up(self, _outcome: BackupOutcome | None) -> None:
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        # A full disk or a read-only home must not raise a dialog every 15 minutes: the line says it,
        # red, and the next check tries again; anything that is not a known error is still a bug.
        if not isinstance(exc, (KnownError, OSError)):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.setText(self.tr("สำรองข้อมูลไม่สำเร็จ — จะลองใหม่อัตโนมัติ"))
        self.setStyleSheet(_RED)
        self.refresh(keep_text=True)

    def refresh(self, *, keep_text: bool = False) -> None:
        """Reads the backup status in the background."""
        service = self._service
        if service is None:
            return
        self._env.ops.run_read(
            service.status, lambda status: self.show_status(status, keep_text=keep_text), owner=self
        )

    def show_status(self, status: BackupStatus, *, keep_text: bool = False) -> None:
        """Shows a status read from the service."""
        self.status = status
        if status.newest_at is None or status.age is None:
            text = self.tr("ยังไม่มีไฟล์สำรองข้อมูล")
        else:
            text = self.tr("สำรองข้อมูลล่าสุด %1").replace("%1", self.age_text(status.age))
            self.setToolTip(show_datetime(status.newest_at))
        colour = _GREEN
        if status.second_folder and not status.second_ok:
            text += self.tr(" · ยังไม่ได้คัดลอกไปโฟลเดอร์สำรองที่สอง")
            colour = _AMBER
        if status.stale:
            colour = _RED
        if not keep_text:
            self.setText(text)
            self.setStyleSheet(colour)

    def age_text(self, age: timedelta) -> str:
        """``เมื่อสักครู่`` / ``15 นาทีที่แล้ว`` / ``3 ชั่วโมงที่แล้ว`` / ``2 วันที่แล้ว``."""
        minutes = int(age.total_seconds() // 60)
        if minutes < 1:
            return self.tr("เมื่อสักครู่")
        if minutes < 60:
            return self.tr("%1 นาทีที่แล้ว").replace("%1", str(minutes))
        if minutes < 48 * 60:
            return self.tr("%1 ชั่วโมงที่แล้ว").replace("%1", str(minutes // 60))
        return self.tr("%1 วันที่แล้ว").replace("%1", str(minutes // (24 * 60)))
