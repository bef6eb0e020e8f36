"""Satisfaction ratings: the counter's citizen-facing window and the tracking page (DESIGN §3, §6).

A counter rating is one transaction: the ``ratings`` row (source ``counter``, the rated record, the officer
who served it) and a ``survey_response`` record (its own tracking code, version, pending outbox item and
audit event, through ``app.services.recording``) that the pump sends to the center with the next sync.
Ratings given on the center's tracking page come back through the updates feed and are stored with
``store_from_center`` (source ``tracking_page``); both sources meet in the dashboard.
"""

from __future__ import annotations

from datetime import datetime

import uuid6
from sqlalchemy import insert, select

from app.domain.issues import FieldIssue, IssueCode
from app.domain.records import RecordKind
from app.domain.roles import Permission
from app.domain.survey import RatingSource, clean_comment, rating_issues, survey_payload
from app.services.base import ServiceBase
from app.services.recording import HeadFields, insert_new_record
from app.services.types import Changes, CurrentUser, KnownError, PermissionDenied, ValidationFailed
from app.storage.dashboard import RATINGS
from app.storage.models import Record

SURVEY_SUBJECT = "แบบประเมินความพึงพอใจ"


class RatingService(ServiceBase):
    """Stores ratings from both sources."""

    def record(self, user: CurrentUser, record_id: str, rating: int, comment: str = "") -> Changes:
        """Stores the citizen's rating of a record served at this counter and queues it for the center.

        ``KnownError("already_rated")`` when the record has a counter rating; ``ValidationFailed`` for a
        rating outside 1–5 or a comment over 500 characters; ``KnownError("record_not_found")``.
        """
        if not (user.can(Permission.REGISTER_COMPLAINT) or user.can(Permission.LOG_PETITION)):
            raise PermissionDenied("permission_denied", Permission.REGISTER_COMPLAINT.value)
        issues = rating_issues(rating, comment)
        if issues:
            raise ValidationFailed(issues)
        now = self._ctx.clock()
        with self._ctx.db.session() as s:
            rated = s.scalars(select(Record).where(Record.id == record_id)).first()
            if rated is None or rated.kind == RecordKind.SURVEY_RESPONSE.value:
                raise KnownError("record_not_found", record_id)
            taken = s.execute(
                select(RATINGS.c.id).where(
                    RATINGS.c.record_id == record_id, RATINGS.c.source == RatingSource.COUNTER.value
                )
            ).first()
            if taken is not None:
                raise KnownError("already_rated", record_id)
            payload = survey_payload(
                record_id=record_id,
                tracking_code=rated.tracking_code,
                rating=rating,
                comment=comment,
                officer=rated.officer,
                given_at=now,
            )
            head = HeadFields(search_parts=(), display_name_masked="", anonymous=True, subject=SURVEY_SUBJECT)
            saved = insert_new_record(
                s, self._audit, user, RecordKind.SURVEY_RESPONSE, payload, head, now, None
            )
            s.execute(
                insert(RATINGS).values(
                    id=saved.record_id,
                    record_id=record_id,
                    source=RatingSource.COUNTER.value,
                    rating=rating,
                    comment=payload["comment"],
                    officer=rated.officer,
                    given_at=now,
                    survey_record_id=saved.record_id,
                )
            )
        return Changes(records=True, outbox=True, record_ids=(saved.record_id,))

    def store_from_center(
        self, rating_id: str, record_id: str, rating: int, comment: str, given_at: datetime
    ) -> bool:
        """Stores a rating the citizen gave on the tracking page (from the updates feed); the officer is
        the one who served the record here. Idempotent: ``False`` when the record already has one."""
        if rating_issues(rating, comment):
            raise ValidationFailed([FieldIssue("rating", IssueCode.NUMBER_RANGE)])
        with self._ctx.db.session() as s:
            exists = s.execute(
                select(RATINGS.c.id).where(
                    RATINGS.c.record_id == record_id, RATINGS.c.source == RatingSource.TRACKING_PAGE.value
                )
            ).first()
            if exists is not None:
                return False
            officer = s.scalar(select(Record.officer).where(Record.id == record_id)) or ""
            s.execute(
                insert(RATINGS).values(
                    id=rating_id or str(uuid6.uuid7()),
                    record_id=record_id,
                    source=RatingSource.TRACKING_PAGE.value,
                    rating=rating,
                    comment=clean_comment(comment),
                    officer=officer,
                    given_at=given_at,
                    survey_record_id="",
                )
            )
        return True
