"""The petition model: JSON round trip, and validation that names the exact field an officer must fix."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.canonical import payload_sha256
from app.domain.issues import FieldIssue, IssueCode
from app.domain.petition import (
    AttachmentKind,
    AttachmentRef,
    GroupPetitionPayload,
    Meeting,
    PetitionStatus,
    TimelineEvent,
    TimelineEventKind,
    normalize_group_name,
    petition_from_payload,
    petition_to_payload,
    reorder,
    validate_petition,
)
from app.domain.reference import ReferenceData
from tests.petitions.builders import ARRIVED, later, petition


def Agencies() -> ReferenceData:
    return ReferenceData.load_bundled()


def fields_of(issues: list[FieldIssue]) -> dict[str, IssueCode]:
    return {i.field: i.code for i in issues}


def test_complete_petition_is_valid() -> None:
    assert validate_petition(petition(), Agencies(), now=later(60)) == []


def test_round_trip_keeps_everything_and_the_hash() -> None:
    p = petition()
    p.attachments = [
        AttachmentRef("a" * 64, "หนังสือ.pdf", AttachmentKind.PETITION_LETTER, "application/pdf", 9)
    ]
    p.timeline = [TimelineEvent(TimelineEventKind.ARRIVED, ARRIVED, "", "staff1")]
    p.meetings = [Meeting("ผู้แทนกระทรวงเกษตรฯ", later(90), "ห้องประชุม 2", "")]
    p.departed_at = later(240)
    p.status = PetitionStatus.CLOSED
    data = petition_to_payload(p)
    assert data["arrived_at"] == "2026-03-05T02:30:00+00:00"
    assert data["timeline"][0]["kind"] == "arrived"
    back = petition_from_payload(data)
    assert back == p
    assert payload_sha256(petition_to_payload(back)) == payload_sha256(data)


def test_payload_from_a_newer_version_ignores_unknown_keys() -> None:
    data = petition_to_payload(petition())
    data["something_new"] = 1
    data["representatives"][0]["shoe_size"] = 44
    assert petition_from_payload(data).group_name == petition().group_name


@pytest.mark.parametrize("headcount", [0, -5])
def test_headcount_zero_or_below_is_refused(headcount: int) -> None:
    p = replace(petition(), headcount_estimate=headcount)
    assert fields_of(validate_petition(p)) == {"headcount_estimate": IssueCode.NUMBER_RANGE}


def test_departure_before_arrival_is_refused() -> None:
    p = replace(petition(), departed_at=ARRIVED - timedelta(minutes=1))
    assert fields_of(validate_petition(p)) == {"departed_at": IssueCode.TIME_ORDER}


def test_closed_visit_needs_a_departure_time() -> None:
    p = replace(petition(), status=PetitionStatus.CLOSED)
    assert fields_of(validate_petition(p)) == {"departed_at": IssueCode.REQUIRED}


def test_arrival_in_the_future_is_refused() -> None:
    p = petition()
    assert fields_of(validate_petition(p, now=ARRIVED - timedelta(hours=1))) == {
        "arrived_at": IssueCode.TIME_ORDER
    }


def test_bad_representative_id_names_that_representative() -> None:
    p = petition()
    nid = p.representatives[1].national_id
    p.representatives[1].national_id = nid[:-1] + str((int(nid[-1]) + 1) % 10)
    issues = fields_of(validate_petition(p))
    assert issues == {"representatives.1.national_id": IssueCode.NATIONAL_ID_CHECKSUM}


def test_representative_id_must_be_read_back() -> None:
    p = petition()
    p.representatives[2].national_id_confirmed = False
    assert fields_of(validate_petition(p)) == {
        "representatives.2.national_id_confirmed": IssueCode.NATIONAL_ID_NOT_CONFIRMED
    }


def test_same_representative_twice_is_refused() -> None:
    p = petition()
    p.representatives[2].national_id = p.representatives[0].national_id
    assert fields_of(validate_petition(p)) == {"representatives.2.national_id": IssueCode.DUPLICATE}


@pytest.mark.parametrize("contacts", [0, 2])
def test_exactly_one_contact(contacts: int) -> None:
    p = petition()
    for i, rep in enumerate(p.representatives):
        rep.is_contact = i < contacts
    assert fields_of(validate_petition(p)) == {"representatives": IssueCode.CONTACT_NEEDED}


def test_empty_petition_lists_every_required_field() -> None:
    issues = fields_of(validate_petition(GroupPetitionPayload()))
    for path in (
        "group_name",
        "representatives",
        "headcount_estimate",
        "provinces",
        "arrived_at",
        "issue_summary",
        "demands",
        "received_by.name",
        "received_by.position",
    ):
        assert path in issues


def test_blank_demand_and_unknown_codes_are_named() -> None:
    p = petition()
    p.demands[3].text = "   "
    p.demands[0].agency_code = "NOPE"
    p.agency_codes = ["DOAE", "XYZ"]
    p.provinces = ["ขอนแก่น", "แอตแลนติส", "ขอนแก่น"]
    assert fields_of(validate_petition(p, Agencies())) == {
        "demands.3.text": IssueCode.REQUIRED,
        "demands.0.agency_code": IssueCode.UNKNOWN_CODE,
        "agency_codes.1": IssueCode.UNKNOWN_CODE,
        "provinces.1": IssueCode.UNKNOWN_CODE,
        "provinces.2": IssueCode.DUPLICATE,
    }


def test_timeline_event_before_arrival_is_refused() -> None:
    p = petition()
    p.timeline = [TimelineEvent(TimelineEventKind.NOTE, ARRIVED - timedelta(hours=2))]
    assert fields_of(validate_petition(p)) == {"timeline.0.at": IssueCode.TIME_ORDER}


def test_reorder_moves_one_demand() -> None:
    assert reorder(["a", "b", "c", "d"], 3, 1) == ["a", "d", "b", "c"]
    with pytest.raises(IndexError):
        reorder(["a"], 0, 1)


def test_group_names_match_despite_prefix_and_spacing() -> None:
    assert normalize_group_name("กลุ่ม เกษตรกร บ้านนา") == normalize_group_name("เกษตรกรบ้านนา")
    assert normalize_group_name("เกษตรกรบ้านนา") != normalize_group_name("เกษตรกรบ้านไร่")
