"""The one way the UI runs background work (docs/ARCHITECTURE.md, UI rule 2).

Every call from a screen that touches the database, the network or a printer goes through an ``Ops``:

* ``run_write(fn, on_done, on_error)`` runs ``fn`` on a single worker thread, so writes happen one at a
  time and in the order the officer asked for them (SQLite takes one writer anyway);
* ``run_read(fn, on_done, on_error)`` runs ``fn`` on a small pool, so a slow search does not hold up a
  save.

``on_done(result)`` and ``on_error(exc)`` are always called on the GUI thread, delivered by a queued
signal, so they may touch widgets. The GUI thread never waits on a worker. When ``owner`` is given and the
owner widget has been destroyed by the time the result arrives, the result is dropped instead of calling
into a dead C++ object.

Stale results: give a ``key`` ("validate", "repeats"…) and a newer request of the same key and owner makes
the older one's result be dropped when it arrives, so a slow answer to an old question never overwrites the
answer to the new one (no screen keeps its own generation counter). ``forget(key, owner)`` drops the
pending one without asking again.

Errors: a ``KnownError`` (printer offline, database busy, bad password…) goes to ``on_error`` when one is
given, else it is shown calmly by the ``known_error_handler``; anything else is a bug and goes to
``sys.excepthook`` (the crash dialog of ``ui.app``) unless ``on_error`` takes every exception.
"""

from __future__ import annotations

import logging
import sys
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.domain.errors import ErrorCode
from app.services.types import KnownError, ValidationFailed

log = logging.getLogger("psc.ui")

T = TypeVar("T")

# A small read pool: searches, detail loads and repeat-visit look-ups overlap, but the machine has few
# cores and SQLite readers gain little past a handful.
READ_WORKERS = 3


