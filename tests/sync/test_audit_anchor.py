"""The audit chain anchored at the center (issue 8): each batch carries the counter's chain head, the center
keeps what it acknowledged, and ``verify-audit`` checks the local chain against it — so deleting a synced
record's audit events and recomputing the whole chain with the database key is still found. A restore is
itself an audit event."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select

from app.cli import main
from app.services import Services
from app.services.audit import GENESIS, event_document
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from app.storage.models import AuditEvent
from app.storage.sync_state import SyncMeta
from sync.server.central import Central
from tests.helpers.cli_login import CliAs
from tests.helpers.counter import complaint


def _rewrite_without(counter: Services, record_id: str) -> int:
    """What someone holding the database key can do: drop a record's events and recompute the chain."""
    with counter.ctx.db.session() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        kept = [(e.at, e.actor, e.action, e.target, e.detail_json) for e in events if e.target != record_id]
        s.execute(delete(AuditEvent))
        prev = GENESIS
        for seq, (at, actor, action, target, detail) in enumerate(kept, 1):
            digest = counter.audit_log.raw_hash(prev, event_document(seq, at, actor, action, target, detail))
            s.add(
                AuditEvent(
                    seq=seq,
                    at=at,
                    actor=actor,
                    action=action,
                    target=target,
                    detail_json=detail,
                    hash=digest,
                )
            )
            prev = digest
        counter.audit_log.set_head(s, len(kept), prev)
        # …and the local copy of the anchor goes too: only the center's copy is out of reach.
        s.execute(delete(SyncMeta).where(SyncMeta.key == "audit_anchor"))
        return len(events) - len(kept)


def test_history_rewritten_after_a_sync_fails_against_the_centers_anchor(
    counter: Services,
    officer: CurrentUser,
    sync_service: SyncService,
    center: Central,
    counter_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = counter.complaints.register(officer, complaint(1)).record_id
    counter.complaints.register(officer, complaint(2))
    report = sync_service.run_once()
    assert report.acked == 2
    station = center.authenticate(sync_service.connection().token)  # type: ignore[union-attr]
    assert station is not None
    anchor = center.last_anchor(station)
    local = sync_service.store.local_anchor()
    assert anchor is not None and anchor == local and anchor.seq >= 2
    home = ["--home", str(counter_home)]
    assert main([*home, "verify-audit"]) == 0
    assert "ระบบกลาง" in capsys.readouterr().out  # checked against the center's own copy

    assert _rewrite_without(counter, first) >= 1
    assert counter.audit.verify().ok  # the chain alone is consistent again: the key recomputed it
    assert main([*home, "verify-audit"]) == 1
    err = capsys.readouterr().err
    assert f"ลำดับ {anchor.seq}" in err and "anchor" in err


def test_a_restore_is_an_audit_event(
    counter: Services, counter_home: Path, capsys: pytest.CaptureFixture[str], cli_as: CliAs
) -> None:
    home = ["--home", str(counter_home)]
    counter.close()
    cli_as("admin", "admin-pass-1")  # backup and restore need a signed-in user with the permission
    assert main([*home, "backup"]) == 0
    backup = capsys.readouterr().out.split(": ", 1)[1].strip()
    assert main([*home, "restore", backup]) == 0
    assert main([*home, "verify-audit"]) == 0
    from app.services import build_services, open_app

    again = build_services(open_app(counter_home))
    try:
        with again.ctx.db.read_session() as s:
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    finally:
        again.close()
    assert last.action == "database.restore" and Path(backup).name in last.detail_json
