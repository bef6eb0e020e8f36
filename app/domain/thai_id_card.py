"""The Thai national ID card's public data: its applet commands, its TIS-620 text and its fields.

Pure rules, no PC/SC: ``app.devices.smartcard`` sends the commands built here through a reader and hands
the bytes back to :func:`parse_card`.

The card (Ministry of Interior applet, AID ``A0 00 00 00 54 48 00 01``) keeps its public data in one
binary file read with ``READ BINARY`` in the proprietary class: ``80 B0 P1 P2 02 00 Le`` reads ``Le`` bytes
at offset ``P1 P2``. It is a T=0 card, so the data does not come back with the command: the card answers
``61 xx`` ("xx bytes waiting") and the reader fetches them with ``GET RESPONSE`` ``00 C0 00 00 xx`` (cards
whose ATR starts ``3B 67`` want P2 = ``01``). A ``6C xx`` answer means "wrong length, ask again for xx".
:func:`exchange` does that dance for any command.

Layout (offset, length), as published by open-source readers of the card:

=================  ======  ======  ===================================================================
citizen ID         0x0004  13      ASCII digits
Thai name          0x0011  100     TIS-620 ``title#given#middle#family``, space padded
English name       0x0075  100     same shape, ASCII
date of birth      0x00D9  8       ``YYYYMMDD`` Buddhist era; month and day ``00`` when unknown
sex                0x00E1  1       ``1`` male, ``2`` female
issuer             0x00F6  100     TIS-620
issue date         0x0167  8       ``YYYYMMDD`` BE
expiry date        0x016F  8       ``YYYYMMDD`` BE; ``99999999`` for a card that never expires
photo              0x017B  5100    JPEG, in 20 reads of 255 bytes
address            0x1579  160     TIS-620 ``house#moo#trok#soi#road#subdistrict#district#province``
=================  ======  ======  ===================================================================
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache

from app.domain import geo
from app.domain.records import Address, IdDocument, Person

THAI_ID_AID = bytes.fromhex("A000000054480001")
SELECT_APPLET = bytes([0x00, 0xA4, 0x04, 0x00, len(THAI_ID_AID)]) + THAI_ID_AID
SW_OK = (0x90, 0x00)
MAX_LE = 0xFF
"""The longest single read the card answers (the photo is read 255 bytes at a time)."""


@dataclass(frozen=True)
class CardFile:
    """One field of the card's data file: where it starts and how long it is."""

    name: str
    offset: int
    length: int


CID = CardFile("citizen_id", 0x0004, 13)
NAME_TH = CardFile("name_th", 0x0011, 100)
NAME_EN = CardFile("name_en", 0x0075, 100)
BIRTH_DATE = CardFile("birth_date", 0x00D9, 8)
SEX = CardFile("sex", 0x00E1, 1)
ISSUER = CardFile("issuer", 0x00F6, 100)
ISSUE_DATE = CardFile("issue_date", 0x0167, 8)
EXPIRY_DATE = CardFile("expiry_date", 0x016F, 8)
PHOTO = CardFile("photo", 0x017B, 20 * MAX_LE)
ADDRESS = CardFile("address", 0x1579, 160)

TEXT_FILES = (CID, NAME_TH, NAME_EN, BIRTH_DATE, SEX, ISSUER, ISSUE_DATE, EXPIRY_DATE, ADDRESS)
"""What a read without the photo asks the card for, in this order."""

Transmit = Callable[[bytes], tuple[bytes, int, int]]
"""Sends one command APDU and returns (data, SW1, SW2)."""


class CardStatusError(Exception):
    """The card answered a status word other than 90 00 / 61 xx / 6C xx (e.g. 6A 82: not this applet)."""

    def __init__(self, sw1: int, sw2: int) -> None:
        super().__init__(f"card status {sw1:02X} {sw2:02X}")
        self.sw1 = sw1
        self.sw2 = sw2


