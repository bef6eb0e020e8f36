"""The visit part of the petition form: how many came (and how that was counted), from which provinces,
when they arrived and left, by which gate, to which hall."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import geo
from app.domain.petition import GroupPetitionPayload, HeadcountMethod
from app.domain.petition_text import parse_headcount
from ui.fields.field import FieldBox
from ui.fields.thai_datetime import ThaiDateTimeEdit
from ui.messages import headcount_method_text

GATES = ("ประตู 1", "ประตู 2", "ประตู 3", "ประตู 4", "ประตู 5")
HALLS = ("ห้องรับเรื่องราวร้องทุกข์", "ลานหน้าศูนย์บริการประชาชน", "ห้องประชุม 1", "ห้องประชุม 2")


class VisitSection(QGroupBox):
    """Headcount, provinces, arrival and departure, gate and hall; ``boxes`` holds their error boxes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("จำนวน ที่มา และการมาถึง"))
        self._read_only = False
        self._loading = False
        self.boxes: dict[str, FieldBox] = {}
        form = QFormLayout(self)
        self.headcount = QLineEdit(self)
        self.headcount.setPlaceholderText(self.tr("จำนวนคนโดยประมาณ"))
        self.headcount.textChanged.connect(self._changed)
        form.addRow(self.tr("จำนวนผู้มา (คน) *"), self._box("headcount_estimate", self.headcount))
        self.headcount_method = QComboBox(self)
        self.headcount_method.setObjectName("headcount_method")
        for method in HeadcountMethod:
            self.headcount_method.addItem(headcount_method_text(method), method.value)
        self.headcount_method.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("วิธีประมาณจำนวน"), self.headcount_method)
        form.addRow(self.tr("จังหวัดที่มา *"), self._provinces_box())

        self.arrived_at = ThaiDateTimeEdit(self)
        self.arrived_at.dateTimeChanged.connect(self._changed)
        form.addRow(self.tr("เวลามาถึง *"), self._box("arrived_at", self.arrived_at))
        dep = QWidget(self)
        dl = QHBoxLayout(dep)
        dl.setContentsMargins(0, 0, 0, 0)
        self.departed = QCheckBox(self.tr("เดินทางกลับแล้ว"), dep)
        self.departed.setObjectName("departed")
        self.departed_at = ThaiDateTimeEdit(dep)
        self.departed_at.setEnabled(False)
        self.departed.toggled.connect(self.departed_at.setEnabled)
        self.departed.toggled.connect(self._changed)
        self.departed_at.dateTimeChanged.connect(self._changed)
        dl.addWidget(self.departed)
        dl.addWidget(self.departed_at, 1)
        self.boxes["departed_at"] = FieldBox("departed_at", dep, self)
        self.departed_at.setObjectName("departed_at")
        form.addRow(self.tr("เวลาเดินทางกลับ"), self.boxes["departed_at"])

        self.arrival_gate = self._combo(GATES)
        form.addRow(self.tr("ประตูที่เข้า"), self._box("arrival_gate", self.arrival_gate))
        self.arrival_hall = self._combo(HALLS)
        form.addRow(self.tr("จุดรับเรื่อง/ห้อง"), self._box("arrival_hall", self.arrival_hall))

    def _box(self, path: str, editor: QWidget) -> FieldBox:
        editor.setObjectName(path)
        box = FieldBox(path, editor, self)
        self.boxes[path] = box
        return box

    def _combo(self, items: Sequence[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(items))
        combo.setCurrentIndex(-1)
        combo.editTextChanged.connect(self._changed)
        return combo

    def _provinces_box(self) -> FieldBox:
        provinces = QWidget(self)
        pl = QVBoxLayout(provinces)
        pl.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        self.province_picker = QComboBox(provinces)
        self.province_picker.setObjectName("province_picker")
        self.province_picker.setEditable(True)
        self.province_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province_picker.addItems(geo.provinces())
        self.province_picker.setCurrentIndex(-1)
        completer = self.province_picker.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        line = self.province_picker.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("พิมพ์ชื่อจังหวัดแล้วกด Enter"))
            line.returnPressed.connect(self.add_typed_province)
        self.add_province_button = QPushButton(self.tr("เพิ่มจังหวัด"), provinces)
        self.add_province_button.setObjectName("add_province")
        self.add_province_button.clicked.connect(self.add_typed_province)
        pick.addWidget(self.province_picker, 1)
        pick.addWidget(self.add_province_button)
        pl.addLayout(pick)
        self.province_list = QListWidget(provinces)
        self.province_list.setObjectName("province_list")
        self.province_list.setMaximumHeight(56)
        self.province_list.setFlow(QListWidget.Flow.LeftToRight)
        self.province_list.setWrapping(True)
        self.province_list.installEventFilter(self)
        pl.addWidget(self.province_list)
        self.boxes["provinces"] = FieldBox("provinces", provinces, self)
        return self.boxes["provinces"]

    # ------------------------------------------------------------------ provinces
    def add_typed_province(self) -> None:
        """Adds the province typed in the picker (a unique partial name is enough)."""
        if self._read_only:
            return
        text = self.province_picker.currentText().strip()
        if not text:
            return
        index = self.province_picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            # Accept a unique partial match (typing "ขอน" and Enter means ขอนแก่น).
            matches = [
                self.province_picker.itemText(i)
                for i in range(self.province_picker.count())
                if text in self.province_picker.itemText(i)
            ]
            if len(matches) != 1:
                self.boxes["provinces"].set_error(
                    self.tr("ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ")
                    if not matches
                    else self.tr("พบหลายจังหวัด กรุณาพิมพ์ให้ครบ")
                )
                return
            text = matches[0]
        else:
            text = self.province_picker.itemText(index)
        if text not in self.provinces():
            self.province_list.addItem(text)
        self.boxes["provinces"].set_error("")
        self.province_picker.setCurrentIndex(-1)
        self.province_picker.setEditText("")
        self._changed()

    def provinces(self) -> list[str]:
        """The provinces chosen, in the order they were added."""
        return [self.province_list.item(i).text() for i in range(self.province_list.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) in the province list removes the selected province."""
        if event.type() == QEvent.Type.KeyPress and watched is self.province_list:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                row = self.province_list.currentRow()
                if row >= 0 and not self._read_only:
                    self.province_list.takeItem(row)
                    self._changed()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ values
    def values(self) -> dict[str, Any]:
        """The visit fields of a :class:`GroupPetitionPayload`, as keyword arguments."""
        return {
            "headcount_estimate": parse_headcount(self.headcount.text()),
            "headcount_method": HeadcountMethod(self.headcount_method.currentData()),
            "provinces": self.provinces(),
            "arrived_at": self.arrived_at.value(),
            "departed_at": self.departed_at.value() if self.departed.isChecked() else None,
            "arrival_gate": self.arrival_gate.currentText().strip(),
            "arrival_hall": self.arrival_hall.currentText().strip(),
        }

    def set_values(self, petition: GroupPetitionPayload) -> None:
        """Shows the visit fields of a petition (not an edit)."""
        self._loading = True
        try:
            self.headcount.setText(str(petition.headcount_estimate) if petition.headcount_estimate else "")
            index = self.headcount_method.findData(petition.headcount_method.value)
            self.headcount_method.setCurrentIndex(max(index, 0))
            self.province_list.clear()
            self.province_list.addItems(petition.provinces)
            if petition.arrived_at is not None:
                self.arrived_at.set_value(petition.arrived_at)
            self.departed.setChecked(petition.departed_at is not None)
            self.departed_at.set_value(petition.departed_at or petition.arrived_at or datetime.now(UTC))
            self.arrival_gate.setEditText(petition.arrival_gate)
            self.arrival_hall.setEditText(petition.arrival_hall)
        finally:
            self._loading = False

    def set_departed(self, departed_at: datetime) -> None:
        """The visit was closed at ``departed_at`` (saved by the timeline; not an edit)."""
        self._loading = True
        try:
            self.departed.setChecked(True)
            self.departed_at.set_value(departed_at)
        finally:
            self._loading = False

    def set_headcount_text(self, text: str) -> None:
        """Puts back the headcount exactly as typed (a restored draft; not an edit)."""
        self._loading = True
        try:
            self.headcount.setText(text)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Readers see the visit but change nothing."""
        self._read_only = read_only
        self.headcount.setReadOnly(read_only)
        # Times stay enabled and read-only: readable black text, not the grey of a disabled box.
        self.arrived_at.setReadOnly(read_only)
        self.departed_at.setReadOnly(read_only)
        for widget in (
            self.headcount_method,
            self.province_picker,
            self.departed,
            self.arrival_gate,
            self.arrival_hall,
            self.add_province_button,
        ):
            widget.setEnabled(not read_only)
        self.departed_at.setEnabled(self.departed.isChecked())

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()
