"""The group petition form of the mass-coordination desk (DESIGN §3, การประสานมวลชน).

Keyboard-first like the complaint form: every field is reached with Tab in reading order, tables are edited
in place (F2 or typing), and the form's actions have shortcuts:

=====================  ==================================================
Ctrl+S                 save (register, or amend with a reason)
Ctrl+Shift+R           add a representative (focus goes to the new row)
Ctrl+Shift+D           add a demand (focus goes to the new row)
Alt+Up / Alt+Down      move the selected demand (or representative) up or down
Ctrl+Delete            remove the selected row of the focused table
Ctrl+O                 attach files (petition letter, signature sheets, photos)
Enter (province box)   add the province typed there; Delete in the list removes one
=====================  ==================================================

The form is dumb (STYLE habit 1): it reads and writes a :class:`GroupPetitionPayload`, shows the Thai text
of the :class:`FieldIssue` list the service or ``validate_petition`` returns beside each field, and emits
signals; it opens no session and runs no rule of its own beyond parsing what was typed. Nothing typed is
ever cleared by a failed save: errors only add red text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import BANGKOK
from app.domain.issues import FieldIssue, IssueCode
from app.domain.petition import (
    MAX_HEADCOUNT,
    Demand,
    GroupPetitionPayload,
    HeadcountMethod,
    Meeting,
    Official,
    PetitionStatus,
    Representative,
    petition_from_payload,
    petition_to_payload,
    reorder,
)
from app.domain.records import IdDocument
from app.domain.thaidate import BE_OFFSET, to_ascii_digits
from ui.messages import issue_text
from ui.ops import Ops
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.field import ERROR_STYLE, FieldBox

HEADCOUNT_METHOD_TEXT: dict[HeadcountMethod, str] = {
    HeadcountMethod.OFFICER_COUNT: "เจ้าหน้าที่นับ",
    HeadcountMethod.REPRESENTATIVE: "ตามที่ผู้แทนกลุ่มแจ้ง",
    HeadcountMethod.SIGNATURES: "จากรายชื่อผู้ลงนาม",
    HeadcountMethod.AREA_DENSITY: "ประมาณจากพื้นที่และความหนาแน่น",
    HeadcountMethod.POLICE: "ตามที่เจ้าหน้าที่ตำรวจแจ้ง",
    HeadcountMethod.VEHICLES: "ประมาณจากจำนวนรถ",
}

GATES = ("ประตู 1", "ประตู 2", "ประตู 3", "ประตู 4", "ประตู 5")
HALLS = ("ห้องรับเรื่องราวร้องทุกข์", "ลานหน้าศูนย์บริการประชาชน", "ห้องประชุม 1", "ห้องประชุม 2")
TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")

# Representative table columns: (payload field, header).
REP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("is_contact", "ผู้ประสานงาน"),
    ("title", "คำนำหน้า"),
    ("given_name", "ชื่อ"),
    ("family_name", "นามสกุล"),
    ("national_id", "เลขประจำตัวประชาชน"),
    ("national_id_confirmed", "ทวนเลขแล้ว"),
    ("phone", "โทรศัพท์"),
    ("group_role", "ตำแหน่งในกลุ่ม"),
)
REP_COL = {name: i for i, (name, _) in enumerate(REP_COLUMNS)}
_REP_CHECK_COLUMNS = {"is_contact", "national_id_confirmed"}
# Person fields with no column (e-mail, address…) are kept per row so nothing loaded is lost.
_REP_HIDDEN = Qt.ItemDataRole.UserRole + 1
# The text a cell had when last seen, so a colour or tooltip change is not taken for an edit.
_LAST_TEXT = Qt.ItemDataRole.UserRole + 2

MEETING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("with_whom", "พบกับ (ชื่อ ตำแหน่ง หน่วยงาน)"),
    ("at", "เวลา (ชม.:นาที)"),
    ("place", "สถานที่"),
    ("result", "ผลการประชุม"),
)

_PERSON_FIELD_TEXT = {
    "title": "คำนำหน้า",
    "given_name": "ชื่อ",
    "family_name": "นามสกุล",
    "national_id": "เลขประจำตัวประชาชน",
    "national_id_confirmed": "การทวนเลขประจำตัว",
    "passport_no": "เลขหนังสือเดินทาง",
    "phone": "โทรศัพท์",
    "email": "อีเมล",
    "line_id": "LINE",
    "address": "ที่อยู่",
    "id_document": "เอกสารแสดงตน",
    "nationality": "สัญชาติ",
    "group_role": "ตำแหน่งในกลุ่ม",
}

# Words for the issues whose general text (ui.messages) would not tell the officer what to do here.
_SPECIFIC_TEXT: dict[tuple[str, IssueCode], str] = {
    ("headcount_estimate", IssueCode.NUMBER_RANGE): (f"จำนวนผู้มาต้องเป็นตัวเลขตั้งแต่ 1 ถึง {MAX_HEADCOUNT:,} คน"),
    ("departed_at", IssueCode.TIME_ORDER): "เวลาเดินทางกลับต้องไม่ก่อนเวลามาถึง และต้องไม่ใช่เวลาในอนาคต",
    ("departed_at", IssueCode.REQUIRED): "กรุณาระบุเวลาที่กลุ่มเดินทางกลับ",
    ("arrived_at", IssueCode.TIME_ORDER): "เวลามาถึงต้องไม่ใช่เวลาในอนาคต",
    ("arrived_at", IssueCode.REQUIRED): "กรุณาระบุเวลาที่กลุ่มมาถึง",
    ("representatives", IssueCode.REQUIRED): "กรุณาเพิ่มผู้แทนกลุ่มอย่างน้อย 1 คน",
    ("representatives", IssueCode.CONTACT_NEEDED): "กรุณาเลือกผู้ประสานงานหลักของกลุ่ม 1 คน",
    ("representatives", IssueCode.NUMBER_RANGE): "ผู้แทนกลุ่มมากเกินกำหนด (ไม่เกิน 50 คน)",
    ("national_id", IssueCode.DUPLICATE): "เลขประจำตัวประชาชนซ้ำกับผู้แทนคนอื่นในกลุ่มนี้",
    ("provinces", IssueCode.REQUIRED): "กรุณาเพิ่มจังหวัดที่กลุ่มเดินทางมาอย่างน้อย 1 จังหวัด",
    ("provinces", IssueCode.DUPLICATE): "เลือกจังหวัดนี้ซ้ำ",
    ("provinces", IssueCode.UNKNOWN_CODE): "ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ",
    ("demands", IssueCode.REQUIRED): "กรุณาเพิ่มข้อเรียกร้องอย่างน้อย 1 ข้อ",
    ("demands", IssueCode.NUMBER_RANGE): "ข้อเรียกร้องมากเกินกำหนด (ไม่เกิน 100 ข้อ)",
    ("text", IssueCode.REQUIRED): "ข้อเรียกร้องว่าง กรุณากรอกหรือลบข้อนี้",
    ("with_whom", IssueCode.REQUIRED): "กรุณาระบุว่าประชุมกับใคร",
    ("at", IssueCode.TIME_ORDER): "เวลาต้องไม่ก่อนเวลาที่กลุ่มมาถึง",
    ("meeting_time", IssueCode.REQUIRED): "เวลาประชุมต้องเป็น ชม.:นาที เช่น 13:30",
}


def petition_issue_text(issue: FieldIssue) -> str:
    """The officer's words for one petition issue: specific where the field needs it, else the shared text."""
    parts = issue.field.split(".")
    for key in (issue.field, parts[0], parts[-1]):
        text = _SPECIFIC_TEXT.get((key, issue.code))
        if text is not None:
            return text
    return issue_text(issue.code)


