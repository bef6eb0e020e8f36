"""The ``print_jobs`` table: receipts waiting for, being sent to, or sent to the receipt printer.

A job names a record and which copy to print, never the receipt's content: the receipt is built from the
record when the job runs, so a reprint always shows the record as it is, with the reprint mark.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UtcDateTime


class PrintJob(Base):
    """One receipt to print. ``state`` is a ``PrintJobState`` value (``app.services.print_jobs``)."""

    __tablename__ = "print_jobs"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(36), ForeignKey("records.id"), index=True)
    copy: Mapped[str] = mapped_column(String(16))  # ReceiptCopy value
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), index=True)
    requested_by: Mapped[str] = mapped_column(String(64))  # username, for the audit trail
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    printer_uri: Mapped[str] = mapped_column(String(500), default="")  # where the last attempt went
    last_error: Mapped[str] = mapped_column(String(64), default="")  # PrinterErrorCode value, or ""
    last_status: Mapped[str] = mapped_column(String(32), default="")  # PrinterStatus value, or ""
    bytes_sent: Mapped[int] = mapped_column(Integer, default=0)
