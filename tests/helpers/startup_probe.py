"""A fresh process that starts the counter GUI as ``psc-counter`` does and reports on its first windows.

    python -m tests.helpers.startup_probe modules HOME      # modules loaded when the sign-in window paints
    python -m tests.helpers.startup_probe signin HOME USER PASSWORD TYPING_S [prepared]   # timings
    python -m tests.helpers.startup_probe bare              # a bare PySide6 window (the floor)

Prints one JSON line and ends the process at once (``os._exit``: nothing to close that matters, and a
benchmark should not wait for the database to be closed). Times are ``time.monotonic()``, the system-wide
clock, so the parent compares them with its own start time: ``window`` is the first paint of the sign-in
dialog (or the bare window), ``prepared`` when the start-up's background work was over (home open, main
window imported, the spare intake form built with its lists), ``submit`` when the password was sent
(``TYPING_S`` after ``window``, the time an officer takes to type, and with ``prepared`` not before that),
``main`` the first paint of the main window, ``settled`` the first paint of its status bar's backup line
(the status bar comes after the window's first paint). Used by ``tests/ui/test_startup_imports.py`` and
``bench/bench_startup.py``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

POLL_MS = 20
SETTLE_WAIT_MS = 5000


def _finish(result: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)


class _Watch(QObject):
    """Calls ``on_paint(name, widget)`` at the first paint of each top-level window named in ``names``."""

    def __init__(self, names: set[str], on_paint: Any) -> None:
        super().__init__()
        self.names = set(names)
        self.on_paint = on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: the filter sees every event of the application, and asking each one its
        # type() costs far more than this.
        if isinstance(event, QPaintEvent) and isinstance(watched, QWidget):
            name = watched.objectName()
            if name in self.names:
                self.names.discard(name)
                self.on_paint(name, watched)
        return False


def _bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setObjectName("bare")
    lay = QVBoxLayout(window)
    lay.addWidget(QLabel("ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111", window))
    lay.addWidget(QLineEdit(window))
    watch = _Watch({"bare"}, lambda _n, _w: _finish({"window": time.monotonic()}))
    app.installEventFilter(watch)
    window.show()
    app.exec()


def _prepared() -> bool:
    """Whether the start-up's background work is over: the home is open, the main window's modules are
    imported (the warm-up runs after the opening) and the spare complaint form is built (ui.session.prebuild:
    a parentless, hidden window named ``complaint_form``)."""
    from ui.session.startup import MAIN_WINDOW_MODULES, page_modules

    for name in (*MAIN_WINDOW_MODULES, *page_modules()):
        module = sys.modules.get(name)
        spec = getattr(module, "__spec__", None)
        if module is None or getattr(spec, "_initializing", False):
            return False
    spares = [w for w in QApplication.topLevelWidgets() if w.objectName() == "complaint_form"]
    return any(getattr(w, "is_ready", False) for w in spares)  # built, and its reference lists are in


def _counter(
    mode: str,
    home: str,
    user: str = "",
    password: str = "",
    typing_s: float = 0.0,
    wait_prepared: bool = False,
) -> None:
    app = QApplication(sys.argv[:1])
    times: dict[str, Any] = {}

    def painted(name: str, widget: QWidget) -> None:
        now = time.monotonic()
        if name == "login_dialog":
            times["window"] = now
            if mode == "modules":
                _finish({"window": now, "modules": sorted(sys.modules)})
            poll_prepared()
            QTimer.singleShot(int(typing_s * 1000), lambda: submit(widget))
        elif name == "main_window":
            times["main"] = now
            QTimer.singleShot(SETTLE_WAIT_MS, lambda: _finish(times))  # the status bar never painted
        elif name == "backup_status":
            times["settled"] = now
            if "main" in times:
                _finish(times)

    def submit(dialog: QWidget) -> None:
        if wait_prepared and "prepared" not in times:
            QTimer.singleShot(POLL_MS, lambda: submit(dialog))
            return
        for name, text in (("username", user), ("password", password)):
            box = dialog.findChild(QLineEdit, name)
            assert box is not None
            box.setText(text)
        button = dialog.findChild(QPushButton, "login_button")
        assert button is not None
        times["prepared_at_submit"] = "prepared" in times
        times["submit"] = time.monotonic()
        button.click()

    def poll_prepared() -> None:
        if _prepared():
            times["prepared"] = time.monotonic()
        else:
            QTimer.singleShot(POLL_MS, poll_prepared)

    # Kept in a variable: Qt does not own an event filter.
    watch = _Watch({"login_dialog", "main_window", "backup_status"}, painted)
    app.installEventFilter(watch)
    from app.cli import main

    code = main(["--home", home])
    _finish({"error": f"the program ended (exit code {code}) before the windows painted", **times})


if __name__ == "__main__":
    os.environ.setdefault("PSC_COUNTER_KEYRING", "off")
    what = sys.argv[1]
    if what == "bare":
        _bare()
    elif what == "modules":
        _counter("modules", sys.argv[2])
    else:
        home, user, password, typing_s = sys.argv[2:6]
        _counter("signin", home, user, password, float(typing_s), sys.argv[6:] == ["prepared"])
    raise SystemExit(f"unknown probe: {what}")