def _qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone(BANGKOK)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _pydatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BANGKOK).astimezone(UTC)


class ThaiDateTimeEdit(QDateTimeEdit):
    """A date-time box that shows and reads the Buddhist-era year: ``05/03/2569 09:30``.

    WORKAROUND: Qt has no Buddhist calendar (QCalendar knows Gregorian, Julian, Milankovic, Jalali and
    Islamic Civil), so a plain QDateTimeEdit would show 2026 where every Thai form says 2569. Overriding
    the text conversion both ways (and ``validate``) keeps Qt's section editing, arrows included, while
    the officer reads and types BE years.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The display format only tells Qt where the sections are; the text itself comes from us.
        self.setDisplayFormat("dd/MM/yyyy HH:mm")

    def textFromDateTime(self, dt: QDateTime) -> str:
        """The BE text of a date-time."""
        d, t = dt.date(), dt.time()
        return f"{d.day():02d}/{d.month():02d}/{d.year() + BE_OFFSET:04d} {t.hour():02d}:{t.minute():02d}"

    def dateTimeFromText(self, text: str) -> QDateTime:
        """Reads ``dd/MM/yyyy HH:mm`` with a BE year (Thai digits accepted)."""
        parsed = parse_be_datetime(text)
        return parsed if parsed is not None else QDateTime()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Acceptable when the text is a whole BE date-time, intermediate while typing."""
        state = (
            QValidator.State.Acceptable
            if parse_be_datetime(text) is not None
            else QValidator.State.Intermediate
        )
        return (state, text, pos)

    def value(self) -> datetime:
        """The shown time as an aware UTC datetime (the box shows Bangkok time)."""
        return _pydatetime(self.dateTime())

    def set_value(self, value: datetime) -> None:
        """Shows an aware datetime in Bangkok time."""
        self.setDateTime(_qdatetime(value))


def parse_be_datetime(text: str) -> QDateTime | None:
    """``05/03/2569 09:30`` (BE year) as a QDateTime, or ``None`` when it is not a whole valid one."""
    try:
        day_part, time_part = to_ascii_digits(text).split()
        dd, mm, yy = (int(x) for x in day_part.split("/"))
        hh, mi = (int(x) for x in time_part.split(":"))
    except ValueError:
        return None
    if yy < 2400:  # a CE year typed by habit would land five centuries back
        return None
    d, t = QDate(yy - BE_OFFSET, mm, dd), QTime(hh, mi)
    if not d.isValid() or not t.isValid():
        return None
    return QDateTime(d, t)


def parse_headcount(text: str) -> int:
    """What was typed as the headcount, as a number (Thai digits and thousands separators accepted);
    0 when it is not a number, so validation says it is out of range and the text stays as typed."""
    cleaned = to_ascii_digits(text).replace(",", "").replace(" ", "").strip()
    try:
        return int(cleaned)
    except ValueError:
        return 0


def parse_clock(text: str) -> time | None:
    """``13:30`` or ``13.30`` (Thai digits accepted) as a time, ``None`` otherwise."""
    cleaned = to_ascii_digits(text).strip().replace(".", ":").replace("น", "").strip()
    try:
        hh, mi = (int(x) for x in cleaned.split(":"))
        return time(hh, mi)
    except ValueError:
        return None


