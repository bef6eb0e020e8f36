"""The petition form's keyboard flow and its read-only look (issue 13), beside the form to keep it small.

Enter in a line of the form moves to the next field that takes typed text (``ui.fields.focus_flow``), in
reading order: group, representatives (the table, then the selected one's details), the visit, the issue,
the demands, the agencies, the receiving official, the meetings and the follow-up. The tables keep their
own keys (typing edits the current cell, Tab moves between cells, Ctrl+Tab leaves); Enter in the province
box adds the province typed there, and moves on when the box is empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QPlainTextEdit, QWidget

from ui.fields.focus_flow import ClosedPopupKeys, FocusFlow, usable

if TYPE_CHECKING:
    from ui.petitions.petition_form import PetitionForm

READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QAbstractSpinBox[readOnly="true"],'
    " QAbstractItemView { background: #eeeeee; color: #202020; }"
)
"""Read-only fields in grey with black text: plainly not for typing, still easy to read and copy."""


def read_only_reason() -> str:
    """Why the form refuses edits, in the interface language (shown beside the grey Save button)."""
    return QCoreApplication.translate(
        "PetitionForm",
        "อ่านอย่างเดียว: บัญชีนี้ดูคำร้องของกลุ่มได้ แต่แก้ไขหรือบันทึกไม่ได้ ผู้ที่แก้ไขได้คือเจ้าหน้าที่ประสานมวลชนและหัวหน้างาน",
    )


def reading_order(form: PetitionForm) -> list[QWidget]:
    """The form's fields in the order an officer reads them (hidden and disabled ones are skipped later)."""
    reps, visit = form.representatives, form.visit
    details: list[QWidget] = [reps.id_document, *reps.fields.values()]
    if reps.address is not None:
        a = reps.address
        details += [a.house_no, a.moo, a.village, a.soi, a.road, a.finder]
    return [
        form.group_name,
        form.organisation,
        form.rep_table,
        *details,
        visit.headcount,
        visit.headcount_method,
        visit.province_picker,
        visit.arrived_at,
        visit.departed,
        visit.departed_at,
        visit.arrival_gate,
        visit.arrival_hall,
        form.issue_summary,
        form.demand_table,
        form.agency_filter,
        form.agency_list,
        form.received_name,
        form.received_position,
        form.meeting_table,
        form.follow_up,
    ]


class _EnterMovesOn(QObject):
    """Enter in a line of the petition form goes to the next typing field."""

    def __init__(self, form: PetitionForm, flow: FocusFlow) -> None:
        super().__init__(form)
        self._form = form
        self._flow = flow

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Moves on at Enter (the province box only when empty: there Enter adds the province)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QWidget)
        ):
            field = watched.parentWidget() if isinstance(watched.parentWidget(), QComboBox) else watched
            if field is self._form.province_picker and self._form.province_picker.currentText().strip():
                # Handled here, once: left to the line edit, the key would also reach the combo after
                # the province was added and the box emptied, and move on.
                self._form.visit.add_typed_province()
                return True
            if field is not None and self._flow.advance(field):
                return True
        return super().eventFilter(watched, event)


def install_flow(form: PetitionForm) -> FocusFlow:
    """The Enter/Tab flow and scroll-to-focus of the petition form."""
    flow = FocusFlow(form, lambda: reading_order(form))
    keys = _EnterMovesOn(form, flow)
    finder = getattr(form.representatives.address, "finder", None)  # the finder's Enter picks a match
    for widget in reading_order(form):
        if isinstance(widget, QComboBox) and widget.isEditable():
            # An editable combo has the focus itself and hands keys to its line edit: watch both.
            widget.installEventFilter(keys)
            line = widget.lineEdit()
            if line is not None:
                line.installEventFilter(keys)
        elif not isinstance(widget, QAbstractItemView | QPlainTextEdit) and widget is not finder:
            # Lines, choice boxes, times and check boxes: Enter moves on. Tables and text boxes keep
            # Enter (it commits a cell, or starts a new line).
            widget.installEventFilter(keys)
    if form.representatives.address is not None:
        form.representatives.address.move_on = flow.advance
    completer = form.province_picker.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None:
        ClosedPopupKeys(form).watch(popup)
    for table in (form.rep_table, form.demand_table, form.meeting_table):
        for keys_, forward in (("Ctrl+Tab", True), ("Ctrl+Shift+Tab", False)):
            leave = QShortcut(QKeySequence(keys_), table)
            leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            leave.activated.connect(lambda t=table, f=forward: _leave_table(form, t, f))
    return flow


def _leave_table(form: PetitionForm, table: QWidget, forward: bool) -> None:
    """Ctrl+Tab: out of a table to the next field in reading order (Ctrl+Shift+Tab: the one before).

    WORKAROUND: a table with Tab navigation moves between its cells on Ctrl+Tab too (Qt sends it to the
    view's key handler, and an open cell editor's delegate turns it into "edit the next cell"), so a
    typist who meant to leave kept typing into cells. A shortcut on the table runs before either, and the
    cell being edited is saved when its editor loses the focus."""
    order = [w for w in reading_order(form) if usable(w)]
    if table not in order:
        return
    i = order.index(table)
    target = order[i + 1] if forward and i + 1 < len(order) else order[i - 1] if not forward and i else None
    if target is not None:
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
