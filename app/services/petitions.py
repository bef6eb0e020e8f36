"""Group petitions at the mass-coordination desk: log, amend, live timeline, repeat groups, day summary.

A petition is a record of kind ``group_petition`` in the same tables as a complaint, written through the
shared core (``app.services.recording``): every save is a new version with its canonical JSON and SHA-256,
one pending outbox item and one audit event, in one transaction. Nothing is ever rewritten: a timeline
event or the closing of the visit is the next version of the record, so the version the center already
holds stays as it was (docs/ARCHITECTURE.md, Group petitions).

Attachments (petition letters, signature sheets, photos) are stored content-addressed and encrypted before
the record names them; ``insert_new_*`` links them to the version, and the outbox pump sends them to the
center before the record (``sync.protocol.payload_attachments`` reads the petition's attachment objects).
"""

from __future__ import annotations

import mimetypes
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import BANGKOK
from app.domain.contact import normalize_phone
from app.domain.issues import FieldIssue, IssueCode
from app.domain.masking import mask_name
from app.domain.national_id import mask_national_id, normalize_national_id
from app.domain.petition import (
    REPEAT_WINDOW,
    AttachmentKind,
    AttachmentRef,
    DailySummary,
    GroupPetitionPayload,
    PetitionStatus,
    SummaryRow,
    TimelineEvent,
    TimelineEventKind,
    normalize_group_name,
    petition_from_payload,
    petition_to_payload,
    validate_petition,
)
from app.domain.petition import (
    national_ids as representative_ids,
)
from app.domain.records import QueueState, RecordKind
from app.domain.roles import Permission
from app.domain.validation import amendment_reason
from app.services.access import require
from app.services.base import ServiceBase
from app.services.lifecycle import remove_scanned_original
from app.services.recording import HeadFields, insert_new_record, insert_new_version, store_attachment
from app.services.types import CurrentUser, KnownError, SaveResult, ValidationFailed
from app.storage.files import write_private
from app.storage.models import OutboxItem, Record, RecordVersion, Station
from app.storage.sealing import is_erased, open_payload_in

SUBJECT_MAX = 500
REPEATS_LIMIT = 20

# Reasons written into the version history for versions the officer did not type a reason for.
EVENT_REASON = "timeline:{kind}"
CLOSE_REASON = "visit closed"


class AttachmentTooLarge(KnownError):
    """A file over the configured limit (``max_attachment_mb``); nothing was stored."""

    def __init__(self, name: str, size: int, limit: int) -> None:
        super().__init__("attachment_too_large", f"{size} bytes > {limit}")
        self.name = name
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class PetitionRecord:
    """One petition as the page, the receipt and the PDF read it: envelope, latest payload, queue state."""

    record_id: str
    version: int
    tracking_code: str
    access_token: str
    station_code: str
    station_name: str
    officer: str
    created_at: datetime
    promised_by: datetime | None
    petition: GroupPetitionPayload
    sha256: str
    queue_state: QueueState
    central_ref: str = ""
    central_status: str = ""
    receipt_printed: bool = False
    history: tuple[tuple[int, datetime, str, str], ...] = ()  # (version, at, officer, reason), newest first


@dataclass(frozen=True)
class RepeatGroup:
    """An earlier petition of what looks like the same group (name or a representative's national ID)."""

    record_id: str
    tracking_code: str
    group_name: str
    created_at: datetime
    reason: str  # "name" | "national_id"
    masked_national_id: str = ""


def petition_head(p: GroupPetitionPayload) -> HeadFields:
    """The list/search summary of a petition: group, representatives, IDs, phones, issue and demands."""
    parts: list[str] = [p.group_name, p.organisation, p.issue_summary]
    for rep in p.representatives:
        parts += [
            normalize_national_id(rep.national_id) if rep.national_id.strip() else "",
            normalize_phone(rep.phone) if rep.phone.strip() else "",
            f"{rep.title}{rep.given_name} {rep.family_name}",
        ]
    parts += [d.text for d in p.demands]
    parts += p.provinces
    contact = p.contact
    nid = normalize_national_id(contact.national_id) if contact and contact.national_id.strip() else ""
    phone = normalize_phone(contact.phone) if contact and contact.phone.strip() else ""
    contact_name = mask_name(contact.given_name, contact.family_name) if contact else ""
    display = f"{p.group_name} ({contact_name})" if contact_name else p.group_name
    subject = " ".join(p.issue_summary.split())
    return HeadFields(
        search_parts=parts,
        display_name_masked=display[:200],
        anonymous=False,
        subject=subject[:SUBJECT_MAX],
        national_id=nid,
        phone=phone,
        linked_record_id=p.linked_record_id.strip(),
    )


