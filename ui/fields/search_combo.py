"""A combo box the officer can type into to find an item anywhere in its name (agencies, provinces)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ui.fields.focus_flow import ClosedPopupKeys


class SearchCombo(QComboBox):
    """An editable combo whose items carry a code; typing any part of a name offers the matches.

    ``code()`` is the code of the item whose name is exactly the text shown, or "" when the text names no
    item (the validator then says "choose from the list").
    """

    code_changed = Signal(str)
    picked_by_enter = Signal()
    """Enter chose an item from the open suggestion list (the form moves on to the next field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Thai agency names start with "กรม", "สำนักงาน"… : matching anywhere in the name is what helps.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Runs before the completer's own filter on its popup (filters run newest first).
        popup = completer.popup()
        assert popup is not None  # a completer makes its list view on first use
        popup.installEventFilter(self)
        self._closed_keys = ClosedPopupKeys(self)
        self._closed_keys.watch(popup)  # installed last: runs first, only while the list is hidden
        self._last_code = ""
        self._pending_code = ""  # asked for before the items arrived
        self.currentTextChanged.connect(self._text_changed)
        line = self.lineEdit()
        if line is not None:
            line.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        # What the officer types wins over a code still waiting for its list.
        self._pending_code = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the open suggestion list takes the highlighted item, or the first one when none is
        highlighted, and moves on: one Enter per field, as everywhere else on the form."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if (
            completer is not None
            and popup is not None
            and watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # WORKAROUND: QCompleter handles Enter in its popup itself and hands the key to the line
            # edit directly (past the form's event filter), so without this the first Enter only closes
            # the list, with no item taken when none was highlighted, and a second Enter is needed.
            index = popup.currentIndex()
            if not index.isValid():
                index = completer.completionModel().index(0, 0)
            popup.hide()
            if index.isValid():
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                found = self.findText(text, Qt.MatchFlag.MatchFixedString)
                if found >= 0:
                    self.setCurrentIndex(found)
                else:
                    self.setEditText(text)
            self.picked_by_enter.emit()
            return True
        return super().eventFilter(watched, event)

    def set_placeholder(self, text: str) -> None:
        """Grey text shown while nothing is typed."""
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(text)

    def set_items(self, items: Iterable[tuple[str, str]], allow_empty: bool = True) -> None:
        """Replaces the items: ``(code, name)`` pairs, with an empty first item when ``allow_empty``."""
        code = self._pending_code or self.code()
        typed = self.currentText() if not code else ""
        self.blockSignals(True)
        self.clear()
        if allow_empty:
            self.addItem("", "")
        for item_code, name in items:
            self.addItem(name, item_code)
        self.blockSignals(False)
        if typed.strip():
            # Typed before the list arrived (districts come from a background look-up): keep every key,
            # and take the item when the text names one.
            index = self.findText(typed.strip(), Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setEditText(typed)
            return
        self.set_code(code)

    def code(self) -> str:
        """The code of the item named by the current text, "" when none."""
        text = self.currentText().strip()
        if not text:
            return self._pending_code
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return ""
        data = self.itemData(index)
        return str(data) if data is not None else ""

    def set_code(self, code: str) -> None:
        """Shows the item with this code (empty text when the code is unknown or empty)."""
        index = self.findData(code) if code else -1
        self._pending_code = code if index < 0 else ""
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0 if self.count() and self.itemData(0) == "" else -1)
            self.setEditText("")

    def _text_changed(self, _text: str) -> None:
        code = self.code()
        if code != self._last_code:
            self._last_code = code
            self.code_changed.emit(code)
