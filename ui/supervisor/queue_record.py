"""An outbox item's record as a read-only form: the form's own field names (Thai, or English in English
mode), enum values in words (``app.domain.labels``), codes as agency and category names, attachments by
file name and size, and no hashes or JSON keys anywhere. The payload comes already masked by the service.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.petition import HeadcountMethod, PetitionStatus, TimelineEventKind
from app.domain.records import ComplaintType, IdentityMode, RecordKind
from app.domain.reference import ReferenceData
from app.domain.tracking import format_tracking_code
from app.services.queue import AttachmentInfo, QueueItemDetail
from ui.formatting import show_date, show_datetime
from ui.messages import QT_TRANSLATE_NOOP, label_text, last_error_text, queue_state_text

CONTEXT = "QueueRecord"  # spelled out in every QT_TRANSLATE_NOOP below: lupdate reads only literals

FIELD_LABELS: dict[str, str] = {
    # the complaint form
    "identity_mode": QT_TRANSLATE_NOOP("QueueRecord", "การเปิดเผยตัวตนของผู้ร้อง"),
    "complainant": QT_TRANSLATE_NOOP("QueueRecord", "ข้อมูลผู้ร้อง"),
    "national_id_confirmed": QT_TRANSLATE_NOOP("QueueRecord", "อ่านเลขทวนให้ผู้ร้องฟังแล้ว"),
    "complaint_type": QT_TRANSLATE_NOOP("QueueRecord", "ประเภทเรื่อง"),
    "category_code": QT_TRANSLATE_NOOP("QueueRecord", "หมวดเรื่อง"),
    "subject": QT_TRANSLATE_NOOP("QueueRecord", "เรื่อง"),
    "description": QT_TRANSLATE_NOOP("QueueRecord", "รายละเอียด"),
    "incident_province": QT_TRANSLATE_NOOP("QueueRecord", "จังหวัดที่เกิดเหตุ"),
    "incident_district": QT_TRANSLATE_NOOP("QueueRecord", "อำเภอ/เขตที่เกิดเหตุ"),
    "agency_complained_code": QT_TRANSLATE_NOOP("QueueRecord", "หน่วยงานที่ถูกร้องเรียน"),
    "responsible_agency_code": QT_TRANSLATE_NOOP("QueueRecord", "หน่วยงานที่ควรรับผิดชอบ"),
    "requested_action": QT_TRANSLATE_NOOP("QueueRecord", "สิ่งที่ผู้ร้องขอให้ดำเนินการ"),
    "documents_count": QT_TRANSLATE_NOOP("QueueRecord", "เอกสารที่รับไว้"),
    "attachments": QT_TRANSLATE_NOOP("QueueRecord", "เอกสารแนบ"),
    "pdpa_acknowledged": QT_TRANSLATE_NOOP("QueueRecord", "แจ้งประกาศความเป็นส่วนตัวแล้ว"),
    "consent_share": QT_TRANSLATE_NOOP("QueueRecord", "ยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง"),
    "linked_record_id": QT_TRANSLATE_NOOP("QueueRecord", "เชื่อมโยงกับเรื่องเดิม"),
    # a person (complainant or representative) and the address
    "title": QT_TRANSLATE_NOOP("QueueRecord", "คำนำหน้าชื่อ"),
    "given_name": QT_TRANSLATE_NOOP("QueueRecord", "ชื่อ"),
    "family_name": QT_TRANSLATE_NOOP("QueueRecord", "นามสกุล"),
    "id_document": QT_TRANSLATE_NOOP("QueueRecord", "เอกสารแสดงตน"),
    "national_id": QT_TRANSLATE_NOOP("QueueRecord", "เลขประจำตัวประชาชน"),
    "passport_no": QT_TRANSLATE_NOOP("QueueRecord", "เลขหนังสือเดินทาง"),
    "nationality": QT_TRANSLATE_NOOP("QueueRecord", "สัญชาติ"),
    "phone": QT_TRANSLATE_NOOP("QueueRecord", "โทรศัพท์"),
    "email": QT_TRANSLATE_NOOP("QueueRecord", "อีเมล"),
    "line_id": QT_TRANSLATE_NOOP("QueueRecord", "LINE ID"),
    "birth_date": QT_TRANSLATE_NOOP("QueueRecord", "วันเกิด"),
    "address": QT_TRANSLATE_NOOP("QueueRecord", "ที่อยู่ที่ติดต่อได้"),
    "house_no": QT_TRANSLATE_NOOP("QueueRecord", "บ้านเลขที่"),
    "moo": QT_TRANSLATE_NOOP("QueueRecord", "หมู่ที่"),
    "village": QT_TRANSLATE_NOOP("QueueRecord", "หมู่บ้าน/อาคาร"),
    "soi": QT_TRANSLATE_NOOP("QueueRecord", "ตรอก/ซอย"),
    "road": QT_TRANSLATE_NOOP("QueueRecord", "ถนน"),
    "subdistrict": QT_TRANSLATE_NOOP("QueueRecord", "ตำบล/แขวง"),
    "district": QT_TRANSLATE_NOOP("QueueRecord", "อำเภอ/เขต"),
    "province": QT_TRANSLATE_NOOP("QueueRecord", "จังหวัด"),
    "postcode": QT_TRANSLATE_NOOP("QueueRecord", "รหัสไปรษณีย์"),
    "is_contact": QT_TRANSLATE_NOOP("QueueRecord", "ผู้ประสานงานของกลุ่ม"),
    "group_role": QT_TRANSLATE_NOOP("QueueRecord", "บทบาทในกลุ่ม"),
    # the group petition form
    "group_name": QT_TRANSLATE_NOOP("QueueRecord", "ชื่อกลุ่ม"),
    "organisation": QT_TRANSLATE_NOOP("QueueRecord", "องค์กร/สมาคม"),
    "representatives": QT_TRANSLATE_NOOP("QueueRecord", "ผู้แทนกลุ่ม"),
    "headcount_estimate": QT_TRANSLATE_NOOP("QueueRecord", "จำนวนผู้มา (คน)"),
    "headcount_method": QT_TRANSLATE_NOOP("QueueRecord", "วิธีประมาณจำนวน"),
    "provinces": QT_TRANSLATE_NOOP("QueueRecord", "จังหวัดที่มา"),
    "arrived_at": QT_TRANSLATE_NOOP("QueueRecord", "เวลาที่มาถึง"),
    "departed_at": QT_TRANSLATE_NOOP("QueueRecord", "เวลาที่เดินทางกลับ"),
    "arrival_gate": QT_TRANSLATE_NOOP("QueueRecord", "ประตูที่เข้า"),
    "arrival_hall": QT_TRANSLATE_NOOP("QueueRecord", "จุดรับเรื่อง/ห้อง"),
    "issue_summary": QT_TRANSLATE_NOOP("QueueRecord", "สรุปประเด็นปัญหา"),
    "demands": QT_TRANSLATE_NOOP("QueueRecord", "ข้อเรียกร้อง"),
    "text": QT_TRANSLATE_NOOP("QueueRecord", "ข้อความ"),
    "agency_code": QT_TRANSLATE_NOOP("QueueRecord", "หน่วยงาน"),
    "agency_codes": QT_TRANSLATE_NOOP("QueueRecord", "หน่วยงานที่เกี่ยวข้อง (Contact Point)"),
    "received_by": QT_TRANSLATE_NOOP("QueueRecord", "เจ้าหน้าที่ผู้รับหนังสือ"),
    "name": QT_TRANSLATE_NOOP("QueueRecord", "ชื่อ-นามสกุล"),
    "position": QT_TRANSLATE_NOOP("QueueRecord", "ตำแหน่ง"),
    "meetings": QT_TRANSLATE_NOOP("QueueRecord", "การประชุม/การเข้าพบที่จัดให้"),
    "with_whom": QT_TRANSLATE_NOOP("QueueRecord", "พบกับ"),
    "at": QT_TRANSLATE_NOOP("QueueRecord", "เวลา"),
    "place": QT_TRANSLATE_NOOP("QueueRecord", "สถานที่"),
    "result": QT_TRANSLATE_NOOP("QueueRecord", "ผล"),
    "timeline": QT_TRANSLATE_NOOP("QueueRecord", "ลำดับเหตุการณ์"),
    "kind": QT_TRANSLATE_NOOP("QueueRecord", "เหตุการณ์"),
    "note": QT_TRANSLATE_NOOP("QueueRecord", "รายละเอียด"),
    "officer": QT_TRANSLATE_NOOP("QueueRecord", "ผู้บันทึก"),
    "follow_up": QT_TRANSLATE_NOOP("QueueRecord", "การติดตามผล"),
    "status": QT_TRANSLATE_NOOP("QueueRecord", "สถานะ"),
}
"""Payload keys in the words of the forms that fill them, in the forms' reading order."""