class PetitionService(ServiceBase):
    """Logs and amends group petitions and their timelines; finds repeat groups; sums up the day."""

    # ------------------------------------------------------------------ validation and writes
    def validate(self, payload: GroupPetitionPayload) -> list[FieldIssue]:
        """Every issue with the petition (empty: may be saved)."""
        return validate_petition(payload, self._ctx.reference, now=self._ctx.clock())

    def register(self, user: CurrentUser, payload: GroupPetitionPayload) -> SaveResult:
        """Saves a new petition; the arrival becomes the first timeline event when none was logged."""
        self._require(user, Permission.LOG_PETITION)
        issues = self.validate(payload)
        if issues:
            raise ValidationFailed(issues)
        petition = _copy(payload)
        if petition.arrived_at is not None and not any(
            e.kind is TimelineEventKind.ARRIVED for e in petition.timeline
        ):
            petition.timeline.insert(
                0, TimelineEvent(TimelineEventKind.ARRIVED, petition.arrived_at, "", user.display_name)
            )
        if petition.departed_at is not None:
            _ensure_departure_event(petition, petition.departed_at, user)
            petition.status = PetitionStatus.CLOSED
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            return insert_new_record(
                session,
                self._audit,
                user,
                RecordKind.GROUP_PETITION,
                petition_to_payload(petition),
                petition_head(petition),
                now,
                self._ctx.calendar.promised_by(now),
                attachments=petition.attachment_hashes(),
            )

    def amend(
        self,
        user: CurrentUser,
        record_id: str,
        payload: GroupPetitionPayload,
        reason: str,
        expected_version: int | None = None,
    ) -> SaveResult:
        """Saves a corrected petition as the next version; the reason is required and kept.

        The timeline is not the form's to change: it is taken from the latest saved version, so an event
        logged while the officer was editing is never lost. With ``expected_version`` a petition changed by
        someone else meanwhile is refused (``stale_version``) instead of overwritten.
        """
        self._require(user, Permission.AMEND_PETITION)
        issues = self.validate(payload)
        reason = amendment_reason(issues, reason)
        if issues:
            raise ValidationFailed(issues)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            record, saved = self._latest(session, record_id)
            if expected_version is not None and record.current_version != expected_version:
                raise KnownError("stale_version", f"{expected_version} != {record.current_version}")
            petition = _copy(payload)
            petition.timeline = list(saved.timeline)
            if petition.departed_at is not None:
                _ensure_departure_event(petition, petition.departed_at, user)
                petition.status = PetitionStatus.CLOSED
            else:
                # No departure time: the group is (again) on site; a wrongly logged departure goes.
                petition.status = PetitionStatus.PRESENT
                petition.timeline = [e for e in petition.timeline if e.kind is not TimelineEventKind.DEPARTED]
            issues = self.validate(petition)
            if issues:
                raise ValidationFailed(issues)
            return self._save_version(session, user, record, petition, reason, now)

    def _save_version(  # noqa: PLR0917 - the one place a petition becomes its record's next version
        self,
        session: Session,
        user: CurrentUser,
        record: Record,
        petition: GroupPetitionPayload,
        reason: str,
        now: datetime,
    ) -> SaveResult:
        """Writes ``petition`` as the next version of ``record`` (with its outbox item and audit event)."""
        return insert_new_version(
            session,
            self._audit,
            user,
            record,
            petition_to_payload(petition),
            petition_head(petition),
            reason,
            now,
            attachments=petition.attachment_hashes(),
        )

    def log_event(
        self,
        user: CurrentUser,
        record_id: str,
        event_kind: TimelineEventKind | str,
        note: str = "",
        at: datetime | None = None,
    ) -> SaveResult:
        """Appends one timeline event (now, unless ``at`` is given) as the next version of the record.

        ``departed`` closes the visit (as :meth:`close_visit`). A closed visit takes no more events
        (``visit_closed``); "met with" and "moved to" need a note.
        """
        self._require(user, Permission.LOG_PETITION)
        kind = TimelineEventKind(event_kind)
        when = at or self._ctx.clock()
        if kind is TimelineEventKind.DEPARTED:
            return self.close_visit(user, record_id, when)
        note = " ".join(note.split())
        if (
            kind in (TimelineEventKind.MET_WITH, TimelineEventKind.MOVED_TO, TimelineEventKind.NOTE)
            and not note
        ):
            raise ValidationFailed([FieldIssue("timeline.note", IssueCode.REQUIRED)])
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            record, petition = self._latest(session, record_id)
            if petition.status is PetitionStatus.CLOSED:
                raise KnownError("visit_closed")
            petition.timeline.append(TimelineEvent(kind, when, note, user.display_name))
            issues = validate_petition(petition, None, now=now)
            if issues:
                raise ValidationFailed(issues)
            return self._save_version(
                session, user, record, petition, EVENT_REASON.format(kind=kind.value), now
            )

    def close_visit(self, user: CurrentUser, record_id: str, departed_at: datetime) -> SaveResult:
        """Records the departure time, which closes the visit, as the next version of the record."""
        self._require(user, Permission.LOG_PETITION)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            record, petition = self._latest(session, record_id)
            if petition.status is PetitionStatus.CLOSED:
                raise KnownError("visit_closed")
            petition.departed_at = departed_at
            petition.status = PetitionStatus.CLOSED
            _ensure_departure_event(petition, departed_at, user)
            issues = [i for i in validate_petition(petition, None, now=now) if i.field == "departed_at"]
            if issues:
                raise ValidationFailed(issues)
            return self._save_version(session, user, record, petition, CLOSE_REASON, now)

    # ------------------------------------------------------------------ attachments
    @property
    def max_attachment_bytes(self) -> int:
        """The largest file accepted (``max_attachment_mb`` in the settings)."""
        return int(self._ctx.settings.max_attachment_mb) * 1024 * 1024

    def attach(self, user: CurrentUser, content: Path | bytes, name: str = "", media_type: str = "") -> str:
        """Stores a document or photo (encrypted, content-addressed) and returns its SHA-256.

        A file over the size limit raises :class:`AttachmentTooLarge` before it is read whole.
        """
        return self.store_document(user, content, name, media_type).sha256

    def store_document(
        self,
        user: CurrentUser,
        content: Path | bytes,
        name: str = "",
        media_type: str = "",
        kind: AttachmentKind | None = None,
    ) -> AttachmentRef:
        """Stores a file like :meth:`attach` and returns the reference a petition keeps. A file in the
        scanner folder is removed once stored (``remove_scanned_original``)."""
        require(
            self._ctx,
            self._audit,
            user,
            Permission.LOG_PETITION,
            Permission.AMEND_PETITION,
            action="store_document",
        )
        limit = self.max_attachment_bytes
        if isinstance(content, Path):
            name = name or content.name
            size = content.stat().st_size
            if size > limit:
                raise AttachmentTooLarge(name, size, limit)
            data = content.read_bytes()
        else:
            data = bytes(content)
        if len(data) > limit:
            raise AttachmentTooLarge(name, len(data), limit)
        name = Path(name).name[:255] or "file"
        media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        sha = store_attachment(self._ctx, self._audit, user, data, media_type, name)
        if isinstance(content, Path):
            remove_scanned_original(content, self._ctx.settings.scanner_folder)
        if kind is None:
            kind = AttachmentKind.PHOTO if media_type.startswith("image/") else AttachmentKind.PETITION_LETTER
        return AttachmentRef(sha256=sha, name=name, kind=kind, media_type=media_type, size=len(data))

    def attachment_content(self, user: CurrentUser, sha256: str) -> bytes:
        """The plain bytes of a stored attachment (thumbnails, viewing)."""
        self._require(user, Permission.READ_RECORDS)
        return self._ctx.attachments.get(sha256)

    # ------------------------------------------------------------------ reads
    def load(self, record_id: str) -> PetitionRecord:
        """The latest version of a petition with its envelope and queue state."""
        with self._ctx.db.read_session() as session:
            record, petition = self._latest(session, record_id)
            return self._record_view(session, record, petition)

    def list_day(self, day: date) -> list[PetitionRecord]:
        """The petitions registered on a Bangkok day, in order of arrival at the desk."""
        start, end = _day_bounds(day)
        with self._ctx.db.read_session() as session:
            records = session.scalars(
                select(Record)
                .where(
                    Record.kind == RecordKind.GROUP_PETITION.value,
                    Record.created_at >= start,
                    Record.created_at < end,
                    Record.voided.is_(False),
                )
                .order_by(Record.rowid)
            ).all()
            out = []
            for record in records:
                _, petition = self._latest(session, record.id, record)
                out.append(self._record_view(session, record, petition, with_history=False))
            return out

    def find_repeat_groups(
        self, group_name: str = "", national_ids: Iterable[str] = (), exclude_record_id: str = ""
    ) -> list[RepeatGroup]:
        """Petitions of the last 90 days whose group name or a representative's national ID matches,
        newest first. Names match when equal once case, spaces and a leading กลุ่ม/เครือข่าย/ชมรม/สมาคม are
        ignored."""
        wanted_name = normalize_group_name(group_name) if group_name.strip() else ""
        wanted_ids = {normalize_national_id(n) for n in national_ids if n.strip()}
        if not wanted_name and not wanted_ids:
            return []
        since = self._ctx.clock() - REPEAT_WINDOW
        found: list[RepeatGroup] = []
        with self._ctx.db.read_session() as session:
            rows = session.execute(
                select(Record, RecordVersion.payload_json)
                .join(
                    RecordVersion,
                    (RecordVersion.record_id == Record.id)
                    & (RecordVersion.version == Record.current_version),
                )
                .where(
                    Record.kind == RecordKind.GROUP_PETITION.value,
                    Record.created_at >= since,
                    Record.voided.is_(False),
                )
                .order_by(Record.rowid.desc())
            ).all()
            for record, body in rows:
                if record.id == exclude_record_id:
                    continue
                data = open_payload_in(session, record.id, body)
                if is_erased(data):
                    continue  # a shredded record is nobody's repeat visit any more
                petition = petition_from_payload(data)
                reason, masked = "", ""
                if wanted_name and normalize_group_name(petition.group_name) == wanted_name:
                    reason = "name"
                else:
                    shared = wanted_ids.intersection(representative_ids(petition))
                    if shared:
                        reason = "national_id"
                        masked = mask_national_id(sorted(shared)[0])
                if reason:
                    found.append(
                        RepeatGroup(
                            record.id,
                            record.tracking_code,
                            petition.group_name,
                            record.created_at,
                            reason,
                            masked,
                        )
                    )
                if len(found) >= REPEATS_LIMIT:
                    break
        return found

    def daily_summary(self, day: date) -> DailySummary:
        """The situation summary of a Bangkok day: each group, headcount, provinces, issue, who received
        it, whether it is still on site, and its sync state."""
        records = self.list_day(day)
        with self._ctx.db.read_session() as session:
            station = session.scalars(select(Station)).first()
        rows = []
        provinces: Counter[str] = Counter()
        for rec in records:
            p = rec.petition
            provinces.update(dict.fromkeys(p.provinces, 1))
            rows.append(
                SummaryRow(
                    tracking_code=rec.tracking_code,
                    group_name=p.group_name,
                    organisation=p.organisation,
                    headcount=p.headcount_estimate,
                    provinces=tuple(p.provinces),
                    issue_summary=p.issue_summary,
                    demands=len(p.demands),
                    received_by=p.received_by.name,
                    arrived_at=p.arrived_at,
                    departed_at=p.departed_at,
                    status=p.status,
                    queue_state=rec.queue_state,
                    central_status=rec.central_status,
                )
            )
        ordered = tuple(sorted(provinces.items(), key=lambda kv: (-kv[1], kv[0])))
        return DailySummary(
            day=day,
            station_code=station.code if station else "",
            station_name=station.name if station else "",
            generated_at=self._ctx.clock(),
            rows=tuple(rows),
            provinces=ordered,
        )

    # ------------------------------------------------------------------ papers
    def record_pdf(self, record_id: str) -> bytes:
        """The A4 petition record of the latest version (signature lines for official and representative)."""
        from app.domain.tracking import format_tracking_code
        from app.services.receipts import tracking_url
        from printing.pdf_petitions import PetitionPaper, petition_record_pdf

        record = self.load(record_id)
        paper = PetitionPaper(
            tracking_code=format_tracking_code(record.tracking_code),
            version=record.version,
            created_at=record.created_at,
            printed_at=self._ctx.clock(),
            station=f"{record.station_code} {record.station_name}".strip(),
            officer=record.officer,
            petition=record.petition,
            tracking_url=tracking_url(
                self._ctx.settings.tracking_base_url, record.tracking_code, record.access_token
            ),
            agency_names={a.code: a.name_th for a in self._ctx.reference.agencies},
        )
        return petition_record_pdf(paper)

    def write_record_pdf(self, user: CurrentUser, record_id: str, target: Path) -> Path:
        """Writes :meth:`record_pdf` to ``target`` (atomically, 0600) and returns the path; a print of
        personal data, so checked and audited (``record.paper``)."""
        self._require(user, Permission.READ_RECORDS)
        path = _write_file(target, self.record_pdf(record_id))
        with self._ctx.db.session() as session:
            self._audit.append(session, user.username, "record.paper", record_id, {}, self._ctx.clock())
        return path

    def daily_summary_pdf(self, user: CurrentUser, day: date) -> bytes:
        """The day's situation summary as a landscape A4 PDF (supervisors: ``reports``)."""
        from printing.pdf_petitions import daily_summary_pdf

        self._require(user, Permission.REPORTS)
        return daily_summary_pdf(self.daily_summary(day))

    def write_daily_summary_pdf(self, user: CurrentUser, day: date, target: Path) -> Path:
        """Writes :meth:`daily_summary_pdf` to ``target`` (atomically) and returns the path."""
        return _write_file(target, self.daily_summary_pdf(user, day))

    # ------------------------------------------------------------------ internals
    def _require(self, user: CurrentUser, permission: Permission) -> None:
        require(self._ctx, self._audit, user, permission, action=f"petitions.{permission.value}")

    def _latest(
        self, session: Session, record_id: str, record: Record | None = None
    ) -> tuple[Record, GroupPetitionPayload]:
        if record is None:
            record = session.scalars(select(Record).where(Record.id == record_id)).first()
        if record is None:
            raise KnownError("record_not_found")
        if record.kind != RecordKind.GROUP_PETITION.value:
            raise KnownError("wrong_record_kind", record.kind)
        version = session.get(RecordVersion, (record.id, record.current_version))
        if version is None:  # pragma: no cover - a head always has its current version
            raise KnownError("record_not_found", "current version missing")
        data = open_payload_in(session, record.id, version.payload_json)
        if is_erased(data):
            raise KnownError("record_erased", record.id)
        return record, petition_from_payload(data)

    def _record_view(
        self, session: Session, record: Record, petition: GroupPetitionPayload, *, with_history: bool = True
    ) -> PetitionRecord:
        item = session.scalars(
            select(OutboxItem).where(
                OutboxItem.record_id == record.id, OutboxItem.version == record.current_version
            )
        ).first()
        version = session.get(RecordVersion, (record.id, record.current_version))
        station = session.get(Station, record.station_code)
        history: tuple[tuple[int, datetime, str, str], ...] = ()
        if with_history:
            versions = session.scalars(
                select(RecordVersion)
                .where(RecordVersion.record_id == record.id)
                .order_by(RecordVersion.version.desc())
            ).all()
            history = tuple((v.version, v.created_at, v.officer, v.reason) for v in versions)
        return PetitionRecord(
            record_id=record.id,
            version=record.current_version,
            tracking_code=record.tracking_code,
            access_token=record.access_token,
            station_code=record.station_code,
            station_name=station.name if station else "",
            officer=record.officer,
            created_at=record.created_at,
            promised_by=record.promised_by,
            petition=petition,
            sha256=version.sha256 if version else "",
            queue_state=QueueState(item.state) if item else QueueState.PENDING,
            central_ref=record.central_ref,
            central_status=record.central_status,
            receipt_printed=record.receipt_printed_at is not None,
            history=history,
        )


def _write_file(target: Path, data: bytes) -> Path:
    return write_private(target, data)  # names, phones and the access token: owner-only (0600)


def _copy(payload: GroupPetitionPayload) -> GroupPetitionPayload:
    # A deep copy through the JSON shape: the caller's object (often the form's) is never changed.
    return petition_from_payload(petition_to_payload(payload))


def _ensure_departure_event(petition: GroupPetitionPayload, departed_at: datetime, user: CurrentUser) -> None:
    """One ``departed`` event at the departure time (replacing an earlier one when the time is corrected)."""
    kept = [e for e in petition.timeline if e.kind is not TimelineEventKind.DEPARTED]
    kept.append(TimelineEvent(TimelineEventKind.DEPARTED, departed_at, "", user.display_name))
    petition.timeline = kept


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), tzinfo=BANGKOK)
    return start, start + timedelta(days=1)
