"""The Contact Points a petition concerns: a filtered list of check boxes (Space ticks the current one)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.fields.field import FieldBox

_CODE = Qt.ItemDataRole.UserRole


class AgencyPicker(QGroupBox):
    """A filter box over a list of agencies to tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("หน่วยงานที่เกี่ยวข้อง (Contact Point)"))
        self._loading = False
        lay = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("agency_filter")
        self.filter.setPlaceholderText(self.tr("ค้นหาหน่วยงาน แล้วกด Space เพื่อเลือก"))
        self.filter.textChanged.connect(self._filter)
        lay.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setObjectName("agency_codes")
        self.list.setMaximumHeight(130)
        self.list.itemChanged.connect(self._item_changed)
        lay.addWidget(self.list)
        self.box = FieldBox("agency_codes", self.list, self)
        lay.addWidget(self.box)

    def set_agencies(self, agencies: Iterable[tuple[str, str]]) -> None:
        """The Contact Points to choose from: (code, Thai name). Keeps what is already ticked."""
        chosen = set(self.checked())
        self._loading = True
        try:
            self.list.clear()
            for code, name in agencies:
                item = QListWidgetItem(f"{name} ({code})", self.list)
                item.setData(_CODE, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def checked(self) -> list[str]:
        """The codes ticked, in list order."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(_CODE)))
        return out

    def set_checked(self, codes: Sequence[str]) -> None:
        """Ticks exactly these codes (not an edit)."""
        chosen = set(codes)
        self._loading = True
        try:
            for i in range(self.list.count()):
                item = self.list.item(i)
                code = str(item.data(_CODE))
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Readers see what is ticked but tick nothing."""
        self.list.setEnabled(not read_only)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible: QListWidgetItem | None = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.list.setCurrentItem(first_visible)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()
