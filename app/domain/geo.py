"""Thai administrative divisions and postcodes, from the ``geothai`` package.

77 provinces, 928 districts and 7,436 subdistricts with Thailand Post postcodes (some subdistricts span
two post-office zones and so have two postcodes). Names are kept without the level word: the district
``เขตพระนคร`` of the data is ``พระนคร`` here, and labels add ``แขวง/เขต`` (Bangkok) or
``ตำบล/อำเภอ/จังหวัด`` (elsewhere) when printed.

The search index is built once, on first use (about 0.1 s), so importing this module stays cheap.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

# geothai loads its data tables on import (~0.25 s): it is imported where the index is built and where the
# credit line is read, so the sign-in window (which imports this module through the error texts) does not
# wait for it (docs/ARCHITECTURE.md, Start-up).
_SOURCE = "GeoThai/data (geothai {version}), CC-BY-4.0 — Pongsakorn Thipayanate"
_CREDIT = "ข้อมูลเขตการปกครองและรหัสไปรษณีย์: {source}; ที่มา: กรมการปกครอง, ไปรษณีย์ไทย"

if TYPE_CHECKING:
    GEO_SOURCE: str
    """The data set, its version, licence and author: the same words in every language."""
    GEO_CREDIT: str
    """Attribution required by the data licence (CC-BY-4.0), for the About box."""
else:

    def __getattr__(name: str) -> str:
        """``GEO_SOURCE`` and ``GEO_CREDIT`` on first use (PEP 562)."""
        if name in {"GEO_SOURCE", "GEO_CREDIT"}:
            import geothai

            source = _SOURCE.format(version=geothai.DATA_VERSION)
            return source if name == "GEO_SOURCE" else _CREDIT.format(source=source)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


BANGKOK_PROVINCE_CODE = "10"
_BANGKOK_DISTRICT_WORD = "เขต"
_LEVEL_WORDS = re.compile(r"^(?:จังหวัด|จ\.|อำเภอ|อ\.|เขต|ตำบล|ต\.|แขวง|กิ่งอำเภอ)\s*")
_MARKS = re.compile(r"[\s.'\-]")
_LEADING_VOWELS = "เแโใไ"
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_PROVINCE_ALIASES = {BANGKOK_PROVINCE_CODE: ("กทม", "bkk")}  # what people type for กรุงเทพมหานคร


@dataclass(frozen=True)
class AddressMatch:
    """One subdistrict with one of its postcodes, as offered by the address picker."""

    subdistrict_code: str
    subdistrict: str
    district: str
    province: str
    postcode: str

    @property
    def is_bangkok(self) -> bool:
        """Bangkok uses แขวง/เขต instead of ตำบล/อำเภอ."""
        return self.subdistrict_code.startswith(BANGKOK_PROVINCE_CODE)

    @property
    def label_th(self) -> str:
        """The full Thai label, e.g. ``แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200`` or
        ``ตำบลเกาะเต่า อำเภอเกาะพะงัน จังหวัดสุราษฎร์ธานี 84360``."""
        return area_label_th(
            self.subdistrict, self.district, self.province, self.postcode, bangkok=self.is_bangkok
        )

    @property
    def short_label_th(self) -> str:
        """An abbreviated label for narrow paper: ``ต.เกาะเต่า อ.เกาะพะงัน จ.สุราษฎร์ธานี 84360``."""
        if self.is_bangkok:
            return f"แขวง{self.subdistrict} เขต{self.district} กรุงเทพฯ {self.postcode}"
        return f"ต.{self.subdistrict} อ.{self.district} จ.{self.province} {self.postcode}"


def _fold(text: str) -> str:
    """A name or query in one comparable form: NFC, lower case, no spaces/dots/hyphens, no level word."""
    s = unicodedata.normalize("NFC", text).strip().lower().translate(_THAI_DIGITS)
    s = _LEVEL_WORDS.sub("", s)
    return _MARKS.sub("", s)


_BANGKOK_NAMES = frozenset(_fold(n) for n in ("กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "กทม", "bangkok", "bkk"))


def is_bangkok_address(province: str, subdistrict_code: str = "") -> bool:
    """Whether an address is in Bangkok (แขวง/เขต there, ตำบล/อำเภอ elsewhere): by its geothai subdistrict
    code when it has one, else by the province as typed (``กรุงเทพมหานคร``, ``กรุงเทพฯ``, ``กทม.``)."""
    if subdistrict_code:
        return subdistrict_code.startswith(BANGKOK_PROVINCE_CODE)
    return _fold(province) in _BANGKOK_NAMES


def area_label_th(
    subdistrict: str, district: str, province: str, postcode: str = "", *, bangkok: bool | None = None
) -> str:
    """Subdistrict, district, province and postcode with their Thai level words, empty parts left out:
    ``แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500`` or ``ตำบลปากน้ำ อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ
    10270``. ``bangkok`` defaults to what the province's name says."""
    if bangkok is None:
        bangkok = is_bangkok_address(province)
    parts = [
        f"{'แขวง' if bangkok else 'ตำบล'}{subdistrict}" if subdistrict else "",
        f"{'เขต' if bangkok else 'อำเภอ'}{district}" if district else "",
        (province if bangkok else f"จังหวัด{province}") if province else "",
        postcode,
    ]
    return " ".join(p for p in parts if p)


