"""Autosaved drafts, extra holidays feeding the promised date, reference pass-through, demo data."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.clock import BANGKOK
from app.domain.tracking import is_valid_tracking_code
from app.services import Services
from app.services.demo import generate_demo_data
from app.services.types import KnownError, PermissionDenied
from tests.helpers.counter import Staff, complaint, open_services, raw_sql


def test_draft_survives_closing_the_app_and_is_per_user(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    typed = {"subject": "ถนนชำรุด", "description": "หลุมใหญ่หน้าบ้าน ๑๒/๓", "documents_count": 2}
    services.drafts.save(staff.officer, "complaint", typed)
    services.close()  # as if the power went: the next start finds it

    reopened = open_services(counter_home)
    try:
        assert reopened.drafts.load(staff.officer, "complaint") == typed
        assert reopened.drafts.load(staff.supervisor, "complaint") is None
        reopened.drafts.discard(staff.officer, "complaint")
        assert reopened.drafts.load(staff.officer, "complaint") is None
    finally:
        reopened.close()
    conn = raw_sql(counter_home)
    try:
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    finally:
        conn.close()
    assert (
        b"\xe0\xb8\x96\xe0\xb8\x99\xe0\xb8\x99" not in (counter_home / "counter.sqlite3").read_bytes()
    )  # "ถนน"


def test_extra_holiday_moves_the_promised_date(services: Services, staff: Staff) -> None:
    # Registered Tuesday 24 Mar 2026, 09:00: 1.5 working days is Wednesday 13:00.
    before = services.complaints.register(staff.officer, complaint(seed=1))
    assert before.promised_by is not None
    assert before.promised_by.astimezone(BANGKOK).date() == date(2026, 3, 25)

    with pytest.raises(PermissionDenied):
        services.holidays.add(staff.officer, date(2026, 3, 25), "วันหยุดพิเศษ")
    services.holidays.add(staff.admin, date(2026, 3, 25), "วันหยุดพิเศษ")
    assert services.holidays.list() == [(date(2026, 3, 25), "วันหยุดพิเศษ")]
    after = services.complaints.register(staff.officer, complaint(seed=2))
    assert after.promised_by is not None
    assert after.promised_by.astimezone(BANGKOK).date() == date(2026, 3, 26)

    services.holidays.remove(staff.admin, date(2026, 3, 25))
    assert services.holidays.list() == []
    again = services.complaints.register(staff.officer, complaint(seed=3))
    assert again.promised_by == before.promised_by


def test_reference_passthrough(services: Services) -> None:
    assert services.reference.categories()
    assert services.reference.contact_points()
    matches = services.reference.address_matches("บางรัก 10500")
    assert matches and all(m.postcode == "10500" for m in matches)
    assert services.reference.provinces()[0] == "กรุงเทพมหานคร"


def test_demo_data_goes_through_the_register_path(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    assert generate_demo_data(services, 30, seed=5) == 30
    conn = raw_sql(counter_home)
    try:
        records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        pending = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        registered = conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'record.register'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert records == pending == registered == 30
    with pytest.raises(KnownError) as bad_kind:
        generate_demo_data(services, 2, kind="survey")
    assert bad_kind.value.code == "demo_kind_invalid"


def test_bulk_demo_path_keeps_outbox_audit_and_search_consistent(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    services.complaints.register(staff.officer, complaint(seed=9))
    assert generate_demo_data(services, 2500, seed=6, bulk=True) == 2500
    conn = raw_sql(counter_home)
    try:
        n_records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        n_outbox = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        codes = [r[0] for r in conn.execute("SELECT tracking_code FROM records")]
        nid = conn.execute(
            "SELECT national_id FROM records WHERE national_id != '' LIMIT 1 OFFSET 1234"
        ).fetchone()[0]
        indexed_upto, top = conn.execute(
            "SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_upto'), max(rowid) "
            "FROM records"
        ).fetchone()
    finally:
        conn.close()
    assert n_records == n_outbox == 2501
    assert len(set(codes)) == len(codes) and all(is_valid_tracking_code(c) for c in codes)
    assert services.audit.verify().ok
    assert services.records.count(nid) == 1
    assert indexed_upto == top  # the load ends with every record in the search index
    # Bulk records are in the past, in rising time order; later registrations still index.
    newest = services.records.rows(services.records.ids_page("", None, 2))
    assert (
        newest[0].created_at >= newest[1].created_at
        or newest[0].created_at.date() >= datetime(2026, 3, 23).date()
    )
    later = services.complaints.register(staff.officer, complaint(seed=10, subject="เรื่องหลังโหลดข้อมูล"))
    assert {r.record_id for r in services.records.rows(services.records.ids_page("หลังโหลด", None, 5))} == {
        later.record_id
    }
