"""The center's check of a survey_response: rating 1–5, comment at most 500 characters (additive)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

from app.domain.canonical import canonical_json
from app.domain.survey import survey_payload
from sync.protocol import WireRecord
from sync.server.validation import validate_record


def _wire(payload: dict[str, Any]) -> WireRecord:
    return WireRecord(
        id=str(uuid.uuid4()),
        version=1,
        kind="survey_response",
        tracking_code="005-690410-0-0007-3",
        created_at=datetime(2026, 4, 10, 7, 40, tzinfo=UTC).isoformat(),
        payload=payload,
        sha256=hashlib.sha256(canonical_json(payload)).hexdigest(),
    )


def test_survey_comment_limit_and_rating_range() -> None:
    given = datetime(2026, 4, 10, 7, 40, tzinfo=UTC)
    ok = survey_payload(
        record_id=str(uuid.uuid4()),
        tracking_code="005-690410-0-0006-5",
        rating=5,
        comment="ดีมาก",
        officer="officer1",
        given_at=given,
    )
    assert validate_record(_wire(ok), set()) == []
    assert validate_record(_wire({"rating": 4}), set()) == []  # an older, shorter survey still passes
    long = {**ok, "comment": "ก" * 501}
    assert [e.field for e in validate_record(_wire(long), set())] == ["payload.comment"]
    assert [e.field for e in validate_record(_wire({**ok, "rating": 6}), set())] == ["payload.rating"]
