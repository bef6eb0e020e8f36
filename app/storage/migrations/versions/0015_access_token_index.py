"""Records searchable by the receipt's access code.

Revision ID: 0015_access_token_index
Revises: 0014_must_change_password
Create Date: 2026-12-03

The officer types the code printed on the receipt (``7KQ2-M9XD-4TR8V``) into the records search; without
an index that lookup reads every record (a decrypted page per record or two).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015_access_token_index"
down_revision: str | Sequence[str] | None = "0014_must_change_password"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds the index on ``records.access_token``."""
    op.create_index("ix_records_access_token", "records", ["access_token"], unique=False)


def downgrade() -> None:
    """Drops it."""
    op.drop_index("ix_records_access_token", table_name="records")
