"""Which of the validator's issues the complaint form shows, and when it asks for them.

While typing, only the issues of fields the officer has finished show (no red text under a field not yet
reached); after a refused save, all of them. Validation runs in the background (``Ops``) right after an
edit finishes. Split out of ``ui.intake.complaint_form`` to keep that class under ~400 lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from app.domain.issues import FieldIssue
from app.domain.records import ComplaintPayload
from ui.intake.form_rows import FieldRows
from ui.ops import Ops

VALIDATE_DELAY_MS = 0
"""Validation runs right after an edit finishes (the validator is pure and fast)."""


class FormIssues(QObject):
    """The issues of the last validation and the field boxes they show in."""

    validated = Signal()
    """A background validation finished and its issues are shown."""

    def __init__(
        self,
        ops: Ops,
        *,
        payload: Callable[[], ComplaintPayload],
        validate: Callable[[ComplaintPayload], list[FieldIssue]],
        rows: FieldRows,
        general_error: QLabel,
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self._ops, self._payload, self._validate = ops, payload, validate
        self._rows, self._general_error, self._owner = rows, general_error, owner
        self._touched: set[str] = set()
        self._show_all = False
        self._issues: list[FieldIssue] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._validate_now)

    def finished(self, path: str) -> None:
        """The officer finished the field ``path``: its issues may show from now on; check again."""
        self._touched.add(path)
        self._timer.start()

    def edited(self) -> None:
        """Something changed: an error on screen must go the moment it is fixed, not when the field is
        left, so check again while any shows."""
        if self.errors_shown():
            self._timer.start()

    def reset(self) -> None:
        """No field finished, no issue shown (a new form)."""
        self._touched.clear()
        self._show_all = False
        self._issues = []
        self._apply()

    def show_all(self, issues: Sequence[FieldIssue], scroll_area: QScrollArea) -> None:
        """Shows every issue (after a save was refused), scrolling to the first one."""
        self._show_all = True
        self._ops.forget("validate", self._owner)  # an older background validation must not hide these
        self._issues = list(issues)
        self._apply()
        boxes = self._rows.boxes
        first = next((boxes[i.field] for i in issues if i.field in boxes), None)
        if first is not None:
            scroll_area.ensureWidgetVisible(first)
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def errors_shown(self) -> bool:
        """Whether any field or the form's own line shows an error now."""
        return self._rows.any_error_shown(self._general_error)

    @property
    def issues(self) -> list[FieldIssue]:
        """The issues of the last validation."""
        return list(self._issues)

    def _validate_now(self) -> None:
        payload, validate = self._payload(), self._validate
        self._ops.run_read(lambda: validate(payload), self._validated, owner=self._owner, key="validate")

    def _validated(self, issues: list[FieldIssue]) -> None:
        self._issues = issues
        self._apply()
        self.validated.emit()

    def _apply(self) -> None:
        shown = self._issues if self._show_all else [i for i in self._issues if i.field in self._touched]
        self._rows.show_issues(shown, self._general_error)
