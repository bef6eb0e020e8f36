"""Tracking codes (เลขรับเรื่อง) and access tokens for receipts (docs/ARCHITECTURE.md, Identifiers).

Layout of a tracking code — digits only, 15 or 16 characters, grouped for reading aloud::

    SSS - YYMMDD - E - NNNN(N) - C
    005 - 690325 - 0 - 0042    - 7      → "005-690325-0-0042-7", stored as "005690325000427"

``SSS``
    the station code assigned by the center, 1–999, always written with three digits (a station the
    center calls "05" writes "005": the numbers, not the strings, name stations).
``YYMMDD``
    the Bangkok calendar day the record was registered, with ``YY`` the last two digits of the
    Buddhist-era year (2569 → 69). Codes repeat only after a century.
``E``
    the install epoch, 0–9. A reinstalled counter (new database) bumps it, so it can number a day from 1
    again without reusing a code an earlier install gave out. The epoch is part of the station's
    settings and of the set-up wizard; ten reinstalls of one station on one day are not expected.
``NNNN`` / ``NNNNN``
    the per-station daily sequence, 1–99,999, taken inside the saving transaction. Four digits up to
    9,999 (a 15-digit code); a sixteenth digit appears only past that, so the length alone tells the two
    apart.
``C``
    the Damm check digit over all the digits before it. Damm catches every single-digit error and every
    swap of two adjacent digits, which is what happens when a code is read over the phone.

The code is readable, so it is guessable: it never opens a case by itself. Each record also gets an
access token of 65 random bits (13 characters of Crockford base32), printed on the receipt and put in
the QR code's URL.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import date

TRACKING_CODE_MAX_LEN = 16
TRACKING_CODE_MIN_LEN = 15
MAX_STATION = 999
MAX_DAILY_SEQ = 99_999
_SHORT_SEQ_MAX = 9_999
BE_OFFSET = 543

# The Damm operation table: a totally anti-symmetric quasigroup of order 10 (Damm 2004).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
_SEPARATORS = re.compile(r"[\s\-‐‑–—./_]")
_THAI_TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Crockford base32: no I, L, O, U, so nothing reads as 1, 0 or a rude word.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ACCESS_TOKEN_LEN = 13  # 13 × 5 = 65 random bits
_TOKEN_CONFUSABLES = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _damm_interim(digits: str) -> int:
    interim = 0
    for ch in digits:
        if not ("0" <= ch <= "9"):
            raise ValueError("Damm digits must be ASCII digits")
        interim = _DAMM[interim][ord(ch) - 48]
    return interim


def damm_check_digit(digits: str) -> int:
    """The Damm check digit to append to ``digits`` (ASCII digits; ``ValueError`` otherwise)."""
    return _damm_interim(digits)


def damm_is_valid(digits: str) -> bool:
    """Whether ``digits`` ends in its correct Damm check digit (False for empty or non-digit text)."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    return _damm_interim(digits) == 0


def be_short_date(day: date) -> str:
    """``YYMMDD`` with ``YY`` the last two digits of the Buddhist-era year (25 Mar 2026 → ``690325``)."""
    return f"{(day.year + BE_OFFSET) % 100:02d}{day.month:02d}{day.day:02d}"


class StationCodeError(ValueError):
    """A station code that is not 1–999 in one to three digits; ``code`` is the stable error code."""

    code = "station_code_invalid"


# The message a person sees for a refused station code (the CLI and the wizard show it with the code).
STATION_CODE_MESSAGE_TH = "รหัสจุดบริการต้องเป็นตัวเลข 1–999 (เช่น 5, 05 หรือ 005)"


def canonical_station_code(text: str) -> str:
    """The one canonical form of a station code: three digits (``"5"``, ``"05"``, ``"005"`` → ``"005"``).

    The counter, the center, tracking codes and every command use this, so a station the center calls
    ``05`` and a counter set up as ``005`` are the same station. Thai digits are accepted; anything else
    (empty, ``0``, ``1000``, ``ST01``, ``+5``, ``5.0``) raises ``StationCodeError``.
    """
    s = text.strip().translate(_THAI_TO_ASCII)
    if not (1 <= len(s) <= 3) or not s.isascii() or not s.isdigit() or int(s) == 0:
        raise StationCodeError(STATION_CODE_MESSAGE_TH)
    return f"{int(s):03d}"


# The name earlier code knew this function by; one function, two names.
station_digits = canonical_station_code


