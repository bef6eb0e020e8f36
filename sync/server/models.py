"""Tables of the reference central service: its own metadata, never the counter's ``Base``.

Portable between SQLite (the default, for tests and small pilots) and PostgreSQL (real deployments): plain
types, no dialect-specific columns. Times are stored as aware UTC and read back aware on both.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class CentralBase(DeclarativeBase):
    """Base of the central service's tables (a metadata of its own)."""

    metadata = MetaData(naming_convention=NAMING)


# The same as app.storage.base.UtcDateTime on purpose: sync may not import app.storage (import contract).
class Utc(TypeDecorator[datetime]):
    """An aware datetime kept as naive UTC, so SQLite and PostgreSQL behave the same."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a Utc column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Station(CentralBase):
    """A counter the center knows; its bearer token is kept only as a SHA-256."""

    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(Utc)
    # Bytes of attachments this station may keep at the center (None: the service's default quota).
    quota_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True, default=None)


class Case(CentralBase):
    """One record (all its versions) as a case of the center, with its case number and status."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    central_ref: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    # The counter's tracking code (digits only): unique at the center, and an alias of ``central_ref``.
    tracking_code: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    # SHA-256 (hex) of the record's access token, as the counter sent it: the token itself never travels.
    access_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    promised_by: Mapped[str | None] = mapped_column(String(10), nullable=True)  # YYYY-MM-DD, Bangkok
    status: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(Utc)
    updated_at: Mapped[datetime] = mapped_column(Utc)


class CentralRecord(CentralBase):
    """One record version as received: never updated, never overwritten."""

    __tablename__ = "record_versions"
    __table_args__ = (
        UniqueConstraint("record_id", "version", name="uq_record_versions_record_id_version"),
        Index("ix_record_versions_station_day", "station_id", "bangkok_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    kind: Mapped[str] = mapped_column(String(32))
    tracking_code: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(Utc)
    bangkok_day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD of created_at in Asia/Bangkok
    # The canonical JSON, sealed (``Central.seal_payload``): a copy of the database shows no personal data.
    payload_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(Utc)


class StatusChange(CentralBase):
    """The updates feed: one row per status change; its id is the feed's cursor."""

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_station_id_id", "station_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    record_id: Mapped[str] = mapped_column(String(64))
    central_ref: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(Utc)
    # A citizen's satisfaction rating from the tracking page rides the same feed (status unchanged).
    survey_rating: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    survey_comment_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, default=None)


class Attachment(CentralBase):
    """A content-addressed file (scanned document, photo) of one station, sealed like the payloads.

    The key is (station, hash): a station sees, references and pays quota for its own files only; two
    stations uploading the same bytes each keep their own copy.
    """

    __tablename__ = "attachments"

    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(Utc)


class Survey(CentralBase):
    """A citizen's satisfaction rating of one case, given once on the tracking page."""

    __tablename__ = "surveys"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    submitted_at: Mapped[datetime] = mapped_column(Utc)


class AuditAnchor(CentralBase):
    """A counter's audit chain head ``{seq, hash}`` the center acknowledged with a batch."""

    __tablename__ = "audit_anchors"
    __table_args__ = (Index("ix_audit_anchors_station_id_id", "station_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(Utc)


class ReferenceVersion(CentralBase):
    """One published version of a reference data set; the id is the version number."""

    __tablename__ = "reference_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    data_json: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(Utc)
