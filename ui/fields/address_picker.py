"""The address part of a person: house number to road, then a postcode / subdistrict finder.

Typing a postcode (or its beginning) or a subdistrict, district or province name in the finder lists the
matching subdistricts; picking one (Down then Enter, or Enter for the first, or a click) fills subdistrict,
district, province and postcode at once, so the four always agree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.domain.geo import AddressMatch
from app.domain.records import Address
from ui.fields.field import FieldBox
from ui.fields.focus_flow import ensure_visible
from ui.ops import Ops

FINDER_DELAY_MS = 150
"""Pause after the last key before searching: fast typists do not search for every letter."""

MATCH_LIMIT = 12
"""Matches listed: more than a screenful helps nobody; the officer types one more word instead."""

MatchRole = Qt.ItemDataRole.UserRole + 1


class AddressPicker(QWidget):
    """Editors for ``Address``; ``boxes`` maps each payload sub-path (``house_no``…) to its ``FieldBox``."""

    changed = Signal()
    picked = Signal(object)
    """An ``AddressMatch`` was chosen from the list."""

    def __init__(
        self,
        ops: Ops,
        find: Callable[[str], list[AddressMatch]],
        path_prefix: str = "complainant.address",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._find = find
        self._generation = 0
        self._searched_generation = 0  # the last search whose answer arrived
        self._subdistrict_code = ""
        self._pick_on_arrival = False  # Enter came before the matches: pick the first when they arrive
        self.boxes: dict[str, FieldBox] = {}
        self.move_on: Callable[[QWidget], bool] | None = None
        """Moves the focus to the field after the finder (the form's ``FocusFlow.advance``); without it,
        Qt's next widget."""

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.house_no = QLineEdit(self)
        self.moo = QLineEdit(self)
        self.moo.setMaximumWidth(80)
        self.village = QLineEdit(self)
        self.soi = QLineEdit(self)
        self.road = QLineEdit(self)
        row = QWidget(self)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        self._add_box(
            grid, 0, 0, self.tr("บ้านเลขที่"), key="house_no", editor=self.house_no, prefix=path_prefix
        )
        self._add_box(grid, 0, 2, self.tr("หมู่ที่"), key="moo", editor=self.moo, prefix=path_prefix)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        form.addRow(row)
        self._add_row(form, self.tr("หมู่บ้าน/อาคาร"), "village", self.village, path_prefix)
        self._add_row(form, self.tr("ตรอก/ซอย"), "soi", self.soi, path_prefix)
        self._add_row(form, self.tr("ถนน"), "road", self.road, path_prefix)

        self.finder = QLineEdit(self)
        self.finder.setObjectName("address_finder")
        self.finder.setPlaceholderText(self.tr("พิมพ์รหัสไปรษณีย์ หรือชื่อตำบล/แขวง อำเภอ/เขต แล้วเลือกจากรายการ"))
        self.finder.setClearButtonEnabled(True)
        finder_label = QLabel(self.tr("ค้นหาที่อยู่"), self)
        finder_label.setBuddy(self.finder)
        form.addRow(finder_label, self.finder)

        self.matches = QListWidget(self)
        self.matches.setObjectName("address_matches")
        self.matches.setVisible(False)
        self.matches.setMaximumHeight(150)
        self.matches.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached with Down from the finder
        form.addRow("", self.matches)

        # Filled by picking; editable by click for the rare address not in the reference data, but kept
        # out of the Tab chain so the keyboard path is finder → pick → next section.
        self.subdistrict = QLineEdit(self)
        self.district = QLineEdit(self)
        self.province = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(5)
        self.postcode.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        filled = QWidget(self)
        grid2 = QGridLayout(filled)
        grid2.setContentsMargins(0, 0, 0, 0)
        self._add_box(
            grid2, 0, 0, self.tr("ตำบล/แขวง"), key="subdistrict", editor=self.subdistrict, prefix=path_prefix
        )
        self._add_box(
            grid2, 0, 2, self.tr("อำเภอ/เขต"), key="district", editor=self.district, prefix=path_prefix
        )
        self._add_box(grid2, 1, 0, self.tr("จังหวัด"), key="province", editor=self.province, prefix=path_prefix)
        self._add_box(
            grid2, 1, 2, self.tr("รหัสไปรษณีย์"), key="postcode", editor=self.postcode, prefix=path_prefix
        )
        grid2.setColumnStretch(1, 1)
        grid2.setColumnStretch(3, 1)
        form.addRow(filled)
        for edit in (self.subdistrict, self.district, self.province, self.postcode):
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            # Typing by hand means the address no longer is the picked reference entry.
            edit.textEdited.connect(self._hand_edited)
            edit.textChanged.connect(self.changed)
        for edit in (self.house_no, self.moo, self.village, self.soi, self.road):
            edit.textChanged.connect(self.changed)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FINDER_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.finder.textEdited.connect(lambda _t: self._timer.start())
        self.finder.installEventFilter(self)
        self.matches.installEventFilter(self)
        self.matches.itemActivated.connect(self._item_activated)
        self.matches.itemClicked.connect(self._item_activated)

    def _add_row(self, form: QFormLayout, label: str, key: str, editor: QLineEdit, prefix: str) -> None:
        box = FieldBox(f"{prefix}.{key}", editor, self)
        lab = QLabel(label, self)
        lab.setBuddy(editor)
        form.addRow(lab, box)
        self.boxes[key] = box

    def _add_box(
        self, grid: QGridLayout, row: int, col: int, label: str, *, key: str, editor: QLineEdit, prefix: str
    ) -> None:
        box = FieldBox(f"{prefix}.{key}", editor, self)
        lab = QLabel(label, self)
        lab.setBuddy(editor)
        grid.addWidget(lab, row, col, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(box, row, col + 1)
        self.boxes[key] = box

    # ------------------------------------------------------------------ value
    def address(self) -> Address:
        """The address as typed and picked."""
        return Address(
            house_no=self.house_no.text().strip(),
            moo=self.moo.text().strip(),
            village=self.village.text().strip(),
            soi=self.soi.text().strip(),
            road=self.road.text().strip(),
            subdistrict_code=self._subdistrict_code,
            subdistrict=self.subdistrict.text().strip(),
            district=self.district.text().strip(),
            province=self.province.text().strip(),
            postcode=self.postcode.text().strip(),
        )

    def set_address(self, address: Address) -> None:
        """Fills every editor from ``address``."""
        self.house_no.setText(address.house_no)
        self.moo.setText(address.moo)
        self.village.setText(address.village)
        self.soi.setText(address.soi)
        self.road.setText(address.road)
        self.subdistrict.setText(address.subdistrict)
        self.district.setText(address.district)
        self.province.setText(address.province)
        self.postcode.setText(address.postcode)
        self._subdistrict_code = address.subdistrict_code
        self._timer.stop()
        self._generation += 1  # an answer on its way is for the old text
        self._searched_generation = self._generation
        self._pick_on_arrival = False
        self.finder.clear()
        self._show_matches([])

    def pick(self, match: AddressMatch) -> None:
        """Fills subdistrict, district, province and postcode from a match."""
        # A search still on its way (typed before the pick) must not reopen the list.
        self._timer.stop()
        self._pick_on_arrival = False
        self._generation += 1
        self._searched_generation = self._generation
        self._subdistrict_code = match.subdistrict_code
        self.subdistrict.setText(match.subdistrict)
        self.district.setText(match.district)
        self.province.setText(match.province)
        self.postcode.setText(match.postcode)
        self.finder.clear()
        self._show_matches([])
        self.picked.emit(match)
        self.changed.emit()

    # ------------------------------------------------------------------ finder
    def _hand_edited(self, _text: str) -> None:
        self._subdistrict_code = ""

    def _is_searching(self) -> bool:
        """Text typed whose matches are not listed yet (the pause, or the look-up running)."""
        waiting = self._timer.isActive() or self._searched_generation != self._generation
        return waiting and bool(self.finder.text().strip())

    def _search(self) -> None:
        text = self.finder.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._searched_generation = generation
            self._show_matches([])
            return
        find = self._find
        self._ops.run_read(
            lambda: find(text)[:MATCH_LIMIT],
            lambda found: self._matches_arrived(generation, found),
            owner=self,
        )

    def _matches_arrived(self, generation: int, found: list[AddressMatch]) -> None:
        if generation != self._generation:
            return
        self._searched_generation = generation
        if self._pick_on_arrival and found:
            # The officer pressed Enter before the list came and has typed on in the next field: take the
            # first match (what Enter takes when the list is shown) without moving the focus back.
            self._pick_on_arrival = False
            self.pick(found[0])
            return
        self._pick_on_arrival = False
        self._show_matches(found)

    def _show_matches(self, found: list[AddressMatch]) -> None:
        self.matches.clear()
        for match in found:
            item = QListWidgetItem(match.label_th)
            item.setData(MatchRole, match)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        self.matches.setVisible(bool(found))
        if found:
            # The list opens below the finder: scroll the form so all of it is on screen.
            ensure_visible(self.matches)

    def match_labels(self) -> list[str]:
        """The labels now listed (for tests and accessibility)."""
        return [self.matches.item(i).text() for i in range(self.matches.count())]

    def _item_activated(self, item: QListWidgetItem) -> None:
        match = item.data(MatchRole)
        if isinstance(match, AddressMatch):
            self.pick(match)
            self.finder.setFocus(Qt.FocusReason.OtherFocusReason)
            self._leave_finder()

    def _leave_finder(self) -> None:
        if self.move_on is None or not self.move_on(self.finder):
            self.finder.focusNextChild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the finder enters the list; Enter picks; Escape closes the list, keeping the text."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        listed = self.matches.isVisible() and self.matches.count() > 0
        if watched is self.finder and listed:
            if key == Qt.Key.Key_Down:
                self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._is_searching():
                current = self.matches.currentItem() or self.matches.item(0)
                self._item_activated(current)
                return True
            if key == Qt.Key.Key_Escape:
                self._show_matches([])
                return True
        if watched is self.finder and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._is_searching():
                # WORKAROUND: a fast typist presses Enter before the (debounced, background) search has
                # listed anything; moving on without the pick would lose it, and a list opening later
                # would catch keys meant for the next field. Search now and pick the first match then.
                self._pick_on_arrival = True
                if self._timer.isActive():
                    self._timer.stop()
                    self._search()
            # Enter moves on, like every other field of the form.
            self._leave_finder()
            return True
        if watched is self.matches:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.matches.currentItem() is not None:
                self._item_activated(self.matches.currentItem())
                return True
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.matches.currentRow() <= 0):
                self.finder.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
