"""The numbered demands and the meetings arranged, each a table the officer edits in place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import BANGKOK
from app.domain.issues import FieldIssue, IssueCode
from app.domain.petition import Demand, Meeting, reorder
from app.domain.petition_text import meeting_time
from ui.fields.field import FieldBox
from ui.messages import QT_TRANSLATE_NOOP
from ui.petitions.row_tables import EDIT_TRIGGERS, RowTable, cell_text, clear_marks, mark

_CONTEXT = "PetitionForm"  # the translation context these texts have always had
_FAULT = QBrush(QColor("#fde0e0"))

MEETING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("with_whom", QT_TRANSLATE_NOOP("PetitionForm", "พบกับ (ชื่อ ตำแหน่ง หน่วยงาน)")),
    ("at", QT_TRANSLATE_NOOP("PetitionForm", "เวลา (ชม.:นาที)")),
    ("place", QT_TRANSLATE_NOOP("PetitionForm", "สถานที่")),
    ("result", QT_TRANSLATE_NOOP("PetitionForm", "ผลการประชุม")),
)


class _TableEditor(QWidget):
    """A table in its error box, editable in place, read-only on request."""

    changed = Signal()

    def __init__(self, path: str, columns: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._read_only = False
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.table = RowTable(0, columns, self)
        self.table.setObjectName(path)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.box = FieldBox(path, self.table, self)
        self.lay.addWidget(self.box)

    def remove_current(self) -> None:
        """Removes the selected row."""
        if self._read_only:
            return
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Readers see the rows but change none (the editing buttons go grey)."""
        self._read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        for button in self.edit_buttons():
            button.setEnabled(not read_only)

    def edit_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons that change the rows (grey for a reader)."""
        return ()


class DemandsEditor(_TableEditor):
    """The demands in order: add (focus goes to the new one), move up/down, remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("demands", 1, parent)
        table = self.table
        table.setHorizontalHeaderLabels([self.tr("ข้อเรียกร้อง")])
        table.setWordWrap(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.row_moved.connect(self.move_row)
        table.setMinimumHeight(180)
        buttons = QHBoxLayout()
        self.add_button = self._button("add_demand", self.tr("เพิ่มข้อเรียกร้อง"), buttons)
        self.add_button.clicked.connect(lambda _checked=False: self.add())  # not add(checked)
        self.up_button = self._button("demand_up", self.tr("เลื่อนขึ้น"), buttons)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = self._button("demand_down", self.tr("เลื่อนลง"), buttons)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = self._button("remove_demand", self.tr("ลบข้อที่เลือก"), buttons)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addStretch(1)
        self.lay.addLayout(buttons)

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    def add(self, text: str = "") -> None:
        """A new demand at the end; focus goes to it, ready to type."""
        if self._read_only:
            return
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        table.setCurrentCell(row, 0)
        table.setFocus()
        self.changed.emit()

    def move_row(self, old: int, new: int) -> None:
        """Moves one demand; the numbers follow the new order."""
        if self._read_only:
            return
        self.set_demands(reorder(self.demands(), old, new))
        self.table.setCurrentCell(new, 0)
        self.changed.emit()

    def move_current(self, step: int) -> None:
        """Moves the selected demand ``step`` places (-1 up, +1 down)."""
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount() and 0 <= row + step < self.table.rowCount():
            self.move_row(row, row + step)
        self.table.setFocus()

    def demands(self) -> list[Demand]:
        """The demands in their order, text trimmed."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            agency = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            out.append(Demand(text=item.text().strip() if item else "", agency_code=str(agency or "")))
        return out

    def set_demands(self, demands: Sequence[Demand]) -> None:
        """Shows these demands (not an edit)."""
        table = self.table
        was = table.blockSignals(True)
        try:
            table.setRowCount(0)
            for demand in demands:
                row = table.rowCount()
                table.insertRow(row)
                item = QTableWidgetItem(demand.text)
                item.setData(Qt.ItemDataRole.UserRole, demand.agency_code)
                table.setItem(row, 0, item)
        finally:
            table.blockSignals(was)

    def show_fault(self, row: int, text: str) -> None:
        """Colours demand ``row`` with ``text`` as its tooltip."""
        item = self.table.item(row, 0)
        if item is not None:
            mark(item, _FAULT, text)

    def edit_buttons(self) -> tuple[QPushButton, ...]:
        """Add, move up, move down and remove."""
        return (self.add_button, self.up_button, self.down_button, self.remove_button)


class MeetingsEditor(_TableEditor):
    """The meetings arranged for the representatives: with whom, when (clock time), where, result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("meetings", len(MEETING_COLUMNS), parent)
        table = self.table
        table.setHorizontalHeaderLabels([QCoreApplication.translate(_CONTEXT, h) for _, h in MEETING_COLUMNS])
        table.setTabKeyNavigation(True)
        table.setMaximumHeight(140)
        self.add_button = QPushButton(self.tr("เพิ่มการประชุม"), self)
        self.add_button.setObjectName("add_meeting")
        self.add_button.clicked.connect(self.add)
        self.lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self) -> None:
        """A new meeting row; focus goes to "with whom"."""
        if self._read_only:
            return
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        for col in range(table.columnCount()):
            table.setItem(row, col, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.setFocus()
        self.changed.emit()

    def rows(self) -> list[list[str]]:
        """Every cell as typed (drafts keep a time that does not parse yet)."""
        return [
            [cell_text(self.table, r, c) for c in range(len(MEETING_COLUMNS))]
            for r in range(self.table.rowCount())
        ]

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        """Puts typed cells back (a restored draft); not an edit."""
        table = self.table
        was = table.blockSignals(True)
        try:
            table.setRowCount(0)
            for cells in rows:
                row = table.rowCount()
                table.insertRow(row)
                for col in range(len(MEETING_COLUMNS)):
                    text = str(cells[col]) if col < len(cells) else ""
                    table.setItem(row, col, QTableWidgetItem(text))
        finally:
            table.blockSignals(was)

    def set_meetings(self, meetings: Sequence[Meeting]) -> None:
        """Shows saved meetings (times in Bangkok clock time)."""
        self.set_rows(
            [
                (m.with_whom, m.at.astimezone(BANGKOK).strftime("%H:%M") if m.at else "", m.place, m.result)
                for m in meetings
            ]
        )

    def meetings(self, day: date) -> tuple[list[Meeting], list[FieldIssue]]:
        """The meetings typed, their times on ``day``, and an issue for each time that does not parse.
        An empty row added by mistake is not a meeting."""
        meetings, issues = [], []
        for row, typed in enumerate(self.rows()):
            cells = [c.strip() for c in typed]
            if not any(cells):
                continue
            at = None
            if cells[1]:
                at = meeting_time(day, cells[1])
                if at is None:
                    issues.append(FieldIssue(f"meetings.{row}.meeting_time", IssueCode.REQUIRED))
            meetings.append(Meeting(with_whom=cells[0], at=at, place=cells[2], result=cells[3]))
        return meetings, issues

    def show_fault(self, row: int, col: int, text: str) -> None:
        """Colours one meeting cell with ``text`` as its tooltip."""
        item = self.table.item(row, col)
        if item is not None:
            mark(item, _FAULT, text)

    def edit_buttons(self) -> tuple[QPushButton, ...]:
        """Add (a meeting is removed with the shared remove key)."""
        return (self.add_button,)


def clear_faults(*editors: DemandsEditor | MeetingsEditor) -> None:
    """Removes every colour and tooltip from these tables."""
    for editor in editors:
        clear_marks(editor.table)
