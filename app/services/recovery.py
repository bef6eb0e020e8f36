"""Recovering a damaged database: the newest good backup, then what the center acknowledged since.

``open_app`` raises ``KnownError("database_damaged")`` when the key opens the file but pages fail their
HMAC or SQLite's check. Then (the GUI at start-up, ``psc-counter recover`` on the command line):

1. ``recovery_candidate(home)`` — the newest backup that passes every check (key, page HMACs, integrity,
   schema), from ``home/backups`` and the second backup folder;
2. ``recover_damaged(home, candidate)`` — keeps the damaged file as it is (``-damaged`` in ``backups/``),
   puts the backup in place, opens it (migrating an older one), records the recovery in its audit trail,
   and
3. ``RebuildService.rebuild_from_center`` — asks the center for this station's records made since just
   before the newest version the backup holds (``GET /v1/records``) and writes back every version the
   counter no longer has: same id, version, tracking code and sha256, with an outbox item already
   ``acked`` (never queued again), the case number and status the center holds, and the station's daily
   sequence moved past their tracking codes so no code is handed out twice.

Nobody can sign in to a damaged database (the users are in it), so the recovery runs as ``recovery`` in the
audit trail; it only ever puts back a backup made under this counter's own key, and keeps what it replaced.

What the center does not hold comes back as it can: the officer who made a version and an amendment's
reason are not sent to the center (``center`` / a note stand in), nor is a receipt's access token (only
its hash would be): a rebuilt record gets a new one. Attachments the counter lacks are
fetched from the center (``GET /v1/records/{id}/attachments/{sha256}``, only for a record of this station
that names them), checked against their hash and stored encrypted; those it cannot get are counted.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import load_settings, resolve_home
from app.domain.canonical import canonical_json, payload_sha256
from app.domain.clock import Clock, system_clock
from app.domain.records import QueueState, RecordKind, complaint_from_payload
from app.domain.tracking import BE_OFFSET, new_access_token, parse_tracking_code, station_digits
from app.services.audit import AuditLog
from app.services.base import ServiceBase
from app.services.complaints import complaint_head
from app.services.context import open_app
from app.services.recording import HeadFields, set_head_fields
from app.services.types import KnownError
from app.storage import backup as store
from app.storage import keys
from app.storage.backup import BackupHooks, BackupInfo
from app.storage.base import driver_connection
from app.storage.db import DB_FILE, Database
from app.storage.models import Attachment, Record, RecordVersion, Station
from app.storage.record_writer import NewVersion, record_key_id, sql_time, write_version
from app.storage.sealing import sealer_for
from app.storage.search import index_pending
from sync.client import CentralClient, SyncError
from sync.protocol import RecordResult, ResultStatus, StoredRecord, payload_attachments

log = logging.getLogger("psc.db")

RECOVERY_ACTOR = "recovery"  # the audit actor of a recovery (nobody can sign in to a damaged database)
REBUILT_BY = "center"  # the officer of a version rebuilt from the center (the center does not hold it)
REBUILT_REASON = "กู้คืนจากศูนย์ (ศูนย์ไม่ได้เก็บเหตุผลการแก้ไข)"
# Versions made this long before the newest one the backup holds are asked for again: a registration
# committing while the backup was taken, or a counter clock corrected since, must not fall in a gap.
# Versions the counter already holds are skipped, so the margin only costs transfer.
SINCE_MARGIN = timedelta(days=1)
PAGE_SIZE = 200
_BUMP_SEQ = (
    "INSERT INTO daily_sequences (station_code, day, last_seq) VALUES (?, ?, ?) "
    "ON CONFLICT (station_code, day) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"
)


@dataclass
class RebuildOutcome:
    """What a rebuild from the center did."""

    versions: int = 0  # record versions written back
    records: int = 0  # of them, records this counter did not have at all
    held: int = 0  # versions the counter already had (same sha256)
    conflicts: int = 0  # versions the counter has with other content: left as they are, audited
    missing_attachments: int = 0
    error: str = ""  # "not_connected", or the client's error code when the center could not be asked
    rebuilt_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RecoveryOutcome:
    """A recovery done: the backup put in place, the damaged file kept, and the rebuild."""

    restored: BackupInfo
    damaged_copy: Path | None
    rebuild: RebuildOutcome


def _second_folder(home: Path) -> tuple[Path, ...]:
    text = load_settings(home).backup_second_folder.strip()
    return (Path(text).expanduser(),) if text else ()


def recovery_candidate(home: Path | None) -> BackupInfo:
    """The newest backup that passes every check (``KnownError("no_good_backup")`` when none does)."""
    home = resolve_home(home)
    key = keys.load_key(home)
    if key is None:
        raise KnownError("database_key_missing", "no keyring entry and no key file")
    info = store.newest_good_backup(home, key, _second_folder(home))
    if info is None:
        raise KnownError("no_good_backup")
    return info


def database_is_damaged(home: Path, key: bytes) -> bool:
    """Whether the database file is missing or fails the full start-up check. A file whose first page does
    not open under the key is damaged when a backup opens under it; else the key is wrong
    (``database_key_wrong`` is raised)."""
    if not (home / DB_FILE).exists():
        return True
    db = Database(home / DB_FILE, key)
    try:
        db.check(full=True)
    except KnownError as exc:
        if exc.code == "database_damaged":
            return True
        if exc.code == "database_key_wrong" and store.newest_good_backup(home, key, _second_folder(home)):
            # Page 1 does not open under the key, yet a backup does: the key is right, the file is damaged.
            return True
        raise
    finally:
        db.dispose()
    return False


def recover_damaged(
    home: Path | None,
    candidate: Path | None = None,
    clock: Clock = system_clock,
    hooks: BackupHooks | None = None,
) -> RecoveryOutcome:
    """Replaces a damaged database with a good backup (``candidate``, else the newest good one) and
    rebuilds from the center what it acknowledged since. Nothing may hold the database open."""
    home = resolve_home(home)
    key = keys.load_key(home)
    if key is None:
        raise KnownError("database_key_missing", "no keyring entry and no key file")
    if not database_is_damaged(home, key):
        raise KnownError("database_not_damaged")
    info = store.verify_backup(candidate, key) if candidate is not None else recovery_candidate(home)
    now = clock()
    damaged = store.keep_damaged_copy(home, now)
    store.replace_database(home, info.path, hooks)
    ctx = open_app(home, clock)
    try:
        audit = AuditLog(ctx.db.key)
        with ctx.db.session() as s:
            detail = {
                "from": info.path.name,
                "from_taken_at": info.taken_at.isoformat() if info.taken_at else "",
                "damaged_copy": damaged.name if damaged else "",
            }
            audit.append(s, RECOVERY_ACTOR, "database.recover", "", detail, now)
        log.warning("damaged database replaced by backup %s", info.path.name)
        rebuild = RebuildService(ctx, audit).rebuild_from_center()
    finally:
        ctx.close()
    return RecoveryOutcome(info, damaged, rebuild)


def _head_fields(kind: str, payload: dict[str, Any]) -> HeadFields:
    """The list/search summary of a payload, as the kind's own service computes it."""
    try:
        if kind == RecordKind.COMPLAINT.value:
            return complaint_head(complaint_from_payload(payload))
        if kind == RecordKind.GROUP_PETITION.value:
            from app.domain.petition import petition_from_payload
            from app.services.petitions import petition_head

            return petition_head(petition_from_payload(payload))
    except (TypeError, ValueError, KeyError, AttributeError):
        log.warning("payload of kind %s not understood by this build; kept without a summary", kind)
    return HeadFields(search_parts=(), display_name_masked="", anonymous=False, subject="")