class _Dispatcher(QObject):
    """Lives on the GUI thread; a worker emits ``deliver`` and Qt queues the call onto the GUI thread."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    def _run(self, thunk: Callable[[], None]) -> None:
        thunk()


class Ops(QObject):
    """Background executors with results delivered on the GUI thread. Create one per application."""

    busy_changed = Signal(bool)
    """True when the first operation starts, False when the last one has been delivered."""
    session_ended = Signal()
    """A service refused because the signed-in account was disabled or re-roled: sign in again."""

    def __init__(
        self,
        known_error_handler: Callable[[KnownError], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="psc-write")
        self._readers = ThreadPoolExecutor(max_workers=READ_WORKERS, thread_name_prefix="psc-read")
        self._dispatcher = _Dispatcher()
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        self._latest: dict[tuple[int, str], int] = {}  # (owner, key) -> number of its newest request
        self._requests = 0
        self._held: list[Callable[[], None]] | None = None
        self.known_error_handler = known_error_handler

    # ------------------------------------------------------------------ public API
    def run_write(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        key: str = "",
    ) -> None:
        """Runs a write (a save, a print, a settings change) on the single writer thread."""
        self._submit(self._writer, fn, on_done, on_error, owner, key=key)

    def run_read(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        key: str = "",
    ) -> None:
        """Runs a read (search, detail, look-up, HTTP) on the read pool."""
        self._submit(self._readers, fn, on_done, on_error, owner, key=key)

    def hold(self) -> None:
        """Keeps the work submitted from now on from starting until ``release``: while the main window is
        built and first painted after sign-in, the reads its pages ask for would take the interpreter from
        the GUI thread (docs/ARCHITECTURE.md, Start-up). The work counts as pending meanwhile."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Starts the work kept since ``hold``, in the order it was submitted (nothing when not held)."""
        held, self._held = self._held, None
        for start in held or ():
            start()

    def forget(self, key: str, owner: QObject | None = None) -> None:
        """Drops the result of the pending request of ``key`` (and ``owner``) when it arrives."""
        self._requests += 1
        self._latest[self._slot(key, owner)] = self._requests

    @property
    def pending(self) -> int:
        """Operations submitted whose result has not been delivered yet (tests wait for 0)."""
        return self._pending

    def shutdown(self) -> None:
        """Waits for running work to finish (called once at exit, after the windows are closed)."""
        self.release()  # work kept back still runs (a draft written at sign-out, say)
        self._closed = True
        self._writer.shutdown(wait=True, cancel_futures=False)
        self._readers.shutdown(wait=True, cancel_futures=True)

    # ------------------------------------------------------------------ internals
    def _submit(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        owner: QObject | None,
        *,
        key: str = "",
    ) -> None:
        if self._closed:
            log.warning("operation submitted after shutdown was ignored")
            return
        self._requests += 1
        request = self._requests
        if key:
            self._latest[self._slot(key, owner)] = request
        self._started()

        def current() -> bool:
            return not key or self._latest.get(self._slot(key, owner)) == request

        def finished(fut: Future[T]) -> None:
            # Runs on the worker thread: only emit, never touch widgets here.
            self._dispatcher.deliver.emit(lambda: self._deliver(fut, on_done, on_error, owner, current))

        def start() -> None:
            future: Future[T] = executor.submit(fn)
            future.add_done_callback(finished)

        if self._held is not None:
            self._held.append(start)
        else:
            start()

    def _deliver(
        self,
        fut: Future[Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        owner: QObject | None,
        current: Callable[[], bool] = lambda: True,
    ) -> None:
        try:
            if owner is not None and not shiboken6.isValid(owner):
                log.debug("result dropped: its window was closed")
                return
            if not current():
                log.debug("result dropped: a newer request of the same key was made")
                return
            exc = fut.exception() if not fut.cancelled() else None
            if fut.cancelled():
                return
            if exc is None:
                if on_done is not None:
                    on_done(fut.result())
                return
            if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: let them through
                raise exc
            self._handle_error(exc, on_error)
        finally:
            self._finished()

    @staticmethod
    def _slot(key: str, owner: QObject | None) -> tuple[int, str]:
        # Keyed by owner too: two forms validating at once do not drop each other's results.
        return (id(owner) if owner is not None else 0, key)

    def _handle_error(self, exc: Exception, on_error: Callable[[Exception], None] | None) -> None:
        if isinstance(exc, KnownError) and exc.code == ErrorCode.SESSION_ENDED:
            # The screen's own handler first (it shows why and queues its draft), then the main window
            # signs out (its write queued after the draft's) and the sign-in dialog comes back.
            try:
                self._handle_known(exc, on_error)
            finally:
                self.session_ended.emit()
            return
        self._handle_known(exc, on_error)

    def _handle_known(self, exc: Exception, on_error: Callable[[Exception], None] | None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        if isinstance(exc, KnownError) and self.known_error_handler is not None:
            log.info("known error: %s", exc.code)
            self.known_error_handler(exc)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _started(self) -> None:
        with self._lock:
            self._pending += 1
            first = self._pending == 1
        if first:
            self.busy_changed.emit(True)

    def _finished(self) -> None:
        with self._lock:
            self._pending -= 1
            idle = self._pending == 0
        if idle:
            self.busy_changed.emit(False)


def on_known_error(
    show: Callable[[str], object],
    *,
    text: Callable[[KnownError], str] | None = None,
    also: Callable[[KnownError], None] | None = None,
    invalid: Callable[[ValidationFailed], None] | None = None,
    os_error: str = "",
) -> Callable[[Exception], None]:
    """The one error handler of the screens: an ``on_error`` for ``run_read``/``run_write``.

    A ``KnownError`` is shown calmly (``show(text)``, the text from ``ui.messages`` unless ``text`` says
    otherwise), after ``also(exc)`` ran (first: ``show`` may be a modal box that waits); with ``invalid``,
    a refused save's field issues go there instead; with ``os_error``, a file-system error (unreadable file,
    full disk) is shown with that text. Anything else is a bug and is raised again, to the crash dialog
    (docs/ARCHITECTURE.md, UI rule 5).
    """

    def handle(exc: Exception) -> None:
        if invalid is not None and isinstance(exc, ValidationFailed):
            invalid(exc)
            return
        if isinstance(exc, KnownError):
            log.info("known error: %s", exc.code)
            if also is not None:
                also(exc)
            if exc.code == ErrorCode.SESSION_ENDED:
                return  # no box: the main window signs out to the sign-in dialog (Ops.session_ended)
            if text is None:
                # Imported here: the words (with every enum of the domain) are not needed before the first
                # error, and the sign-in window shows before they load (docs/ARCHITECTURE.md, Start-up).
                from ui.messages import error_text

                show(error_text(exc.code))
            else:
                show(text(exc))
            return
        if os_error and isinstance(exc, OSError):
            log.warning("file error: %s", type(exc).__name__)
            show(os_error)
            return
        raise exc

    return handle


def weak_method(method: Callable[..., T]) -> Callable[..., T]:
    """A bound method held weakly: a helper object kept by a screen can call back into the screen without
    the two keeping each other alive (a widget deleted by Qt must not live on in Python through a cycle).
    Calling it after the screen is gone raises ``ReferenceError``."""
    ref = weakref.WeakMethod(method)

    def call(*args: Any) -> T:
        target = ref()
        if target is None:
            raise ReferenceError("the screen of this callback is gone")
        return target(*args)

    return call
