"""Tables of the sync part beyond the core's ``outbox`` (migration ``0003_sync_state``).

* ``sync_meta`` — small facts of the sync: the updates-feed cursor, the reference data version, the last
  successful sync, the last error, the station token (kept here because the database is encrypted).
* ``reference_sets`` — reference data sets (agencies, categories, holidays) received from the center,
  newest version of each; they replace the bundled files at start-up.
* ``reconciliation_runs`` — each reconciliation a supervisor ran or signed off, with its counts.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UtcDateTime


class SyncMeta(Base):
    """One fact of the sync, by key (see ``MetaKey`` in ``app.services.sync_service``)."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ReferenceSet(Base):
    """The newest version of one reference data set the center sent (same JSON shape as the bundled file)."""

    __tablename__ = "reference_sets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # sync.protocol.ReferenceKind value
    version: Mapped[int] = mapped_column(Integer)
    data_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ReconciliationRun(Base):
    """One reconciliation of a Bangkok day against the center (kept for the day-end sign-off)."""

    __tablename__ = "reconciliation_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    run_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    local_count: Mapped[int] = mapped_column(Integer)
    acked_count: Mapped[int] = mapped_column(Integer)
    remote_count: Mapped[int] = mapped_column(Integer)
    missing_remote: Mapped[int] = mapped_column(Integer)  # registered here, not held by the center
    missing_local: Mapped[int] = mapped_column(Integer)  # held by the center, unknown here
    mismatched: Mapped[int] = mapped_column(Integer)  # same id and version, other sha256
    signed_off: Mapped[bool] = mapped_column(Boolean, default=False)


class CitizenSurvey(Base):
    """A citizen's satisfaction rating from the center's tracking page, kept with the case and the officer
    who served it (migration ``0004_citizen_surveys``). One per record: the page takes one per case."""

    __tablename__ = "citizen_surveys"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer: Mapped[str] = mapped_column(String(64))  # the officer who registered the case
    rating: Mapped[int] = mapped_column(Integer)  # 1-5
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
