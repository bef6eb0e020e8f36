"""The autosaved draft of a form that has not been saved yet, and the bar that says one was restored.

Shared by the complaint intake and the petitions desk: a change starts a quiet-time timer; when it runs out
the form's draft data is written to the officer's draft slot (``services.drafts``) through ``ui.ops``; a
failed write is logged and retried at the next change, never shown (a lost autosave is not worth
interrupting a citizen's visit). The page says what the draft holds and when a draft may be written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.drafts import DraftService
from app.services.types import CurrentUser, KnownError
from ui.ops import Ops, on_known_error, weak_method

log = logging.getLogger("psc.ui")

AUTOSAVE_DELAY_MS = 1500
"""Quiet time after the last change before the draft is written: often enough to lose at most a few
seconds of typing, rarely enough not to write on every keystroke."""


class DraftKeeper(QObject):
    """Writes, restores and discards one form's draft slot (``form``) for the signed-in officer."""

    saved = Signal()
    """A draft was written."""
    loaded = Signal(object)
    """The stored draft (a dict) or ``None``, after ``restore()``."""

    def __init__(
        self,
        ops: Ops,
        drafts: DraftService,
        user: CurrentUser,
        form: str,
        *,
        collect: Callable[[], dict[str, Any]],
        may_save: Callable[[], bool],
        parent: QObject,
    ) -> None:
        """``collect()`` gives the draft data now; ``may_save()`` says whether a draft may be written now
        (not while the real save runs, not for a record already saved): bound methods, held weakly."""
        super().__init__(parent)
        self._ops, self._drafts, self._user, self.form = ops, drafts, user, form
        self._collect, self._may_save = weak_method(collect), weak_method(may_save)
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        """The officer changed something: write the draft after the quiet time."""
        self.dirty = True
        self._timer.start()

    def save_now(self) -> None:
        """Writes the draft now when there is something unsaved (the timer calls this)."""
        self._timer.stop()
        if not self.dirty or not self._may_save():
            return
        self.dirty = False
        data, drafts, user, form = self._collect(), self._drafts, self._user, self.form
        self._ops.run_write(
            lambda: drafts.save(user, form, data), lambda _r: self.saved.emit(), self._failed, owner=self
        )

    def save_after_failed_save(self) -> None:
        """The real save was refused for a known reason: keep the draft current so a crash loses nothing."""
        self.dirty = True
        self.save_now()

    def restore(self) -> None:
        """Reads the stored draft; ``loaded`` delivers it."""
        drafts, user, form = self._drafts, self._user, self.form
        # A read, but on the writer: a draft written by the page this one replaces (language switch,
        # sign-out and back in) is then certainly stored before it is read.
        self._ops.run_write(lambda: drafts.load(user, form), self.loaded.emit, self._failed, owner=self)

    def discard(self) -> None:
        """Forgets the draft (a new form, or the record was saved)."""
        self.settle()
        drafts, user, form = self._drafts, self._user, self.form
        self._ops.run_write(lambda: drafts.discard(user, form), None, self._failed, owner=self)

    def discard_in_worker(self) -> None:
        """Forgets the draft from inside a save job on the writer thread, right after the record is safe
        (same thread, so no autosave slips in between). A failure is logged: the record is saved."""
        try:
            self._drafts.discard(self._user, self.form)
        except KnownError:
            log.warning("%s draft not discarded after save", self.form)

    def settle(self) -> None:
        """Nothing is unsaved any more (saved, loaded, or thrown away): no draft pending."""
        self._timer.stop()
        self.dirty = False

    def stop(self) -> None:
        """Holds the pending write (a save is starting)."""
        self._timer.stop()

    def flush(self) -> None:
        """Writes a pending draft now (the page is closing)."""
        if self.dirty:
            self.save_now()

    def _failed(self, exc: Exception) -> None:
        on_known_error(_not_shown, also=self._write_failed)(exc)

    def _write_failed(self, exc: KnownError) -> None:
        log.warning("%s draft not written: %s", self.form, exc.code)
        self.dirty = True


def _not_shown(_text: str) -> None:
    """A lost autosave is logged, not shown: it is retried at the next change."""


class DraftBar(QFrame):
    """ "Restored what you typed last time" with a button to throw it away."""

    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_bar")
        self.setStyleSheet(
            "#draft_bar { background: #e8f0fe; border: 1px solid #7a9ad0; border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        self.label = QLabel(self)
        row.addWidget(self.label, 1)
        self.discard_button = QPushButton(self.tr("ล้างข้อมูลที่กู้คืน"), self)
        self.discard_button.setObjectName("discard_draft")
        self.discard_button.clicked.connect(self.discard_requested)
        row.addWidget(self.discard_button)
        self.setVisible(False)

    def show_restored(self) -> None:
        """Says a draft was restored."""
        self.label.setText(self.tr("กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย"))
        self.setVisible(True)
