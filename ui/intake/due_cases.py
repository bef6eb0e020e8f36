"""An officer's own cases due today and overdue, on the intake page (one line; a list on click).

Read from the dashboard service in the officer's own scope, off the GUI thread, whenever a write or a sync
announces changes; the officer sees it without opening the dashboard.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.periods import day_period
from app.domain.thaidate import bangkok_date
from app.domain.tracking import format_tracking_code
from app.services.dashboard import Snapshot
from app.services.types import Changes
from ui.env import UiEnv
from ui.formatting import show_datetime


class DueCasesLine(QLabel):
    """ "เรื่องของฉัน: เกินกำหนด N · ครบกำหนดวันนี้ M" with the cases in its tooltip."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_cases")
        self._env = env
        self._loading = False
        self.snapshot: Snapshot | None = None
        env.bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.records:
            self.refresh()

    def refresh(self) -> None:
        """Reads the officer's own watch off the GUI thread."""
        if self._loading:
            return
        self._loading = True
        env, user = self._env, self._env.user
        today = day_period(bangkok_date(env.services.ctx.clock()))
        env.ops.run_read(
            lambda: env.services.dashboard.snapshot(user, today), self._show, self._failed, owner=self
        )

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        raise exc

    def _show(self, snap: Snapshot) -> None:
        self._loading = False
        self.snapshot = snap
        w = snap.watch
        self.setText(
            self.tr("เรื่องของฉัน: เกินกำหนด %1 · ครบกำหนดวันนี้ %2")
            .replace("%1", str(w.overdue))
            .replace("%2", str(w.due_today))
        )
        self.setStyleSheet("color: #b00020; font-weight: bold;" if w.overdue else "color: #555;")
        lines = [
            f"{format_tracking_code(c.tracking_code)}  {show_datetime(c.promised_by)}"
            for c in (*w.overdue_cases, *w.due_cases)
        ]
        self.setToolTip("\n".join(lines))
