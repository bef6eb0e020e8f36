"""Empty parts of the main window built while the officer types the password (docs/ARCHITECTURE.md,
Start-up).

Building the intake page's complaint form (a few hundred widgets) was the largest part of the wait between
the sign-in click and the main window. The form needs no signed-in user: it is built from the operations
runner and the complaint and reference services only, and reads nothing but the reference lists
(categories, agencies, provinces: no personal data). So ``Spares`` builds one, hidden and without a parent,
once the counter home is open and the officer stops typing for a moment (``IDLE_MS``: a build holds the GUI
thread for a few tenths of a second, and a key pressed meanwhile would wait), and the intake page of the next
session takes it (``UiEnv.take_spare``) instead of building its own. Everything that depends on the user —
which pages the role may see, the officer's draft, due cases, the status bar — is built only after the
password is verified.

A spare is used once: the next one is built at the next sign-in dialog. A spare built in another language
than the session's is thrown away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.services import Services
    from ui.i18n import Translations
    from ui.ops import Ops

log = logging.getLogger("psc.ui")

IDLE_MS = 300
"""How long the keyboard and mouse stay still before the spares are built."""

COMPLAINT_FORM = "complaint_form"
"""The key of the intake page's spare complaint form."""

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress}


class Spares(QObject):
    """The spare widgets of one open counter home, built during sign-in and taken by the next session."""

    def __init__(
        self, services: Services, ops: Ops, translations: Translations, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._translations = translations
        self._widgets: dict[str, QWidget] = {}
        self._language = ""
        self._may_build = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._build)

    # ------------------------------------------------------------------ public
    def prepare(self) -> None:
        """Builds the spares once the keyboard and mouse have been still for ``IDLE_MS`` (while the
        sign-in dialog is up; ``hold`` stops it when the sign-in starts)."""
        if self._language != self._translations.language.value:
            self.clear()  # built in another language: the session would show it in the wrong one
        if COMPLAINT_FORM in self._widgets:
            return
        self._may_build = True
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._idle.start()

    def hold(self) -> None:
        """Builds nothing more now (the password was sent: the GUI thread is the session's)."""
        self._may_build = False
        self._idle.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def take(self, key: str) -> QWidget | None:
        """The spare widget of ``key`` (once: the next call gives None until ``prepare`` built another)."""
        widget = self._widgets.pop(key, None)
        if widget is None or not shiboken6.isValid(widget):
            return None
        if self._language != self._translations.language.value:
            widget.deleteLater()
            return None
        return widget

    def built(self, key: str = COMPLAINT_FORM) -> bool:
        """Whether the spare of ``key`` is ready to be taken."""
        return key in self._widgets

    def clear(self, *, now: bool = False) -> None:
        """Deletes the spares not taken (``now``: at exit, where no event loop deletes them later)."""
        self.hold()
        for widget in self._widgets.values():
            if not shiboken6.isValid(widget):
                continue
            if now:
                shiboken6.delete(widget)
            else:
                widget.deleteLater()
        self._widgets.clear()

    # ------------------------------------------------------------------ building
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A key or a click puts the build off until the officer pauses."""
        if event.type() in _INPUT:
            self._idle.start()
        return False

    def _build(self) -> None:
        if not self._may_build or COMPLAINT_FORM in self._widgets:
            return
        self.hold()
        from ui.intake.complaint_form import ComplaintForm

        services = self._services
        # No parent: the intake page re-parents it. Built empty; it reads the reference lists only.
        form = ComplaintForm(self._ops, services.complaints, services.reference)
        self._widgets[COMPLAINT_FORM] = form
        self._language = self._translations.language.value
        log.debug("spare complaint form built")


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The next turn: the first frame is on screen before anything else runs. Not at all when the
            # widget (and this filter, its child) is deleted by then.
            QTimer.singleShot(0, self, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Calls ``then`` in the event loop's turn after ``widget``'s first paint (the main window's status bar
    and the reads behind it wait for it: they are not what the officer waits for after signing in)."""
    _AfterFirstPaint(widget, then)
