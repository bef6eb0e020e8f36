"""The repeat-visit banner: earlier cases of this complainant or group, to link the visit to one.

Shared by the complaint form (a citizen who came before) and the petition form (a group that came
within 90 days). The form looks the matches up (through ``ui.ops``) and says what each line reads; the
banner shows them, offers "link", and after linking shows a green bar with "unlink" instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_RECORD_ID = Qt.ItemDataRole.UserRole
_TRACKING_CODE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class RepeatEntry:
    """One earlier case offered for linking: the line shown, its record id and tracking code."""

    text: str
    record_id: str
    tracking_code: str


class RepeatBanner(QWidget):
    """A yellow banner listing earlier cases, and a green bar once the visit is linked to one."""

    link_chosen = Signal(str, str)
    """The officer chose an earlier case: its record id and tracking code."""
    unlink_requested = Signal()
    """The officer removed the link."""
    prefill_requested = Signal()
    """The officer asked to copy the citizen's details from the linked case (``offer_prefill``)."""

    def __init__(self, link_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame(self)
        self.banner.setObjectName("repeat_banner")
        self.banner.setStyleSheet(
            "#repeat_banner { background: #fff4d6; border: 1px solid #e0b040; border-radius: 4px; }"
        )
        bl = QVBoxLayout(self.banner)
        self.label = QLabel(self.banner)
        self.label.setWordWrap(True)
        bl.addWidget(self.label)
        self.list = QListWidget(self.banner)
        self.list.setObjectName("repeat_list")
        self.list.setMaximumHeight(90)
        bl.addWidget(self.list)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(link_text, self.banner)
        self.link_button.setObjectName("link_repeat")
        self.link_button.clicked.connect(self._link_selected)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        bl.addLayout(buttons)
        lay.addWidget(self.banner)

        self.linked_bar = QFrame(self)
        self.linked_bar.setObjectName("linked_bar")
        self.linked_bar.setStyleSheet(
            "#linked_bar { background: #e6f2e6; border: 1px solid #7aa87a; border-radius: 4px; }"
        )
        lb = QHBoxLayout(self.linked_bar)
        self.linked_label = QLabel(self.linked_bar)
        self.linked_label.setObjectName("linked_label")
        lb.addWidget(self.linked_label, 1)
        self.prefill_button = QPushButton(self.tr("ใช้ชื่อ โทรศัพท์ และที่อยู่จากเรื่องเดิม"), self.linked_bar)
        self.prefill_button.setObjectName("prefill_repeat")
        self.prefill_button.setToolTip(self.tr("เติมเฉพาะช่องที่ยังว่าง ตรวจทานกับผู้ร้องอีกครั้งก่อนบันทึก"))
        self.prefill_button.clicked.connect(self.prefill_requested)
        self.prefill_button.setVisible(False)
        lb.addWidget(self.prefill_button)
        self.unlink_button = QPushButton(self.tr("ยกเลิกการเชื่อมโยง"), self.linked_bar)
        self.unlink_button.setObjectName("unlink_repeat")
        self.unlink_button.clicked.connect(self.unlink_requested)
        lb.addWidget(self.unlink_button)
        lay.addWidget(self.linked_bar)
        self._linked = False
        self._update()

    def set_matches(self, title: str, entries: Sequence[RepeatEntry]) -> None:
        """Shows the earlier cases under ``title`` (the banner hides when there are none)."""
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.text, self.list)
            item.setData(_RECORD_ID, entry.record_id)
            item.setData(_TRACKING_CODE, entry.tracking_code)
        if entries:
            self.list.setCurrentRow(0)
        self.label.setText(title)
        self._update()

    def set_linked(self, text: str) -> None:
        """Shows the green "linked" bar with ``text``; ``""`` shows the matches again."""
        self._linked = bool(text)
        self.linked_label.setText(text)
        self._update()

    def offer_prefill(self, offered: bool) -> None:
        """Shows (or hides) the button that copies the citizen's details from the linked case."""
        self.prefill_button.setVisible(offered)

    def set_read_only(self, read_only: bool) -> None:
        """A reader sees the matches and the link but cannot change them."""
        self.link_button.setEnabled(not read_only)
        self.unlink_button.setEnabled(not read_only)
        self.prefill_button.setEnabled(not read_only)

    def count(self) -> int:
        """How many earlier cases are listed."""
        return self.list.count()

    def _update(self) -> None:
        self.banner.setVisible(self.list.count() > 0 and not self._linked)
        self.linked_bar.setVisible(self._linked)

    def _link_selected(self) -> None:
        if self.list.count() == 0:
            return
        item = self.list.currentItem() or self.list.item(0)
        self.link_chosen.emit(str(item.data(_RECORD_ID)), str(item.data(_TRACKING_CODE)))
