"""Group petitions at the mass-coordination desk (การประสานมวลชน, docs/ARCHITECTURE.md, Module map):
entities and validation.

A group petition is a record of kind ``group_petition``. Its payload carries the group, its representatives
(each a :class:`~app.domain.records.Person` validated like a complainant), the headcount and how it was
estimated, where the group came from and where it stands, the issue and its numbered demands, the agencies
concerned, who received the petition, the meetings arranged, the documents and photos, the timeline of the
visit and the follow-up.

Times in the payload are RFC 3339 strings in UTC (``2026-03-05T02:30:00+00:00``), so the canonical JSON,
and with it the SHA-256 the center checks, does not depend on the counter's zone. The dataclasses hold
aware datetimes; :func:`petition_to_payload` and :func:`petition_from_payload` are the only place that
knows the JSON shape.

Field paths in :class:`~app.domain.issues.FieldIssue` are dotted payload paths with 0-based list indexes:
``representatives.1.national_id`` is the second representative's national ID, ``demands.0.text`` the first
demand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from app.domain import geo
from app.domain.issues import FieldIssue, IssueCode
from app.domain.records import Address, IdDocument, Person, QueueState
from app.domain.reference import ReferenceData
from app.domain.validation import validate_person

T = TypeVar("T")

# Limits on typed text: generous for real petitions, small enough that a stuck key cannot fill the disk.
MAX_NAME = 200
MAX_SHORT = 300
MAX_SUMMARY = 4000
MAX_DEMAND = 1000
MAX_NOTE = 1000
MAX_HEADCOUNT = 1_000_000
MAX_DEMANDS = 100
MAX_REPRESENTATIVES = 50
# A clock a few minutes off, or an officer typing the arrival a little ahead, is not an error.
FUTURE_SLACK = timedelta(minutes=10)
REPEAT_WINDOW = timedelta(days=90)


class HeadcountMethod(StrEnum):
    """How the number of people in the group was estimated (วิธีประมาณจำนวน)."""

    OFFICER_COUNT = "officer_count"  # นับโดยเจ้าหน้าที่
    REPRESENTATIVE = "representative"  # ตามที่ผู้แทนกลุ่มแจ้ง
    SIGNATURES = "signatures"  # จากรายชื่อผู้ลงนาม
    AREA_DENSITY = "area_density"  # ประมาณจากพื้นที่และความหนาแน่น
    POLICE = "police"  # ตามที่เจ้าหน้าที่ตำรวจแจ้ง
    VEHICLES = "vehicles"  # จากจำนวนรถที่มา


class PetitionStatus(StrEnum):
    """Where the visit stands."""

    PRESENT = "present"  # the group is on site
    CLOSED = "closed"  # the group has left; the visit is closed


class TimelineEventKind(StrEnum):
    """Events logged while the group is present (one key each on the timeline panel)."""

    ARRIVED = "arrived"  # มาถึง
    PETITION_HANDED_OVER = "petition_handed_over"  # ยื่นหนังสือ
    MET_WITH = "met_with"  # พบ … (note says whom)
    MOVED_TO = "moved_to"  # ย้ายไป … (note says where)
    DISPERSED = "dispersed"  # แยกย้าย / ยุติการชุมนุม
    DEPARTED = "departed"  # เดินทางกลับ: closes the visit
    NOTE = "note"  # บันทึกเหตุการณ์อื่น


class AttachmentKind(StrEnum):
    """What a stored document or photo is."""

    PETITION_LETTER = "petition_letter"  # หนังสือร้องเรียน
    SIGNATURE_SHEET = "signature_sheet"  # รายชื่อผู้ลงนาม
    PHOTO = "photo"  # ภาพถ่าย
    OTHER = "other"  # เอกสารอื่น


@dataclass
class Representative(Person):
    """A representative of the group: a person validated like a complainant, plus their place in the group."""

    is_contact: bool = False  # the one the center calls back
    group_role: str = ""  # e.g. ประธานกลุ่ม, ผู้ประสานงาน
    national_id_confirmed: bool = False  # officer read the number back (the checksum misses some errors)
    # PDPA: this representative was shown the privacy notice and acknowledged it (each one gives an ID
    # and a phone of their own, so each one acknowledges; required for every representative).
    pdpa_acknowledged: bool = False


@dataclass
class Demand:
    """One numbered demand; its number is its place in the list (1-based on paper)."""

    text: str = ""
    agency_code: str = ""  # Contact Point the demand is addressed to, when one is named


@dataclass
class TimelineEvent:
    """One thing that happened during the visit, with when it happened and who logged it."""

    kind: TimelineEventKind = TimelineEventKind.NOTE
    at: datetime | None = None
    note: str = ""
    officer: str = ""


@dataclass
class Official:
    """The official who received the petition."""

    name: str = ""
    position: str = ""


@dataclass
class Meeting:
    """A meeting arranged for the group's representatives."""

    with_whom: str = ""  # person and agency met
    at: datetime | None = None
    place: str = ""
    result: str = ""


