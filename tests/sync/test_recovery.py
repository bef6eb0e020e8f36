"""A damaged database comes back: the newest good backup, then every record the center acknowledged since,
rebuilt from the real reference center over HTTP on 127.0.0.1 (issue #9, "Done when" 4)."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.domain.clock import FixedClock
from app.domain.records import QueueState
from app.services import Services, build_services, open_app
from app.services.sync_service import SyncService
from app.services.types import CurrentUser, KnownError
from app.storage.backup import backup_reason, list_backups
from app.storage.db import DB_FILE
from app.storage.models import AuditEvent, OutboxItem, Record, RecordAttachment, RecordVersion
from sync.client import CentralClient
from sync.protocol import CentralStatus
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.counter import complaint

Held = tuple[str, int, str, str]  # record id, version, sha256, tracking code


def _versions(services: Services) -> set[Held]:
    with services.ctx.db.read_session() as s:
        rows = s.execute(
            select(
                RecordVersion.record_id, RecordVersion.version, RecordVersion.sha256, Record.tracking_code
            ).join(Record, Record.id == RecordVersion.record_id)
        ).all()
    return {(r[0], r[1], r[2], r[3]) for r in rows}


def _center_versions(center: Central, station: str) -> set[Held]:
    codes = {rid: code for rid, code in _center_codes(center)}
    return {(rid, ver, sha, codes[rid]) for rid, ver, sha in center.held_records(station)}


def _center_codes(center: Central) -> list[tuple[str, str]]:
    from sync.server.models import CentralRecord

    with center.session() as s:
        return [(r[0], r[1]) for r in s.execute(select(CentralRecord.record_id, CentralRecord.tracking_code))]


def _corrupt(home: Path) -> None:
    """Zeroes bytes in the middle of the database file, beyond page 1: only the full check notices."""
    path = home / DB_FILE
    data = bytearray(path.read_bytes())
    page = max(2, len(data) // 4096 // 2)
    data[page * 4096 + 200 : page * 4096 + 264] = bytes(64)
    path.write_bytes(bytes(data))


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.expected_errors("psc.db")  # the refusal or damage is logged, as it should be
def test_damaged_database_is_restored_and_rebuilt_from_the_center(
    counter: Services,
    officer: CurrentUser,
    supervisor: CurrentUser,
    sync_service: SyncService,
    center: Central,
    center_server: ServerThread,
    center_token: str,
    counter_home: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    early = [counter.complaints.register(officer, complaint(seed=i)) for i in range(3)]
    assert sync_service.run_once().acked == 3
    assert counter.backups is not None
    backup = counter.backups.backup(supervisor).path

    # After the backup: new records and an amendment of an old one, all acknowledged by the center...
    clock.advance(timedelta(hours=2))
    scans = [f"scan {i} of a synthetic letter".encode() * 50 for i in range(2)]
    shas = [
        counter.complaints.store_attachment(officer, data, "image/png", f"scan{i}.png")
        for i, data in enumerate(scans)
    ]
    late = [counter.complaints.register(officer, complaint(seed=10 + i)) for i in range(3)]
    late.append(counter.complaints.register(officer, complaint(seed=13, attachments=shas)))
    amended = counter.complaints.amend(officer, early[0].record_id, complaint(seed=99), "แก้ไขเบอร์โทร")
    assert sync_service.run_once().acked == 5
    center.set_status(center.case_ref(late[0].record_id) or "", CentralStatus.FORWARDED, agency="กรมทดสอบ")
    # ...and one the center never saw (the counter died before it was sent): it cannot come back.
    lost = counter.complaints.register(officer, complaint(seed=50))
    acknowledged = _center_versions(center, "101")
    assert len(acknowledged) == 3 + 4 + 1
    # The feed pages: three at a time, every version once, a record's versions oldest first.
    client = CentralClient(center_server.url, center_token)
    seen: list[tuple[str, int]] = []
    after_cursor, more = 0, True
    while more:
        page = client.stored_records(None, after_cursor, limit=3)
        assert len(page.records) <= 3
        seen += [(r.id, r.version) for r in page.records]
        after_cursor, more = page.next, page.more
    client.close()
    assert sorted(seen) == sorted((rid, ver) for rid, ver, _, _ in acknowledged) and len(seen) == 8
    assert seen.index((early[0].record_id, 1)) < seen.index((early[0].record_id, 2))
    assert acknowledged <= _versions(counter)
    counter.close()

    _corrupt(counter_home)
    # One scanned file is lost with the database; the other is still in the attachments folder.
    counter.ctx.attachments.path_for(shas[0]).unlink()
    with pytest.raises(KnownError) as damaged:
        open_app(counter_home, clock)
    assert damaged.value.code == "database_damaged"
    code, _, err = _cli(monkeypatch, capsys, "records")
    assert code == 2 and "[database_damaged]" in err and "recover" in err

    # The app offers the newest good backup and restores it once the user says yes.
    code, out, err = _cli(monkeypatch, capsys, "recover", stdin="n\n")
    assert code == 2 and "[recovery_declined]" in err and backup.name in out
    code, out, err = _cli(monkeypatch, capsys, "recover", stdin="y\n")
    assert code == 0, err
    assert backup.name in out
    damaged_copy = [p for p in list_backups(counter_home) if backup_reason(p) == "damaged"]
    assert len(damaged_copy) == 1 and str(damaged_copy[0]) in out

    after = build_services(open_app(counter_home, clock))
    try:
        held = _versions(after)
        # Nothing acknowledged is lost: every version the center holds is back, same id, version, sha256
        # and tracking code; the record the center never acknowledged is not.
        assert acknowledged <= held
        assert after.records.by_tracking_code(lost.tracking_code) is None
        detail = after.records.detail(early[0].record_id)
        assert detail.version == amended.version == 2
        rebuilt = after.records.detail(late[0].record_id)
        assert rebuilt.tracking_code == late[0].tracking_code
        assert rebuilt.central_ref == center.case_ref(late[0].record_id)
        assert rebuilt.central_status == "forwarded"
        # The rebuilt ones are acknowledged, not queued again as new.
        with after.ctx.db.read_session() as s:
            states = dict(
                ((r[0], r[1]), r[2])
                for r in s.execute(select(OutboxItem.record_id, OutboxItem.version, OutboxItem.state))
            )
            actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
        for rec in late:
            assert states[(rec.record_id, 1)] == QueueState.ACKED.value
        assert states[(early[0].record_id, 2)] == QueueState.ACKED.value
        # Both scans of the rebuilt record are there again, the lost one fetched from the center.
        with_scans = after.records.detail(late[3].record_id)
        assert with_scans.tracking_code == late[3].tracking_code
        assert [after.ctx.attachments.get(sha) for sha in shas] == scans
        with after.ctx.db.read_session() as s:
            linked = set(
                s.scalars(
                    select(RecordAttachment.sha256).where(RecordAttachment.record_id == late[3].record_id)
                )
            )
        assert linked == set(shas)
        assert "database.recover" in actions and "records.rebuild" in actions
        assert after.audit.verify().ok
        # Search finds a rebuilt record; the next record gets a tracking code no rebuilt one holds.
        assert after.records.ids_page(late[1].tracking_code, None, 10)
        fresh = after.complaints.register(officer, complaint(seed=77))
        assert fresh.tracking_code not in {c for *_, c in held}
        sync = after.sync
        assert sync is not None
        report = sync.run_once()
        assert (report.sent, report.acked, report.conflicts, report.error) == (1, 1, 0, "")
    finally:
        after.close()

    # A file goes only to the station whose record names it.
    import httpx

    other = center.add_station("202", "อีกจุดหนึ่ง")
    url = f"/v1/records/{late[3].record_id}/attachments/{shas[0]}"
    with httpx.Client(base_url=center_server.url) as http:
        assert http.get(url, headers={"Authorization": f"Bearer {other}"}).status_code == 404
        assert http.get(url, headers={"Authorization": f"Bearer {center_token}"}).content == scans[0]

    # Running the rebuild again finds everything held and writes nothing.
    code, out, err = _cli(monkeypatch, capsys, "recover", "--rebuild-only")
    assert code == 0, err
    assert "0 รุ่น" in out


def test_recover_refuses_a_database_that_is_not_damaged(
    counter: Services,
    supervisor: CurrentUser,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert counter.backups is not None
    counter.backups.backup(supervisor)
    counter.close()
    code, _, err = _cli(monkeypatch, capsys, "recover", "--yes")
    assert code == 2 and "[database_not_damaged]" in err


def test_records_feed_answers_only_the_calling_station(
    center: Central, center_server: ServerThread, center_token: str
) -> None:
    import httpx

    other = center.add_station("202", "อีกจุดหนึ่ง")
    with httpx.Client(base_url=center_server.url) as http:
        assert http.get("/v1/records").status_code == 401
        for token in (center_token, other):
            page = http.get("/v1/records", headers={"Authorization": f"Bearer {token}"}).json()
            assert page == {"records": [], "next": 0, "more": False}
        naive = http.get(
            "/v1/records",
            params={"since": "2026-03-05T10:00:00"},
            headers={"Authorization": f"Bearer {other}"},
        )
        assert naive.status_code == 400


def test_a_damaged_first_page_is_recovered_too(
    counter: Services,
    supervisor: CurrentUser,
    officer: CurrentUser,
    counter_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kept = counter.complaints.register(officer, complaint(seed=3))
    assert counter.backups is not None
    counter.backups.backup(supervisor)
    counter.close()
    path = counter_home / DB_FILE
    with path.open("r+b") as fh:
        fh.write(bytes(4096))  # page 1 gone: it looks like a wrong key, but the backups open under it
    code, _, err = _cli(monkeypatch, capsys, "records")
    assert code == 2 and "[database_key_wrong]" in err
    code, _, err = _cli(monkeypatch, capsys, "recover", "--yes")
    assert code == 0, err
    assert "ยังไม่ได้เชื่อมต่อระบบกลาง" in err  # a counter without a center: the backup is all there is
    again = build_services(open_app(counter_home))
    try:
        assert again.records.detail(kept.record_id).tracking_code == kept.tracking_code
    finally:
        again.close()
