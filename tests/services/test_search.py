"""Search by what an officer types: a Thai fragment of 1, 2 or 5 characters, a tracking code, an ID or a
phone number."""

from __future__ import annotations

import random

import pytest

from app.domain.national_id import fake_national_id, format_national_id
from app.services import Services
from app.storage import search
from app.storage.search import parse_query
from tests.helpers.counter import Staff, complaint


def _save(services: Services, staff: Staff) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["water"] = services.complaints.register(
        staff.officer,
        complaint(
            seed=1,
            subject="น้ำประปาไม่ไหล",
            description="บ้านเลขที่ ๑๒ น้ำไม่ไหลมาสามวัน",
            given_name="พิมพ์ชนก",
            family_name="ศรีสุวรรณรัตน์",
            national_id=fake_national_id(random.Random(1)),
            phone="0812345678",
        ),
    ).record_id
    ids["road"] = services.complaints.register(
        staff.officer,
        complaint(
            seed=2,
            subject="ถนนชำรุด",
            description="ถนนเป็นหลุมบ่อ รถจักรยานยนต์ล้ม",
            given_name="สมชาย",
            family_name="ใจดี",
            national_id=fake_national_id(random.Random(2)),
            phone="0898765432",
        ),
    ).record_id
    ids["noise"] = services.complaints.register(
        staff.officer,
        complaint(
            seed=3,
            subject="เสียงดังรบกวน",
            description="ร้านคาราโอเกะเปิดเพลงดังถึงตีสอง",
            given_name="ฤทัย",
            family_name="ทองดี",
            national_id=fake_national_id(random.Random(3)),
            phone="0861112222",
        ),
    ).record_id
    return ids


def _found(services: Services, text: str) -> set[str]:
    rows = services.records.rows(services.records.ids_page(text, None, 50))
    return {r.record_id for r in rows}


def test_thai_fragments_of_one_two_and_five_characters(services: Services, staff: Staff) -> None:
    ids = _save(services, staff)
    assert _found(services, "ฤ") == {ids["noise"]}  # one code point: the instr path
    assert _found(services, "ถน") == {ids["road"]}  # two code points: the instr path
    assert _found(services, "ประปา") == {ids["water"]}  # five: the FTS trigram path
    assert _found(services, "ดี") == {ids["road"], ids["noise"]}  # family names ใจดี and ทองดี
    assert _found(services, "น้ำไม่ไหล") == {ids["water"]}  # tone marks inside the match
    assert _found(services, "ไม่มีคำนี้เลย") == set()
    assert services.records.count("ดี") == 2
    assert services.records.count("ประปา") == 1
    assert services.records.count("") == 3


def test_codes_ids_and_phones_with_or_without_separators(services: Services, staff: Staff) -> None:
    ids = _save(services, staff)
    water = services.records.detail(ids["water"])
    code = water.tracking_code
    grouped = f"{code[:3]}-{code[3:9]}-{code[9]}-{code[10:-1]}-{code[-1]}"
    assert _found(services, code) == {ids["water"]}
    assert _found(services, grouped) == {ids["water"]}
    nid = fake_national_id(random.Random(2))
    assert _found(services, nid) == {ids["road"]}
    assert _found(services, format_national_id(nid)) == {ids["road"]}
    assert _found(services, "089-876-5432") == {ids["road"]}
    assert _found(services, "+66 89 876 5432") == {ids["road"]}
    assert _found(services, "๐๘๖๑๑๑๒๒๒๒") == {ids["noise"]}  # Thai digits
    assert _found(services, "สมชาย ใจ") == {ids["road"]}  # several terms must all match


def test_paging_is_keyset_newest_first_under_a_query(services: Services, staff: Staff) -> None:
    saved = [
        services.complaints.register(
            staff.officer, complaint(seed=40 + i, subject=f"ไฟฟ้าดับ ครั้งที่ {i}")
        ).record_id
        for i in range(7)
    ]
    pages: list[int] = []
    after: int | None = None
    while True:
        page = services.records.ids_page("ไฟฟ้าดับ", after, 3)
        if not page:
            break
        pages += page
        after = page[-1]
    assert [r.record_id for r in services.records.rows(pages)] == list(reversed(saved))


def test_query_parsing_splits_short_and_long_terms() -> None:
    q = parse_query("  ถน  ประปา ")
    assert q.fts_terms == ("ประปา",) and q.short_terms == ("ถน",)
    assert parse_query("005-690324-0-0001-3").fts_terms == ("005690324000013",)
    assert parse_query('a"b"c').match_expression() == '"a""b""c"'
    assert parse_query("   ").empty


def test_whole_numbers_use_their_index_and_parts_fall_back_to_substrings(
    services: Services, staff: Staff
) -> None:
    ids = _save(services, staff)
    # The last four digits of a phone are no phone number: substring search finds them.
    assert _found(services, "5432") == {ids["road"]}
    # A whole phone number that is also inside another record's text still finds its owner first.
    services.complaints.register(
        staff.officer, complaint(seed=60, description="ผู้ร้องแจ้งว่าเบอร์ 0898765432 โทรมาข่มขู่")
    )
    assert _found(services, "0898765432") == {ids["road"]}
    assert services.records.count("089 876 5432") == 1
    # A number nobody has exactly is searched as text.
    assert len(_found(services, "๑๒")) >= 1


def test_count_can_stop_early(services: Services, staff: Staff) -> None:
    _save(services, staff)
    assert services.records.count("", limit=2) == 2
    assert services.records.count("ดี", limit=1) == 1
    assert services.records.count("ดี", limit=100) == 2
    assert services.records.count("ประปา", limit=100) == 1


@pytest.mark.parametrize(("window", "max_grams"), [(1, 48), (1, 1), (4_000, 48)])
def test_short_fragments_give_the_same_answer_by_index_or_by_scan(
    services: Services, staff: Staff, monkeypatch: pytest.MonkeyPatch, window: int, max_grams: int
) -> None:
    # window=1: the newest-records scan finds nothing, so the trigram index answers (or, with
    # max_grams=1, the full instr scan); window=4,000: the scan of the newest records answers.
    monkeypatch.setattr(search, "RECENT_WINDOW", window)
    monkeypatch.setattr(search, "MAX_PREFIX_TRIGRAMS", max_grams)
    ids = _save(services, staff)
    assert _found(services, "ฤ") == {ids["noise"]}
    assert _found(services, "ถน") == {ids["road"]}
    assert _found(services, "ดี") == {ids["road"], ids["noise"]}
    assert _found(services, "สอง") == {ids["noise"]}
    # The last characters of a record's text (its description ends in "ตีสอง").
    assert _found(services, "ง") >= {ids["noise"]}
    assert _found(services, "ฌ") == set()
    assert _found(services, "ดี ถน") == {ids["road"]}
    assert services.records.count("ดี") == 2
    assert services.records.count("ฌ") == 0
    page = services.records.ids_page("ดี", None, 1)
    assert services.records.ids_page("ดี", page[0], 5) != page
