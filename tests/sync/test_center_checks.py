"""The center checks what it stores, over the real HTTP server on SQLite and on PostgreSQL (issue 8).

Station 007's token cannot store a record with station 005's tracking code, reuse a code, store a bad
check digit or a 1970 time, read or reference station 005's attachment, or pass its quota; each gets a
per-record rejection or 403/413 with a reason. Tokens are revoked and rotated at the next request, and
repeated failed authentication from one address gets 429 with ``Retry-After``.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cli import main
from app.domain.records import RecordKind
from app.domain.tracking import StationCodeError, canonical_station_code
from sync.protocol import WireRecord, make_wire_record, record_json
from sync.server.app import create_app
from sync.server.central import Central, CentralError
from sync.server.runner import ServerThread
from tests.sync.conftest import POSTGRES_URL, _postgres_answers, empty_postgres
from tests.sync.helpers import T0, complaint_payload, record_id, tracking_code

# A database of this module's own (packaging/postgres.sh creates it): parallel runs of other sync tests
# empty theirs.
CHECKS_POSTGRES_URL = os.environ.get(
    "PSC_TEST_POSTGRES_CHECKS_URL", POSTGRES_URL.rsplit("/", 1)[0] + "/psc_center_checks"
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def center(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    else:
        why = _postgres_answers()
        if why is not None:
            pytest.skip(why)
        empty_postgres(CHECKS_POSTGRES_URL)  # packaging/postgres.sh makes the database
        url = CHECKS_POSTGRES_URL
    c = Central.from_url(url)
    yield c
    c.engine.dispose()


@pytest.fixture
def server(center: Central) -> Iterator[ServerThread]:
    with ServerThread(create_app(center)) as srv:
        yield srv


def _http(server: ServerThread, token: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def _record(station: str, rng: random.Random, **changes: Any) -> WireRecord:
    payload = changes.pop("payload", None) or complaint_payload(rng)
    rec = make_wire_record(
        record_id=record_id(rng),
        version=1,
        kind=changes.pop("kind", RecordKind.COMPLAINT),
        tracking_code=tracking_code(station),
        created_at=changes.pop("created_at", T0),
        payload=payload,
    )
    return rec.model_copy(update=changes) if changes else rec


def _post(http: httpx.Client, records: list[WireRecord]) -> list[dict[str, Any]]:
    body = b'{"records":[' + b",".join(record_json(r) for r in records) + b"]}"
    response = http.post("/v1/records/batch", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def _codes(result: dict[str, Any]) -> set[str]:
    return {e["code"] for e in result["errors"]}


def test_station_codes_have_one_canonical_form() -> None:
    assert {canonical_station_code(c) for c in ("5", "05", "005", " 5 ", "๐๐๕")} == {"005"}
    for bad in ("", "0", "000", "1000", "ST01", "+5", "5.0", "-5", "0x5"):
        with pytest.raises(StationCodeError) as info:
            canonical_station_code(bad)
        assert "1–999" in str(info.value)


def test_station_007_cannot_store_what_is_not_its_own(server: ServerThread, center: Central) -> None:
    rng = random.Random(8)
    t5, t7 = center.add_station("05"), center.add_station("7")
    with pytest.raises(CentralError) as twice:
        center.add_station("005")  # the same station as "05"
    assert twice.value.code == "station_exists"
    with _http(server, t5) as h5, _http(server, t7) as h7:
        assert h7.get("/v1/health").json()["station"] == "007"
        mine = _record("005", rng)
        assert _post(h5, [mine])[0]["status"] == "accepted"

        wrong_prefix = _record("005", rng)
        taken = _record("007", rng, tracking_code=mine.tracking_code.replace("005", "007", 1))
        bad_digit = _record("007", rng)
        bad_digit = bad_digit.model_copy(
            update={
                "tracking_code": bad_digit.tracking_code[:-1]
                + str((int(bad_digit.tracking_code[-1]) + 1) % 10)
            }
        )
        epoch = _record("007", rng, created_at=datetime(1970, 1, 1, tzinfo=UTC))
        far = _record("007", rng, created_at=datetime(9998, 1, 1, tzinfo=UTC))
        ok = _record("007", rng)
        reused = _record("007", rng, tracking_code=ok.tracking_code)
        results = _post(h7, [wrong_prefix, bad_digit, epoch, far, ok, reused])
        assert [r["status"] for r in results] == ["rejected"] * 4 + ["accepted", "rejected"]
        assert _codes(results[0]) == {"foreign_station"}
        assert _codes(results[1]) == {"check_digit"}
        assert _codes(results[2]) == {"implausible_time"} == _codes(results[3])
        assert _codes(results[5]) == {"tracking_code_taken"}
        assert all(e["message"] for r in results for e in r["errors"])  # a reason in Thai for each
        # The tracking code station 005 used cannot be taken either, even re-prefixed to look like 007's.
        assert taken.tracking_code != mine.tracking_code


def test_payloads_have_length_limits_and_no_control_characters(server: ServerThread, center: Central) -> None:
    rng = random.Random(9)
    token = center.add_station("7")
    base = complaint_payload(rng)
    long_subject = _record("007", rng, payload=dict(base, subject="ก" * 501))
    escape = _record("007", rng, payload=dict(base, subject="ปกติ\x1b[2J"))
    newline_name = dict(base)
    newline_name["complainant"] = dict(base["complainant"], given_name="สม\nชาย")
    survey_ok = _record(
        "007", rng, kind="survey_response", payload={"rating": 5, "comment": "บริการดีมาก\nขอบคุณ"}
    )
    survey_bad = _record("007", rng, kind="survey_response", payload={"rating": 6, "comment": "ค" * 1001})
    with _http(server, token) as http:
        results = _post(
            http, [long_subject, escape, _record("007", rng, payload=newline_name), survey_ok, survey_bad]
        )
    assert [r["status"] for r in results] == ["rejected", "rejected", "rejected", "accepted", "rejected"]
    assert results[0]["errors"][0] == {
        "field": "payload.subject",
        "code": "too_long",
        "message": results[0]["errors"][0]["message"],
    }
    assert _codes(results[1]) == {"control_character"}
    assert {e["field"] for e in results[2]["errors"]} == {"payload.complainant.given_name"}
    assert {(e["field"], e["code"]) for e in results[4]["errors"]} == {
        ("payload.rating", "invalid"),
        ("payload.comment", "too_long"),
    }
    # A counter-side rating may carry the code of the case it rates: not a reused code.
    rated = results[3]
    again = _record("007", rng, kind="survey_response", payload={"rating": 4})
    again = again.model_copy(update={"tracking_code": survey_ok.tracking_code})
    with _http(server, token) as http:
        assert _post(http, [again])[0]["status"] == "accepted"
    assert rated["status"] == "accepted"


def test_attachments_belong_to_their_station_within_a_quota(server: ServerThread, center: Central) -> None:
    rng = random.Random(10)
    t5, t7 = center.add_station("5"), center.add_station("7")
    scan = "สำเนาบัตร (สังเคราะห์)".encode() * 100
    digest = hashlib.sha256(scan).hexdigest()
    octet = {"Content-Type": "application/octet-stream"}
    with _http(server, t5) as h5, _http(server, t7) as h7:
        assert h5.put(f"/v1/attachments/{digest}", content=scan, headers=octet).status_code == 201
        assert h5.head(f"/v1/attachments/{digest}").status_code == 200
        assert h5.get(f"/v1/attachments/{digest}").content == scan
        head = h7.head(f"/v1/attachments/{digest}")
        get = h7.get(f"/v1/attachments/{digest}")
        assert head.status_code == 403 and get.status_code == 403
        assert "another station" in get.json()["detail"]
        naming = _record("007", rng, payload=dict(complaint_payload(rng), attachments=[digest]))
        (result,) = _post(h7, [naming])
        assert result["status"] == "rejected" and _codes(result) == {"attachment_missing"}

        center.set_quota("007", len(scan) + 500)
        assert h7.put(f"/v1/attachments/{digest}", content=scan, headers=octet).status_code == 201  # own copy
        assert h7.head(f"/v1/attachments/{digest}").status_code == 200
        more = b"x" * 1000
        over = h7.put(f"/v1/attachments/{hashlib.sha256(more).hexdigest()}", content=more, headers=octet)
        assert over.status_code == 413 and "quota" in over.json()["detail"]
        assert center.attachment_holders(digest) == ["005", "007"]


def test_revoke_and_rotate_take_effect_at_the_next_request(
    server: ServerThread, center: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = center.add_station("5")
    db = ["--db", center.engine.url.render_as_string(hide_password=False), "--key-file", str(tmp_path / "k")]
    with _http(server, old) as http:
        assert http.get("/v1/updates").status_code == 200
        # The commands run beside the serving process, on the same database.
        assert main(["central", "revoke-station", "005", *db]) == 0
        assert "005" in capsys.readouterr().out
        assert http.get("/v1/updates").status_code == 401  # same server, same connection, next request
        assert main(["central", "rotate-token", "05", *db]) == 0
        new = capsys.readouterr().out.strip()
        assert http.get("/v1/updates").status_code == 401
        assert main(["central", "revoke-station", "ST01", *db]) == 2
        err = capsys.readouterr().err
        assert "[station_code_invalid]" in err and "1–999" in err  # a clear Thai reason, and the code
    with _http(server, new) as http:
        assert http.get("/v1/updates").status_code == 200
        assert http.get("/v1/health").json()["station"] == "005"


def test_repeated_failed_authentication_gets_429_with_retry_after(
    server: ServerThread, center: Central
) -> None:
    good = center.add_station("5")
    with _http(server, "guessed-token") as bad:
        answers = [bad.get("/v1/updates").status_code for _ in range(12)]
        assert answers[:10] == [401] * 10 and answers[10:] == [429, 429]
        blocked = bad.get("/v1/updates")
        assert int(blocked.headers["Retry-After"]) > 0
    with _http(server, good) as http:  # the same address waits too, whatever token it now sends
        assert http.get("/v1/updates").status_code == 429


def test_the_api_pages_are_off_unless_asked_for(center: Central) -> None:
    with ServerThread(create_app(center)) as srv, httpx.Client(base_url=srv.url) as http:
        assert http.get("/docs").status_code == 404 and http.get("/redoc").status_code == 404
        assert http.get("/openapi.json").status_code == 200
    with ServerThread(create_app(center, docs=True)) as srv, httpx.Client(base_url=srv.url) as http:
        assert http.get("/docs").status_code == 200
