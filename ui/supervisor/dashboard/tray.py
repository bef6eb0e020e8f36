"""Warns a supervisor when a walk-in case becomes overdue: a tray message (``QSystemTrayIcon``).

A case falls overdue by the passage of time, not by a write, so this is the one timer of the dashboard: it
is armed for the promise of the next case due (never a polling interval) and asks the page to refresh;
each snapshot names the overdue cases, and those not seen overdue before are announced. The first
snapshot only sets what is known, so signing in does not replay yesterday's warnings.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from app.domain.roles import Permission
from app.services.dashboard import Snapshot
from ui.env import UiEnv

MAX_WAIT_MS = 6 * 3600 * 1000  # re-arm at least this often (a long-running app crosses midnight)


class OverdueWatcher(QObject):
    """Announces newly overdue cases to supervisors; arms a timer for the next promise."""

    due = Signal()
    """The next case's promise has come: refresh."""
    became_overdue = Signal(object)
    """Tracking codes of cases that became overdue since the last snapshot (list[str])."""

    def __init__(self, env: UiEnv, parent: QWidget) -> None:
        super().__init__(parent)
        self._env = env
        self._seen: set[str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.due.emit)
        self.tray: QSystemTrayIcon | None = None
        if env.user.can(Permission.REPORTS) and QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.show()

    def update(self, snap: Snapshot) -> None:
        """Compares the overdue cases with the last snapshot and arms the timer for the next promise."""
        overdue = {c.record_id: c.tracking_code for c in snap.watch.overdue_cases}
        if self._seen is not None and self._env.user.can(Permission.REPORTS):
            fresh = [code for rid, code in overdue.items() if rid not in self._seen]
            if fresh:
                self.became_overdue.emit(fresh)
                if self.tray is not None:
                    self.tray.showMessage(
                        self.tr("มีเรื่องเกินกำหนดตอบ"),
                        self.tr("%n เรื่องเพิ่งเกินกำหนด 1.5 วันทำการ", "", len(fresh)),
                        QSystemTrayIcon.MessageIcon.Warning,
                    )
        self._seen = set(overdue) | (self._seen or set())
        upcoming = [c.promised_by for c in snap.watch.due_cases if c.promised_by > snap.at]
        if upcoming:
            wait = int((min(upcoming) - snap.at).total_seconds() * 1000) + 1000
            self._timer.start(max(1000, min(wait, MAX_WAIT_MS)))
        else:
            self._timer.stop()
