"""The walk-in complaint form: every field of ``ComplaintPayload`` (docs/ARCHITECTURE.md, Module map),
keyboard first.

The form is a view: it turns widgets into a ``ComplaintPayload`` and back, shows the issues the service's
validator returns beside each field in Thai, and looks things up (address, earlier visits) in the
background through ``Ops``. Saving is the page's business (``ui.intake.intake_page`` registers,
``ui.records.amend_dialog`` amends); the form only asks for it with ``save_requested``.
Its parts live beside it: the sections (``person_section``, ``case_section``), payload reading and
filling (``complaint_values``), which issues show (``form_issues``) and the Enter key (``enter_keys``).

Keyboard: the Tab order is the reading order; Enter moves to the next field (except in the description,
where it starts a new line); Ctrl+S asks to save and Ctrl+N for a new form; Escape never clears anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.geo import AddressMatch
from app.domain.issues import FieldIssue
from app.domain.records import ComplaintPayload, IdDocument, IdentityMode, Person
from app.domain.reference import Agency, Category
from app.domain.thai_id_card import ThaiIdCard
from app.services.types import RecordRow
from ui.fields.birth_date import BirthDateEdit
from ui.fields.card_reader import CardPanel
from ui.fields.field import ERROR_STYLE, FieldBox
from ui.fields.focus_flow import FocusFlow
from ui.fields.repeat_banner import RepeatBanner
from ui.fields.search_combo import SearchCombo
from ui.intake.case_section import CaseSection
from ui.intake.complaint_values import fill_case, read_payload, repeat_query
from ui.intake.enter_keys import EnterKeys
from ui.intake.form_issues import VALIDATE_DELAY_MS, FormIssues
from ui.intake.form_rows import FieldRows
from ui.intake.person_section import PersonSection
from ui.intake.repeat_visits import RepeatVisits
from ui.ops import Ops

__all__ = ["VALIDATE_DELAY_MS", "ComplaintForm", "ComplaintServices", "ReferenceServices"]


class ComplaintServices(Protocol):
    """What the form needs from ``services.complaints``."""

    def validate(self, payload: ComplaintPayload) -> list[FieldIssue]: ...

    def find_repeats(
        self, national_id: str = "", phone: str = "", exclude_record_id: str = ""
    ) -> list[RecordRow]: ...


class ReferenceServices(Protocol):
    """What the form needs from ``services.reference``."""

    def categories(self) -> Sequence[Category]: ...

    def agencies(self) -> Sequence[Agency]: ...

    def provinces(self) -> list[str]: ...

    def districts(self, province: str) -> list[str]: ...

    def address_matches(self, text: str) -> list[AddressMatch]: ...


@dataclass
class _Lists:
    categories: list[tuple[str, str]] = field(default_factory=list)
    agencies: list[tuple[str, str]] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)


def _english_names() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.English


class ComplaintForm(QWidget):
    """Every field of a walk-in complaint, with errors under each field."""

    changed = Signal()
    """Something was typed or picked (drives the autosave)."""
    save_requested = Signal()
    new_requested = Signal()
    ready = Signal()
    """Reference lists (categories, agencies, provinces) have arrived and are in the boxes."""
    validated = Signal()
    """A background validation finished and its issues are shown."""
    repeats_found = Signal(list)
    """Earlier visits of this complainant (``list[RecordRow]``), maybe empty."""
    prefill_requested = Signal(str)
    """The officer asked to reuse the citizen's details of the linked case (its record id); the page
    reads them through the services and hands them to ``prefill``."""

    def __init__(
        self,
        ops: Ops,
        complaints: ComplaintServices,
        reference: ReferenceServices,
        record_id: str = "",
        parent: QWidget | None = None,
        *,
        shortcuts: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_form")
        self._ops = ops
        self._complaints = complaints
        self._reference = reference
        self._record_id = record_id  # when amending: never offer the record itself as an earlier visit
        self._loading = False
        self._is_ready = False
        self._pending_payload: ComplaintPayload | None = None
        self._attachments: tuple[str, ...] = ()  # kept from the record being amended (no scanner here)
        self.boxes: dict[str, FieldBox] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        outer.addWidget(self.general_error)
        self.repeats = RepeatBanner(self.tr("เชื่อมโยงการมาครั้งนี้กับเรื่องที่เลือก"), self)
        self.visits = RepeatVisits(
            ops, complaints, record_id, query=self._repeat_query, banner=self.repeats, parent=self
        )
        self.visits.found.connect(self.repeats_found)
        self.visits.link_changed.connect(self._on_changed)
        self.visits.prefill_requested.connect(self.prefill_requested)
        outer.addWidget(self.repeats)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Widgets are created in reading order: Qt's default Tab chain follows creation order.
        rows = self._rows = FieldRows(self.boxes)
        self.person = PersonSection(ops, reference.address_matches, rows, content)
        left.addWidget(self.person)
        left.addStretch(1)
        self.case = CaseSection(rows, content)
        right.addWidget(self.case)
        right.addStretch(1)
        self._alias_section_widgets()

        self.checks = FormIssues(
            ops,
            payload=self.payload,
            validate=complaints.validate,
            rows=rows,
            general_error=self.general_error,
            owner=self,
        )
        self.checks.validated.connect(self.validated)

        if shortcuts:  # a dialog around the form (amend) owns Ctrl+S itself, for its reason field too
            save = QShortcut(QKeySequence.StandardKey.Save, self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.save_requested)
            new = QShortcut(QKeySequence("Ctrl+N"), self)
            new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.activated.connect(self.new_requested)

        # Combos size to a short minimum, not to their longest item (long agency and category names would
        # otherwise push the form wider than a 1366-pixel counter screen).
        for combo in content.findChildren(QComboBox):
            if not isinstance(combo, SearchCombo):
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(8)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._wire_edits()
        self.flow = FocusFlow(self, self._reading_order)
        self.address.move_on = self.flow.advance
        for combo in content.findChildren(SearchCombo):
            combo.picked_by_enter.connect(lambda c=combo: self.flow.advance(c))
        self._identity_changed()
        self.person.show_document_fields()
        self._load_lists()

    def _alias_section_widgets(self) -> None:
        """The sections' widgets under the form's names (pages, tests and hooks reach them so)."""
        p, c, r = self.person, self.case, self.repeats
        self.identity_group, self.identity_buttons = p.identity_group, p.identity_buttons
        self.person_group, self.title_edit, self.given_name = p.person_group, p.title_edit, p.given_name
        self.family_name, self.id_document, self.national_id = p.family_name, p.id_document, p.national_id
        self.confirm_id, self.national_id_label, self.passport_label = (
            p.confirm_id,
            p.national_id_label,
            p.passport_label,
        )
        self.passport_no, self.nationality, self.nationality_label = (
            p.passport_no,
            p.nationality,
            p.nationality_label,
        )
        self.phone, self.email, self.line_id, self.address = p.phone, p.email, p.line_id, p.address
        self.complaint_type, self.category, self.subject = c.complaint_type, c.category, c.subject
        self.description, self.incident_province = c.description, c.incident_province
        self.incident_district, self.agency_complained = c.incident_district, c.agency_complained
        self.responsible_agency, self.requested_action = c.responsible_agency, c.requested_action
        self.documents_count, self.pdpa_ack, self.consent_share = (
            c.documents_count,
            c.pdpa_ack,
            c.consent_share,
        )
        self.repeat_banner, self.repeat_list, self.link_button = r.banner, r.list, r.link_button
        self.linked_bar, self.linked_label, self.unlink_button = r.linked_bar, r.linked_label, r.unlink_button

    # ================================================================== wiring
    def _editors(self) -> list[QWidget]:
        return [*self.identity_buttons.values(), *self.person.editors(), *self.case.editors()]

    def _reading_order(self) -> list[QWidget]:
        # The address finder handles its own Enter (it picks a match), so it is in the order but not
        # among the editors the form's Enter filter watches.
        person = self.person.editors()
        road = person.index(self.address.road) + 1
        person[road:road] = [self.address.finder]
        return [*self.identity_buttons.values(), *person, *self.case.editors()]

    def _wire_edits(self) -> None:
        for section in (self.person, self.case):
            section.edited.connect(self._on_changed)
            section.finished.connect(self._finished)
        advance = lambda w: self.flow.advance(w)  # noqa: E731, PLW0108 - the flow is made after the wiring
        keys = EnterKeys(
            self.description, self.national_id, advance=advance, finished=self._finished, parent=self
        )
        self.description.installEventFilter(keys)  # focus-out = edit finished
        self.identity_group.buttonToggled.connect(self._identity_toggled)
        self.national_id.textChanged.connect(self._maybe_look_up_repeats)
        self.phone.textChanged.connect(self._maybe_look_up_repeats)
        self.incident_province.code_changed.connect(self._province_changed)
        self.category.code_changed.connect(self._category_changed)

        for widget in self._editors():
            widget.installEventFilter(keys)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                line = widget.lineEdit()
                assert line is not None
                line.installEventFilter(keys)

    def _on_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()
            self.checks.edited()

    def _finished(self, path: str) -> None:
        if self._loading:
            return
        self.checks.finished(path)

    def _identity_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._identity_changed()
            self._on_changed()
            self._finished("identity_mode")

    def _identity_changed(self) -> None:
        anonymous = self.identity_mode() is IdentityMode.ANONYMOUS
        if anonymous and not self._loading:
            self._clear_person()
        self.person_group.setEnabled(not anonymous)
        self.pdpa_ack.setEnabled(not anonymous)

    def _province_changed(self, province: str) -> None:
        self.case.load_districts(self._ops, self._reference.districts, province)

    def _category_changed(self, code: str) -> None:
        if not self._loading:
            self.case.suggest_agency(code)

    def _load_lists(self) -> None:
        reference = self._reference

        def load() -> tuple[list[Category], list[Agency], list[str]]:
            return list(reference.categories()), list(reference.agencies()), reference.provinces()

        self._ops.run_read(load, self._lists_arrived, owner=self)

    def _lists_arrived(self, lists: tuple[list[Category], list[Agency], list[str]]) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.case.set_lists(*lists, english=_english_names())
        finally:
            self._loading = was_loading
        self._is_ready = True
        if self._pending_payload is not None:
            payload, self._pending_payload = self._pending_payload, None
            self.set_payload(payload)
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """Whether the reference lists are in the boxes."""
        return self._is_ready

    # ================================================================== ID card and attachments
    @property
    def card_panel(self) -> CardPanel:
        """The ID card reader's panel (hint, expiry flag, photo shown on demand)."""
        return self.person.card_panel

    @property
    def birth_date(self) -> BirthDateEdit:
        """The complainant's birth date (filled from the card, or typed)."""
        return self.person.birth_date

    def fill_from_card(self, card: ThaiIdCard) -> None:
        """Fills the complainant from a Thai ID card (see ``PersonSection.fill_from_card``)."""
        self.person.fill_from_card(card)

    def add_attachment(self, sha256: str) -> None:
        """Adds a stored document (a scan, the card's photo with consent) to the complaint."""
        if sha256 not in self._attachments:
            self._attachments = (*self._attachments, sha256)
            self._on_changed()

    # ================================================================== value
    def identity_mode(self) -> IdentityMode:
        """The identity mode chosen."""
        return self.person.identity_mode()

    def id_document_value(self) -> IdDocument:
        """The identity document chosen."""
        return self.person.id_document_value()

    def national_id_digits(self) -> str:
        """The national ID as typed, digits only (the mask adds dashes and blanks)."""
        return self.person.national_id_digits()

    def payload(self) -> ComplaintPayload:
        """The complaint as now typed."""
        return read_payload(self.person, self.case, self._attachments, self.visits.linked_record_id)

    def set_payload(self, p: ComplaintPayload, linked_code: str = "") -> None:
        """Fills every field from ``p`` (a draft, or the record being amended)."""
        if not self._is_ready:
            # Codes need their lists: fill once they are here.
            self._pending_payload = p
            self.visits.linked_code = linked_code
            return
        self._loading = True
        try:
            self.person.set_person(p.identity_mode, p.complainant, p.national_id_confirmed)
            fill_case(self.case, p)
            self._attachments = tuple(p.attachments)
            code = (linked_code or self.visits.linked_code) if p.linked_record_id else ""
            self.visits.set_link(p.linked_record_id, code)
            self._identity_changed()
            self.person.show_document_fields()
        finally:
            self._loading = False
        self._province_changed(p.incident_province)
        self.incident_district.set_code(p.incident_district)

    def clear(self) -> None:
        """An empty form for the next citizen (no errors, nothing linked)."""
        self._pending_payload = None
        self.set_payload(ComplaintPayload())
        self.checks.reset()
        self.visits.reset()
        self.focus_first()

    def focus_first(self) -> None:
        """Scrolls to the top and puts the cursor in the first field that takes text: the title (or the
        first field of the complaint for an anonymous one, whose person fields are off)."""
        self.scroll_area.verticalScrollBar().setValue(0)
        target = self.flow.first_field() or self.title_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_person(self) -> None:
        was = self._loading
        self._loading = True
        try:
            self.person.clear_person()
            self.pdpa_ack.setChecked(False)
        finally:
            self._loading = was
        self.visits.show([])

    # ================================================================== issues
    def show_issues(self, issues: list[FieldIssue]) -> None:
        """Shows every issue (after a save was refused), scrolling to the first one."""
        self.checks.show_all(issues, self.scroll_area)

    def errors_shown(self) -> bool:
        """Whether any field or the form's own line shows an error now."""
        return self.checks.errors_shown()

    def error_for(self, path: str) -> str:
        """The error text shown under a field now ("" when none)."""
        return self.boxes[path].error

    @property
    def issues(self) -> list[FieldIssue]:
        """The issues of the last validation."""
        return self.checks.issues

    # ================================================================== repeat visits
    def _maybe_look_up_repeats(self, *_args: Any) -> None:
        if not self._loading:
            self.visits.schedule()

    def _repeat_query(self) -> tuple[str, str] | None:
        return repeat_query(self.person)  # a bound method: RepeatVisits holds it weakly

    def prefill(self, earlier: Person) -> None:
        """Fills the empty person fields from the linked earlier case (the officer asked for it)."""
        for path in self.person.prefill(earlier):
            self._finished(path)
        self.repeats.offer_prefill(False)

    def link_to(self, record_id: str, tracking_code: str = "") -> None:
        """Marks this visit as a repeat of an earlier case."""
        self.visits.link_to(record_id, tracking_code)

    def unlink(self) -> None:
        """Removes the link to an earlier case."""
        self.visits.unlink()

    @property
    def linked_code(self) -> str:
        """The tracking code of the linked earlier case, when known."""
        return self.visits.linked_code

    @property
    def linked_record_id(self) -> str:
        """The earlier case this visit is linked to ("" when none)."""
        return self.visits.linked_record_id
