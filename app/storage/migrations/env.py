"""Alembic environment, driven from code (no alembic.ini): see app.storage.migrate.

The caller passes an open SQLAlchemy connection in ``config.attributes["connection"]``, with foreign keys
already off. Every table module under ``app.storage`` is imported so autogenerate sees all tables.
"""

from __future__ import annotations

from alembic import context

from app.storage.base import Base
from app.storage.migrate import import_table_modules, include_object

import_table_modules()
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic CLI, which we do not ship
    raise RuntimeError("run migrations through app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    transactional_ddl=True,  # a failed migration rolls back instead of leaving _alembic_tmp_* tables
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
