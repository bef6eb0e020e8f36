"""Walk-in complaints: validate, register, amend, find earlier visits (docs/ARCHITECTURE.md, Module map).

``register`` writes, in one transaction, the record head, version 1, its FTS row, one pending outbox item
and one audit event, with a tracking code from the station's daily sequence taken inside that
transaction. An invalid payload raises ``ValidationFailed`` and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import or_, select

from app.domain.contact import normalize_phone
from app.domain.issues import FieldIssue
from app.domain.masking import shown_person
from app.domain.national_id import normalize_national_id, normalize_passport
from app.domain.records import (
    ComplaintPayload,
    IdentityMode,
    Person,
    RecordKind,
    complaint_from_payload,
    to_payload,
)
from app.domain.roles import Permission
from app.domain.validation import amendment_reason, validate_complaint
from app.services.access import require
from app.services.base import ServiceBase
from app.services.recording import HeadFields, insert_new_record, insert_new_version, store_attachment
from app.services.records import detail_for, rows_for
from app.services.types import (
    CurrentUser,
    KnownError,
    RecordRow,
    SaveResult,
    ValidationFailed,
)
from app.storage.models import Record

REPEATS_LIMIT = 20


def complaint_head(p: ComplaintPayload) -> HeadFields:
    """The list/search summary of a complaint: searchable text, masked name, repeat-visit keys."""
    person = p.complainant
    anonymous = p.identity_mode is IdentityMode.ANONYMOUS
    if anonymous:
        parts = [p.subject, p.description]
        name = ""
        nid = phone = ""
    else:
        nid = normalize_national_id(person.national_id) if person.national_id.strip() else ""
        phone = normalize_phone(person.phone) if person.phone.strip() else ""
        passport = normalize_passport(person.passport_no) if person.passport_no.strip() else ""
        parts = [
            nid,
            passport,
            phone,
            f"{person.title}{person.given_name} {person.family_name}",
            person.email,
            person.line_id,
            p.subject,
            p.description,
        ]
        name = shown_person(p.identity_mode, person).list_name
    return HeadFields(
        search_parts=parts,
        display_name_masked=name,
        anonymous=anonymous,
        subject=p.subject.strip(),
        national_id=nid,
        phone=phone,
        linked_record_id=p.linked_record_id.strip(),
    )


class ComplaintService(ServiceBase):
    """Registers and amends walk-in complaints."""

    def validate(self, payload: ComplaintPayload) -> list[FieldIssue]:
        """Every issue with the payload, in form order (empty: may be saved)."""
        return validate_complaint(payload, self._ctx.reference)

    def register(self, user: CurrentUser, payload: ComplaintPayload) -> SaveResult:
        """Saves a new complaint; returns its tracking code, access token and promised date."""
        require(self._ctx, self._audit, user, Permission.REGISTER_COMPLAINT, action="register")
        issues = self.validate(payload)
        if issues:
            raise ValidationFailed(issues)
        head = complaint_head(payload)
        now = self._ctx.clock()
        promised = self._ctx.calendar.promised_by(now)
        return insert_new_record(
            self._ctx.db,
            self._audit,
            user,
            RecordKind.COMPLAINT,
            payload,  # canonical JSON of the dataclass = of to_payload(payload), without the copy
            head,
            now,
            promised,
            attachments=payload.attachments,
        )

    def amend(self, user: CurrentUser, record_id: str, payload: ComplaintPayload, reason: str) -> SaveResult:
        """Saves a corrected complaint as the next version; the reason is required and kept."""
        require(self._ctx, self._audit, user, Permission.AMEND_COMPLAINT, action="amend")
        issues = self.validate(payload)
        reason = amendment_reason(issues, reason)
        if issues:
            raise ValidationFailed(issues)
        data = to_payload(payload)
        head = complaint_head(payload)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            record = session.scalars(select(Record).where(Record.id == record_id)).first()
            if record is None:
                raise KnownError("record_not_found")
            if record.kind != RecordKind.COMPLAINT.value:
                raise KnownError("wrong_record_kind", record.kind)
            return insert_new_version(
                session, self._audit, user, record, data, head, reason, now, attachments=payload.attachments
            )

    def find_repeats(
        self, national_id: str = "", phone: str = "", exclude_record_id: str = ""
    ) -> list[RecordRow]:
        """Earlier complaints by the same national ID or phone, newest first (a repeat visit)."""
        nid = normalize_national_id(national_id) if national_id.strip() else ""
        tel = normalize_phone(phone) if phone.strip() else ""
        conds = []
        if nid:
            conds.append(Record.national_id == nid)
        if tel:
            conds.append(Record.phone == tel)
        if not conds:
            return []
        stmt = select(Record.rowid).where(or_(*conds)).order_by(Record.rowid.desc()).limit(REPEATS_LIMIT)
        if exclude_record_id:
            stmt = stmt.where(Record.id != exclude_record_id)
        with self._ctx.db.read_session() as session:
            rowids = list(session.scalars(stmt))
            return rows_for(session, rowids)

    def earlier_contact(self, user: CurrentUser, record_id: str) -> Person:
        """The complainant of an earlier complaint this visit is linked to, for the officer to reuse: title,
        name, phone, e-mail, LINE and address (not the ID, which the citizen shows again). Empty for an
        anonymous one. Checked
        and audited as ``record.prefill``."""
        require(self._ctx, self._audit, user, Permission.REGISTER_COMPLAINT, action="record.prefill")
        with self._ctx.db.read_session() as session:
            rec = session.scalars(select(Record).where(Record.id == record_id)).first()
            if rec is None:
                raise KnownError("record_not_found")
            if rec.kind != RecordKind.COMPLAINT.value:
                raise KnownError("wrong_record_kind", rec.kind)
            detail = detail_for(session, rec)
        earlier = complaint_from_payload(detail.payload)
        with self._ctx.db.session() as session:
            self._audit.append(
                session,
                user.username,
                "record.prefill",
                record_id,
                {"tracking_code": detail.tracking_code},
                self._ctx.clock(),
            )
        if earlier.identity_mode is IdentityMode.ANONYMOUS:
            return Person()
        p = earlier.complainant
        return Person(
            title=p.title,
            given_name=p.given_name,
            family_name=p.family_name,
            phone=p.phone,
            email=p.email,
            line_id=p.line_id,
            address=p.address,
        )

    def store_attachment(
        self, user: CurrentUser, content: bytes | Path, media_type: str, original_name: str = ""
    ) -> str:
        """Stores a scanned document (encrypted) and returns its SHA-256 for ``payload.attachments``."""
        require(
            self._ctx,
            self._audit,
            user,
            Permission.REGISTER_COMPLAINT,
            Permission.LOG_PETITION,
            action="store_attachment",
        )
        data = content.read_bytes() if isinstance(content, Path) else bytes(content)
        if len(data) > self._ctx.settings.max_attachment_mb * 1024 * 1024:
            raise KnownError("attachment_too_large", f"{len(data)} bytes")
        media_type = media_type or "application/octet-stream"
        name = Path(original_name).name[:255]
        return store_attachment(self._ctx, self._audit, user, data, media_type, name)
