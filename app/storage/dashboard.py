"""Tables and triggers of the dashboard part (migration ``0011_dashboard``).

* ``ratings`` — satisfaction ratings of a served record, from every source: ``counter`` (the citizen-facing
  window after the receipt prints; also sent to the center as a ``survey_response`` record) and
  ``tracking_page`` (the center's public page; arrives through ``/v1/updates``). One rating per record and
  source.
* ``records`` facts — ``category_code``, ``agency_code``, ``province``, ``headcount`` copied from the newest
  version's payload, and ``central_moved_at`` (the first time the center's status moved beyond
  ``received``), kept by the triggers below inside the writing transaction. Registration, amendment,
  petitions, the demo loader and the sync updates all write these through their existing statements.
"""

from __future__ import annotations

import json
from datetime import datetime

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


_FACT_SOURCES = (
    "category_code",
    "agency_complained_code",
    "responsible_agency_code",
    "agency_codes",
    "incident_province",
    "provinces",
    "headcount_estimate",
    "rating",  # a survey_response's 1–5
)


def payload_facts(payload: bytes | str) -> str:
    """The figures' source fields of a payload, as the JSON a version keeps in ``facts_json`` beside its
    sealed payload (no personal data: category, agencies, province, headcount, a rating). The trigger
    below reads them there, since the payload itself is sealed per record (``app.storage.sealing``)."""
    data = json.loads(payload)
    facts = {key: data[key] for key in _FACT_SOURCES if isinstance(data, dict) and key in data}
    for key in ("agency_codes", "provinces"):
        if isinstance(facts.get(key), list):
            facts[key] = facts[key][:1]  # the expressions read only the first
    return json.dumps(facts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _facts_set(payload: str) -> str:
    return ", ".join(f"{col} = {expr.format(p=payload)}" for col, expr in FACTS_EXPRESSIONS.items())


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
