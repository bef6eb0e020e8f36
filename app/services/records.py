"""Reading records for lists, search, detail views and receipts (docs/ARCHITECTURE.md, UI rule 4: ids
first, rows on demand).

``ids_page`` returns rowids only (newest first, keyset paging); ``rows`` turns a page of rowids into
display rows with names already masked and the queue state of each record's latest version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.domain.records import QueueState, RecordKind
from app.domain.roles import Permission
from app.domain.service_standard import DueFilter, WorkTime, standard_window
from app.domain.thaidate import bangkok_date
from app.domain.tracking import is_valid_access_token, normalize_tracking_code
from app.logs import scrub
from app.services.access import require
from app.services.base import ServiceBase
from app.services.types import (
    Changes,
    CurrentUser,
    KnownError,
    RecordDetail,
    RecordRow,
    VersionInfo,
)
from app.storage.models import OutboxItem, Record, RecordVersion
from app.storage.sealing import open_payload_in
from app.storage.search import OpenCases, count_matches, search_rowids

MAX_PAGE = 1000


def _state(value: str | None) -> QueueState:
    # A version with no outbox row was written before the outbox existed or pruned after the center's
    # ack: either way nothing is waiting for it.
    return QueueState(value) if value else QueueState.ACKED


def rows_for(
    session: Session, rowids: Sequence[int], work: WorkTime | None = None, now: datetime | None = None
) -> list[RecordRow]:
    """Display rows for rowids, in the order given (unknown rowids are skipped); with ``work`` and
    ``now``, walk-in complaints carry their promise and whether it has passed unanswered."""
    if not rowids:
        return []
    # Columns, not ORM objects: a page of 50 rows is on every keystroke of the search box.
    stmt = (
        select(
            Record.rowid,
            Record.id,
            Record.current_version,
            Record.kind,
            Record.tracking_code,
            Record.created_at,
            Record.display_name_masked,
            Record.anonymous,
            Record.subject,
            OutboxItem.state,
            Record.central_ref,
            Record.central_status,
            Record.voided,
            Record.central_moved_at,
        )
        .outerjoin(
            OutboxItem,
            (OutboxItem.record_id == Record.id) & (OutboxItem.version == Record.current_version),
        )
        .where(Record.rowid.in_(list(rowids)))
    )
    by_rowid: dict[int, RecordRow] = {}
    for row in session.execute(stmt):
        rowid, rid, version, kind, code, created, name, anon, subject, state, ref, status, voided, moved = row
        promised: datetime | None = None
        overdue = False
        if work is not None and now is not None and kind == RecordKind.COMPLAINT.value:
            promised = work.promised(created)
            # The dashboard's "open" (OPEN_CASES_WHERE): not voided, not moved by the center.
            still_open = not voided and moved is None
            overdue = still_open and now >= promised
        by_rowid[rowid] = RecordRow(
            rowid=rowid,
            record_id=rid,
            version=version,
            kind=RecordKind(kind),
            tracking_code=code,
            created_at=created,
            display_name=name,
            anonymous=anon,
            subject=subject,
            queue_state=_state(state),
            central_ref=ref,
            central_status=status,
            promised_by=promised,
            overdue=overdue,
        )
    return [by_rowid[r] for r in rowids if r in by_rowid]


def detail_for(session: Session, rec: Record) -> RecordDetail:
    """The full detail of a record: latest payload, history newest first with queue states."""
    versions = list(
        session.scalars(
            select(RecordVersion)
            .where(RecordVersion.record_id == rec.id)
            .order_by(RecordVersion.version.desc())
        )
    )
    states = {
        v: s
        for v, s in session.execute(
            select(OutboxItem.version, OutboxItem.state).where(OutboxItem.record_id == rec.id)
        )
    }
    history = [
        VersionInfo(
            version=v.version,
            created_at=v.created_at,
            officer=v.officer,
            reason=v.reason,
            sha256=v.sha256,
            queue_state=_state(states.get(v.version)),
            payload=open_payload_in(session, rec.id, v.payload_json),
        )
        for v in versions
    ]
    latest = history[0] if history else None
    return RecordDetail(
        record_id=rec.id,
        kind=RecordKind(rec.kind),
        tracking_code=rec.tracking_code,
        access_token=rec.access_token,
        station_code=rec.station_code,
        officer=rec.officer,
        created_at=rec.created_at,
        promised_by=rec.promised_by,
        version=rec.current_version,
        payload=latest.payload if latest else {},
        history=history,
        queue_state=latest.queue_state if latest else QueueState.ACKED,
        central_ref=rec.central_ref,
        central_status=rec.central_status,
        central_agency=rec.central_agency,
        central_note=rec.central_note,
        receipt_printed=rec.receipt_printed_at is not None,
    )


ACCESS_CODE_MARK = "[access-code]"
"""What the audit trail keeps of a search by a receipt's access code (the code itself is a secret)."""

