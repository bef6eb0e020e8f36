"""The one home of every enum's words: Thai (the source, and always on paper) and English.

Screens read them through ``ui.messages`` (Thai or English as the interface is set); documents
(``printing``) print the Thai. No other module keeps a table of these words (``tests/unit/test_labels.py``
fails if one does), so the queue, the PDFs and the receipts can no longer disagree on what a state is
called.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.domain.petition import AttachmentKind, HeadcountMethod, PetitionStatus, TimelineEventKind
from app.domain.records import ComplaintType, IdentityMode, QueueState, RecordKind
from app.domain.service_standard import DueFilter


@dataclass(frozen=True)
class Label:
    """One member's words."""

    th: str
    en: str


QUEUE_STATE: dict[QueueState, Label] = {
    QueueState.PENDING: Label("รอส่ง", "Waiting to send"),
    QueueState.IN_FLIGHT: Label("กำลังส่ง", "Sending"),
    QueueState.ACKED: Label("ศูนย์รับแล้ว", "Accepted by the center"),
    QueueState.REJECTED: Label("ศูนย์ไม่รับ", "Rejected by center"),
    QueueState.CONFLICT: Label("ข้อมูลขัดแย้ง", "Conflict"),
    QueueState.HELD: Label("พักการส่ง", "On hold"),
    QueueState.WITHDRAWN: Label("ถอนการส่งแล้ว", "Withdrawn"),
}

RECORD_KIND: dict[RecordKind, Label] = {
    RecordKind.COMPLAINT: Label("เรื่องร้องทุกข์", "Complaint"),
    RecordKind.GROUP_PETITION: Label("ประสานมวลชน", "Group petitions"),
    RecordKind.SURVEY_RESPONSE: Label("แบบประเมินความพึงพอใจ", "Satisfaction survey"),
}

COMPLAINT_TYPE: dict[ComplaintType, Label] = {
    ComplaintType.GRIEVANCE: Label("ร้องทุกข์/ร้องเรียน", "Grievance/complaint"),
    ComplaintType.FAIRNESS: Label("ขอความเป็นธรรม", "Request for fairness"),
    ComplaintType.HELP: Label("ขอความช่วยเหลือ", "Request for help"),
    ComplaintType.TIP: Label("แจ้งเบาะแส", "Tip-off"),
    ComplaintType.SUGGESTION: Label("เสนอข้อคิดเห็น", "Suggestion"),
    ComplaintType.LEGAL_ADVICE: Label("ขอคำปรึกษากฎหมาย", "Legal advice"),
}

IDENTITY_MODE: dict[IdentityMode, Label] = {
    IdentityMode.IDENTIFIED: Label("เปิดเผยตัวตน", "Identified"),
    IdentityMode.CONFIDENTIAL: Label(
        "ปกปิดตัวตน (ไม่เปิดเผยต่อหน่วยงาน)", "Confidential (not disclosed to agencies)"
    ),
    IdentityMode.ANONYMOUS: Label("ไม่ประสงค์ออกนาม", "Anonymous"),
}

CENTRAL_STATUS: dict[str, Label] = {
    # Keyed by the value of sync.protocol.CentralStatus: the domain may not import the sync layer.
    "received": Label("ศูนย์รับเรื่องแล้ว", "Received by the center"),
    "forwarded": Label("ส่งต่อหน่วยงานแล้ว", "Forwarded to the agency"),
    "in_progress": Label("อยู่ระหว่างดำเนินการ", "In progress"),
    "resolved": Label("ดำเนินการแล้วเสร็จ", "Resolved"),
    "closed": Label("ยุติเรื่อง", "Closed"),
}

TIMELINE_EVENT: dict[TimelineEventKind, Label] = {
    TimelineEventKind.ARRIVED: Label("มาถึง", "Arrived"),
    TimelineEventKind.PETITION_HANDED_OVER: Label("ยื่นหนังสือ", "Petition handed over"),
    TimelineEventKind.MET_WITH: Label("พบ", "Met"),
    TimelineEventKind.MOVED_TO: Label("ย้ายไป", "Moved to"),
    TimelineEventKind.DISPERSED: Label("แยกย้าย", "Dispersed"),
    TimelineEventKind.DEPARTED: Label("เดินทางกลับ", "Left"),
    TimelineEventKind.NOTE: Label("บันทึก", "Note"),
}

HEADCOUNT_METHOD: dict[HeadcountMethod, Label] = {
    HeadcountMethod.OFFICER_COUNT: Label("เจ้าหน้าที่นับ", "Counted by an officer"),
    HeadcountMethod.REPRESENTATIVE: Label("ตามที่ผู้แทนกลุ่มแจ้ง", "As the representatives said"),
    HeadcountMethod.SIGNATURES: Label("จากรายชื่อผู้ลงนาม", "From the signature list"),
    HeadcountMethod.AREA_DENSITY: Label("ประมาณจากพื้นที่และความหนาแน่น", "Estimated from area and density"),
    HeadcountMethod.POLICE: Label("ตามที่เจ้าหน้าที่ตำรวจแจ้ง", "As the police said"),
    HeadcountMethod.VEHICLES: Label("ประมาณจากจำนวนรถ", "Estimated from the number of vehicles"),
}

PETITION_STATUS: dict[PetitionStatus, Label] = {
    PetitionStatus.PRESENT: Label("อยู่ในพื้นที่", "Present"),
    PetitionStatus.CLOSED: Label("เดินทางกลับแล้ว", "Has left"),
}

ATTACHMENT_KIND: dict[AttachmentKind, Label] = {
    AttachmentKind.PETITION_LETTER: Label("หนังสือร้องเรียน", "Petition letter"),
    AttachmentKind.SIGNATURE_SHEET: Label("รายชื่อผู้ลงนาม", "Signature sheet"),
    AttachmentKind.PHOTO: Label("ภาพถ่าย", "Photo"),
    AttachmentKind.OTHER: Label("เอกสารอื่น", "Other document"),
}

DUE_FILTER: dict[DueFilter, Label] = {
    DueFilter.ALL: Label("ทุกเรื่อง", "All records"),
    DueFilter.DUE_TODAY: Label("ครบกำหนดวันนี้", "Due today"),
    DueFilter.OVERDUE: Label("เกินกำหนด", "Overdue"),
}

TABLES: dict[type[Enum], dict[object, Label]] = {
    QueueState: QUEUE_STATE,  # type: ignore[dict-item]
    RecordKind: RECORD_KIND,  # type: ignore[dict-item]
    ComplaintType: COMPLAINT_TYPE,  # type: ignore[dict-item]
    IdentityMode: IDENTITY_MODE,  # type: ignore[dict-item]
    TimelineEventKind: TIMELINE_EVENT,  # type: ignore[dict-item]
    HeadcountMethod: HEADCOUNT_METHOD,  # type: ignore[dict-item]
    PetitionStatus: PETITION_STATUS,  # type: ignore[dict-item]
    AttachmentKind: ATTACHMENT_KIND,  # type: ignore[dict-item]
    DueFilter: DUE_FILTER,  # type: ignore[dict-item]
}
"""Every labelled enum of the domain and its table (CentralStatus, of the sync layer, is keyed by value)."""


def label(member: Enum) -> Label:
    """The words for one member of a labelled enum (``KeyError`` for an enum without labels)."""
    return TABLES[type(member)][member]


def th(member: Enum) -> str:
    """The Thai words for one member (what paper prints)."""
    return label(member).th
