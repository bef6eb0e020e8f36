"""Dashboard at scale: covering indexes for the figures and the service-standard watch.

Revision ID: 0012_dashboard_indexes
Revises: 0011_dashboard
Create Date: 2026-12-03

A month's figures read through the table cost ~2 s per GROUP BY at 100 k records (a decrypted page per
record or two); ``ix_records_figures`` holds every column a day's counts read, and ``ix_records_open``
gains the columns of its own WHERE, without which SQLite does not use a partial index as covering.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.storage.dashboard import FIGURES_INDEX_COLUMNS, OPEN_CASES_WHERE, OPEN_INDEX_COLUMNS

revision: str = "0012_dashboard_indexes"
down_revision: str | Sequence[str] | None = "0011_dashboard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Rebuilds the open-case index as a covering one and adds the figures index."""
    op.drop_index("ix_records_open", table_name="records")
    op.create_index(
        "ix_records_open",
        "records",
        list(OPEN_INDEX_COLUMNS),
        unique=False,
        sqlite_where=sa.text(OPEN_CASES_WHERE),
    )
    op.create_index("ix_records_figures", "records", list(FIGURES_INDEX_COLUMNS), unique=False)


def downgrade() -> None:
    """Back to the 0011 indexes."""
    op.drop_index("ix_records_figures", table_name="records")
    op.drop_index("ix_records_open", table_name="records")
    op.create_index(
        "ix_records_open",
        "records",
        ["created_at", "officer", "category_code"],
        unique=False,
        sqlite_where=sa.text(OPEN_CASES_WHERE),
    )
