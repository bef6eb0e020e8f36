"""The complaint form's key and focus filter: Enter moves to the next field, leaving a field that sends
no ``editingFinished`` of its own counts as finishing it.

Split out of ``ui.intake.complaint_form`` to keep that class under ~400 lines; the form installs one
``EnterKeys`` on each of its editors.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)


class EnterKeys(QObject):
    """Enter moves to the next field (but not in the description); leaving the description or the
    national ID counts as finishing it."""

    def __init__(
        self,
        description: QWidget,
        national_id: QWidget,
        *,
        advance: Callable[[QWidget], bool],
        finished: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._description = description
        self._national_id = national_id
        self._advance = advance
        self._finished = finished

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handles Enter and focus-out of the watched editors; everything else goes on."""
        if event.type() == QEvent.Type.FocusOut and watched is self._description:
            self._finished("description")
        if event.type() == QEvent.Type.FocusOut and watched is self._national_id:
            # WORKAROUND: a masked line edit sends no editingFinished while its mask is not filled, so an
            # ID left with 12 digits would never be checked; leaving the field counts as finishing it.
            self._finished("complainant.national_id")
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            and watched is not self._description
            and isinstance(watched, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton)
        ):
            if isinstance(watched, QAbstractSpinBox):
                watched.interpretText()
            widget = watched if isinstance(watched, QWidget) else None
            if widget is not None:
                if not self._advance(widget):
                    widget.focusNextChild()
                return True
        return super().eventFilter(watched, event)
