"""Who complains: the identity mode (identified, confidential, anonymous) and the complainant's details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.geo import AddressMatch
from app.domain.national_id import normalize_national_id
from app.domain.records import IdDocument, IdentityMode, Person
from app.domain.thai_id_card import ThaiIdCard
from ui.fields.address_picker import AddressPicker
from ui.fields.birth_date import BirthDateEdit
from ui.fields.card_reader import CardPanel, mark_from_card
from ui.intake.form_rows import FieldRows
from ui.messages import identity_text
from ui.ops import Ops

TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "Mr.", "Mrs.", "Ms.")
"""Common titles offered in the title box; anything else may be typed (ยศ, ว่าที่ร้อยตรี …)."""

NATIONAL_ID_MASK = "9-9999-99999-99-9;_"


class PersonSection(QWidget):
    """The identity choice and the person group; its field boxes go into ``rows.boxes``."""

    edited = Signal()
    """Something was typed or chosen (the form ignores it while it fills the fields itself)."""
    finished = Signal(str)
    """The officer finished editing the field at this payload path (validate it now)."""

    def __init__(
        self, ops: Ops, address_matches: Callable[[str], list[AddressMatch]], rows: FieldRows, parent: QWidget
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._build_identity(column, rows)
        self._build_person(column, ops, address_matches, rows)
        self._wire()

    def _wire(self) -> None:
        for edit, path in (
            (self.given_name, "complainant.given_name"),
            (self.family_name, "complainant.family_name"),
            (self.national_id, "complainant.national_id"),
            (self.passport_no, "complainant.passport_no"),
            (self.nationality, "complainant.nationality"),
            (self.phone, "complainant.phone"),
            (self.email, "complainant.email"),
            (self.line_id, "complainant.line_id"),
        ):
            edit.textChanged.connect(self._edited)
            edit.editingFinished.connect(lambda p=path: self.finished.emit(p))
        title_line = self.title_edit.lineEdit()
        assert title_line is not None
        title_line.textChanged.connect(self._edited)
        title_line.editingFinished.connect(lambda: self.finished.emit("complainant.title"))
        self.id_document.currentIndexChanged.connect(self.show_document_fields)
        self.id_document.currentIndexChanged.connect(self._edited)
        self.confirm_id.toggled.connect(self._edited)
        self.confirm_id.toggled.connect(lambda _c: self.finished.emit("national_id_confirmed"))
        self.address.changed.connect(self._edited)
        self.birth_date.textChanged.connect(self._edited)
        self.birth_date.editingFinished.connect(lambda: self.finished.emit("complainant.birth_date"))
        self.address.picked.connect(lambda _m: self.finished.emit("complainant.address.postcode"))
        for key in ("house_no", "moo", "village", "soi", "road"):
            edit = getattr(self.address, key)
            edit.editingFinished.connect(lambda k=key: self.finished.emit(f"complainant.address.{k}"))
        # A confirmation is for one number: a changed number must be read back again.
        self.national_id.textEdited.connect(lambda _t: self.confirm_id.setChecked(False))

    def _edited(self, *_: object) -> None:
        self.edited.emit()

    def _build_identity(self, column: QVBoxLayout, rows: FieldRows) -> None:
        group = QGroupBox(self.tr("การเปิดเผยตัวตนของผู้ร้อง"), self)
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
        holder = QWidget(self)
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(group)
        column.addWidget(rows.box("identity_mode", holder, self))

    def _build_person(
        self,
        column: QVBoxLayout,
        ops: Ops,
        address_matches: Callable[[str], list[AddressMatch]],
        rows: FieldRows,
    ) -> None:
        self.person_group = QGroupBox(self.tr("ข้อมูลผู้ร้อง"), self)
        g = self.person_group
        form = rows.form(g)
        self.title_edit = QComboBox(g)
        self.title_edit.setEditable(True)
        self.title_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_edit.addItems(["", *TITLES])
        self.title_edit.setObjectName("title")
        rows.row(form, self.tr("คำนำหน้าชื่อ"), "complainant.title", self.title_edit, g)
        self.given_name = self._line("given_name")
        rows.row(form, self.tr("ชื่อ"), "complainant.given_name", self.given_name, g)
        self.family_name = self._line("family_name")
        rows.row(form, self.tr("นามสกุล"), "complainant.family_name", self.family_name, g)

        self.id_document = QComboBox(g)
        self.id_document.setObjectName("id_document")
        for doc, text in (
            (IdDocument.THAI_NATIONAL_ID, self.tr("บัตรประจำตัวประชาชน")),
            (IdDocument.PASSPORT, self.tr("หนังสือเดินทาง (ชาวต่างชาติ)")),
            (IdDocument.NONE, self.tr("ไม่ได้แสดงเอกสาร")),
        ):
            self.id_document.addItem(text, doc.value)
        rows.row(form, self.tr("เอกสารแสดงตน"), "complainant.id_document", self.id_document, g)

        self.national_id = self._line("national_id")
        self.national_id.setInputMask(NATIONAL_ID_MASK)
        self.national_id_label = QLabel(self.tr("เลขประจำตัวประชาชน"), g)
        self.national_id_label.setBuddy(self.national_id)
        form.addRow(self.national_id_label, rows.box("complainant.national_id", self.national_id, g))
        self.confirm_id = QCheckBox(self.tr("อ่านเลขทวนให้ผู้ร้องฟังและผู้ร้องยืนยันว่าถูกต้องแล้ว"), g)
        self.confirm_id.setObjectName("national_id_confirmed")
        form.addRow("", rows.box("national_id_confirmed", self.confirm_id, g))
        # The birth date and the card panel take clicks, not Tab/Enter, so the keyboard-first order of the
        # form (name, ID, phone …) is the same with or without a card reader.
        self.birth_date = BirthDateEdit(g)
        self.birth_date.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        rows.row(form, self.tr("วันเกิด"), "complainant.birth_date", self.birth_date, g)
        self.card_panel = CardPanel(self.fill_from_card, g)
        form.addRow(self.card_panel)

        self.passport_no = self._line("passport_no")
        self.passport_label = QLabel(self.tr("เลขหนังสือเดินทาง"), g)
        self.passport_label.setBuddy(self.passport_no)
        form.addRow(self.passport_label, rows.box("complainant.passport_no", self.passport_no, g))
        self.nationality = self._line("nationality")
        self.nationality_label = QLabel(self.tr("สัญชาติ"), g)
        self.nationality_label.setBuddy(self.nationality)
        form.addRow(self.nationality_label, rows.box("complainant.nationality", self.nationality, g))

        self.phone = self._line("phone")
        self.phone.setPlaceholderText("08x xxx xxxx")
        rows.row(form, self.tr("โทรศัพท์"), "complainant.phone", self.phone, g)
        self.email = self._line("email")
        rows.row(form, self.tr("อีเมล"), "complainant.email", self.email, g)
        self.line_id = self._line("line_id")
        rows.row(form, self.tr("LINE ID"), "complainant.line_id", self.line_id, g)

        self.address = AddressPicker(ops, address_matches, parent=g)
        address_group = QGroupBox(self.tr("ที่อยู่ที่ติดต่อได้"), g)
        al = QVBoxLayout(address_group)
        al.addWidget(self.address)
        form.addRow(address_group)
        for key, box in self.address.boxes.items():
            rows.boxes[f"complainant.address.{key}"] = box
        # A subdistrict code not in the reference data is reported on the subdistrict field.
        rows.boxes["complainant.address.subdistrict_code"] = self.address.boxes["subdistrict"]
        self._rows = rows
        column.addWidget(self.person_group)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self.person_group)
        edit.setObjectName(name)
        return edit

    def editors(self) -> list[QWidget]:
        """The section's editors in reading order (Enter moves between them)."""
        a = self.address
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
            a.house_no,
            a.moo,
            a.village,
            a.soi,
            a.road,
        ]

    # ------------------------------------------------------------------ values
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

    def person(self) -> Person:
        """The complainant as typed (an anonymous complaint has none)."""
        if self.identity_mode() is IdentityMode.ANONYMOUS:
            return Person(id_document=IdDocument.NONE)
        doc = self.id_document_value()
        return Person(
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

    def set_person(self, mode: IdentityMode, person: Person, confirmed: bool) -> None:
        """Shows an identity mode and a complainant (the caller keeps its own "loading" guard)."""
        self.identity_buttons[mode].setChecked(True)
        self.title_edit.setEditText(person.title)
        self.given_name.setText(person.given_name)
        self.family_name.setText(person.family_name)
        self.id_document.setCurrentIndex(max(0, self.id_document.findData(person.id_document.value)))
        self.national_id.setText(person.national_id)
        self.confirm_id.setChecked(confirmed)
        self.passport_no.setText(person.passport_no)
        self.nationality.setText(person.nationality)
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.line_id.setText(person.line_id)
        self.birth_date.set_value(person.birth_date)
        self.address.set_address(person.address)

    def clear_person(self) -> None:
        """Empties every personal field (an anonymous complaint keeps none)."""
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
        self.address.set_address(Person().address)

    def fill_from_card(self, card: ThaiIdCard) -> None:
        """Fills the complainant from a Thai ID card in the reader: name, ID (read by the chip, so
        confirmed), birth date and registered address, marked as read from the card and still editable.
        Phone, e-mail and LINE stay as typed."""
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
        filled: list[QLineEdit] = [self.given_name, self.family_name, self.national_id, self.birth_date]
        filled += [*([line] if line else []), a.house_no, a.moo, a.soi, a.road]
        filled += [a.subdistrict, a.district, a.province, a.postcode]
        mark_from_card([w for w in filled if w.text()])
        for path in ("complainant.given_name", "complainant.family_name", "complainant.national_id"):
            self.finished.emit(path)

    def prefill(self, earlier: Person) -> list[str]:
        """Copies an earlier case's details into the fields still empty (what the officer typed stays);
        returns the payload paths filled. The address is copied whole, and only when none is typed."""
        filled: list[str] = []
        title = self.title_edit.lineEdit()
        for edit, value, path in (
            (title, earlier.title, "complainant.title"),
            (self.given_name, earlier.given_name, "complainant.given_name"),
            (self.family_name, earlier.family_name, "complainant.family_name"),
            (self.phone, earlier.phone, "complainant.phone"),
            (self.email, earlier.email, "complainant.email"),
            (self.line_id, earlier.line_id, "complainant.line_id"),
        ):
            if edit is not None and value and not edit.text().strip():
                edit.setText(value)
                filled.append(path)
        if earlier.address != Person().address and self.address.address() == Person().address:
            self.address.set_address(earlier.address)
            filled.append("complainant.address.postcode")
        return filled

    def show_document_fields(self) -> None:
        """Shows the national ID or the passport fields, as the chosen document needs."""
        doc = self.id_document_value()
        boxes = self._rows.boxes
        thai = doc is IdDocument.THAI_NATIONAL_ID
        passport = doc is IdDocument.PASSPORT
        for widget in (
            self.national_id_label,
            boxes["complainant.national_id"],
            boxes["national_id_confirmed"],
        ):
            widget.setVisible(thai)
        for widget in (
            self.passport_label,
            boxes["complainant.passport_no"],
            self.nationality_label,
            boxes["complainant.nationality"],
        ):
            widget.setVisible(passport)