def _district_name(name_th: str, province_code: str) -> str:
    if province_code == BANGKOK_PROVINCE_CODE and name_th.startswith(_BANGKOK_DISTRICT_WORD):
        return name_th[len(_BANGKOK_DISTRICT_WORD) :]
    return name_th


class _Unit:
    """One named area (a subdistrict, district or province) and the entries it covers."""

    __slots__ = ("entries", "keys")

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.keys = keys
        self.entries: list[int] = []


# How one query word fits one area; lower is better. Exact beats prefix beats substring, and a
# subdistrict beats a district beats a province, so "บางรัก" lists แขวงบางรัก before the rest of เขตบางรัก.
_EXACT, _PREFIX, _INSIDE = 0, 3, 6
_LEVEL_BONUS = (0, 1, 2)  # subdistrict, district, province


class _Index:
    """Everything the lookups need, built once."""

    def __init__(self) -> None:
        import geothai

        provinces = geothai.provinces()
        bangkok = next(p.name_th for p in provinces if p.code == BANGKOK_PROVINCE_CODE)
        others = sorted((p.name_th for p in provinces if p.name_th != bangkok), key=thai_sort_key)
        self.provinces_sorted = (bangkok, *others)
        self.province_by_name = {p.name_th: p.code for p in provinces}
        self.districts_by_province: dict[str, tuple[str, ...]] = {}
        self.postcodes_by_subdistrict: dict[str, tuple[str, ...]] = {}
        entries: list[AddressMatch] = []
        levels: tuple[list[_Unit], list[_Unit], list[_Unit]] = ([], [], [])
        self.by_postcode: dict[str, list[int]] = {}
        for p in provinces:
            prov_unit = _Unit(_keys(p.name_th, p.name_en) + _PROVINCE_ALIASES.get(p.code, ()))
            levels[2].append(prov_unit)
            names: list[str] = []
            for d in geothai.districts(p.code):
                d_th = _district_name(d.name_th, p.code)
                names.append(d_th)
                dist_unit = _Unit(_keys(d_th, d.name_en))
                levels[1].append(dist_unit)
                for s in geothai.subdistricts(d.code):
                    self.postcodes_by_subdistrict[s.code] = s.postal_codes
                    sub_unit = _Unit(_keys(s.name_th, s.name_en))
                    levels[0].append(sub_unit)
                    for postcode in s.postal_codes:
                        i = len(entries)
                        entries.append(AddressMatch(s.code, s.name_th, d_th, p.name_th, postcode))
                        for unit in (sub_unit, dist_unit, prov_unit):
                            unit.entries.append(i)
                        self.by_postcode.setdefault(postcode, []).append(i)
            self.districts_by_province[p.code] = tuple(sorted(names, key=thai_sort_key))
        self.entries = tuple(entries)
        self.levels = levels
        self.postcodes = frozenset(self.by_postcode)
        self.entry_by_key = {(m.subdistrict_code, m.postcode): m for m in entries}

    def token_ranks(self, token: str) -> dict[int, int]:
        """Entry index → rank for every entry one query word fits."""
        ranks: dict[int, int] = {}
        if token.isdigit():
            for postcode, idxs in self.by_postcode.items():
                if postcode.startswith(token):
                    for i in idxs:
                        ranks[i] = _EXACT
            return ranks
        for bonus, units in zip(_LEVEL_BONUS, self.levels, strict=True):
            for unit in units:
                rank = None
                for key in unit.keys:
                    if token in key:
                        r = _EXACT if key == token else _PREFIX if key.startswith(token) else _INSIDE
                        rank = r if rank is None else min(rank, r)
                if rank is None:
                    continue
                rank += bonus
                for i in unit.entries:
                    if rank < ranks.get(i, 99):
                        ranks[i] = rank
        return ranks