def read_binary(offset: int, length: int) -> bytes:
    """The card's READ BINARY command for ``length`` (1–255) bytes at ``offset``."""
    if not 0 < length <= MAX_LE or not 0 <= offset <= 0x7FFF:
        raise ValueError("offset or length out of range")
    return bytes([0x80, 0xB0, (offset >> 8) & 0x7F, offset & 0xFF, 0x02, 0x00, length])


def get_response_p2(atr: bytes) -> int:
    """The P2 of GET RESPONSE this card wants: 1 for cards whose ATR starts ``3B 67``, else 0."""
    return 0x01 if atr[:2] == b"\x3b\x67" else 0x00


def file_reads(f: CardFile) -> list[bytes]:
    """The READ BINARY commands that read one field (several for the photo)."""
    reads = []
    offset, left = f.offset, f.length
    while left > 0:
        n = min(left, MAX_LE)
        reads.append(read_binary(offset, n))
        offset += n
        left -= n
    return reads


def exchange(transmit: Transmit, apdu: bytes, *, response_p2: int = 0, max_rounds: int = 300) -> bytes:
    """Sends ``apdu`` and returns all the data it produced, following the T=0 status words.

    ``61 xx``: data is waiting, fetched with GET RESPONSE (``xx`` = 00 means 256 bytes); the card may hand it
    over in several shorter pieces, each ending ``61 xx`` until the last ends ``90 00``. ``6C xx``: the
    length asked for was wrong; the same command is sent again asking for ``xx`` bytes. Anything else raises
    :class:`CardStatusError`; so does a card that never finishes (``max_rounds``: enough for 255 bytes
    handed over one at a time).
    """
    data = bytearray()
    command = apdu
    for _ in range(max_rounds):
        chunk, sw1, sw2 = transmit(command)
        if (sw1, sw2) == SW_OK:
            data += chunk
            return bytes(data)
        if sw1 == 0x61:
            data += chunk
            command = bytes([0x00, 0xC0, 0x00, response_p2, sw2])
        elif sw1 == 0x6C:
            command = command[:-1] + bytes([sw2])  # the last byte is the length asked for (Le)
        else:
            raise CardStatusError(sw1, sw2)
    raise CardStatusError(0x6F, 0x00)


# ---------------------------------------------------------------------------------------------- text
def decode_tis620(raw: bytes) -> str:
    """Card text as Unicode: TIS-620 decoded, NUL/0xFF padding and trailing spaces dropped, NFC.

    Bytes TIS-620 leaves undefined (0x80–0xA0, 0xDB–0xDE, 0xFC–0xFF) are dropped rather than guessed."""
    text = raw.replace(b"\x00", b"").decode("tis-620", errors="ignore")
    return unicodedata.normalize("NFC", text).rstrip()


def encode_tis620(text: str, length: int) -> bytes:
    """Text as the card stores it: TIS-620, padded with spaces to ``length`` bytes (for the test card)."""
    raw = text.encode("tis-620")
    if len(raw) > length:
        raise ValueError("text longer than the field")
    return raw + b" " * (length - len(raw))


def hash_fields(text: str, count: int) -> list[str]:
    """A ``#``-separated card field split into exactly ``count`` stripped parts (missing ones empty; the
    rest of an over-long field stays in the last part)."""
    parts = [p.strip() for p in text.split("#", count - 1)]
    return parts + [""] * (count - len(parts))


class Sex(StrEnum):
    """The card's sex byte."""

    MALE = "1"
    FEMALE = "2"
    UNKNOWN = ""


@dataclass(frozen=True)
class CardName:
    """A name as the card holds it."""

    title: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""

    @property
    def given_with_middle(self) -> str:
        """Given and middle name together (the forms have no middle-name field)."""
        return f"{self.given} {self.middle}".strip()


def parse_name(text: str) -> CardName:
    """``title#given#middle#family`` → its parts."""
    title, given, middle, family = hash_fields(text, 4)
    return CardName(title, given, middle, family)


