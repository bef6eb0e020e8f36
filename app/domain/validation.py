"""Validation of what the officer typed, before anything is saved (docs/ARCHITECTURE.md, Module map).

Each rule yields a ``FieldIssue(field, code)`` with the dotted payload path of the field, so the form can
put the message under the right widget. Issues come in form order: identity, the person (name, identity
document, contact, address), then the complaint (type, category, subject, description, place, agencies,
documents) and last the PDPA notice. Several issues may name one field only when they differ in code.

Empty strings (after stripping spaces) count as "not given".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain import geo
from app.domain.contact import email_issue, phone_issue, postcode_issue
from app.domain.issues import FieldIssue, IssueCode
from app.domain.national_id import national_id_issue, passport_issue
from app.domain.records import ComplaintPayload, IdDocument, IdentityMode, Person
from app.domain.reference import ReferenceData

SUBJECT_MAX = 200
DESCRIPTION_MAX = 10_000
REQUESTED_ACTION_MAX = 2_000
NAME_MAX = 100
TITLE_MAX = 50
LINE_ID_MAX = 50
ADDRESS_PART_MAX = 200
DOCUMENTS_MAX = 9_999


def _blank(text: str) -> bool:
    return not text.strip()


def _too_long(issues: list[FieldIssue], path: str, text: str, limit: int) -> None:
    if len(text.strip()) > limit:
        issues.append(FieldIssue(path, IssueCode.TOO_LONG))


def _required(issues: list[FieldIssue], path: str, text: str, limit: int) -> None:
    if _blank(text):
        issues.append(FieldIssue(path, IssueCode.REQUIRED))
    else:
        _too_long(issues, path, text, limit)


def _check(
    issues: list[FieldIssue],
    path: str,
    text: str,
    check: Callable[[str], IssueCode | None],
    *,
    required: bool = False,
) -> bool:
    """Adds what ``check`` finds wrong with a filled-in ``text`` (``REQUIRED`` when it is blank and
    ``required``); whether the text is filled in and valid."""
    if _blank(text):
        if required:
            issues.append(FieldIssue(path, IssueCode.REQUIRED))
        return False
    code = check(text)
    if code is not None:
        issues.append(FieldIssue(path, code))
        return False
    return True


AMEND_REASON_MAX = 1000


def amendment_reason(issues: list[FieldIssue], reason: str) -> str:
    """The reason an amendment is saved with (stripped); adds ``reason`` ``REQUIRED`` or ``TOO_LONG`` to
    ``issues`` when it is blank or longer than ``AMEND_REASON_MAX``."""
    reason = reason.strip()
    if not reason:
        issues.append(FieldIssue("reason", IssueCode.REQUIRED))
    else:
        _too_long(issues, "reason", reason, AMEND_REASON_MAX)
    return reason


def has_contact(person: Person) -> bool:
    """Whether the center can reach the person: a phone, an e-mail, a LINE ID or an address with a
    postcode (what was typed; formats are checked separately)."""
    return not (
        _blank(person.phone)
        and _blank(person.email)
        and _blank(person.line_id)
        and _blank(person.address.postcode)
    )


def validate_person(
    person: Person,
    prefix: str,
    *,
    require_contact: bool = True,
    national_id_confirmed: bool | None = None,
    confirmed_field: str = "",
) -> list[FieldIssue]:
    """Issues with one person (a complainant or a petition representative), field paths under
    ``prefix`` (``complainant`` → ``complainant.given_name``; ``representatives.0`` for petitions).

    Given and family name are required. With a Thai ID card the 13-digit number is required and must be
    valid; with a passport, its number. When ``national_id_confirmed`` is not ``None`` a valid national
    ID must also have been read back (``NATIONAL_ID_NOT_CONFIRMED`` on ``confirmed_field``). With
    ``require_contact`` at least one way to reach the person is needed (``CONTACT_NEEDED`` on the
    phone field). Phone, e-mail and postcode formats are checked when given, and a postcode must belong
    to the subdistrict picked from the list.
    """
    issues: list[FieldIssue] = []
    p = f"{prefix}." if prefix else ""
    _too_long(issues, f"{p}title", person.title, TITLE_MAX)
    _required(issues, f"{p}given_name", person.given_name, NAME_MAX)
    _required(issues, f"{p}family_name", person.family_name, NAME_MAX)

    if person.id_document is IdDocument.THAI_NATIONAL_ID:
        valid = _check(issues, f"{p}national_id", person.national_id, national_id_issue, required=True)
        if valid and national_id_confirmed is False:
            unconfirmed = IssueCode.NATIONAL_ID_NOT_CONFIRMED
            issues.append(FieldIssue(confirmed_field or f"{p}national_id", unconfirmed))
    elif person.id_document is IdDocument.PASSPORT:
        _check(issues, f"{p}passport_no", person.passport_no, passport_issue, required=True)

    if require_contact and not has_contact(person):
        issues.append(FieldIssue(f"{p}phone", IssueCode.CONTACT_NEEDED))
    _check(issues, f"{p}phone", person.phone, phone_issue)
    _check(issues, f"{p}email", person.email, email_issue)
    _too_long(issues, f"{p}line_id", person.line_id, LINE_ID_MAX)
    if not _blank(person.birth_date) and not _is_birth_date(person.birth_date):
        issues.append(FieldIssue(f"{p}birth_date", IssueCode.DATE_FORMAT))
    issues.extend(_address_issues(person, f"{p}address."))
    return issues


def _is_birth_date(text: str) -> bool:
    """ISO ``YYYY-MM-DD`` or a bare year ``YYYY`` (the registry knows only the year for some people)."""
    s = text.strip()
    if len(s) == 4 and s.isascii() and s.isdigit():
        return 1800 <= int(s) <= 2200
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return len(s) == 10


def _address_issues(person: Person, p: str) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    a = person.address
    for name in ("house_no", "moo", "village", "soi", "road"):
        _too_long(issues, f"{p}{name}", getattr(a, name), ADDRESS_PART_MAX)
    known_subdistrict = True
    if not _blank(a.subdistrict_code) and geo.subdistrict_address(a.subdistrict_code.strip()) is None:
        issues.append(FieldIssue(f"{p}subdistrict_code", IssueCode.UNKNOWN_CODE))
        known_subdistrict = False
    if not _blank(a.province) and not geo.is_known_province(a.province):
        issues.append(FieldIssue(f"{p}province", IssueCode.UNKNOWN_CODE))
    if not _blank(a.postcode):
        code = postcode_issue(a.postcode)
        if code is not None:
            issues.append(FieldIssue(f"{p}postcode", code))
        elif (
            known_subdistrict
            and not _blank(a.subdistrict_code)
            and not geo.postcode_matches_subdistrict(a.postcode.strip(), a.subdistrict_code.strip())
        ):
            issues.append(FieldIssue(f"{p}postcode", IssueCode.POSTCODE_MISMATCH))
    return issues


def validate_complaint(p: ComplaintPayload, ref: ReferenceData) -> list[FieldIssue]:
    """Every issue with a walk-in complaint, in form order; an empty list means it may be saved.

    Identified and confidential complainants need a person (``validate_person``) whose national ID was
    read back (``national_id_confirmed``) and who acknowledged the PDPA notice; an anonymous complaint
    needs neither. Subject (≤ 200 characters), description (≤ 10,000) and a known category are
    required; agencies must be known when given; the incident province and district must exist;
    ``documents_count`` is 0–9,999.
    """
    issues: list[FieldIssue] = []
    if p.identity_mode is not IdentityMode.ANONYMOUS:
        issues += validate_person(
            p.complainant,
            "complainant",
            national_id_confirmed=p.national_id_confirmed,
            confirmed_field="national_id_confirmed",
        )

    if _blank(p.category_code):
        issues.append(FieldIssue("category_code", IssueCode.REQUIRED))
    elif ref.category(p.category_code) is None:
        issues.append(FieldIssue("category_code", IssueCode.UNKNOWN_CODE))
    _required(issues, "subject", p.subject, SUBJECT_MAX)
    _required(issues, "description", p.description, DESCRIPTION_MAX)

    if not _blank(p.incident_province):
        if not geo.is_known_province(p.incident_province):
            issues.append(FieldIssue("incident_province", IssueCode.UNKNOWN_CODE))
        elif not _blank(p.incident_district) and not geo.is_known_district(
            p.incident_province, p.incident_district
        ):
            issues.append(FieldIssue("incident_district", IssueCode.UNKNOWN_CODE))

    for name in ("agency_complained_code", "responsible_agency_code"):
        code = getattr(p, name)
        if not _blank(code) and ref.agency(code) is None:
            issues.append(FieldIssue(name, IssueCode.UNKNOWN_CODE))
    _too_long(issues, "requested_action", p.requested_action, REQUESTED_ACTION_MAX)
    if not (0 <= p.documents_count <= DOCUMENTS_MAX):
        issues.append(FieldIssue("documents_count", IssueCode.NUMBER_RANGE))

    if p.identity_mode is not IdentityMode.ANONYMOUS and not p.pdpa_acknowledged:
        issues.append(FieldIssue("pdpa_acknowledged", IssueCode.PDPA_NOT_ACKNOWLEDGED))
    return issues
