"""Work done one step per turn of the event loop, so that no turn holds the GUI thread long.

The dashboard's first page built its twelve figures, three charts and the watch table in the click that
opened it, and then laid out and painted them all in the next turn: 84–104 ms of GUI thread at 100 k
records (issue 11, target 50 ms). Each chart's first layout and paint alone is a large part of that. Here
every step (build one chart, give one chart its data, fill the table…) runs from a short timer started
after the step before, so the layout and paint that step caused run in a turn of their own before the
next step, and a key press or a click waiting meanwhile is handled in between.

Steps run in the order they were added: a result queued while the page is still being built is shown
after the widgets it fills exist.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

GAP_MS = 10
"""Between two steps. Not 0: a zero timer may run in the same turn as the layout and paint the previous
step posted; a few milliseconds let that turn end first (measured: ``bench/bench_dashboard.py``)."""


class Turns(QObject):
    """A queue of steps run one per event-loop turn (dropped with its parent widget)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GAP_MS)
        self._timer.timeout.connect(self._next)

    def add(self, *steps: Callable[[], None]) -> None:
        """Queues steps after those already queued."""
        self._steps.extend(steps)
        if not self._timer.isActive():
            self._timer.start()

    @property
    def busy(self) -> bool:
        """Whether steps are still waiting."""
        return bool(self._steps)

    def _next(self) -> None:
        if not self._steps:
            return
        step = self._steps.popleft()
        try:
            step()
        finally:
            if self._steps:
                self._timer.start()
