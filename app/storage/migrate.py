"""Schema migrations, run programmatically at start-up (no alembic.ini; docs/ARCHITECTURE.md,
Pitfalls).

Revision ids are fixed so parts can be built side by side: ``0001_initial`` → ``0002_print_jobs`` →
``0003_sync_state`` → ``0004_citizen_surveys`` → ``0011_dashboard`` → ``0012_dashboard_indexes`` →
``0013_search_index_detail_none`` → ``0014_must_change_password`` → ``0015_access_token_index`` (one
chain: a new part's revision revises the newest one). Foreign keys are off while a migration runs (batch
mode copies tables) and ``PRAGMA foreign_key_check`` must come back empty before the pooled connection is
used again.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import app.storage
from app.logs import DB as log
from app.storage.db import Database
from app.storage.errors import KnownError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def import_table_modules() -> None:
    """Imports every module of ``app.storage`` so ``Base.metadata`` holds all tables (later parts add
    ``print_jobs.py``, ``sync_state.py``, ``petitions.py`` beside ``models.py``)."""
    for info in pkgutil.iter_modules(app.storage.__path__):
        if info.name != "migrations":
            importlib.import_module(f"app.storage.{info.name}")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Keeps autogenerate away from the FTS5 virtual table and its shadow tables."""
    return not (type_ == "table" and name is not None and name.startswith("records_fts"))


def alembic_config() -> Config:
    """An Alembic ``Config`` built in code, pointing at ``app/storage/migrations``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")  # Alembic 1.16+ warns without it
    cfg.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    return cfg


@functools.cache
def _shipped() -> tuple[tuple[str, ...], frozenset[str]]:
    """The heads and every revision of the migration files this build ships. Read once a process: Alembic
    loads every migration file to answer, which is most of the time a counter home takes to open."""
    script = ScriptDirectory.from_config(alembic_config())
    return tuple(str(h) for h in script.get_heads()), frozenset(
        str(r.revision) for r in script.walk_revisions()
    )


def head_revision() -> str:
    """The newest revision shipped with this build."""
    heads = _shipped()[0]
    if len(heads) != 1:
        raise RuntimeError(f"migration chain must have one head, found {heads}")
    return str(heads[0])


def current_revision(db: Database) -> str | None:
    """The revision the database file is at (None for an empty database)."""
    with db.read_session() as session:
        ctx = MigrationContext.configure(session.connection())
        rev = ctx.get_current_revision()
    return None if rev is None else str(rev)


def known_revisions() -> set[str]:
    """Every revision this build ships (a file at any of them can be migrated to the head)."""
    return set(_shipped()[1])


def refuse_newer(db: Database) -> None:
    """Refuses a database a newer build has migrated past this build's head, before anything writes to it.

    An older build would otherwise run on tables it does not know (or Alembic would fail half-way), so a
    counter that was rolled back to an older install stops here with ``database_newer`` and the file as it
    was; installing the newer build again opens it.
    """
    rev = current_revision(db)
    if rev is not None and rev not in known_revisions():
        log.error("database is at revision %s, unknown to this build (head %s)", rev, head_revision())
        raise KnownError("database_newer", f"database revision {rev}, this build's head {head_revision()}")


def needs_upgrade(db: Database) -> bool:
    """Whether the file is behind this build's head."""
    return current_revision(db) != head_revision()


def upgrade_to_head(db: Database) -> None:
    """Runs every pending migration in one transaction, with foreign keys off and checked after."""
    problems = _run(db, lambda cfg: command.upgrade(cfg, "head"))
    if problems:
        log.error("foreign_key_check after migration: %d problems", len(problems))
        raise KnownError("migration_failed", f"{len(problems)} foreign key problems")
    log.info("database at revision %s", head_revision())


def downgrade_to(db: Database, revision: str) -> None:
    """Runs migrations down to ``revision`` (tests of the chain; never at start-up)."""
    _run(db, lambda cfg: command.downgrade(cfg, revision))


def _run(db: Database, step: Callable[[Config], None]) -> list[Any]:
    """Runs an Alembic command on one connection with foreign keys off; returns ``foreign_key_check``."""
    cfg = alembic_config()
    with db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        # PRAGMA foreign_keys is a no-op inside a transaction: set it on the raw connection before
        # SQLAlchemy begins one.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            step(cfg)
            problems: list[Any] = raw.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA foreign_keys = ON")
    return problems
