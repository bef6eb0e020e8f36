"""Tables of the petition form whose rows the officer adds, moves (Alt+Up/Alt+Down) and removes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget, QTableWidgetItem

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.DoubleClicked
)
"""Typing starts editing the current cell, as in a spreadsheet."""


def alt_move_target(row: int, row_count: int, event: Any) -> tuple[int, int] | None:
    """``(row, target)`` when ``event`` is Alt+Up/Alt+Down and both rows exist; ``None`` when the key is not
    a move at all. ``(row, row)`` means "a move key, but nowhere to go" (the key is eaten anyway)."""
    if not (event.modifiers() & Qt.KeyboardModifier.AltModifier) or event.key() not in (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
    ):
        return None
    target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
    if 0 <= row < row_count and 0 <= target < row_count:
        return row, target
    return row, row


class _AltMove:
    """Alt+Up / Alt+Down emit ``row_moved(row, target)``; every other key goes to the table as usual."""

    def keyPressEvent(self, event: Any) -> None:
        """Alt+Up / Alt+Down move the current row; everything else as usual."""
        move = alt_move_target(self.currentRow(), self.rowCount(), event)  # type: ignore[attr-defined]
        if move is None:
            super().keyPressEvent(event)  # type: ignore[misc]
            return
        if move[0] != move[1]:
            self.row_moved.emit(*move)  # type: ignore[attr-defined]
        event.accept()


class RowTable(_AltMove, QTableWidget):
    """A table widget with Alt+Up/Alt+Down to move the current row (demands, meetings)."""

    row_moved = Signal(int, int)


class RowTableView(_AltMove, QTableView):
    """A table view with Alt+Up/Alt+Down to move the current row, and the cell helpers of QTableWidget
    (``currentRow``, ``currentColumn``, ``setCurrentCell``, ``rowCount``) so the three petition tables
    are driven alike."""

    row_moved = Signal(int, int)

    def currentRow(self) -> int:
        """The current row, -1 when none."""
        return self.currentIndex().row()

    def currentColumn(self) -> int:
        """The current column, -1 when none."""
        return self.currentIndex().column()

    def rowCount(self) -> int:
        """Rows in the model."""
        model = self.model()
        return model.rowCount() if model is not None else 0

    def setCurrentCell(self, row: int, column: int) -> None:
        """Makes a cell current (and selected)."""
        model = self.model()
        if model is not None:
            self.setCurrentIndex(model.index(row, column))


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item of a cell, created empty when the cell has none yet."""
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem("")
        table.setItem(row, col, item)
    return item


def cell_text(table: QTableWidget, row: int, col: int) -> str:
    """A cell's text ("" when the cell has no item)."""
    item = table.item(row, col)
    return item.text() if item is not None else ""


def mark(item: QTableWidgetItem, brush: QBrush, tooltip: str) -> None:
    """Colours a cell at fault without it counting as an edit (no autosave)."""
    table = item.tableWidget()
    was = table.blockSignals(True) if table is not None else False
    item.setBackground(brush)
    item.setToolTip(tooltip)
    if table is not None:
        table.blockSignals(was)


def clear_marks(table: QTableWidget) -> None:
    """Removes every colour and tooltip ``mark`` set (a colour is not an edit: no autosave)."""
    was = table.blockSignals(True)
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            item = table.item(row, col)
            if item is not None:
                item.setBackground(QBrush())
                item.setToolTip("")
    table.blockSignals(was)
    table.viewport().update()