def make_tracking_code(station_code: str, day: date, seq: int, epoch: int = 0) -> str:
    """The tracking code of the ``seq``-th record of ``day`` (a Bangkok calendar day) at a station.

    ``seq`` is 1–99,999, ``epoch`` 0–9; see the module docstring for the layout. Returns the ungrouped
    digits (15, or 16 past sequence 9,999).
    """
    if not (0 <= epoch <= 9):
        raise ValueError("install epoch must be 0-9")
    if not (1 <= seq <= MAX_DAILY_SEQ):
        raise ValueError("daily sequence must be 1-99999")
    seq_part = f"{seq:04d}" if seq <= _SHORT_SEQ_MAX else f"{seq:05d}"
    body = f"{station_digits(station_code)}{be_short_date(day)}{epoch}{seq_part}"
    return body + str(damm_check_digit(body))


def normalize_tracking_code(text: str) -> str:
    """The code as typed or read, with spaces, dashes and dots removed and Thai digits made ASCII."""
    if text.isascii() and text.isdigit():  # already plain (every code a counter sends): nothing to do
        return text
    return _SEPARATORS.sub("", text.strip().translate(_THAI_TO_ASCII))


@dataclass(frozen=True)
class TrackingParts:
    """A tracking code taken apart."""

    station: str  # three digits
    be_yymmdd: str
    epoch: int
    seq: int
    check: int


def parse_tracking_code(text: str) -> TrackingParts | None:
    """The parts of a valid code (any grouping), or ``None`` when it is not one."""
    code = normalize_tracking_code(text)
    if not is_valid_tracking_code(code):
        return None
    seq_len = len(code) - 11  # 3 station + 6 date + 1 epoch + 1 check
    return TrackingParts(
        station=code[:3],
        be_yymmdd=code[3:9],
        epoch=int(code[9]),
        seq=int(code[10 : 10 + seq_len]),
        check=int(code[-1]),
    )


def is_valid_tracking_code(text: str) -> bool:
    """Whether ``text`` (grouped or not) is a well-formed tracking code with a correct check digit."""
    code = normalize_tracking_code(text)
    if not (TRACKING_CODE_MIN_LEN <= len(code) <= TRACKING_CODE_MAX_LEN):
        return False
    if not code.isascii() or not code.isdigit() or not damm_is_valid(code):
        return False
    if code[:3] == "000":
        return False
    month, day = int(code[5:7]), int(code[7:9])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    seq = code[10:-1]
    if int(seq) == 0:
        return False
    # A five-digit sequence is only used past 9,999, so it never starts with 0: one spelling per code.
    return not (len(seq) == 5 and seq[0] == "0")


def format_tracking_code(code: str) -> str:
    """Groups a code for reading aloud: ``005-690325-0-0042-7``. Text that is not a valid code comes
    back as given, so nothing is ever shown in a misleading shape."""
    digits = normalize_tracking_code(code)
    if not is_valid_tracking_code(digits):
        return code
    return f"{digits[:3]}-{digits[3:9]}-{digits[9]}-{digits[10:-1]}-{digits[-1]}"


def new_access_token() -> str:
    """A fresh access token: 65 bits from ``secrets`` as 13 Crockford base32 characters, grouped for
    typing (``7KQ2-M9XD-4TR8V``). Compare tokens with ``normalize_access_token``."""
    bits = secrets.randbits(5 * ACCESS_TOKEN_LEN)  # one read of the OS random source, not one per character
    raw = "".join(_CROCKFORD[(bits >> (5 * i)) & 31] for i in range(ACCESS_TOKEN_LEN))
    return format_access_token(raw)


def normalize_access_token(text: str) -> str:
    """A token as typed, in canonical form: upper case, no separators, I/L read as 1 and O as 0."""
    return _SEPARATORS.sub("", text.strip()).upper().translate(_TOKEN_CONFUSABLES)


def format_access_token(token: str) -> str:
    """Groups a 13-character token 4-4-5 (``7KQ2-M9XD-4TR8V``); other text comes back normalised."""
    t = normalize_access_token(token)
    if len(t) != ACCESS_TOKEN_LEN:
        return t
    return f"{t[:4]}-{t[4:8]}-{t[8:]}"


def is_valid_access_token(text: str) -> bool:
    """Whether ``text`` has the shape of an access token (13 Crockford base32 characters, any grouping)."""
    t = normalize_access_token(text)
    return len(t) == ACCESS_TOKEN_LEN and all(c in _CROCKFORD for c in t)


def access_token_digest(token: str) -> str:
    """The SHA-256 (hex) of a token in canonical form: what the counter sends the center and the public
    tracking page compares, so the token itself never leaves the counter and the receipt."""
    return hashlib.sha256(normalize_access_token(token).encode("ascii", "replace")).hexdigest()


def access_tokens_equal(a: str, b: str) -> bool:
    """Whether two spellings are the same token, compared in constant time."""
    return secrets.compare_digest(normalize_access_token(a).encode(), normalize_access_token(b).encode())
