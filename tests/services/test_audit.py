"""The audit hash chain: verifies when untouched, names the first bad entry when edited with plain SQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.domain.canonical import canonical_json
from app.services import Services
from app.services.audit import event_document
from tests.helpers.counter import Staff, complaint, raw_sql


def _register_some(services: Services, staff: Staff, n: int = 3) -> None:
    for i in range(n):
        services.complaints.register(staff.officer, complaint(seed=100 + i))


def test_untouched_chain_verifies(services: Services, staff: Staff) -> None:
    _register_some(services, staff)
    result = services.audit.verify()
    assert result.ok, result
    assert result.checked >= 3 + 6  # set-up events plus one per registration
    assert result.first_bad_seq is None


def test_row_edited_with_sql_through_the_key_is_named(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    _register_some(services, staff)
    conn = raw_sql(counter_home)
    try:
        (seq,) = conn.execute(
            "SELECT seq FROM audit_events WHERE action = 'record.register' ORDER BY seq LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE audit_events SET actor = 'someone-else' WHERE seq = ?", (seq,))
    finally:
        conn.close()
    result = services.audit.verify()
    assert not result.ok
    assert result.first_bad_seq == seq
    assert "hash" in result.reason


def test_deleted_middle_row_and_cut_tail_are_found(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    _register_some(services, staff, 4)
    conn = raw_sql(counter_home)
    try:
        (last,) = conn.execute("SELECT max(seq) FROM audit_events").fetchone()
        conn.execute("DELETE FROM audit_events WHERE seq = ?", (last,))
    finally:
        conn.close()
    cut = services.audit.verify()
    assert not cut.ok and cut.first_bad_seq == last and "end" in cut.reason

    conn = raw_sql(counter_home)
    try:
        conn.execute("DELETE FROM audit_events WHERE seq = 3")
    finally:
        conn.close()
    gap = services.audit.verify()
    assert not gap.ok and gap.first_bad_seq == 4


def test_recent_shows_own_events_to_officers_and_all_to_supervisors(services: Services, staff: Staff) -> None:
    _register_some(services, staff, 2)
    services.auth.login("super1", "super-pass-1")
    mine = services.audit.recent(staff.officer, 50)
    assert mine and {e.actor for e in mine} == {staff.officer.username}
    everyone = services.audit.recent(staff.supervisor, 50)
    assert {e.actor for e in everyone} >= {staff.officer.username, staff.supervisor.username, "system"}
    assert [e.seq for e in everyone] == sorted((e.seq for e in everyone), reverse=True)


def test_event_document_is_the_canonical_json_of_the_event() -> None:
    at = datetime(2026, 3, 24, 2, 0, 0, 123456, tzinfo=UTC)
    cases = [
        ("officer1", "rec-1", {"b": 1, "a": "น้ำ"}),
        ("e\u0301", 'quo"te\\ \n', {}),  # decomposed é, quotes, backslash, newline
        ("สมศรี", "", {"z": [1, 2, {"y": None}], "a": True}),
    ]
    for actor, target, detail in cases:
        built = event_document(7, at, actor, "record.register", target, canonical_json(detail).decode())
        assert built == canonical_json(
            {
                "seq": 7,
                "at": at.isoformat(),
                "actor": actor,
                "action": "record.register",
                "target": target,
                "detail": detail,
            }
        )
