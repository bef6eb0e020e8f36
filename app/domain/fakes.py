"""Synthetic people and complaints for demos, benchmarks and tests — never real personal data.

Names are random combinations of common Thai given names and family-name parts
(``resources/data/synthetic_names.json``); national IDs are random but checksum-valid; mobile numbers
are random 08x numbers; addresses are real subdistricts with their real postcodes (public geography, not
personal data). Complaint texts come from templates per category
(``resources/data/synthetic_complaints.json``) that exercise Thai rendering: tone marks over upper
vowels, sara am, rare letters, Thai digits.

Everything is drawn from the ``random.Random`` passed in, so one seed gives the same data on every
machine.
"""

from __future__ import annotations

import random
import string
from functools import cache
from typing import Any

from app.domain import geo
from app.domain.national_id import fake_national_id
from app.domain.records import Address, ComplaintPayload, ComplaintType, IdDocument, IdentityMode, Person
from app.domain.reference import ReferenceData, read_bundled_json

_TYPE_BY_CATEGORY = {
    "drugs": ComplaintType.TIP,
    "gambling": ComplaintType.TIP,
    "justice": ComplaintType.FAIRNESS,
    "land": ComplaintType.FAIRNESS,
    "welfare": ComplaintType.HELP,
    "disaster": ComplaintType.HELP,
    "debt": ComplaintType.HELP,
    "tax_customs": ComplaintType.LEGAL_ADVICE,
    "other": ComplaintType.SUGGESTION,
}
_REQUESTS = (
    "ขอให้ตรวจสอบข้อเท็จจริงและแก้ไขโดยเร็ว",
    "ขอให้หน่วยงานที่เกี่ยวข้องเร่งดำเนินการและแจ้งผลให้ทราบ",
    "ขอความเป็นธรรมและขอให้ติดตามเรื่องจนได้ข้อยุติ",
    "ขอความช่วยเหลือตามสิทธิที่พึงได้รับ",
)
_NATIONALITIES = ("เมียนมา", "กัมพูชา", "ลาว", "เวียดนาม", "ญี่ปุ่น")


@cache
def _names() -> dict[str, Any]:
    data: dict[str, Any] = read_bundled_json("synthetic_names.json")
    return data


@cache
def _templates() -> dict[str, Any]:
    data: dict[str, Any] = read_bundled_json("synthetic_complaints.json")
    return data


def fake_mobile(rng: random.Random) -> str:
    """A random ten-digit 08x mobile number (digits only)."""
    return "08" + "".join(rng.choice(string.digits) for _ in range(8))


def fake_passport_no(rng: random.Random) -> str:
    """A random passport-shaped number: two letters and seven digits."""
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return letters + "".join(rng.choice(string.digits) for _ in range(7))


def fake_address(rng: random.Random) -> Address:
    """A house number, sometimes a moo or soi, and a real subdistrict with one of its postcodes."""
    place = rng.choice(geo.all_addresses())
    return Address(
        house_no=f"{rng.randint(1, 999)}/{rng.randint(1, 99)}"
        if rng.random() < 0.3
        else str(rng.randint(1, 999)),
        moo=str(rng.randint(1, 15)) if not place.is_bangkok and rng.random() < 0.7 else "",
        soi=f"ซอย {rng.randint(1, 99)}" if place.is_bangkok and rng.random() < 0.6 else "",
        subdistrict_code=place.subdistrict_code,
        subdistrict=place.subdistrict,
        district=place.district,
        province=place.province,
        postcode=place.postcode,
    )


def fake_person(rng: random.Random, *, passport: bool = False) -> Person:
    """A synthetic person: title matching the given name, invented family name, checksum-valid national
    ID (or, with ``passport``, a passport number and a nationality), an 08x mobile, sometimes an
    e-mail, and a real address."""
    names = _names()
    female = rng.random() < 0.5
    title = rng.choice(names["titles_female"] if female else names["titles_male"])
    given = rng.choice(names["given_female"] if female else names["given_male"])
    family = rng.choice(names["family_first"]) + rng.choice(names["family_second"])
    person = Person(
        title=title,
        given_name=given,
        family_name=family,
        phone=fake_mobile(rng),
        address=fake_address(rng),
    )
    if passport:
        person.id_document = IdDocument.PASSPORT
        person.passport_no = fake_passport_no(rng)
        person.nationality = rng.choice(_NATIONALITIES)
    else:
        person.national_id = fake_national_id(rng)
        person.nationality = "ไทย"
    if rng.random() < 0.3:
        person.email = f"user{rng.randint(1000, 99999)}@example.com"
    if rng.random() < 0.2:
        person.line_id = f"line{rng.randint(100, 9999)}"
    return person


def fake_complaint(rng: random.Random, ref: ReferenceData) -> ComplaintPayload:
    """A complete, valid walk-in complaint with a realistic Thai subject and description.

    About 85% identified, 8% confidential and 7% anonymous; a few complainants show a passport. Passes
    ``validate_complaint`` with the same ``ref``.
    """
    category = rng.choice(ref.categories)
    templates = _templates()
    texts = templates["categories"].get(category.code) or templates["categories"]["other"]
    roll = rng.random()
    mode = (
        IdentityMode.IDENTIFIED
        if roll < 0.85
        else IdentityMode.CONFIDENTIAL
        if roll < 0.93
        else IdentityMode.ANONYMOUS
    )
    person = fake_person(rng, passport=rng.random() < 0.04)
    where = person.address
    fill = {
        "subdistrict": where.subdistrict,
        "district": where.district,
        "province": where.province,
        "village": rng.choice(templates["villages"]),
        "days": rng.randint(2, 45),
        "amount": f"{rng.randint(5, 500) * 100:,}",
    }
    subject: str = rng.choice(texts["subjects"]).format(**fill)
    description: str = rng.choice(texts["descriptions"]).format(**fill)
    agencies = ref.suggested_agencies(category.code)
    complaint = ComplaintPayload(
        identity_mode=mode,
        complainant=person if mode is not IdentityMode.ANONYMOUS else Person(id_document=IdDocument.NONE),
        national_id_confirmed=mode is not IdentityMode.ANONYMOUS,
        complaint_type=_TYPE_BY_CATEGORY.get(category.code, ComplaintType.GRIEVANCE),
        category_code=category.code,
        subject=subject[:200],
        description=description,
        incident_province=where.province,
        incident_district=where.district,
        agency_complained_code=agencies[0].code if agencies and rng.random() < 0.5 else "",
        responsible_agency_code=agencies[0].code if agencies else "",
        requested_action=rng.choice(_REQUESTS),
        documents_count=rng.choice((0, 0, 1, 2, 3, 5)),
        pdpa_acknowledged=mode is not IdentityMode.ANONYMOUS,
        consent_share=mode is IdentityMode.IDENTIFIED and rng.random() < 0.8,
    )
    return complaint