@dataclass(frozen=True)
class BeDate:
    """A Buddhist-era date from the card; month or day 0 when the registry does not know them."""

    year_be: int
    month: int = 0
    day: int = 0

    @property
    def lifelong(self) -> bool:
        """The expiry date of a card that never expires (``99999999``)."""
        return self.year_be == 9999

    def to_date(self) -> date | None:
        """The Gregorian date, or None when month or day is unknown (or the date is lifelong)."""
        if self.lifelong or not self.month or not self.day:
            return None
        try:
            return date(self.year_be - 543, self.month, self.day)
        except ValueError:
            return None

    def iso(self) -> str:
        """``YYYY-MM-DD`` (Common Era), or just ``YYYY`` when month/day are unknown; empty when lifelong."""
        if self.lifelong:
            return ""
        d = self.to_date()
        return d.isoformat() if d is not None else f"{self.year_be - 543:04d}"


def parse_be_date(text: str) -> BeDate | None:
    """``YYYYMMDD`` in the Buddhist era (``25300115``) → :class:`BeDate`; None when not 8 digits."""
    s = text.strip()
    if len(s) != 8 or not s.isascii() or not s.isdigit():
        return None
    if s == "99999999":
        return BeDate(9999, 99, 99)
    return BeDate(int(s[:4]), int(s[4:6]), int(s[6:8]))


# ---------------------------------------------------------------------------------------------- address
_MOO = ("หมู่ที่", "หมู่", "ม.")
_ROAD = ("ถนน", "ถ.")
_SUBDISTRICT = ("ตำบล", "แขวง", "ต.")
_DISTRICT = ("กิ่งอำเภอ", "อำเภอ", "เขต", "อ.")
_PROVINCE = ("จังหวัด", "จ.")


def _strip_prefix(text: str, prefixes: tuple[str, ...]) -> str:
    for p in prefixes:
        if text.startswith(p):
            return text[len(p) :].strip()
    return text.strip()


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFC", name).split())


@cache
def _places() -> dict[tuple[str, str, str], geo.AddressMatch]:
    # (province, district, subdistrict) → the first postcode's entry; built once from geothai.
    index: dict[tuple[str, str, str], geo.AddressMatch] = {}
    for m in geo.all_addresses():
        index.setdefault((_key(m.province), _key(m.district), _key(m.subdistrict)), m)
    return index


@cache
def _places_by_province() -> dict[tuple[str, str], list[geo.AddressMatch]]:
    index: dict[tuple[str, str], list[geo.AddressMatch]] = {}
    for m in _places().values():
        index.setdefault((_key(m.province), _key(m.subdistrict)), []).append(m)
    return index


def match_place(subdistrict: str, district: str, province: str) -> geo.AddressMatch | None:
    """The geothai subdistrict these names (level words already removed) denote: by all three names, else
    by province and subdistrict when that is unique (a district renamed since the card was issued)."""
    prov = "กรุงเทพมหานคร" if geo.is_bangkok_address(province) else province
    found = _places().get((_key(prov), _key(district), _key(subdistrict)))
    if found is not None:
        return found
    candidates = _places_by_province().get((_key(prov), _key(subdistrict)), [])
    return candidates[0] if len(candidates) == 1 else None


@dataclass(frozen=True)
class CardAddress:
    """The registered address (ที่อยู่ตามทะเบียนบ้าน) as read, split, and matched to geothai."""

    house_no: str = ""
    moo: str = ""
    trok: str = ""
    soi: str = ""
    road: str = ""
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    subdistrict_code: str = ""
    postcode: str = ""

    def to_address(self) -> Address:
        """The form's address: ตรอก and ซอย share the form's one lane field."""
        lane = " ".join(p for p in (self.trok, self.soi) if p)
        return Address(
            house_no=self.house_no,
            moo=self.moo,
            soi=lane,
            road=self.road,
            subdistrict_code=self.subdistrict_code,
            subdistrict=self.subdistrict,
            district=self.district,
            province=self.province,
            postcode=self.postcode,
        )


