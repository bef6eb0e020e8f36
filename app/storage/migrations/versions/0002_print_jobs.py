"""Print jobs: receipts queued for the thermal printer, retried with back-off, reprints audited.

Revision ID: 0002_print_jobs
Revises: 0001_initial
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_print_jobs"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds the print_jobs table."""
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("copy", sa.String(length=16), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=True),
        sa.Column("printer_uri", sa.String(length=500), nullable=False),
        sa.Column("last_error", sa.String(length=64), nullable=False),
        sa.Column("last_status", sa.String(length=32), nullable=False),
        sa.Column("bytes_sent", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"], name=op.f("fk_print_jobs_record_id_records")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_jobs_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_print_jobs_state"), ["state"], unique=False)


def downgrade() -> None:
    """Drops the print_jobs table."""
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_jobs_state"))
        batch_op.drop_index(batch_op.f("ix_print_jobs_record_id"))
    op.drop_table("print_jobs")
