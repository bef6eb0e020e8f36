"""The live timeline of a group's visit: one key per event, each saved as a new version of the record.

While the group is on site the officer presses one key for what just happened; the time comes from the
counter's clock and the service appends the event as a new record version, so nothing already sent to the
center is rewritten. "Met with …" and "moved to …" need a word on whom or where: the note box takes it
(type, then press the key; or press the key and the note box asks). The departure time closes the visit.

=====  ==========================================================
F6     มาถึง (arrived)
F7     ยื่นหนังสือ (petition handed over)
F8     พบ … (met with; the note says whom)
F9     ย้ายไป … (moved to; the note says where)
F10    แยกย้าย (dispersed)
F11    บันทึกเหตุการณ์อื่น (any other note)
F12    เดินทางกลับ: ปิดการเยือน (departure time closes the visit)
=====  ==========================================================
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.petition import PetitionStatus, TimelineEvent, TimelineEventKind
from ui.fields.error_line import ErrorLine, ShowsError
from ui.fields.thai_datetime import ThaiDateTimeEdit
from ui.formatting import show_datetime, show_time
from ui.messages import QT_TRANSLATE_NOOP, timeline_event_text

EVENT_KEYS: tuple[tuple[TimelineEventKind, str], ...] = (
    (TimelineEventKind.ARRIVED, "F6"),
    (TimelineEventKind.PETITION_HANDED_OVER, "F7"),
    (TimelineEventKind.MET_WITH, "F8"),
    (TimelineEventKind.MOVED_TO, "F9"),
    (TimelineEventKind.DISPERSED, "F10"),
    (TimelineEventKind.NOTE, "F11"),
)
CLOSE_KEY = "F12"
NOTE_REQUIRED = {TimelineEventKind.MET_WITH, TimelineEventKind.MOVED_TO, TimelineEventKind.NOTE}
NOTE_PROMPT: dict[TimelineEventKind, str] = {
    TimelineEventKind.MET_WITH: QT_TRANSLATE_NOOP(
        "PetitionTimeline", "พบกับใคร (ชื่อ ตำแหน่ง หน่วยงาน) แล้วกด F8 อีกครั้งหรือ Enter"
    ),
    TimelineEventKind.MOVED_TO: QT_TRANSLATE_NOOP("PetitionTimeline", "ย้ายไปที่ใด แล้วกด F9 อีกครั้งหรือ Enter"),
    TimelineEventKind.NOTE: QT_TRANSLATE_NOOP("PetitionTimeline", "บันทึกเหตุการณ์ แล้วกด F11 อีกครั้งหรือ Enter"),
}


def event_label(event: TimelineEvent) -> str:
    """``พบ ผู้แทนกระทรวงเกษตรฯ``: the kind (in the interface language), with its note."""
    text = timeline_event_text(event.kind)
    return f"{text} {event.note}".strip() if event.note else text


class PetitionTimeline(ShowsError, QGroupBox):
    """The events of a visit, with one-key buttons to log more and the departure time to close it."""

    event_requested = Signal(str, str)
    """(TimelineEventKind value, note): the page saves it through the service."""
    close_requested = Signal(object)
    """An aware datetime: the departure time that closes the visit."""

    def __init__(
        self,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        shortcut_scope: QWidget | None = None,
    ) -> None:
        """``shortcut_scope`` is the widget whose focus makes the one-key shortcuts live (the whole
        petitions page, so the keys work while the officer is in the form); default: this panel."""
        super().__init__(parent)
        scope = shortcut_scope or self
        self.setObjectName("petition_timeline")
        self.setTitle(self.tr("ลำดับเหตุการณ์ระหว่างกลุ่มอยู่ในพื้นที่"))
        self._now = now
        self._pending_kind: TimelineEventKind | None = None
        self._busy = False
        self._status = PetitionStatus.PRESENT
        self._allowed = True
        self._registered = False

        lay = QVBoxLayout(self)
        self.hint = QLabel(self.tr("บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้"), self)
        self.hint.setObjectName("timeline_hint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("timeline_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("เวลา"), self.tr("เหตุการณ์"), self.tr("รายละเอียด"), self.tr("ผู้บันทึก")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table, 1)

        self.note = QLineEdit(self)
        self.note.setObjectName("timeline_note")
        self.note.setPlaceholderText(self.tr("รายละเอียด (พบใคร ย้ายไปที่ใด) — พิมพ์ก่อนกดปุ่มเหตุการณ์"))
        self.note.returnPressed.connect(self._note_entered)
        lay.addWidget(self.note)

        grid = QGridLayout()
        self.buttons: dict[TimelineEventKind, QPushButton] = {}
        for i, (kind, key) in enumerate(EVENT_KEYS):
            suffix = " …" if kind in (TimelineEventKind.MET_WITH, TimelineEventKind.MOVED_TO) else ""
            button = QPushButton(f"{timeline_event_text(kind)}{suffix} ({key})", self)
            button.setObjectName(f"event:{kind.value}")
            button.clicked.connect(lambda _=False, k=kind: self.request(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[kind] = button
            shortcut = QShortcut(QKeySequence(key), scope)
            # Live wherever the officer's focus is inside the scope (the form included), and only there:
            # another page of the same window may use the same keys.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self._shortcut_request(k))
        lay.addLayout(grid)

        close_row = QHBoxLayout()
        close_row.addWidget(QLabel(self.tr("เวลาเดินทางกลับ"), self))
        self.departed_at = ThaiDateTimeEdit(self)
        self.departed_at.setObjectName("timeline_departed_at")
        close_row.addWidget(self.departed_at, 1)
        self.close_button = QPushButton(self.tr("ปิดการเยือน ({key})").format(key=CLOSE_KEY), self)
        self.close_button.setObjectName("close_visit")
        self.close_button.clicked.connect(self.request_close)
        close_row.addWidget(self.close_button)
        lay.addLayout(close_row)
        close_key = QShortcut(QKeySequence(CLOSE_KEY), scope)
        close_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close_key.activated.connect(self._shortcut_close)

        self.error_label = ErrorLine(self, "error:timeline")
        lay.addWidget(self.error_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("visit_status")
        lay.addWidget(self.status_label)
        self.set_events([], PetitionStatus.PRESENT, None, registered=False)

    # ------------------------------------------------------------------ requests
    def request(self, kind: TimelineEventKind) -> None:
        """Logs an event now; events that need a note ask for it first."""
        if not self._active():
            return
        note = self.note.text().strip()
        if kind in NOTE_REQUIRED and not note:
            self._pending_kind = kind
            self.note.setPlaceholderText(self.tr(NOTE_PROMPT[kind]))
            self.set_error(self.tr("กรุณาพิมพ์รายละเอียดก่อน: ") + self.tr(NOTE_PROMPT[kind]))
            self.note.setFocus()
            return
        self._pending_kind = None
        self.set_error("")
        self._busy = True
        self._update_enabled()
        self.event_requested.emit(kind.value, note)

    def _shortcut_request(self, kind: TimelineEventKind) -> None:
        if self.isVisible():
            self.request(kind)

    def _note_entered(self) -> None:
        if self._pending_kind is not None:
            self.request(self._pending_kind)

    def request_close(self) -> None:
        """Closes the visit at the departure time shown (now, unless the officer changed it)."""
        if not self._active():
            return
        self.set_error("")
        self._busy = True
        self._update_enabled()
        self.close_requested.emit(self.departed_at.value())

    def _shortcut_close(self) -> None:
        if self.isVisible():
            self.request_close()

    # ------------------------------------------------------------------ results
    def event_saved(self) -> None:
        """The service saved the last request: clear the note, ready for the next key."""
        self._busy = False
        self.note.clear()
        self.note.setPlaceholderText(self.tr("รายละเอียด (พบใคร ย้ายไปที่ใด) — พิมพ์ก่อนกดปุ่มเหตุการณ์"))
        self._update_enabled()

    def request_failed(self, text: str) -> None:
        """The service refused or failed: say why (Thai), keep the note as typed."""
        self._busy = False
        self.set_error(text)
        self._update_enabled()

    def set_events(
        self,
        events: Sequence[TimelineEvent],
        status: PetitionStatus,
        departed_at: datetime | None,
        *,
        registered: bool = True,
    ) -> None:
        """Shows a record's timeline and whether the visit is still open."""
        self.table.setRowCount(0)
        ordered = sorted(events, key=lambda e: e.at or datetime.min.replace(tzinfo=UTC))
        for event in ordered:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = show_time(event.at) if event.at else ""
            cells = (when, timeline_event_text(event.kind), event.note, event.officer)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0 and event.at is not None:
                    item.setToolTip(show_datetime(event.at))
                self.table.setItem(row, col, item)
        if ordered:
            self.table.scrollToBottom()
        self._status = status
        self._registered = registered
        self.hint.setVisible(not registered)
        if status is PetitionStatus.CLOSED and departed_at is not None:
            self.status_label.setText(
                self.tr("ปิดการเยือนแล้ว กลุ่มเดินทางกลับเมื่อ {when}").format(when=show_datetime(departed_at))
            )
        elif registered:
            self.status_label.setText(self.tr("กลุ่มยังอยู่ในพื้นที่"))
        else:
            self.status_label.setText("")
        if status is not PetitionStatus.CLOSED:
            self.departed_at.set_value(self._now())
        self._busy = False
        self._update_enabled()

    def set_allowed(self, allowed: bool) -> None:
        """Counter officers see the timeline but may not log events."""
        self._allowed = allowed
        self._update_enabled()

    def refresh_clock(self) -> None:
        """Puts the current time in the departure box (the page calls this when it is shown)."""
        if self._status is not PetitionStatus.CLOSED:
            self.departed_at.set_value(self._now())

    def event_texts(self) -> list[str]:
        """Each shown row as ``HH:MM เหตุการณ์ รายละเอียด`` (tests and accessibility)."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [(item.text() if (item := self.table.item(row, c)) else "") for c in range(3)]
            out.append(" ".join(c for c in cells if c))
        return out

    def _active(self) -> bool:
        return (
            self._allowed and self._registered and not self._busy and self._status is PetitionStatus.PRESENT
        )

    def _update_enabled(self) -> None:
        active = self._active()
        for button in self.buttons.values():
            button.setEnabled(active)
        self.close_button.setEnabled(active)
        self.departed_at.setEnabled(active)
        self.note.setEnabled(self._allowed and self._registered and self._status is PetitionStatus.PRESENT)