def parse_address(text: str) -> CardAddress:
    """``house#moo#trok#soi#road#subdistrict#district#province`` → its parts, matched to geothai.

    ``หมู่ที่ 5`` gives moo ``5`` and ``ถนนพหลโยธิน`` road ``พหลโยธิน``; ตรอก and ซอย keep their word (the form's
    lane field holds either); the level words ตำบล/แขวง, อำเภอ/เขต and จังหวัด are dropped. Bangkok addresses
    name no จังหวัด (``แขวงลาดยาว#เขตจตุจักร#กรุงเทพมหานคร``). The postcode, which the card does not hold, is
    the subdistrict's first one; names that match no subdistrict are kept as read, with no code.
    """
    house, moo, trok, soi, road, sub, dist, prov = hash_fields(text, 8)
    sub = _strip_prefix(sub, _SUBDISTRICT)
    dist = _strip_prefix(dist, _DISTRICT)
    prov = _strip_prefix(prov, _PROVINCE)
    place = match_place(sub, dist, prov)
    return CardAddress(
        house_no=house,
        moo=_strip_prefix(moo, _MOO),
        trok=trok,
        soi=soi,
        road=_strip_prefix(road, _ROAD),
        subdistrict=place.subdistrict if place else sub,
        district=place.district if place else dist,
        province=place.province if place else prov,
        subdistrict_code=place.subdistrict_code if place else "",
        postcode=place.postcode if place else "",
    )


# ---------------------------------------------------------------------------------------------- card
@dataclass(frozen=True)
class ThaiIdCard:
    """The public data of one Thai national ID card, as read."""

    citizen_id: str
    name_th: CardName
    name_en: CardName
    birth_date: BeDate | None
    sex: Sex
    issuer: str
    issue_date: BeDate | None
    expiry_date: BeDate | None
    address: CardAddress
    photo: bytes = field(default=b"", repr=False)

    def is_expired(self, today: date) -> bool:
        """Whether the card's expiry date is before ``today`` (a lifelong card never expires)."""
        if self.expiry_date is None or self.expiry_date.lifelong:
            return False
        expiry = self.expiry_date.to_date()
        return expiry is not None and expiry < today

    def to_person(self) -> Person:
        """The form's person: Thai name, national ID, birth date and registered address."""
        return Person(
            title=self.name_th.title,
            given_name=self.name_th.given_with_middle,
            family_name=self.name_th.family,
            id_document=IdDocument.THAI_NATIONAL_ID,
            national_id=self.citizen_id,
            nationality="ไทย",
            birth_date=self.birth_date.iso() if self.birth_date else "",
            address=self.address.to_address(),
        )


def trim_jpeg(raw: bytes) -> bytes:
    """The photo without the padding after its JPEG end marker (the photo area is a fixed size)."""
    end = raw.rfind(b"\xff\xd9")
    return raw[: end + 2] if raw.startswith(b"\xff\xd8") and end > 0 else b""


def parse_card(files: dict[str, bytes], photo: bytes = b"") -> ThaiIdCard:
    """The card from the raw bytes of its fields (keyed by :class:`CardFile` name)."""

    def text(f: CardFile) -> str:
        return decode_tis620(files.get(f.name, b""))

    sex = text(SEX)
    return ThaiIdCard(
        citizen_id="".join(ch for ch in text(CID) if ch.isdigit()),
        name_th=parse_name(text(NAME_TH)),
        name_en=parse_name(text(NAME_EN)),
        birth_date=parse_be_date(text(BIRTH_DATE)),
        sex=Sex(sex) if sex in {"1", "2"} else Sex.UNKNOWN,
        issuer=text(ISSUER),
        issue_date=parse_be_date(text(ISSUE_DATE)),
        expiry_date=parse_be_date(text(EXPIRY_DATE)),
        address=parse_address(text(ADDRESS)),
        photo=trim_jpeg(photo),
    )
