"""The receipt's access code as a search key (issue 13): found through its own index, however typed, and
never taken for a national ID."""

from __future__ import annotations

import random

from sqlalchemy import text

from app.domain.national_id import fake_national_id
from app.domain.tracking import normalize_access_token
from app.services import Services
from tests.helpers.counter import Staff, complaint


def test_the_access_code_is_looked_up_in_its_index_and_an_id_still_wins(
    services: Services, staff: Staff
) -> None:
    nid = fake_national_id(random.Random(5))
    saved = services.complaints.register(staff.officer, complaint(seed=5, national_id=nid))
    token = services.records.detail(saved.record_id).access_token
    with services.ctx.db.read_session() as session:
        plan = " ".join(
            str(row[-1])
            for row in session.execute(
                text("EXPLAIN QUERY PLAN SELECT rowid FROM records WHERE access_token IN (:a, :b)"),
                {"a": token, "b": normalize_access_token(token)},
            )
        )
    assert "ix_records_access_token" in plan  # not a scan of every record
    assert services.records.ids_page(f"  {token.lower()}  ", None, 10) == services.records.ids_page(
        normalize_access_token(token), None, 10
    )
    assert len(services.records.ids_page(token, None, 10)) == 1
    assert services.records.count(nid) == 1  # 13 digits are a national ID first
    assert services.records.count(token[:-1]) == 0  # one character short: no match, not a near one
