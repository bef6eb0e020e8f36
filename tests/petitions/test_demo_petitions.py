"""Demo petitions: realistic, valid, logged through the real path, reachable from ``demo-data --kind``."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import BANGKOK, FixedClock
from app.domain.national_id import is_valid_national_id
from app.domain.petition import PetitionStatus, validate_petition
from app.domain.records import RecordKind
from app.domain.reference import ReferenceData
from app.services import Services, build_services, open_app
from app.services.demo import generate_demo_data
from app.services.demo_petitions import fake_petition
from tests.helpers.cli_login import CliAs
from tests.petitions.conftest import FAST_HASHER, PASSWORD

AFTERNOON = datetime(2026, 3, 5, 15, 0, tzinfo=BANGKOK)


@pytest.fixture
def services(counter_home: Path) -> Iterator[Services]:
    from app.services.auth import AuthService

    svc = build_services(open_app(counter_home, clock=FixedClock(AFTERNOON)))
    AuthService(svc.ctx, svc.audit_log, hasher=FAST_HASHER).initialize(
        "101", "จุดทดสอบ", "admin", "ผู้ดูแล", PASSWORD
    )
    yield svc
    svc.close()


def test_fake_petitions_are_valid_and_use_fake_people_only() -> None:
    rng = random.Random(3)
    ref = ReferenceData.load_bundled()
    for _ in range(30):
        p = fake_petition(rng, AFTERNOON)
        assert validate_petition(p, ref, now=AFTERNOON) == []
        assert p.arrived_at is not None and p.arrived_at <= AFTERNOON
        assert p.arrived_at.astimezone(BANGKOK).hour >= 8
        assert all(is_valid_national_id(r.national_id) for r in p.representatives)
        assert sum(r.is_contact for r in p.representatives) == 1


def test_demo_data_all_makes_petitions_with_timelines(services: Services) -> None:
    assert generate_demo_data(services, 8, kind="all", seed=5) == 8
    rows = services.records.rows(services.records.ids_page("", None, 50))
    kinds = sorted(r.kind for r in rows)
    assert kinds.count(RecordKind.GROUP_PETITION) == 4 and kinds.count(RecordKind.COMPLAINT) == 4
    day = services.petitions.list_day(AFTERNOON.date())
    assert len(day) == 4
    assert all(len(r.petition.timeline) >= 2 for r in day)  # arrived, and what happened since
    assert any(r.version > 1 for r in day)  # each event a new version
    summary = services.petitions.daily_summary(AFTERNOON.date())
    assert summary.groups == 4 and summary.headcount == sum(r.petition.headcount_estimate for r in day)
    assert {r.status for r in summary.rows} <= {PetitionStatus.PRESENT, PetitionStatus.CLOSED}


def test_command_line_demo_data_group_petition(services: Services, counter_home: Path, cli_as: CliAs) -> None:
    home = services.ctx.home
    services.close()
    cli_as("admin", PASSWORD)
    assert main(["--home", str(home), "demo-data", "--count", "2", "--kind", "group_petition"]) == 0
    again = build_services(open_app(home))
    try:
        rows = again.records.rows(again.records.ids_page("", None, 10))
        assert [r.kind for r in rows] == [RecordKind.GROUP_PETITION] * 2
    finally:
        again.close()
