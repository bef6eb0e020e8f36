"""Every dashboard figure against a count made directly in SQL on the same database (fixed clock)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date
from typing import Any

from app.domain.periods import day_period, month_of
from app.services import Services
from app.storage.base import sql_datetime
from tests.dashboard.conftest import NOW, KnownDay, bkk
from tests.helpers.counter import OFFICER, raw_sql


def _one(conn: Any, sql: str, *args: object) -> int:
    return int(conn.execute(sql, args).fetchone()[0])


def _ids(conn: Any, sql: str, *args: object) -> list[str]:
    return [str(r[0]) for r in conn.execute(sql, args).fetchall()]


def _payload(services: Services, record_id: str) -> dict[str, Any]:
    """The current version's payload, opened (sealed in the database)."""
    return services.records.detail(record_id).payload


def test_period_figures_match_sql(known_day: KnownDay) -> None:
    services, staff = known_day.services, known_day.staff
    snap = services.dashboard.snapshot(staff.supervisor, month_of(date(2026, 4, 10)))
    conn = raw_sql(known_day.home)
    try:
        for figures in (snap.today, snap.period):
            start, end = (sql_datetime(t) for t in figures.period.utc_bounds())
            where = "created_at >= ? AND created_at < ? AND voided = 0"
            assert figures.complaints == _one(
                conn, f"SELECT count(*) FROM records WHERE kind = 'complaint' AND {where}", start, end
            )
            assert figures.complaint_cases == _one(
                conn,
                "SELECT count(*) FROM records WHERE kind = 'complaint' AND linked_record_id = '' "
                f"AND {where}",
                start,
                end,
            )
            assert figures.petitions == _one(
                conn, f"SELECT count(*) FROM records WHERE kind = 'group_petition' AND {where}", start, end
            )
            petitions = _ids(
                conn, f"SELECT id FROM records WHERE kind = 'group_petition' AND {where}", start, end
            )
            assert figures.headcount == sum(
                int(_payload(services, rid).get("headcount_estimate") or 0) for rid in petitions
            )
            # Category straight from the opened payloads, not from the column the record writer keeps.
            complaints = _ids(
                conn,
                "SELECT id FROM records WHERE kind = 'complaint' AND created_at >= ? AND created_at < ?",
                start,
                end,
            )
            categories = Counter(_payload(services, rid).get("category_code") for rid in complaints)
            assert dict(figures.by_category.items) == {k: n for k, n in categories.items() if k}
            officers = conn.execute(
                "SELECT officer, count(*) FROM records WHERE kind IN ('complaint', 'group_petition') "
                "AND created_at >= ? AND created_at < ? GROUP BY 1",
                (start, end),
            ).fetchall()
            assert dict(figures.by_officer.items) == dict(officers)
            assert sum(figures.by_hour) == figures.complaints + figures.petitions
        assert (snap.today.complaints, snap.today.complaint_cases, snap.today.petitions) == (3, 2, 1)
        assert snap.today.headcount == 150
        assert snap.today.by_hour[14] == 2 and snap.today.by_hour[9] == 1
        assert snap.period.complaints == 7 and snap.period.by_province.get("ขอนแก่น") == 1
        # Ratings: one at the counter (today), one from the tracking page (yesterday).
        assert snap.today.ratings.count == 1 and snap.today.ratings.distribution[4] == 1
        assert snap.period.ratings.count == _one(conn, "SELECT count(*) FROM ratings")
        assert snap.period.ratings.average == 4.0
        assert dict(snap.period.ratings.by_source) == {"counter": 1, "tracking_page": 1}
        survey = conn.execute(
            "SELECT r.id, r.kind, o.state FROM records r JOIN outbox o ON o.record_id = r.id "
            "WHERE r.kind = 'survey_response'"
        ).fetchall()
        assert [(kind, state, _payload(services, rid)["rating"]) for rid, kind, state in survey] == [
            ("survey_response", "pending", 5)
        ]  # goes to the center with the next sync
        # Queue: everything registered is pending.
        assert snap.queue.pending == _one(conn, "SELECT count(*) FROM outbox WHERE state = 'pending'")
    finally:
        conn.close()


