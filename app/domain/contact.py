"""Contact details of a person: phone numbers, e-mail addresses, postcodes.

Phone numbers are stored as digits only, in the national form (``0812345678``, ``021234567``):

* a mobile number has 10 digits and starts with 06, 08 or 09;
* a landline has 9 digits and starts with 02–07 (02 Bangkok area, 03–07 the regions);
* ``+66``/``0066``/``66`` in front of the national number without its leading 0 becomes ``0``;
* four-digit hotlines (1111, 1300, …) and other short codes are numbers of an organisation, not of a
  person, so they are refused.
"""

from __future__ import annotations

import re

from app.domain.issues import IssueCode

_PHONE_JUNK = re.compile(r"[\s\-().]")
_THAI_TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Deliberately simple: one @, no spaces, a dot in the domain, no empty labels. Full RFC 5322 would accept
# addresses no mail server delivers to and that no officer means to type.
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
EMAIL_MAX_LEN = 254


def normalize_phone(text: str) -> str:
    """A phone number as digits in national form: separators removed, Thai digits made ASCII,
    ``+66``/``0066``/``66`` (country code) replaced by ``0``.

    Characters other than digits and the usual separators are kept, so ``phone_issue`` still refuses
    them.
    """
    s = _PHONE_JUNK.sub("", text.strip().translate(_THAI_TO_ASCII))
    if s.startswith("+66"):
        s = "0" + s[3:]
    elif s.startswith("0066"):
        s = "0" + s[4:]
    elif s.startswith("66") and len(s) in (10, 11) and s[2] != "0":
        # 66 + 8 or 9 significant digits: a number written with the country code but without the "+"
        s = "0" + s[2:]
    if s.startswith("00") and len(s) in (10, 11):
        # "+66 0 81…" written with the trunk 0 kept after the country code
        s = s[1:]
    return s


def phone_issue(text: str) -> IssueCode | None:
    """``PHONE_FORMAT`` unless ``text`` is a Thai mobile (10 digits, 06/08/09) or landline (9 digits,
    02–07) number of a person; ``None`` when it is. Empty text is refused too; callers check
    "not given" first."""
    s = normalize_phone(text)
    if not s.isascii() or not s.isdigit():
        return IssueCode.PHONE_FORMAT
    if len(s) == 10 and s[:2] in ("06", "08", "09"):
        return None
    if len(s) == 9 and s[:2] in ("02", "03", "04", "05", "06", "07"):
        return None
    return IssueCode.PHONE_FORMAT


def is_mobile(text: str) -> bool:
    """Whether ``text`` is a valid Thai mobile number (an SMS can reach it)."""
    s = normalize_phone(text)
    return phone_issue(s) is None and len(s) == 10


def format_phone(digits: str) -> str:
    """Groups a phone number for reading: ``081-234-5678``, ``02-123-4567``, ``053-123-456``.

    Values that are not valid numbers come back unchanged.
    """
    s = normalize_phone(digits)
    if phone_issue(s) is not None:
        return digits
    if len(s) == 10:
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if s.startswith("02"):
        return f"{s[:2]}-{s[2:5]}-{s[5:]}"
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def email_issue(text: str) -> IssueCode | None:
    """``EMAIL_FORMAT`` unless ``text`` (surrounding spaces ignored) looks like a deliverable e-mail
    address (``name@example.co.th``); ``None`` when it does."""
    s = text.strip()
    if len(s) > EMAIL_MAX_LEN or _EMAIL.fullmatch(s) is None:
        return IssueCode.EMAIL_FORMAT
    return None


def postcode_issue(text: str) -> IssueCode | None:
    """``POSTCODE_FORMAT`` unless ``text`` is five digits; ``POSTCODE_UNKNOWN`` when no subdistrict uses
    it; ``None`` when it is a known Thai postcode."""
    s = text.strip().translate(_THAI_TO_ASCII)
    if len(s) != 5 or not s.isascii() or not s.isdigit():
        return IssueCode.POSTCODE_FORMAT
    from app.domain.geo import is_known_postcode  # the address index loads lazily, on first use

    if not is_known_postcode(s):
        return IssueCode.POSTCODE_UNKNOWN
    return None