def _tracking_day(code: str, station_code: str) -> tuple[date, int] | None:
    """The Bangkok day and sequence number of one of this station's tracking codes."""
    parts = parse_tracking_code(code)
    if parts is None or parts.station != station_digits(station_code):
        return None
    yy, mm, dd = int(parts.be_yymmdd[:2]), int(parts.be_yymmdd[2:4]), int(parts.be_yymmdd[4:6])
    try:
        return date(2500 + yy - BE_OFFSET, mm, dd), parts.seq
    except ValueError:
        return None


class RebuildService(ServiceBase):
    """Writes back, from the center, the record versions this counter lost."""

    def default_since(self) -> datetime | None:
        """Just before the newest version this database holds (``None``: ask for everything)."""
        with self._ctx.db.read_session() as s:
            newest = s.scalar(select(func.max(RecordVersion.created_at)))
        return None if newest is None else newest - SINCE_MARGIN

    def rebuild_from_center(
        self, since: datetime | None = None, actor: str = RECOVERY_ACTOR, *, everything: bool = False
    ) -> RebuildOutcome:
        """Pages through ``GET /v1/records`` and writes back what is missing, one transaction per page
        (run again after an interruption: what is written stays, what is held is skipped)."""
        from app.services.sync_service import SyncService

        outcome = RebuildOutcome()
        connection = SyncService(self._ctx, self._audit).connection()
        if connection is None:
            outcome.error = "not_connected"
            return outcome
        if since is None and not everything:
            since = self.default_since()
        client = CentralClient(
            connection.server_url,
            connection.token,
            ca_bundle=connection.ca_bundle or None,
            clock=self._ctx.clock,
        )
        try:
            after = 0
            while True:
                page = client.stored_records(since, after, PAGE_SIZE)
                if page.records:
                    # Files first, outside the page's transaction (no write lock held over HTTP).
                    fetched = self._fetch_attachments(client, page.records)
                    self._apply(page.records, outcome, actor, fetched)
                after = page.next
                if not page.more:
                    break
        except SyncError as exc:
            outcome.error = exc.code
            log.warning("rebuild from the center stopped: %s", exc.code)
        finally:
            client.close()
        log.info("rebuilt %d versions (%d records) from the center", outcome.versions, outcome.records)
        return outcome

    def _fetch_attachments(self, client: CentralClient, records: list[StoredRecord]) -> dict[str, int]:
        """Fetches the files the page's records name that this counter lacks and stores them encrypted;
        returns their sizes by hash. A file the center does not give back (or gives back wrong) is left
        out, and counted as missing when its version is written."""
        wanted: dict[str, str] = {}
        for rec in records:
            for sha in payload_attachments(rec.payload):
                wanted.setdefault(sha, rec.id)
        if not wanted:
            return {}
        with self._ctx.db.read_session() as s:
            held = set(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(list(wanted)))))
        fetched: dict[str, int] = {}
        store = self._ctx.attachments
        for sha, record_id in wanted.items():
            if sha in held:
                continue
            # The attachments folder usually survives what damaged the database file: read it first.
            data = store.get(sha) if store.exists(sha) else client.record_attachment(record_id, sha)
            if data is None or hashlib.sha256(data).hexdigest() != sha:
                continue
            store.put(data)
            fetched[sha] = len(data)
        return fetched

    def _apply(
        self, records: list[StoredRecord], outcome: RebuildOutcome, actor: str, fetched: dict[str, int]
    ) -> None:
        now = self._ctx.clock()
        written = 0
        with self._ctx.db.session() as s:
            station = s.scalars(select(Station)).first()
            if station is None:
                raise KnownError("not_initialized")
            for rec in records:
                held = s.get(RecordVersion, (rec.id, rec.version))
                if held is not None:
                    if held.sha256 == rec.sha256:
                        outcome.held += 1
                    else:
                        outcome.conflicts += 1
                        detail = {"version": rec.version, "sha256": held.sha256, "center_sha256": rec.sha256}
                        self._audit.append(s, actor, "records.rebuild_conflict", rec.id, detail, now)
                    continue
                if payload_sha256(rec.payload) != rec.sha256:
                    outcome.conflicts += 1  # the center's copy does not match its own hash: do not trust it
                    continue
                if self._write_version(s, station, rec, now, outcome, fetched):
                    written += 1
            s.flush()  # the search index reads the new heads through the driver connection
            index_pending(driver_connection(s))
            if written:
                detail = {"count": written, "first": records[0].cursor, "last": records[-1].cursor}
                self._audit.append(s, actor, "records.rebuild", "", detail, now)

    def _write_version(  # noqa: PLR0917 - internal, one call site
        self,
        s: Session,
        station: Station,
        rec: StoredRecord,
        now: datetime,
        outcome: RebuildOutcome,
        fetched: dict[str, int],
    ) -> bool:
        fields = _head_fields(rec.kind, rec.payload)
        head = s.scalars(select(Record).where(Record.id == rec.id)).first()
        created = rec.created_at
        if head is None:
            if s.scalar(select(Record.rowid).where(Record.tracking_code == rec.tracking_code)) is not None:
                outcome.conflicts += 1  # another record here has this code: never two records under one
                return False
            head = Record(
                id=rec.id,
                kind=rec.kind,
                tracking_code=rec.tracking_code,
                access_token=new_access_token(),
                station_code=station.code,
                officer=REBUILT_BY,
                created_at=created,
                current_version=rec.version,
                promised_by=self._ctx.calendar.promised_by(created),
                receipt_printed_at=None,
                voided=False,
                central_ref=rec.central_ref,
                central_status=rec.status,
                central_agency=rec.agency,
                central_note=rec.note,
                central_updated_at=now,
            )
            set_head_fields(head, fields)
            s.add(head)
            outcome.records += 1
            outcome.rebuilt_ids.append(rec.id)
        elif rec.version > head.current_version:
            head.current_version = rec.version
            set_head_fields(head, fields)
        if rec.version == 1 and head.officer == REBUILT_BY:
            head.created_at = created  # a head first built from a later version: its real start
            head.promised_by = self._ctx.calendar.promised_by(created)
        if rec.central_ref and not head.central_ref:
            head.central_ref = rec.central_ref
            head.central_status, head.central_agency, head.central_note = rec.status, rec.agency, rec.note
        wanted = payload_attachments(rec.payload)
        for sha in wanted:
            if sha in fetched and s.get(Attachment, sha) is None:
                s.add(Attachment(sha256=sha, size=fetched[sha], stored_at=now))
        # Acknowledged already: the center holds exactly this version (the answer a replay would get).
        answer = RecordResult(
            id=rec.id,
            version=rec.version,
            status=ResultStatus.DUPLICATE,
            central_ref=rec.central_ref or None,
            sha256=rec.sha256,
        )
        body = canonical_json(rec.payload)
        version = NewVersion(
            rec.id,
            rec.version,
            rec.kind,
            body,
            rec.sha256,
            sql_time(created),
            REBUILT_BY,
            REBUILT_REASON if rec.version > 1 else "",
            record_key_id(s, rec.id),  # every version of a record under the record's one key
        )
        s.flush()  # the head and the fetched attachments, before the writer's prepared SQL
        at = sql_time(now)
        missing = write_version(
            driver_connection(s),
            sealer_for(s),
            version,
            wanted,
            missing_ok=True,
            outbox_state=QueueState.ACKED,
            outbox_result=answer.model_dump_json(),
            outbox_at=at,
        )
        outcome.missing_attachments += len(missing)
        day_seq = _tracking_day(rec.tracking_code, station.code)
        if day_seq is not None:
            driver_connection(s).execute(_BUMP_SEQ, (station.code, day_seq[0].isoformat(), day_seq[1]))
        outcome.versions += 1
        return True
