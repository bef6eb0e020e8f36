"""Migration 0013 rebuilds the search index without positions: every record saved before it, indexed or
waiting in the tail, is found after it, and a term is matched as a whole, not as trigrams in any order."""

from __future__ import annotations

from app.services import Services
from app.storage.migrate import current_revision, downgrade_to, head_revision, upgrade_to_head
from app.storage.models import FTS_BATCH
from tests.helpers.counter import Staff, complaint


def _fts_sql(services: Services) -> str:
    conn = services.ctx.db.raw()
    try:
        return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = 'records_fts'").fetchone()[0])
    finally:
        conn.close()


def _codes_found(services: Services, codes: dict[str, str]) -> set[str]:
    found: set[str] = set()
    for record_id, subject in codes.items():
        rows = services.records.rows(services.records.ids_page(subject, None, 50))
        found |= {r.record_id for r in rows if r.record_id == record_id}
    return found


def _leave_a_tail(services: Services, waiting: int) -> None:
    """Takes the newest records out of the index and lowers the mark, as saves left them before a batch."""
    conn = services.ctx.db.raw()
    try:
        top = int(conn.execute("SELECT max(rowid) FROM records").fetchone()[0])
        rows = conn.execute(
            "SELECT rowid, search_text FROM records WHERE rowid > ?", (top - waiting,)
        ).fetchall()
        for rowid, text in rows:
            conn.execute(
                "INSERT INTO records_fts(records_fts, rowid, search_text) VALUES ('delete', ?, ?)",
                (rowid, text),
            )
        conn.execute(
            "UPDATE meta SET value = CAST(CAST(? AS TEXT) AS BLOB) WHERE key = 'fts_indexed_upto'",
            (top - waiting,),
        )
        conn.commit()
    finally:
        conn.close()


def test_records_saved_before_the_rebuild_are_found_after_it(services: Services, staff: Staff) -> None:
    db = services.ctx.db
    subjects: dict[str, str] = {}
    # More than a batch: some records are in the old index, the newest wait above the mark.
    for i in range(FTS_BATCH + 5):
        subject = f"ไฟถนนดับหน้าซอย{i:03d} qxz xzw"
        record_id = services.complaints.register(
            staff.officer, complaint(seed=100 + i, subject=subject)
        ).record_id
        subjects[record_id] = f"ซอย{i:03d}"
    # The records are saved by today's code (which needs the later migrations' columns); then the home is
    # taken back to the index as shipped before (detail=full), with the newest five waiting above the mark.
    downgrade_to(db, "0012_dashboard_indexes")
    assert "detail=none" not in _fts_sql(services)
    _leave_a_tail(services, 5)
    upgrade_to_head(db)
    assert current_revision(db) == head_revision()
    assert "detail=none" in _fts_sql(services)
    assert _codes_found(services, subjects) == set(subjects)
    conn = db.raw()
    try:
        mark = int(conn.execute("SELECT value FROM meta WHERE key = 'fts_indexed_upto'").fetchone()[0])
        top = int(conn.execute("SELECT max(rowid) FROM records").fetchone()[0])
    finally:
        conn.close()
    assert mark == top  # the rebuild indexed the tail too
    # Both trigrams of "qxzw" are in every one of these records, but not the term itself: none matches.
    assert services.records.ids_page("qxzw", None, 50) == []
    assert services.records.count("qxz") == len(subjects)
