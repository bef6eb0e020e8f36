"""Named loggers and a rotating log file under ``home/logs/`` (docs/ARCHITECTURE.md, UI rule 6).

Log text is English and never holds personal data: record ids and tracking codes only, never names,
national IDs or phone numbers. ``scrub`` is a last line of defence that masks 13-digit and phone-like
digit runs in every message written to the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

DB = logging.getLogger("psc.db")
SYNC = logging.getLogger("psc.sync")
PRINTING = logging.getLogger("psc.printing")
UI = logging.getLogger("psc.ui")
AUDIT = logging.getLogger("psc.audit")

LOGGER_NAMES = ("psc.db", "psc.sync", "psc.printing", "psc.ui", "psc.audit")
LOG_FILE = "psc-counter.log"

# 13-digit national IDs (with or without dashes/spaces) and 9-10 digit phone numbers.
_NATIONAL_ID = re.compile(r"(?<!\d)\d(?:[- ]?\d){12}(?!\d)")
_PHONE = re.compile(r"(?<![\d-])0\d(?:[- ]?\d){7,8}(?![\d-])")


def scrub(text: str) -> str:
    """Masks anything that looks like a national ID or a phone number."""
    text = _NATIONAL_ID.sub("[national-id]", text)
    return _PHONE.sub("[phone]", text)


class _ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        cleaned = scrub(msg)
        if cleaned != msg:
            record.msg = cleaned
            record.args = None
        return True


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
    handler = logging.handlers.TimedRotatingFileHandler(
        log_dir / LOG_FILE, when="midnight", backupCount=max(1, keep_days), encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(_ScrubFilter())
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
