"""The Thai ID card reader in the forms: a panel in each form, one watcher per window, a status-bar line.

* :class:`CardPanel` sits in a form (the complaint's person, the petition's representatives). It is hidden
  while the counter has no reader (no reader is a quiet state: the form works as before), hints "insert the
  card" while one is there, and, when a card is read, hands the ``ThaiIdCard`` to the form's
  ``fill_from_card``; the filled fields are marked (:func:`mark_from_card`) and stay editable. An expired
  card is flagged; a card pulled out mid-read leaves the form as it was, with a Thai message. The photo is
  read only on demand, shown, and attached only when the officer asks (the citizen's consent).
* :class:`CardWatcher` watches the readers on a thread of its own (``SCardGetStatusChange`` blocks), and
  when a card comes in reads it through ``Ops.run_write`` (the read is an audit event) for the visible
  panel. The GUI thread never waits on the card.
* :class:`CardReaderStatus` is the status-bar line: nothing without a reader, else its state.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.thai_id_card import ThaiIdCard
from app.domain.thaidate import format_thai_date
from app.services.devices import ReaderState
from app.services.types import CurrentUser
from ui.ops import Ops, on_known_error

log = logging.getLogger("psc.ui")

FROM_CARD_STYLE = "background: #e3f0ff;"
"""Light blue: this value came from the card's chip (still editable)."""
_FROM_CARD = "from_card"
POLL_MS = 250
"""How long one wait for a reader change lasts; also how long closing the window waits for the thread."""
NO_SERVICE_RETRY_S = 2.0
"""Without a PC/SC service (or reader) look again this often: a reader may be plugged in later."""


class CardReaders(Protocol):
    """What the watcher needs from ``services.card_reader``."""

    @property
    def available(self) -> bool: ...

    def watcher(self) -> Any: ...

    def read_card(self, user: CurrentUser, reader: str, with_photo: bool = False) -> ThaiIdCard: ...


def mark_from_card(widgets: list[QWidget]) -> None:
    """Marks fields as read from the card (light blue, a tooltip); the mark goes when the officer edits."""
    tip = QCoreApplication.translate("CardPanel", "อ่านจากบัตรประจำตัวประชาชน แก้ไขได้")
    for widget in widgets:
        widget.setProperty(_FROM_CARD, True)
        widget.setStyleSheet(FROM_CARD_STYLE)
        widget.setToolTip(tip)
        edited = getattr(widget, "textEdited", None)
        if edited is not None and not widget.property("from_card_wired"):
            widget.setProperty("from_card_wired", True)
            edited.connect(lambda _t, w=widget: unmark(w))


def unmark(widget: QWidget) -> None:
    """Takes the "read from the card" mark off a field."""
    if widget.property(_FROM_CARD):
        widget.setProperty(_FROM_CARD, False)
        widget.setStyleSheet("")
        widget.setToolTip("")


def is_from_card(widget: QWidget) -> bool:
    """Whether a field holds what the card said (not edited since)."""
    return bool(widget.property(_FROM_CARD))


