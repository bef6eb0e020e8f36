"""The counter side of sync over the real encrypted database: registered records reach the reference
center, its answers and status changes land on the local records, reference data replaces the bundled set."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.records import QueueState
from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser, KnownError
from app.storage.models import ExtraHoliday, OutboxItem
from sync.protocol import CentralStatus, ReferenceKind
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.counter import complaint


def _register(counter: Services, officer: CurrentUser, n: int, seed: int = 1) -> list[str]:
    return [counter.complaints.register(officer, complaint(seed + i)).record_id for i in range(n)]


def _states(counter: Services) -> list[QueueState]:
    with counter.ctx.db.read_session() as s:
        return [QueueState(v) for v in s.scalars(select(OutboxItem.state).order_by(OutboxItem.id))]


def test_registered_records_reach_the_center_and_get_its_case_number(
    counter: Services, officer: CurrentUser, sync_service: SyncService, center: Central
) -> None:
    ids = _register(counter, officer, 3)
    assert not sync_service.drained()
    report = sync_service.run_once()
    assert (report.sent, report.acked, report.error) == (3, 3, "")
    assert _states(counter) == [QueueState.ACKED] * 3 and sync_service.drained()
    held = {rid: sha for rid, _, sha in center.held_records()}
    for rid in ids:
        detail = counter.records.detail(rid)
        assert held[rid] == detail.history[0].sha256  # the center holds exactly our version
        assert detail.central_ref == center.case_ref(rid)
        assert detail.central_status == CentralStatus.RECEIVED
    status = sync_service.status()
    assert status.waiting == 0 and status.last_success == counter.ctx.clock()
    actions = [e.action for e in counter.audit.recent(officer_or_admin(counter), limit=50)]
    assert "sync.acked" in actions and "sync.connect" in actions
    assert counter.audit.verify().ok


def officer_or_admin(counter: Services) -> CurrentUser:
    return counter.auth.login("admin", "admin-pass-1")


def test_an_amendment_goes_as_the_next_version_of_the_same_case(
    counter: Services, officer: CurrentUser, sync_service: SyncService, center: Central
) -> None:
    (rid,) = _register(counter, officer, 1)
    sync_service.run_once()
    counter.complaints.amend(officer, rid, complaint(1, subject="แก้ไขหัวเรื่องตามคำขอผู้ร้อง"), "ผู้ร้องขอแก้ไข")
    sync_service.run_once()
    assert sorted((r, v) for r, v, _ in center.held_records()) == [(rid, 1), (rid, 2)]
    assert _states(counter) == [QueueState.ACKED, QueueState.ACKED]


def test_status_set_at_the_center_appears_on_the_record_after_the_next_sync(
    counter: Services, officer: CurrentUser, sync_service: SyncService, center: Central
) -> None:
    first, second = _register(counter, officer, 2)
    sync_service.run_once()
    ref = center.case_ref(second)
    assert ref is not None
    center.set_status(ref, CentralStatus.FORWARDED, agency="กรมการปกครอง", note="ส่งเรื่องให้อำเภอเมือง")
    report = sync_service.run_once()
    assert report.updates == 1
    detail = counter.records.detail(second)
    assert (detail.central_ref, detail.central_status, detail.central_agency, detail.central_note) == (
        ref,
        "forwarded",
        "กรมการปกครอง",
        "ส่งเรื่องให้อำเภอเมือง",
    )
    assert counter.records.detail(first).central_status == "received"
    # The same update is not applied twice: the cursor moved.
    assert sync_service.run_once().updates == 0


def test_newer_reference_data_replaces_the_bundled_set_and_survives_a_restart(
    counter: Services, sync_service: SyncService, center: Central, counter_home: Path
) -> None:
    bundled_categories, bundled_agencies = counter.ctx.reference.to_dicts()
    agencies = dict(bundled_agencies)
    agencies["version"] = 99
    agencies["agencies"] = [
        *bundled_agencies["agencies"],
        {"code": "NEW01", "name_th": "สำนักงานใหม่", "name_en": "New office", "contact_point": True},
    ]
    center.publish_reference(ReferenceKind.AGENCIES, agencies)
    center.publish_reference(
        ReferenceKind.HOLIDAYS,
        {"version": 3, "holidays": [{"date": "2026-03-27", "name": "วันหยุดพิเศษ (ทดสอบ)"}]},
    )
    report = sync_service.run_once()
    assert report.reference_sets == 2
    assert "NEW01" in {a.code for a in counter.reference.agencies()}
    assert counter.ctx.reference.version == 99
    assert not counter.ctx.calendar.is_working_day(date(2026, 3, 27))
    with counter.ctx.db.read_session() as s:
        assert s.get(ExtraHoliday, date(2026, 3, 27)).added_by == "center"  # type: ignore[union-attr]
    # A new SyncService (a restart) puts the received set in place again.
    counter.ctx.reference = counter.ctx.reference.load_bundled()
    SyncService(counter.ctx, counter.audit_log)
    assert "NEW01" in {a.code for a in counter.reference.agencies()}
    assert json.dumps(bundled_categories)  # untouched categories still there
    assert len(counter.reference.categories()) == len(bundled_categories["categories"])


def test_connect_saves_nothing_the_center_did_not_confirm(
    counter: Services, center_server: ServerThread, center_token: str
) -> None:
    service = SyncService(counter.ctx, counter.audit_log)
    with pytest.raises(KnownError) as refused:
        service.connect(center_server.url, "wrong-token")
    assert refused.value.code == "token_refused"
    assert service.connection() is None
    with pytest.raises(KnownError) as unreachable:
        service.connect("http://127.0.0.1:9", center_token)  # discard port: nobody listens
    assert unreachable.value.code == "server_unreachable"
    assert service.connection() is None and counter.ctx.settings.server_url == ""
    assert service.connect(center_server.url, center_token) == "101"
    conn = service.connection()
    assert conn is not None and conn.server_url == center_server.url
    # The receipts' QR now leads to this center's tracking page.
    assert counter.ctx.settings.tracking_base_url == f"{center_server.url}/track/"


def test_sync_once_without_a_connection_says_so(counter: Services) -> None:
    service = SyncService(counter.ctx, counter.audit_log)
    with pytest.raises(KnownError) as info:
        service.run_once()
    assert info.value.code == "not_connected"
    assert service.status().last_error == "not_connected"


def test_items_left_in_flight_by_a_crash_go_again_at_start_up(
    counter: Services, officer: CurrentUser, sync_service: SyncService, center: Central
) -> None:
    _register(counter, officer, 2)
    with counter.ctx.db.session() as s:
        for item in s.scalars(select(OutboxItem)):
            item.state = QueueState.IN_FLIGHT.value
    assert sync_service.store.recover_in_flight() == 2
    assert _states(counter) == [QueueState.PENDING] * 2
    assert sync_service.run_once().acked == 2


def test_an_attachment_goes_up_before_the_complaint_that_names_it(
    counter: Services, officer: CurrentUser, sync_service: SyncService, center: Central
) -> None:
    scan = "%PDF-1.4 สำเนาหนังสือร้องเรียน (ตัวอย่างสังเคราะห์)".encode() * 50
    digest = counter.complaints.store_attachment(officer, scan, "application/pdf", "letter.pdf")
    rid = counter.complaints.register(officer, complaint(7, attachments=[digest])).record_id
    assert center.attachment_holders(digest) == []
    report = sync_service.run_once()
    assert report.acked == 1
    assert center.attachment_holders(digest) == ["101"]
    assert json.loads(center.stored_payload(rid, 1) or "{}")["attachments"] == [digest]
