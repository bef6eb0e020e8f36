"""One record writer (issue 14): every path that writes a version of a record goes through
``app.storage.record_writer`` — in the source (no other module inserts into ``record_versions``) and at
run time (every such INSERT the database sees is issued from the writer)."""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

import app.storage.db as db_module
from app.domain.records import QueueState
from app.services import Services
from app.services.demo import generate_demo_data
from app.services.queue import QueueService
from app.services.types import KnownError
from app.storage.models import OutboxItem, Record, RecordAttachment, RecordVersion
from tests.helpers.counter import Staff, complaint

ROOT = Path(__file__).resolve().parents[2]
WRITER = "app/storage/record_writer.py"
# The central service keeps its own record_versions table in its own database (sync/server); the
# migrations create and copy the table. Neither writes a version of a counter record.
OUTSIDE = ("sync/server/", "app/storage/migrations/")
_INSERT = re.compile(r"INSERT\s+(OR\s+\w+\s+)?INTO\s+[\"'`]?record_versions\b", re.IGNORECASE)
_ORM = re.compile(r"(?<!class )\bRecordVersion\(|insert\(\s*RecordVersion\b|RECORD_VERSIONS\s*\.\s*insert\(")


def test_no_module_but_the_writer_inserts_versions() -> None:
    offenders = []
    for top in ("app", "ui", "printing", "sync"):
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == WRITER or rel.startswith(OUTSIDE):
                continue
            text = path.read_text(encoding="utf-8")
            offenders += [f"{rel}: {m.group(0)}" for rx in (_INSERT, _ORM) for m in rx.finditer(text)]
    assert offenders == []
    assert _INSERT.search((ROOT / WRITER).read_text(encoding="utf-8"))  # the pattern does match


@pytest.fixture
def version_inserts(services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, bool]]:
    """For every INSERT into record_versions the database runs (by its SQL with the values bound):
    whether the writer issued it. SQLite's trace callback runs inside the executing Python call, so the
    stack names the caller; it repeats a statement at the start of each trigger it fires."""
    seen: dict[str, bool] = {}

    def trace(statement: str) -> None:
        if _INSERT.match(statement.strip()):
            files = {Path(f.filename).as_posix() for f in traceback.extract_stack()}
            seen[statement] = seen.get(statement, True) and any(f.endswith(WRITER) for f in files)

    def on_checkout(dbapi_connection: Any, *_: Any) -> None:
        dbapi_connection.set_trace_callback(trace)

    def traced_connect(*args: Any, **kwargs: Any) -> Any:  # the registration's own writer connection
        raw = real_connect(*args, **kwargs)
        raw.set_trace_callback(trace)
        return raw

    real_connect = db_module.raw_connect
    monkeypatch.setattr(db_module, "raw_connect", traced_connect)
    pool = services.ctx.db.engine.pool
    event.listen(pool, "checkout", on_checkout)
    try:
        yield seen
    finally:
        event.remove(pool, "checkout", on_checkout)


def test_every_path_writes_versions_through_the_writer(
    services: Services, staff: Staff, version_inserts: dict[str, bool]
) -> None:
    saved = services.complaints.register(staff.officer, complaint(1))  # registration
    amended = complaint(1, subject="แก้ไขหัวเรื่อง: น้ำประปาไม่ไหลทั้งซอย")
    services.complaints.amend(staff.officer, saved.record_id, amended, "แก้หัวเรื่อง")  # amendment
    # The queue's resend of a conflict with the same content (a new version equal to the current one).
    with services.ctx.db.session() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.version == 2)).one()
        item.state = QueueState.CONFLICT.value
        item_id = item.id
    QueueService(services.ctx, services.audit_log).settle_with_new_version(
        staff.supervisor, item_id, "ศูนย์มีฉบับอื่น ส่งฉบับเดิมเป็นฉบับใหม่"
    )
    # Bulk demo complaints and demo petitions (the petitions service's registration).
    assert generate_demo_data(services, 4, "all", bulk=True) == 4

    with services.ctx.db.read_session() as s:
        assert s.scalars(select(Record.current_version).where(Record.id == saved.record_id)).one() == 3
        stored = s.scalar(select(func.count()).select_from(RecordVersion))
    # Every version stored was seen inserted (3 of one complaint, 2 bulk, the petitions' with amendments)
    # and every insert came from the writer.
    assert len(version_inserts) == stored
    assert stored > 7
    assert all(version_inserts.values())


def test_the_resend_checks_attachments_like_every_other_path(services: Services, staff: Staff) -> None:
    saved = services.complaints.register(staff.officer, complaint(2))
    with services.ctx.db.session() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.record_id == saved.record_id)).one()
        item.state = QueueState.CONFLICT.value
        item_id = item.id
    queue = QueueService(services.ctx, services.audit_log)
    payload = queue.payload(staff.supervisor, item_id)
    payload["attachments"] = ["ab" * 32]  # a scan this counter does not hold
    with pytest.raises(KnownError) as refused:
        queue.settle_with_new_version(staff.supervisor, item_id, "แนบเอกสาร", payload)
    assert refused.value.code == "attachment_missing"
    with services.ctx.db.read_session() as s:
        assert s.scalars(select(RecordAttachment)).all() == []
        assert s.scalars(select(Record.current_version).where(Record.id == saved.record_id)).one() == 1
