"""Autosave of unsaved forms: a crash or a power cut loses nothing typed.

A draft is the form's data as JSON, one per (user, form), kept in the encrypted database (never in a
plain temp file, since it holds personal data). ``save`` is cheap enough to call on every edit pause.
"""

from __future__ import annotations

import json
from typing import Any

from app.services.context import AppContext
from app.services.types import CurrentUser, KnownError
from app.storage.models import Draft

MAX_DRAFT_BYTES = 2_000_000  # a form is a few KB; anything this big is a bug, not typing


class DraftService:
    """Per-user autosaved form contents."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def save(self, user: CurrentUser, form: str, data: dict[str, Any]) -> None:
        """Stores (replaces) the draft of ``form`` for ``user``."""
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
            raise KnownError("draft_too_large")
        with self._ctx.db.session() as session:
            session.merge(
                Draft(user_id=user.user_id, form=form, data_json=text, updated_at=self._ctx.clock())
            )

    def load(self, user: CurrentUser, form: str) -> dict[str, Any] | None:
        """The saved draft, or None."""
        with self._ctx.db.read_session() as session:
            draft = session.get(Draft, (user.user_id, form))
            if draft is None:
                return None
            data = json.loads(draft.data_json)
        return data if isinstance(data, dict) else None

    def discard(self, user: CurrentUser, form: str) -> None:
        """Forgets the draft (after the form was saved or cancelled)."""
        with self._ctx.db.session() as session:
            draft = session.get(Draft, (user.user_id, form))
            if draft is not None:
                session.delete(draft)
