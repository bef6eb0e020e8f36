"""Sync state: sync_meta, reference_sets, reconciliation_runs.

Revision ID: 0003_sync_state
Revises: 0002_print_jobs
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sync_state"
down_revision: str | Sequence[str] | None = "0002_print_jobs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds the sync tables."""
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_meta")),
    )
    op.create_table(
        "reference_sets",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_reference_sets")),
    )
    op.create_table(
        "reconciliation_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("run_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("local_count", sa.Integer(), nullable=False),
        sa.Column("acked_count", sa.Integer(), nullable=False),
        sa.Column("remote_count", sa.Integer(), nullable=False),
        sa.Column("missing_remote", sa.Integer(), nullable=False),
        sa.Column("missing_local", sa.Integer(), nullable=False),
        sa.Column("mismatched", sa.Integer(), nullable=False),
        sa.Column("signed_off", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reconciliation_runs")),
    )
    with op.batch_alter_table("reconciliation_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reconciliation_runs_day"), ["day"], unique=False)


def downgrade() -> None:
    """Drops the sync tables."""
    with op.batch_alter_table("reconciliation_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reconciliation_runs_day"))
    op.drop_table("reconciliation_runs")
    op.drop_table("reference_sets")
    op.drop_table("sync_meta")
