"""The group petition form of the mass-coordination desk (docs/ARCHITECTURE.md, Module map, การประสานมวลชน).

Keyboard-first like the complaint form: every field is reached with Tab in reading order, tables are edited
in place (F2 or typing), and the form's actions have shortcuts:

=====================  ==================================================
Ctrl+S                 save (register, or amend with a reason)
Ctrl+Shift+R           add a representative (focus goes to the new row)
Ctrl+Shift+D           add a demand (focus goes to the new row)
Alt+Up / Alt+Down      move the selected demand (or representative) up or down
Ctrl+Delete            remove the selected row of the focused table
Ctrl+O                 attach files (petition letter, signature sheets, photos)
Enter (province box)   add the province typed there; Delete in the list removes one
=====================  ==================================================

The form is dumb (docs/ARCHITECTURE.md, UI rule 1): it reads and writes a :class:`GroupPetitionPayload`,
shows the Thai text
of the :class:`FieldIssue` list the service or ``validate_petition`` returns beside each field, and emits
signals; it opens no session and runs no rule of its own beyond parsing what was typed
(``app.domain.petition_text``). Nothing typed is ever cleared by a failed save: errors only add red text.

Its parts live beside it: the representatives model and editor (``representatives``), the demands and
meetings tables (``demands``), the visit (``visit_section``), the agencies (``agency_picker``), the
shared repeat-visit banner (``ui.fields.repeat_banner``) with the repeat-group look-up and link
(``repeat_groups``), and where each issue shows (``issue_marks``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import BANGKOK
from app.domain.issues import FieldIssue
from app.domain.petition import (
    GroupPetitionPayload,
    Official,
    PetitionStatus,
    petition_from_payload,
    petition_to_payload,
)
from app.domain.thai_id_card import ThaiIdCard
from ui.fields.attachments_panel import AttachmentsPanel
from ui.fields.card_reader import CardPanel
from ui.fields.field import ERROR_STYLE, FieldBox
from ui.fields.repeat_banner import RepeatBanner
from ui.messages import petition_issue_text
from ui.ops import Ops
from ui.petitions.agency_picker import AgencyPicker
from ui.petitions.demands import DemandsEditor, MeetingsEditor
from ui.petitions.issue_marks import IssueMarks
from ui.petitions.live_issues import LiveIssues
from ui.petitions.petition_keys import READ_ONLY_STYLE, install_flow, read_only_reason
from ui.petitions.repeat_groups import REPEAT_LOOKUP_DELAY_MS, RepeatGroups, RepeatMatch
from ui.petitions.representatives import REP_COL, RepresentativesEditor
from ui.petitions.visit_section import VisitSection

__all__ = ["REPEAT_LOOKUP_DELAY_MS", "REP_COL", "PetitionForm", "RepeatMatch", "petition_issue_text"]


class PetitionForm(QWidget):
    """Every field of a group petition, with Thai errors beside the fields."""

    save_requested = Signal()
    """The officer asked to save (Ctrl+S or the button)."""
    changed = Signal()
    """Something was typed or chosen (the page autosaves a draft, debounced)."""
    repeat_check_requested = Signal(str, list)
    """Group name and representatives' national IDs changed: look for repeat groups (debounced)."""
    link_requested = Signal(str)
    """The officer chose to link this petition to an earlier one (its record id)."""

    def __init__(self, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        """``ops`` runs the address finder of the representative details (without it, no finder)."""
        super().__init__(parent)
        self.setObjectName("petition_form")
        self._boxes: dict[str, FieldBox] = {}
        self._loading = False
        self._read_only = False
        self._status = PetitionStatus.PRESENT
        self._timeline: list[Any] = []  # kept as loaded; the timeline panel shows and extends it

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self._body = body
        layout = QVBoxLayout(body)

        layout.addWidget(self._group_section())
        self.repeats = RepeatBanner(self.tr("เชื่อมโยงกับคำร้องที่เลือก"), self)
        layout.addWidget(self.repeats)
        self.representatives = RepresentativesEditor(ops, self)
        self.representatives.model.edited.connect(self._on_changed)
        layout.addWidget(self.representatives)
        self.visit = VisitSection(self)
        self.visit.changed.connect(self._on_changed)
        layout.addWidget(self.visit)
        layout.addWidget(self._issue_section())
        self.agencies = AgencyPicker(self)
        self.agencies.changed.connect(self._on_changed)
        layout.addWidget(self.agencies)
        layout.addWidget(self._receiving_section())
        box = QGroupBox(self.tr("การประชุม/การเข้าพบที่จัดให้"), self)
        self.meetings = MeetingsEditor(box)
        self.meetings.changed.connect(self._on_changed)
        QVBoxLayout(box).addWidget(self.meetings)
        layout.addWidget(box)
        self.attachments = AttachmentsPanel(self)
        layout.addWidget(self.attachments)
        self.attachments.changed.connect(self._on_changed)
        layout.addWidget(self._follow_up_section())
        for part in (self.representatives, self.demands, self.meetings, self.agencies):
            self._boxes[part.box.path] = part.box
        self._boxes.update(self.visit.boxes)
        self._alias_part_widgets()
        self.repeat_groups = RepeatGroups(
            self.repeats, self.group_name, self.rep_model, loading=lambda: self._loading, parent=self
        )
        self.repeat_groups.check_requested.connect(self.repeat_check_requested)
        self.repeat_groups.link_requested.connect(self.link_requested)
        self.repeat_groups.link_changed.connect(self._on_changed)

        self.save_button = QPushButton(self.tr("บันทึก (Ctrl+S)"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save_requested)
        self.form_error = QLabel(self)
        self.form_error.setObjectName("form_error")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.form_error, 1)
        row.addWidget(self.save_button)
        outer.addLayout(row)

        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)
        row.insertWidget(0, self.read_only_note, 1)
        parts = (self.representatives, self.demands, self.meetings, self.visit, self.agencies)
        self.marks = IssueMarks(self, self._boxes, self.form_error, parts, self.attachments)
        self.flow = install_flow(self)
        self.live_issues = LiveIssues(self)

        self._shortcut("Ctrl+S", self._request_save)
        self._shortcut("Ctrl+Shift+R", self.add_representative)
        self._shortcut("Ctrl+Shift+D", self.add_demand)
        self._shortcut("Ctrl+O", self.attachments.choose_files)
        self._shortcut("Ctrl+Delete", self._remove_current_row)
        self.clear()

    def _alias_part_widgets(self) -> None:
        """The parts' widgets under the names other screens, tests and screenshots reach them by."""
        reps, visit = self.representatives, self.visit
        self.rep_table, self.rep_model, self.rep_detail = reps.view, reps.model, reps.detail
        self.rep_fields, self.rep_address, self.rep_id_document = reps.fields, reps.address, reps.id_document
        self.headcount, self.headcount_method = visit.headcount, visit.headcount_method
        self.province_picker, self.province_list = visit.province_picker, visit.province_list
        self.arrived_at, self.departed, self.departed_at = visit.arrived_at, visit.departed, visit.departed_at
        self.arrival_gate, self.arrival_hall = visit.arrival_gate, visit.arrival_hall
        self.repeat_box, self.repeat_list = self.repeats.banner, self.repeats.list
        self.link_button, self.linked_label = self.repeats.link_button, self.repeats.linked_label
        self.agency_filter, self.agency_list = self.agencies.filter, self.agencies.list
        self.demand_table, self.meeting_table = self.demands.table, self.meetings.table

    # ------------------------------------------------------------------ building
    def _shortcut(self, keys: str, slot: Callable[[], Any]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _line(self, path: str, placeholder: str = "") -> tuple[QLineEdit, FieldBox]:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_changed)
        edit.setObjectName(path)
        box = FieldBox(path, edit, self)
        self._boxes[path] = box
        return edit, box

    def _group_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("กลุ่มผู้ยื่นคำร้อง"), self)
        form = QFormLayout(box)
        self.group_name, gb = self._line("group_name", self.tr("เช่น เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง"))
        form.addRow(self.tr("ชื่อกลุ่ม *"), gb)
        self.organisation, ob = self._line("organisation", self.tr("องค์กร/สมาคม (ถ้ามี)"))
        form.addRow(self.tr("องค์กร"), ob)
        return box

    def _issue_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("ประเด็นและข้อเรียกร้อง"), self)
        lay = QVBoxLayout(box)
        lay.addWidget(QLabel(self.tr("สรุปประเด็นปัญหา *"), box))
        self.issue_summary = self._text_box("issue_summary", 110)
        lay.addWidget(self._boxes["issue_summary"])
        lay.addWidget(
            QLabel(self.tr("ข้อเรียกร้อง * (Ctrl+Shift+D เพิ่ม, Alt+↑/↓ เลื่อนลำดับ, Ctrl+Delete ลบ)"), box)
        )
        self.demands = DemandsEditor(box)
        self.demands.changed.connect(self._on_changed)
        lay.addWidget(self.demands)
        return box

    def _text_box(self, path: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(path)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(height)
        edit.textChanged.connect(self._on_changed)
        self._boxes[path] = FieldBox(path, edit, self)
        return edit

    def _receiving_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("เจ้าหน้าที่ผู้รับหนังสือ"), self)
        form = QFormLayout(box)
        self.received_name, nb = self._line("received_by.name", self.tr("ชื่อ-นามสกุล"))
        form.addRow(self.tr("ชื่อผู้รับ *"), nb)
        self.received_position, pb = self._line("received_by.position", self.tr("ตำแหน่ง"))
        form.addRow(self.tr("ตำแหน่ง *"), pb)
        return box

    def _follow_up_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("การติดตามผล"), self)
        lay = QVBoxLayout(box)
        self.follow_up = self._text_box("follow_up", 80)
        lay.addWidget(self._boxes["follow_up"])
        return box

    # ------------------------------------------------------------------ rows
    def set_agencies(self, agencies: Iterable[tuple[str, str]]) -> None:
        """The Contact Points to choose from: (code, Thai name). Keeps what is already ticked."""
        self.agencies.set_agencies(agencies)

    @property
    def card_panel(self) -> CardPanel:
        """The ID card reader's panel of the representatives."""
        return self.representatives.card_panel

    def fill_from_card(self, card: ThaiIdCard) -> None:
        """Fills the selected representative from a Thai ID card (see ``RepresentativesEditor``)."""
        self.representatives.fill_from_card(card)

    def add_representative(self) -> None:
        """A new empty representative row; the first one is the contact. Focus goes to its name."""
        self.representatives.add()

    def add_demand(self, text: str = "") -> None:
        """A new demand at the end; focus goes to it, ready to type."""
        self.demands.add(text if isinstance(text, str) else "")

    def move_demand(self, old: int, new: int) -> None:
        """Moves one demand; the numbers follow the new order."""
        self.demands.move_row(old, new)

    def add_meeting(self) -> None:
        """A new meeting row; focus goes to "with whom"."""
        self.meetings.add()

    def _remove_current_row(self) -> None:
        focus = self.focusWidget()
        for part in (self.representatives, self.demands, self.meetings):
            table = part.view if part is self.representatives else part.table  # type: ignore[union-attr]
            if focus is table or (focus is not None and table.isAncestorOf(focus)):
                part.remove_current()
                return

    # ------------------------------------------------------------------ repeat groups
    def set_repeat_matches(self, matches: Sequence[RepeatMatch], exclude_record_id: str = "") -> None:
        """Shows earlier petitions of what looks like the same group (hidden when there are none)."""
        self.repeat_groups.show_matches(matches, exclude_record_id, self._read_only)

    # ------------------------------------------------------------------ reading the form
    def payload(self) -> GroupPetitionPayload:
        """What the form holds now, as a petition (not validated)."""
        visit = self.visit.values()
        meetings, _ = self.meetings.meetings(visit["arrived_at"].astimezone(BANGKOK).date())
        return GroupPetitionPayload(
            group_name=self.group_name.text().strip(),
            organisation=self.organisation.text().strip(),
            representatives=self.representatives.model.representatives(),
            **visit,
            issue_summary=self.issue_summary.toPlainText().strip(),
            demands=self.demands.demands(),
            agency_codes=self.agencies.checked(),
            received_by=Official(self.received_name.text().strip(), self.received_position.text().strip()),
            meetings=meetings,
            attachments=self.attachments.refs(),
            timeline=list(self._timeline),
            follow_up=self.follow_up.toPlainText().strip(),
            status=self._status,
            linked_record_id=self.repeat_groups.linked_record_id,
        )

    def form_issues(self) -> list[FieldIssue]:
        """Problems only the form can see (text that does not parse), added to the service's issues."""
        _, issues = self.meetings.meetings(self.arrived_at.value().astimezone(BANGKOK).date())
        return issues

    # ------------------------------------------------------------------ filling the form
    def clear(self, arrived_at: datetime | None = None) -> None:
        """An empty form for a new group; arrival defaults to ``arrived_at`` (now, from the page's clock)."""
        self.set_payload(GroupPetitionPayload(arrived_at=arrived_at or datetime.now(UTC)))

    def set_payload(self, petition: GroupPetitionPayload) -> None:
        """Shows a petition (a record being amended, a restored draft)."""
        self._loading = True
        try:
            self.group_name.setText(petition.group_name)
            self.organisation.setText(petition.organisation)
            self.representatives.set_representatives(petition.representatives)
            self.visit.set_values(petition)
            self.issue_summary.setPlainText(petition.issue_summary)
            self.demands.set_demands(petition.demands)
            self.agencies.set_checked(petition.agency_codes)
            self.received_name.setText(petition.received_by.name)
            self.received_position.setText(petition.received_by.position)
            self.meetings.set_meetings(petition.meetings)
            self.attachments.set_refs(petition.attachments)
            self.follow_up.setPlainText(petition.follow_up)
            self._timeline = list(petition.timeline)
            self._status = petition.status
            self.repeat_groups.linked_record_id = petition.linked_record_id
            self.repeats.set_linked(self.tr("เชื่อมโยงกับคำร้องเดิมแล้ว") if petition.linked_record_id else "")
        finally:
            self._loading = False
        self.clear_issues()

    def set_received_by_default(self, name: str, position: str) -> None:
        """Fills the receiving official when the fields are still empty (the signed-in officer)."""
        self._loading = True  # a default is not something the officer typed: no draft for it
        try:
            if not self.received_name.text():
                self.received_name.setText(name)
            if not self.received_position.text():
                self.received_position.setText(position)
        finally:
            self._loading = False

    def set_timeline(self, events: list[Any], status: PetitionStatus, departed_at: datetime | None) -> None:
        """Takes the timeline and visit state the service saved, without touching what is being typed."""
        self._timeline = list(events)
        self._status = status
        if departed_at is not None:
            self.visit.set_departed(departed_at)

    # ------------------------------------------------------------------ drafts
    def draft_data(self) -> dict[str, Any]:
        """Everything typed, for the autosaved draft: the payload plus text that did not parse."""
        return {
            "payload": petition_to_payload(self.payload()),
            "headcount_text": self.headcount.text(),
            "meeting_rows": self.meetings.rows(),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Puts a saved draft back, the raw texts included."""
        self.set_payload(petition_from_payload(dict(data.get("payload") or {})))
        self.visit.set_headcount_text(str(data.get("headcount_text", self.headcount.text())))
        rows = data.get("meeting_rows")
        if isinstance(rows, list):
            self.meetings.set_rows([cells for cells in rows if isinstance(cells, list)])

    # ------------------------------------------------------------------ errors
    def clear_issues(self) -> None:
        """Removes every error text and highlight."""
        if hasattr(self, "live_issues"):  # not yet while the form is being built
            self.live_issues.active = False
        self.marks.clear()

    def show_issues(self, issues: Sequence[FieldIssue], focus: bool = True) -> None:
        """Puts each issue's Thai text beside its field; table cells at fault turn pink with the text as
        tooltip and are listed under the table. With ``focus``, focus goes to the first field at fault.
        From then on each edit checks again, so a fixed field loses its text at once (``LiveIssues``)."""
        self.clear_issues()
        self.live_issues.active = bool(issues)
        self.marks.show(issues, focus)

    def set_message(self, text: str) -> None:
        """A message for the whole form under it (a refused save, a known error)."""
        self.marks.set_message(text)

    def error_of(self, path: str) -> str:
        """The error text shown for a field path now (tests and accessibility)."""
        return self.marks.error_of(path)

    # ------------------------------------------------------------------ state
    def set_read_only(self, read_only: bool) -> None:
        """Counter officers read petitions; only mass-coordination staff and supervisors change them. A
        read-only form looks it (grey fields with black text, not greyed-out disabled ones) and says why
        beside the Save button."""
        self._read_only = read_only
        self._body.setStyleSheet(READ_ONLY_STYLE if read_only else "")
        self.read_only_note.setText(read_only_reason() if read_only else "")
        self.read_only_note.setVisible(read_only)
        self.save_button.setToolTip(read_only_reason() if read_only else "")
        for edit in (self.group_name, self.organisation, self.received_name, self.received_position):
            edit.setReadOnly(read_only)
        for text_edit in (self.issue_summary, self.follow_up):
            text_edit.setReadOnly(read_only)
        self.save_button.setEnabled(not read_only)
        for part in (
            self.representatives,
            self.visit,
            self.demands,
            self.meetings,
            self.agencies,
            self.repeats,
        ):
            part.set_read_only(read_only)
        self.attachments.set_read_only(read_only)

    @property
    def read_only(self) -> bool:
        """Whether the form refuses edits."""
        return self._read_only

    def _request_save(self) -> None:
        if not self._read_only:
            self.save_requested.emit()

    def _on_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()
            self.live_issues.edited()
