"""What a barcode/QR scanner read at the counter: a receipt's QR address or a bare tracking code.

A receipt's QR code holds ``{tracking_base_url}{code}?t={token}`` (DESIGN §4); its printed barcode, or an
officer typing from the paper, gives the code alone, grouped or not. The base URL is not checked: a
receipt printed before the deployment changed its tracking page must still open its record.

A keyboard-wedge scanner sends key positions, not characters: while the Thai (Kedmanee) layout is active
(counter PCs switch with the grave key all day) ``https://`` arrives as ``้ะะยหซฝฝ``. A burst with Thai
letters in it is read back through the layout to the keys that were pressed before it is parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from app.domain.tracking import is_valid_tracking_code, normalize_access_token, normalize_tracking_code

# The Thai Kedmanee layout: the character each US key gives, unshifted then shifted (same positions).
_US = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" + '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
_TH = "_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ" + '%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ'
_FROM_THAI_LAYOUT = str.maketrans(_TH, _US)


def thai_layout_to_keys(text: str) -> str:
    """What was typed on the US keys when the Thai (Kedmanee) layout turned it into ``text``."""
    return text.translate(_FROM_THAI_LAYOUT)


def keys_to_thai_layout(text: str) -> str:
    """What US-key text becomes while the Thai layout is active (for tests and for explaining a scan)."""
    return text.translate(str.maketrans(_US, _TH))


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
    if any("\u0e00" <= ch <= "\u0e7f" for ch in s):
        s = thai_layout_to_keys(s)
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
