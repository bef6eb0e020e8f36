"""Address look-up (postcode, subdistrict, district) and phone / e-mail / postcode checks."""

from __future__ import annotations

import pytest

from app.domain import geo
from app.domain.contact import (
    email_issue,
    format_phone,
    is_mobile,
    normalize_phone,
    phone_issue,
    postcode_issue,
)
from app.domain.issues import IssueCode


def test_postcode_10200_finds_the_grand_palace_subdistrict() -> None:
    matches = geo.address_matches("10200")
    assert matches and all(m.postcode == "10200" for m in matches)
    first = matches[0]
    assert (first.subdistrict, first.district, first.province) == ("พระบรมมหาราชวัง", "พระนคร", "กรุงเทพมหานคร")
    assert first.label_th == "แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200"


def test_thai_subdistrict_name_finds_its_postcode() -> None:
    matches = geo.address_matches("เกาะเต่า")
    assert [(m.district, m.postcode) for m in matches[:2]] == [("เกาะพะงัน", "84360"), ("ป่าพะยอม", "93210")]
    assert matches[0].label_th == "ตำบลเกาะเต่า อำเภอเกาะพะงัน จังหวัดสุราษฎร์ธานี 84360"
    assert matches[0].short_label_th == "ต.เกาะเต่า อ.เกาะพะงัน จ.สุราษฎร์ธานี 84360"


def test_prefix_substring_level_words_and_several_words() -> None:
    assert geo.address_matches("พระบรม")[0].subdistrict == "พระบรมมหาราชวัง"
    assert geo.address_matches("ตำบลเกาะเต่า")[0].subdistrict == "เกาะเต่า"
    assert geo.address_matches("มหาราชวัง")[0].subdistrict == "พระบรมมหาราชวัง"  # inside the name
    both = geo.address_matches("บางรัก 10500")
    assert both and all(m.district == "บางรัก" and m.postcode == "10500" for m in both)
    # an exact subdistrict name outranks a district of the same name
    assert geo.address_matches("บางรัก")[0].subdistrict == "บางรัก"
    assert geo.address_matches("ko tao")[0].subdistrict == "เกาะเต่า"  # English names work too
    assert geo.address_matches("๑๐๒๐๐")[0].subdistrict == "พระบรมมหาราชวัง"  # Thai digits
    assert geo.address_matches("สีลม กทม")[0].label_th == "แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500"
    assert geo.address_matches("เขตพระนคร", limit=100)
    assert all(m.district == "พระนคร" for m in geo.address_matches("เขตพระนคร", limit=100)[:12])


def test_limits_and_nothing_found() -> None:
    assert len(geo.address_matches("ก", limit=7)) == 7
    assert geo.address_matches("") == [] and geo.address_matches("   ") == []
    assert geo.address_matches("zzzzqqq") == []
    assert geo.address_matches("10200", limit=0) == []


def test_two_postcode_subdistricts_appear_once_per_postcode() -> None:
    codes: dict[str, list[str]] = {}
    for m in geo.all_addresses():
        codes.setdefault(m.subdistrict_code, []).append(m.postcode)
    two = next(code for code, pcs in codes.items() if len(pcs) > 1)
    for postcode in codes[two]:
        assert geo.postcode_matches_subdistrict(postcode, two)
        found = geo.address_matches(postcode, limit=1000)
        assert sum(m.subdistrict_code == two for m in found) == 1


def test_counts_and_lists() -> None:
    assert len(geo.provinces()) == 77
    assert geo.provinces()[0] == "กรุงเทพมหานคร"
    assert geo.provinces()[1:4] == ["กระบี่", "กาญจนบุรี", "กาฬสินธุ์"]
    # dictionary order: a leading vowel sorts by the consonant after it
    later = geo.provinces()
    assert later.index("เชียงใหม่") < later.index("ตรัง")
    assert len(geo.districts("กรุงเทพมหานคร")) == 50
    assert "พระนคร" in geo.districts("10")
    assert "เมืองเชียงใหม่" in geo.districts("จังหวัดเชียงใหม่")
    assert geo.districts("ไม่มีจังหวัดนี้") == []
    assert sum(len(geo.districts(p)) for p in geo.provinces()) == 928
    assert len({m.subdistrict_code for m in geo.all_addresses()}) == 7436


