"""Tables and triggers of the dashboard part (migration ``0011_dashboard``).

* ``ratings`` — satisfaction ratings of a served record, from every source: ``counter`` (the citizen-facing
  window after the receipt prints; also sent to the center as a ``survey_response`` record) and
  ``tracking_page`` (the center's public page; arrives through ``/v1/updates``). One rating per record and
  source.
* ``records`` facts — ``category_code``, ``agency_code``, ``province``, ``headcount`` of the newest
  version's payload (``record_facts``, set by the record writer with each version since
  ``0016_compact_storage``; before, the ``records_facts_ai`` trigger copied them from a ``facts_json``
  beside each version), and ``central_moved_at`` (the first time the center's status moved beyond
  ``received``), kept by the ``records_moved_au`` trigger below inside the writing transaction.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Table, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

import app.storage.models  # noqa: F401 - the records table must be in the metadata first
from app.storage.base import Base, UtcDateTime


class Rating(Base):
    """One satisfaction rating (1–5, optional comment) of a record, by the officer who served it."""

    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("record_id", "source"),
        Index("ix_ratings_given_at", "given_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))  # the record rated (not a foreign key: a tracking
    # page rating may name a record this counter has not got, e.g. after a restore)
    source: Mapped[str] = mapped_column(String(16))  # RatingSource value
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    officer: Mapped[str] = mapped_column(String(64), default="")  # who served the citizen
    given_at: Mapped[datetime] = mapped_column(UtcDateTime)
    survey_record_id: Mapped[str] = mapped_column(String(36), default="")  # the survey_response record


RATINGS: Table = Base.metadata.tables["ratings"]

# Open walk-in complaints (the center has not moved them beyond received), by creation time: the
# service-standard watch counts overdue and due cases as ranges of it, reading the index only. Cases
# leave it when the center moves them; one entry more per registration.
OPEN_CASES_WHERE = "kind = 'complaint' AND voided = 0 AND central_moved_at IS NULL"
_records = Base.metadata.tables["records"]
# Columns: the creation time the watch ranges over, then everything its queries read, so SQLite answers
# from the index alone (a partial index is not covering unless it holds the columns of its own WHERE).
OPEN_INDEX_COLUMNS = ("created_at", "officer", "category_code", "kind", "voided", "central_moved_at")
IX_RECORDS_OPEN = Index(
    "ix_records_open",
    *(_records.c[name] for name in OPEN_INDEX_COLUMNS),
    sqlite_where=text(OPEN_CASES_WHERE),
)
# The figures of a day are counted from this index alone (``app.services.dashboard.count_day``): a read
# of the table itself costs a decrypted 4 KiB page per record or two; one more entry per registration.
FIGURES_INDEX_COLUMNS = (
    "created_at",
    "kind",
    "voided",
    "linked_record_id",
    "officer",
    "category_code",
    "agency_code",
    "province",
    "headcount",
    "central_moved_at",
)
IX_RECORDS_FIGURES = Index("ix_records_figures", *(_records.c[name] for name in FIGURES_INDEX_COLUMNS))

# Statuses beyond "received" (app.domain.service_standard.MOVED_STATUSES, as SQL).
_MOVED_SQL = "('forwarded', 'in_progress', 'resolved', 'closed')"

FACTS_EXPRESSIONS = {
    "category_code": "coalesce(json_extract({p}, '$.category_code'), '')",
    "agency_code": (
        "coalesce(nullif(json_extract({p}, '$.agency_complained_code'), ''), "
        "nullif(json_extract({p}, '$.responsible_agency_code'), ''), "
        "json_extract({p}, '$.agency_codes[0]'), '')"
    ),
    "province": (
        "coalesce(nullif(json_extract({p}, '$.incident_province'), ''), "
        "json_extract({p}, '$.provinces[0]'), '')"
    ),
    "headcount": "coalesce(json_extract({p}, '$.headcount_estimate'), 0)",
}


RecordFacts = tuple[str, str, str, int]  # category_code, agency_code, province, headcount of records


def record_facts(payload: bytes | str) -> RecordFacts:
    """The ``records`` fact columns of a version's payload: what ``FACTS_EXPRESSIONS`` give in SQL.

    The record writer sets them on the head with each version it writes (``app.storage.record_writer``),
    in place of the ``records_facts_ai`` trigger, which read a per-version copy of the facts
    (``facts_json``, 139 B a version; dropped by ``0016_compact_storage``)."""
    data = json.loads(payload)
    if not isinstance(data, dict):
        return ("", "", "", 0)

    def first(key: str) -> Any:
        items = data.get(key)
        return items[0] if isinstance(items, list) and items else None

    def text_of(*values: Any) -> str:
        # coalesce(nullif(a, ''), ...): the first value given and not empty
        return next((str(v) for v in values if v is not None and v != ""), "")

    category = data.get("category_code")
    agency = text_of(data.get("agency_complained_code"), data.get("responsible_agency_code"))
    if not agency:
        agency = "" if first("agency_codes") is None else str(first("agency_codes"))
    province = text_of(data.get("incident_province"))
    if not province:
        province = "" if first("provinces") is None else str(first("provinces"))
    headcount = data.get("headcount_estimate")
    return (
        "" if category is None else str(category),
        agency,
        province,
        int(headcount) if isinstance(headcount, int | float) and not isinstance(headcount, bool) else 0,
    )


def _facts_set(payload: str) -> str:
    return ", ".join(f"{col} = {expr.format(p=payload)}" for col, expr in FACTS_EXPRESSIONS.items())


# The triggers of 0011_dashboard, as that migration creates them (0016_compact_storage drops the first).
DASHBOARD_TRIGGERS: tuple[str, ...] = (
    # Versions only grow, so the newest insert is the current version.
    "CREATE TRIGGER records_facts_ai AFTER INSERT ON record_versions BEGIN "
    f"UPDATE records SET {_facts_set('new.facts_json')} WHERE id = new.record_id; END",
    # The first move beyond received, at the center's time of it (central_updated_at of the same update).
    "CREATE TRIGGER records_moved_au AFTER UPDATE OF central_status ON records "
    f"WHEN new.central_moved_at IS NULL AND new.central_status IN {_MOVED_SQL} BEGIN "
    "UPDATE records SET central_moved_at = coalesce(new.central_updated_at, "
    "strftime('%Y-%m-%d %H:%M:%f000', 'now')) WHERE rowid = new.rowid; END",
)
DASHBOARD_TRIGGER_DROPS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS records_moved_au",
    "DROP TRIGGER IF EXISTS records_facts_ai",
)
_BACKFILL_SOURCE = "CASE WHEN json_valid(v.payload_json) THEN v.payload_json ELSE v.facts_json END"
BACKFILL_FACTS = "UPDATE records SET " + ", ".join(
    # Versions written before sealing hold plain JSON; a sealed one has its facts beside it.
    f"{col} = (SELECT {expr.format(p=_BACKFILL_SOURCE)} FROM record_versions v "
    "WHERE v.record_id = records.id AND v.version = records.current_version)"
    for col, expr in FACTS_EXPRESSIONS.items()
)
BACKFILL_MOVED = (
    f"UPDATE records SET central_moved_at = central_updated_at WHERE central_status IN {_MOVED_SQL}"
)
