"""The complaint form's values: its sections read into a ``ComplaintPayload`` and filled back from one,
and the complainant's keys for the earlier-visit look-up.

Split out of ``ui.intake.complaint_form`` (which keeps the wiring) so that no widget class grows past
~400 lines; these functions only read and write the sections' widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.contact import phone_issue
from app.domain.national_id import is_valid_national_id
from app.domain.records import ComplaintPayload, ComplaintType, IdDocument, IdentityMode
from ui.intake.case_section import CaseSection
from ui.intake.person_section import PersonSection


def read_payload(
    person: PersonSection, case: CaseSection, attachments: Sequence[str], linked_record_id: str
) -> ComplaintPayload:
    """The complaint as now typed in ``person`` and ``case``; an anonymous one confirms no ID and
    acknowledges no PDPA notice, whatever the boxes say."""
    mode = person.identity_mode()
    complainant = person.person()
    return ComplaintPayload(
        identity_mode=mode,
        complainant=complainant,
        national_id_confirmed=person.confirm_id.isChecked() and mode is not IdentityMode.ANONYMOUS,
        complaint_type=ComplaintType(case.complaint_type.currentData()),
        category_code=case.category.code(),
        subject=case.subject.text().strip(),
        description=case.description.toPlainText().strip(),
        incident_province=case.incident_province.code(),
        incident_district=case.incident_district.code(),
        agency_complained_code=case.agency_complained.code(),
        responsible_agency_code=case.responsible_agency.code(),
        requested_action=case.requested_action.text().strip(),
        documents_count=case.documents_count.value(),
        attachments=list(attachments),
        pdpa_acknowledged=case.pdpa_ack.isChecked() and mode is not IdentityMode.ANONYMOUS,
        consent_share=case.consent_share.isChecked(),
        linked_record_id=linked_record_id,
    )


def fill_case(case: CaseSection, p: ComplaintPayload) -> None:
    """Puts the complaint part of ``p`` (everything but the complainant and the link) in ``case``."""
    case.complaint_type.setCurrentIndex(max(0, case.complaint_type.findData(p.complaint_type.value)))
    case.category.set_code(p.category_code)
    case.subject.setText(p.subject)
    case.description.setPlainText(p.description)
    case.incident_province.set_code(p.incident_province)
    case.incident_district.set_code(p.incident_district)
    case.agency_complained.set_code(p.agency_complained_code)
    case.responsible_agency.set_code(p.responsible_agency_code)
    case.requested_action.setText(p.requested_action)
    case.documents_count.setValue(p.documents_count)
    case.pdpa_ack.setChecked(p.pdpa_acknowledged)
    case.consent_share.setChecked(p.consent_share)


def repeat_query(person: PersonSection) -> tuple[str, str] | None:
    """The (national ID, phone) to look earlier visits up by, each "" unless complete and valid; None
    for an anonymous complaint (no look-up at all)."""
    if person.identity_mode() is IdentityMode.ANONYMOUS:
        return None
    nid = person.national_id_digits() if person.id_document_value() is IdDocument.THAI_NATIONAL_ID else ""
    phone = person.phone.text().strip()
    return (
        nid if is_valid_national_id(nid) else "",
        phone if phone and phone_issue(phone) is None else "",
    )