class CardPanel(QFrame):
    """The card's place in one form: hint, reading state, result, photo on demand."""

    attach_photo_requested = Signal(bytes)
    """The officer attaches the card's photo (JPEG bytes) with the citizen's consent."""
    photo_requested = Signal()

    def __init__(
        self, apply: Callable[[ThaiIdCard], None], parent: QWidget | None = None, *, can_attach: bool = True
    ) -> None:
        """``can_attach``: the form stores the photo when asked (``attach_photo_requested``)."""
        super().__init__(parent)
        self._can_attach = can_attach
        self.setObjectName("card_panel")
        self.setStyleSheet(
            "#card_panel { background: #f3f8ff; border: 1px solid #9bb8e0; border-radius: 4px; }"
        )
        self._apply = apply
        self._photo = b""
        self.expired = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        texts = QVBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("card_message")
        self.message.setWordWrap(True)
        texts.addWidget(self.message)
        buttons = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("ดูรูปถ่ายจากบัตร"), self)
        self.photo_button.setObjectName("card_photo_button")
        self.photo_button.clicked.connect(self.photo_requested)
        self.attach_button = QPushButton(self.tr("แนบรูปถ่าย (ผู้ร้องยินยอมแล้ว)"), self)
        self.attach_button.setObjectName("card_attach_photo")
        self.attach_button.clicked.connect(lambda: self.attach_photo_requested.emit(self._photo))
        for button in (self.photo_button, self.attach_button):
            # Rarely used: kept out of the Tab/Enter chain of the keyboard-first form.
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.setVisible(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        lay.addLayout(texts, 1)
        self.photo = QLabel(self)
        self.photo.setObjectName("card_photo")
        self.photo.setFixedSize(72, 90)
        self.photo.setScaledContents(True)
        self.photo.setVisible(False)
        lay.addWidget(self.photo)
        self.setVisible(False)  # no reader: nothing to say

    def set_reader_present(self, present: bool) -> None:
        """Shows the panel while a reader is connected (with a hint until a card is read)."""
        if present and not self.message.text():
            self._say(self.tr("เสียบบัตรประชาชนเพื่อกรอกชื่อ เลขประจำตัว วันเกิด และที่อยู่โดยอัตโนมัติ"))
        self.setVisible(present)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")

    def show_reading(self) -> None:
        """The card is being read (a second or so)."""
        self._say(self.tr("กำลังอ่านบัตร… กรุณาอย่าดึงบัตรออก"))

    def show_card(self, card: ThaiIdCard, today: date) -> None:
        """Fills the form from the card and says so (flagging an expired card)."""
        self._apply(card)
        self._photo = b""
        self.photo.setVisible(False)
        self.attach_button.setVisible(False)
        self.photo_button.setVisible(True)
        self.expired = card.is_expired(today)
        expiry = card.expiry_date.to_date() if card.expiry_date else None
        if self.expired and expiry is not None:
            self._say(
                self.tr("บัตรหมดอายุแล้ว (หมดอายุ %1) กรอกข้อมูลให้แล้ว กรุณาตรวจสอบเอกสารอื่นประกอบ").replace(
                    "%1", format_thai_date(expiry, style="short")
                ),
                error=True,
            )
        else:
            self._say(self.tr("กรอกข้อมูลจากบัตรประชาชนแล้ว (ช่องสีฟ้า) กรุณาตรวจสอบ แก้ไขได้"))

    def show_photo(self, jpeg: bytes) -> None:
        """Shows the card's photo; it is kept only in memory until the officer attaches it."""
        pix = QPixmap()
        if not jpeg or not pix.loadFromData(jpeg, "JPEG"):
            self._say(self.tr("บัตรนี้ไม่มีรูปถ่ายที่อ่านได้"), error=True)
            return
        self._photo = jpeg
        self.photo.setPixmap(pix)
        self.photo.setVisible(True)
        self.attach_button.setVisible(self._can_attach)

    def show_error(self, text: str) -> None:
        """The card could not be read; the form is untouched."""
        self._say(text, error=True)

    def forget_photo(self) -> None:
        """Drops the photo from memory and screen (the next citizen, or once attached)."""
        self._photo = b""
        self.photo.clear()
        self.photo.setVisible(False)
        self.attach_button.setVisible(False)


class CardWatcher(QObject):
    """Watches the card readers for one window and fills the visible :class:`CardPanel` from a new card."""

    readers_changed = Signal(object)
    """``list[ReaderState]`` whenever a reader or card comes or goes (delivered on the GUI thread)."""
    card_filled = Signal(object)
    """A ``ThaiIdCard`` that was put into a form."""
    read_failed = Signal(str)
    """The Thai message shown for a card that could not be read."""
    reading = Signal(bool)
    _changed = Signal(object)

    def __init__(
        self,
        root: QWidget,
        ops: Ops,
        readers: CardReaders,
        user: CurrentUser,
        today: Callable[[], date],
        *,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(root)
        self._root = root
        self._ops = ops
        self._readers = readers
        self._user = user
        self._today = today
        self._poll_ms = poll_ms
        self.states: list[ReaderState] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._changed.connect(self._states_arrived)

    def start(self) -> None:
        """Starts watching (nothing happens when the counter has no card-reader support)."""
        if self._thread is not None or not self._readers.available:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="psc-card-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stops watching; returns once the thread has ended (within one poll)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        # Runs on the watch thread: only PC/SC calls and signal emits (queued to the GUI thread).
        watcher = self._readers.watcher()
        known: list[ReaderState] = watcher.snapshot()
        self._changed.emit(known)
        while not self._stop.is_set():
            if not known and self._stop.wait(NO_SERVICE_RETRY_S):
                break
            current: list[ReaderState] = watcher.wait_for_change(known, self._poll_ms)
            if current != known:
                known = current
                self._changed.emit(current)

    def panels(self) -> list[CardPanel]:
        """Every card panel in this window."""
        return self._root.findChildren(CardPanel)

    def target(self) -> CardPanel | None:
        """The panel a card goes to: the one on screen (and enabled) in this window."""
        for panel in self.panels():
            if panel.isVisible() and panel.isEnabled():
                return panel
        return None

    def refresh(self) -> None:
        """Tells every panel of the window whether there is a reader (call after pages are rebuilt)."""
        for panel in self.panels():
            panel.set_reader_present(bool(self.states))
            if not panel.property("card_watcher_wired"):  # panels come and go with the pages
                panel.setProperty("card_watcher_wired", True)
                panel.photo_requested.connect(self._photo_wanted)

    def _states_arrived(self, states: list[ReaderState]) -> None:
        before = {s.name: s.has_card for s in self.states}
        self.states = states
        self.refresh()
        self.readers_changed.emit(states)
        for state in states:
            if state.has_card and not before.get(state.name, False):
                self.read(state.name)

    def read(self, reader: str, *, with_photo: bool = False, panel: CardPanel | None = None) -> None:
        """Reads the card in ``reader`` for ``panel`` (default: the visible one) in the background."""
        target = panel or self.target()
        if target is None:
            return  # no form open that takes a card: leave the card alone
        if not with_photo:
            target.show_reading()
        self.reading.emit(True)
        readers, user = self._readers, self._user
        self._ops.run_write(
            lambda: readers.read_card(user, reader, with_photo),
            lambda card: self._read_done(target, card, with_photo),
            lambda exc: self._read_error(target, exc),
            owner=target,
        )

    def _read_done(self, panel: CardPanel, card: ThaiIdCard, with_photo: bool) -> None:
        self.reading.emit(False)
        if with_photo:
            panel.show_photo(card.photo)
            return
        panel.show_card(card, self._today())
        self.card_filled.emit(card)

    def _read_error(self, panel: CardPanel, exc: Exception) -> None:
        self.reading.emit(False)

        def shown(text: str) -> None:
            panel.show_error(text)
            self.read_failed.emit(text)

        try:
            on_known_error(shown)(exc)
        except Exception as bug:
            sys.excepthook(type(bug), bug, bug.__traceback__)

    def _photo_wanted(self) -> None:
        panel = self.sender()
        reader = next((s.name for s in self.states if s.has_card), "")
        if isinstance(panel, CardPanel) and reader:
            self.read(reader, with_photo=True, panel=panel)


class CardReaderStatus(QLabel):
    """The status-bar line of the card reader: empty (and hidden) when there is none."""

    def __init__(self, watcher: CardWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_reader_status")
        self._states: list[ReaderState] = []
        self._reading = False
        watcher.readers_changed.connect(self._readers)
        watcher.reading.connect(self._busy)
        self.setVisible(False)

    def _readers(self, states: list[ReaderState]) -> None:
        self._states = states
        self._show()

    def _busy(self, busy: bool) -> None:
        self._reading = busy
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """The line outlives a language switch (the status bar keeps it): re-say it in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        if not self._states:
            self.setText("")
            self.setVisible(False)
            return
        if self._reading:
            text = self.tr("เครื่องอ่านบัตร: กำลังอ่านบัตร…")
        elif any(s.has_card for s in self._states):
            text = self.tr("เครื่องอ่านบัตร: มีบัตรอยู่ในเครื่อง")
        else:
            text = self.tr("เครื่องอ่านบัตร: พร้อม")
        self.setText(text)
        self.setVisible(True)
