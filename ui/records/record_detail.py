"""One record in full: its fields, the history of versions with reasons, sync and central status."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.geo import subdistrict_address
from app.domain.masking import shown_person
from app.domain.records import ComplaintType, IdDocument, IdentityMode, RecordKind, complaint_from_payload
from app.domain.reference import ReferenceData
from app.domain.tracking import format_tracking_code
from app.services.types import RecordDetail
from ui.formatting import show_date, show_datetime
from ui.messages import central_status_text, complaint_type_text, identity_text, kind_text, queue_state_text


def _row(label: str, value: Any) -> str:
    text = str(value).strip() if value is not None else ""
    if not text:
        return ""
    body = html.escape(text).replace("\n", "<br>")
    head = f"<th align='right' valign='top' style='padding-right:10px'>{html.escape(label)}</th>"
    return f"<tr>{head}<td>{body}</td></tr>"


class RecordDetailView(QWidget):
    """Shows a ``RecordDetail``; personal data is shown masked except to the fields the officer needs."""

    def __init__(self, reference: ReferenceData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_detail")
        self._reference = reference
        self.detail: RecordDetail | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("detail_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.body = QTextBrowser(split)
        self.body.setObjectName("detail_body")
        self.body.setOpenLinks(False)
        split.addWidget(self.body)
        history_box = QWidget(split)
        hl = QVBoxLayout(history_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel(self.tr("ประวัติการบันทึกและแก้ไข"), history_box))
        self.history = QTableWidget(0, 5, history_box)
        self.history.setObjectName("detail_history")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("ฉบับที่"),
                self.tr("วันเวลา"),
                self.tr("เจ้าหน้าที่"),
                self.tr("เหตุผลการแก้ไข"),
                self.tr("สถานะส่งข้อมูล"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hl.addWidget(self.history)
        split.addWidget(history_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.show_detail(None)

    def show_detail(self, detail: RecordDetail | None) -> None:
        """Shows a record (None: an empty pane with a hint)."""
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("เลือกรายการเพื่อดูรายละเอียด"))
            self.body.clear()
            self.history.setRowCount(0)
            return
        self.title.setText(
            f"{kind_text(detail.kind)}  {format_tracking_code(detail.tracking_code)}"
            + (self.tr("  (ฉบับที่ %1)").replace("%1", str(detail.version)) if detail.version > 1 else "")
        )
        self.body.setHtml(self._html(detail))
        self.history.setRowCount(len(detail.history))
        for n, version in enumerate(detail.history):
            cells = (
                str(version.version),
                show_datetime(version.created_at),
                version.officer,
                version.reason or (self.tr("บันทึกครั้งแรก") if version.version == 1 else ""),
                queue_state_text(version.queue_state),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the reason is often longer than the column
                self.history.setItem(n, col, item)

    def history_rows(self) -> list[list[str]]:
        """The history table as text (for tests and accessibility)."""
        rows: list[list[str]] = []
        for r in range(self.history.rowCount()):
            cells = []
            for c in range(self.history.columnCount()):
                item = self.history.item(r, c)
                cells.append(item.text() if item is not None else "")
            rows.append(cells)
        return rows

    def _name_of_agency(self, code: str) -> str:
        if not code:
            return ""
        agency = self._reference.agency(code) if self._reference else None
        return agency.name_th if agency else code

    def _name_of_category(self, code: str) -> str:
        if not code:
            return ""
        category = self._reference.category(code) if self._reference else None
        return category.name_th if category else code

    def _html(self, d: RecordDetail) -> str:
        p = d.payload
        rows = [
            _row(self.tr("เลขติดตาม"), format_tracking_code(d.tracking_code)),
            _row(self.tr("รับเรื่องเมื่อ"), show_datetime(d.created_at)),
            _row(self.tr("กำหนดแจ้งผลเบื้องต้น"), show_date(d.promised_by)),
            _row(self.tr("เจ้าหน้าที่ผู้รับเรื่อง"), d.officer),
            _row(self.tr("สถานะส่งข้อมูลไปศูนย์"), queue_state_text(d.queue_state)),
            _row(self.tr("เลขเรื่องที่ศูนย์"), d.central_ref),
            _row(self.tr("สถานะที่ศูนย์"), central_status_text(d.central_status)),
            _row(self.tr("ส่งต่อหน่วยงาน"), d.central_agency),
            _row(self.tr("บันทึกจากศูนย์"), d.central_note),
        ]
        if d.kind is RecordKind.COMPLAINT:
            rows += self._complaint_rows(p)
        table = "".join(r for r in rows if r)
        return f"<table cellspacing='2'>{table}</table>"

    def _complaint_rows(self, p: dict[str, Any]) -> list[str]:
        person = p.get("complainant") or {}
        address = person.get("address") or {}
        try:
            mode = IdentityMode(p.get("identity_mode", IdentityMode.IDENTIFIED.value))
        except ValueError:
            mode = IdentityMode.IDENTIFIED
        rows = [_row(self.tr("การเปิดเผยตัวตน"), identity_text(mode))]
        # What of the person shows follows the identity mode (app.domain.masking, as on paper).
        shown = shown_person(mode, complaint_from_payload(p).complainant)
        if not shown.anonymous:
            rows.append(_row(self.tr("ชื่อผู้ร้อง"), shown.name))
        if shown.show_contact:
            if person.get("id_document") == IdDocument.PASSPORT.value:
                rows.append(_row(self.tr("หนังสือเดินทาง"), shown.id_label))
                rows.append(_row(self.tr("สัญชาติ"), person.get("nationality", "")))
            elif shown.id_label:
                rows.append(_row(self.tr("เลขประจำตัวประชาชน"), shown.id_label))
            rows.append(_row(self.tr("โทรศัพท์"), person.get("phone", "")))
            rows.append(_row(self.tr("อีเมล"), person.get("email", "")))
            rows.append(_row(self.tr("LINE ID"), person.get("line_id", "")))
            rows.append(_row(self.tr("ที่อยู่"), self._address_text(address)))
        try:
            kind = ComplaintType(p.get("complaint_type", ComplaintType.GRIEVANCE.value))
            rows.append(_row(self.tr("ประเภทเรื่อง"), complaint_type_text(kind)))
        except ValueError:
            pass
        rows += [
            _row(self.tr("หมวดเรื่อง"), self._name_of_category(str(p.get("category_code", "")))),
            _row(self.tr("เรื่อง"), p.get("subject", "")),
            _row(self.tr("รายละเอียด"), p.get("description", "")),
            _row(
                self.tr("สถานที่เกิดเหตุ"),
                " ".join(x for x in (p.get("incident_district", ""), p.get("incident_province", "")) if x),
            ),
            _row(
                self.tr("หน่วยงานที่ถูกร้องเรียน"), self._name_of_agency(str(p.get("agency_complained_code", "")))
            ),
            _row(
                self.tr("หน่วยงานที่ควรรับผิดชอบ"), self._name_of_agency(str(p.get("responsible_agency_code", "")))
            ),
            _row(self.tr("สิ่งที่ผู้ร้องขอ"), p.get("requested_action", "")),
            _row(self.tr("เอกสารที่รับไว้"), p.get("documents_count") or ""),
            _row(
                self.tr("ความยินยอม"),
                self.tr("ยินยอมให้ส่งข้อมูลให้หน่วยงาน") if p.get("consent_share") else self.tr("ไม่ยินยอม"),
            ),
        ]
        if p.get("linked_record_id"):
            rows.append(_row(self.tr("เชื่อมโยงกับเรื่องเดิม"), p["linked_record_id"]))
        return rows

    def _address_text(self, a: dict[str, Any]) -> str:
        parts = [
            a.get("house_no", ""),
            (self.tr("หมู่ %1").replace("%1", a["moo"])) if a.get("moo") else "",
            a.get("village", ""),
            (self.tr("ซอย%1").replace("%1", a["soi"])) if a.get("soi") else "",
            (self.tr("ถนน%1").replace("%1", a["road"])) if a.get("road") else "",
        ]
        code = str(a.get("subdistrict_code", ""))
        match = subdistrict_address(code, str(a.get("postcode", ""))) if code else None
        if match is not None:
            parts.append(match.label_th)
        else:
            parts += [
                a.get("subdistrict", ""),
                a.get("district", ""),
                a.get("province", ""),
                a.get("postcode", ""),
            ]
        return " ".join(str(x) for x in parts if x)
