"""Per-address limits of the central service: failed station authentication, and public tracking look-ups.

A sliding window of event times per client address. ``retry_after(addr)`` says how long an address must
wait once it reached the limit (the answer is 429 with ``Retry-After``); ``hit(addr)`` counts one event.
Memory stays bounded: addresses whose events all left the window are dropped, and past ``MAX_ADDRESSES``
the oldest are forgotten (an attacker spraying addresses gets less history, never more memory).

The clock is injected (``time.monotonic`` by default), so tests can move time without sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

MAX_ADDRESSES = 50_000


class AddressLimiter:
    """At most ``limit`` events per ``window_s`` seconds from one address."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _prune(self, addr: str, now: float) -> deque[float] | None:
        events = self._events.get(addr)
        if events is None:
            return None
        while events and events[0] <= now - self.window_s:
            events.popleft()
        if not events:
            del self._events[addr]
            return None
        return events

    def retry_after(self, addr: str) -> int | None:
        """Whole seconds this address must wait, or ``None`` when it may go on."""
        with self._lock:
            now = self._clock()
            events = self._prune(addr, now)
            if events is None or len(events) < self.limit:
                return None
            return max(1, math.ceil(events[0] + self.window_s - now))

    def hit(self, addr: str) -> None:
        """Counts one event from ``addr``."""
        with self._lock:
            now = self._clock()
            events = self._prune(addr, now)
            if events is None:
                events = self._events[addr] = deque()
            events.append(now)
            self._events.move_to_end(addr)
            while len(self._events) > MAX_ADDRESSES:
                self._events.popitem(last=False)

    def clear(self, addr: str) -> None:
        """Forgets an address (after a successful sign-in, failures no longer count against it)."""
        with self._lock:
            self._events.pop(addr, None)
