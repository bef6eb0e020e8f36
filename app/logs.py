"""Named loggers and a rotating log file under ``home/logs/`` (docs/ARCHITECTURE.md, UI rule 6).

Log text is English and never holds personal data: record ids and tracking codes only, never names,
national IDs or phone numbers. ``scrub`` is a last line of defence applied to the final text of every
line written to the file, tracebacks included: national IDs, passport numbers, phones (also +66) and
e-mail addresses are masked; record UUIDs, hashes and tracking codes are not.
"""

from __future__ import annotations

import errno
import logging
import re
import sys
from pathlib import Path

DB = logging.getLogger("psc.db")
SYNC = logging.getLogger("psc.sync")
PRINTING = logging.getLogger("psc.printing")
UI = logging.getLogger("psc.ui")
AUDIT = logging.getLogger("psc.audit")

LOGGER_NAMES = ("psc.db", "psc.sync", "psc.printing", "psc.ui", "psc.audit")
LOG_FILE = "psc-counter.log"

# What personal data looks like in text. Identifiers that merely contain such digit runs come first and are
# kept: a record's UUID (its last group may hold 12 digits after a digit: "13 digits" the old scrubber
# masked), SHA-256 hashes, tracking codes (15 digits). Letters of any script may touch a number
# ("บัตร1101700230705"), so the boundaries are ASCII letters, digits and the hyphen, not ``\w``.
_EDGE_L = r"(?<![0-9A-Za-z-])"
_EDGE_R = r"(?![0-9A-Za-z-])"
_SCRUB = re.compile(
    r"(?P<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)"
    r"|(?P<hex>\b[0-9a-fA-F]{32,}\b)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
    # 13-digit national IDs, with or without dashes/spaces (x-xxxx-xxxxx-xx-x).
    rf"|(?P<nid>{_EDGE_L}\d(?:[- ]?\d){{12}}{_EDGE_R})"
    # Thai phones: 0 and 8-9 more digits (02-xxx-xxxx, 08x-xxx-xxxx), or +66 without the leading 0.
    rf"|(?P<phone>(?:(?<![0-9A-Za-z+-])\+66[- ]?|{_EDGE_L}0)\d(?:[- ]?\d){{7,8}}{_EDGE_R})"
    # Passports: one or two capital letters and 6-8 digits (Thai AA1234567 and most others).
    rf"|(?P<passport>{_EDGE_L}[A-Z]{{1,2}}\d{{6,8}}{_EDGE_R})"
)
_LABELS = {"email": "[email]", "nid": "[national-id]", "phone": "[phone]", "passport": "[passport]"}


def _mask(match: re.Match[str]) -> str:
    kind = match.lastgroup or ""
    return _LABELS.get(kind, match.group(0))


def scrub(text: str) -> str:
    """Masks what looks like a national ID, a passport number, a phone number (also +66) or an e-mail
    address; record UUIDs, hashes and tracking codes stay readable."""
    return _SCRUB.sub(_mask, text)


class ScrubbingFormatter(logging.Formatter):
    """Scrubs the final text of a log line — message, arguments and any traceback alike: an exception's
    message (a failed INSERT's parameters, a ValueError quoting a field) is where personal data slips in."""

    def format(self, record: logging.LogRecord) -> str:
        """The formatted line, scrubbed."""
        return scrub(super().format(record))


_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def _file_handler(path: Path, keep_days: int) -> logging.Handler:
    """The rotating file, quiet when the disk is full: a log line cannot be saved on a full disk, and
    ``logging``'s default is to print a traceback to stderr, which the officer and scripts would see."""
    # Imported here: logging.handlers brings socket, pickle and queue, which the GUI's way to its sign-in
    # window (ui.crash_dialog uses ``scrub``) does not need (docs/ARCHITECTURE.md, Start-up).
    from logging.handlers import TimedRotatingFileHandler

    class _LogFileHandler(TimedRotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            """Drops a line the disk refused; anything else is reported as ``logging`` always does."""
            exc = sys.exc_info()[1]
            if isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS:
                return
            super().handleError(record)

    return _LogFileHandler(path, when="midnight", backupCount=max(1, keep_days), encoding="utf-8", delay=True)


_handler: logging.Handler | None = None


def setup_logging(home: Path, keep_days: int = 30, level: int = logging.INFO) -> Path:
    """Sends the ``psc`` loggers to ``home/logs/psc-counter.log``, rotated daily and kept ``keep_days``.

    Safe to call more than once: the previous file handler is replaced (tests open many homes).
    """
    global _handler  # noqa: PLW0603 - one file handler per process, replaced when the home changes
    log_dir = home / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("psc")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = _file_handler(log_dir / LOG_FILE, keep_days)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return log_dir / LOG_FILE


def shutdown_logging() -> None:
    """Closes the log file (so a test's temporary home can be removed)."""
    global _handler  # noqa: PLW0603
    if _handler is not None:
        logging.getLogger("psc").removeHandler(_handler)
        _handler.close()
        _handler = None
