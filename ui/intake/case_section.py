"""What the complaint is about: type, category, subject, description, place, agencies, and the PDPA notice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ComplaintType
from app.domain.reference import Agency, Category
from ui.fields.search_combo import SearchCombo
from ui.intake.form_rows import FieldRows
from ui.messages import complaint_type_text
from ui.ops import Ops


class CaseSection(QWidget):
    """The complaint, the agencies and the privacy notice; its field boxes go into ``rows.boxes``."""

    edited = Signal()
    """Something was typed or chosen (the form ignores it while it fills the fields itself)."""
    finished = Signal(str)
    """The officer finished editing the field at this payload path (validate it now)."""

    def __init__(self, rows: FieldRows, parent: QWidget) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._complaint(rows))
        column.addWidget(self._agencies(rows))
        column.addWidget(self._pdpa(rows))
        self._wire()

    def _wire(self) -> None:
        for edit, path in ((self.subject, "subject"), (self.requested_action, "requested_action")):
            edit.textChanged.connect(self._edited)
            edit.editingFinished.connect(lambda p=path: self.finished.emit(p))
        self.description.textChanged.connect(self._edited)
        for combo, path in (
            (self.category, "category_code"),
            (self.incident_province, "incident_province"),
            (self.incident_district, "incident_district"),
            (self.agency_complained, "agency_complained_code"),
            (self.responsible_agency, "responsible_agency_code"),
        ):
            combo.currentTextChanged.connect(self._edited)
            line = combo.lineEdit()
            assert line is not None
            line.editingFinished.connect(lambda p=path: self.finished.emit(p))
            combo.activated.connect(lambda _i, p=path: self.finished.emit(p))
        self.complaint_type.currentIndexChanged.connect(self._edited)
        self.documents_count.valueChanged.connect(self._edited)
        self.documents_count.editingFinished.connect(lambda: self.finished.emit("documents_count"))
        self.pdpa_ack.toggled.connect(self._edited)
        self.pdpa_ack.toggled.connect(lambda _c: self.finished.emit("pdpa_acknowledged"))
        self.consent_share.toggled.connect(self._edited)

    def _edited(self, *_: object) -> None:
        self.edited.emit()

    def _complaint(self, rows: FieldRows) -> QGroupBox:
        group = QGroupBox(self.tr("เรื่องที่ร้อง"), self)
        form = rows.form(group)
        self.complaint_type = QComboBox(group)
        self.complaint_type.setObjectName("complaint_type")
        for kind in ComplaintType:
            self.complaint_type.addItem(complaint_type_text(kind), kind.value)
        rows.row(form, self.tr("ประเภทเรื่อง"), "complaint_type", self.complaint_type, group)
        self.category = SearchCombo(group)
        self.category.setObjectName("category")
        self.category.set_placeholder(self.tr("พิมพ์เพื่อค้นหาหมวดเรื่อง"))
        rows.row(form, self.tr("หมวดเรื่อง"), "category_code", self.category, group)
        self.subject = QLineEdit(group)
        self.subject.setObjectName("subject")
        rows.row(form, self.tr("เรื่อง"), "subject", self.subject, group)
        self.description = QPlainTextEdit(group)
        self.description.setObjectName("description")
        # Tab leaves the description (a tab character in a complaint is never wanted).
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        rows.row(form, self.tr("รายละเอียด"), "description", self.description, group)

        place = QWidget(group)
        pl = QGridLayout(place)
        pl.setContentsMargins(0, 0, 0, 0)
        self.incident_province = SearchCombo(place)
        self.incident_province.setObjectName("incident_province")
        self.incident_district = SearchCombo(place)
        self.incident_district.setObjectName("incident_district")
        pl.addWidget(rows.box("incident_province", self.incident_province, place), 0, 0)
        pl.addWidget(rows.box("incident_district", self.incident_district, place), 0, 1)
        self.incident_province.set_placeholder(self.tr("จังหวัด"))
        self.incident_district.set_placeholder(self.tr("อำเภอ/เขต"))
        lab = QLabel(self.tr("สถานที่เกิดเหตุ"), group)
        lab.setBuddy(self.incident_province)
        form.addRow(lab, place)
        return group

    def _agencies(self, rows: FieldRows) -> QGroupBox:
        group = QGroupBox(self.tr("หน่วยงานและสิ่งที่ขอ"), self)
        form = rows.form(group)
        self.agency_complained = SearchCombo(group)
        self.agency_complained.setObjectName("agency_complained")
        self.agency_complained.set_placeholder(self.tr("พิมพ์ส่วนใดของชื่อหน่วยงานก็ได้"))
        rows.row(form, self.tr("หน่วยงานที่ถูกร้องเรียน"), "agency_complained_code", self.agency_complained, group)
        self.responsible_agency = SearchCombo(group)
        self.responsible_agency.setObjectName("responsible_agency")
        rows.row(
            form, self.tr("หน่วยงานที่ควรรับผิดชอบ"), "responsible_agency_code", self.responsible_agency, group
        )
        self.requested_action = QLineEdit(group)
        self.requested_action.setObjectName("requested_action")
        rows.row(form, self.tr("สิ่งที่ผู้ร้องขอให้ดำเนินการ"), "requested_action", self.requested_action, group)
        self.documents_count = QSpinBox(group)
        self.documents_count.setObjectName("documents_count")
        self.documents_count.setRange(0, 9999)
        self.documents_count.setSuffix(self.tr(" ฉบับ"))
        rows.row(form, self.tr("เอกสารที่รับไว้"), "documents_count", self.documents_count, group)
        return group

    def _pdpa(self, rows: FieldRows) -> QGroupBox:
        group = QGroupBox(self.tr("ประกาศความเป็นส่วนตัว (PDPA)"), self)
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
        lay.addWidget(rows.box("pdpa_acknowledged", self.pdpa_ack, group))
        self.consent_share = QCheckBox(self.tr("ผู้ร้องยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง"), group)
        self.consent_share.setObjectName("consent_share")
        lay.addWidget(rows.box("consent_share", self.consent_share, group))
        return group

    def load_districts(self, ops: Ops, districts: Callable[[str], list[str]], province: str) -> None:
        """Offers the districts of the incident province (looked up in the background)."""
        if not province:
            self.incident_district.set_items([])
            return

        def fill(names: list[str]) -> None:
            if self.incident_province.code() == province:  # the officer may have moved on
                self.incident_district.set_items([(n, n) for n in names])

        ops.run_read(lambda: districts(province), fill, owner=self, key="districts")

    def suggest_agency(self, category_code: str) -> None:
        """Suggests the usual Contact Point of a category when the officer has not chosen one."""
        if not category_code or self.responsible_agency.code():
            return
        category = next((c for c in self._categories if c.code == category_code), None)
        if category and category.suggested_agencies:
            self.responsible_agency.set_code(category.suggested_agencies[0])

    def set_lists(
        self,
        categories: Sequence[Category],
        agencies: Sequence[Agency],
        provinces: Sequence[str],
        english: bool,
    ) -> None:
        """Fills the category, agency and province boxes (names in English when the interface is)."""
        self._categories = list(categories)
        self.category.set_items((c.code, c.name_en if english else c.name_th) for c in categories)
        self.agency_complained.set_items([(a.code, a.name_en if english else a.name_th) for a in agencies])
        self.responsible_agency.set_items(
            (a.code, a.name_en if english else a.name_th) for a in agencies if a.contact_point
        )
        self.incident_province.set_items((p, p) for p in provinces)

    def editors(self) -> list[QWidget]:
        """The section's editors in reading order (Enter moves between them)."""
        return [
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
        ]
