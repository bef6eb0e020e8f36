"""Dashboard: ratings table, record facts for figures, triggers that keep them.

Revision ID: 0011_dashboard
Revises: 0004_citizen_surveys
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.storage.dashboard import (
    BACKFILL_FACTS,
    BACKFILL_MOVED,
    DASHBOARD_TRIGGER_DROPS,
    DASHBOARD_TRIGGERS,
    OPEN_CASES_WHERE,
)

revision: str = "0011_dashboard"
down_revision: str | Sequence[str] | None = "0004_citizen_surveys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FACT_COLUMNS = ("category_code", "agency_code", "province", "headcount", "central_moved_at")


def upgrade() -> None:
    """Adds the ratings table, the fact columns of records (filled from the current versions) and the
    triggers that keep them."""
    op.create_table(
        "ratings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("officer", sa.String(length=64), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("survey_record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ratings")),
        sa.UniqueConstraint("record_id", "source", name=op.f("uq_ratings_record_id")),
    )
    op.create_index("ix_ratings_given_at", "ratings", ["given_at"], unique=False)
    # Plain ALTER TABLE ADD COLUMN (not batch mode): O(1) on SQLite, where a batch copy of a million
    # records would take minutes.
    op.add_column(
        "records", sa.Column("category_code", sa.String(length=64), server_default="", nullable=False)
    )
    op.add_column(
        "records", sa.Column("agency_code", sa.String(length=64), server_default="", nullable=False)
    )
    op.add_column("records", sa.Column("province", sa.String(length=100), server_default="", nullable=False))
    op.add_column("records", sa.Column("headcount", sa.Integer(), server_default="0", nullable=False))
    op.add_column("records", sa.Column("central_moved_at", sa.DateTime(), nullable=True))
    op.add_column("record_versions", sa.Column("facts_json", sa.Text(), server_default="{}", nullable=False))
    op.create_index(
        "ix_records_open",
        "records",
        ["created_at", "officer", "category_code"],
        unique=False,
        sqlite_where=sa.text(OPEN_CASES_WHERE),
    )
    op.execute(BACKFILL_FACTS)
    op.execute(BACKFILL_MOVED)
    for statement in DASHBOARD_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    """Drops the triggers, the fact columns and the ratings table."""
    for statement in DASHBOARD_TRIGGER_DROPS:
        op.execute(statement)
    op.drop_index("ix_records_open", table_name="records")
    for column in reversed(_FACT_COLUMNS):
        op.drop_column("records", column)  # SQLite 3.35+ drops a column in place
    op.drop_index("ix_ratings_given_at", table_name="ratings")
    op.drop_table("ratings")