_ORDER = {key: n for n, key in enumerate(FIELD_LABELS)}
"""The stored payload is canonical JSON (keys sorted): shown in the form's order instead."""

_HIDDEN = frozenset({"subdistrict_code", "sha256", "media_type", "size"})
"""Keys that mean nothing to a person reading the form (codes the names beside them already give)."""

_ENUM_KEYS: dict[str, type[Any]] = {
    "identity_mode": IdentityMode,
    "complaint_type": ComplaintType,
    "headcount_method": HeadcountMethod,
    "status": PetitionStatus,
    "kind": TimelineEventKind,
}
"""Payload keys whose values are labelled enums (``app.domain.labels``)."""

_ID_DOCUMENT = {
    "thai_national_id": QT_TRANSLATE_NOOP("QueueRecord", "บัตรประจำตัวประชาชน"),
    "passport": QT_TRANSLATE_NOOP("QueueRecord", "หนังสือเดินทาง (ชาวต่างชาติ)"),
    "none": QT_TRANSLATE_NOOP("QueueRecord", "ไม่ได้แสดงเอกสาร"),
}

# Words of the pane, declared where lupdate can read them (it reads only literal translate calls).
_MB = QT_TRANSLATE_NOOP("QueueRecord", "%1 MB")
_KB = QT_TRANSLATE_NOOP("QueueRecord", "%1 KB")
_BYTES = QT_TRANSLATE_NOOP("QueueRecord", "%1 ไบต์")
_YES = QT_TRANSLATE_NOOP("QueueRecord", "ใช่")
_NO = QT_TRANSLATE_NOOP("QueueRecord", "ไม่ใช่")
_NO_NAME = QT_TRANSLATE_NOOP("QueueRecord", "ไฟล์ที่ %1 (ไม่มีชื่อ)")
_VERSION = QT_TRANSLATE_NOOP("QueueRecord", "ฉบับที่")
_STATE = QT_TRANSLATE_NOOP("QueueRecord", "สถานะ")
_FAILED = QT_TRANSLATE_NOOP("QueueRecord", "ส่งไม่สำเร็จ")
_TIMES = QT_TRANSLATE_NOOP("QueueRecord", "ครั้ง")
_LAST_ERROR = QT_TRANSLATE_NOOP("QueueRecord", "ข้อผิดพลาดล่าสุด")
_CENTRAL_REF = QT_TRANSLATE_NOOP("QueueRecord", "เลขเรื่องที่ศูนย์")
_CONFLICT = QT_TRANSLATE_NOOP("QueueRecord", "ศูนย์มีเนื้อหาอื่นในฉบับนี้")
_CONFLICT_WHY = QT_TRANSLATE_NOOP("QueueRecord", "ศูนย์ได้รับฉบับนี้ไว้แล้วโดยมีข้อมูลไม่ตรงกับที่จุดบริการบันทึกไว้")
_CENTER_SAYS = QT_TRANSLATE_NOOP("QueueRecord", "ศูนย์แจ้งว่า")
_SENT = QT_TRANSLATE_NOOP("QueueRecord", "ข้อมูลที่ส่ง (ปิดบังข้อมูลส่วนบุคคล)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _esc(text: object) -> str:
    return html.escape(str(text)).replace("\n", "<br>")


def field_label(key: str) -> str:
    """The form's name of a payload key (a key this build does not know is shown as it is)."""
    source = FIELD_LABELS.get(key)
    return _tr(source) if source else key


def error_field_label(path: str) -> str:
    """The center's field path (``payload.complainant.phone``) as the form names it (โทรศัพท์)."""
    parts = [p for p in path.split(".") if p and p != "payload" and not p.isdigit()]
    return " › ".join(field_label(p) for p in parts) if parts else path


def size_text(size: int) -> str:
    """A file size as people read it (bytes, KB, MB)."""
    if size >= 1024 * 1024:
        return _tr(_MB).replace("%1", f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return _tr(_KB).replace("%1", f"{size / 1024:.0f}")
    return _tr(_BYTES).replace("%1", str(size))


def _english() -> bool:
    # The language switch (ui.i18n) sets the default locale with the translator.
    return QLocale().language() == QLocale.Language.English


def _birth_date_text(text: str) -> str:
    """A stored birth date (``YYYY-MM-DD`` or ``YYYY``, Common Era) in the Buddhist era, as on the form."""
    if text.isdigit() and len(text) == 4:
        return str(int(text) + 543)
    try:
        return show_date(date.fromisoformat(text))
    except ValueError:
        return text


class RecordFormRenderer:
    """Turns a masked payload into the rows of a read-only form (HTML for a ``QTextBrowser``)."""

    def __init__(self, reference: ReferenceData | None) -> None:
        self._reference = reference

    def _agency(self, code: str) -> str:
        found = self._reference.agency(code) if self._reference and code else None
        return (found.name_en if _english() else found.name_th) if found else code

    def _category(self, code: str) -> str:
        found = self._reference.category(code) if self._reference and code else None
        return (found.name_en if _english() else found.name_th) if found else code

    def value_text(self, key: str, value: Any) -> str:
        """One scalar value in words."""
        if isinstance(value, bool):
            return _tr(_YES) if value else _tr(_NO)
        text = "" if value is None else str(value)
        if not text:
            return ""
        enum = _ENUM_KEYS.get(key)
        if enum is not None:
            try:
                return label_text(enum(text))
            except ValueError:
                return text
        if key == "id_document":
            return _tr(_ID_DOCUMENT[text]) if text in _ID_DOCUMENT else text
        if key == "category_code":
            return self._category(text)
        if key in {"agency_complained_code", "responsible_agency_code", "agency_code", "agency_codes"}:
            return self._agency(text)
        if key == "birth_date":
            return _birth_date_text(text)
        if key.endswith("_at") or key == "at":
            try:
                return show_datetime(datetime.fromisoformat(text))
            except ValueError:
                return text
        return text

    def rows(self, data: dict[str, Any], depth: int = 0) -> list[str]:
        """Form rows (``<tr>``) of a payload object; nested objects and lists become indented groups."""
        out: list[str] = []
        pad = 12 * depth
        for key, value in sorted(data.items(), key=lambda kv: _ORDER.get(kv[0], len(_ORDER))):
            if key in _HIDDEN or key == "attachments":
                continue
            label = field_label(key)
            if isinstance(value, dict):
                inner = self.rows(value, depth + 1)
                if inner:
                    out.append(_group(label, pad))
                    out += inner
            elif isinstance(value, list):
                out += self._list_rows(key, label, value, depth)
            else:
                text = self.value_text(key, value)
                if text:
                    out.append(_row(label, text, pad))
        return out

    def _list_rows(self, key: str, label: str, items: list[Any], depth: int) -> list[str]:
        pad = 12 * depth
        if not items:
            return []
        if all(not isinstance(i, dict | list) for i in items):
            words = ", ".join(self.value_text(key, i) for i in items)
            return [_row(label, words, pad)] if words else []
        out: list[str] = []
        for n, item in enumerate(items, start=1):
            if isinstance(item, dict):
                inner = self.rows(item, depth + 1)
                if inner:
                    out.append(_group(f"{label} {n}", pad))
                    out += inner
        return out


def _row(label: str, value: str, pad: int) -> str:
    head = (
        f"<th align='right' valign='top' style='padding-right:10px; padding-left:{pad}px'>{_esc(label)}</th>"
    )
    return f"<tr>{head}<td>{_esc(value)}</td></tr>"


def _group(label: str, pad: int) -> str:
    return f"<tr><td colspan='2' style='padding-left:{pad}px; padding-top:6px'><b>{_esc(label)}</b></td></tr>"


def attachment_rows(files: list[AttachmentInfo]) -> list[str]:
    """Attachments by file name and size (a file stored without a name says so)."""
    rows = []
    for n, f in enumerate(files, start=1):
        name = f.name or _tr(_NO_NAME).replace("%1", str(n))
        rows.append(_row(field_label("attachments") if n == 1 else "", f"{name} ({size_text(f.size)})", 0))
    return rows


def item_html(detail: QueueItemDetail, reference: ReferenceData | None = None) -> str:
    """The queue's detail pane: the item's state and problem, then the record as a read-only form."""
    row = detail.row
    lines = [
        f"<h3>{_esc(format_tracking_code(row.tracking_code))} · {_esc(_tr(_VERSION))} {row.version}"
        f" · {_esc(label_text(row.kind) if isinstance(row.kind, RecordKind) else row.kind)}</h3>",
        f"<p><b>{_esc(_tr(_STATE))}:</b> {_esc(queue_state_text(row.state))}"
        f" &nbsp; <b>{_esc(_tr(_FAILED))}:</b> {row.attempts} {_esc(_tr(_TIMES))}</p>",
    ]
    if row.last_error:
        lines.append(f"<p><b>{_esc(_tr(_LAST_ERROR))}:</b> {_esc(last_error_text(row.last_error))}</p>")
    if detail.central_ref:
        lines.append(f"<p><b>{_esc(_tr(_CENTRAL_REF))}:</b> {_esc(detail.central_ref)}</p>")
    if detail.center_sha256 and detail.center_sha256 != detail.sha256:
        lines.append(f"<p><b>{_esc(_tr(_CONFLICT))}</b><br/>{_esc(_tr(_CONFLICT_WHY))}</p>")
    if detail.errors:
        items = "".join(
            f"<li><b>{_esc(error_field_label(e.field))}</b> — {_esc(e.message or e.code)}</li>"
            for e in detail.errors
        )
        lines.append(f"<p><b>{_esc(_tr(_CENTER_SAYS))}:</b></p><ul>{items}</ul>")
    form = RecordFormRenderer(reference).rows(detail.payload_masked) + attachment_rows(detail.attachments)
    lines.append(f"<p><b>{_esc(_tr(_SENT))}</b></p>")
    lines.append(f"<table cellspacing='2'>{''.join(form)}</table>")
    return "".join(lines)
