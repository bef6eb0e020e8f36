"""Today's groups at the mass-coordination desk (newest last), each opening its petition."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.domain.thaidate import format_thai_time
from app.services.petitions import PetitionRecord
from ui.formatting import show_date
from ui.messages import petition_status_text

_RECORD_ID = Qt.ItemDataRole.UserRole


class DayList(QWidget):
    """A heading with the day, the list of its groups, and the buttons for a new petition and the summary."""

    open_requested = Signal(str)
    """The officer picked a group: its record id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("day_label")
        lay.addWidget(self.label)
        self.list = QListWidget(self)
        self.list.setObjectName("day_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._picked)
        self.list.itemClicked.connect(self._picked)
        lay.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("คำร้องใหม่ (Ctrl+N)"), self)
        self.new_button.setObjectName("new_petition")
        lay.addWidget(self.new_button)
        self.summary_button = QPushButton(self.tr("สรุปสถานการณ์ประจำวัน (PDF)"), self)
        self.summary_button.setObjectName("daily_summary")
        lay.addWidget(self.summary_button)

    def set_day(self, day: date) -> None:
        """Says which day is listed."""
        self.label.setText(self.tr("กลุ่มที่มาวันนี้ ({day})").format(day=show_date(day, style="short")))

    def set_records(self, records: list[PetitionRecord], current_record_id: str) -> None:
        """Lists the day's petitions, the current one selected."""
        self.list.clear()
        for rec in records:
            p = rec.petition
            when = format_thai_time(p.arrived_at, suffix=False) if p.arrived_at else ""
            state = petition_status_text(p.status)
            item = QListWidgetItem(
                f"{when}  {p.group_name}\n"
                + self.tr("%1 คน · %2").replace("%1", f"{p.headcount_estimate:,}").replace("%2", state),
                self.list,
            )
            item.setData(_RECORD_ID, rec.record_id)
            if rec.record_id == current_record_id:
                self.list.setCurrentItem(item)

    def _picked(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(_RECORD_ID)))
