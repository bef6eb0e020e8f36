"""Migration 0016_compact_storage: a home at 0015 (payloads sealed as ``psc2`` text, hex digests, the audit
chain's ``prev_hash`` column, per-version ``facts_json``) migrates, and every record, version, outbox item
and audit event still reads, the chain verifies, and the figures and new versions carry on."""

from __future__ import annotations

from typing import Any

from app.domain.records import QueueState
from app.services import Services
from app.services.queue import QueueService
from app.storage.migrate import current_revision, downgrade_to, head_revision, upgrade_to_head
from app.storage.sealing import SEALED_PREFIX, SEALED_V3
from tests.helpers.counter import Staff, complaint


def _table(services: Services, sql: str) -> list[tuple[Any, ...]]:
    conn = services.ctx.db.raw()
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def _columns(services: Services, table: str) -> set[str]:
    return {str(r[1]) for r in _table(services, f"PRAGMA table_info({table})")}


def _everything(services: Services, staff: Staff, record_ids: list[str]) -> dict[str, Any]:
    """What an officer and a supervisor see of the records, their queue items and the audit trail."""
    details = [services.records.detail(rid) for rid in record_ids]
    queue = QueueService(services.ctx, services.audit_log)
    items = queue.items(staff.supervisor)
    return {
        "details": [(d.tracking_code, d.version, d.payload, [h.sha256 for h in d.history]) for d in details],
        "queue": [(i.record_id, i.version, i.state) for i in items],
        "queue_sha": [queue.detail(staff.supervisor, i.item_id).sha256 for i in items],
        "queue_payloads": [queue.payload(staff.supervisor, i.item_id) for i in items],
        "audit": [(e.seq, e.action, e.target, e.detail) for e in services.audit.recent(staff.admin, 1000)],
        "head": services.audit.head(),
        "facts": _table(
            services, "SELECT id, category_code, agency_code, province, headcount FROM records ORDER BY rowid"
        ),
    }


def test_a_home_at_0015_migrates_and_everything_still_reads(services: Services, staff: Staff) -> None:
    db = services.ctx.db
    record_ids = [
        services.complaints.register(staff.officer, complaint(seed=300 + i)).record_id for i in range(6)
    ]
    services.complaints.amend(staff.officer, record_ids[0], complaint(seed=399), "แก้ไขที่อยู่")
    before = _everything(services, staff, record_ids)
    assert len(before["details"]) == 6 and len(before["queue"]) == 7

    # Back to the 0015 form, the one homes were in before this build: base64 text, hex, prev_hash.
    downgrade_to(db, "0015_access_token_index")
    assert current_revision(db) == "0015_access_token_index"
    old = _table(
        services, "SELECT typeof(payload_json), substr(payload_json, 1, 5), sha256 FROM record_versions"
    )
    assert {(t, p) for t, p, _ in old} == {("text", SEALED_PREFIX)} and all(len(s) == 64 for *_, s in old)
    assert {"prev_hash"} <= _columns(services, "audit_events") and "facts_json" in _columns(
        services, "record_versions"
    )
    links = _table(
        services,
        "SELECT e.prev_hash = coalesce(p.hash, '" + "0" * 64 + "') FROM audit_events e "
        "LEFT JOIN audit_events p ON p.seq = e.seq - 1",
    )
    assert links and all(ok for (ok,) in links)  # the link column as 0015 kept it

    upgrade_to_head(db)
    assert current_revision(db) == head_revision()
    stored = _table(
        services,
        "SELECT typeof(payload_json), substr(payload_json, 1, 1), typeof(sha256), length(sha256) "
        "FROM record_versions",
    )
    assert set(stored) == {("blob", bytes((SEALED_V3,)), "blob", 32)}
    assert _table(services, "SELECT DISTINCT typeof(hash), length(hash) FROM audit_events") == [("blob", 32)]
    assert _table(services, "SELECT DISTINCT typeof(sha256), length(sha256) FROM outbox") == [("blob", 32)]
    assert "prev_hash" not in _columns(services, "audit_events")
    assert "facts_json" not in _columns(services, "record_versions")

    after = _everything(services, staff, record_ids)
    assert after == before
    verification = services.audit.verify()
    assert verification.ok and verification.checked == before["head"][0]
    assert services.audit.verify(anchor=before["head"]).ok  # the center's anchor still matches

    # Carrying on: a new version is sealed with the record's key, its figures on the head, the chain grows.
    services.complaints.amend(
        staff.officer, record_ids[1], complaint(seed=398, category_code="land"), "เปลี่ยนประเภทเรื่อง"
    )
    detail = services.records.detail(record_ids[1])
    assert detail.version == 2 and detail.payload["category_code"] == "land"
    assert _table(services, f"SELECT category_code FROM records WHERE id = '{record_ids[1]}'") == [("land",)]
    assert services.audit.verify().ok
    items = QueueService(services.ctx, services.audit_log).items(staff.supervisor)
    assert {i.state for i in items} == {QueueState.PENDING}