def _keys(name_th: str, name_en: str) -> tuple[str, ...]:
    th, en = _fold(name_th), _fold(name_en)
    return (th,) if th == en else (th, en)


_lock = threading.Lock()


@cache
def _index_unlocked() -> _Index:
    return _Index()


def _index() -> _Index:
    # The UI may call from a worker thread and the GUI thread at once: build once, not twice.
    with _lock:
        return _index_unlocked()


def address_matches(text: str, limit: int = 20) -> list[AddressMatch]:
    """Subdistricts (with a postcode each) that fit what the officer typed, best first.

    ``text`` may be a postcode or its beginning (``102``), a subdistrict, district or province name in Thai
    or English, whole or its beginning or any part (``พระบรม``, ``บางรัก``), or several of these separated
    by spaces (``บางรัก 10500``): every word must fit. Level words (ตำบล, ต., อำเภอ, เขต, แขวง, จังหวัด)
    are ignored. Empty text gives no matches. A subdistrict with two postcodes appears once per postcode.
    """
    tokens = [t for t in (_fold(w) for w in unicodedata.normalize("NFC", text).split()) if t]
    if not tokens or limit <= 0:
        return []
    idx = _index()
    total: dict[int, int] | None = None
    for token in tokens:
        ranks = idx.token_ranks(token)
        total = ranks if total is None else {i: r + ranks[i] for i, r in total.items() if i in ranks}
        if not total:
            return []
    assert total is not None
    # Entries are in code order already, so the index breaks ties by subdistrict code, then postcode.
    best = heapq.nsmallest(limit, total.items(), key=lambda item: (item[1], item[0]))
    return [idx.entries[i] for i, _ in best]


def thai_sort_key(text: str) -> str:
    """A key that sorts Thai words in dictionary order: a leading vowel (เ แ โ ใ ไ) sorts after the
    consonant it is written before, as in a Thai dictionary (plain code-point order would put every
    เ-word after every ฮ-word)."""
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        if chars[i] in _LEADING_VOWELS:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 2
        else:
            i += 1
    return "".join(chars)


def provinces() -> list[str]:
    """The Thai names of the 77 provinces: กรุงเทพมหานคร first (most visitors of the service point live
    there), then the rest in Thai dictionary order."""
    return list(_index().provinces_sorted)


def districts(province: str) -> list[str]:
    """The Thai names of a province's districts in dictionary order; ``province`` is its Thai name (with
    or without จังหวัด) or its two-digit code. Unknown provinces give an empty list."""
    idx = _index()
    code = province if province in idx.districts_by_province else None
    if code is None:
        name = _LEVEL_WORDS.sub("", province.strip())
        code = idx.province_by_name.get(name)
    if code is None:
        return []
    return list(idx.districts_by_province[code])


def postcode_matches_subdistrict(postcode: str, subdistrict_code: str) -> bool:
    """Whether ``postcode`` is one of the postcodes of the subdistrict with this code (False for an unknown
    code)."""
    return postcode.strip() in _index().postcodes_by_subdistrict.get(subdistrict_code, ())


def is_known_postcode(postcode: str) -> bool:
    """Whether any subdistrict uses this five-digit postcode."""
    return postcode.strip() in _index().postcodes


def subdistrict_address(subdistrict_code: str, postcode: str = "") -> AddressMatch | None:
    """The address of a subdistrict code, with ``postcode`` when it is one of its postcodes, else its
    first; ``None`` for an unknown code."""
    idx = _index()
    codes = idx.postcodes_by_subdistrict.get(subdistrict_code)
    if not codes:
        return None
    return idx.entry_by_key[(subdistrict_code, postcode if postcode in codes else codes[0])]


def is_known_province(name: str) -> bool:
    """Whether ``name`` is the Thai name of a province (with or without จังหวัด)."""
    return _LEVEL_WORDS.sub("", name.strip()) in _index().province_by_name


def is_known_district(province: str, district: str) -> bool:
    """Whether ``district`` (Thai name, with or without อำเภอ/เขต) is a district of ``province``."""
    return _LEVEL_WORDS.sub("", district.strip()) in districts(province)


def all_addresses() -> tuple[AddressMatch, ...]:
    """Every (subdistrict, postcode) pair, in code order: for synthetic data and tests."""
    return _index().entries
