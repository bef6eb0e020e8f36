"""The counter's day at a glance: figures of today and a chosen period, the service-standard watch, the
queue, the printer and the last backup, computed from the records in a few SQL statements.

Every figure is a count over a ``created_at`` range (the index the day reports already use) or over the
partial index of open walk-in complaints (``ix_records_open``): the service standard is turned into
creation-time bounds by ``app.domain.service_standard`` (the promise is monotonic in the creation time),
so no promise is computed per row except for the cases the center has moved within the period.

Supervisors (``REPORTS``) see the station; anyone else sees only their own work (``officer = me``).
The snapshot is read in one read transaction, so its figures agree with each other.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import text

from app.domain.periods import Period, day_period
from app.domain.records import QueueState, RecordKind
from app.domain.roles import Permission
from app.domain.service_standard import StandardWindow, WorkTime, standard_window
from app.domain.survey import RatingSource
from app.domain.thaidate import bangkok_date
from app.services.context import AppContext
from app.services.types import CurrentUser
from app.storage.backup import BACKUP_PREFIX, list_backups
from app.storage.base import sql_datetime

LIST_LIMIT = 50  # cases shown per watch list; the counts are always exact
SOON_HOURS = 2.0  # "due within the next working hours"
# The per-officer and per-category breakdown of overdue cases covers those created in the last N days
# (the total is exact over all time): a counter whose center never answers would otherwise group every
# record it ever registered on each refresh.
BREAKDOWN_DAYS = 14
_COMPLAINT = RecordKind.COMPLAINT.value
_PETITION = RecordKind.GROUP_PETITION.value


@dataclass(frozen=True)
class Tally:
    """A count per key (officer, category code, agency code, province), largest first."""

    items: tuple[tuple[str, int], ...] = ()

    def get(self, key: str) -> int:
        """The count of one key (0 when absent)."""
        return dict(self.items).get(key, 0)

    @staticmethod
    def of(counter: Counter[str]) -> Tally:
        """From a ``Counter``: largest first, then by key, so equal counts have a stable order."""
        return Tally(tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))))


@dataclass(frozen=True)
class StandardFigures:
    """Walk-in complaints of a period against the standard (judged at the snapshot's time)."""

    met: int = 0
    late: int = 0  # moved, but not before the promise
    overdue: int = 0  # not moved, promise passed
    open: int = 0  # not moved, promise still ahead

    @property
    def judged(self) -> int:
        """Cases whose outcome is known: met, late or overdue."""
        return self.met + self.late + self.overdue

    @property
    def share_met(self) -> float | None:
        """Met / judged, or ``None`` when nothing is judged yet."""
        return self.met / self.judged if self.judged else None


@dataclass(frozen=True)
class RatingFigures:
    """Satisfaction ratings given in a period, per source."""

    count: int = 0
    distribution: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # how many 1s … 5s
    by_source: tuple[tuple[str, int], ...] = ()

    @property
    def average(self) -> float | None:
        """The mean rating, or ``None`` without ratings."""
        if not self.count:
            return None
        return sum((i + 1) * n for i, n in enumerate(self.distribution)) / self.count


@dataclass(frozen=True)
class Figures:
    """What was registered in one period, and what came of it."""

    period: Period
    complaints: int = 0  # submissions (visits)
    complaint_cases: int = 0  # of which new cases (not a repeat visit joining an earlier one)
    petitions: int = 0
    petition_cases: int = 0
    headcount: int = 0  # people in the group petitions
    voided: int = 0
    by_hour: tuple[int, ...] = (0,) * 24  # Bangkok hour of registration
    by_day: tuple[tuple[date, int], ...] = ()
    by_officer: Tally = field(default_factory=Tally)
    by_category: Tally = field(default_factory=Tally)
    by_agency: Tally = field(default_factory=Tally)
    by_province: Tally = field(default_factory=Tally)
    receipts_printed: int = 0
    receipts_reprinted: int = 0
    standard: StandardFigures = field(default_factory=StandardFigures)
    ratings: RatingFigures = field(default_factory=RatingFigures)


@dataclass(frozen=True)
class DueCase:
    """An open walk-in complaint on the watch list."""

    record_id: str
    tracking_code: str
    officer: str
    category_code: str
    created_at: datetime
    promised_by: datetime


@dataclass(frozen=True)
class Watch:
    """Open walk-in complaints against the standard at ``window.now``."""

    window: StandardWindow
    overdue: int
    due_today: int
    due_soon: int
    overdue_by_officer: Tally  # overdue cases created in the last BREAKDOWN_DAYS days
    overdue_by_category: Tally
    due_by_officer: Tally  # due today
    due_by_category: Tally
    overdue_cases: tuple[DueCase, ...]  # newest first, at most LIST_LIMIT
    due_cases: tuple[DueCase, ...]  # due today, soonest first, at most LIST_LIMIT


@dataclass(frozen=True)
class QueueFigures:
    """The outbox and the center's last answer."""

    pending: int
    oldest_pending_at: datetime | None
    rejected: int
    conflicts: int
    held: int
    last_success: datetime | None
    last_error: str


@dataclass(frozen=True)
class Snapshot:
    """One refresh of the dashboard."""

    at: datetime
    officer: str | None  # None: the whole station
    today: Figures
    period: Figures
    watch: Watch
    queue: QueueFigures
    print_waiting: int
    print_failed: int  # waiting after a failed attempt (paper out, offline…)
    last_backup: datetime | None


class DashboardService:
    """Read-only figures for the dashboard and the period reports."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._days = DayCache(ctx)

    def scope(self, user: CurrentUser) -> str | None:
        """Whose work ``user`` may see: ``None`` for the station (supervisors), else their own."""
        return None if user.can(Permission.REPORTS) else user.username

    def work_time(self) -> WorkTime:
        """The service-standard arithmetic over the calendar as it is now (extra holidays included)."""
        return WorkTime(self._ctx.calendar, bangkok_date(self._ctx.clock()))

    def snapshot(self, user: CurrentUser, period: Period) -> Snapshot:
        """Today, ``period`` and the watch, for ``user``'s scope, in one read transaction."""
        officer = self.scope(user)
        now = self._ctx.clock()
        work = self.work_time()
        window = standard_window(work, now, SOON_HOURS)
        with self._ctx.db.read_session() as s:
            conn = s.connection()
            today = self._figures(conn, day_period(bangkok_date(now)), officer, work, now)
            chosen = self._figures(conn, period, officer, work, now)
            watch = self._watch(conn, window, work, officer)
            queue = self._queue(conn)
            waiting, failed = conn.execute(
                text(
                    "SELECT count(*), coalesce(sum(last_error != ''), 0) FROM print_jobs "
                    "WHERE state IN ('pending', 'printing')"
                )
            ).one()
        return Snapshot(
            at=now,
            officer=officer,
            today=today,
            period=chosen,
            watch=watch,
            queue=queue,
            print_waiting=int(waiting),
            print_failed=int(failed),
            last_backup=self._last_backup(),
        )

    def figures(self, user: CurrentUser, period: Period) -> Figures:
        """The figures of one period (the period reports)."""
        officer = self.scope(user)
        with self._ctx.db.read_session() as s:
            return self._figures(s.connection(), period, officer, self.work_time(), self._ctx.clock())

    # ------------------------------------------------------------------ figures of a period
    def _figures(
        self, conn: Any, period: Period, officer: str | None, work: WorkTime, now: datetime
    ) -> Figures:
        start, end = (sql_datetime(t) for t in period.utc_bounds())
        who = " AND officer = :officer" if officer else ""
        args = {"start": start, "end": end, "officer": officer}
        counts: Counter[str] = Counter()
        hours = [0] * 24
        days: Counter[date] = Counter()
        officers: Counter[str] = Counter()
        categories: Counter[str] = Counter()
        agencies: Counter[str] = Counter()
        provinces: Counter[str] = Counter()
        for day, agg in self._days.figures(conn, period, officer, bangkok_date(now)):
            counts.update(agg.counts)
            for h, n in enumerate(agg.hours):
                hours[h] += n
            days[day] = agg.counts[_COMPLAINT] + agg.counts[_PETITION]
            officers.update(agg.officers)
            categories.update(agg.categories)
            agencies.update(agg.agencies)
            provinces.update(agg.provinces)
        days = Counter({d: n for d, n in days.items() if n})
        printed = dict(
            conn.execute(
                text(
                    "SELECT j.reprint, count(*) FROM print_jobs j JOIN records r ON r.id = j.record_id "
                    "WHERE j.state IN ('printed', 'preview') "
                    "AND j.printed_at >= :start AND j.printed_at < :end"
                    f"{' AND r.officer = :officer' if officer else ''} GROUP BY 1"
                ),
                args,
            ).all()
        )
        return Figures(
            period=period,
            complaints=counts[_COMPLAINT],
            complaint_cases=counts[f"{_COMPLAINT}_cases"],
            petitions=counts[_PETITION],
            petition_cases=counts[f"{_PETITION}_cases"],
            headcount=counts["headcount"],
            voided=counts["voided"],
            by_hour=tuple(hours),
            by_day=tuple(sorted(days.items())),
            by_officer=Tally.of(officers),
            by_category=Tally.of(categories),
            by_agency=Tally.of(agencies),
            by_province=Tally.of(provinces),
            receipts_printed=int(printed.get(0, 0)) + int(printed.get(False, 0)),
            receipts_reprinted=int(printed.get(1, 0)) + int(printed.get(True, 0)),
            standard=self._standard(conn, args, who, work, now),
            ratings=self._ratings(conn, args, who),
        )

    def _standard(
        self, conn: Any, args: dict[str, Any], who: str, work: WorkTime, now: datetime
    ) -> StandardFigures:
        base = (
            f"FROM records WHERE kind = '{_COMPLAINT}' AND voided = 0 "
            f"AND created_at >= :start AND created_at < :end{who}"
        )
        cutoff = sql_datetime(work.created_cutoff(now))
        overdue, still_open = conn.execute(
            text(
                "SELECT coalesce(sum(created_at <= :cutoff), 0), coalesce(sum(created_at > :cutoff), 0) "
                f"{base} AND (central_moved_at IS NULL OR central_moved_at > :now)"
            ),
            {**args, "cutoff": cutoff, "now": sql_datetime(now)},
        ).one()
        met = late = 0
        for created, moved in conn.execute(
            text(f"SELECT created_at, central_moved_at {base} AND central_moved_at <= :now"),
            {**args, "now": sql_datetime(now)},
        ):
            if work.met(_utc(created), _utc(moved)):
                met += 1
            else:
                late += 1
        return StandardFigures(met=met, late=late, overdue=int(overdue), open=int(still_open))

    def _ratings(self, conn: Any, args: dict[str, Any], who: str) -> RatingFigures:
        rows = conn.execute(
            text(
                "SELECT source, rating, count(*) FROM ratings WHERE given_at >= :start AND given_at < :end"
                f"{who} GROUP BY 1, 2"
            ),
            args,
        ).all()
        distribution = [0] * 5
        sources: Counter[str] = Counter({s.value: 0 for s in RatingSource})
        for source, rating, n in rows:
            if 1 <= rating <= 5:
                distribution[rating - 1] += n
                sources[source] += n
        return RatingFigures(
            count=sum(distribution),
            distribution=(
                distribution[0],
                distribution[1],
                distribution[2],
                distribution[3],
                distribution[4],
            ),
            by_source=tuple(sorted(sources.items())),
        )

    # ------------------------------------------------------------------ the watch
    def _watch(self, conn: Any, window: StandardWindow, work: WorkTime, officer: str | None) -> Watch:
        who = " AND officer = :officer" if officer else ""
        open_cases = (
            f"FROM records INDEXED BY ix_records_open WHERE kind = '{_COMPLAINT}' AND voided = 0 "
            f"AND central_moved_at IS NULL{who}"
        )
        args = {
            "overdue": sql_datetime(window.overdue_upto),
            "today": sql_datetime(window.today_upto),
            "soon": sql_datetime(window.soon_upto),
            "since": sql_datetime(window.now - timedelta(days=BREAKDOWN_DAYS)),
            "officer": officer,
        }
        # Counts are index ranges (no expression per entry: the overdue prefix is counted on its own).
        overdue = conn.execute(
            text(f"SELECT count(*) {open_cases} AND created_at <= :overdue"), args
        ).scalar()
        due_today, due_soon = conn.execute(
            text(
                "SELECT coalesce(sum(created_at <= :today), 0), coalesce(sum(created_at <= :soon), 0) "
                f"{open_cases} AND created_at > :overdue AND created_at <= max(:today, :soon)"
            ),
            args,
        ).one()
        groups: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for bucket, who_, category, n in conn.execute(
            text(
                "SELECT created_at <= :overdue, officer, category_code, count(*) "
                f"{open_cases} AND created_at > :since AND created_at <= :today GROUP BY 1, 2, 3"
            ),
            args,
        ):
            key = "overdue" if bucket else "due"
            groups[key]["officer"][who_] += n
            groups[key]["category"][category or ""] += n

        def cases(condition: str, order: str) -> tuple[DueCase, ...]:
            rows = conn.execute(
                text(
                    f"SELECT id, tracking_code, officer, category_code, created_at {open_cases} "
                    f"AND {condition} ORDER BY created_at {order} LIMIT {LIST_LIMIT}"
                ),
                args,
            ).all()
            return tuple(DueCase(r[0], r[1], r[2], r[3], _utc(r[4]), work.promised(_utc(r[4]))) for r in rows)

        return Watch(
            window=window,
            overdue=int(overdue),
            due_today=int(due_today),
            due_soon=int(due_soon),
            overdue_by_officer=Tally.of(groups["overdue"]["officer"]),
            overdue_by_category=Tally.of(groups["overdue"]["category"]),
            due_by_officer=Tally.of(groups["due"]["officer"]),
            due_by_category=Tally.of(groups["due"]["category"]),
            overdue_cases=cases("created_at <= :overdue", "DESC"),
            due_cases=cases("created_at > :overdue AND created_at <= :today", "ASC"),
        )

    # ------------------------------------------------------------------ queue, backup
    def _queue(self, conn: Any) -> QueueFigures:
        # Only the states shown, each a range of ix_outbox_state_id: acknowledged items (nearly all of them
        # on a counter that syncs) are not read (~0.5 s at 1 M records for a GROUP BY over every item).
        shown = (
            QueueState.PENDING,
            QueueState.IN_FLIGHT,
            QueueState.REJECTED,
            QueueState.CONFLICT,
            QueueState.HELD,
        )
        states = dict(
            conn.execute(
                text(
                    "SELECT state, count(*) FROM outbox WHERE state IN ("
                    + ", ".join(f"'{state.value}'" for state in shown)
                    + ") GROUP BY state"
                )
            ).all()
        )
        oldest = conn.execute(
            text(
                f"SELECT created_at FROM outbox WHERE state = '{QueueState.PENDING.value}' "
                "ORDER BY id LIMIT 1"
            )
        ).scalar()
        meta = dict(
            conn.execute(
                text("SELECT key, value FROM sync_meta WHERE key IN ('last_success_at', 'last_error')")
            ).all()
        )
        last = meta.get("last_success_at") or ""
        return QueueFigures(
            pending=int(states.get(QueueState.PENDING.value, 0))
            + int(states.get(QueueState.IN_FLIGHT.value, 0)),
            oldest_pending_at=_utc(oldest) if oldest else None,
            rejected=int(states.get(QueueState.REJECTED.value, 0)),
            conflicts=int(states.get(QueueState.CONFLICT.value, 0)),
            held=int(states.get(QueueState.HELD.value, 0)),
            last_success=datetime.fromisoformat(last) if last else None,
            last_error=str(meta.get("last_error") or ""),
        )

    def _last_backup(self) -> datetime | None:
        files = list_backups(self._ctx.home)
        if not files:
            return None
        stamp = files[-1].name[len(BACKUP_PREFIX) : len(BACKUP_PREFIX) + 22]
        try:
            return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            return datetime.fromtimestamp(files[-1].stat().st_mtime, UTC)


@dataclass
class DayCounts:
    """What was registered on one Bangkok day (in one scope): the parts a period's figures add up."""

    counts: Counter[str] = field(default_factory=Counter)  # kinds, "<kind>_cases", headcount, voided
    hours: list[int] = field(default_factory=lambda: [0] * 24)
    officers: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    agencies: Counter[str] = field(default_factory=Counter)
    provinces: Counter[str] = field(default_factory=Counter)


# More new versions than this since the last look: start the cache again rather than find their days.
_CACHE_RESET_VERSIONS = 5_000


class DayCache:
    """Per-day figures of days before today, kept between refreshes.

    A past day's figures change only when one of its records gets a new version (an amendment can change
    its category or agency; a bulk load writes past days), so each look compares the newest
    ``record_versions`` rowid with the one the cache was built at and drops the days of records versioned
    since. Today is always counted afresh. Shared by the read workers, hence the lock; a day is counted
    outside the lock (two workers may count the same day once each: harmless).
    """

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._lock = threading.Lock()
        self._days: dict[tuple[date, str | None], DayCounts] = {}
        self._mark = -1

    def _invalidate(self, conn: Any) -> None:
        mark = int(conn.execute(text("SELECT coalesce(max(rowid), 0) FROM record_versions")).scalar() or 0)
        with self._lock:
            old = self._mark
        if mark == old:
            return
        changed: set[date] | None = None
        if old >= 0 and mark - old <= _CACHE_RESET_VERSIONS:
            changed = {
                date.fromisoformat(d)
                for (d,) in conn.execute(
                    text(
                        "SELECT DISTINCT date(r.created_at, '+7 hours') FROM record_versions v "
                        "JOIN records r ON r.id = v.record_id WHERE v.rowid > :old"
                    ),
                    {"old": old},
                )
            }
        with self._lock:
            if changed is None:
                self._days.clear()
            else:
                for key in [k for k in self._days if k[0] in changed]:
                    del self._days[key]
            self._mark = mark

    def figures(
        self, conn: Any, period: Period, officer: str | None, today: date
    ) -> list[tuple[date, DayCounts]]:
        """Every day of ``period`` up to today with its counts (cached for past days)."""
        self._invalidate(conn)
        out: list[tuple[date, DayCounts]] = []
        day = period.first
        while day <= min(period.last, today):
            with self._lock:
                cached = self._days.get((day, officer)) if day < today else None
            if cached is None:
                cached = count_day(conn, day, officer)
                if day < today:
                    with self._lock:
                        self._days[(day, officer)] = cached
            out.append((day, cached))
            day += timedelta(days=1)
        return out


def count_day(conn: Any, day: date, officer: str | None) -> DayCounts:
    """One Bangkok day's counts, from the covering index ``ix_records_figures`` (no table reads)."""
    start, end = (sql_datetime(t) for t in day_period(day).utc_bounds())
    who = " AND officer = :officer" if officer else ""
    args = {"start": start, "end": end, "officer": officer}
    scope = (
        f"FROM records WHERE created_at >= :start AND created_at < :end AND kind IN ('{_COMPLAINT}', "
        f"'{_PETITION}'){who}"
    )
    agg = DayCounts()
    # The UTC hour from the stored text (substr, not strftime: a function call per row was most of it).
    for kind, repeat, voided, utc_hour, n, heads in conn.execute(
        text(
            f"SELECT kind, linked_record_id != '', voided, substr(created_at, 12, 2), count(*), "
            f"sum(headcount) {scope} GROUP BY 1, 2, 3, 4"
        ),
        args,
    ):
        if voided:
            agg.counts["voided"] += n
            continue
        agg.counts[kind] += n
        if not repeat:
            agg.counts[f"{kind}_cases"] += n
        if kind == _PETITION:
            agg.counts["headcount"] += int(heads or 0)
        agg.hours[(int(utc_hour) + 7) % 24] += n  # Bangkok is UTC+7 all year
    for column, target in (
        ("officer", agg.officers),
        ("category_code", agg.categories),
        ("agency_code", agg.agencies),
        ("province", agg.provinces),
    ):
        for key, n in conn.execute(
            text(f"SELECT {column}, count(*) {scope} AND voided = 0 GROUP BY 1"), args
        ):
            if key:
                target[key] += n
    return agg


def _utc(value: Any) -> datetime:
    """A ``UtcDateTime`` column read through plain SQL (text) as an aware UTC datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


__all__ = [
    "DashboardService",
    "DueCase",
    "Figures",
    "QueueFigures",
    "RatingFigures",
    "Snapshot",
    "StandardFigures",
    "Tally",
    "Watch",
]
