"""Where the petition form shows each issue: the Thai text beside its field, table cells at fault in pink
(the text as tooltip, listed under the table), the form's own line for the rest.

Split out of ``ui.petitions.petition_form`` to keep that class under ~400 lines; the form still decides
when (``show_issues``, ``clear_issues``, ``LiveIssues``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.issues import FieldIssue
from ui.fields.attachments_panel import AttachmentsPanel
from ui.fields.field import FieldBox
from ui.messages import person_field_text, petition_issue_text
from ui.petitions.agency_picker import AgencyPicker
from ui.petitions.demands import DemandsEditor, MeetingsEditor, clear_faults
from ui.petitions.representatives import RepresentativesEditor
from ui.petitions.visit_section import VisitSection


class IssueMarks:
    """The petition form's error texts and marks (``form`` gives the translation context)."""

    def __init__(
        self,
        form: QWidget,
        boxes: dict[str, FieldBox],
        form_error: QLabel,
        parts: tuple[RepresentativesEditor, DemandsEditor, MeetingsEditor, VisitSection, AgencyPicker],
        attachments: AttachmentsPanel,
    ) -> None:
        self._form, self._boxes, self._form_error, self._attachments = form, boxes, form_error, attachments
        self._reps, self._demands, self._meetings, self._visit, self._agencies = parts

    def clear(self) -> None:
        """Removes every error text and highlight."""
        for box in self._boxes.values():
            box.set_error("")
        self._reps.model.clear_faults()
        clear_faults(self._demands, self._meetings)
        self._form_error.setVisible(False)
        self._attachments.set_error("")

    def show(self, issues: Sequence[FieldIssue], focus: bool) -> None:
        """Marks every issue; with ``focus``, focus goes to the first field at fault."""
        by_box: dict[str, list[str]] = {}
        first: QWidget | None = None
        for issue in issues:
            key, text, widget = self._place(issue, focus=focus and first is None)
            if key:
                by_box.setdefault(key, []).append(text)
            first = first or widget
        for key, texts in by_box.items():
            unique = "\n".join(dict.fromkeys(texts))
            if key == "_form":
                self.set_message(unique)
            else:
                self._boxes[key].set_error(unique)
        if first is not None and focus:
            first.setFocus()

    def set_message(self, text: str) -> None:
        """A message for the whole form under it (a refused save, a known error)."""
        self._form_error.setText(text)
        self._form_error.setVisible(bool(text))

    def error_of(self, path: str) -> str:
        """The error text shown for a field path now."""
        box = self._boxes.get(path)
        return box.error if box is not None else ""

    def _place(self, issue: FieldIssue, focus: bool) -> tuple[str, str, QWidget | None]:
        """Marks the cell or field of one issue; returns the error box it is listed in (``"_form"`` under
        the form, ``""`` none), its text there, and the widget to focus when it is the first."""
        form = self._form
        text = petition_issue_text(issue)
        parts = issue.field.split(".")
        head = parts[0]
        if head == "representatives" and len(parts) >= 3 and parts[1].isdigit():
            row, name = int(parts[1]), parts[2]
            line = form.tr("ผู้แทนคนที่ {n} – {field}: {text}").format(
                n=row + 1, field=person_field_text(name), text=text
            )
            marked = self._reps.show_fault(row, name, text, focus=focus)
            return head, line, self._reps.view if marked else None
        if head in ("demands", "meetings") and len(parts) >= 2 and parts[1].isdigit():
            row = int(parts[1])
            if head == "demands":
                noun = form.tr("ข้อที่ {n}")
                self._demands.show_fault(row, text)
            else:
                noun = form.tr("การประชุมแถวที่ {n}")
                self._meetings.show_fault(row, 1 if parts[-1] in ("at", "meeting_time") else 0, text)
            table = self._demands.table if head == "demands" else self._meetings.table
            return head, f"{noun.format(n=row + 1)}: {text}", table
        if head == "attachments":
            self._attachments.set_error(text)
            return "", text, None
        boxes = self._boxes
        key = issue.field if issue.field in boxes else head
        if key in ("provinces", "agency_codes") and len(parts) >= 2 and parts[1].isdigit():
            values = self._visit.provinces() if key == "provinces" else self._agencies.checked()
            index = int(parts[1])
            name = values[index] if index < len(values) else ""
            text = f"{name}: {text}" if name else text
        if key in boxes:
            return key, text, boxes[key].editor
        return "_form", text, None
