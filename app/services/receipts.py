"""Receipts from records: what a receipt shows, chosen and masked here, laid out by ``printing.receipt``.

The receipt never carries more than the citizen needs: the national ID masked, the subject shortened, a
confidential complainant's name as initials, nothing at all for an anonymous one. The QR holds the public
tracking address with the access token (docs/ARCHITECTURE.md, Identifiers), which the paper also prints,
grouped, for typing.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.domain.clock import BANGKOK
from app.domain.geo import area_label_th, is_bangkok_address
from app.domain.labels import th
from app.domain.masking import shown_person
from app.domain.national_id import mask_national_id
from app.domain.petition import petition_from_payload
from app.domain.records import (
    Address,
    IdDocument,
    QueueState,
    RecordKind,
    complaint_from_payload,
)
from app.domain.roles import Permission
from app.domain.text import shorten
from app.domain.tracking import format_access_token, format_tracking_code, normalize_access_token
from app.services.access import require
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.records import detail_for
from app.services.types import CurrentUser, KnownError, RecordDetail
from app.storage.models import OutboxItem, Record, Station, User
from app.storage.sealing import is_erased
from printing.documents import (
    AcknowledgementData,
    DailyRegisterData,
    RegisterRow,
    acknowledgement_letter,
    daily_register,
)
from printing.receipt import ReceiptCopy, ReceiptData, ReceiptDocument, build_receipt_document


def tracking_url(base_url: str, tracking_code: str, access_token: str) -> str:
    """``{base}{code}?t={token}``: the public tracking address in the QR code (docs/ARCHITECTURE.md,
    Identifiers)."""
    return f"{base_url}{tracking_code}?t={normalize_access_token(access_token)}"


LETTER_DESCRIPTION_MAX = 400
"""Longest description excerpt in the acknowledgement letter; the record keeps the whole text."""


def format_address(address: Address) -> str:
    """A Thai postal address on one line (empty parts left out; แขวง/เขต in Bangkok, ตำบล/อำเภอ elsewhere)."""
    parts = [
        address.house_no,
        f"หมู่ {address.moo}" if address.moo else "",
        address.village,
        f"ซอย{address.soi}" if address.soi else "",
        f"ถนน{address.road}" if address.road else "",
        area_label_th(
            address.subdistrict,
            address.district,
            address.province,
            address.postcode,
            bangkok=is_bangkok_address(address.province, address.subdistrict_code),
        ),
    ]
    return " ".join(p.strip() for p in parts if p.strip())


class ReceiptService:
    """Builds receipt data and documents for stored records."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._audit = AuditLog(ctx.db.key)

    def _load(self, record_id: str) -> tuple[RecordDetail, str, str]:
        with self._ctx.db.read_session() as session:
            rec = session.scalars(select(Record).where(Record.id == record_id)).first()
            if rec is None:
                raise KnownError("record_not_found")
            detail = detail_for(session, rec)
            if is_erased(detail.payload):
                raise KnownError("record_erased", record_id)  # a tombstone prints nothing
            user = session.scalars(select(User).where(User.username == detail.officer)).first()
            station = session.scalars(select(Station).where(Station.code == detail.station_code)).first()
            officer = user.display_name if user is not None else detail.officer
            station_label = (
                f"{detail.station_code} {station.name}".strip() if station else detail.station_code
            )
        return detail, officer, station_label

    def data_for(
        self,
        record_id: str,
        copy: ReceiptCopy | str = ReceiptCopy.CITIZEN,
        reprint: bool = False,
        reprinted_at: datetime | None = None,
    ) -> ReceiptData:
        """What the receipt of a record shows (``KnownError("record_not_found")`` for an unknown id).

        ``reprinted_at`` defaults to now (the injected clock) on reprints.
        """
        detail, officer, station = self._load(record_id)
        copy = ReceiptCopy(copy)
        common: dict[str, Any] = {
            "tracking_code": format_tracking_code(detail.tracking_code),
            "tracking_url": tracking_url(
                self._ctx.settings.tracking_base_url, detail.tracking_code, detail.access_token
            ),
            "access_token": format_access_token(detail.access_token),
            "created_at": detail.created_at,
            "promised_by": detail.promised_by,
            "officer": officer,
            "station": station,
            "copy": copy,
            "reprint": reprint,
            "reprinted_at": (reprinted_at or self._ctx.clock()) if reprint else None,
        }
        if detail.kind is RecordKind.COMPLAINT:
            return _complaint_data(detail, common)
        if detail.kind is RecordKind.GROUP_PETITION:
            return _petition_data(detail, common)
        return ReceiptData(kind_label="ใบรับเรื่อง", **common)

    def document(
        self, record_id: str, copy: ReceiptCopy | str = ReceiptCopy.CITIZEN, reprint: bool = False
    ) -> ReceiptDocument:
        """The laid-out receipt of a record, for the preview and the printer."""
        return build_receipt_document(self.data_for(record_id, copy, reprint))

    def acknowledgement_data(self, record_id: str, reprint: bool = False) -> AcknowledgementData:
        """What the A4 acknowledgement letter of a complaint says (``KnownError("wrong_record_kind")``
        for other records)."""
        detail, officer, station = self._load(record_id)
        if detail.kind is not RecordKind.COMPLAINT:
            raise KnownError("wrong_record_kind", detail.kind.value)
        complaint = complaint_from_payload(detail.payload)
        shown = shown_person(complaint.identity_mode, complaint.complainant)
        agency_code = complaint.responsible_agency_code or complaint.agency_complained_code
        agency = self._ctx.reference.agency(agency_code) if agency_code else None
        return AcknowledgementData(
            tracking_code=format_tracking_code(detail.tracking_code),
            access_token=format_access_token(detail.access_token),
            tracking_url=tracking_url(
                self._ctx.settings.tracking_base_url, detail.tracking_code, detail.access_token
            ),
            created_at=detail.created_at,
            complaint_type=th(complaint.complaint_type),
            subject=complaint.subject,
            name=shown.name,
            anonymous=shown.anonymous,
            # A whistle-blower's letter may be seen by others: no address, as on the receipt.
            address=format_address(complaint.complainant.address) if shown.show_contact else "",
            description=shorten(" ".join(complaint.description.split()), LETTER_DESCRIPTION_MAX),
            requested_action=complaint.requested_action,
            agency=agency.name_th if agency is not None else "",
            documents_count=complaint.documents_count,
            promised_by=detail.promised_by,
            officer=officer,
            station=station,
            reprint=reprint,
        )

    def acknowledgement_pdf(self, record_id: str, reprint: bool = False) -> bytes:
        """The acknowledgement letter (ใบรับเรื่องราวร้องทุกข์) of a complaint as PDF bytes."""
        return acknowledgement_letter(self.acknowledgement_data(record_id, reprint))

    def register_data(self, user: CurrentUser, day: date) -> DailyRegisterData:
        """Every record created on a Bangkok calendar day, oldest first (supervisors: ``REPORTS``)."""
        require(self._ctx, self._audit, user, Permission.REPORTS, action="register_data")
        start = datetime.combine(day, time(0, 0), tzinfo=BANGKOK)
        end = start + timedelta(days=1)
        stmt = (
            select(Record, OutboxItem.state, User.display_name)
            .outerjoin(
                OutboxItem,
                (OutboxItem.record_id == Record.id) & (OutboxItem.version == Record.current_version),
            )
            .outerjoin(User, User.username == Record.officer)
            .where(Record.created_at >= start, Record.created_at < end)
            .order_by(Record.created_at, Record.rowid)
        )
        with self._ctx.db.read_session() as session:
            rows = [
                RegisterRow(
                    created_at=rec.created_at,
                    tracking_code=format_tracking_code(rec.tracking_code),
                    kind=th(RecordKind(rec.kind)),
                    name="" if rec.anonymous else rec.display_name_masked,
                    subject=shorten(rec.subject, 160),
                    officer=officer or rec.officer,
                    queue_state=QueueState(state) if state else QueueState.ACKED,
                    receipt_printed=rec.receipt_printed_at is not None,
                )
                for rec, state, officer in session.execute(stmt)
            ]
            station = session.scalars(select(Station)).first()
        label = f"{station.code} {station.name}" if station is not None else self._ctx.settings.station_code
        return DailyRegisterData(day=day, station=label, generated_at=self._ctx.clock(), rows=rows)

    def register_pdf(self, user: CurrentUser, day: date) -> bytes:
        """The day's register (ทะเบียนรับเรื่องประจำวัน) as PDF bytes."""
        return daily_register(self.register_data(user, day))


