"""Thai national ID numbers (เลขประจำตัวประชาชน) and passport numbers.

A Thai national ID has 13 digits. The last is a check digit over the first twelve: with weights 13, 12, …, 2
and ``S`` the weighted sum, ``check = (11 − S mod 11) mod 10``.

The checksum is weak, and the form compensates by asking the officer to read the number back
(``national_id_confirmed``) — a card reader fills it where present:

* the third digit has weight 11 ≡ 0 (mod 11), so a wrong third digit is **never** noticed;
* ``mod 10`` folds the residues 0 and 10 onto the same check digit 1, so a change that moves ``S mod 11``
  between 0 and 10 also slips through (for example the twelfth digit, weight 2, changed by ±6 when the
  check digit is 1);
* about 2% of swaps of adjacent digits slip through.

The first digit is the registration category, 1–8; numbers starting with 0 or 9 are never issued to a
person, so they are refused outright.
"""

from __future__ import annotations

import random
import re

from app.domain.issues import IssueCode

NATIONAL_ID_LENGTH = 13
_WEIGHTS = tuple(range(13, 1, -1))  # 13, 12, …, 2 for the first twelve digits
_SEPARATORS = re.compile(r"[\s\-‐‑–—.]")  # what people type between groups
_PASSPORT = re.compile(r"[A-Z0-9]{6,9}")


def national_id_check_digit(first12: str) -> int:
    """The check digit for the first twelve digits of a national ID.

    Raises ``ValueError`` when ``first12`` is not exactly twelve ASCII digits.
    """
    if len(first12) != 12 or not first12.isascii() or not first12.isdigit():
        raise ValueError("national_id_check_digit needs exactly 12 digits")
    total = sum(int(d) * w for d, w in zip(first12, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def normalize_national_id(text: str) -> str:
    """The number with separators (dashes, spaces, dots) removed; Thai digits become ASCII digits.

    Other characters are kept, so ``national_id_issue`` can still refuse the result.
    """
    return _SEPARATORS.sub("", text.strip()).translate(_THAI_TO_ASCII)


def national_id_issue(text: str) -> IssueCode | None:
    """Why ``text`` is not a plausible Thai national ID, or ``None`` when it is.

    Dashes and spaces are accepted (``1-2345-67890-12-1``). Checked in this order: 13 digits
    (``NATIONAL_ID_LENGTH``), first digit 1–8 (``NATIONAL_ID_FIRST_DIGIT``), check digit
    (``NATIONAL_ID_CHECKSUM``). An empty text is ``NATIONAL_ID_LENGTH`` too; callers that treat empty as
    "not given" check for it first.
    """
    digits = normalize_national_id(text)
    if len(digits) != NATIONAL_ID_LENGTH or not digits.isascii() or not digits.isdigit():
        return IssueCode.NATIONAL_ID_LENGTH
    if digits[0] in "09":
        return IssueCode.NATIONAL_ID_FIRST_DIGIT
    if national_id_check_digit(digits[:12]) != int(digits[12]):
        return IssueCode.NATIONAL_ID_CHECKSUM
    return None


def is_valid_national_id(text: str) -> bool:
    """Whether ``text`` (dashes and spaces allowed) is a checksum-valid Thai national ID."""
    return national_id_issue(text) is None


def format_national_id(digits: str) -> str:
    """Groups 13 digits as printed on the card: ``1-2345-67890-12-3``.

    Anything that is not 13 digits after normalising comes back unchanged, so a half-typed value is
    still shown as typed.
    """
    d = normalize_national_id(digits)
    if len(d) != NATIONAL_ID_LENGTH or not d.isdigit():
        return digits
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def mask_national_id(digits: str) -> str:
    """The number for a receipt or a list: only the last three digits shown, ``x-xxxx-xxxxx-12-3``.

    A value that is not 13 digits is masked completely (``x`` per character, no digit shown), so a
    malformed number never leaks either.
    """
    d = normalize_national_id(digits)
    if len(d) != NATIONAL_ID_LENGTH or not d.isdigit():
        return "x" * len(d)
    return f"x-xxxx-xxxxx-{d[10:12]}-{d[12]}"


def normalize_passport(text: str) -> str:
    """A passport number as stored: upper case, separators removed."""
    return _SEPARATORS.sub("", text.strip()).upper()


def passport_issue(text: str) -> IssueCode | None:
    """``PASSPORT_FORMAT`` unless ``text`` is 6–9 letters A–Z or digits (after upper-casing and removing
    spaces/dashes); ``None`` when it is."""
    if _PASSPORT.fullmatch(normalize_passport(text)) is None:
        return IssueCode.PASSPORT_FORMAT
    return None


def fake_national_id(rng: random.Random) -> str:
    """A synthetic, checksum-valid national ID (13 digits, first digit 1–8) for demos and tests.

    Deterministic for a given ``rng`` state. Such a number may coincide with a real one by chance: it is
    only ever paired with invented names.
    """
    first12 = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return first12 + str(national_id_check_digit(first12))


_THAI_TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
