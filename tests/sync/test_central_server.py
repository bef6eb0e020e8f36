"""The reference central service over real HTTP on 127.0.0.1, on SQLite and on PostgreSQL
(docs/ARCHITECTURE.md, Sync)."""

from __future__ import annotations

import hashlib
import json
import random
import threading
import uuid
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from sync.client import encode_batch
from sync.protocol import CentralStatus, ReferenceKind, WireRecord, make_wire_record
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.sync.helpers import complaint_payload, tracking_code, wire_records


def _http(server: ServerThread, token: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def _post(http: httpx.Client, records: list[WireRecord]) -> httpx.Response:
    return http.post(
        "/v1/records/batch", content=encode_batch(records), headers={"Content-Type": "application/json"}
    )


def _statuses(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def test_accepts_then_answers_a_replay_as_duplicate_with_the_same_case_number(
    server: ServerThread, station_token: str, central: Central
) -> None:
    records = wire_records(3, random.Random(1))
    with _http(server, station_token) as http:
        first = _post(http, records)
        again = _post(http, records)
    assert _statuses(first) == ["accepted"] * 3
    assert _statuses(again) == ["duplicate"] * 3
    refs = [r["central_ref"] for r in first.json()["results"]]
    assert len(set(refs)) == 3 and all(refs)
    assert [r["central_ref"] for r in again.json()["results"]] == refs
    assert len(central.held_records()) == 3


def test_same_id_and_version_with_other_content_is_a_conflict_that_overwrites_nothing(
    server: ServerThread, station_token: str, central: Central
) -> None:
    (original,) = wire_records(1, random.Random(2))
    changed_payload = dict(original.payload, subject="เรื่องที่ถูกแก้ไขโดยไม่เพิ่มฉบับ")
    impostor = make_wire_record(
        record_id=original.id,
        version=original.version,
        kind=original.kind,
        tracking_code=original.tracking_code,
        created_at=datetime.fromisoformat(original.created_at),
        payload=changed_payload,
    )
    with _http(server, station_token) as http:
        assert _statuses(_post(http, [original])) == ["accepted"]
        answer = _post(http, [impostor])
    (result,) = answer.json()["results"]
    assert result["status"] == "conflict"
    assert result["sha256"] == original.sha256  # the center says what it holds
    stored = central.stored_payload(original.id, 1)
    assert stored is not None and json.loads(stored)["subject"] == original.payload["subject"]


def test_a_new_version_of_a_record_joins_the_same_case(server: ServerThread, station_token: str) -> None:
    (v1,) = wire_records(1, random.Random(3))
    v2 = make_wire_record(
        record_id=v1.id,
        version=2,
        kind=v1.kind,
        tracking_code=v1.tracking_code,
        created_at=datetime.fromisoformat(v1.created_at) + timedelta(hours=1),
        payload=dict(v1.payload, description="แก้ไขรายละเอียดตามคำขอของผู้ร้อง"),
    )
    with _http(server, station_token) as http:
        r1 = _post(http, [v1]).json()["results"][0]
        r2 = _post(http, [v2]).json()["results"][0]
    assert (r1["status"], r2["status"]) == ("accepted", "accepted")
    assert r1["central_ref"] == r2["central_ref"]


def test_invalid_records_are_rejected_with_field_errors_and_the_rest_stored(
    server: ServerThread, station_token: str, central: Central
) -> None:
    good, tampered, no_subject, bad_id = wire_records(4, random.Random(4))
    tampered = tampered.model_copy(update={"payload": dict(tampered.payload, subject="แก้หลังคำนวณแฮช")})
    payload = dict(no_subject.payload)
    del payload["subject"]
    no_subject = make_wire_record(
        record_id=no_subject.id,
        version=1,
        kind="complaint",
        tracking_code=no_subject.tracking_code,
        created_at=datetime.fromisoformat(no_subject.created_at),
        payload=payload,
    )
    bad_id = bad_id.model_copy(update={"id": "not-a-uuid", "created_at": "2026-03-05 10:00"})
    # Year 1 with a +14:00 offset has no UTC time at all: rejected, not a server error.
    off_calendar = good.model_copy(
        update={"id": str(uuid.uuid4()), "created_at": "0001-01-01T00:00:00+14:00"}
    )
    with _http(server, station_token) as http:
        results = _post(http, [good, tampered, no_subject, bad_id, off_calendar]).json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "rejected", "rejected", "rejected"]
    assert [e["field"] for e in results[4]["errors"]] == ["created_at"]
    assert {(e["field"], e["code"]) for e in results[1]["errors"]} == {("sha256", "hash_mismatch")}
    assert ("payload.subject", "required") in {(e["field"], e["code"]) for e in results[2]["errors"]}
    assert {"id", "created_at"} <= {e["field"] for e in results[3]["errors"]}
    assert all(e["message"] for r in results[1:] for e in r["errors"])
    assert results[1]["central_ref"] is None
    assert [h[0] for h in central.held_records()] == [good.id]


def test_attachments_are_content_addressed_and_checked_against_their_hash(
    server: ServerThread, station_token: str
) -> None:
    data = "สำเนาบัตรประชาชน (ตัวอย่าง)".encode() * 100
    digest = hashlib.sha256(data).hexdigest()
    (rec,) = wire_records(1, random.Random(5))
    rec = make_wire_record(
        record_id=rec.id,
        version=1,
        kind="complaint",
        tracking_code=rec.tracking_code,
        created_at=datetime.fromisoformat(rec.created_at),
        payload=dict(rec.payload, attachments=[digest]),
    )
    with _http(server, station_token) as http:
        url = f"/v1/attachments/{digest}"
        assert http.head(url).status_code == 404
        early = _post(http, [rec]).json()["results"][0]
        assert early["status"] == "rejected"
        assert early["errors"][0]["code"] == "attachment_missing"
        assert http.put(url, content=data + b"x").status_code == 422
        assert http.head(url).status_code == 404
        first = http.put(url, content=data)
        second = http.put(url, content=data)
        assert (first.status_code, second.status_code) == (201, 200)
        assert first.json() == {"sha256": digest, "size": len(data), "created": True}
        assert http.head(url).status_code == 200
        assert _statuses(_post(http, [rec])) == ["accepted"]


def test_requests_without_a_valid_token_are_refused(server: ServerThread, station_token: str) -> None:
    records = wire_records(1, random.Random(6))
    with httpx.Client(base_url=server.url) as anon:
        missing = anon.post("/v1/records/batch", content=encode_batch(records))
        wrong = anon.get("/v1/updates", headers={"Authorization": "Bearer not-a-token"})
        health = anon.get("/v1/health")
    assert missing.status_code == 401 and wrong.status_code == 401
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    assert health.status_code == 200 and health.json()["station"] is None
    with _http(server, station_token) as http:
        body = http.get("/v1/health").json()
    assert body["station"] == "101" and body["protocol"] == 1 and body["status"] == "ok"


def test_oversized_and_malformed_batches_fail_whole(server: ServerThread, station_token: str) -> None:
    rng = random.Random(7)
    (one,) = wire_records(1, rng)
    with _http(server, station_token) as http:
        too_many = _post(http, [one] * 501)
        huge = one.model_copy(update={"payload": dict(one.payload, description="ก" * (6 * 1024 * 1024))})
        too_big = _post(http, [huge])
        malformed = http.post(
            "/v1/records/batch", content=b'{"records": [', headers={"Content-Type": "application/json"}
        )
        wrong_shape = http.post("/v1/records/batch", json={"records": [{"id": 1}]})
        bad_date = http.get("/v1/reconciliation", params={"date": "2026-02-30"})
        nothing = http.get("/v1/reconciliation", params={"date": "2026-03-05"}).json()
    assert too_many.status_code == 413
    assert too_big.status_code == 413
    assert malformed.status_code == 400 and malformed.json()["detail"]
    assert wrong_shape.status_code == 400
    assert bad_date.status_code == 400
    assert nothing["count"] == 0  # none of the refused batches stored anything


def test_status_changes_flow_back_through_the_updates_feed_to_the_right_station(
    server: ServerThread, station_token: str, central: Central
) -> None:
    other_token = central.add_station("102")
    records = wire_records(3, random.Random(8))
    with _http(server, station_token) as http:
        refs = [r["central_ref"] for r in _post(http, records).json()["results"]]
        empty = http.get("/v1/updates", params={"after": 0}).json()
        central.set_status(refs[0], CentralStatus.FORWARDED, agency="กรมการปกครอง", note="ส่งต่อแล้ว")
        central.set_status(refs[1], CentralStatus.IN_PROGRESS)
        central.set_status(refs[0], CentralStatus.RESOLVED, note="แก้ไขแล้วเสร็จ")
        page1 = http.get("/v1/updates", params={"after": 0, "limit": 2}).json()
        page2 = http.get("/v1/updates", params={"after": page1["next"], "limit": 2}).json()
        tail = http.get("/v1/updates", params={"after": page2["next"]}).json()
    assert empty == {"updates": [], "next": 0, "more": False}
    assert [u["central_ref"] for u in page1["updates"]] == [refs[0], refs[1]]
    assert page1["more"] is True
    first = page1["updates"][0]
    assert (first["status"], first["agency"], first["note"]) == ("forwarded", "กรมการปกครอง", "ส่งต่อแล้ว")
    assert first["record_id"] == records[0].id
    (last,) = page2["updates"]
    assert (last["status"], last["agency"], last["note"]) == ("resolved", "กรมการปกครอง", "แก้ไขแล้วเสร็จ")
    assert page2["more"] is False and tail["updates"] == [] and tail["next"] == page2["next"]
    with _http(server, other_token) as other:
        assert other.get("/v1/updates").json()["updates"] == []
        # Nor may another station add versions to this station's record.
        stolen = records[0].model_copy(update={"version": 2, "tracking_code": tracking_code("102")})
        (refused,) = _post(other, [stolen]).json()["results"]
    assert refused["status"] == "rejected" and refused["errors"][0]["code"] == "foreign_record"


def test_reconciliation_lists_what_the_center_holds_per_bangkok_day(
    server: ServerThread, station_token: str
) -> None:
    rng = random.Random(9)
    # 16:30 UTC is 23:30 in Bangkok; 17:30 UTC is already the next Bangkok day.
    late = wire_records(1, rng, start=datetime(2026, 3, 5, 16, 30, tzinfo=UTC))
    after_midnight = wire_records(
        2, rng, start=datetime(2026, 3, 5, 17, 30, tzinfo=UTC), spread=timedelta(hours=1)
    )
    with _http(server, station_token) as http:
        _post(http, late + after_midnight)
        day1 = http.get("/v1/reconciliation", params={"date": "2026-03-05"}).json()
        day2 = http.get("/v1/reconciliation", params={"date": "2026-03-06"}).json()
    assert day1["count"] == 1 and day1["records"][0]["id"] == late[0].id
    assert day2["count"] == 2 and day2["station"] == "101" and day2["date"] == "2026-03-06"
    assert [(r["id"], r["version"], r["sha256"], r["tracking_code"]) for r in day2["records"]] == [
        (r.id, r.version, r.sha256, r.tracking_code) for r in after_midnight
    ]


def test_reference_data_versions(server: ServerThread, station_token: str, central: Central) -> None:
    agencies_v1 = {"version": 7, "agencies": [{"code": "A1", "name_th": "กรมหนึ่ง", "name_en": "One"}]}
    agencies_v2 = {"version": 8, "agencies": [{"code": "A2", "name_th": "กรมสอง", "name_en": "Two"}]}
    holidays = {"version": 1, "holidays": [{"date": "2026-05-01", "name": "วันหยุดพิเศษ"}]}
    with _http(server, station_token) as http:
        assert http.get("/v1/reference").json() == {"datasets": [], "version": 0}
        v1 = central.publish_reference(ReferenceKind.AGENCIES, agencies_v1)
        v2 = central.publish_reference(ReferenceKind.AGENCIES, agencies_v2)
        v3 = central.publish_reference(ReferenceKind.HOLIDAYS, holidays)
        everything = http.get("/v1/reference", params={"since": 0}).json()
        newer = http.get("/v1/reference", params={"since": v2}).json()
    assert v1 < v2 < v3
    assert [(d["name"], d["version"]) for d in everything["datasets"]] == [("agencies", v2), ("holidays", v3)]
    assert everything["datasets"][0]["data"] == agencies_v2 and everything["version"] == v3
    assert [d["name"] for d in newer["datasets"]] == ["holidays"]


def test_concurrent_replays_of_one_batch_store_each_record_once(
    server: ServerThread, station_token: str, central: Central
) -> None:
    records = wire_records(40, random.Random(10))
    answers: list[list[str]] = []

    def send() -> None:
        with _http(server, station_token) as http:
            answers.append(_statuses(_post(http, records)))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 4
    assert sorted(a[0] for a in answers) == ["accepted", "duplicate", "duplicate", "duplicate"]
    assert len(central.held_records()) == 40


def test_set_status_of_an_unknown_case_is_refused(central: Central) -> None:
    from sync.server.central import CentralError

    with pytest.raises(CentralError) as info:
        central.set_status("PSC2569-99999999", CentralStatus.CLOSED)
    assert info.value.code == "unknown_case"


def test_station_codes_are_unique(central: Central) -> None:
    from sync.server.central import CentralError

    central.add_station("109")
    with pytest.raises(CentralError):
        central.add_station("109")


def test_thai_text_survives_the_round_trip_byte_for_byte(
    server: ServerThread, station_token: str, central: Central
) -> None:
    torture = "ผู้ร้องเรียนน้ำท่วมซ้ำซาก กรุงเทพฯ ๑๒๓ ฤๅษี ฦๅ ปั๊ม ก๋วยเตี๋ยว"
    payload = dict(complaint_payload(random.Random(11)), subject=torture)
    rec = make_wire_record(
        record_id="0195f0a0-0000-7000-8000-000000000001",
        version=1,
        kind="complaint",
        tracking_code=tracking_code(),
        created_at=datetime(2026, 3, 5, 3, tzinfo=UTC),
        payload=payload,
    )
    with _http(server, station_token) as http:
        assert _statuses(_post(http, [rec])) == ["accepted"]
    stored = central.stored_payload(rec.id, 1)
    assert stored is not None and json.loads(stored)["subject"] == torture
    assert hashlib.sha256(stored.encode()).hexdigest() == rec.sha256
    assert date(2026, 3, 5).isoformat() in rec.created_at
