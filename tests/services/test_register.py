"""Registering and amending complaints: one transaction, nothing half-written, history kept."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.domain.issues import IssueCode
from app.domain.national_id import fake_national_id, format_national_id
from app.domain.records import QueueState, RecordKind
from app.domain.tracking import is_valid_tracking_code
from app.services import Services
from app.services.types import KnownError, PermissionDenied, ValidationFailed
from tests.helpers.counter import STATION_DIGITS, Staff, complaint, raw_sql, table_counts


def test_register_writes_record_version_one_outbox_item_and_one_audit_event(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    before = table_counts(counter_home)
    result = services.complaints.register(staff.officer, complaint(seed=3))
    after = table_counts(counter_home)

    assert {t: after[t] - before[t] for t in after} == {
        "records": 1,
        "record_versions": 1,
        "outbox": 1,
        "audit_events": 1,
    }
    conn = raw_sql(counter_home)
    try:
        state, version = conn.execute(
            "SELECT state, version FROM outbox WHERE record_id = ?", (result.record_id,)
        ).fetchone()
        action, target = conn.execute(
            "SELECT action, target FROM audit_events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert (state, version) == (QueueState.PENDING.value, 1)
    assert (action, target) == ("record.register", result.record_id)
    # Found at once by part of its code (the newest records are searched before they are FTS-indexed).
    found = services.records.rows(services.records.ids_page(result.tracking_code[3:13], None, 5))
    assert [r.record_id for r in found] == [result.record_id]
    assert result.changes.records and result.changes.outbox
    assert result.tracking_code.startswith(STATION_DIGITS + "690324")  # 24 Mar 2569 BE, Bangkok day
    assert is_valid_tracking_code(result.tracking_code)
    assert len(result.access_token) >= 13
    assert result.promised_by is not None and result.promised_by > result.created_at


def test_invalid_complaint_writes_nothing(services: Services, staff: Staff, counter_home: Path) -> None:
    before = table_counts(
        counter_home, ("records", "record_versions", "outbox", "audit_events", "daily_sequences")
    )
    bad = complaint(seed=4, subject="", pdpa_acknowledged=False)
    with pytest.raises(ValidationFailed) as caught:
        services.complaints.register(staff.officer, bad)
    fields = {(i.field, i.code) for i in caught.value.issues}
    assert ("subject", IssueCode.REQUIRED) in fields
    assert ("pdpa_acknowledged", IssueCode.PDPA_NOT_ACKNOWLEDGED) in fields
    assert table_counts(counter_home, tuple(before)) == before


def test_administrator_may_not_register(services: Services, staff: Staff, counter_home: Path) -> None:
    before = table_counts(counter_home)
    with pytest.raises(PermissionDenied):
        services.complaints.register(staff.admin, complaint())
    # Nothing registered; the refusal itself is the one new audit event.
    assert table_counts(counter_home) == {**before, "audit_events": before["audit_events"] + 1}
    latest = services.audit.recent(staff.admin, limit=1)[0]
    assert (latest.actor, latest.action, latest.target) == ("admin", "access.denied", "register")


def test_amend_makes_version_two_with_reason_and_new_outbox_item(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    first = services.complaints.register(staff.officer, complaint(seed=5))
    corrected = complaint(seed=5, subject="แก้ไขหัวเรื่อง น้ำประปาไม่ไหล")
    second = services.complaints.amend(staff.officer, first.record_id, corrected, "สะกดหัวเรื่องผิด")

    assert second.version == 2
    assert second.tracking_code == first.tracking_code
    assert second.access_token == first.access_token
    detail = services.records.detail(first.record_id)
    assert [v.version for v in detail.history] == [2, 1]
    assert detail.history[0].reason == "สะกดหัวเรื่องผิด"
    assert detail.payload["subject"] == "แก้ไขหัวเรื่อง น้ำประปาไม่ไหล"
    assert detail.history[1].payload["subject"] != detail.payload["subject"]
    assert [v.queue_state for v in detail.history] == [QueueState.PENDING, QueueState.PENDING]

    conn = raw_sql(counter_home)
    try:
        versions = conn.execute(
            "SELECT version, state FROM outbox WHERE record_id = ? ORDER BY version", (first.record_id,)
        ).fetchall()
        last = conn.execute(
            "SELECT action, detail_json FROM audit_events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert versions == [(1, "pending"), (2, "pending")]
    assert last[0] == "record.amend"
    assert json.loads(last[1])["reason"] == "สะกดหัวเรื่องผิด"
    # The list shows the new subject; the old one is only in the history.
    assert services.records.count("น้ำประปาไม่ไหล") == 1


def test_amend_needs_a_reason_and_a_change(services: Services, staff: Staff, counter_home: Path) -> None:
    first = services.complaints.register(staff.officer, complaint(seed=6))
    before = table_counts(counter_home)
    with pytest.raises(ValidationFailed) as caught:
        services.complaints.amend(staff.officer, first.record_id, complaint(seed=6, subject="ใหม่"), "   ")
    assert [(i.field, i.code) for i in caught.value.issues] == [("reason", IssueCode.REQUIRED)]
    with pytest.raises(KnownError) as same:
        services.complaints.amend(staff.officer, first.record_id, complaint(seed=6), "ไม่มีอะไรเปลี่ยน")
    assert same.value.code == "no_changes"
    assert table_counts(counter_home) == before


def test_repeat_visit_finds_earlier_cases_and_links(services: Services, staff: Staff) -> None:
    nid = fake_national_id(random.Random(77))
    nid_visit = services.complaints.register(staff.officer, complaint(seed=7, national_id=nid))
    services.complaints.register(staff.officer, complaint(seed=8))
    phone_visit = services.complaints.register(staff.officer, complaint(seed=9, phone="0812345678"))

    by_id = services.complaints.find_repeats(national_id=format_national_id(nid))  # typed with dashes
    assert [r.record_id for r in by_id] == [nid_visit.record_id]
    both = services.complaints.find_repeats(national_id=nid, phone="081-234-5678")
    assert [r.record_id for r in both] == [phone_visit.record_id, nid_visit.record_id]  # newest first
    assert services.complaints.find_repeats(phone="0812345678", exclude_record_id=phone_visit.record_id) == []
    assert services.complaints.find_repeats() == []

    again = services.complaints.register(
        staff.officer,
        complaint(seed=10, national_id=nid, linked_record_id=nid_visit.record_id),
    )
    assert services.records.detail(again.record_id).payload["linked_record_id"] == nid_visit.record_id
    with pytest.raises(KnownError) as missing:
        services.complaints.register(staff.officer, complaint(seed=11, linked_record_id="no-such-record"))
    assert missing.value.code == "linked_record_missing"


def test_records_list_masks_names_and_pages_newest_first(services: Services, staff: Staff) -> None:
    saved = [
        services.complaints.register(
            staff.officer, complaint(seed=20 + i, given_name="สมชาย", family_name="ศรีสุวรรณ")
        )
        for i in range(5)
    ]
    first_page = services.records.ids_page("", None, 3)
    second_page = services.records.ids_page("", first_page[-1], 3)
    rows = services.records.rows(first_page + second_page)
    assert [r.record_id for r in rows] == [s.record_id for s in reversed(saved)]
    assert {r.display_name for r in rows} == {"สมชาย ศ."}
    assert all(r.kind is RecordKind.COMPLAINT and r.queue_state is QueueState.PENDING for r in rows)
    assert services.records.count() == 5
    found = services.records.by_tracking_code(
        "-".join([saved[2].tracking_code[:3], saved[2].tracking_code[3:9], saved[2].tracking_code[9:]])
    )
    assert found is not None and found.record_id == saved[2].record_id
    assert services.records.by_tracking_code("000000000000000") is None


def test_receipt_printed_is_remembered_and_audited(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    saved = services.complaints.register(staff.officer, complaint(seed=30))
    assert not services.records.detail(saved.record_id).receipt_printed
    services.records.mark_receipt_printed(staff.officer, saved.record_id, reprint=False)
    services.records.mark_receipt_printed(staff.officer, saved.record_id, reprint=True)
    assert services.records.detail(saved.record_id).receipt_printed
    conn = raw_sql(counter_home)
    try:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_events ORDER BY seq DESC LIMIT 2")]
    finally:
        conn.close()
    assert actions == ["receipt.reprint", "receipt.print"]
