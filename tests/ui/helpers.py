"""Synthetic complaints for GUI tests: invented names, checksum-valid fake national IDs only."""

from __future__ import annotations

import random

from app.domain.fakes import fake_complaint
from app.domain.national_id import fake_national_id
from app.domain.records import Address, ComplaintPayload, IdentityMode, Person
from app.services import Services
from app.services.types import CurrentUser, SaveResult


def national_id(seed: int = 1) -> str:
    """A checksum-valid synthetic national ID."""
    return fake_national_id(random.Random(seed))


def bad_checksum(nid: str) -> str:
    """The same number with a wrong check digit."""
    return nid[:12] + str((int(nid[12]) + 1) % 10)


def complaint(
    given: str = "สมชาย",
    family: str = "ใจดี",
    subject: str = "น้ำประปาไม่ไหลสามวันแล้ว",
    nid: str | None = None,
    phone: str = "0812345678",
) -> ComplaintPayload:
    """A valid identified complaint with the given name, subject and ID."""
    return ComplaintPayload(
        identity_mode=IdentityMode.IDENTIFIED,
        complainant=Person(
            title="นาย",
            given_name=given,
            family_name=family,
            national_id=nid or national_id(),
            phone=phone,
            address=Address(house_no="99/1", postcode="10270"),
        ),
        national_id_confirmed=True,
        category_code="utilities",
        subject=subject,
        description="คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่ ขอให้หน่วยงานเร่งแก้ไข",
        pdpa_acknowledged=True,
    )


def register_many(services: Services, user: CurrentUser, count: int, seed: int = 7) -> list[SaveResult]:
    """Registers ``count`` synthetic complaints (realistic, from the domain's fake generator)."""
    rng = random.Random(seed)
    ref = services.ctx.reference
    return [services.complaints.register(user, fake_complaint(rng, ref)) for _ in range(count)]