def _complaint_data(detail: RecordDetail, common: dict[str, Any]) -> ReceiptData:
    complaint = complaint_from_payload(detail.payload)
    # A whistle-blower's receipt may be found by others: initials only, no ID (app.domain.masking).
    shown = shown_person(complaint.identity_mode, complaint.complainant)
    return ReceiptData(
        kind_label=f"ใบรับเรื่องราวร้องทุกข์ ({th(complaint.complaint_type)})",
        name=shown.name,
        anonymous=shown.anonymous,
        masked_national_id=shown.id_label,
        subject=complaint.subject,
        **common,
    )


def _petition_data(detail: RecordDetail, common: dict[str, Any]) -> ReceiptData:
    petition = petition_from_payload(detail.payload)
    contact = petition.contact
    extra = [("กลุ่ม", petition.group_name)]
    if petition.organisation:
        extra.append(("องค์กร", petition.organisation))
    extra += [
        ("จำนวนผู้มา", f"ประมาณ {petition.headcount_estimate:,} คน"),
        ("ข้อเรียกร้อง", f"{len(petition.demands)} ข้อ"),
    ]
    if petition.received_by.name:
        official = petition.received_by.name
        if petition.received_by.position:
            official += f" ({petition.received_by.position})"
        extra.append(("ผู้รับเรื่อง", official))
    masked_id = ""
    if contact is not None and contact.id_document is IdDocument.THAI_NATIONAL_ID and contact.national_id:
        masked_id = mask_national_id(contact.national_id)
    return ReceiptData(
        kind_label="ใบรับเรื่องการประสานมวลชน",
        name=contact.full_name if contact is not None else "",
        masked_national_id=masked_id,
        subject=petition.issue_summary,
        extra_lines=extra,
        **common,
    )
