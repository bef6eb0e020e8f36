"""Citizen satisfaction ratings from the center's tracking page: citizen_surveys.

Revision ID: 0004_citizen_surveys
Revises: 0003_sync_state
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_citizen_surveys"
down_revision: str | Sequence[str] | None = "0003_sync_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds the citizen_surveys table."""
    op.create_table(
        "citizen_surveys",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("officer", sa.String(length=64), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_citizen_surveys")),
    )


def downgrade() -> None:
    """Drops the citizen_surveys table."""
    op.drop_table("citizen_surveys")
