"""The documented error answers of the central API (OpenAPI ``responses=``), in one place for every router."""

from __future__ import annotations

from typing import Any

from sync.protocol import Problem

RETRY_AFTER = {
    "Retry-After": {"description": "seconds to wait before trying again", "schema": {"type": "string"}}
}


def problem_doc(description: str, *, retry_after: bool = False) -> dict[str, Any]:
    """One documented answer with a ``Problem`` body (and a ``Retry-After`` header)."""
    entry: dict[str, Any] = {"model": Problem, "description": description}
    if retry_after:
        entry["headers"] = RETRY_AFTER
    return entry


def auth_failures(bad_request: str) -> dict[int | str, dict[str, Any]]:
    """What a station-authenticated route may answer besides success: ``bad_request`` describes its 400."""
    return {
        400: problem_doc(bad_request),
        401: problem_doc("missing or unknown station token"),
        429: problem_doc("too many failed authentications from this address", retry_after=True),
    }
