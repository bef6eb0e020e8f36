"""What a barcode/QR scanner read at the counter: a receipt's QR address or a bare tracking code.

A receipt's QR code holds ``{tracking_base_url}{code}?t={token}`` (DESIGN §4); its printed barcode, or an
officer typing from the paper, gives the code alone, grouped or not. The base URL is not checked: a
receipt printed before the deployment changed its tracking page must still open its record.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from app.domain.tracking import is_valid_tracking_code, normalize_access_token, normalize_tracking_code


@dataclass(frozen=True)
class ScannedCode:
    """A tracking code read by a scanner, with the receipt's access token when the QR code carried one."""

    tracking_code: str
    token: str = ""


def parse_scanned(text: str) -> ScannedCode | None:
    """The tracking code (and token) in what a scanner sent, or None when it is neither a receipt address
    nor a valid tracking code."""
    s = text.strip()
    if not s:
        return None
    if "://" in s or "?" in s:
        parts = urlsplit(s)
        last = parts.path.rstrip("/").rsplit("/", 1)[-1]
        if not is_valid_tracking_code(last):
            return None
        token = (parse_qs(parts.query).get("t") or [""])[0]
        return ScannedCode(normalize_tracking_code(last), normalize_access_token(token) if token else "")
    if is_valid_tracking_code(s):
        return ScannedCode(normalize_tracking_code(s))
    return None
