"""Record entities shared by every layer (docs/ARCHITECTURE.md, Module map): plain dataclasses and enums,
JSON-ready.

A record's payload is what syncs to the center and what its SHA-256 covers; the envelope (id, version,
tracking code, times, officer) lives beside it. ``to_payload``/``from_payload`` are the only place that
knows the JSON shape, so the storage, the receipt and the wire agree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

T = TypeVar("T")


class RecordKind(StrEnum):
    """What a record is."""

    COMPLAINT = "complaint"
    GROUP_PETITION = "group_petition"
    SURVEY_RESPONSE = "survey_response"


class ComplaintType(StrEnum):
    """Kinds of walk-in submission (ประเภทเรื่อง)."""

    GRIEVANCE = "grievance"  # ร้องทุกข์/ร้องเรียน
    FAIRNESS = "fairness"  # ขอความเป็นธรรม
    HELP = "help"  # ขอความช่วยเหลือ
    TIP = "tip"  # แจ้งเบาะแส
    SUGGESTION = "suggestion"  # เสนอข้อคิดเห็น
    LEGAL_ADVICE = "legal_advice"  # ขอคำปรึกษากฎหมาย


class IdentityMode(StrEnum):
    """How the complainant's identity is held."""

    IDENTIFIED = "identified"
    CONFIDENTIAL = "confidential"  # known to the center, never shown to the agency
    ANONYMOUS = "anonymous"  # no identity taken at all


class IdDocument(StrEnum):
    """Which identity document the person showed."""

    THAI_NATIONAL_ID = "thai_national_id"
    PASSPORT = "passport"
    NONE = "none"


class QueueState(StrEnum):
    """A record version's place in the sync outbox (docs/ARCHITECTURE.md, Sync)."""

    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    ACKED = "acked"
    REJECTED = "rejected"
    CONFLICT = "conflict"
    HELD = "held"
    WITHDRAWN = "withdrawn"


@dataclass
class Address:
    """A Thai address down to subdistrict and postcode."""

    house_no: str = ""
    moo: str = ""
    village: str = ""
    soi: str = ""
    road: str = ""
    subdistrict_code: str = ""  # geothai subdistrict code, when picked from the list
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    postcode: str = ""


@dataclass
class Person:
    """A complainant or a petition representative."""

    title: str = ""
    given_name: str = ""
    family_name: str = ""
    id_document: IdDocument = IdDocument.THAI_NATIONAL_ID
    national_id: str = ""  # 13 digits, no dashes
    passport_no: str = ""
    nationality: str = ""
    phone: str = ""  # digits only
    email: str = ""
    line_id: str = ""
    address: Address = field(default_factory=Address)
    birth_date: str = ""  # YYYY-MM-DD (Common Era), or YYYY when only the year is known (ID card)

    @property
    def full_name(self) -> str:
        """Title, given and family name as printed on a receipt."""
        return f"{self.title}{self.given_name} {self.family_name}".strip()


@dataclass
class ComplaintPayload:
    """A walk-in complaint (เรื่องร้องทุกข์) as the officer registered it."""

    identity_mode: IdentityMode = IdentityMode.IDENTIFIED
    complainant: Person = field(default_factory=Person)
    national_id_confirmed: bool = False  # officer read the number back to the citizen
    complaint_type: ComplaintType = ComplaintType.GRIEVANCE
    category_code: str = ""
    subject: str = ""
    description: str = ""
    incident_province: str = ""
    incident_district: str = ""
    agency_complained_code: str = ""
    responsible_agency_code: str = ""  # suggested Contact Point
    requested_action: str = ""
    documents_count: int = 0
    attachments: list[str] = field(default_factory=list)  # SHA-256 of stored files
    pdpa_acknowledged: bool = False
    consent_share: bool = False
    linked_record_id: str = ""  # earlier case this visit joins (repeat visit)


def to_payload(obj: Any) -> dict[str, Any]:
    """A dataclass payload as plain JSON-ready data (enums as their values)."""
    data: dict[str, Any] = asdict(obj)
    return data


def complaint_from_payload(data: dict[str, Any]) -> ComplaintPayload:
    """Rebuilds a complaint from its JSON payload, ignoring keys this version does not know."""
    person_data = dict(data.get("complainant") or {})
    address = _build(Address, person_data.pop("address", None) or {})
    person = _build(Person, person_data)
    person.address = address
    person.id_document = IdDocument(person.id_document)
    rest = {k: v for k, v in data.items() if k != "complainant"}
    complaint = _build(ComplaintPayload, rest)
    complaint.complainant = person
    complaint.identity_mode = IdentityMode(complaint.identity_mode)
    complaint.complaint_type = ComplaintType(complaint.complaint_type)
    complaint.attachments = list(complaint.attachments)
    return complaint


def _build(cls: type[T], data: dict[str, Any]) -> T:
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in known})
