"""Complaint validation: each rule yields its code on its field, in form order."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import pytest

from app.domain.fakes import fake_complaint, fake_person
from app.domain.issues import FieldIssue, IssueCode
from app.domain.records import Address, ComplaintPayload, IdDocument, IdentityMode, Person
from app.domain.reference import ReferenceData
from app.domain.validation import validate_complaint, validate_person

REF = ReferenceData.load_bundled()


def good() -> ComplaintPayload:
    """A valid identified complaint with a Thai ID card and a phone number."""
    return ComplaintPayload(
        identity_mode=IdentityMode.IDENTIFIED,
        complainant=Person(
            title="นางสาว",
            given_name="พิมพ์ชนก",
            family_name="ศรีสุวรรณรัตน์",
            national_id="1103700000003",
            phone="0812345678",
            address=Address(
                house_no="9",
                subdistrict_code="100101",
                subdistrict="พระบรมมหาราชวัง",
                district="พระนคร",
                province="กรุงเทพมหานคร",
                postcode="10200",
            ),
        ),
        national_id_confirmed=True,
        category_code="utilities",
        subject="น้ำประปาไม่ไหล",
        description="คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่",
        incident_province="กรุงเทพมหานคร",
        incident_district="พระนคร",
        responsible_agency_code="MWA",
        pdpa_acknowledged=True,
    )


def codes(p: ComplaintPayload) -> list[tuple[str, IssueCode]]:
    return [(i.field, i.code) for i in validate_complaint(p, REF)]


def person(p: ComplaintPayload, **changes: object) -> ComplaintPayload:
    return replace(p, complainant=replace(p.complainant, **changes))  # type: ignore[arg-type]


def address(p: ComplaintPayload, **changes: object) -> ComplaintPayload:
    return person(p, address=replace(p.complainant.address, **changes))  # type: ignore[arg-type]


def test_good_complaint_passes() -> None:
    assert validate_complaint(good(), REF) == []


NID = "complainant.national_id"
POSTCODE = "complainant.address.postcode"
Case = tuple[Callable[[ComplaintPayload], ComplaintPayload], str, IssueCode]
CASES: list[Case] = [
    (lambda p: replace(p, subject="  "), "subject", IssueCode.REQUIRED),
    (lambda p: replace(p, subject="ก" * 201), "subject", IssueCode.TOO_LONG),
    (lambda p: replace(p, description=""), "description", IssueCode.REQUIRED),
    (lambda p: replace(p, description="ข" * 10_001), "description", IssueCode.TOO_LONG),
    (lambda p: replace(p, category_code=""), "category_code", IssueCode.REQUIRED),
    (lambda p: replace(p, category_code="no_such"), "category_code", IssueCode.UNKNOWN_CODE),
    (lambda p: person(p, given_name=""), "complainant.given_name", IssueCode.REQUIRED),
    (lambda p: person(p, family_name=" "), "complainant.family_name", IssueCode.REQUIRED),
    (lambda p: person(p, given_name="ก" * 101), "complainant.given_name", IssueCode.TOO_LONG),
    (lambda p: person(p, national_id=""), "complainant.national_id", IssueCode.REQUIRED),
    (
        lambda p: person(p, national_id="110370000000"),
        "complainant.national_id",
        IssueCode.NATIONAL_ID_LENGTH,
    ),
    (
        lambda p: person(p, national_id="1103700000002"),
        "complainant.national_id",
        IssueCode.NATIONAL_ID_CHECKSUM,
    ),
    (
        lambda p: person(p, national_id="9103700000003"),
        "complainant.national_id",
        IssueCode.NATIONAL_ID_FIRST_DIGIT,
    ),
    (
        lambda p: replace(p, national_id_confirmed=False),
        "national_id_confirmed",
        IssueCode.NATIONAL_ID_NOT_CONFIRMED,
    ),
    (
        lambda p: person(p, id_document=IdDocument.PASSPORT, national_id=""),
        "complainant.passport_no",
        IssueCode.REQUIRED,
    ),
    (
        lambda p: person(p, id_document=IdDocument.PASSPORT, passport_no="12"),
        "complainant.passport_no",
        IssueCode.PASSPORT_FORMAT,
    ),
    (lambda p: person(p, phone="1111"), "complainant.phone", IssueCode.PHONE_FORMAT),
    (lambda p: person(p, email="not-an-email"), "complainant.email", IssueCode.EMAIL_FORMAT),
    (lambda p: address(p, postcode="1020"), "complainant.address.postcode", IssueCode.POSTCODE_FORMAT),
    (lambda p: address(p, postcode="00000"), "complainant.address.postcode", IssueCode.POSTCODE_UNKNOWN),
    (lambda p: address(p, postcode="50200"), "complainant.address.postcode", IssueCode.POSTCODE_MISMATCH),
    (
        lambda p: address(p, subdistrict_code="999999"),
        "complainant.address.subdistrict_code",
        IssueCode.UNKNOWN_CODE,
    ),
    (lambda p: address(p, province="แอตแลนติส"), "complainant.address.province", IssueCode.UNKNOWN_CODE),
    (lambda p: replace(p, pdpa_acknowledged=False), "pdpa_acknowledged", IssueCode.PDPA_NOT_ACKNOWLEDGED),
    (lambda p: replace(p, agency_complained_code="XYZ"), "agency_complained_code", IssueCode.UNKNOWN_CODE),
    (lambda p: replace(p, responsible_agency_code="XYZ"), "responsible_agency_code", IssueCode.UNKNOWN_CODE),
    (lambda p: replace(p, documents_count=-1), "documents_count", IssueCode.NUMBER_RANGE),
    (lambda p: replace(p, incident_province="ไม่มี"), "incident_province", IssueCode.UNKNOWN_CODE),
    (lambda p: replace(p, incident_district="เมืองเชียงใหม่"), "incident_district", IssueCode.UNKNOWN_CODE),
    (lambda p: replace(p, requested_action="ค" * 2001), "requested_action", IssueCode.TOO_LONG),
]


@pytest.mark.parametrize(("change", "field", "code"), CASES, ids=[f"{c[1]}:{c[2]}" for c in CASES])
def test_each_rule_yields_its_code_on_its_field(
    change: Callable[[ComplaintPayload], ComplaintPayload], field: str, code: IssueCode
) -> None:
    assert codes(change(good())) == [(field, code)]


def test_contact_needed_when_no_way_to_reach_the_person() -> None:
    p = person(good(), phone="", address=Address())
    assert codes(p) == [("complainant.phone", IssueCode.CONTACT_NEEDED)]
    for way in ({"email": "a@example.com"}, {"line_id": "somchai"}, {"address": Address(postcode="10200")}):
        assert codes(person(p, **way)) == []


def test_confidential_needs_a_person_too() -> None:
    p = replace(good(), identity_mode=IdentityMode.CONFIDENTIAL)
    assert codes(p) == []
    assert ("complainant.given_name", IssueCode.REQUIRED) in codes(person(p, given_name=""))


def test_anonymous_needs_no_person_and_no_pdpa() -> None:
    p = replace(
        good(),
        identity_mode=IdentityMode.ANONYMOUS,
        complainant=Person(),
        national_id_confirmed=False,
        pdpa_acknowledged=False,
    )
    assert codes(p) == []
    assert codes(replace(p, subject="")) == [("subject", IssueCode.REQUIRED)]


def test_id_document_none_needs_no_number() -> None:
    assert codes(person(good(), id_document=IdDocument.NONE, national_id="")) == []


def test_not_confirmed_is_only_asked_for_a_valid_number() -> None:
    p = person(replace(good(), national_id_confirmed=False), national_id="1103700000002")
    assert codes(p) == [("complainant.national_id", IssueCode.NATIONAL_ID_CHECKSUM)]


def test_issues_come_in_form_order() -> None:
    empty = ComplaintPayload()
    assert codes(empty) == [
        ("complainant.given_name", IssueCode.REQUIRED),
        ("complainant.family_name", IssueCode.REQUIRED),
        ("complainant.national_id", IssueCode.REQUIRED),
        ("complainant.phone", IssueCode.CONTACT_NEEDED),
        ("category_code", IssueCode.REQUIRED),
        ("subject", IssueCode.REQUIRED),
        ("description", IssueCode.REQUIRED),
        ("pdpa_acknowledged", IssueCode.PDPA_NOT_ACKNOWLEDGED),
    ]


def test_validate_person_for_a_petition_representative() -> None:
    rep = fake_person(random.Random(3))
    assert validate_person(rep, "representatives.0") == []
    rep.phone = "12"
    rep.national_id = ""
    assert validate_person(rep, "representatives.0") == [
        FieldIssue("representatives.0.national_id", IssueCode.REQUIRED),
        FieldIssue("representatives.0.phone", IssueCode.PHONE_FORMAT),
    ]
    lone = Person(given_name="สมชาย", family_name="ใจดี", id_document=IdDocument.NONE)
    assert validate_person(lone, "representatives.1", require_contact=False) == []


def test_fake_complaints_are_valid() -> None:
    rng = random.Random(20261125)
    for _ in range(200):
        assert validate_complaint(fake_complaint(rng, REF), REF) == []
