"""The Thai ID card's data, without a reader: TIS-620 text, name and address fields, BE dates, and the T=0
exchange (61xx / 6Cxx, short reads) against the test card's applet."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import geo
from app.domain.thai_id_card import (
    ADDRESS,
    CID,
    NAME_TH,
    PHOTO,
    SELECT_APPLET,
    TEXT_FILES,
    BeDate,
    CardStatusError,
    decode_tis620,
    encode_tis620,
    exchange,
    file_reads,
    get_response_p2,
    hash_fields,
    parse_address,
    parse_be_date,
    parse_card,
    parse_name,
    read_binary,
)
from tests.helpers.thai_id_emulator import (
    ATR,
    ATR_3B67,
    TINY_JPEG,
    ThaiIdApplet,
    card_address,
    synthetic_profile,
)

# Every character TIS-620 can hold: printable ASCII and the Thai block it maps (ก…๛).
TIS620_CHARS = [chr(c) for c in range(0x20, 0x7F)] + [
    bytes([b]).decode("tis-620") for b in range(0xA1, 0xFC) if b not in range(0xDB, 0xDF)
]
tis_text = st.text(alphabet=st.sampled_from(TIS620_CHARS), max_size=60).map(str.rstrip)
field_text = st.text(alphabet=st.sampled_from([c for c in TIS620_CHARS if c != "#"]), max_size=20).map(
    str.strip
)


@given(tis_text)
def test_tis620_text_survives_the_card_byte_for_byte(text: str) -> None:
    raw = encode_tis620(text, 100)
    assert len(raw) == 100
    assert all(b < 0x80 or 0xA1 <= b <= 0xFB for b in raw)  # single bytes, as the card stores Thai
    # NFC, like every string the counter stores (a tone mark typed before sara u comes back after it).
    assert decode_tis620(raw) == unicodedata.normalize("NFC", text)


def test_thai_letters_are_single_tis620_bytes() -> None:
    assert encode_tis620("กำ", 2) == b"\xa1\xd3"
    assert decode_tis620(b"\xca\xc1\xaa\xd2\xc2\x20\x20\x00") == "สมชาย"
    assert decode_tis620(b"\xa1\xff\xa2") == "กข"  # undefined bytes are dropped, not guessed


@given(st.lists(field_text, min_size=4, max_size=4))
def test_name_fields_split_on_hash(parts: list[str]) -> None:
    name = parse_name(decode_tis620(encode_tis620("#".join(parts), 100)))
    assert [name.title, name.given, name.middle, name.family] == [
        unicodedata.normalize("NFC", p) for p in parts
    ]


def test_middle_name_joins_the_given_name() -> None:
    name = parse_name("Mr.#John#Paul#Smith")
    assert name.given_with_middle == "John Paul"
    assert hash_fields("a#b", 4) == ["a", "b", "", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25300115", date(1987, 1, 15)),
        ("25671231", date(2024, 12, 31)),
        ("25300000", None),  # the registry knows only the year
    ],
)
def test_buddhist_era_dates(text: str, expected: date | None) -> None:
    parsed = parse_be_date(text)
    assert parsed is not None and parsed.to_date() == expected


def test_lifelong_card_and_year_only_birth() -> None:
    lifelong = parse_be_date("99999999")
    assert lifelong is not None and lifelong.lifelong and lifelong.iso() == ""
    assert BeDate(2530).iso() == "1987"
    assert parse_be_date("2530-1-1") is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_be_dates_round_trip(day: date) -> None:
    text = f"{day.year + 543:04d}{day.month:02d}{day.day:02d}"
    parsed = parse_be_date(text)
    assert parsed is not None and parsed.to_date() == day and parsed.iso() == day.isoformat()


def _one_place_per_province() -> list[geo.AddressMatch]:
    seen: dict[str, geo.AddressMatch] = {}
    rng = random.Random(12)
    places = list(geo.all_addresses())
    rng.shuffle(places)
    for place in places:
        seen.setdefault(place.province, place)
    return sorted(seen.values(), key=lambda p: p.subdistrict_code)


PROVINCE_PLACES = _one_place_per_province()


def test_the_address_set_covers_every_province() -> None:
    assert len(PROVINCE_PLACES) == 77


@pytest.mark.parametrize("place", PROVINCE_PLACES, ids=lambda p: p.subdistrict_code)
def test_every_provinces_address_style_matches_geothai(place: geo.AddressMatch) -> None:
    text = card_address(
        place, house="12/3", moo="" if place.is_bangkok else "5", soi="ซอยสุขใจ", road="ราชดำเนิน"
    )
    raw = encode_tis620(text, ADDRESS.length)
    address = parse_address(decode_tis620(raw))
    assert address.subdistrict_code == place.subdistrict_code
    assert (address.subdistrict, address.district, address.province) == (
        place.subdistrict,
        place.district,
        place.province,
    )
    assert address.postcode in geo.subdistrict_address(place.subdistrict_code).postcode  # type: ignore[union-attr]
    assert address.house_no == "12/3" and address.road == "ราชดำเนิน" and address.soi == "ซอยสุขใจ"
    assert address.moo == ("" if place.is_bangkok else "5")


@settings(max_examples=150)
@given(
    st.sampled_from(geo.all_addresses()),
    st.from_regex(r"[1-9][0-9]{0,2}(/[1-9][0-9]?)?", fullmatch=True),
    st.sampled_from(["", "1", "12"]),
)
def test_any_subdistrict_is_found_again(place: geo.AddressMatch, house: str, moo: str) -> None:
    address = parse_address(decode_tis620(encode_tis620(card_address(place, house, moo), ADDRESS.length)))
    assert geo.postcode_matches_subdistrict(address.postcode, address.subdistrict_code)
    found = geo.subdistrict_address(address.subdistrict_code)
    assert found is not None
    # Subdistrict names repeat within a district only for a few split subdistricts: the names must agree.
    assert (found.subdistrict, found.district, found.province) == (
        place.subdistrict,
        place.district,
        place.province,
    )
    assert (address.house_no, address.moo) == (house, moo)


def test_unknown_place_is_kept_as_read_without_a_code() -> None:
    address = parse_address("1#หมู่ที่ 2###ถนนสายหนึ่ง#ตำบลไม่มีจริง#อำเภอไม่มีจริง#จังหวัดไม่มีจริง")
    assert address.subdistrict_code == "" and address.postcode == ""
    assert (address.subdistrict, address.district, address.province) == ("ไม่มีจริง", "ไม่มีจริง", "ไม่มีจริง")


def test_bangkok_address_to_the_form() -> None:
    address = parse_address("55#####แขวงลาดยาว#เขตจตุจักร#กรุงเทพมหานคร").to_address()
    assert (address.subdistrict, address.district, address.province) == ("ลาดยาว", "จตุจักร", "กรุงเทพมหานคร")
    assert address.postcode == "10900" and address.subdistrict_code.startswith("10")


# ------------------------------------------------------------------ the APDU exchange
def _read_all(applet: ThaiIdApplet) -> dict[str, bytes]:
    p2 = get_response_p2(applet.atr)
    exchange(lambda a: _split(applet.process(a)), SELECT_APPLET, response_p2=p2)
    files: dict[str, bytes] = {}
    for f in (*TEXT_FILES, PHOTO):
        for apdu in file_reads(f):
            files[f.name] = files.get(f.name, b"") + exchange(
                lambda a: _split(applet.process(a)), apdu, response_p2=p2
            )
    return files


def _split(response: bytes) -> tuple[bytes, int, int]:
    return response[:-2], response[-2], response[-1]


@settings(max_examples=40, deadline=None)
@given(
    chunk=st.integers(min_value=1, max_value=256),
    misreport=st.booleans(),
    atr=st.sampled_from([ATR, ATR_3B67]),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_exchange_reads_every_field_whatever_the_card_does(
    chunk: int, misreport: bool, atr: bytes, seed: int
) -> None:
    profile = synthetic_profile(seed)
    applet = ThaiIdApplet(profile, atr=atr, chunk=chunk, misreport=misreport)
    files = _read_all(applet)
    image = profile.image()
    for f in (*TEXT_FILES, PHOTO):
        assert files[f.name] == image[f.offset : f.offset + f.length]
    card = parse_card(files, files[PHOTO.name])
    assert card.citizen_id == profile.citizen_id
    assert card.photo == TINY_JPEG
    sws = [bytes(c[:2]) for c in applet.commands]
    assert b"\x00\xc0" in sws  # data came through GET RESPONSE
    if misreport:
        assert any(c[:2] == b"\x00\xc0" and c[4] != 0 for c in applet.commands)  # the length learnt from 6Cxx


def test_6cxx_resends_with_the_length_the_card_gave() -> None:
    sent: list[bytes] = []
    answers = iter([(b"", 0x6C, 0x0D), (b"1234567890123", 0x90, 0x00)])

    def transmit(apdu: bytes) -> tuple[bytes, int, int]:
        sent.append(apdu)
        return next(answers)

    assert exchange(transmit, bytes([0x00, 0xC0, 0x00, 0x00, 0x20])) == b"1234567890123"
    assert sent[1] == bytes([0x00, 0xC0, 0x00, 0x00, 0x0D])


def test_wrong_applet_and_endless_cards_raise() -> None:
    applet = ThaiIdApplet(synthetic_profile())
    with pytest.raises(CardStatusError) as err:
        exchange(lambda a: _split(applet.process(a)), read_binary(CID.offset, CID.length))
    assert (err.value.sw1, err.value.sw2) == (0x69, 0x85)  # not selected
    with pytest.raises(CardStatusError):
        exchange(lambda _a: (b"x", 0x61, 0x01), SELECT_APPLET, max_rounds=5)


def test_read_commands_match_the_published_layout() -> None:
    assert read_binary(CID.offset, CID.length).hex() == "80b000040200" + "0d"
    assert read_binary(NAME_TH.offset, NAME_TH.length).hex() == "80b00011020064"
    assert read_binary(ADDRESS.offset, 100).hex() == "80b01579020064"
    assert [a.hex() for a in file_reads(PHOTO)][:2] == ["80b0017b0200ff", "80b0027a0200ff"]
    assert len(file_reads(PHOTO)) == 20
    assert SELECT_APPLET.hex() == "00a4040008a000000054480001"


def test_card_is_flagged_expired_after_its_expiry_date() -> None:
    profile = synthetic_profile(expiry="25690101")
    card = parse_card(_read_all(ThaiIdApplet(profile)))
    assert card.is_expired(date(2026, 11, 25))
    assert not card.is_expired(date(2025, 12, 31))
    lifelong = parse_card(_read_all(ThaiIdApplet(synthetic_profile(expiry="99999999"))))
    assert not lifelong.is_expired(date(2100, 1, 1))
    person = card.to_person()
    assert (person.title, person.given_name, person.family_name) == ("นาย", "สมชาย", "ใจดี")
    assert person.birth_date == "1987-01-15" and person.national_id == profile.citizen_id
