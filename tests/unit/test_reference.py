"""Bundled reference data: categories and agencies with stable codes."""

from __future__ import annotations

import pytest

from app.domain.reference import ReferenceData, ReferenceDataError


def test_bundled_set_loads() -> None:
    ref = ReferenceData.load_bundled()
    assert ref.version >= 1
    assert 15 <= len(ref.categories) <= 30
    assert len(ref.agencies) >= 40
    utilities, mwa, bma, nacc = (
        ref.category("utilities"),
        ref.agency("MWA"),
        ref.agency("BMA"),
        ref.agency("NACC"),
    )
    assert utilities is not None and mwa is not None and bma is not None and nacc is not None
    assert utilities.name_th.startswith("ความเดือดร้อนจากสาธารณูปโภค")
    assert mwa.name_th == "การประปานครหลวง"
    assert bma.name_th == "กรุงเทพมหานคร"
    assert ref.category("nope") is None and ref.agency("nope") is None
    assert ref.suggested_agencies("utilities")[0].code == "MWA"
    assert all(a.contact_point for a in ref.contact_points)
    assert not nacc.contact_point  # an independent organ, not a Contact Point


def test_every_name_is_filled_in_both_languages() -> None:
    ref = ReferenceData.load_bundled()
    names = [(c.code, c.name_th, c.name_en) for c in ref.categories]
    names += [(a.code, a.name_th, a.name_en) for a in ref.agencies]
    for code, name_th, name_en in names:
        assert code and name_th.strip() and name_en.strip()
        assert any("\u0e00" <= c <= "\u0e7f" for c in name_th)


def test_round_trip_through_json_documents() -> None:
    ref = ReferenceData.load_bundled()
    cats, ags = ref.to_dicts()
    assert ReferenceData.from_dict(cats, ags) == ref


def test_malformed_sets_are_refused() -> None:
    ref = ReferenceData.load_bundled()
    cats, ags = ref.to_dicts()
    with pytest.raises(ReferenceDataError):
        ReferenceData.from_dict({"version": 2}, ags)
    dup = dict(ags, agencies=[*ags["agencies"], ags["agencies"][0]])
    with pytest.raises(ReferenceDataError):
        ReferenceData.from_dict(cats, dup)
    unknown = dict(
        cats, categories=[{"code": "x", "name_th": "ก", "name_en": "x", "suggested_agencies": ["?"]}]
    )
    with pytest.raises(ReferenceDataError):
        ReferenceData.from_dict(unknown, ags)
