"""The declarative base every table module shares, with naming conventions Alembic can rely on."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table of the counter database."""

    metadata = MetaData(naming_convention=NAMING)


def sql_datetime(value: datetime | None) -> str | None:
    """An aware datetime in the exact text form ``UtcDateTime`` stores (naive UTC, microseconds), for
    hot paths that write through the driver connection instead of SQLAlchemy."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given for a UTC column")
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def driver_connection(session: Session) -> Any:
    """The sqlcipher3 connection under a session's current transaction (begun if need be).

    Hot paths (registering a record, appending an audit event) execute prepared SQL on it: the same
    connection and the same ``BEGIN IMMEDIATE`` transaction, without SQLAlchemy's per-statement cost
    (~0.2 ms each, most of a save once the fsync is fast). Only for writes of whole rows the ORM does not
    hold in its identity map.
    """
    return session.connection().connection.driver_connection


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; SQLite keeps no offset, so we add it back on the way out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Digest(TypeDecorator[str]):
    """A SHA-256 or HMAC-SHA256 digest: 64 hex characters to Python, its 32 raw bytes in SQLite.

    The declared type stays ``VARCHAR(64)`` (what migration 0001 made; SQLite keeps a BLOB as a BLOB in a
    column of TEXT affinity), so no table is rebuilt for it; ``0016_compact_storage`` converts the hex text
    of older rows, and a hex text still read comes back as is. Raw SQL sees the bytes: hot paths that
    write through the driver connection pass ``bytes.fromhex(hex)`` and read ``value.hex()``.
    """

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else digest_bytes(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(digest_hex(value))


def digest_bytes(value: str) -> bytes | str:
    """What a ``Digest`` column stores for a hex digest (anything else is kept as given)."""
    if len(value) == 64:  # a SHA-256 in hex
        try:
            return bytes.fromhex(value)
        except ValueError:
            pass
    return value


def digest_hex(value: Any) -> Any:
    """The hex text of a stored digest (a BLOB), or the value as stored (hex text of an older row)."""
    return value.hex() if isinstance(value, bytes) else value
