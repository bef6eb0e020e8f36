"""The walk-in complaint form: every field of ``ComplaintPayload`` (DESIGN §3), keyboard first.

The form is a view: it turns widgets into a ``ComplaintPayload`` and back, shows the issues the service's
validator returns beside each field in Thai, and looks things up (address, earlier visits) in the
background through ``Ops``. Saving is the page's business (``ui.widgets.intake_page`` registers,
``ui.dialogs.amend_dialog`` amends); the form only asks for it with ``save_requested``.

Keyboard: the Tab order is the reading order; Enter moves to the next field (except in the description,
where it starts a new line); Ctrl+S asks to save and Ctrl+N for a new form; Escape never clears anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.contact import phone_issue
from app.domain.geo import AddressMatch
from app.domain.issues import FieldIssue
from app.domain.national_id import is_valid_national_id, normalize_national_id
from app.domain.records import ComplaintPayload, ComplaintType, IdDocument, IdentityMode, Person
from app.domain.reference import Agency, Category
from app.domain.thai_id_card import ThaiIdCard
from app.services.types import RecordRow
from ui.fields.birth_date import BirthDateEdit
from ui.fields.card_reader import CardPanel, mark_from_card
from ui.formatting import show_datetime
from ui.messages import complaint_type_text, identity_text, issues_text
from ui.ops import Ops
from ui.widgets.address_picker import AddressPicker
from ui.widgets.field import ERROR_STYLE, FieldBox
from ui.widgets.search_combo import SearchCombo

VALIDATE_DELAY_MS = 0
"""Validation runs right after an edit finishes (the validator is pure and fast)."""

REPEAT_LOOKUP_DELAY_MS = 400
"""Pause after a valid ID or phone before asking for earlier visits."""

TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "Mr.", "Mrs.", "Ms.")
"""Common titles offered in the title box; anything else may be typed (ยศ, ว่าที่ร้อยตรี …)."""

NATIONAL_ID_MASK = "9-9999-99999-99-9;_"

RepeatRole = Qt.ItemDataRole.UserRole + 1


class ComplaintServices(Protocol):
    """What the form needs from ``services.complaints``."""

    def validate(self, payload: ComplaintPayload) -> list[FieldIssue]: ...

    def find_repeats(
        self, national_id: str = "", phone: str = "", exclude_record_id: str = ""
    ) -> list[RecordRow]: ...


class ReferenceServices(Protocol):
    """What the form needs from ``services.reference``."""

    def categories(self) -> Sequence[Category]: ...

    def agencies(self) -> Sequence[Agency]: ...

    def provinces(self) -> list[str]: ...

    def districts(self, province: str) -> list[str]: ...

    def address_matches(self, text: str) -> list[AddressMatch]: ...


@dataclass
class _Lists:
    categories: list[tuple[str, str]] = field(default_factory=list)
    agencies: list[tuple[str, str]] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)


def _english_names() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.English


class ComplaintForm(QWidget):
    """Every field of a walk-in complaint, with errors under each field."""

    changed = Signal()
    """Something was typed or picked (drives the autosave)."""
    save_requested = Signal()
    new_requested = Signal()
    ready = Signal()
    """Reference lists (categories, agencies, provinces) have arrived and are in the boxes."""
    validated = Signal()
    """A background validation finished and its issues are shown."""
    repeats_found = Signal(list)
    """Earlier visits of this complainant (``list[RecordRow]``), maybe empty."""

    def __init__(
        self,
        ops: Ops,
        complaints: ComplaintServices,
        reference: ReferenceServices,
        record_id: str = "",
        parent: QWidget | None = None,
        *,
        shortcuts: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_form")
        self._ops = ops
        self._complaints = complaints
        self._reference = reference
        self._record_id = record_id  # when amending: never offer the record itself as an earlier visit
        self._loading = False
        self._is_ready = False
        self._touched: set[str] = set()
        self._show_all = False
        self._issues: list[FieldIssue] = []
        self._validate_generation = 0
        self._repeat_generation = 0
        self._repeat_key = ("", "")
        self._linked_code = ""
        self._pending_payload: ComplaintPayload | None = None
        self._categories: list[Category] = []
        self._attachments: tuple[str, ...] = ()  # kept from the record being amended (no scanner here)
        self._linked_record_id = ""
        self.boxes: dict[str, FieldBox] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        outer.addWidget(self.general_error)
        self._build_repeat_banner(outer)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Widgets are created in reading order: Qt's default Tab chain follows creation order.
        self._build_identity(left, content)
        self._build_person(left, content)
        left.addStretch(1)
        self._build_complaint(right, content)
        self._build_agencies(right, content)
        self._build_pdpa(right, content)
        right.addStretch(1)

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate_now)
        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.setInterval(REPEAT_LOOKUP_DELAY_MS)
        self._repeat_timer.timeout.connect(self._look_up_repeats)

        if shortcuts:  # a dialog around the form (amend) owns Ctrl+S itself, for its reason field too
            save = QShortcut(QKeySequence.StandardKey.Save, self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self._request_save)
            new = QShortcut(QKeySequence("Ctrl+N"), self)
            new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.activated.connect(self.new_requested)

        # Combos size to a short minimum, not to their longest item (long agency and category names would
        # otherwise push the form wider than a 1366-pixel counter screen).
        for combo in content.findChildren(QComboBox):
            if not isinstance(combo, SearchCombo):
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(8)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._wire_edits()
        self._identity_changed()
        self._id_document_changed()
        self._load_lists()

    # ================================================================== building
    def _box(self, path: str, editor: QWidget, parent: QWidget) -> FieldBox:
        box = FieldBox(path, editor, parent)
        self.boxes[path] = box
        return box

    def _row(self, form: QFormLayout, label: str, path: str, editor: QWidget, parent: QWidget) -> FieldBox:
        box = self._box(path, editor, parent)
        lab = QLabel(label, parent)
        lab.setBuddy(editor)
        lab.setWordWrap(True)
        form.addRow(lab, box)
        return box

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _build_repeat_banner(self, outer: QVBoxLayout) -> None:
        self.repeat_banner = QFrame(self)
        self.repeat_banner.setObjectName("repeat_banner")
        self.repeat_banner.setStyleSheet(
            "#repeat_banner { background: #fff4d6; border: 1px solid #e0b040; border-radius: 4px; }"
        )
        lay = QVBoxLayout(self.repeat_banner)
        self.repeat_label = QLabel(self.repeat_banner)
        self.repeat_label.setWordWrap(True)
        lay.addWidget(self.repeat_label)
        self.repeat_list = QListWidget(self.repeat_banner)
        self.repeat_list.setObjectName("repeat_list")
        self.repeat_list.setMaximumHeight(90)
        lay.addWidget(self.repeat_list)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("เชื่อมโยงการมาครั้งนี้กับเรื่องที่เลือก"), self.repeat_banner)
        self.link_button.setObjectName("link_repeat")
        self.link_button.clicked.connect(self._link_selected)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.repeat_banner.setVisible(False)
        outer.addWidget(self.repeat_banner)

        self.linked_bar = QFrame(self)
        self.linked_bar.setObjectName("linked_bar")
        self.linked_bar.setStyleSheet(
            "#linked_bar { background: #e6f2e6; border: 1px solid #7aa87a; border-radius: 4px; }"
        )
        lb = QHBoxLayout(self.linked_bar)
        self.linked_label = QLabel(self.linked_bar)
        lb.addWidget(self.linked_label, 1)
        self.unlink_button = QPushButton(self.tr("ยกเลิกการเชื่อมโยง"), self.linked_bar)
        self.unlink_button.clicked.connect(self.unlink)
        lb.addWidget(self.unlink_button)
        self.linked_bar.setVisible(False)
        outer.addWidget(self.linked_bar)

    def _build_identity(self, column: QVBoxLayout, parent: QWidget) -> None:
        group = QGroupBox(self.tr("การเปิดเผยตัวตนของผู้ร้อง"), parent)
        lay = QHBoxLayout(group)
        self.identity_group = QButtonGroup(self)
        self.identity_buttons: dict[IdentityMode, QRadioButton] = {}
        for mode in IdentityMode:
            button = QRadioButton(identity_text(mode), group)
            button.setObjectName(f"identity_{mode.value}")
            self.identity_group.addButton(button)
            self.identity_buttons[mode] = button
            lay.addWidget(button)
        lay.addStretch(1)
        self.identity_buttons[IdentityMode.IDENTIFIED].setChecked(True)
        holder = QWidget(parent)
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(group)
        self._box("identity_mode", holder, parent)
        column.addWidget(self.boxes["identity_mode"])

    def _build_person(self, column: QVBoxLayout, parent: QWidget) -> None:
        self.person_group = QGroupBox(self.tr("ข้อมูลผู้ร้อง"), parent)
        form = self._form(self.person_group)
        g = self.person_group

        self.title_edit = QComboBox(g)
        self.title_edit.setEditable(True)
        self.title_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_edit.addItems(["", *TITLES])
        self.title_edit.setObjectName("title")
        self._row(form, self.tr("คำนำหน้าชื่อ"), "complainant.title", self.title_edit, g)
        self.given_name = QLineEdit(g)
        self.given_name.setObjectName("given_name")
        self._row(form, self.tr("ชื่อ"), "complainant.given_name", self.given_name, g)
        self.family_name = QLineEdit(g)
        self.family_name.setObjectName("family_name")
        self._row(form, self.tr("นามสกุล"), "complainant.family_name", self.family_name, g)

        self.id_document = QComboBox(g)
        self.id_document.setObjectName("id_document")
        for doc, text in (
            (IdDocument.THAI_NATIONAL_ID, self.tr("บัตรประจำตัวประชาชน")),
            (IdDocument.PASSPORT, self.tr("หนังสือเดินทาง (ชาวต่างชาติ)")),
            (IdDocument.NONE, self.tr("ไม่ได้แสดงเอกสาร")),
        ):
            self.id_document.addItem(text, doc.value)
        self._row(form, self.tr("เอกสารแสดงตน"), "complainant.id_document", self.id_document, g)

        self.national_id = QLineEdit(g)
        self.national_id.setObjectName("national_id")
        self.national_id.setInputMask(NATIONAL_ID_MASK)
        self.national_id_label = QLabel(self.tr("เลขประจำตัวประชาชน"), g)
        self.national_id_label.setBuddy(self.national_id)
        form.addRow(self.national_id_label, self._box("complainant.national_id", self.national_id, g))
        self.confirm_id = QCheckBox(self.tr("อ่านเลขทวนให้ผู้ร้องฟังและผู้ร้องยืนยันว่าถูกต้องแล้ว"), g)
        self.confirm_id.setObjectName("national_id_confirmed")
        form.addRow("", self._box("national_id_confirmed", self.confirm_id, g))
        self._build_card_fields(form, g)

        self.passport_no = QLineEdit(g)
        self.passport_no.setObjectName("passport_no")
        self.passport_label = QLabel(self.tr("เลขหนังสือเดินทาง"), g)
        self.passport_label.setBuddy(self.passport_no)
        form.addRow(self.passport_label, self._box("complainant.passport_no", self.passport_no, g))
        self.nationality = QLineEdit(g)
        self.nationality.setObjectName("nationality")
        self.nationality_label = QLabel(self.tr("สัญชาติ"), g)
        self.nationality_label.setBuddy(self.nationality)
        form.addRow(self.nationality_label, self._box("complainant.nationality", self.nationality, g))

        self.phone = QLineEdit(g)
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText("08x xxx xxxx")
        self._row(form, self.tr("โทรศัพท์"), "complainant.phone", self.phone, g)
        self.email = QLineEdit(g)
        self.email.setObjectName("email")
        self._row(form, self.tr("อีเมล"), "complainant.email", self.email, g)
        self.line_id = QLineEdit(g)
        self.line_id.setObjectName("line_id")
        self._row(form, self.tr("LINE ID"), "complainant.line_id", self.line_id, g)

        self.address = AddressPicker(self._ops, self._reference.address_matches, parent=g)
        address_group = QGroupBox(self.tr("ที่อยู่ที่ติดต่อได้"), g)
        al = QVBoxLayout(address_group)
        al.addWidget(self.address)
        form.addRow(address_group)
        for key, box in self.address.boxes.items():
            self.boxes[f"complainant.address.{key}"] = box
        # A subdistrict code not in the reference data is reported on the subdistrict field.
        self.boxes["complainant.address.subdistrict_code"] = self.address.boxes["subdistrict"]
        column.addWidget(self.person_group)

    def _build_complaint(self, column: QVBoxLayout, parent: QWidget) -> None:
        group = QGroupBox(self.tr("เรื่องที่ร้อง"), parent)
        form = self._form(group)
        self.complaint_type = QComboBox(group)
        self.complaint_type.setObjectName("complaint_type")
        for kind in ComplaintType:
            self.complaint_type.addItem(complaint_type_text(kind), kind.value)
        self._row(form, self.tr("ประเภทเรื่อง"), "complaint_type", self.complaint_type, group)
        self.category = SearchCombo(group)
        self.category.setObjectName("category")
        self.category.set_placeholder(self.tr("พิมพ์เพื่อค้นหาหมวดเรื่อง"))
        self._row(form, self.tr("หมวดเรื่อง"), "category_code", self.category, group)
        self.subject = QLineEdit(group)
        self.subject.setObjectName("subject")
        self._row(form, self.tr("เรื่อง"), "subject", self.subject, group)
        self.description = QPlainTextEdit(group)
        self.description.setObjectName("description")
        # Tab leaves the description (a tab character in a complaint is never wanted).
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self._row(form, self.tr("รายละเอียด"), "description", self.description, group)

        place = QWidget(group)
        pl = QGridLayout(place)
        pl.setContentsMargins(0, 0, 0, 0)
        self.incident_province = SearchCombo(place)
        self.incident_province.setObjectName("incident_province")
        self.incident_district = SearchCombo(place)
        self.incident_district.setObjectName("incident_district")
        pl.addWidget(self._box("incident_province", self.incident_province, place), 0, 0)
        pl.addWidget(self._box("incident_district", self.incident_district, place), 0, 1)
        self.incident_province.set_placeholder(self.tr("จังหวัด"))
        self.incident_district.set_placeholder(self.tr("อำเภอ/เขต"))
        lab = QLabel(self.tr("สถานที่เกิดเหตุ"), group)
        lab.setBuddy(self.incident_province)
        form.addRow(lab, place)
        column.addWidget(group)

    def _build_agencies(self, column: QVBoxLayout, parent: QWidget) -> None:
        group = QGroupBox(self.tr("หน่วยงานและสิ่งที่ขอ"), parent)
        form = self._form(group)
        self.agency_complained = SearchCombo(group)
        self.agency_complained.setObjectName("agency_complained")
        self.agency_complained.set_placeholder(self.tr("พิมพ์ส่วนใดของชื่อหน่วยงานก็ได้"))
        self._row(form, self.tr("หน่วยงานที่ถูกร้องเรียน"), "agency_complained_code", self.agency_complained, group)
        self.responsible_agency = SearchCombo(group)
        self.responsible_agency.setObjectName("responsible_agency")
        self._row(
            form, self.tr("หน่วยงานที่ควรรับผิดชอบ"), "responsible_agency_code", self.responsible_agency, group
        )
        self.requested_action = QLineEdit(group)
        self.requested_action.setObjectName("requested_action")
        self._row(form, self.tr("สิ่งที่ผู้ร้องขอให้ดำเนินการ"), "requested_action", self.requested_action, group)
        self.documents_count = QSpinBox(group)
        self.documents_count.setObjectName("documents_count")
        self.documents_count.setRange(0, 9999)
        self.documents_count.setSuffix(self.tr(" ฉบับ"))
        self._row(form, self.tr("เอกสารที่รับไว้"), "documents_count", self.documents_count, group)
        column.addWidget(group)

    def _build_pdpa(self, column: QVBoxLayout, parent: QWidget) -> None:
        group = QGroupBox(self.tr("ประกาศความเป็นส่วนตัว (PDPA)"), parent)
        lay = QVBoxLayout(group)
        notice = QLabel(
            self.tr(
                "แจ้งผู้ร้องว่า ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็น"
                "เพื่อพิจารณาและติดตามเรื่องร้องทุกข์นี้ อาจส่งข้อมูลให้หน่วยงานที่เกี่ยวข้องเพื่อแก้ไขปัญหา"
                " ผู้ร้องมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
            ),
            group,
        )
        notice.setWordWrap(True)
        lay.addWidget(notice)
        self.pdpa_ack = QCheckBox(self.tr("แจ้งประกาศความเป็นส่วนตัวให้ผู้ร้องทราบแล้ว"), group)
        self.pdpa_ack.setObjectName("pdpa_acknowledged")
        lay.addWidget(self._box("pdpa_acknowledged", self.pdpa_ack, group))
        self.consent_share = QCheckBox(self.tr("ผู้ร้องยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง"), group)
        self.consent_share.setObjectName("consent_share")
        lay.addWidget(self._box("consent_share", self.consent_share, group))
        column.addWidget(group)

    # ================================================================== wiring
    def _editors(self) -> list[QWidget]:
        return [
            self.title_edit,
            self.given_name,
            self.family_name,
            self.id_document,
            self.national_id,
            self.confirm_id,
            self.passport_no,
            self.nationality,
            self.phone,
            self.email,
            self.line_id,
            self.address.house_no,
            self.address.moo,
            self.address.village,
            self.address.soi,
            self.address.road,
            self.complaint_type,
            self.category,
            self.subject,
            self.description,
            self.incident_province,
            self.incident_district,
            self.agency_complained,
            self.responsible_agency,
            self.requested_action,
            self.documents_count,
            self.pdpa_ack,
            self.consent_share,
            *self.identity_buttons.values(),
        ]

    def _wire_edits(self) -> None:
        simple_lines: list[tuple[QLineEdit, str]] = [
            (self.given_name, "complainant.given_name"),
            (self.family_name, "complainant.family_name"),
            (self.national_id, "complainant.national_id"),
            (self.passport_no, "complainant.passport_no"),
            (self.nationality, "complainant.nationality"),
            (self.phone, "complainant.phone"),
            (self.email, "complainant.email"),
            (self.line_id, "complainant.line_id"),
            (self.subject, "subject"),
            (self.requested_action, "requested_action"),
        ]
        for edit, path in simple_lines:
            edit.textChanged.connect(self._on_changed)
            edit.editingFinished.connect(lambda p=path: self._finished(p))
        title_line = self.title_edit.lineEdit()
        assert title_line is not None
        title_line.textChanged.connect(self._on_changed)
        title_line.editingFinished.connect(lambda: self._finished("complainant.title"))
        self.description.textChanged.connect(self._on_changed)
        self.description.installEventFilter(self)  # focus-out = edit finished
        for combo, path in (
            (self.category, "category_code"),
            (self.incident_province, "incident_province"),
            (self.incident_district, "incident_district"),
            (self.agency_complained, "agency_complained_code"),
            (self.responsible_agency, "responsible_agency_code"),
        ):
            combo.currentTextChanged.connect(self._on_changed)
            line = combo.lineEdit()
            assert line is not None
            line.editingFinished.connect(lambda p=path: self._finished(p))
            combo.activated.connect(lambda _i, p=path: self._finished(p))
        self.complaint_type.currentIndexChanged.connect(self._on_changed)
        self.id_document.currentIndexChanged.connect(self._id_document_changed)
        self.id_document.currentIndexChanged.connect(self._on_changed)
        self.documents_count.valueChanged.connect(self._on_changed)
        self.documents_count.editingFinished.connect(lambda: self._finished("documents_count"))
        self.confirm_id.toggled.connect(self._on_changed)
        self.confirm_id.toggled.connect(lambda _c: self._finished("national_id_confirmed"))
        self.pdpa_ack.toggled.connect(self._on_changed)
        self.pdpa_ack.toggled.connect(lambda _c: self._finished("pdpa_acknowledged"))
        self.consent_share.toggled.connect(self._on_changed)
        self.identity_group.buttonToggled.connect(self._identity_toggled)
        self.address.changed.connect(self._on_changed)
        self.address.picked.connect(lambda _m: self._finished("complainant.address.postcode"))
        for key in ("house_no", "moo", "village", "soi", "road"):
            edit = getattr(self.address, key)
            edit.editingFinished.connect(lambda k=key: self._finished(f"complainant.address.{k}"))

        # A confirmation is for one number: a changed number must be read back again.
        self.national_id.textEdited.connect(lambda _t: self.confirm_id.setChecked(False))
        self.national_id.textChanged.connect(self._maybe_look_up_repeats)
        self.phone.textChanged.connect(self._maybe_look_up_repeats)
        self.incident_province.code_changed.connect(self._province_changed)
        self.category.code_changed.connect(self._category_changed)

        for widget in self._editors():
            widget.installEventFilter(self)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                line = widget.lineEdit()
                assert line is not None
                line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter moves to the next field (but not in the description); leaving the description
        counts as finishing it."""
        if event.type() == QEvent.Type.FocusOut and watched is self.description:
            self._finished("description")
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            and watched is not self.description
            and isinstance(watched, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton)
        ):
            if isinstance(watched, QAbstractSpinBox):
                watched.interpretText()
            widget = watched if isinstance(watched, QWidget) else None
            if widget is not None:
                widget.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _finished(self, path: str) -> None:
        if self._loading:
            return
        self._touched.add(path)
        self._validate_timer.start()

    def _identity_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._identity_changed()
            self._on_changed()
            self._finished("identity_mode")

    def _identity_changed(self) -> None:
        anonymous = self.identity_mode() is IdentityMode.ANONYMOUS
        if anonymous and not self._loading:
            self._clear_person()
        self.person_group.setEnabled(not anonymous)
        self.pdpa_ack.setEnabled(not anonymous)

    def _id_document_changed(self) -> None:
        doc = self.id_document_value()
        thai = doc is IdDocument.THAI_NATIONAL_ID
        passport = doc is IdDocument.PASSPORT
        for widget in (self.national_id_label, self.boxes["complainant.national_id"]):
            widget.setVisible(thai)
        self.boxes["national_id_confirmed"].setVisible(thai)
        for widget in (
            self.passport_label,
            self.boxes["complainant.passport_no"],
            self.nationality_label,
            self.boxes["complainant.nationality"],
        ):
            widget.setVisible(passport)

    def _province_changed(self, province: str) -> None:
        reference = self._reference
        if not province:
            self.incident_district.set_items([])
            return

        def fill(names: list[str]) -> None:
            if self.incident_province.code() == province:
                self.incident_district.set_items([(n, n) for n in names])

        self._ops.run_read(lambda: reference.districts(province), fill, owner=self)

    def _category_changed(self, code: str) -> None:
        # Suggest the usual Contact Point for the category when the officer has not chosen one.
        if self._loading or not code or self.responsible_agency.code():
            return
        category = next((c for c in self._categories if c.code == code), None)
        if category and category.suggested_agencies:
            self.responsible_agency.set_code(category.suggested_agencies[0])

    def _load_lists(self) -> None:
        reference = self._reference

        def load() -> tuple[list[Category], list[Agency], list[str]]:
            return list(reference.categories()), list(reference.agencies()), reference.provinces()

        self._ops.run_read(load, self._lists_arrived, owner=self)

    def _lists_arrived(self, lists: tuple[list[Category], list[Agency], list[str]]) -> None:
        categories, agencies, provinces = lists
        english = _english_names()
        self._categories = categories
        was_loading = self._loading
        self._loading = True
        try:
            self.category.set_items((c.code, c.name_en if english else c.name_th) for c in categories)
            names = [(a.code, a.name_en if english else a.name_th) for a in agencies]
            self.agency_complained.set_items(names)
            self.responsible_agency.set_items(
                (a.code, a.name_en if english else a.name_th) for a in agencies if a.contact_point
            )
            self.incident_province.set_items((p, p) for p in provinces)
        finally:
            self._loading = was_loading
        self._is_ready = True
        if self._pending_payload is not None:
            payload, self._pending_payload = self._pending_payload, None
            self.set_payload(payload)
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """Whether the reference lists are in the boxes."""
        return self._is_ready

    # ================================================================== value
    def identity_mode(self) -> IdentityMode:
        """The identity mode chosen."""
        for mode, button in self.identity_buttons.items():
            if button.isChecked():
                return mode
        return IdentityMode.IDENTIFIED

    def id_document_value(self) -> IdDocument:
        """The identity document chosen."""
        return IdDocument(self.id_document.currentData())

    def national_id_digits(self) -> str:
        """The national ID as typed, digits only (the mask adds dashes and blanks)."""
        return "".join(ch for ch in normalize_national_id(self.national_id.text()) if ch.isdigit())

    def payload(self) -> ComplaintPayload:
        """The complaint as now typed."""
        mode = self.identity_mode()
        if mode is IdentityMode.ANONYMOUS:
            person = Person(id_document=IdDocument.NONE)
        else:
            doc = self.id_document_value()
            person = Person(
                title=self.title_edit.currentText().strip(),
                given_name=self.given_name.text().strip(),
                family_name=self.family_name.text().strip(),
                id_document=doc,
                national_id=self.national_id_digits() if doc is IdDocument.THAI_NATIONAL_ID else "",
                passport_no=self.passport_no.text().strip() if doc is IdDocument.PASSPORT else "",
                nationality=self.nationality.text().strip() if doc is IdDocument.PASSPORT else "",
                phone=self.phone.text().strip(),
                email=self.email.text().strip(),
                line_id=self.line_id.text().strip(),
                address=self.address.address(),
                birth_date=self.birth_date.value(),
            )
        return ComplaintPayload(
            identity_mode=mode,
            complainant=person,
            national_id_confirmed=self.confirm_id.isChecked() and mode is not IdentityMode.ANONYMOUS,
            complaint_type=ComplaintType(self.complaint_type.currentData()),
            category_code=self.category.code(),
            subject=self.subject.text().strip(),
            description=self.description.toPlainText().strip(),
            incident_province=self.incident_province.code(),
            incident_district=self.incident_district.code(),
            agency_complained_code=self.agency_complained.code(),
            responsible_agency_code=self.responsible_agency.code(),
            requested_action=self.requested_action.text().strip(),
            documents_count=self.documents_count.value(),
            attachments=list(self._attachments),
            pdpa_acknowledged=self.pdpa_ack.isChecked() and mode is not IdentityMode.ANONYMOUS,
            consent_share=self.consent_share.isChecked(),
            linked_record_id=self._linked_record_id,
        )

    def set_payload(self, p: ComplaintPayload, linked_code: str = "") -> None:
        """Fills every field from ``p`` (a draft, or the record being amended)."""
        if not self._is_ready:
            # Codes need their lists: fill once they are here.
            self._pending_payload = p
            self._linked_code = linked_code
            return
        self._loading = True
        try:
            self.identity_buttons[p.identity_mode].setChecked(True)
            person = p.complainant
            self.title_edit.setEditText(person.title)
            self.given_name.setText(person.given_name)
            self.family_name.setText(person.family_name)
            self.id_document.setCurrentIndex(max(0, self.id_document.findData(person.id_document.value)))
            self.national_id.setText(person.national_id)
            self.confirm_id.setChecked(p.national_id_confirmed)
            self.passport_no.setText(person.passport_no)
            self.nationality.setText(person.nationality)
            self.phone.setText(person.phone)
            self.email.setText(person.email)
            self.line_id.setText(person.line_id)
            self.birth_date.set_value(person.birth_date)
            self.address.set_address(person.address)
            self.complaint_type.setCurrentIndex(max(0, self.complaint_type.findData(p.complaint_type.value)))
            self.category.set_code(p.category_code)
            self.subject.setText(p.subject)
            self.description.setPlainText(p.description)
            self.incident_province.set_code(p.incident_province)
            self.incident_district.set_code(p.incident_district)
            self.agency_complained.set_code(p.agency_complained_code)
            self.responsible_agency.set_code(p.responsible_agency_code)
            self.requested_action.setText(p.requested_action)
            self.documents_count.setValue(p.documents_count)
            self.pdpa_ack.setChecked(p.pdpa_acknowledged)
            self.consent_share.setChecked(p.consent_share)
            self._attachments = tuple(p.attachments)
            code = (linked_code or self._linked_code) if p.linked_record_id else ""
            self._set_link(p.linked_record_id, code)
            self._identity_changed()
            self._id_document_changed()
        finally:
            self._loading = False
        self._province_changed(p.incident_province)
        self.incident_district.set_code(p.incident_district)

    def clear(self) -> None:
        """An empty form for the next citizen (no errors, nothing linked)."""
        self._pending_payload = None
        self.set_payload(ComplaintPayload())
        self._touched.clear()
        self._show_all = False
        self._issues = []
        self._apply_issues()
        self._show_repeats([])
        self._repeat_key = ("", "")
        self.focus_first()

    def focus_first(self) -> None:
        """Puts the cursor in the first name field (or the subject for an anonymous complaint)."""
        target = self.subject if self.identity_mode() is IdentityMode.ANONYMOUS else self.given_name
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_person(self) -> None:
        was = self._loading
        self._loading = True
        try:
            for edit in (
                self.given_name,
                self.family_name,
                self.national_id,
                self.passport_no,
                self.nationality,
                self.phone,
                self.email,
                self.line_id,
            ):
                edit.clear()
            self.title_edit.setEditText("")
            self.birth_date.clear()
            self.card_panel.forget_photo()
            self.confirm_id.setChecked(False)
            self.pdpa_ack.setChecked(False)
            self.address.set_address(Person().address)
        finally:
            self._loading = was
        self._show_repeats([])

    # ================================================================== ID card
    def _build_card_fields(self, form: QFormLayout, g: QWidget) -> None:
        # The birth date and the card panel take clicks, not Tab/Enter, so
        # the keyboard-first order of the form (name, ID, phone …) is the same with or without a reader.
        self.birth_date = BirthDateEdit(g)
        self.birth_date.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.birth_date.textChanged.connect(self._on_changed)
        self.birth_date.editingFinished.connect(lambda: self._finished("complainant.birth_date"))
        self._row(form, self.tr("วันเกิด"), "complainant.birth_date", self.birth_date, g)
        self.card_panel = CardPanel(self.fill_from_card, g)
        form.addRow(self.card_panel)

    def add_attachment(self, sha256: str) -> None:
        """Adds a stored document (a scan, the card's photo with consent) to the complaint."""
        if sha256 not in self._attachments:
            self._attachments = (*self._attachments, sha256)
            self._on_changed()

    def fill_from_card(self, card: ThaiIdCard) -> None:
        """Fills the complainant from a Thai ID card in the reader: name, ID (read back by the chip, so
        confirmed), birth date and registered address. Phone, e-mail and LINE stay as typed."""
        if self.identity_mode() is IdentityMode.ANONYMOUS:
            self.identity_buttons[IdentityMode.IDENTIFIED].setChecked(True)
        person = card.to_person()
        self.title_edit.setEditText(person.title)
        self.given_name.setText(person.given_name)
        self.family_name.setText(person.family_name)
        self.id_document.setCurrentIndex(max(0, self.id_document.findData(IdDocument.THAI_NATIONAL_ID.value)))
        self.national_id.setText(person.national_id)
        self.confirm_id.setChecked(True)
        self.birth_date.set_value(person.birth_date)
        self.address.set_address(person.address)
        a = self.address
        line = self.title_edit.lineEdit()
        filled = [
            self.given_name,
            self.family_name,
            self.national_id,
            self.birth_date,
            *([line] if line else []),
        ]
        filled += [a.house_no, a.moo, a.soi, a.road, a.subdistrict, a.district, a.province, a.postcode]
        mark_from_card([w for w in filled if w.text()])
        for path in ("complainant.given_name", "complainant.family_name", "complainant.national_id"):
            self._finished(path)

    # ================================================================== issues
    def _request_save(self) -> None:
        self.save_requested.emit()

    def _validate_now(self) -> None:
        self._validate_generation += 1
        generation = self._validate_generation
        payload = self.payload()
        complaints = self._complaints
        self._ops.run_read(
            lambda: complaints.validate(payload),
            lambda issues: self._validated(generation, issues),
            owner=self,
        )

    def _validated(self, generation: int, issues: list[FieldIssue]) -> None:
        if generation != self._validate_generation:
            return
        self._issues = issues
        self._apply_issues()
        self.validated.emit()

    def show_issues(self, issues: list[FieldIssue]) -> None:
        """Shows every issue (after a save was refused), scrolling to the first one."""
        self._show_all = True
        self._validate_generation += 1  # an older background validation must not hide these
        self._issues = list(issues)
        self._apply_issues()
        first = next((self.boxes[i.field] for i in issues if i.field in self.boxes), None)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_issues(self) -> None:
        by_box: dict[str, list[FieldIssue]] = {}
        general: list[FieldIssue] = []
        for issue in self._issues:
            if not self._show_all and issue.field not in self._touched:
                continue
            path = self._box_path(issue.field)
            if path is None:
                general.append(issue)
            else:
                by_box.setdefault(path, []).append(issue)
        for path, box in self.boxes.items():
            if path == "complainant.address.subdistrict_code":
                continue  # an alias of the subdistrict box
            box.set_error(issues_text(by_box.get(path, [])))
        self.general_error.setText(issues_text(general))
        self.general_error.setVisible(bool(general))

    def _box_path(self, field_path: str) -> str | None:
        path = field_path
        while path:
            if path in self.boxes:
                box = self.boxes[path]
                return box.path
            path = path.rpartition(".")[0]
        return None

    def error_for(self, path: str) -> str:
        """The error text shown under a field now ("" when none)."""
        return self.boxes[path].error

    @property
    def issues(self) -> list[FieldIssue]:
        """The issues of the last validation."""
        return list(self._issues)

    # ================================================================== repeat visits
    def _maybe_look_up_repeats(self, *_args: Any) -> None:
        if self._loading:
            return
        self._repeat_timer.start()

    def _look_up_repeats(self) -> None:
        if self.identity_mode() is IdentityMode.ANONYMOUS:
            return
        nid = self.national_id_digits() if self.id_document_value() is IdDocument.THAI_NATIONAL_ID else ""
        nid = nid if is_valid_national_id(nid) else ""
        phone = self.phone.text().strip()
        phone = phone if phone and phone_issue(phone) is None else ""
        key = (nid, phone)
        if key == self._repeat_key:
            return
        self._repeat_key = key
        self._repeat_generation += 1
        generation = self._repeat_generation
        if not nid and not phone:
            self._show_repeats([])
            return
        complaints, exclude = self._complaints, self._record_id
        self._ops.run_read(
            lambda: complaints.find_repeats(national_id=nid, phone=phone, exclude_record_id=exclude),
            lambda rows: self._repeats_arrived(generation, rows),
            owner=self,
        )

    def _repeats_arrived(self, generation: int, rows: list[RecordRow]) -> None:
        if generation != self._repeat_generation:
            return
        self._show_repeats(rows)
        self.repeats_found.emit(rows)

    def _show_repeats(self, rows: list[RecordRow]) -> None:
        self.repeat_list.clear()
        for row in rows:
            item = QListWidgetItem(
                f"{row.tracking_code}  ·  {show_datetime(row.created_at)}  ·  {row.subject}"
            )
            item.setData(RepeatRole, row)
            self.repeat_list.addItem(item)
        if rows:
            self.repeat_list.setCurrentRow(0)
            self.repeat_label.setText(
                self.tr("ผู้ร้องรายนี้เคยมาร้องเรื่องไว้แล้ว %n เรื่อง หากเป็นเรื่องเดิมให้เชื่อมโยงการมาครั้งนี้", "", len(rows))
            )
        self.repeat_banner.setVisible(bool(rows) and not self._linked_record_id)

    def _link_selected(self) -> None:
        selected = self.repeat_list.selectedItems()
        row = selected[0].data(RepeatRole) if selected else None
        if isinstance(row, RecordRow):
            self.link_to(row.record_id, row.tracking_code)

    def link_to(self, record_id: str, tracking_code: str = "") -> None:
        """Marks this visit as a repeat of an earlier case."""
        self._set_link(record_id, tracking_code)
        self._on_changed()

    def unlink(self) -> None:
        """Removes the link to an earlier case."""
        self._set_link("", "")
        self.repeat_banner.setVisible(self.repeat_list.count() > 0)
        self._on_changed()

    def _set_link(self, record_id: str, tracking_code: str) -> None:
        self._linked_record_id = record_id
        self._linked_code = tracking_code
        if record_id:
            shown = tracking_code or record_id[:8]
            self.linked_label.setText(self.tr("การมาครั้งนี้เชื่อมโยงกับเรื่องเดิม เลขติดตาม %1").replace("%1", shown))
            self.repeat_banner.setVisible(False)
        self.linked_bar.setVisible(bool(record_id))

    @property
    def linked_code(self) -> str:
        """The tracking code of the linked earlier case, when known."""
        return self._linked_code

    @property
    def linked_record_id(self) -> str:
        """The earlier case this visit is linked to ("" when none)."""
        return self._linked_record_id