def _cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item of a cell, created empty when the cell has none yet."""
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem("")
        table.setItem(row, col, item)
    return item


def _cell_text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


def _mark(item: QTableWidgetItem, brush: QBrush, tooltip: str) -> None:
    """Colours a cell at fault without it counting as an edit (no autosave, no read-back reset)."""
    table = item.tableWidget()
    was = table.blockSignals(True) if table is not None else False
    item.setBackground(brush)
    item.setToolTip(tooltip)
    if table is not None:
        table.blockSignals(was)


class _RowTable(QTableWidget):
    """A table with Alt+Up/Alt+Down to move the current row (reorder demands, representatives)."""

    row_moved = Signal(int, int)

    def keyPressEvent(self, event: Any) -> None:
        """Alt+Up / Alt+Down move the current row; everything else as usual."""
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            row = self.currentRow()
            target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= row < self.rowCount() and 0 <= target < self.rowCount():
                self.row_moved.emit(row, target)
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class RepeatMatch:
    """An earlier petition that looks like this group (name or a representative's ID), for linking."""

    record_id: str
    tracking_code: str
    group_name: str
    created_at: datetime
    reason: str  # "name" | "national_id"


class PetitionForm(QWidget):
    """Every field of a group petition, with Thai errors beside the fields."""

    save_requested = Signal()
    """The officer asked to save (Ctrl+S or the button)."""
    changed = Signal()
    """Something was typed or chosen (the page autosaves a draft, debounced)."""
    repeat_check_requested = Signal(str, list)
    """Group name and representatives' national IDs changed: look for repeat groups (debounced)."""
    link_requested = Signal(str)
    """The officer chose to link this petition to an earlier one (its record id)."""

    def __init__(self, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        """``ops`` runs the address finder of the representative details (without it, no finder)."""
        super().__init__(parent)
        self.setObjectName("petition_form")
        self._ops = ops
        self._detail_row = -1
        self._boxes: dict[str, FieldBox] = {}
        self._loading = False
        self._read_only = False
        self._status = PetitionStatus.PRESENT
        self._timeline: list[Any] = []  # kept as loaded; the timeline panel shows and extends it
        self._linked_record_id = ""
        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.setInterval(600)  # ms after the last keystroke: one look-up per pause
        self._repeat_timer.timeout.connect(self._emit_repeat_check)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self._body = body
        layout = QVBoxLayout(body)

        layout.addWidget(self._group_section())
        layout.addWidget(self._repeat_section())
        layout.addWidget(self._representatives_section())
        layout.addWidget(self._visit_section())
        layout.addWidget(self._issue_section())
        layout.addWidget(self._agencies_section())
        layout.addWidget(self._receiving_section())
        layout.addWidget(self._meetings_section())
        self.attachments = AttachmentsPanel(self)
        layout.addWidget(self.attachments)
        self.attachments.changed.connect(self._on_changed)
        layout.addWidget(self._follow_up_section())

        self.save_button = QPushButton(self.tr("บันทึก (Ctrl+S)"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save_requested)
        self.form_error = QLabel(self)
        self.form_error.setObjectName("form_error")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.form_error, 1)
        row.addWidget(self.save_button)
        outer.addLayout(row)

        self._shortcut("Ctrl+S", self._request_save)
        self._shortcut("Ctrl+Shift+R", self.add_representative)
        self._shortcut("Ctrl+Shift+D", self.add_demand)
        self._shortcut("Ctrl+O", self.attachments.choose_files)
        self._shortcut("Ctrl+Delete", self._remove_current_row)
        self.clear()

    # ------------------------------------------------------------------ building
    def _shortcut(self, keys: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _box(self, path: str, editor: QWidget) -> FieldBox:
        box = FieldBox(path, editor, self)
        editor.setObjectName(path)
        self._boxes[path] = box
        return box

    def _line(self, path: str, placeholder: str = "") -> tuple[QLineEdit, FieldBox]:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_changed)
        return edit, self._box(path, edit)

    def _group_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("กลุ่มผู้ยื่นคำร้อง"), self)
        form = QFormLayout(box)
        self.group_name, gb = self._line("group_name", self.tr("เช่น เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง"))
        self.group_name.textChanged.connect(self._schedule_repeat_check)
        form.addRow(self.tr("ชื่อกลุ่ม *"), gb)
        self.organisation, ob = self._line("organisation", self.tr("องค์กร/สมาคม (ถ้ามี)"))
        form.addRow(self.tr("องค์กร"), ob)
        return box

    def _repeat_section(self) -> QWidget:
        self.repeat_box = QGroupBox(self.tr("กลุ่มนี้เคยมายื่นคำร้องภายใน 90 วัน"), self)
        self.repeat_box.setObjectName("repeat_box")
        lay = QVBoxLayout(self.repeat_box)
        self.repeat_list = QListWidget(self.repeat_box)
        self.repeat_list.setObjectName("repeat_list")
        self.repeat_list.setMaximumHeight(90)
        lay.addWidget(self.repeat_list)
        row = QHBoxLayout()
        self.link_button = QPushButton(self.tr("เชื่อมโยงกับคำร้องที่เลือก"), self.repeat_box)
        self.link_button.setObjectName("link_repeat")
        self.link_button.clicked.connect(self._link_selected)
        self.linked_label = QLabel(self.repeat_box)
        self.linked_label.setObjectName("linked_label")
        row.addWidget(self.linked_label, 1)
        row.addWidget(self.link_button)
        lay.addLayout(row)
        self.repeat_box.setVisible(False)
        return self.repeat_box

    def _representatives_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("ผู้แทนกลุ่ม (Ctrl+Shift+R เพิ่ม, Ctrl+Delete ลบ)"), self)
        lay = QVBoxLayout(box)
        table = _RowTable(0, len(REP_COLUMNS), box)
        table.setHorizontalHeaderLabels([self.tr(h) for _, h in REP_COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # WORKAROUND: with tab-key navigation on, Tab moves between cells and never leaves the table;
        # officers leave it with Ctrl+Tab (Qt's default for tables) or the shortcuts above.
        table.setTabKeyNavigation(True)
        table.itemChanged.connect(self._rep_item_changed)
        table.row_moved.connect(self._move_representative)
        table.setMinimumHeight(150)  # header and four rows before it scrolls
        self.rep_table = table
        lay.addWidget(self._box("representatives", table))
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("เพิ่มผู้แทน"), box)
        add.setObjectName("add_representative")
        add.clicked.connect(self.add_representative)
        remove = QPushButton(self.tr("ลบผู้แทนที่เลือก"), box)
        remove.setObjectName("remove_representative")
        remove.clicked.connect(lambda: self._remove_row(self.rep_table))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        from ui.fields.card_reader import CardPanel

        self.card_panel = CardPanel(
            self.fill_from_card, box, can_attach=False
        )  # photos: the attachments panel
        lay.addWidget(self.card_panel)
        lay.addWidget(self._rep_detail_section(box))
        table.currentCellChanged.connect(self._rep_row_changed)
        return box

    def _rep_detail_section(self, parent: QWidget) -> QGroupBox:
        """Editors for the selected representative's fields that have no column (as on the complaint form)."""
        detail = QGroupBox(parent)
        detail.setObjectName("rep_detail")
        form = QFormLayout(detail)
        self.rep_id_document = QComboBox(detail)
        self.rep_id_document.setObjectName("rep_id_document")
        self.rep_id_document.addItem(self.tr("บัตรประจำตัวประชาชน"), IdDocument.THAI_NATIONAL_ID.value)
        self.rep_id_document.addItem(self.tr("หนังสือเดินทาง (ชาวต่างชาติ)"), IdDocument.PASSPORT.value)
        self.rep_id_document.currentIndexChanged.connect(self._rep_detail_edited)
        form.addRow(self.tr("เอกสารแสดงตน"), self.rep_id_document)
        self.rep_fields: dict[str, QLineEdit] = {}
        for name, label in (
            ("passport_no", "เลขหนังสือเดินทาง"),
            ("nationality", "สัญชาติ"),
            ("email", "อีเมล"),
            ("line_id", "LINE ID"),
        ):
            edit = QLineEdit(detail)
            edit.setObjectName(f"rep_{name}")
            edit.textEdited.connect(self._rep_detail_edited)
            self.rep_fields[name] = edit
            form.addRow(self.tr(label), edit)
        self.rep_address: Any = None
        if self._ops is not None:
            from app.domain.geo import address_matches
            from ui.widgets.address_picker import AddressPicker

            self.rep_address = AddressPicker(self._ops, address_matches, "representatives.address", detail)
            self.rep_address.changed.connect(self._rep_detail_edited)
            form.addRow(self.tr("ที่อยู่"), self.rep_address)
        detail.setEnabled(False)
        self.rep_detail = detail
        return detail

    def _rep_row_changed(self, row: int, _col: int = 0, _prev_row: int = -1, _prev_col: int = 0) -> None:
        if row == self._detail_row:
            return
        self._detail_row = row
        valid = 0 <= row < self.rep_table.rowCount()
        self.rep_detail.setEnabled(valid and not self._read_only)
        self.rep_detail.setTitle(self.tr("รายละเอียดผู้แทนคนที่ {n}").format(n=row + 1) if valid else "")
        hidden = dict(_cell(self.rep_table, row, 0).data(_REP_HIDDEN) or {}) if valid else {}
        was_loading, self._loading = self._loading, True
        try:
            index = self.rep_id_document.findData(
                hidden.get("id_document", IdDocument.THAI_NATIONAL_ID.value)
            )
            self.rep_id_document.setCurrentIndex(max(index, 0))
            for name, edit in self.rep_fields.items():
                edit.setText(str(hidden.get(name, "")))
            if self.rep_address is not None:
                from app.domain.records import Address

                self.rep_address.set_address(Address(**(hidden.get("address") or {})))
        finally:
            self._loading = was_loading

    def _rep_detail_edited(self, *_: object) -> None:
        row = self._detail_row
        if self._loading or not 0 <= row < self.rep_table.rowCount():
            return
        item = _cell(self.rep_table, row, 0)
        hidden = dict(item.data(_REP_HIDDEN) or {})
        hidden["id_document"] = str(self.rep_id_document.currentData())
        for name, edit in self.rep_fields.items():
            hidden[name] = edit.text().strip()
        if self.rep_address is not None:
            address = self.rep_address.address()
            hidden["address"] = {f.name: getattr(address, f.name) for f in fields(address)}
        was = self.rep_table.blockSignals(True)
        item.setData(_REP_HIDDEN, hidden)
        self.rep_table.blockSignals(was)
        self._on_changed()

    def _visit_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("จำนวน ที่มา และการมาถึง"), self)
        form = QFormLayout(box)
        self.headcount, hb = self._line("headcount_estimate", self.tr("จำนวนคนโดยประมาณ"))
        form.addRow(self.tr("จำนวนผู้มา (คน) *"), hb)
        self.headcount_method = QComboBox(self)
        self.headcount_method.setObjectName("headcount_method")
        for method, text in HEADCOUNT_METHOD_TEXT.items():
            self.headcount_method.addItem(self.tr(text), method.value)
        self.headcount_method.currentIndexChanged.connect(self._on_changed)
        form.addRow(self.tr("วิธีประมาณจำนวน"), self.headcount_method)

        provinces = QWidget(self)
        pl = QVBoxLayout(provinces)
        pl.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        self.province_picker = QComboBox(provinces)
        self.province_picker.setObjectName("province_picker")
        self.province_picker.setEditable(True)
        self.province_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        from app.domain import geo

        self.province_picker.addItems(geo.provinces())
        self.province_picker.setCurrentIndex(-1)
        completer = self.province_picker.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        line = self.province_picker.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("พิมพ์ชื่อจังหวัดแล้วกด Enter"))
            line.returnPressed.connect(self._add_typed_province)
        add = QPushButton(self.tr("เพิ่มจังหวัด"), provinces)
        add.setObjectName("add_province")
        add.clicked.connect(self._add_typed_province)
        pick.addWidget(self.province_picker, 1)
        pick.addWidget(add)
        pl.addLayout(pick)
        self.province_list = QListWidget(provinces)
        self.province_list.setObjectName("province_list")
        self.province_list.setMaximumHeight(56)
        self.province_list.setFlow(QListWidget.Flow.LeftToRight)
        self.province_list.setWrapping(True)
        self.province_list.installEventFilter(self)
        pl.addWidget(self.province_list)
        self._boxes["provinces"] = FieldBox("provinces", provinces, self)
        form.addRow(self.tr("จังหวัดที่มา *"), self._boxes["provinces"])

        self.arrived_at = ThaiDateTimeEdit(self)
        self.arrived_at.dateTimeChanged.connect(self._on_changed)
        form.addRow(self.tr("เวลามาถึง *"), self._box("arrived_at", self.arrived_at))
        dep = QWidget(self)
        dl = QHBoxLayout(dep)
        dl.setContentsMargins(0, 0, 0, 0)
        self.departed = QCheckBox(self.tr("เดินทางกลับแล้ว"), dep)
        self.departed.setObjectName("departed")
        self.departed_at = ThaiDateTimeEdit(dep)
        self.departed_at.setEnabled(False)
        self.departed.toggled.connect(self.departed_at.setEnabled)
        self.departed.toggled.connect(self._on_changed)
        self.departed_at.dateTimeChanged.connect(self._on_changed)
        dl.addWidget(self.departed)
        dl.addWidget(self.departed_at, 1)
        self._boxes["departed_at"] = FieldBox("departed_at", dep, self)
        self.departed_at.setObjectName("departed_at")
        form.addRow(self.tr("เวลาเดินทางกลับ"), self._boxes["departed_at"])

        self.arrival_gate = self._combo("arrival_gate", GATES)
        form.addRow(self.tr("ประตูที่เข้า"), self._box("arrival_gate", self.arrival_gate))
        self.arrival_hall = self._combo("arrival_hall", HALLS)
        form.addRow(self.tr("จุดรับเรื่อง/ห้อง"), self._box("arrival_hall", self.arrival_hall))
        return box

    def _combo(self, path: str, items: Sequence[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(items))
        combo.setCurrentIndex(-1)
        combo.editTextChanged.connect(self._on_changed)
        return combo

    def _issue_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("ประเด็นและข้อเรียกร้อง"), self)
        lay = QVBoxLayout(box)
        lay.addWidget(QLabel(self.tr("สรุปประเด็นปัญหา *"), box))
        self.issue_summary = QPlainTextEdit(box)
        self.issue_summary.setTabChangesFocus(True)
        self.issue_summary.setMaximumHeight(110)
        self.issue_summary.textChanged.connect(self._on_changed)
        lay.addWidget(self._box("issue_summary", self.issue_summary))
        lay.addWidget(
            QLabel(self.tr("ข้อเรียกร้อง * (Ctrl+Shift+D เพิ่ม, Alt+↑/↓ เลื่อนลำดับ, Ctrl+Delete ลบ)"), box)
        )
        table = _RowTable(0, 1, box)
        table.setHorizontalHeaderLabels([self.tr("ข้อเรียกร้อง")])
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.itemChanged.connect(self._on_changed)
        table.row_moved.connect(self.move_demand)
        table.setMinimumHeight(180)
        self.demand_table = table
        lay.addWidget(self._box("demands", table))
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_demand", "เพิ่มข้อเรียกร้อง", self.add_demand),
            ("demand_up", "เลื่อนขึ้น", lambda: self._move_current_demand(-1)),
            ("demand_down", "เลื่อนลง", lambda: self._move_current_demand(1)),
            ("remove_demand", "ลบข้อที่เลือก", lambda: self._remove_row(self.demand_table)),
        ):
            button = QPushButton(self.tr(text), box)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        return box

    def _agencies_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("หน่วยงานที่เกี่ยวข้อง (Contact Point)"), self)
        lay = QVBoxLayout(box)
        self.agency_filter = QLineEdit(box)
        self.agency_filter.setObjectName("agency_filter")
        self.agency_filter.setPlaceholderText(self.tr("ค้นหาหน่วยงาน แล้วกด Space เพื่อเลือก"))
        self.agency_filter.textChanged.connect(self._filter_agencies)
        lay.addWidget(self.agency_filter)
        self.agency_list = QListWidget(box)
        self.agency_list.setObjectName("agency_codes")
        self.agency_list.setMaximumHeight(130)
        self.agency_list.itemChanged.connect(self._on_changed)
        lay.addWidget(self.agency_list)
        self._boxes["agency_codes"] = FieldBox("agency_codes", self.agency_list, self)
        lay.addWidget(self._boxes["agency_codes"])
        return box

    def _receiving_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("เจ้าหน้าที่ผู้รับหนังสือ"), self)
        form = QFormLayout(box)
        self.received_name, nb = self._line("received_by.name", self.tr("ชื่อ-นามสกุล"))
        form.addRow(self.tr("ชื่อผู้รับ *"), nb)
        self.received_position, pb = self._line("received_by.position", self.tr("ตำแหน่ง"))
        form.addRow(self.tr("ตำแหน่ง *"), pb)
        return box

    def _meetings_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("การประชุม/การเข้าพบที่จัดให้"), self)
        lay = QVBoxLayout(box)
        table = _RowTable(0, len(MEETING_COLUMNS), box)
        table.setHorizontalHeaderLabels([self.tr(h) for _, h in MEETING_COLUMNS])
        table.horizontalHeader().setStretchLastSection(True)
        table.setTabKeyNavigation(True)
        table.itemChanged.connect(self._on_changed)
        table.setMaximumHeight(140)
        self.meeting_table = table
        lay.addWidget(self._box("meetings", table))
        add = QPushButton(self.tr("เพิ่มการประชุม"), box)
        add.setObjectName("add_meeting")
        add.clicked.connect(self.add_meeting)
        lay.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _follow_up_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("การติดตามผล"), self)
        lay = QVBoxLayout(box)
        self.follow_up = QPlainTextEdit(box)
        self.follow_up.setTabChangesFocus(True)
        self.follow_up.setMaximumHeight(80)
        self.follow_up.textChanged.connect(self._on_changed)
        lay.addWidget(self._box("follow_up", self.follow_up))
        return box

    # ------------------------------------------------------------------ reference data
    def set_agencies(self, agencies: Iterable[tuple[str, str]]) -> None:
        """The Contact Points to choose from: (code, Thai name). Keeps what is already ticked."""
        chosen = set(self._checked_agencies())
        self._loading = True
        try:
            self.agency_list.clear()
            for code, name in agencies:
                item = QListWidgetItem(f"{name} ({code})", self.agency_list)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def _filter_agencies(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible: QListWidgetItem | None = None
        for i in range(self.agency_list.count()):
            item = self.agency_list.item(i)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.agency_list.setCurrentItem(first_visible)

    def _checked_agencies(self) -> list[str]:
        out = []
        for i in range(self.agency_list.count()):
            item = self.agency_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the selected province; Space in the agency filter ticks the first match."""
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if watched is self.province_list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                row = self.province_list.currentRow()
                if row >= 0 and not self._read_only:
                    self.province_list.takeItem(row)
                    self._on_changed()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ row actions
    def add_representative(self) -> None:
        """A new empty representative row; the first one is the contact. Focus goes to its name."""
        if self._read_only:
            return
        rep = Representative(is_contact=self.rep_table.rowCount() == 0)
        self._append_representative(rep)
        row = self.rep_table.rowCount() - 1
        self.rep_table.setCurrentCell(row, REP_COL["given_name"])
        self.rep_table.setFocus()
        self._on_changed()

    def _append_representative(self, rep: Representative) -> None:
        table = self.rep_table
        was = table.blockSignals(True)
        try:
            row = table.rowCount()
            table.insertRow(row)
            for col, (name, _) in enumerate(REP_COLUMNS):
                item = QTableWidgetItem()
                if name in _REP_CHECK_COLUMNS:
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(
                        Qt.CheckState.Checked if getattr(rep, name) else Qt.CheckState.Unchecked
                    )
                else:
                    item.setText(str(getattr(rep, name)))
                    item.setData(_LAST_TEXT, item.text())
                table.setItem(row, col, item)
            hidden = {
                f.name: getattr(rep, f.name)
                for f in fields(Representative)
                if f.name not in REP_COL and f.name != "id_document"
            }
            hidden["id_document"] = rep.id_document.value
            hidden["address"] = {f.name: getattr(rep.address, f.name) for f in fields(rep.address)}
            _cell(table, row, 0).setData(_REP_HIDDEN, hidden)
        finally:
            table.blockSignals(was)

    def _rep_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == REP_COL["is_contact"] and item.checkState() == Qt.CheckState.Checked:
            # One contact only: ticking one unticks the others (a radio group in a table).
            table = self.rep_table
            was = table.blockSignals(True)
            try:
                for row in range(table.rowCount()):
                    if row != item.row():
                        _cell(table, row, 0).setCheckState(Qt.CheckState.Unchecked)
            finally:
                table.blockSignals(was)
        if item.column() == REP_COL["national_id"] and item.text() != item.data(_LAST_TEXT):
            item.setData(_LAST_TEXT, item.text())
            # A changed number has not been read back yet.
            confirm = self.rep_table.item(item.row(), REP_COL["national_id_confirmed"])
            if confirm is not None and confirm.checkState() == Qt.CheckState.Checked:
                was = self.rep_table.blockSignals(True)
                confirm.setCheckState(Qt.CheckState.Unchecked)
                self.rep_table.blockSignals(was)
            self._schedule_repeat_check()
        self._on_changed()

    def fill_from_card(self, card: Any) -> None:
        """Fills the selected representative row (a new row when none is selected) from a Thai ID card;
        phone, role, contact and e-mail stay as typed. The chip's number counts as read back."""
        if self._read_only:
            return
        row = self.rep_table.currentRow()
        if not 0 <= row < self.rep_table.rowCount():
            self.add_representative()
            row = self.rep_table.rowCount() - 1
        reps = self._representatives()
        old, person = reps[row], card.to_person()
        reps[row] = Representative(
            **{f.name: getattr(person, f.name) for f in fields(person)},
            is_contact=old.is_contact,
            group_role=old.group_role,
            national_id_confirmed=True,
        )
        for keep in ("phone", "email", "line_id"):
            setattr(reps[row], keep, getattr(old, keep))
        self._fill_representatives(reps)
        self.rep_table.setCurrentCell(row, REP_COL["given_name"])
        self._schedule_repeat_check()
        self._on_changed()

    def _move_representative(self, old: int, new: int) -> None:
        reps = reorder(self._representatives(), old, new)
        self._fill_representatives(reps)
        self.rep_table.setCurrentCell(new, max(self.rep_table.currentColumn(), 0))
        self._on_changed()

    def add_demand(self, text: str = "") -> None:
        """A new demand at the end; focus goes to it, ready to type."""
        if self._read_only:
            return
        table = self.demand_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text if isinstance(text, str) else ""))
        table.setCurrentCell(row, 0)
        table.setFocus()
        self._on_changed()

    def move_demand(self, old: int, new: int) -> None:
        """Moves one demand; the numbers follow the new order."""
        if self._read_only:
            return
        demands = reorder(self._demands(), old, new)
        self._fill_demands(demands)
        self.demand_table.setCurrentCell(new, 0)
        self._on_changed()

    def _move_current_demand(self, step: int) -> None:
        row = self.demand_table.currentRow()
        if 0 <= row < self.demand_table.rowCount() and 0 <= row + step < self.demand_table.rowCount():
            self.move_demand(row, row + step)
        self.demand_table.setFocus()

    def add_meeting(self) -> None:
        """A new meeting row; focus goes to "with whom"."""
        if self._read_only:
            return
        table = self.meeting_table
        row = table.rowCount()
        table.insertRow(row)
        for col in range(table.columnCount()):
            table.setItem(row, col, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.setFocus()
        self._on_changed()

    def _remove_row(self, table: QTableWidget) -> None:
        if self._read_only:
            return
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            if table is self.rep_table:
                self._detail_row = -2
                self._rep_row_changed(table.currentRow())
            self._on_changed()

    def _remove_current_row(self) -> None:
        focus = self.focusWidget()
        for table in (self.rep_table, self.demand_table, self.meeting_table):
            if focus is table or (focus is not None and table.isAncestorOf(focus)):
                self._remove_row(table)
                return

    def _add_typed_province(self) -> None:
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
                self._boxes["provinces"].set_error(
                    self.tr("ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ")
                    if not matches
                    else self.tr("พบหลายจังหวัด กรุณาพิมพ์ให้ครบ")
                )
                return
            text = matches[0]
        else:
            text = self.province_picker.itemText(index)
        if text not in self._provinces():
            self.province_list.addItem(text)
        self._boxes["provinces"].set_error("")
        self.province_picker.setCurrentIndex(-1)
        self.province_picker.setEditText("")
        self._on_changed()

    def _link_selected(self) -> None:
        if self.repeat_list.count() == 0:
            return
        item = self.repeat_list.currentItem() or self.repeat_list.item(0)
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._linked_record_id = record_id
        self.linked_label.setText(
            self.tr("เชื่อมโยงกับ {code} แล้ว").format(code=item.data(Qt.ItemDataRole.UserRole + 1))
        )
        self.link_requested.emit(record_id)
        self._on_changed()

    # ------------------------------------------------------------------ repeat groups
    def _schedule_repeat_check(self) -> None:
        if not self._loading:
            self._repeat_timer.start()

    def _emit_repeat_check(self) -> None:
        ids = [r.national_id for r in self._representatives() if r.national_id]
        self.repeat_check_requested.emit(self.group_name.text(), ids)

    def set_repeat_matches(self, matches: Sequence[RepeatMatch], exclude_record_id: str = "") -> None:
        """Shows earlier petitions of what looks like the same group (hidden when there are none)."""
        from app.domain.thaidate import format_thai_date

        self.repeat_list.clear()
        reasons = {"name": self.tr("ชื่อกลุ่มตรงกัน"), "national_id": self.tr("ผู้แทนคนเดียวกัน")}
        for m in matches:
            if m.record_id == exclude_record_id:
                continue
            item = QListWidgetItem(
                f"{m.tracking_code}  {m.group_name}  ({format_thai_date(m.created_at, style='short')}, "
                f"{reasons.get(m.reason, m.reason)})",
                self.repeat_list,
            )
            item.setData(Qt.ItemDataRole.UserRole, m.record_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, m.tracking_code)
        self.repeat_box.setVisible(self.repeat_list.count() > 0)
        self.link_button.setEnabled(not self._read_only)

    # ------------------------------------------------------------------ reading the form
    def _representatives(self) -> list[Representative]:
        from app.domain.records import Address

        out: list[Representative] = []
        table = self.rep_table
        for row in range(table.rowCount()):
            values: dict[str, Any] = {}
            for col, (name, _) in enumerate(REP_COLUMNS):
                item = table.item(row, col)
                if name in _REP_CHECK_COLUMNS:
                    values[name] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    values[name] = (item.text() if item is not None else "").strip()
            hidden = dict(_cell(table, row, 0).data(_REP_HIDDEN) or {})
            address = Address(**(hidden.pop("address", None) or {}))
            id_document = IdDocument(hidden.pop("id_document", IdDocument.THAI_NATIONAL_ID.value))
            values["national_id"] = "".join(
                ch for ch in to_ascii_digits(values["national_id"]) if ch.isdigit()
            )
            values["phone"] = to_ascii_digits(values["phone"])
            rep = Representative(**{**hidden, **values})
            rep.address = address
            rep.id_document = id_document
            out.append(rep)
        return out

    def _demands(self) -> list[Demand]:
        out = []
        for row in range(self.demand_table.rowCount()):
            item = self.demand_table.item(row, 0)
            agency = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            out.append(Demand(text=item.text().strip() if item else "", agency_code=str(agency or "")))
        return out

    def _provinces(self) -> list[str]:
        return [self.province_list.item(i).text() for i in range(self.province_list.count())]

    def _meetings(self) -> tuple[list[Meeting], list[FieldIssue]]:
        meetings, issues = [], []
        arrived_local = self.arrived_at.value().astimezone(BANGKOK)
        for row in range(self.meeting_table.rowCount()):
            cells = [_cell_text(self.meeting_table, row, c).strip() for c in range(len(MEETING_COLUMNS))]
            if not any(cells):
                continue  # an empty row added by mistake is not a meeting
            at = None
            if cells[1]:
                clock = parse_clock(cells[1])
                if clock is None:
                    issues.append(FieldIssue(f"meetings.{row}.meeting_time", IssueCode.REQUIRED))
                else:
                    at = datetime.combine(arrived_local.date(), clock, tzinfo=BANGKOK).astimezone(UTC)
            meetings.append(Meeting(with_whom=cells[0], at=at, place=cells[2], result=cells[3]))
        return meetings, issues

    def payload(self) -> GroupPetitionPayload:
        """What the form holds now, as a petition (not validated)."""
        meetings, _ = self._meetings()
        return GroupPetitionPayload(
            group_name=self.group_name.text().strip(),
            organisation=self.organisation.text().strip(),
            representatives=self._representatives(),
            headcount_estimate=parse_headcount(self.headcount.text()),
            headcount_method=HeadcountMethod(self.headcount_method.currentData()),
            provinces=self._provinces(),
            arrived_at=self.arrived_at.value(),
            departed_at=self.departed_at.value() if self.departed.isChecked() else None,
            arrival_gate=self.arrival_gate.currentText().strip(),
            arrival_hall=self.arrival_hall.currentText().strip(),
            issue_summary=self.issue_summary.toPlainText().strip(),
            demands=self._demands(),
            agency_codes=self._checked_agencies(),
            received_by=Official(self.received_name.text().strip(), self.received_position.text().strip()),
            meetings=meetings,
            attachments=self.attachments.refs(),
            timeline=list(self._timeline),
            follow_up=self.follow_up.toPlainText().strip(),
            status=self._status,
            linked_record_id=self._linked_record_id,
        )

    def form_issues(self) -> list[FieldIssue]:
        """Problems only the form can see (text that does not parse), added to the service's issues."""
        _, issues = self._meetings()
        return issues

    # ------------------------------------------------------------------ filling the form
    def clear(self, arrived_at: datetime | None = None) -> None:
        """An empty form for a new group; arrival defaults to ``arrived_at`` (now, from the page's clock)."""
        self.set_payload(GroupPetitionPayload(arrived_at=arrived_at or datetime.now(UTC)))

    def set_payload(self, petition: GroupPetitionPayload) -> None:
        """Shows a petition (a record being amended, a restored draft)."""
        self._loading = True
        try:
            self.group_name.setText(petition.group_name)
            self.organisation.setText(petition.organisation)
            self._fill_representatives(petition.representatives)
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
            self.issue_summary.setPlainText(petition.issue_summary)
            self._fill_demands(petition.demands)
            chosen = set(petition.agency_codes)
            for i in range(self.agency_list.count()):
                item = self.agency_list.item(i)
                code = str(item.data(Qt.ItemDataRole.UserRole))
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.received_name.setText(petition.received_by.name)
            self.received_position.setText(petition.received_by.position)
            self._fill_meetings(petition.meetings)
            self.attachments.set_refs(petition.attachments)
            self.follow_up.setPlainText(petition.follow_up)
            self._timeline = list(petition.timeline)
            self._status = petition.status
            self._linked_record_id = petition.linked_record_id
            self.linked_label.setText(self.tr("เชื่อมโยงกับคำร้องเดิมแล้ว") if petition.linked_record_id else "")
        finally:
            self._loading = False
        self.clear_issues()

    def set_received_by_default(self, name: str, position: str) -> None:
        """Fills the receiving official when the fields are still empty (the signed-in officer)."""
        self._loading = True  # a default is not something the officer typed: no draft for it
        try:
            if not self.received_name.text():
                self.received_name.setText(name)
            if not self.received_position.text():
                self.received_position.setText(position)
        finally:
            self._loading = False

    def set_timeline(self, events: list[Any], status: PetitionStatus, departed_at: datetime | None) -> None:
        """Takes the timeline and visit state the service saved, without touching what is being typed."""
        self._loading = True
        try:
            self._timeline = list(events)
            self._status = status
            if departed_at is not None:
                self.departed.setChecked(True)
                self.departed_at.set_value(departed_at)
        finally:
            self._loading = False

    def _fill_representatives(self, reps: Sequence[Representative]) -> None:
        self.rep_table.setRowCount(0)
        for rep in reps:
            self._append_representative(rep)
        self._detail_row = -2  # forces the detail editors to reload
        if reps:
            self.rep_table.setCurrentCell(0, REP_COL["given_name"])
        self._rep_row_changed(self.rep_table.currentRow())

    def _fill_demands(self, demands: Sequence[Demand]) -> None:
        table = self.demand_table
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

    def _fill_meetings(self, meetings: Sequence[Meeting]) -> None:
        table = self.meeting_table
        was = table.blockSignals(True)
        try:
            table.setRowCount(0)
            for m in meetings:
                row = table.rowCount()
                table.insertRow(row)
                at = m.at.astimezone(BANGKOK).strftime("%H:%M") if m.at else ""
                for col, text in enumerate((m.with_whom, at, m.place, m.result)):
                    table.setItem(row, col, QTableWidgetItem(text))
        finally:
            table.blockSignals(was)

    # ------------------------------------------------------------------ drafts
    def draft_data(self) -> dict[str, Any]:
        """Everything typed, for the autosaved draft: the payload plus text that did not parse."""
        data = petition_to_payload(self.payload())
        return {
            "payload": data,
            "headcount_text": self.headcount.text(),
            "meeting_rows": [
                [_cell_text(self.meeting_table, r, c) for c in range(len(MEETING_COLUMNS))]
                for r in range(self.meeting_table.rowCount())
            ],
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Puts a saved draft back, the raw texts included."""
        self.set_payload(petition_from_payload(dict(data.get("payload") or {})))
        self._loading = True
        try:
            self.headcount.setText(str(data.get("headcount_text", self.headcount.text())))
            rows = data.get("meeting_rows")
            if isinstance(rows, list):
                table = self.meeting_table
                was = table.blockSignals(True)
                table.setRowCount(0)
                for cells in rows:
                    row = table.rowCount()
                    table.insertRow(row)
                    for col in range(len(MEETING_COLUMNS)):
                        text = str(cells[col]) if col < len(cells) else ""
                        table.setItem(row, col, QTableWidgetItem(text))
                table.blockSignals(was)
        finally:
            self._loading = False

    # ------------------------------------------------------------------ errors
    def clear_issues(self) -> None:
        """Removes every error text and highlight."""
        for box in self._boxes.values():
            box.set_error("")
        for table in (self.rep_table, self.demand_table, self.meeting_table):
            was = table.blockSignals(True)  # a colour is not an edit: no autosave, no read-back reset
            for row in range(table.rowCount()):
                for col in range(table.columnCount()):
                    item = table.item(row, col)
                    if item is not None:
                        item.setBackground(QBrush())
                        item.setToolTip("")
            table.blockSignals(was)
            table.viewport().update()
        self.form_error.setVisible(False)
        self.attachments.set_error("")

    def show_issues(self, issues: Sequence[FieldIssue]) -> None:
        """Puts each issue's Thai text beside its field; table cells at fault turn pink with the text as
        tooltip and are listed under the table. Focus goes to the first field at fault."""
        self.clear_issues()
        by_box: dict[str, list[str]] = {}
        first: QWidget | None = None
        bad = QBrush(QColor("#fde0e0"))
        for issue in issues:
            text = petition_issue_text(issue)
            parts = issue.field.split(".")
            head = parts[0]
            if head == "representatives" and len(parts) >= 3 and parts[1].isdigit():
                row, name = int(parts[1]), parts[2]
                label = _PERSON_FIELD_TEXT.get(name, name)
                by_box.setdefault("representatives", []).append(
                    self.tr("ผู้แทนคนที่ {n} – {field}: {text}").format(n=row + 1, field=label, text=text)
                )
                col = REP_COL.get(name)
                item = self.rep_table.item(row, col) if col is not None else None
                if item is not None:
                    _mark(item, bad, text)
                    if first is None:
                        self.rep_table.setCurrentCell(row, col or 0)
                        first = self.rep_table
                continue
            if head in ("demands", "meetings") and len(parts) >= 2 and parts[1].isdigit():
                table = self.demand_table if head == "demands" else self.meeting_table
                row = int(parts[1])
                noun = self.tr("ข้อที่ {n}") if head == "demands" else self.tr("การประชุมแถวที่ {n}")
                by_box.setdefault(head, []).append(f"{noun.format(n=row + 1)}: {text}")
                col = 1 if head == "meetings" and parts[-1] in ("at", "meeting_time") else 0
                item = table.item(row, col)
                if item is not None:
                    _mark(item, bad, text)
                first = first or table
                continue
            if head == "attachments":
                self.attachments.set_error(text)
                continue
            key = issue.field if issue.field in self._boxes else head
            if key in ("provinces", "agency_codes") and len(parts) >= 2 and parts[1].isdigit():
                values = self._provinces() if key == "provinces" else self._checked_agencies()
                index = int(parts[1])
                name = values[index] if index < len(values) else ""
                text = f"{name}: {text}" if name else text
            if key in self._boxes:
                by_box.setdefault(key, []).append(text)
                first = first or self._boxes[key].editor
            else:
                by_box.setdefault("_form", []).append(text)
        for key, texts in by_box.items():
            unique = list(dict.fromkeys(texts))
            if key == "_form":
                self.form_error.setText("\n".join(unique))
                self.form_error.setVisible(True)
            else:
                self._boxes[key].set_error("\n".join(unique))
        if first is not None:
            first.setFocus()

    def set_message(self, text: str) -> None:
        """A message for the whole form under it (a refused save, a known error)."""
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))

    def error_of(self, path: str) -> str:
        """The error text shown for a field path now (tests and accessibility)."""
        box = self._boxes.get(path)
        return box.error if box is not None else ""

    # ------------------------------------------------------------------ state
    def set_read_only(self, read_only: bool) -> None:
        """Counter officers read petitions; only mass-coordination staff and supervisors change them."""
        self._read_only = read_only
        for edit in (
            self.group_name,
            self.organisation,
            self.headcount,
            self.received_name,
            self.received_position,
        ):
            edit.setReadOnly(read_only)
        for text_edit in (self.issue_summary, self.follow_up):
            text_edit.setReadOnly(read_only)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        for table in (self.rep_table, self.demand_table, self.meeting_table):
            table.setEditTriggers(triggers)
        for widget in (
            self.headcount_method,
            self.province_picker,
            self.arrived_at,
            self.departed,
            self.arrival_gate,
            self.arrival_hall,
            self.agency_list,
            self.save_button,
        ):
            widget.setEnabled(not read_only)
        self.departed_at.setEnabled(not read_only and self.departed.isChecked())
        for name in (
            "add_representative",
            "remove_representative",
            "add_demand",
            "demand_up",
            "demand_down",
            "remove_demand",
            "add_meeting",
            "add_province",
        ):
            button = self.findChild(QPushButton, name)
            if button is not None:
                button.setEnabled(not read_only)
        self.attachments.set_read_only(read_only)
        self.link_button.setEnabled(not read_only)
        self.rep_detail.setEnabled(not read_only and 0 <= self._detail_row < self.rep_table.rowCount())

    @property
    def read_only(self) -> bool:
        """Whether the form refuses edits."""
        return self._read_only

    def _request_save(self) -> None:
        if not self._read_only:
            self.save_requested.emit()

    def _on_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()
