"""The sync line of the status bar: online or offline, records waiting, the last successful sync, a
"sync now" button, and a progress bar while a large queue drains.

The pump runs on its own thread (``SyncService.start``); it reports through callbacks that this widget turns
into Qt signals, which Qt delivers on the GUI thread (the emitting thread is not the widget's, so the
connection is queued). The widget never touches the network or the database on the GUI thread: its first
status comes through ``ops.run_read``.
"""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.domain.roles import Permission
from app.domain.thaidate import bangkok_date
from app.services.types import Changes
from sync.pump import CycleReport, SyncStatus
from ui.confirm import message_box, question_box
from ui.env import UiEnv
from ui.formatting import show_date, show_time
from ui.messages import QT_TRANSLATE_NOOP

CONTEXT = "SyncStatus"  # spelled out in every QT_TRANSLATE_NOOP below: lupdate reads only literals

SYNC_ERROR_TEXT = {
    "network": QT_TRANSLATE_NOOP("SyncStatus", "ติดต่อศูนย์ไม่ได้ — ระบบจะลองส่งใหม่อัตโนมัติ"),
    "server_busy": QT_TRANSLATE_NOOP("SyncStatus", "ศูนย์ไม่ว่างชั่วคราว — ระบบจะลองส่งใหม่อัตโนมัติ"),
    "unauthorized": QT_TRANSLATE_NOOP("SyncStatus", "ศูนย์ไม่รับรหัสของจุดบริการนี้ — แจ้งผู้ดูแลระบบ"),
    "protocol": QT_TRANSLATE_NOOP("SyncStatus", "คำตอบจากศูนย์ผิดรูปแบบ — แจ้งผู้ดูแลระบบ"),
    "too_large": QT_TRANSLATE_NOOP("SyncStatus", "ข้อมูลใหญ่เกินที่ศูนย์รับได้ — แจ้งผู้ดูแลระบบ"),
    "not_connected": QT_TRANSLATE_NOOP("SyncStatus", "ยังไม่ได้ตั้งค่าการเชื่อมต่อศูนย์"),
}

_GREEN = "color: #1b7d2f;"
_RED = "color: #b3261e;"
_GREY = "color: #777777;"
_AMBER = "color: #a15c00;"


def last_sync_text(when: datetime | None, now: datetime) -> str:
    """``10:32 น.`` today, ``5 มี.ค. 2569 10:32 น.`` on another day, a dash when never."""
    if when is None:
        return "—"
    if bangkok_date(when) == bangkok_date(now):
        return show_time(when)
    return f"{show_date(when, style='short')} {show_time(when)}"


class _Bridge(QObject):
    """Carries the pump thread's callbacks onto the GUI thread as queued signals."""

    status = Signal(object)
    cycle = Signal(object)


