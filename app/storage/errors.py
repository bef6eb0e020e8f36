"""The error type shown calmly to the user (docs/ARCHITECTURE.md, UI rule 5), defined low so storage can
raise it too.

``app.services.types`` re-exports it: the UI and the command line import it from there.
"""

from __future__ import annotations

from app.domain.errors import ErrorCode


class KnownError(Exception):
    """An environment failure or a refused action, shown calmly to the user with a retry.

    ``code`` is an :class:`ErrorCode` (stable; the UI maps it to translated text); ``detail`` is English
    for the log, never personal data.
    """

    def __init__(self, code: ErrorCode | str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code: ErrorCode | str = ErrorCode.of(code)
        self.detail = detail
