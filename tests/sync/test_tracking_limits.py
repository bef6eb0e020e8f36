"""The public tracking page over real HTTP, without a browser: a missing, wrong or over-long token and an
unknown code all get the same page; look-ups are rate-limited per address; the survey is taken once."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import httpx
import pytest

from app.domain.records import RecordKind
from app.domain.tracking import access_token_digest, new_access_token
from sync.protocol import make_wire_record
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.sync.helpers import T0, complaint_payload, record_id, tracking_code


@pytest.fixture
def case() -> Iterator[tuple[ServerThread, Central, str, str]]:
    """A center holding one case with an access token; yields (server, center, code, token)."""
    center = Central.from_url("sqlite://")
    station = center.authenticate(center.add_station("101"))
    assert station is not None
    token = new_access_token()
    rng = random.Random(3)
    rec = make_wire_record(
        record_id=record_id(rng),
        version=1,
        kind=RecordKind.COMPLAINT,
        tracking_code=tracking_code("101"),
        created_at=T0,
        payload=complaint_payload(rng),
    ).model_copy(update={"access_token_sha256": access_token_digest(token), "promised_by": "2026-03-06"})
    assert center.ingest(station, [rec])[0].status == "accepted"
    with ServerThread(create_app(center)) as server:
        yield server, center, rec.tracking_code, token
    center.engine.dispose()


def test_nothing_about_a_case_without_its_token(case: tuple[ServerThread, Central, str, str]) -> None:
    server, _, code, token = case
    with httpx.Client(base_url=server.url) as http:
        right = http.get(f"/track/{code}", params={"t": token})
        assert right.status_code == 200 and "PSC2569-00000001" in right.text
        assert (
            right.headers["Referrer-Policy"] == "no-referrer" and right.headers["Cache-Control"] == "no-store"
        )
        answers = [
            http.get(f"/track/{code}"),
            http.get(f"/track/{code}", params={"t": token[:-1] + ("0" if token[-1] != "0" else "1")}),
            http.get(f"/track/{code}", params={"t": "x" * 500}),
            http.get(f"/track/{code[:-1]}0", params={"t": token}),
        ]
    assert {a.status_code for a in answers} == {404}
    # The same page, whatever was wrong: nothing tells a guesser which part was.
    cards = {re.search(r"<main>(.*?)<footer>", a.text, re.S).group(1) for a in answers}  # type: ignore[union-attr]
    assert len(cards) == 1
    for answer in answers:
        assert "PSC2569" not in answer.text and "ไม่พบเรื่อง" in answer.text


def test_look_ups_are_rate_limited_per_address(case: tuple[ServerThread, Central, str, str]) -> None:
    server, _, code, token = case
    with httpx.Client(base_url=server.url) as http:
        misses = [http.get(f"/track/{code}", params={"t": "WRONG"}).status_code for _ in range(11)]
        assert misses[:10] == [404] * 10 and misses[10] == 429
        blocked = http.get(f"/track/{code}", params={"t": token})  # even the right token waits now
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
        assert "PSC2569" not in blocked.text


def test_the_survey_is_taken_once_and_joins_the_updates_feed(
    case: tuple[ServerThread, Central, str, str],
) -> None:
    server, center, code, token = case
    with httpx.Client(base_url=server.url) as http:
        form = {"t": token, "rating": "5", "comment": "ดีมาก", "lang": "th"}
        first = http.post(f"/track/{code}/survey", data=form)
        again = http.post(f"/track/{code}/survey", data=dict(form, rating="1"))
        bad = http.post(f"/track/{code}/survey", data=dict(form, t="WRONG"))
    assert first.status_code == 200 and "ขอบคุณสำหรับความคิดเห็น" in first.text
    assert again.status_code == 200 and "ให้คะแนนความพึงพอใจเรื่องนี้แล้ว" in again.text
    assert bad.status_code == 404
    station = center.authenticate(center.rotate_token("101"))
    assert station is not None
    surveys = [u.survey for u in center.updates(station, 0, 10).updates if u.survey is not None]
    assert [(s.rating, s.comment) for s in surveys] == [(5, "ดีมาก")]
