"""What can go wrong at a printer (``PrinterErrorCode``) and the error that carries it: shared by the ESC/POS
output and the OS spoolers, so neither imports the other."""

from __future__ import annotations

from enum import StrEnum


class PrinterErrorCode(StrEnum):
    """Why a print did not happen; the UI turns each into Thai text."""

    BAD_URI = "bad_uri"
    PROFILE_UNKNOWN = "profile_unknown"
    PROFILE_TOO_NARROW = "profile_too_narrow"
    NOT_AVAILABLE = "not_available"  # the connector's library or OS support is missing
    UNREACHABLE = "unreachable"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    WRITE_FAILED = "write_failed"
    SPOOLER_PAUSED = "spooler_paused"  # the OS spooler's queue is paused or rejects jobs (cups, win32)


class PrinterError(Exception):
    """A printer problem the officer can fix (paper, power, cable, settings); ``detail``: English, no PII."""

    def __init__(self, code: PrinterErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail
