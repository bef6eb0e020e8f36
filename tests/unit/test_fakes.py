"""Synthetic people and complaints: deterministic, valid, clearly synthetic."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import geo
from app.domain.contact import phone_issue
from app.domain.fakes import fake_complaint, fake_person
from app.domain.national_id import is_valid_national_id
from app.domain.records import IdDocument, IdentityMode, to_payload
from app.domain.reference import ReferenceData

REF = ReferenceData.load_bundled()


@settings(max_examples=50)
@given(st.integers(min_value=0, max_value=2**31))
def test_same_seed_same_data(seed: int) -> None:
    assert to_payload(fake_person(random.Random(seed))) == to_payload(fake_person(random.Random(seed)))
    assert to_payload(fake_complaint(random.Random(seed), REF)) == to_payload(
        fake_complaint(random.Random(seed), REF)
    )


@settings(max_examples=100)
@given(st.integers(min_value=0, max_value=2**31))
def test_fake_people_are_well_formed(seed: int) -> None:
    p = fake_person(random.Random(seed))
    if p.id_document is IdDocument.THAI_NATIONAL_ID:
        assert is_valid_national_id(p.national_id)
    assert phone_issue(p.phone) is None and p.phone.startswith("08")
    assert p.title in ("นาย", "นาง", "นางสาว")
    a = p.address
    assert geo.postcode_matches_subdistrict(a.postcode, a.subdistrict_code)
    assert a.district in geo.districts(a.province)


def test_mix_of_identity_modes_and_categories() -> None:
    rng = random.Random(1)
    complaints = [fake_complaint(rng, REF) for _ in range(400)]
    modes = {c.identity_mode for c in complaints}
    assert modes == set(IdentityMode)
    assert len({c.category_code for c in complaints}) == len(REF.categories)
    assert any(c.complainant.id_document is IdDocument.PASSPORT for c in complaints)
    anonymous = [c for c in complaints if c.identity_mode is IdentityMode.ANONYMOUS]
    assert all(not c.complainant.given_name and not c.complainant.national_id for c in anonymous)
    # texts are Thai and filled in (no placeholder left)
    for c in complaints:
        assert "{" not in c.subject + c.description
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in c.subject)


def test_different_seeds_differ() -> None:
    a = [to_payload(fake_complaint(random.Random(s), REF)) for s in range(20)]
    assert len({str(x) for x in a}) == 20
