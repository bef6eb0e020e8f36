"""Work done one step per turn of the event loop, so that no turn holds the GUI thread long.

The dashboard's first page built its twelve figures, three charts and the watch table in the click that
opened it, and then laid out and painted them all in the next turn: 84–104 ms of GUI thread at 100 k
records (issue 11, target 50 ms). Each chart's first layout and paint alone is a large part of that. Here
every step (build one chart, give one chart its data, fill the table…) runs after the turn that laid out
and painted what the step before changed is over, so each runs in a turn of its own, and a key press or
a click waiting meanwhile is handled in between.

Steps run in the order they were added: a result queued while the page is still being built is shown
after the widgets it fills exist.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

AFTER_MS = 1
"""From one step to the next, when the GUI thread is free by then."""
BUSY_BEFORE_S = 0.002
"""CPU time the GUI thread may already have spent in a turn for a step to still run in it."""
POSTPONE_MAX = 25
"""Turns a step waits for one of its own at most (then it runs anyway: a page must fill in the end)."""


class Turns(QObject):
    """A queue of steps run one per event-loop turn (dropped with its parent widget).

    A timer alone does not do: Qt's GLib dispatcher (Linux) runs a timer that fell due meanwhile in the
    same turn as posted events, so a step landed in the turn laying out and painting the step before
    (measured). So a step whose timer fires in a turn that has already worked more than ``BUSY_BEFORE_S``
    of CPU time (the dispatcher says ``aboutToBlock`` or ``awake`` between turns) waits for the next.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], None]] = deque()
        self._turn_cpu = time.thread_time()  # the GUI thread's CPU time when the current turn began
        self._postponed = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AFTER_MS)
        self._timer.timeout.connect(self._next)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.awake.connect(self._turn_ended)
            dispatcher.aboutToBlock.connect(self._turn_ended)

    def add(self, *steps: Callable[[], None]) -> None:
        """Queues steps after those already queued."""
        self._steps.extend(steps)
        if not self._timer.isActive():
            self._timer.start()

    @property
    def busy(self) -> bool:
        """Whether steps are still waiting."""
        return bool(self._steps)

    def _turn_ended(self) -> None:
        if self._steps:
            self._turn_cpu = time.thread_time()

    def _next(self) -> None:
        if not self._steps:
            return
        if time.thread_time() - self._turn_cpu > BUSY_BEFORE_S and self._postponed < POSTPONE_MAX:
            self._postponed += 1
            self._timer.start()
            return
        self._postponed = 0
        step = self._steps.popleft()
        try:
            step()
        finally:
            if self._steps:
                self._timer.start()
