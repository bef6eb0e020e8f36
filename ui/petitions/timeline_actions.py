"""What the live timeline's keys do: each event (and closing the visit) is saved as the petition's next
version on the writer thread, then the record is read again so the page shows the new envelope."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.domain.petition import TimelineEventKind
from app.services.petitions import PetitionRecord, PetitionService
from app.services.types import CurrentUser, KnownError, SaveResult, ValidationFailed
from ui.messages import petition_error_text, petition_issue_text
from ui.ops import Ops, on_known_error
from ui.petitions.petition_timeline import PetitionTimeline


class TimelineActions(QObject):
    """Saves the timeline's requests for the petition ``current()`` returns."""

    saved = Signal(object)
    """The ``SaveResult`` of an event or of closing the visit."""
    reloaded = Signal(object)
    """The petition record read again after an event."""
    read_failed = Signal(str)
    """Words for a failed re-read (shown by the page)."""

    def __init__(
        self,
        ops: Ops,
        service: PetitionService,
        user: CurrentUser,
        timeline: PetitionTimeline,
        *,
        current: Callable[[], PetitionRecord | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._ops, self._service, self._user, self._timeline, self._current = (
            ops,
            service,
            user,
            timeline,
            current,
        )
        timeline.event_requested.connect(self.log_event)
        timeline.close_requested.connect(self.close_visit)
        self._failed = on_known_error(
            timeline.request_failed, text=lambda exc: petition_error_text(exc.code), invalid=self._invalid
        )

    def log_event(self, kind: str, note: str) -> None:
        """Saves one event (arrived, petition handed over, met with …) with its note."""
        record = self._current()
        if record is None:
            self._timeline.request_failed(self.tr("บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้"))
            return
        service, user, record_id, event = self._service, self._user, record.record_id, TimelineEventKind(kind)
        self._ops.run_write(
            lambda: service.log_event(user, record_id, event, note), self._done, self._failed, owner=self
        )

    def close_visit(self, departed_at: datetime) -> None:
        """Closes the visit at the departure time given."""
        record = self._current()
        if record is None:
            return
        service, user, record_id = self._service, self._user, record.record_id
        self._ops.run_write(
            lambda: service.close_visit(user, record_id, departed_at), self._done, self._failed, owner=self
        )

    def _done(self, result: SaveResult) -> None:
        self._timeline.event_saved()
        self.saved.emit(result)
        service, record_id = self._service, result.record_id
        self._ops.run_read(
            lambda: service.load(record_id),
            self.reloaded.emit,
            on_known_error(self.read_failed.emit, text=_text),
            owner=self,
        )

    def _invalid(self, error: ValidationFailed) -> None:
        self._timeline.request_failed("\n".join(dict.fromkeys(petition_issue_text(i) for i in error.issues)))


def _text(exc: KnownError) -> str:
    return petition_error_text(exc.code)
