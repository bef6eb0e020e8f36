"""Earlier visits of the complainant on the complaint form: looked up (debounced) when a valid national ID
or phone number is typed, shown in the shared repeat-visit banner, and the link the officer makes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.tracking import format_tracking_code
from app.services.types import RecordRow
from ui.fields.repeat_banner import RepeatBanner, RepeatEntry
from ui.formatting import show_datetime
from ui.ops import Ops, weak_method

REPEAT_LOOKUP_DELAY_MS = 400
"""Pause after a valid ID or phone before asking for earlier visits."""


class RepeatFinder(Protocol):
    """What the look-up needs from ``services.complaints``."""

    def find_repeats(
        self, national_id: str = "", phone: str = "", exclude_record_id: str = ""
    ) -> list[RecordRow]: ...


class RepeatVisits(QObject):
    """The look-up and the link behind a complaint form's repeat banner."""

    found = Signal(list)
    """Earlier visits (``list[RecordRow]``), maybe empty."""
    link_changed = Signal()
    """The officer linked or unlinked this visit."""
    prefill_requested = Signal(str)
    """The officer asked for the citizen's details of the linked case (its record id)."""

    def __init__(
        self,
        ops: Ops,
        complaints: RepeatFinder,
        exclude_record_id: str,
        *,
        query: Callable[[], tuple[str, str] | None],
        banner: RepeatBanner,
        parent: QObject,
    ) -> None:
        """``complaints.find_repeats`` runs on a worker (never offering ``exclude_record_id``, the record
        being amended); ``query()`` says what to look for now (valid ID, valid phone; ``None`` when nothing
        may be looked up, as for an anonymous complaint)."""
        super().__init__(parent)
        self._ops, self._complaints, self._banner = ops, complaints, banner
        self._query = weak_method(query)
        self._exclude = exclude_record_id
        self._key = ("", "")
        self.linked_record_id = ""
        self.linked_code = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPEAT_LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        banner.link_chosen.connect(self.link_to)
        banner.unlink_requested.connect(self.unlink)
        banner.prefill_requested.connect(lambda: self.prefill_requested.emit(self.linked_record_id))

    def schedule(self) -> None:
        """Looks up after a pause (each keystroke restarts it)."""
        self._timer.start()

    def look_up(self) -> None:
        """Asks for earlier visits of what is typed now, unless that was the last question."""
        key = self._query()
        if key is None or key == self._key:
            return
        self._key = key
        nid, phone = key
        if not nid and not phone:
            self._ops.forget("repeats", self)
            self.show([])
            return
        complaints, exclude = self._complaints, self._exclude
        self._ops.run_read(
            lambda: complaints.find_repeats(national_id=nid, phone=phone, exclude_record_id=exclude),
            self._arrived,
            owner=self,
            key="repeats",
        )

    def _arrived(self, rows: list[RecordRow]) -> None:
        self.show(rows)
        self.found.emit(rows)

    def reset(self) -> None:
        """Nothing looked up (a new form)."""
        self.show([])
        self._key = ("", "")

    def show(self, rows: list[RecordRow]) -> None:
        """Lists these earlier visits in the banner (hidden when none)."""
        entries = [
            RepeatEntry(
                "  ·  ".join(
                    (format_tracking_code(row.tracking_code), show_datetime(row.created_at), row.subject)
                ),
                row.record_id,
                row.tracking_code,
            )
            for row in rows
        ]
        title = (
            self.tr("ผู้ร้องรายนี้เคยมาร้องเรื่องไว้แล้ว %n เรื่อง หากเป็นเรื่องเดิมให้เชื่อมโยงการมาครั้งนี้", "", len(rows))
            if rows
            else self._banner.label.text()
        )
        self._banner.set_matches(title, entries)

    def link_to(self, record_id: str, tracking_code: str = "") -> None:
        """Marks this visit as a repeat of an earlier case."""
        self.set_link(record_id, tracking_code)
        # Linked by the officer now (not loaded with a draft or a record): offer the earlier details.
        self._banner.offer_prefill(bool(record_id))
        self.link_changed.emit()

    def unlink(self) -> None:
        """Removes the link to an earlier case."""
        self.set_link("", "")
        self.link_changed.emit()

    def set_link(self, record_id: str, tracking_code: str) -> None:
        """Shows the link (a loaded record's, or none) without it counting as an edit."""
        self.linked_record_id = record_id
        self.linked_code = tracking_code
        self._banner.offer_prefill(False)
        shown = format_tracking_code(tracking_code) if tracking_code else record_id[:8]
        text = self.tr("การมาครั้งนี้เชื่อมโยงกับเรื่องเดิม เลขติดตาม %1").replace("%1", shown) if record_id else ""
        self._banner.set_linked(text)
