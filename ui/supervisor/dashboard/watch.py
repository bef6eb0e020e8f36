"""The dashboard's watch table: the overdue cases, then those due today, as a model and a view.

A ``QTableWidget`` made one item per cell and measured every row's Thai text for its column widths: the
first page of a process held the GUI thread up to 96 ms at 100 k records (issue 11). Here the rows are
plain tuples behind a model, the columns have fixed starting widths (the officer may drag them) and every
row is one line high, so showing a snapshot costs the same whatever the number of rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Starting widths (px) of state, tracking code, officer and category; the due time takes the rest.
WIDTHS = (110, 195, 160, 240)

_Index = QModelIndex | QPersistentModelIndex


class WatchModel(QAbstractTableModel):
    """Rows of (state, tracking code, officer, category, due) texts, replaced whole on a refresh."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        """Replaces every row (one reset: the view lays out only the rows it shows)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The number of rows (none under a row: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Five columns."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        """A cell's text (shown and as tooltip, for a cut-off category)."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """The column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        """A cell's text (tests read the table as the supervisor does)."""
        return self._rows[row][column]


class WatchTable(QTableView):
    """The read-only watch table with fixed, draggable column widths and one-line rows."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watch_model = WatchModel(headers, self)
        self.setModel(self.watch_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measured: all one line high
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        """Shows these rows."""
        self.watch_model.set_rows(rows)

    def row_count(self) -> int:
        """The number of rows shown."""
        return self.watch_model.rowCount()