def test_standard_watch_and_holiday_removal(known_day: KnownDay) -> None:
    services, staff, ids = known_day.services, known_day.staff, known_day.ids
    period = month_of(date(2026, 4, 10))
    snap = services.dashboard.snapshot(staff.supervisor, period)
    conn = raw_sql(known_day.home)
    try:
        # The promise stored at registration used the same calendar: SQL can count with it here.
        now = sql_datetime(NOW.astimezone(UTC))
        open_overdue = _one(
            conn,
            "SELECT count(*) FROM records WHERE kind = 'complaint' AND central_status IN ('', 'received') "
            "AND promised_by <= ?",
            now,
        )
        assert snap.watch.overdue == open_overdue == 1
        assert [c.record_id for c in snap.watch.overdue_cases] == [ids["overdue"]]
        assert snap.watch.overdue_by_officer.items == (("super1", 1),)
        assert snap.watch.due_today == 0
        songkran = {
            c.record_id: c for c in services.dashboard.snapshot(staff.supervisor, period).watch.due_cases
        }
        assert songkran == {}
        standard = snap.period.standard
        assert (standard.met, standard.late, standard.overdue) == (1, 1, 1)
        assert standard.share_met == 1 / 3
        work = services.dashboard.work_time()
        created = conn.execute("SELECT created_at FROM records WHERE id = ?", (ids["songkran"],)).fetchone()[
            0
        ]
        from datetime import datetime

        promised = work.promised(datetime.fromisoformat(created).replace(tzinfo=UTC))
        assert promised == bkk(4, 17, 10)  # across the weekend and Songkran
        stored = conn.execute("SELECT promised_by FROM records WHERE id = ?", (ids["songkran"],)).fetchone()[
            0
        ]
        assert datetime.fromisoformat(stored).replace(tzinfo=UTC) == promised
    finally:
        conn.close()

    # The station removes its extra holiday: the Wednesday case's promise comes forward to Friday 11:00.
    services.holidays.remove(staff.admin, date(2026, 4, 9))
    after = services.dashboard.snapshot(staff.supervisor, period)
    assert after.watch.overdue == 2
    assert {c.record_id for c in after.watch.overdue_cases} == {ids["overdue"], ids["holiday"]}
    moved = {c.record_id: c.promised_by for c in after.watch.overdue_cases}
    assert moved[ids["holiday"]] == bkk(4, 10, 11)
    assert after.period.standard.overdue == 2


def test_officer_sees_only_their_own_work(known_day: KnownDay) -> None:
    services, staff = known_day.services, known_day.staff
    snap = services.dashboard.snapshot(staff.officer, day_period(date(2026, 4, 10)))
    assert snap.officer == OFFICER
    assert dict(snap.today.by_officer.items) == {OFFICER: 3}
    assert snap.today.petitions == 0  # the supervisor's petition is not theirs
    assert snap.watch.overdue == 0  # the overdue case is the supervisor's


def test_an_amended_past_record_moves_between_categories(known_day: KnownDay) -> None:
    services, staff = known_day.services, known_day.staff
    period = month_of(date(2026, 4, 10))
    before = services.dashboard.snapshot(staff.supervisor, period).period.by_category
    assert (before.get("utilities"), before.get("debt")) == (3, 1)
    payload = services.records.detail(known_day.ids["met"]).payload
    from app.domain.records import complaint_from_payload

    amended = complaint_from_payload(payload)
    amended.category_code = "debt"
    services.complaints.amend(staff.officer, known_day.ids["met"], amended, "หมวดเรื่องผิด")
    after = services.dashboard.snapshot(staff.supervisor, period).period.by_category
    assert (after.get("utilities"), after.get("debt")) == (2, 2)  # the cached 2 April was counted again
