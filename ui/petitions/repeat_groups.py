"""Repeat groups on the petition form: the debounced look-up of earlier petitions of what looks like the
same group (its name, a representative's national ID), the banner listing them, and the link the
officer chooses.

Split out of ``ui.petitions.petition_form`` to keep that class under ~400 lines. The look-up itself is
the page's business (``PetitionsPage`` asks the service); this part only says when to look and shows
what was found. Its texts keep the form's translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from app.domain.tracking import format_tracking_code
from ui.fields.repeat_banner import RepeatBanner, RepeatEntry
from ui.formatting import show_date
from ui.petitions.representatives import RepresentativesModel

REPEAT_LOOKUP_DELAY_MS = 600
"""Quiet time after the last keystroke in the group name or an ID: one look-up per pause."""


@dataclass(frozen=True)
class RepeatMatch:
    """An earlier petition that looks like this group (name or a representative's ID), for linking."""

    record_id: str
    tracking_code: str
    group_name: str
    created_at: datetime
    reason: str  # "name" | "national_id"


class RepeatGroups(QObject):
    """When to look for repeat groups, what was found, and the earlier petition linked (``""`` none)."""

    check_requested = Signal(str, list)
    """Group name and representatives' national IDs changed: look for repeat groups (debounced)."""
    link_requested = Signal(str)
    """The officer chose to link this petition to an earlier one (its record id)."""
    link_changed = Signal()
    """The link was set or removed by the officer (an edit of the petition)."""

    def __init__(
        self,
        banner: RepeatBanner,
        group_name: QLineEdit,
        model: RepresentativesModel,
        loading: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._banner, self._group_name, self._model, self._loading = banner, group_name, model, loading
        self.linked_record_id = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPEAT_LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._emit_check)
        banner.link_chosen.connect(self._link_chosen)
        banner.unlink_requested.connect(self._unlink)
        group_name.textChanged.connect(self.schedule)
        model.national_id_edited.connect(self.schedule)

    def schedule(self) -> None:
        """Looks again after a pause in typing (not while a petition is being loaded)."""
        if not self._loading():
            self._timer.start()

    def _emit_check(self) -> None:
        ids = [r.national_id for r in self._model.representatives() if r.national_id]
        self.check_requested.emit(self._group_name.text(), ids)

    def show_matches(self, matches: Sequence[RepeatMatch], exclude_record_id: str, read_only: bool) -> None:
        """Shows earlier petitions of what looks like the same group (hidden when there are none)."""
        # Literal translate() calls with the form's context: lupdate extracts them, the .qm keeps them.
        reasons = {
            "name": QCoreApplication.translate("PetitionForm", "ชื่อกลุ่มตรงกัน"),
            "national_id": QCoreApplication.translate("PetitionForm", "ผู้แทนคนเดียวกัน"),
        }
        entries = [
            RepeatEntry(
                f"{format_tracking_code(m.tracking_code)}  {m.group_name}  "
                f"({show_date(m.created_at, style='short')}, "
                f"{reasons.get(m.reason, m.reason)})",
                m.record_id,
                m.tracking_code,
            )
            for m in matches
            if m.record_id != exclude_record_id
        ]
        title = QCoreApplication.translate("PetitionForm", "กลุ่มนี้เคยมายื่นคำร้องภายใน 90 วัน")
        self._banner.set_matches(title, entries)
        self._banner.set_read_only(read_only)

    def _link_chosen(self, record_id: str, tracking_code: str) -> None:
        self.linked_record_id = record_id
        shown = format_tracking_code(tracking_code)
        self._banner.set_linked(
            QCoreApplication.translate("PetitionForm", "เชื่อมโยงกับ {code} แล้ว").format(code=shown)
        )
        self.link_requested.emit(record_id)
        self.link_changed.emit()

    def _unlink(self) -> None:
        self.linked_record_id = ""
        self._banner.set_linked("")
        self.link_changed.emit()
