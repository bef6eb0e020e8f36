"""Forced password change: users.must_change_password.

Revision ID: 0014_must_change_password
Revises: 0013_search_index_detail_none
Create Date: 2026-12-03

An account whose password the administrator chose (a new account, a reset) must replace it at the next
sign-in; accounts that exist already keep working as they are (the column defaults to false).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_must_change_password"
down_revision: str | Sequence[str] | None = "0013_search_index_detail_none"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds the column (plain ALTER TABLE ADD COLUMN: no batch copy of the table)."""
    op.add_column(
        "users", sa.Column("must_change_password", sa.Boolean(), server_default="0", nullable=False)
    )


def downgrade() -> None:
    """Drops the column (SQLite 3.35+ drops a column in place)."""
    op.drop_column("users", "must_change_password")
