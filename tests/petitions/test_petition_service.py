"""PetitionService on a real encrypted counter database: versions, timeline, attachments, repeats, summary."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.issues import FieldIssue, IssueCode
from app.domain.petition import (
    AttachmentKind,
    PetitionStatus,
    TimelineEventKind,
    petition_to_payload,
)
from app.domain.records import QueueState
from app.domain.thaidate import bangkok_date
from app.services.audit import AuditService
from app.services.petitions import AttachmentTooLarge
from app.services.types import KnownError, PermissionDenied, ValidationFailed
from app.storage.models import AuditEvent, OutboxItem, RecordAttachment, RecordVersion
from app.storage.sealing import key_id_of, sealer_of
from tests.petitions.builders import ARRIVED, later, petition
from tests.petitions.conftest import Desk


def versions(desk: Desk, record_id: str) -> list[RecordVersion]:
    with desk.ctx.db.read_session() as s:
        rows = s.scalars(
            select(RecordVersion).where(RecordVersion.record_id == record_id).order_by(RecordVersion.version)
        ).all()
        s.expunge_all()
        return list(rows)


def test_register_writes_version_outbox_and_audit(desk: Desk) -> None:
    result = desk.petitions.register(desk.staff, petition())
    assert result.version == 1 and result.tracking_code.startswith("101")
    saved = desk.petitions.load(result.record_id)
    assert saved.petition.group_name == petition().group_name
    assert [e.kind for e in saved.petition.timeline] == [TimelineEventKind.ARRIVED]
    assert saved.petition.timeline[0].at == ARRIVED
    assert saved.queue_state is QueueState.PENDING
    with desk.ctx.db.read_session() as s:
        items = s.scalars(select(OutboxItem).where(OutboxItem.record_id == result.record_id)).all()
        assert [(i.version, i.sha256) for i in items] == [(1, saved.sha256)]
        actions = [a.action for a in s.scalars(select(AuditEvent))]
    assert "record.register" in actions
    assert AuditService(desk.ctx.db, desk.audit).verify().ok


def test_counter_officer_reads_but_does_not_log(desk: Desk) -> None:
    result = desk.petitions.register(desk.staff, petition())
    with pytest.raises(PermissionDenied):
        desk.petitions.register(desk.officer, petition())
    with pytest.raises(PermissionDenied):
        desk.petitions.log_event(desk.officer, result.record_id, TimelineEventKind.DISPERSED)
    with pytest.raises(PermissionDenied):
        desk.petitions.amend(desk.officer, result.record_id, petition(), "แก้ไข")
    assert desk.petitions.load(result.record_id).version == 1
    # The supervisor may do everything the desk does.
    desk.petitions.log_event(desk.supervisor, result.record_id, TimelineEventKind.PETITION_HANDED_OVER)


def test_invalid_petition_writes_nothing(desk: Desk) -> None:
    bad = petition()
    bad.headcount_estimate = 0
    with pytest.raises(ValidationFailed) as err:
        desk.petitions.register(desk.staff, bad)
    assert err.value.issues == [FieldIssue("headcount_estimate", IssueCode.NUMBER_RANGE)]
    assert desk.petitions.list_day(bangkok_date(ARRIVED)) == []


def test_each_timeline_event_is_a_new_version_and_nothing_is_rewritten(desk: Desk) -> None:
    rid = desk.petitions.register(desk.staff, petition()).record_id
    first = versions(desk, rid)[0]
    desk.clock.advance(timedelta(minutes=5))
    r2 = desk.petitions.log_event(desk.staff, rid, TimelineEventKind.PETITION_HANDED_OVER)
    desk.clock.advance(timedelta(minutes=30))
    r3 = desk.petitions.log_event(desk.staff, rid, "met_with", "รองปลัดสำนักนายกรัฐมนตรี")
    assert (r2.version, r3.version) == (2, 3)
    all_versions = versions(desk, rid)
    assert [v.version for v in all_versions] == [1, 2, 3]
    assert (all_versions[0].payload_json, all_versions[0].sha256) == (first.payload_json, first.sha256)
    assert all_versions[2].reason == "timeline:met_with"
    timeline = desk.petitions.load(rid).petition.timeline
    assert [(e.kind, e.note) for e in timeline] == [
        (TimelineEventKind.ARRIVED, ""),
        (TimelineEventKind.PETITION_HANDED_OVER, ""),
        (TimelineEventKind.MET_WITH, "รองปลัดสำนักนายกรัฐมนตรี"),
    ]
    assert timeline[2].at == later(55) and timeline[2].officer == desk.staff.display_name
    with desk.ctx.db.read_session() as s:
        states = s.scalars(select(OutboxItem.version).where(OutboxItem.record_id == rid)).all()
    assert sorted(states) == [1, 2, 3]


def test_met_with_needs_a_note(desk: Desk) -> None:
    rid = desk.petitions.register(desk.staff, petition()).record_id
    with pytest.raises(ValidationFailed):
        desk.petitions.log_event(desk.staff, rid, TimelineEventKind.MET_WITH, "   ")
    assert desk.petitions.load(rid).version == 1


def test_departure_before_arrival_is_refused_and_closing_ends_the_visit(desk: Desk) -> None:
    rid = desk.petitions.register(desk.staff, petition()).record_id
    with pytest.raises(ValidationFailed) as err:
        desk.petitions.close_visit(desk.staff, rid, ARRIVED - timedelta(minutes=10))
    assert err.value.issues == [FieldIssue("departed_at", IssueCode.TIME_ORDER)]
    assert desk.petitions.load(rid).version == 1
    desk.clock.advance(timedelta(hours=3))
    desk.petitions.close_visit(desk.staff, rid, later(180))
    closed = desk.petitions.load(rid).petition
    assert closed.status is PetitionStatus.CLOSED and closed.departed_at == later(180)
    assert closed.timeline[-1].kind is TimelineEventKind.DEPARTED
    with pytest.raises(KnownError) as known:
        desk.petitions.log_event(desk.staff, rid, TimelineEventKind.NOTE, "หลังกลับ")
    assert known.value.code == "visit_closed"


def test_amend_keeps_events_logged_meanwhile_and_needs_a_reason(desk: Desk) -> None:
    rid = desk.petitions.register(desk.staff, petition()).record_id
    form_copy = desk.petitions.load(rid).petition  # what the form holds (1 event)
    desk.petitions.log_event(desk.staff, rid, TimelineEventKind.PETITION_HANDED_OVER)
    form_copy.headcount_estimate = 220
    with pytest.raises(ValidationFailed) as err:
        desk.petitions.amend(desk.staff, rid, form_copy, "  ")
    assert FieldIssue("reason", IssueCode.REQUIRED) in err.value.issues
    with pytest.raises(KnownError) as stale:
        desk.petitions.amend(desk.staff, rid, form_copy, "นับจำนวนใหม่", expected_version=1)
    assert stale.value.code == "stale_version"
    result = desk.petitions.amend(desk.staff, rid, form_copy, "นับจำนวนใหม่", expected_version=2)
    saved = desk.petitions.load(rid)
    assert result.version == 3 and saved.petition.headcount_estimate == 220
    assert [e.kind for e in saved.petition.timeline] == [
        TimelineEventKind.ARRIVED,
        TimelineEventKind.PETITION_HANDED_OVER,
    ]
    assert saved.history[0][3] == "นับจำนวนใหม่"


def test_attachments_are_stored_encrypted_and_linked(desk: Desk, tmp_path: Path) -> None:
    letter = tmp_path / "หนังสือร้องเรียน.pdf"
    letter.write_bytes(b"%PDF-1.4 synthetic petition letter " * 100)
    ref = desk.petitions.store_document(desk.staff, letter)
    assert ref.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert ref.kind is AttachmentKind.PETITION_LETTER and ref.media_type == "application/pdf"
    stored = desk.ctx.attachments.path_for(ref.sha256).read_bytes()
    assert b"synthetic petition letter" not in stored  # encrypted at rest
    sha_photo = desk.petitions.attach(desk.staff, b"\x89PNG synthetic", "ภาพหน้าประตู.png")
    p = petition()
    p.attachments = [ref]
    rid = desk.petitions.register(desk.staff, p).record_id
    with desk.ctx.db.read_session() as s:
        linked = s.scalars(select(RecordAttachment.sha256).where(RecordAttachment.record_id == rid)).all()
    assert linked == [ref.sha256]
    assert desk.petitions.attachment_content(desk.officer, sha_photo) == b"\x89PNG synthetic"


def test_attachment_over_the_limit_is_refused_before_storing(desk: Desk, tmp_path: Path) -> None:
    desk.ctx.settings.max_attachment_mb = 1
    big = tmp_path / "scan.tif"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    with pytest.raises(AttachmentTooLarge) as err:
        desk.petitions.attach(desk.staff, big)
    assert (err.value.name, err.value.size, err.value.limit) == ("scan.tif", 1024 * 1024 + 1, 1024 * 1024)
    assert not any((desk.ctx.home / "attachments").rglob("*"))


def test_repeat_groups_by_name_or_representative_within_90_days(desk: Desk) -> None:
    first = petition(seed=1)
    rid = desk.petitions.register(desk.staff, first).record_id
    assert desk.petitions.find_repeat_groups("เครือข่ายเกษตรกรผู้ปลูกข้าวภาคอีสาน") == []
    by_name = desk.petitions.find_repeat_groups("กลุ่ม เครือข่าย เกษตรกรผู้ปลูกมันสำปะหลังภาคอีสาน")
    assert [(g.record_id, g.reason) for g in by_name] == [(rid, "name")]
    nid = first.representatives[2].national_id
    by_id = desk.petitions.find_repeat_groups("กลุ่มอื่น", [nid])
    assert [(g.record_id, g.reason) for g in by_id] == [(rid, "national_id")]
    assert by_id[0].masked_national_id.endswith(nid[-3:-1] + "-" + nid[-1])
    assert desk.petitions.find_repeat_groups("", [nid], exclude_record_id=rid) == []
    desk.clock.advance(timedelta(days=91))
    assert desk.petitions.find_repeat_groups(first.group_name, [nid]) == []


def test_linking_to_an_earlier_petition(desk: Desk) -> None:
    earlier = desk.petitions.register(desk.staff, petition(seed=1)).record_id
    p = petition(seed=2)
    p.linked_record_id = earlier
    rid = desk.petitions.register(desk.staff, p).record_id
    assert desk.petitions.load(rid).petition.linked_record_id == earlier


def test_daily_summary_counts_groups_people_and_provinces(desk: Desk) -> None:
    a = petition(seed=1)
    b = petition(seed=2)
    b.group_name = "ชมรมผู้เลี้ยงโคนมทดสอบ"
    b.headcount_estimate = 40
    b.provinces = ["นครราชสีมา"]
    ra = desk.petitions.register(desk.staff, a).record_id
    desk.petitions.register(desk.staff, b)
    desk.clock.advance(timedelta(hours=2))
    desk.petitions.close_visit(desk.staff, ra, desk.clock())
    summary = desk.petitions.daily_summary(bangkok_date(ARRIVED))
    assert (summary.groups, summary.headcount, summary.present) == (2, 190, 1)
    assert summary.provinces == (("นครราชสีมา", 2), ("ขอนแก่น", 1))
    assert [r.status for r in summary.rows] == [PetitionStatus.CLOSED, PetitionStatus.PRESENT]
    assert summary.rows[0].received_by == a.received_by.name
    assert desk.petitions.daily_summary(bangkok_date(ARRIVED) + timedelta(days=1)).groups == 0


def test_payload_on_disk_is_the_canonical_json_of_the_petition(desk: Desk) -> None:
    rid = desk.petitions.register(desk.staff, petition()).record_id
    v1 = versions(desk, rid)[0]
    # On disk the payload is sealed with the record's key (crypto-shredding); opened, it is the JSON.
    assert isinstance(v1.payload_json, bytes) and key_id_of(v1.payload_json) is not None  # a v3 BLOB
    body = sealer_of(desk.ctx.db).open(rid, v1.payload_json)  # type: ignore[union-attr]
    assert hashlib.sha256(body.encode()).hexdigest() == v1.sha256
    data = json.loads(body)
    expected = petition_to_payload(desk.petitions.load(rid).petition)
    assert data == expected