@dataclass
class AttachmentRef:
    """A document or photo stored content-addressed; the bytes travel separately, before the record."""

    sha256: str = ""
    name: str = ""  # original file name (shown, never used as a path)
    kind: AttachmentKind = AttachmentKind.OTHER
    media_type: str = ""
    size: int = 0


@dataclass
class GroupPetitionPayload:
    """A group petition (การประสานมวลชน) as logged at the mass-coordination desk."""

    group_name: str = ""
    organisation: str = ""
    representatives: list[Representative] = field(default_factory=list)
    headcount_estimate: int = 0
    headcount_method: HeadcountMethod = HeadcountMethod.OFFICER_COUNT
    provinces: list[str] = field(default_factory=list)  # Thai province names, as app.domain.geo spells them
    arrived_at: datetime | None = None
    departed_at: datetime | None = None
    arrival_gate: str = ""
    arrival_hall: str = ""
    issue_summary: str = ""
    demands: list[Demand] = field(default_factory=list)
    agency_codes: list[str] = field(default_factory=list)  # Contact Points concerned
    received_by: Official = field(default_factory=Official)
    meetings: list[Meeting] = field(default_factory=list)
    attachments: list[AttachmentRef] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    follow_up: str = ""
    status: PetitionStatus = PetitionStatus.PRESENT
    linked_record_id: str = ""  # an earlier petition of the same group (repeat visit)

    @property
    def contact(self) -> Representative | None:
        """The representative marked as the contact, or the first one."""
        for rep in self.representatives:
            if rep.is_contact:
                return rep
        return self.representatives[0] if self.representatives else None

    def attachment_hashes(self) -> list[str]:
        """SHA-256 of every attachment, in order: what must reach the center before this record."""
        return [a.sha256 for a in self.attachments if a.sha256]


@dataclass(frozen=True)
class SummaryRow:
    """One group of the day, for the supervisor's situation summary."""

    tracking_code: str
    group_name: str
    organisation: str
    headcount: int
    provinces: tuple[str, ...]
    issue_summary: str
    demands: int
    received_by: str
    arrived_at: datetime | None
    departed_at: datetime | None
    status: PetitionStatus
    queue_state: QueueState
    central_status: str = ""


@dataclass(frozen=True)
class DailySummary:
    """The day's groups at the mass-coordination desk (Bangkok day)."""

    day: date
    station_code: str
    station_name: str
    generated_at: datetime
    rows: tuple[SummaryRow, ...]
    provinces: tuple[tuple[str, int], ...] = field(default=())  # (province, groups from it), most first

    @property
    def groups(self) -> int:
        """How many groups came."""
        return len(self.rows)

    @property
    def headcount(self) -> int:
        """Everyone who came, by the estimates."""
        return sum(r.headcount for r in self.rows)

    @property
    def present(self) -> int:
        """Groups still on site."""
        return sum(1 for r in self.rows if r.status is PetitionStatus.PRESENT)