class SyncStatusWidget(QWidget):
    """Online/offline, waiting count, last sync, sync-now button and drain progress. ``connect_requested``
    when an administrator, told the counter is not connected, chose to connect it now."""

    connect_requested = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self._env = env
        self._sync = env.services.sync
        self.status: SyncStatus | None = None
        self.box: QMessageBox | None = None
        """The "not connected" message, once shown (for tests)."""
        self._announcing = False
        self.indicator = QLabel(self)
        self.indicator.setObjectName("sync_indicator")
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("sync_waiting")
        self.attention_label = QLabel(self)
        self.attention_label.setObjectName("sync_attention")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("sync_last")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("%v / %m")
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("ส่งข้อมูลทันที"), self)
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setToolTip(self.tr("ส่งเรื่องที่รออยู่ไปยังศูนย์และรับสถานะล่าสุดทันที"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.indicator, self.waiting_label, self.attention_label, self.progress, self.last_label):
            # A status bar squeezes its widgets to nothing when the window is narrow; these must stay legible.
            w.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            layout.addWidget(w)
        layout.addWidget(self.sync_button)
        self.sync_button.clicked.connect(self.sync_now)

        self._bridge = _Bridge(self)
        self._bridge.status.connect(self.show_status)
        self._bridge.cycle.connect(self._cycle_finished)
        if self._sync is None:
            self._show_unavailable()
            return
        sync, on_status, on_cycle = self._sync, self._from_pump_status, self._from_pump_cycle
        sync.add_listener(on_status, on_cycle)

        # A closure, not a method of this widget: by the time ``destroyed`` fires the widget is half gone.
        def forget(*_: object) -> None:
            sync.remove_listener(on_status)
            sync.remove_listener(on_cycle)

        self.destroyed.connect(forget)
        env.bus.changed.connect(self._changed)
        self.refresh()
        if start:
            env.ops.run_read(self._sync.start, owner=self)

    # ------------------------------------------------------------------ pump thread → GUI thread
    def _from_pump_status(self, status: SyncStatus) -> None:
        # Runs on the pump's thread: only emit (queued), never touch widgets here.
        bridge = self._bridge
        if shiboken6.isValid(bridge):
            bridge.status.emit(status)

    def _from_pump_cycle(self, report: CycleReport) -> None:
        bridge = self._bridge
        if shiboken6.isValid(bridge):
            bridge.cycle.emit(report)

    # ------------------------------------------------------------------ actions
    def refresh(self) -> None:
        """Reads the current status in the background."""
        if self._sync is not None:
            self._env.ops.run_read(self._sync.status, self.show_status, owner=self)

    def sync_now(self) -> None:
        """Asks the pump to cycle now (starting it if it is not running yet)."""
        sync = self._sync
        if sync is None:
            return
        self.sync_button.setEnabled(False)

        def kick() -> bool:
            started = bool(sync.start())
            sync.sync_now()
            return started

        self._env.ops.run_read(kick, self._kicked, owner=self)

    def _kicked(self, started: bool) -> None:
        self.sync_button.setEnabled(True)
        if not started:
            self.refresh()
            self._say_not_connected()

    def _say_not_connected(self) -> None:
        """ "Sync now" with no center configured: say so, and how to connect (an administrator may go there
        at once; anyone else is told whom to ask)."""
        title = self.tr("ยังไม่ได้เชื่อมต่อศูนย์")
        text = self.tr(
            "เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์ 1111 จึงยังส่งข้อมูลไม่ได้ เรื่องที่บันทึกแล้วเก็บไว้ในเครื่องนี้ครบถ้วน และจะส่งเมื่อเชื่อมต่อแล้ว"
        )
        how = self.tr("วิธีเชื่อมต่อ: ผู้ดูแลระบบเปิด ตั้งค่า › เชื่อมต่อศูนย์ กรอกที่อยู่ศูนย์ และเลือกไฟล์รหัสเชื่อมต่อที่ได้รับจากศูนย์ 1111")
        if self._env.user.can(Permission.MANAGE_STATION):
            box, go = question_box(
                self.window(),
                title,
                f"{text}\n\n{how}",
                (self.tr("เชื่อมต่อศูนย์ตอนนี้"), self.tr("ภายหลัง")),
                default_yes=True,
            )
            box.buttonClicked.connect(lambda button: self.connect_requested.emit() if button is go else None)
        else:
            box = message_box(self.window(), title, f"{text}\n\n{how}")
        box.setObjectName("not_connected_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        box.open()

    def _changed(self, changes: Changes) -> None:
        # A record was saved (or the queue changed): send it now rather than at the next poll.
        if changes.outbox and self._sync is not None and not self._announcing:
            self._sync.notify_queued()
            self.refresh()

    def _cycle_finished(self, report: CycleReport) -> None:
        # Screens refresh from what changed (docs/ARCHITECTURE.md, UI rule 3): the list's central status,
        # the queue screen.
        if report.acked or report.updates or report.conflicts or report.rejected or report.reference_sets:
            self._announcing = True  # our own news: no need to wake the pump for it
            try:
                self._env.bus.announce(Changes(records=bool(report.acked or report.updates), outbox=True))
            finally:
                self._announcing = False

    # ------------------------------------------------------------------ display
    def show_status(self, status: SyncStatus) -> None:
        """Shows a status (from the pump or a read)."""
        self.status = status
        if status.online is True:
            self.indicator.setText(self.tr("● ออนไลน์"))
            self.indicator.setStyleSheet(_GREEN)
        elif status.online is False:
            self.indicator.setText(self.tr("● ออฟไลน์"))
            self.indicator.setStyleSheet(_RED)
        elif status.last_error == "not_connected":
            self.indicator.setText(self.tr("○ ยังไม่เชื่อมต่อศูนย์"))
            self.indicator.setStyleSheet(_GREY)
        else:
            self.indicator.setText(self.tr("○ กำลังตรวจสอบ…"))
            self.indicator.setStyleSheet(_GREY)
        source = SYNC_ERROR_TEXT.get(status.last_error)
        self.indicator.setToolTip(QCoreApplication.translate(CONTEXT, source) if source else "")
        self.waiting_label.setText(self.tr("รอส่ง %1 เรื่อง").replace("%1", f"{status.waiting:,}"))
        if status.attention:
            self.attention_label.setText(self.tr("รอหัวหน้าตรวจสอบ %1").replace("%1", f"{status.attention:,}"))
            self.attention_label.setStyleSheet(_AMBER)
            self.attention_label.show()
        else:
            self.attention_label.hide()
        now = self._env.services.ctx.clock()
        self.last_label.setText(
            self.tr("ส่งสำเร็จล่าสุด %1").replace("%1", last_sync_text(status.last_success, now))
        )
        if status.draining is not None:
            done, total = status.draining
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))
            self.progress.show()
        else:
            self.progress.hide()

    def _show_unavailable(self) -> None:
        self.indicator.setText(self.tr("○ ยังไม่เชื่อมต่อศูนย์"))
        self.indicator.setStyleSheet(_GREY)
        self.sync_button.setEnabled(False)
