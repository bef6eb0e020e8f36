"""A smaller search index: the trigram FTS table rebuilt with ``detail=none``.

Revision ID: 0013_search_index_detail_none
Revises: 0012_dashboard_indexes
Create Date: 2026-12-03

``detail=full`` stored every trigram's position in every record (~670 B a record at 100 k demo records);
search needs only which records hold a trigram, and checks the typed term against those records' text
(``app.storage.search``). The index is rebuilt from ``records.search_text`` in the migration's transaction
(about a minute per 250 k records on a 2-core machine) and the batch mark moved to the newest record, so
nothing saved is left out of it. The DDL is copied here, not imported, so this migration stays as shipped.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013_search_index_detail_none"
down_revision: str | Sequence[str] | None = "0012_dashboard_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CREATE = (
    "CREATE VIRTUAL TABLE records_fts USING fts5("
    "search_text, content='records', content_rowid='rowid', tokenize='trigram', columnsize=0{detail})"
)
_TRIGGERS = (
    "CREATE TRIGGER records_fts_ad AFTER DELETE ON records "
    "WHEN old.rowid <= CAST((SELECT value FROM meta WHERE key = 'fts_indexed_upto') AS INTEGER) BEGIN "
    "INSERT INTO records_fts(records_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "UPDATE meta SET value = CAST(CAST(coalesce((SELECT max(rowid) FROM records), 0) AS TEXT) AS BLOB) "
    "WHERE key = 'fts_indexed_upto' "
    "AND CAST(value AS INTEGER) > coalesce((SELECT max(rowid) FROM records), 0); "
    "END",
    "CREATE TRIGGER records_fts_au AFTER UPDATE OF search_text ON records "
    "WHEN old.rowid <= CAST((SELECT value FROM meta WHERE key = 'fts_indexed_upto') AS INTEGER) BEGIN "
    "INSERT INTO records_fts(records_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO records_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)
_DROP = (
    "DROP TRIGGER IF EXISTS records_fts_au",
    "DROP TRIGGER IF EXISTS records_fts_ad",
    "DROP TRIGGER IF EXISTS records_fts_ai",  # left by a bulk load of an early build
    "DROP TABLE IF EXISTS temp.records_fts_vocab",
    "DROP TABLE IF EXISTS records_fts",
)
_MARK = (
    "INSERT INTO meta (key, value) "
    "VALUES ('fts_indexed_upto', CAST(CAST(coalesce((SELECT max(rowid) FROM records), 0) AS TEXT) AS BLOB)) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def _recreate(detail: str) -> None:
    for statement in _DROP:
        op.execute(statement)
    op.execute(_CREATE.format(detail=detail))
    # FTS5 leaves that fit a SQLCipher page (see 0001_initial).
    op.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('pgsz', 3950)")
    # A large page cache while the index is built: with the default 8 MB, FTS5's merges of the segments it
    # writes read them back through a cache they no longer fit (minutes at 100 k records).
    op.execute("PRAGMA cache_size = -262144")
    op.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
    op.execute("PRAGMA cache_size = -8000")
    op.execute(_MARK)
    op.execute("DELETE FROM meta WHERE key = 'fts_rebuild_pending'")  # the rebuild did what it asked
    for statement in _TRIGGERS:
        op.execute(statement)


def upgrade() -> None:
    """Rebuilds the search index without positions."""
    _recreate(", detail=none")


def downgrade() -> None:
    """Rebuilds the search index with positions (``detail=full``, FTS5's default)."""
    _recreate("")