# ---------------------------------------------------------------- JSON shape


def format_time(value: datetime | None) -> str:
    """An aware datetime as the payload keeps it (UTC, seconds); empty when unset."""
    if value is None:
        return ""
    if value.tzinfo is None:
        raise ValueError("naive datetime in a petition payload")
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_time(text: object) -> datetime | None:
    """Reads a payload time; ``None`` when empty. Accepts any RFC 3339 offset."""
    if not text:
        return None
    value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _plain(obj: Any) -> Any:
    if isinstance(obj, datetime):
        return format_time(obj)
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    return obj


def petition_to_payload(petition: GroupPetitionPayload) -> dict[str, Any]:
    """The petition as JSON-ready data: enums as values, times as UTC RFC 3339 strings."""
    data: dict[str, Any] = _plain(petition)
    return data


def _build(cls: type[T], data: dict[str, Any]) -> T:
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in known})


def _representative(data: dict[str, Any]) -> Representative:
    data = dict(data)
    address = _build(Address, data.pop("address", None) or {})
    rep = _build(Representative, data)
    rep.address = address
    rep.id_document = IdDocument(rep.id_document)
    rep.is_contact = bool(rep.is_contact)
    rep.national_id_confirmed = bool(rep.national_id_confirmed)
    return rep


def petition_from_payload(data: dict[str, Any]) -> GroupPetitionPayload:
    """Rebuilds a petition from its JSON payload, ignoring keys this version does not know."""
    nested = {
        "representatives",
        "demands",
        "received_by",
        "meetings",
        "attachments",
        "timeline",
        "arrived_at",
        "departed_at",
        "provinces",
        "agency_codes",
    }
    petition = _build(GroupPetitionPayload, {k: v for k, v in data.items() if k not in nested})
    petition.headcount_method = HeadcountMethod(petition.headcount_method)
    petition.status = PetitionStatus(petition.status)
    petition.headcount_estimate = int(petition.headcount_estimate)
    petition.arrived_at = parse_time(data.get("arrived_at"))
    petition.departed_at = parse_time(data.get("departed_at"))
    petition.provinces = [str(p) for p in data.get("provinces") or []]
    petition.agency_codes = [str(a) for a in data.get("agency_codes") or []]
    petition.representatives = [_representative(r) for r in data.get("representatives") or []]
    petition.demands = [_build(Demand, d) for d in data.get("demands") or []]
    petition.received_by = _build(Official, data.get("received_by") or {})
    meetings = []
    for m in data.get("meetings") or []:
        meeting = _build(Meeting, {k: v for k, v in m.items() if k != "at"})
        meeting.at = parse_time(m.get("at"))
        meetings.append(meeting)
    petition.meetings = meetings
    attachments = []
    for a in data.get("attachments") or []:
        ref = _build(AttachmentRef, a)
        ref.kind = AttachmentKind(ref.kind)
        ref.size = int(ref.size)
        attachments.append(ref)
    petition.attachments = attachments
    timeline = []
    for e in data.get("timeline") or []:
        event = _build(TimelineEvent, {k: v for k, v in e.items() if k != "at"})
        event.kind = TimelineEventKind(event.kind)
        event.at = parse_time(e.get("at"))
        timeline.append(event)
    petition.timeline = timeline
    return petition


# ---------------------------------------------------------------- validation


def _text(issues: list[FieldIssue], path: str, value: str, limit: int, *, required: bool) -> None:
    if required and not value.strip():
        issues.append(FieldIssue(path, IssueCode.REQUIRED))
    elif len(value) > limit:
        issues.append(FieldIssue(path, IssueCode.TOO_LONG))


