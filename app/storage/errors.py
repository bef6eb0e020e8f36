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


# errno values meaning "no room": ENOSPC (disk full), EDQUOT (quota), EFBIG (file size limit).
_FULL_ERRNOS = {28, 122, 27}
# errno values meaning the disk itself failed: EIO, EROFS (remounted read-only after errors).
_FAILED_ERRNOS = {5, 30}


def disk_error(exc: BaseException) -> KnownError | None:
    """The ``KnownError`` a full or failing disk deserves (``disk_full`` / ``disk_failed``), or None when
    ``exc`` is something else. Knows SQLite's words for both and the ``OSError`` errnos."""
    errno = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and errno in _FULL_ERRNOS:
        return KnownError("disk_full", f"errno {errno}")
    if isinstance(exc, OSError) and errno in _FAILED_ERRNOS:
        return KnownError("disk_failed", f"errno {errno}")
    text = str(exc).lower()
    if "database or disk is full" in text:
        return KnownError("disk_full", "sqlite: database or disk is full")
    if "disk i/o error" in text:
        return KnownError("disk_failed", "sqlite: disk I/O error")
    return None
