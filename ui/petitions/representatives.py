"""The group's representatives: a table model of :class:`Representative` rows, and its editor (the table,
its buttons, and the details of the selected representative that have no column).

The model holds the representatives themselves, as typed (docs/ARCHITECTURE.md, UI rule 4: a model, not
data kept in item
roles); :meth:`RepresentativesModel.representatives` returns them cleaned (ASCII digits, trimmed). Cells at
fault are coloured through the model too, and colouring is not an edit: only ``edited`` drives the
autosave.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.petition import Representative, reorder
from app.domain.petition_text import digits_only
from app.domain.records import Address, IdDocument
from app.domain.thai_id_card import ThaiIdCard
from app.domain.thaidate import to_ascii_digits
from ui.fields.field import FieldBox
from ui.messages import QT_TRANSLATE_NOOP
from ui.ops import Ops
from ui.petitions.row_tables import EDIT_TRIGGERS, RowTableView

_CONTEXT = "PetitionForm"  # the translation context these texts have always had

# Representative table columns: (field, header).
REP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("is_contact", QT_TRANSLATE_NOOP("PetitionForm", "ผู้ประสานงาน")),
    ("title", QT_TRANSLATE_NOOP("PetitionForm", "คำนำหน้า")),
    ("given_name", QT_TRANSLATE_NOOP("PetitionForm", "ชื่อ")),
    ("family_name", QT_TRANSLATE_NOOP("PetitionForm", "นามสกุล")),
    ("national_id", QT_TRANSLATE_NOOP("PetitionForm", "เลขประจำตัวประชาชน")),
    ("national_id_confirmed", QT_TRANSLATE_NOOP("PetitionForm", "ทวนเลขแล้ว")),
    ("phone", QT_TRANSLATE_NOOP("PetitionForm", "โทรศัพท์")),
    ("group_role", QT_TRANSLATE_NOOP("PetitionForm", "ตำแหน่งในกลุ่ม")),
    # Each representative acknowledges the PDPA notice (their ID and phone are personal data too).
    ("pdpa_acknowledged", QT_TRANSLATE_NOOP("PetitionForm", "รับทราบประกาศ PDPA")),
)
REP_COL = {name: i for i, (name, _) in enumerate(REP_COLUMNS)}
CHECK_COLUMNS = frozenset({"is_contact", "national_id_confirmed", "pdpa_acknowledged"})
_FAULT = QBrush(QColor("#fde0e0"))

# The detail editors: (field, label).
_DETAIL_FIELDS: tuple[tuple[str, str], ...] = (
    ("passport_no", QT_TRANSLATE_NOOP("PetitionForm", "เลขหนังสือเดินทาง")),
    ("nationality", QT_TRANSLATE_NOOP("PetitionForm", "สัญชาติ")),
    ("email", QT_TRANSLATE_NOOP("PetitionForm", "อีเมล")),
    ("line_id", QT_TRANSLATE_NOOP("PetitionForm", "LINE ID")),
)

_Index = QModelIndex | QPersistentModelIndex


class RepresentativesModel(QAbstractTableModel):
    """One row a representative, one column a field of ``REP_COLUMNS`` (three of them check boxes)."""

    edited = Signal()
    """The officer changed a representative (typed, ticked, added, moved, removed, details)."""
    national_id_edited = Signal()
    """A national ID changed (look for repeat groups)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Representative] = []
        self._faults: dict[tuple[int, int], str] = {}
        self._read_only = False

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        """Representatives (none under a cell: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The fields with a column."""
        return 0 if parent.isValid() else len(REP_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, check state, and the colour and tooltip of a cell at fault."""
        if not self._valid(index):
            return None
        row, col = index.row(), index.column()
        name = REP_COLUMNS[col][0]
        value = getattr(self._rows[row], name)
        if role == Qt.ItemDataRole.CheckStateRole and name in CHECK_COLUMNS:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and name not in CHECK_COLUMNS:
            return str(value)
        if role == Qt.ItemDataRole.BackgroundRole and (row, col) in self._faults:
            return _FAULT
        if role == Qt.ItemDataRole.ToolTipRole and (row, col) in self._faults:
            return self._faults[(row, col)]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column names (translated); rows are numbered from 1."""
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(REP_COLUMNS):
                return None
            return QCoreApplication.translate(_CONTEXT, REP_COLUMNS[section][1])
        return str(section + 1) if section < len(self._rows) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Text cells are editable, the check columns checkable; nothing while read-only."""
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return base
        if REP_COLUMNS[index.column()][0] in CHECK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit by the officer. Ticking the contact unticks the others (a radio group in a table); a
        changed national ID has not been read back yet, so its tick goes."""
        if not self._valid(index) or self._read_only:
            return False
        row, col = index.row(), index.column()
        name = REP_COLUMNS[col][0]
        rep = self._rows[row]
        if name in CHECK_COLUMNS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if getattr(rep, name) == checked:
                return True
            setattr(rep, name, checked)
            if name == "is_contact" and checked:
                for other_row, other in enumerate(self._rows):
                    if other_row != row:
                        other.is_contact = False
                self._cells_changed(0, len(self._rows) - 1, col, col)
            else:
                self._cells_changed(row, row, col, col)
            self.edited.emit()
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if getattr(rep, name) == text:
            return True
        setattr(rep, name, text)
        self._cells_changed(row, row, col, col)
        if name == "national_id":
            if rep.national_id_confirmed:
                rep.national_id_confirmed = False
                confirm = REP_COL["national_id_confirmed"]
                self._cells_changed(row, row, confirm, confirm)
            self.national_id_edited.emit()
        self.edited.emit()
        return True

    # ------------------------------------------------------------------ the form's API
    def representatives(self) -> list[Representative]:
        """The representatives as values: text trimmed, national ID and phone in ASCII digits."""
        out = []
        for rep in self._rows:
            cleaned = copy.deepcopy(rep)
            for name, _ in REP_COLUMNS:
                if name not in CHECK_COLUMNS:
                    setattr(cleaned, name, str(getattr(rep, name)).strip())
            cleaned.national_id = digits_only(cleaned.national_id)
            cleaned.phone = to_ascii_digits(cleaned.phone)
            out.append(cleaned)
        return out

    def representative(self, row: int) -> Representative:
        """Row ``row`` as typed (a copy)."""
        return copy.deepcopy(self._rows[row])

    def set_representatives(self, reps: Sequence[Representative]) -> None:
        """Replaces every row (a loaded petition, a restored draft). Not an edit."""
        self.beginResetModel()
        self._rows = [copy.deepcopy(r) for r in reps]
        self._faults.clear()
        self.endResetModel()

    def append(self, rep: Representative) -> int:
        """Adds a row at the end and returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(copy.deepcopy(rep))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        """Removes one row."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._faults.clear()  # the marks belonged to the rows as they were numbered
        self.endRemoveRows()
        self.edited.emit()

    def move(self, old: int, new: int) -> None:
        """Moves one row to another place."""
        if old == new or not (0 <= old < len(self._rows) and 0 <= new < len(self._rows)):
            return
        self.beginResetModel()
        self._rows = reorder(self._rows, old, new)
        self._faults.clear()
        self.endResetModel()
        self.edited.emit()

    def set_details(self, row: int, changes: Mapping[str, Any]) -> None:
        """Changes fields without a column (document, passport, e-mail, address…) of one row."""
        if not 0 <= row < len(self._rows):
            return
        rep = self._rows[row]
        if all(getattr(rep, name) == value for name, value in changes.items()):
            return
        for name, value in changes.items():
            setattr(rep, name, value)
        self.edited.emit()

    def set_fault(self, row: int, name: str, text: str) -> bool:
        """Colours a cell at fault with ``text`` as its tooltip; False when the field has no column."""
        col = REP_COL.get(name)
        if col is None or not 0 <= row < len(self._rows):
            return False
        self._faults[(row, col)] = text
        self._cells_changed(row, row, col, col)
        return True

    def clear_faults(self) -> None:
        """Removes every colour and tooltip."""
        cells = list(self._faults)
        self._faults.clear()
        for row, col in cells:
            self._cells_changed(row, row, col, col)

    def set_read_only(self, read_only: bool) -> None:
        """Readers see every cell but change none."""
        self._read_only = read_only
        if self._rows:
            self._cells_changed(0, len(self._rows) - 1, 0, len(REP_COLUMNS) - 1)

    # ------------------------------------------------------------------ internals
    def _valid(self, index: _Index) -> bool:
        return (
            index.isValid()
            and not index.parent().isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(REP_COLUMNS)
        )

    def _cells_changed(self, top: int, bottom: int, left: int, right: int) -> None:
        self.dataChanged.emit(self.index(top, left), self.index(bottom, right))


class RepresentativesEditor(QGroupBox):
    """The representatives table with its add/remove buttons, and the selected representative's details."""

    def __init__(self, ops: Ops | None, parent: QWidget | None = None) -> None:
        """``ops`` runs the address finder of the details (without it, no finder)."""
        super().__init__(parent)
        self.setTitle(self.tr("ผู้แทนกลุ่ม (Ctrl+Shift+R เพิ่ม, Ctrl+Delete ลบ)"))
        self._read_only = False
        self._loading = False
        self._detail_row = -1
        self.model = RepresentativesModel(self)
        lay = QVBoxLayout(self)
        view = RowTableView(self)
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(EDIT_TRIGGERS)
        # WORKAROUND: with tab-key navigation on, Tab moves between cells and never leaves the table;
        # officers leave it with Ctrl+Tab (Qt's default for tables) or the form's shortcuts.
        view.setTabKeyNavigation(True)
        view.row_moved.connect(self.move_row)
        view.setMinimumHeight(150)  # header and four rows before it scrolls
        self.view = view
        view.setObjectName("representatives")
        self.box = FieldBox("representatives", view, self)
        """The table with the errors of the representatives under it."""
        lay.addWidget(self.box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("เพิ่มผู้แทน"), self)
        self.add_button.setObjectName("add_representative")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("ลบผู้แทนที่เลือก"), self)
        self.remove_button.setObjectName("remove_representative")
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        from ui.fields.card_reader import CardPanel

        self.card_panel = CardPanel(self.fill_from_card, self, can_attach=False)  # photos: attachments panel
        lay.addWidget(self.card_panel)
        lay.addWidget(self._detail_section(ops))
        selection = view.selectionModel()
        selection.currentChanged.connect(lambda current, _previous: self._row_changed(current.row()))

    def _detail_section(self, ops: Ops | None) -> QGroupBox:
        """Editors for the selected representative's fields that have no column (as on the complaint form)."""
        detail = QGroupBox(self)
        detail.setObjectName("rep_detail")
        form = QFormLayout(detail)
        self.id_document = QComboBox(detail)
        self.id_document.setObjectName("rep_id_document")
        self.id_document.addItem(self.tr("บัตรประจำตัวประชาชน"), IdDocument.THAI_NATIONAL_ID.value)
        self.id_document.addItem(self.tr("หนังสือเดินทาง (ชาวต่างชาติ)"), IdDocument.PASSPORT.value)
        self.id_document.currentIndexChanged.connect(self._detail_edited)
        form.addRow(self.tr("เอกสารแสดงตน"), self.id_document)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in _DETAIL_FIELDS:
            edit = QLineEdit(detail)
            edit.setObjectName(f"rep_{name}")
            edit.textEdited.connect(self._detail_edited)
            self.fields[name] = edit
            form.addRow(QCoreApplication.translate(_CONTEXT, label), edit)
        self.address: Any = None
        if ops is not None:
            from app.domain.geo import address_matches
            from ui.fields.address_picker import AddressPicker

            self.address = AddressPicker(ops, address_matches, "representatives.address", detail)
            self.address.changed.connect(self._detail_edited)
            form.addRow(self.tr("ที่อยู่"), self.address)
        detail.setEnabled(False)
        self.detail = detail
        return detail

    # ------------------------------------------------------------------ rows
    def add(self) -> None:
        """A new empty representative row; the first one is the contact. Focus goes to its name."""
        if self._read_only:
            return
        row = self.model.append(Representative(is_contact=self.model.rowCount() == 0))
        self.view.setCurrentCell(row, REP_COL["given_name"])
        self.view.setFocus()

    def remove_current(self) -> None:
        """Removes the selected representative."""
        if self._read_only:
            return
        row = self.view.currentRow()
        if row >= 0:
            self.model.remove(row)
            self._detail_row = -2
            self._row_changed(self.view.currentRow())

    def move_row(self, old: int, new: int) -> None:
        """Moves one representative (Alt+Up/Alt+Down)."""
        if self._read_only:
            return
        column = max(self.view.currentColumn(), 0)
        self.model.move(old, new)
        self.view.setCurrentCell(new, column)
        self._detail_row = -2
        self._row_changed(new)

    def set_representatives(self, reps: Sequence[Representative]) -> None:
        """Shows these representatives, the first one selected."""
        self.model.set_representatives(reps)
        self._detail_row = -2  # forces the detail editors to reload
        if reps:
            self.view.setCurrentCell(0, REP_COL["given_name"])
        self._row_changed(self.view.currentRow())

    def set_read_only(self, read_only: bool) -> None:
        """Readers see the rows and details but change nothing."""
        self._read_only = read_only
        self.model.set_read_only(read_only)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        # Read-only, not disabled: a reader still reads the details in black, and may select and copy.
        self.detail.setEnabled(0 <= self._detail_row < self.model.rowCount())
        self.id_document.setEnabled(not read_only)
        for edit in self.detail.findChildren(QLineEdit):
            edit.setReadOnly(read_only)

    def show_fault(self, row: int, name: str, text: str, focus: bool) -> bool:
        """Colours one cell at fault; with ``focus``, makes it current. False when the field has no column."""
        if not self.model.set_fault(row, name, text):
            return False
        if focus:
            self.view.setCurrentCell(row, REP_COL[name])
        return True

    def fill_from_card(self, card: ThaiIdCard) -> None:
        """Fills the selected representative (a new row when none is selected) from a Thai ID card; phone,
        role, contact, e-mail and the PDPA acknowledgement stay as they were. The chip's number counts as
        read back."""
        if self._read_only:
            return
        row = self.view.currentRow()
        if not 0 <= row < self.model.rowCount():
            self.add()
            row = self.model.rowCount() - 1
        reps = self.model.representatives()
        old, person = reps[row], card.to_person()
        reps[row] = Representative(
            **{f.name: getattr(person, f.name) for f in fields(person)},
            is_contact=old.is_contact,
            group_role=old.group_role,
            national_id_confirmed=True,
            pdpa_acknowledged=old.pdpa_acknowledged,
        )
        for keep in ("phone", "email", "line_id"):
            setattr(reps[row], keep, getattr(old, keep))
        self.set_representatives(reps)
        self.view.setCurrentCell(row, REP_COL["given_name"])
        self.model.edited.emit()
        self.model.national_id_edited.emit()

    # ------------------------------------------------------------------ details
    def _row_changed(self, row: int) -> None:
        if row == self._detail_row:
            return
        self._detail_row = row
        valid = 0 <= row < self.model.rowCount()
        self.detail.setEnabled(valid)
        self.detail.setTitle(self.tr("รายละเอียดผู้แทนคนที่ {n}").format(n=row + 1) if valid else "")
        rep = self.model.representative(row) if valid else Representative()
        self._loading = True
        try:
            index = self.id_document.findData(rep.id_document.value)
            self.id_document.setCurrentIndex(max(index, 0))
            for name, edit in self.fields.items():
                edit.setText(str(getattr(rep, name)))
            if self.address is not None:
                self.address.set_address(rep.address)
        finally:
            self._loading = False

    def _detail_edited(self, *_: object) -> None:
        row = self._detail_row
        if self._loading or not 0 <= row < self.model.rowCount():
            return
        changes: dict[str, Any] = {"id_document": IdDocument(str(self.id_document.currentData()))}
        for name, edit in self.fields.items():
            changes[name] = edit.text().strip()
        if self.address is not None:
            address = self.address.address()
            changes["address"] = Address(**{f.name: getattr(address, f.name) for f in fields(address)})
        self.model.set_details(row, changes)