def validate_petition(
    petition: GroupPetitionPayload,
    reference: ReferenceData | None = None,
    *,
    now: datetime | None = None,
) -> list[FieldIssue]:
    """Every problem with a petition, as dotted field paths and codes; empty when it may be saved.

    ``reference`` checks agency codes (skipped when ``None``); ``now`` refuses an arrival or event more
    than a few minutes in the future (skipped when ``None``). Representatives are checked by the same
    rules as a complainant (``app.domain.validation.validate_person``), each ID read back; a way to reach
    them (phone, e-mail, LINE or address) is required of the contact representative, the one the center
    calls back.
    """
    issues: list[FieldIssue] = []
    _text(issues, "group_name", petition.group_name, MAX_NAME, required=True)
    _text(issues, "organisation", petition.organisation, MAX_NAME, required=False)

    reps = petition.representatives
    if not reps:
        issues.append(FieldIssue("representatives", IssueCode.REQUIRED))
    elif len(reps) > MAX_REPRESENTATIVES:
        issues.append(FieldIssue("representatives", IssueCode.NUMBER_RANGE))
    elif sum(1 for r in reps if r.is_contact) != 1:
        # Exactly one representative is the one the center calls back.
        issues.append(FieldIssue("representatives", IssueCode.CONTACT_NEEDED))
    seen_ids: dict[str, int] = {}
    for i, rep in enumerate(reps):
        prefix = f"representatives.{i}"
        issues.extend(
            validate_person(
                rep,
                prefix,
                require_contact=rep.is_contact,
                national_id_confirmed=rep.national_id_confirmed,
                confirmed_field=f"{prefix}.national_id_confirmed",
            )
        )
        _text(issues, f"{prefix}.group_role", rep.group_role, MAX_SHORT, required=False)
        if not rep.pdpa_acknowledged:
            issues.append(FieldIssue(f"{prefix}.pdpa_acknowledged", IssueCode.PDPA_NOT_ACKNOWLEDGED))
        if rep.id_document is IdDocument.THAI_NATIONAL_ID and rep.national_id:
            if rep.national_id in seen_ids:
                issues.append(FieldIssue(f"{prefix}.national_id", IssueCode.DUPLICATE))
            seen_ids.setdefault(rep.national_id, i)

    if not 1 <= petition.headcount_estimate <= MAX_HEADCOUNT:
        issues.append(FieldIssue("headcount_estimate", IssueCode.NUMBER_RANGE))

    if not petition.provinces:
        issues.append(FieldIssue("provinces", IssueCode.REQUIRED))
    for i, code in enumerate(petition.provinces):
        if not geo.is_known_province(code):
            issues.append(FieldIssue(f"provinces.{i}", IssueCode.UNKNOWN_CODE))
        elif code in petition.provinces[:i]:
            issues.append(FieldIssue(f"provinces.{i}", IssueCode.DUPLICATE))

    arrived, departed = petition.arrived_at, petition.departed_at
    if arrived is None:
        issues.append(FieldIssue("arrived_at", IssueCode.REQUIRED))
    elif now is not None and arrived > now + FUTURE_SLACK:
        issues.append(FieldIssue("arrived_at", IssueCode.TIME_ORDER))
    if departed is not None:
        before_arrival = arrived is not None and departed < arrived
        in_future = now is not None and departed > now + FUTURE_SLACK
        if before_arrival or in_future:
            issues.append(FieldIssue("departed_at", IssueCode.TIME_ORDER))
    if petition.status is PetitionStatus.CLOSED and departed is None:
        issues.append(FieldIssue("departed_at", IssueCode.REQUIRED))
    _text(issues, "arrival_gate", petition.arrival_gate, MAX_SHORT, required=False)
    _text(issues, "arrival_hall", petition.arrival_hall, MAX_SHORT, required=False)

    _text(issues, "issue_summary", petition.issue_summary, MAX_SUMMARY, required=True)
    if not petition.demands:
        issues.append(FieldIssue("demands", IssueCode.REQUIRED))
    elif len(petition.demands) > MAX_DEMANDS:
        issues.append(FieldIssue("demands", IssueCode.NUMBER_RANGE))
    for i, demand in enumerate(petition.demands):
        _text(issues, f"demands.{i}.text", demand.text, MAX_DEMAND, required=True)
        if demand.agency_code and reference is not None and reference.agency(demand.agency_code) is None:
            issues.append(FieldIssue(f"demands.{i}.agency_code", IssueCode.UNKNOWN_CODE))

    for i, code in enumerate(petition.agency_codes):
        if reference is not None and reference.agency(code) is None:
            issues.append(FieldIssue(f"agency_codes.{i}", IssueCode.UNKNOWN_CODE))

    _text(issues, "received_by.name", petition.received_by.name, MAX_NAME, required=True)
    _text(issues, "received_by.position", petition.received_by.position, MAX_NAME, required=True)

    for i, meeting in enumerate(petition.meetings):
        _text(issues, f"meetings.{i}.with_whom", meeting.with_whom, MAX_SHORT, required=True)
        _text(issues, f"meetings.{i}.place", meeting.place, MAX_SHORT, required=False)
        _text(issues, f"meetings.{i}.result", meeting.result, MAX_NOTE, required=False)

    for i, ref in enumerate(petition.attachments):
        if not _is_sha256(ref.sha256):
            issues.append(FieldIssue(f"attachments.{i}.sha256", IssueCode.REQUIRED))
        _text(issues, f"attachments.{i}.name", ref.name, MAX_SHORT, required=False)

    for i, event in enumerate(petition.timeline):
        path = f"timeline.{i}"
        if event.at is None:
            issues.append(FieldIssue(f"{path}.at", IssueCode.REQUIRED))
        elif arrived is not None and event.at < arrived - FUTURE_SLACK:
            issues.append(FieldIssue(f"{path}.at", IssueCode.TIME_ORDER))
        _text(issues, f"{path}.note", event.note, MAX_NOTE, required=False)

    _text(issues, "follow_up", petition.follow_up, MAX_SUMMARY, required=False)
    return issues


