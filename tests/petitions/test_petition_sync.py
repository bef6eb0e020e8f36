"""A petition and its documents reach the reference center over HTTP on 127.0.0.1: attachments before the
record, hashes checked there, the day reconciled with no difference, and a later timeline event arriving
as a new version while the version the center already holds stays as it was."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.petition import AttachmentKind, TimelineEventKind, petition_from_payload
from app.domain.records import QueueState, RecordKind
from app.domain.thaidate import bangkok_date
from app.services.queue import QueueService
from app.services.reconciliation import ReconciliationService
from app.services.sync_service import SyncService
from app.storage.models import OutboxItem, RecordVersion
from app.storage.sealing import sealer_of
from sync.server.app import ServerHooks, create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.petitions.builders import petition
from tests.petitions.conftest import Desk


class RequestLog:
    """An ASGI wrapper that notes each request (method, path) in the order the center receives them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.calls: list[tuple[str, str]] = []
        self.url = ""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.calls.append((scope["method"], scope["path"]))
        await self.app(scope, receive, send)


@pytest.fixture
def center(tmp_path: Path, desk: Desk) -> Iterator[Central]:
    c = Central.from_url(f"sqlite:///{tmp_path / 'center.sqlite3'}", desk.clock)
    yield c
    c.engine.dispose()


@pytest.fixture
def requests(center: Central) -> Iterator[RequestLog]:
    log = RequestLog(create_app(center, ServerHooks()))
    with ServerThread(log) as server:
        log.url = server.url
        yield log


@pytest.fixture
def sync(desk: Desk, center: Central, requests: RequestLog) -> Iterator[SyncService]:
    token = center.add_station("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    service = SyncService(desk.ctx, desk.audit, rng=random.Random(0), timeout=10)
    assert service.connect(requests.url, token) == "101"
    yield service
    service.stop()


def register_with_documents(desk: Desk, tmp_path: Path) -> tuple[str, list[str]]:
    letter = tmp_path / "หนังสือร้องเรียน.pdf"
    letter.write_bytes(b"%PDF-1.4 synthetic petition letter " * 50)
    sheet = tmp_path / "รายชื่อผู้ลงนาม.png"
    sheet.write_bytes(b"\x89PNG\r\n\x1a\n synthetic signature sheet " * 40)
    refs = [
        desk.petitions.store_document(desk.staff, letter),
        desk.petitions.store_document(desk.staff, sheet, kind=AttachmentKind.SIGNATURE_SHEET),
    ]
    p = petition()
    p.attachments = refs
    rid = desk.petitions.register(desk.staff, p).record_id
    return rid, [r.sha256 for r in refs]


def versions(desk: Desk, rid: str) -> list[RecordVersion]:
    with desk.ctx.db.read_session() as s:
        rows = list(s.scalars(select(RecordVersion).where(RecordVersion.record_id == rid)))
        s.expunge_all()
    return sorted(rows, key=lambda v: v.version)


def test_petition_and_documents_sync_and_the_day_reconciles(
    desk: Desk, center: Central, requests: RequestLog, sync: SyncService, tmp_path: Path
) -> None:
    rid, hashes = register_with_documents(desk, tmp_path)
    report = sync.run_once()
    assert (report.sent, report.acked, report.error) == (1, 1, "")
    # Both files went up, each before the batch that names them.
    puts = [i for i, (method, path) in enumerate(requests.calls) if method == "PUT"]
    batch = requests.calls.index(("POST", "/v1/records/batch"))
    assert sorted(requests.calls[i][1] for i in puts) == sorted(f"/v1/attachments/{h}" for h in hashes)
    assert max(puts) < batch
    conn = sync.connection()
    station = center.authenticate(conn.token) if conn is not None else None
    assert station is not None
    for sha in hashes:  # held for this station, sealed at rest, the same bytes when opened
        stored = center.get_attachment(station, sha)
        assert stored is not None and hashlib.sha256(stored).hexdigest() == sha
    (local,) = versions(desk, rid)
    assert center.held_records("101") == [(rid, 1, local.sha256)]
    assert desk.petitions.load(rid).queue_state is QueueState.ACKED
    recon = ReconciliationService(desk.ctx, desk.audit, sync).reconcile(
        desk.supervisor, bangkok_date(desk.clock())
    )
    assert (recon.local_count, recon.remote_count, recon.differences) == (1, 1, 0)


def test_timeline_event_after_the_first_sync_is_a_new_version_at_the_center(
    desk: Desk, center: Central, requests: RequestLog, sync: SyncService, tmp_path: Path
) -> None:
    rid, _ = register_with_documents(desk, tmp_path)
    queue = QueueService(desk.ctx, desk.audit)
    (waiting,) = queue.items(desk.supervisor, [QueueState.PENDING])
    assert (waiting.record_id, waiting.kind) == (rid, RecordKind.GROUP_PETITION)  # the supervisor's queue
    sync.run_once()
    first_at_center = center.stored_payload(rid, 1)
    desk.clock.advance(timedelta(minutes=40))
    desk.petitions.log_event(desk.staff, rid, TimelineEventKind.MET_WITH, "รองปลัดสำนักนายกรัฐมนตรี")
    report = sync.run_once()
    assert (report.sent, report.acked) == (1, 1)
    v1, v2 = versions(desk, rid)
    assert center.held_records("101") == [(rid, 1, v1.sha256), (rid, 2, v2.sha256)]
    opened = sealer_of(desk.ctx.db).open(rid, v1.payload_json)  # type: ignore[union-attr]
    assert center.stored_payload(rid, 1) == first_at_center == opened  # untouched
    stored_v2 = center.stored_payload(rid, 2)
    assert stored_v2 is not None
    timeline = petition_from_payload(json.loads(stored_v2)).timeline
    assert [(e.kind, e.note) for e in timeline][-1] == (TimelineEventKind.MET_WITH, "รองปลัดสำนักนายกรัฐมนตรี")
    # Attachments already held are not sent again.
    assert sum(1 for method, _ in requests.calls if method == "PUT") == 2
    with desk.ctx.db.read_session() as s:
        states = set(s.scalars(select(OutboxItem.state).where(OutboxItem.record_id == rid)))
    assert states == {QueueState.ACKED.value}
    recon = ReconciliationService(desk.ctx, desk.audit, sync).reconcile(
        desk.supervisor, bangkok_date(desk.clock())
    )
    assert recon.differences == 0