def test_postcode_and_subdistrict_agree() -> None:
    assert geo.postcode_matches_subdistrict("10200", "100101")
    assert not geo.postcode_matches_subdistrict("10500", "100101")
    assert not geo.postcode_matches_subdistrict("10200", "999999")
    assert geo.is_known_postcode("10200") and not geo.is_known_postcode("00000")
    assert geo.subdistrict_address("100101") == geo.address_matches("10200")[0]
    assert geo.subdistrict_address("999999") is None
    assert geo.is_known_district("กรุงเทพมหานคร", "เขตพระนคร")
    assert not geo.is_known_district("เชียงใหม่", "พระนคร")


def test_credit_line_names_the_licence() -> None:
    assert "CC-BY-4.0" in geo.GEO_CREDIT and "GeoThai" in geo.GEO_CREDIT


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("081-234-5678", "0812345678"),
        ("+66 81 234 5678", "0812345678"),
        ("+66 (0)81 234 5678", "0812345678"),
        ("0066812345678", "0812345678"),
        ("66812345678", "0812345678"),
        ("02 123 4567", "021234567"),
        ("+66 2 123 4567", "021234567"),
        ("๐๘๑๒๓๔๕๖๗๘", "0812345678"),
    ],
)
def test_normalize_phone(text: str, normal: str) -> None:
    assert normalize_phone(text) == normal
    assert phone_issue(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1111",
        "1300",
        "191",
        "081234567",
        "08123456789",
        "0112345678",
        "012345678",
        "0812-ABC-678",
        "+1 212 555 0100",
    ],
)
def test_phone_refused(text: str) -> None:
    assert phone_issue(text) is IssueCode.PHONE_FORMAT


def test_mobile_and_format() -> None:
    assert is_mobile("0912345678") and not is_mobile("021234567")
    assert format_phone("0812345678") == "081-234-5678"
    assert format_phone("021234567") == "02-123-4567"
    assert format_phone("053123456") == "053-123-456"
    assert format_phone("1111") == "1111"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("somchai@example.co.th", True),
        (" first.last+tag@mail.example.com ", True),
        ("no-at-sign.example.com", False),
        ("two@@example.com", False),
        ("space in@example.com", False),
        ("nodot@example", False),
        ("dot..dot@example.com", False),
        ("ภาษาไทย@example.com", False),
        ("", False),
    ],
)
def test_email(text: str, ok: bool) -> None:
    assert (email_issue(text) is None) is ok


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("10200", None),
        ("๑๐๒๐๐", None),
        ("1020", IssueCode.POSTCODE_FORMAT),
        ("102000", IssueCode.POSTCODE_FORMAT),
        ("1o200", IssueCode.POSTCODE_FORMAT),
        ("00000", IssueCode.POSTCODE_UNKNOWN),
        ("99999", IssueCode.POSTCODE_UNKNOWN),
    ],
)
def test_postcode(text: str, code: IssueCode | None) -> None:
    assert postcode_issue(text) is code


def test_area_words_are_khwaeng_khet_in_bangkok_and_tambon_amphoe_elsewhere() -> None:
    assert geo.area_label_th("ปากน้ำ", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270") == (
        "ตำบลปากน้ำ อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ 10270"
    )
    assert geo.area_label_th("สีลม", "บางรัก", "กรุงเทพมหานคร", "10500") == "แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500"
    assert geo.area_label_th("", "บางรัก", "กรุงเทพฯ") == "เขตบางรัก กรุงเทพฯ"  # empty parts left out
    # Typed by hand: the province decides; picked from the list: the subdistrict code does.
    assert geo.is_bangkok_address("กทม.") and geo.is_bangkok_address("จังหวัดกรุงเทพมหานคร")
    assert not geo.is_bangkok_address("นนทบุรี")
    assert geo.is_bangkok_address("", "100101") and not geo.is_bangkok_address("กรุงเทพมหานคร", "110101")