def _is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


# ---------------------------------------------------------------- helpers used by services and paper


def reorder(items: Sequence[T], old_index: int, new_index: int) -> list[T]:
    """A copy of ``items`` with one element moved from ``old_index`` to ``new_index`` (demands, people)."""
    out = list(items)
    if not (0 <= old_index < len(out) and 0 <= new_index < len(out)):
        raise IndexError("reorder index out of range")
    out.insert(new_index, out.pop(old_index))
    return out


def petition_title(petition: GroupPetitionPayload) -> str:
    """The line shown in lists and on paper: group name, with the organisation when there is one."""
    if petition.organisation.strip():
        return f"{petition.group_name} ({petition.organisation})"
    return petition.group_name


def national_ids(petition: GroupPetitionPayload) -> list[str]:
    """National IDs of the representatives (Thai ID holders only), for repeat-group matching."""
    return [
        r.national_id
        for r in petition.representatives
        if r.id_document is IdDocument.THAI_NATIONAL_ID and r.national_id
    ]


def normalize_group_name(name: str) -> str:
    """A group name reduced for matching repeat visits: case, spaces, punctuation and leading words that
    only say what kind of group it is (กลุ่ม, เครือข่าย, ชมรม, สมาคม, สหพันธ์) are ignored."""
    import unicodedata

    text = unicodedata.normalize("NFC", name).casefold()
    text = "".join(ch for ch in text if not ch.isspace() and ch not in ".,-()\"'")
    stripped = True
    while stripped:
        stripped = False
        for prefix in _GROUP_WORDS:
            if text.startswith(prefix) and len(text) > len(prefix):
                text = text[len(prefix) :]
                stripped = True
    return text


_GROUP_WORDS = ("กลุ่ม", "เครือข่าย", "ชมรม", "สมาคม", "สหพันธ์")


def unique(values: Iterable[str]) -> list[str]:
    """Values without repeats, first occurrence kept."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out
