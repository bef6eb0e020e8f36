"""The search index is written in batches: the newest records, not indexed yet, are found all the same.

A registration writes no FTS row; every ``FTS_BATCH``-th one indexes the records above the ``meta`` mark.
Whatever the split between indexed records and that tail, a search must give exactly what a plain
substring scan of every record gives, newest first, page after page, and counts must agree.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from app.services import Services
from app.storage import search
from app.storage.models import FTS_BATCH
from app.storage.search import parse_query
from tests.helpers.counter import Staff, complaint, raw_sql

SUBJECTS = ("น้ำประปาไม่ไหล", "ถนนชำรุดเป็นหลุม", "ไฟฟ้าดับทั้งซอย", "ขยะไม่มีคนเก็บ")
QUERIES = ("ฟ", "ถน", "ประปา", "ไม่", "ถน ชำรุด", "หลุม", "ซอย", "081", "555", "ไม่มีคำนี้")


def _register(services: Services, staff: Staff, n: int, start: int = 0) -> list[str]:
    ids = []
    for i in range(start, start + n):
        payload = complaint(
            seed=100 + i,
            subject=SUBJECTS[i % len(SUBJECTS)],
            description=f"รายละเอียดเรื่องที่ {i} ผู้ร้องแจ้งที่จุดบริการ",
            phone=f"081{i % 7}55{i:04d}",
        )
        ids.append(services.complaints.register(staff.officer, payload).record_id)
    return ids


def _mark_and_top(home: Path) -> tuple[int, int]:
    conn = raw_sql(home)
    try:
        mark, top = conn.execute(
            "SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_upto'), "
            "coalesce(max(rowid), 0) FROM records"
        ).fetchone()
    finally:
        conn.close()
    return int(mark or 0), int(top)


def _expected(home: Path, query: str) -> list[str]:
    """Record ids whose search text holds every term of the query, newest first: a plain scan."""
    parsed = parse_query(query)
    terms = [*parsed.fts_terms, *parsed.short_terms]
    conn = raw_sql(home)
    try:
        rows = conn.execute("SELECT id, search_text FROM records ORDER BY rowid DESC").fetchall()
    finally:
        conn.close()
    return [rid for rid, text in rows if all(unicodedata.normalize("NFC", t) in text for t in terms)]


def _searched(services: Services, query: str, page: int) -> list[str]:
    """Every page of a search, ``page`` rows at a time, concatenated."""
    out: list[str] = []
    after = None
    while True:
        rowids = services.records.ids_page(query, after, page)
        out += [r.record_id for r in services.records.rows(rowids)]
        if len(rowids) < page:
            return out
        after = rowids[-1]


def _check_all(services: Services, home: Path) -> None:
    for query in QUERIES:
        expected = _expected(home, query)
        assert _searched(services, query, 50) == expected, query
        assert _searched(services, query, 3) == expected, query
        assert services.records.count(query) == len(expected), query
        assert services.records.count(query, limit=2) == min(2, len(expected)), query


@pytest.mark.parametrize("plan", ["as-shipped", "no-recent-window", "short-terms-by-instr"])
def test_search_is_the_same_before_at_and_after_a_batch(
    services: Services, staff: Staff, counter_home: Path, monkeypatch: pytest.MonkeyPatch, plan: str
) -> None:
    # Each search path on its own: the scan of the newest records for short terms, the trigram index, and
    # the instr scan it falls back to for a short term with many continuations.
    if plan != "as-shipped":
        monkeypatch.setattr(search, "RECENT_WINDOW", 0)
    if plan == "short-terms-by-instr":
        monkeypatch.setattr(search, "MAX_PREFIX_TRIGRAMS", 0)
    _register(services, staff, FTS_BATCH - 1)
    assert _mark_and_top(counter_home) == (0, FTS_BATCH - 1)  # all in the tail
    _check_all(services, counter_home)

    _register(services, staff, 1, start=FTS_BATCH - 1)
    assert _mark_and_top(counter_home) == (FTS_BATCH, FTS_BATCH)  # the batch indexed them all
    _check_all(services, counter_home)

    _register(services, staff, 7, start=FTS_BATCH)
    assert _mark_and_top(counter_home) == (FTS_BATCH, FTS_BATCH + 7)  # indexed records and a tail
    _check_all(services, counter_home)
    assert len(_expected(counter_home, "ไม่")) > 3  # the pages of 3 did cross the tail/index border


@pytest.mark.parametrize("indexed", [True, False], ids=["indexed", "in-tail"])
def test_amended_text_replaces_the_old_in_search(
    services: Services, staff: Staff, counter_home: Path, indexed: bool
) -> None:
    ids = _register(services, staff, FTS_BATCH + 3)
    target = ids[0] if indexed else ids[-1]
    payload = complaint(seed=100, subject="เสียงดังจากโรงงาน", phone="0810000000")
    services.complaints.amend(staff.officer, target, payload, "แก้เรื่องที่ร้อง")
    assert target not in _searched(services, "ประปา", 50)
    assert _searched(services, "โรงงาน", 50) == [target]
    _register(services, staff, FTS_BATCH, start=FTS_BATCH + 3)  # the tail is indexed with the new text
    assert _mark_and_top(counter_home)[0] > FTS_BATCH
    assert _searched(services, "โรงงาน", 50) == [target]
    _check_all(services, counter_home)


def test_deleting_the_newest_indexed_record_keeps_new_records_findable(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    _register(services, staff, FTS_BATCH)
    conn = raw_sql(counter_home)
    try:
        conn.execute("DELETE FROM records WHERE rowid = (SELECT max(rowid) FROM records)")
        conn.commit()
    finally:
        conn.close()
    mark, top = _mark_and_top(counter_home)
    assert mark == top == FTS_BATCH - 1  # the mark follows the highest record left
    payload = complaint(seed=7, subject="ท่อระบายน้ำอุดตัน", phone="0812223333")
    new = services.complaints.register(staff.officer, payload).record_id  # gets the deleted record's rowid
    assert _searched(services, "อุดตัน", 50) == [new]
    _check_all(services, counter_home)
