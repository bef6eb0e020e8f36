"""The supervisor's queue and reconciliation over the real database and the real reference center."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from app.domain.canonical import payload_sha256
from app.domain.clock import FixedClock
from app.domain.records import QueueState
from app.domain.thaidate import bangkok_date
from app.services import Services
from app.services.queue import QueueService
from app.services.reconciliation import ReconciliationService
from app.services.sync_service import SyncService
from app.services.types import CurrentUser, KnownError, PermissionDenied
from app.storage.models import OutboxItem
from sync.protocol import make_wire_record
from sync.server.central import Central
from sync.server.models import CentralRecord
from tests.helpers.counter import complaint
from tests.sync.helpers import break_subject


def _audit_actions(counter: Services, target: str) -> list[str]:
    admin = counter.auth.login("admin", "admin-pass-1")
    return [e.action for e in reversed(counter.audit.recent(admin, limit=200)) if e.target == target]


def _item(counter: Services, record_id: str, version: int) -> OutboxItem:
    with counter.ctx.db.read_session() as s:
        return s.scalars(
            select(OutboxItem).where(OutboxItem.record_id == record_id, OutboxItem.version == version)
        ).one()


def test_a_conflict_reaches_the_queue_and_is_settled_by_a_new_version_without_overwriting_the_center(
    counter: Services,
    officer: CurrentUser,
    supervisor: CurrentUser,
    sync_service: SyncService,
    center: Central,
    center_token: str,
) -> None:
    saved = counter.complaints.register(officer, complaint(3))
    mine = counter.records.detail(saved.record_id)
    # The center already holds other content under this id and version (e.g. a restored old backup sent it).
    theirs = dict(mine.payload, subject="เนื้อหาอีกฉบับที่ศูนย์ได้รับไว้ก่อน")
    station = center.authenticate(center_token)
    assert station is not None
    center.ingest(
        station,
        [
            make_wire_record(
                record_id=saved.record_id,
                version=1,
                kind="complaint",
                tracking_code=saved.tracking_code,
                created_at=saved.created_at,
                payload=theirs,
            )
        ],
    )
    report = sync_service.run_once()
    assert report.conflicts == 1

    queue = QueueService(counter.ctx, counter.audit_log)
    counts = queue.counts(supervisor)
    assert counts[QueueState.CONFLICT] == 1 and counts[QueueState.PENDING] == 0
    (row,) = queue.items(supervisor, [QueueState.CONFLICT])
    assert row.tracking_code == saved.tracking_code
    detail = queue.detail(supervisor, row.item_id)
    assert detail.center_sha256 == payload_sha256(theirs) != detail.sha256
    nid = mine.payload["complainant"]["national_id"]
    shown = json.dumps(detail.payload_masked, ensure_ascii=False)
    assert nid not in shown and nid[-1] in detail.payload_masked["complainant"]["national_id"]
    assert mine.payload["complainant"]["given_name"] not in shown
    with pytest.raises(KnownError):
        queue.retry_now(supervisor, [row.item_id])  # the same content would conflict again
    with pytest.raises(PermissionDenied):
        queue.settle_with_new_version(officer, row.item_id, "ส่งฉบับใหม่")

    queue.settle_with_new_version(supervisor, row.item_id, "ศูนย์มีเนื้อหาอื่นในฉบับเดิม ส่งฉบับใหม่แทน")
    assert _item(counter, saved.record_id, 1).state == QueueState.WITHDRAWN
    assert _item(counter, saved.record_id, 2).state == QueueState.PENDING
    assert sync_service.run_once().acked == 1
    # The center's copy of version 1 is what it had; ours arrived as version 2.
    assert json.loads(center.stored_payload(saved.record_id, 1) or "{}")["subject"] == theirs["subject"]
    assert json.loads(center.stored_payload(saved.record_id, 2) or "{}")["subject"] == mine.payload["subject"]
    actions = _audit_actions(counter, saved.record_id)
    assert {"sync.conflict", "record.amend", "sync.settle"} <= set(actions)
    assert queue.detail(supervisor, row.item_id).history[-1][2] == "sync.settle"


def test_rejections_reach_the_queue_and_are_settled_by_correction_or_withdrawal(
    counter: Services,
    officer: CurrentUser,
    supervisor: CurrentUser,
    sync_service: SyncService,
    center: Central,
) -> None:
    fixable = counter.complaints.register(officer, complaint(4)).record_id
    hopeless = counter.complaints.register(officer, complaint(5)).record_id
    break_subject(counter, fixable)
    break_subject(counter, hopeless)
    assert sync_service.run_once().rejected == 2
    queue = QueueService(counter.ctx, counter.audit_log)
    rows = queue.items(supervisor, [QueueState.REJECTED])
    assert [r.record_id for r in rows] == [fixable, hopeless]
    detail = queue.detail(supervisor, rows[0].item_id)
    assert ("payload.subject", "required") in {(e.field, e.code) for e in detail.errors}
    assert all(e.message for e in detail.errors)
    assert center.held_records() == []

    corrected = queue.payload(supervisor, rows[0].item_id)
    corrected["subject"] = "แก้ไข: ขอให้ตรวจสอบน้ำประปาไม่ไหล"
    queue.settle_with_new_version(supervisor, rows[0].item_id, "เติมหัวเรื่องที่ขาดหาย", corrected)
    with pytest.raises(KnownError) as no_reason:
        queue.withdraw(supervisor, rows[1].item_id, "   ")
    assert no_reason.value.code == "reason_required"
    queue.withdraw(supervisor, rows[1].item_id, "ผู้ร้องขอยกเลิกเรื่องก่อนส่ง")
    report = sync_service.run_once()
    assert report.acked == 1
    assert [(r, v) for r, v, _ in center.held_records()] == [(fixable, 2)]
    assert counter.records.detail(fixable).payload["subject"].startswith("แก้ไข")
    assert _item(counter, hopeless, 1).state == QueueState.WITHDRAWN  # kept, not deleted
    assert {"sync.rejected", "sync.settle"} <= set(_audit_actions(counter, fixable))
    assert {"sync.rejected", "sync.withdraw"} <= set(_audit_actions(counter, hopeless))
    assert counter.audit.verify().ok
    assert sync_service.drained()


def test_hold_release_and_retry_now(
    counter: Services, officer: CurrentUser, supervisor: CurrentUser, clock: FixedClock
) -> None:
    queue = QueueService(counter.ctx, counter.audit_log)
    rid = counter.complaints.register(officer, complaint(6)).record_id
    item_id = _item(counter, rid, 1).id
    with counter.ctx.db.session() as s:
        row = s.get(OutboxItem, item_id)
        assert row is not None
        row.next_attempt_at = clock() + timedelta(minutes=9)  # backing off after failures
    with pytest.raises(PermissionDenied):
        queue.hold(officer, [item_id], "ตรวจสอบก่อน")
    queue.hold(supervisor, [item_id], "รอตรวจสอบเอกสารแนบ")
    assert _item(counter, rid, 1).state == QueueState.HELD
    with pytest.raises(KnownError):
        queue.retry_now(supervisor, [item_id])
    queue.release(supervisor, [item_id])
    released = _item(counter, rid, 1)
    assert released.state == QueueState.PENDING and released.next_attempt_at is None
    with counter.ctx.db.session() as s:
        row = s.get(OutboxItem, item_id)
        assert row is not None
        row.next_attempt_at = clock() + timedelta(minutes=9)
    queue.retry_now(supervisor, [item_id])
    assert _item(counter, rid, 1).next_attempt_at is None
    assert _audit_actions(counter, rid)[-3:] == ["sync.hold", "sync.release", "sync.retry"]


def test_reconciliation_finds_what_the_center_lacks_and_one_action_resends_it(
    counter: Services,
    officer: CurrentUser,
    supervisor: CurrentUser,
    sync_service: SyncService,
    center: Central,
    center_token: str,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    day1 = [counter.complaints.register(officer, complaint(10 + i)).record_id for i in range(3)]
    clock.advance(timedelta(days=1))
    day2 = [counter.complaints.register(officer, complaint(20 + i)).record_id for i in range(2)]
    sync_service.run_once()
    recon = ReconciliationService(counter.ctx, counter.audit_log, sync_service)
    first_day = bangkok_date(clock() - timedelta(days=1))
    clean = recon.reconcile(supervisor, first_day)
    assert (clean.local_count, clean.acked_count, clean.remote_count, clean.differences) == (3, 3, 3, 0)
    assert recon.reconcile(supervisor, bangkok_date(clock())).remote_count == 2

    # The center loses one version (restored from an old backup), and holds one this counter never made.
    with center.session() as s, s.begin():
        s.execute(delete(CentralRecord).where(CentralRecord.record_id == day1[1]))
    stray = make_wire_record(
        record_id="0195f0a0-0000-7000-8000-0000000000aa",
        version=1,
        kind="complaint",
        tracking_code="1010101010101010",
        created_at=clock() - timedelta(days=1),
        payload=counter.records.detail(day2[0]).payload,
    )
    station = center.authenticate(center_token)
    assert station is not None
    center.ingest(station, [stray])
    report = recon.reconcile(supervisor, first_day)
    assert [v.record_id for v in report.missing_remote] == [day1[1]]
    assert [v.record_id for v in report.alarming] == [day1[1]]
    assert [h.id for h in report.missing_local] == [stray.id]
    assert report.differences == 2

    pdf = recon.write_pdf(supervisor, report, tmp_path / "recon.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "รายงานการกระทบยอดข้อมูลกับระบบกลาง" in text
    assert "พบความแตกต่าง 2 รายการ" in text
    assert "ศูนย์รับแล้ว" in text  # the state of the version the center lost (one label, app.domain.labels)

    recon.resend_missing(supervisor, report)
    assert _item(counter, day1[1], 1).state == QueueState.PENDING
    assert sync_service.run_once().acked == 1
    after = recon.reconcile(supervisor, first_day)
    assert after.missing_remote == [] and [h.id for h in after.missing_local] == [stray.id]
    recon.sign_off(supervisor, after)
    admin = counter.auth.login("admin", "admin-pass-1")
    actions = [e.action for e in counter.audit.recent(admin, limit=50)]
    assert {"sync.reconcile", "sync.resend", "sync.signoff"} <= set(actions)
    with pytest.raises(PermissionDenied):
        recon.reconcile(officer, first_day)
