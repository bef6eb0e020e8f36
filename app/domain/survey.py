"""Satisfaction surveys (DESIGN §3): a 1–5 rating and an optional comment, tied to a record and an officer.

A rating comes from one of two places, kept apart by ``RatingSource``: the citizen-facing window at the
counter after the receipt prints, and the center's public tracking page. A counter rating travels to the
center as a record of kind ``survey_response`` whose payload ``survey_payload`` builds (protocol v1,
additive: see docs/ARCHITECTURE.md "Survey responses on the wire").
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.domain.issues import FieldIssue, IssueCode
from app.domain.text import strip_control_chars

RATING_MIN = 1
RATING_MAX = 5
COMMENT_MAX = 500  # characters; the center refuses longer comments


class RatingSource(StrEnum):
    """Where a rating was given."""

    COUNTER = "counter"
    TRACKING_PAGE = "tracking_page"


def clean_comment(text: str) -> str:
    """A comment as stored and sent: control characters removed, surrounding space trimmed."""
    return strip_control_chars(text).strip()


def rating_issues(rating: int, comment: str) -> list[FieldIssue]:
    """Why a rating cannot be stored (empty when it can)."""
    issues: list[FieldIssue] = []
    if isinstance(rating, bool) or not isinstance(rating, int) or not RATING_MIN <= rating <= RATING_MAX:
        issues.append(FieldIssue("rating", IssueCode.NUMBER_RANGE))
    if len(clean_comment(comment)) > COMMENT_MAX:
        issues.append(FieldIssue("comment", IssueCode.TOO_LONG))
    return issues


def survey_payload(
    *, record_id: str, tracking_code: str, rating: int, comment: str, officer: str, given_at: datetime
) -> dict[str, Any]:
    """The ``survey_response`` payload: which record was rated (id and tracking code), the rating, the
    comment, the officer who served and when it was given (RFC 3339, UTC)."""
    return {
        "record_id": record_id,
        "tracking_code": tracking_code,
        "rating": rating,
        "comment": clean_comment(comment),
        "officer": officer,
        "source": RatingSource.COUNTER.value,
        "given_at": given_at.astimezone(UTC).isoformat(),
    }