# The center's case number, an alias of the tracking code wherever an officer types one.
_CASE_REF = re.compile(r"^PSC\d{4}-\d{8}$")


class RecordService(ServiceBase):
    """Read models over the records, plus marking a receipt printed."""

    def _work_time(self) -> WorkTime:
        # The calendar as it is now, as the dashboard's watch uses it: both say the same "overdue".
        return WorkTime(self._ctx.calendar, bangkok_date(self._ctx.clock()))

    def _open_cases(self, due: DueFilter) -> OpenCases | None:
        """The creation-time bounds of the open walk-in complaints ``due`` selects (None: no filter)."""
        if due is DueFilter.ALL:
            return None
        window = standard_window(self._work_time(), self._ctx.clock())
        if due is DueFilter.OVERDUE:
            return OpenCases(upto=window.overdue_upto)
        return OpenCases(upto=window.today_upto, after=window.overdue_upto)

    def count(self, query: str = "", limit: int | None = None, due: DueFilter = DueFilter.ALL) -> int:
        """How many records match (all records for an empty query) and pass the ``due`` filter; with
        ``limit``, at most that many are counted (show "limit+"). Run it off the GUI thread: a 1–2
        character query scans the table."""
        only = self._open_cases(due)
        with self._ctx.db.read_session() as session:
            return count_matches(session, query, limit, only)

    def ids_page(
        self, query: str, after_rowid: int | None, limit: int, due: DueFilter = DueFilter.ALL
    ) -> list[int]:
        """Rowids of matching records, newest first, strictly older than ``after_rowid``."""
        limit = max(1, min(int(limit), MAX_PAGE))
        only = self._open_cases(due)
        with self._ctx.db.read_session() as session:
            return search_rowids(session, query, after_rowid, limit, only)

    def rows(self, rowids: Sequence[int]) -> list[RecordRow]:
        """Display rows for rowids, in the order given, walk-in complaints with their promise."""
        work, now = self._work_time(), self._ctx.clock()
        with self._ctx.db.read_session() as session:
            return rows_for(session, rowids, work, now)

    def detail(self, record_id: str) -> RecordDetail:
        """Everything about one record (``KnownError("record_not_found")`` if unknown)."""
        with self._ctx.db.read_session() as session:
            rec = session.scalars(select(Record).where(Record.id == record_id)).first()
            if rec is None:
                raise KnownError("record_not_found")
            return detail_for(session, rec)

    def by_tracking_code(self, code: str) -> RecordDetail | None:
        """The record with this tracking code (separators and Thai digits allowed) or, as its alias, the
        center's case number (``PSC2569-00000042``); None when there is none."""
        text = code.strip().upper()
        if _CASE_REF.match(text):
            where = Record.central_ref == text
        else:
            where = Record.tracking_code == normalize_tracking_code(code)
        with self._ctx.db.read_session() as session:
            rec = session.scalars(select(Record).where(where)).first()
            return None if rec is None else detail_for(session, rec)

    def for_user(self, user: CurrentUser) -> UserRecords:
        """The record reads of one signed-in user, each search and detail audited (for the GUI's list)."""
        return UserRecords(self, user)

    def search(
        self,
        user: CurrentUser,
        query: str,
        after_rowid: int | None,
        limit: int,
        due: DueFilter = DueFilter.ALL,
    ) -> list[int]:
        """``ids_page`` for a signed-in user: the session and ``READ_RECORDS`` checked; a search for
        something (the first page of a non-empty query) is an audit event, the query's identifiers
        scrubbed like a log line (the audit trail must not become an index of national IDs, nor of the
        receipts' access codes, which open the public tracking page)."""
        require(self._ctx, self._audit, user, Permission.READ_RECORDS, action="records.search")
        query = query.strip()
        if query and after_rowid is None:
            shown = ACCESS_CODE_MARK if is_valid_access_token(query) else scrub(query)
            self._audited(user, "records.search", "", {"query": shown, "due": due.value})
        return self.ids_page(query, after_rowid, limit, due)

    def read_detail(self, user: CurrentUser, record_id: str) -> RecordDetail:
        """``detail`` for a signed-in user: checked and audited (``record.read``)."""
        require(self._ctx, self._audit, user, Permission.READ_RECORDS, action="record.read")
        detail = self.detail(record_id)
        self._audited(user, "record.read", record_id, {"tracking_code": detail.tracking_code})
        return detail

    def read_by_tracking_code(self, user: CurrentUser, code: str, purpose: str) -> RecordDetail:
        """``by_tracking_code`` for a signed-in user (``KnownError("record_not_found")``), audited as
        ``record.<purpose>`` (``read``, ``letter``, ``reprint`` …)."""
        require(self._ctx, self._audit, user, Permission.READ_RECORDS, action=f"record.{purpose}")
        detail = self.by_tracking_code(code)
        if detail is None:
            raise KnownError("record_not_found")
        self._audited(user, f"record.{purpose}", detail.record_id, {"tracking_code": detail.tracking_code})
        return detail

    def _audited(self, user: CurrentUser, action: str, target: str, detail: dict[str, object]) -> None:
        with self._ctx.db.session() as session:
            self._audit.append(session, user.username, action, target, detail, self._ctx.clock())

    def queue_states(self, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], QueueState]:
        """Queue state of given (record id, version) pairs (for screens that show several)."""
        if not keys:
            return {}
        with self._ctx.db.read_session() as session:
            rows = session.execute(
                select(OutboxItem.record_id, OutboxItem.version, OutboxItem.state).where(
                    tuple_(OutboxItem.record_id, OutboxItem.version).in_(list(keys))
                )
            )
            return {(r, v): QueueState(s) for r, v, s in rows}

    def mark_receipt_printed(self, user: CurrentUser, record_id: str, reprint: bool) -> Changes:
        """Notes that a receipt was printed (first time) or reprinted; audited either way."""
        require(self._ctx, self._audit, user, Permission.PRINT_RECEIPT, action="mark_receipt_printed")
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            rec = session.scalars(select(Record).where(Record.id == record_id)).first()
            if rec is None:
                raise KnownError("record_not_found")
            if rec.receipt_printed_at is None:
                rec.receipt_printed_at = now
            self._audit.append(
                session,
                user.username,
                "receipt.reprint" if reprint else "receipt.print",
                record_id,
                {"tracking_code": rec.tracking_code, "version": rec.current_version},
                now,
            )
        return Changes(records=True, record_ids=(record_id,))


class UserRecords:
    """``RecordService`` reads on behalf of one user: what the GUI's records list is given, so every
    search it runs is checked and audited (``rows`` and ``count`` show masked rows of the ids found)."""

    def __init__(self, records: RecordService, user: CurrentUser) -> None:
        self._records = records
        self._user = user

    def count(self, query: str = "", limit: int | None = None, due: DueFilter = DueFilter.ALL) -> int:
        """How many records match (see ``RecordService.count``)."""
        return self._records.count(query, limit, due)

    def ids_page(
        self, query: str, after_rowid: int | None, limit: int, due: DueFilter = DueFilter.ALL
    ) -> list[int]:
        """Rowids of matching records, audited and checked (see ``RecordService.search``)."""
        return self._records.search(self._user, query, after_rowid, limit, due)

    def rows(self, rowids: Sequence[int]) -> list[RecordRow]:
        """Masked display rows (see ``RecordService.rows``)."""
        return self._records.rows(rowids)
