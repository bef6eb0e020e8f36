"""Alembic migrations: from an empty file to head, the chain is linear, and the schema matches the models."""

from __future__ import annotations

import itertools
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.storage.base import Base
from app.storage.db import DB_FILE, Database
from app.storage.keys import new_key
from app.storage.migrate import (
    alembic_config,
    current_revision,
    downgrade_to,
    head_revision,
    import_table_modules,
    include_object,
    needs_upgrade,
    upgrade_to_head,
)


def _fresh(tmp_path: Path) -> Database:
    return Database(tmp_path / DB_FILE, new_key(), create=True)


def test_empty_database_migrates_to_head(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    try:
        assert current_revision(db) is None and needs_upgrade(db)
        upgrade_to_head(db)
        assert current_revision(db) == head_revision()
        assert not needs_upgrade(db)
        conn = db.raw()
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            leftovers = [n for n in names if n.startswith("_alembic_tmp")]
            fk_problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
        assert {
            "records",
            "records_fts",
            "records_fts_au",
            "outbox",
            "audit_events",
            "alembic_version",
        } <= names
        assert leftovers == [] and fk_problems == []
        assert db.pragma("foreign_keys") == 1  # switched back on for the pooled connection
    finally:
        db.close()


def test_chain_is_linear_from_0001_initial() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(script.walk_revisions())
    assert revisions[-1].revision == "0001_initial" and revisions[-1].down_revision is None
    assert len(script.get_heads()) == 1
    for newer, older in itertools.pairwise(revisions):
        assert newer.down_revision == older.revision


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    import_table_modules()
    db = _fresh(tmp_path)
    try:
        upgrade_to_head(db)
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"include_object": include_object, "compare_type": True, "render_as_batch": True}
            )
            diff = compare_metadata(ctx, Base.metadata)
            conn.rollback()
    finally:
        db.close()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    try:
        upgrade_to_head(db)
        downgrade_to(db, "base")
        assert current_revision(db) is None
        conn = db.raw()
        try:
            left = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
        assert left <= {"alembic_version", "sqlite_sequence"}
        upgrade_to_head(db)
        assert current_revision(db) == head_revision()
    finally:
        db.close()
