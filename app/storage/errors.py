"""The error type shown calmly to the user (STYLE habit 5), defined low so storage can raise it too.

``app.services.types`` re-exports it: the UI and the command line import it from there.
"""

from __future__ import annotations


class KnownError(Exception):
    """An environment failure or a refused action, shown calmly to the user with a retry.

    ``code`` is stable (the UI maps it to translated text); ``detail`` is English for the log, never
    personal data.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
