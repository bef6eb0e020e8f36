"""What the center checks in every record before it stores it; a failure is a per-record ``rejected``.

The center checks the envelope (id, version, kind, tracking code, time, hash) and the few payload fields
without which a case cannot be worked. It does not repeat the counter's full form validation: the counter's
rules (national ID checksum, postcode of the subdistrict…) run at the counter, and a center that refused a
record over a rule it knows differently would strand a citizen's complaint in the queue.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Collection
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.domain.canonical import canonical_json
from app.domain.clock import BANGKOK
from app.domain.records import ComplaintType, IdentityMode, RecordKind
from app.domain.survey import COMMENT_MAX
from app.domain.tracking import is_valid_tracking_code, normalize_tracking_code
from sync.protocol import SHA256_RE, ErrorCode, FieldError, WireRecord, payload_attachments

MAX_VERSION = 10_000
# The canonical text form of a UUID: lower-case hex, hyphens at 8-4-4-4-12.
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_TRACKING_RE = re.compile(r"^[0-9][0-9 -]*$")
MAX_TRACKING_DIGITS = 16
MAX_TRACKING_LENGTH = 32  # with the spaces or dashes of a grouped code

# Plausible record times: nothing before the service existed in this form, nothing far in the future. A
# counter's clock may run ahead; a week covers a wrong day or time zone without letting 9998 through.
EARLIEST_RECORD_TIME = datetime(2015, 1, 1, tzinfo=UTC)
MAX_CLOCK_AHEAD = timedelta(days=7)

# Limits of payload text. One field may be long (a description); nothing may be unbounded.
MAX_TEXT = 300  # a name, an address line, a code: any field not listed below
MAX_PAYLOAD_DEPTH = 6
MAX_LIST_ITEMS = 200
MAX_KEY_LENGTH = 64
# Per field name (any kind): the longest text allowed, and whether line breaks are allowed in it.
FIELD_LIMITS: dict[str, tuple[int, bool]] = {
    "subject": (500, False),
    "description": (10_000, True),
    "requested_action": (5_000, True),
    "issue_summary": (10_000, True),
    "demands": (5_000, True),
    "text": (5_000, True),
    "note": (2_000, True),
    "notes": (5_000, True),
    "follow_up": (5_000, True),
    "comment": (COMMENT_MAX, True),  # one limit for counter and tracking-page ratings (app.domain.survey)
    "group_name": (500, False),
    "organisation": (500, False),
}
SURVEY_COMMENT_MAX = FIELD_LIMITS["comment"][0]
# C0 controls and DEL; tab and line breaks only where a field allows lines.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_RE = re.compile(r"[\t\n\r]")


def parse_rfc3339(text: str) -> datetime | None:
    """An RFC 3339 time with an offset, or ``None`` when it is not one (a time without offset is not)."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        if value.tzinfo is None:
            return None
        # Year 1 or 9999 with an offset falls off the calendar in UTC or Bangkok time: not a usable time.
        value.astimezone(UTC)
        value.astimezone(BANGKOK)
    except (ValueError, OverflowError):
        return None
    return value


def canonical_payload(payload: dict[str, Any]) -> bytes | None:
    """The payload's canonical JSON (``app.domain.canonical``), or ``None`` when it has none.

    Fast path: a payload parsed from JSON holds only JSON types, so the standard encoder with sorted keys
    gives the canonical form whenever the text is already NFC — checked on the whole text, which is the
    same as checking each string, because the quote that bounds every string is a starter that composes
    with nothing. Otherwise the domain function normalises it (3× slower on a typical complaint).
    """
    try:
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return None
    if unicodedata.is_normalized("NFC", text):
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no UTF-8 form, so no hash either
            return None
    try:
        return canonical_json(payload)
    except (TypeError, ValueError, RecursionError):
        return None


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _err(field: str, code: ErrorCode, message: str) -> FieldError:
    return FieldError(field=field, code=str(code), message=message)


def _text_required(payload: dict[str, Any], key: str, errors: list[FieldError]) -> None:
    value = payload.get(key)
    if not isinstance(value, str) or not value.strip():
        errors.append(_err(f"payload.{key}", ErrorCode.REQUIRED, f"ต้องระบุ {key}"))


def _enum_field(
    payload: dict[str, Any], key: str, allowed: Collection[str], errors: list[FieldError]
) -> None:
    value = payload.get(key)
    if value is None:
        errors.append(_err(f"payload.{key}", ErrorCode.REQUIRED, f"ต้องระบุ {key}"))
    elif value not in allowed:
        errors.append(_err(f"payload.{key}", ErrorCode.INVALID, f"ค่า {key} ไม่ถูกต้อง"))


_COMPLAINT_TYPES = frozenset(str(t) for t in ComplaintType)
_IDENTITY_MODES = frozenset(str(m) for m in IdentityMode)


def _complaint(payload: dict[str, Any], errors: list[FieldError]) -> None:
    _text_required(payload, "subject", errors)
    _enum_field(payload, "complaint_type", _COMPLAINT_TYPES, errors)
    _enum_field(payload, "identity_mode", _IDENTITY_MODES, errors)


def _group_petition(payload: dict[str, Any], errors: list[FieldError]) -> None:
    _text_required(payload, "group_name", errors)
    _text_required(payload, "issue_summary", errors)
    reps = payload.get("representatives")
    if not isinstance(reps, list) or not reps:
        errors.append(_err("payload.representatives", ErrorCode.REQUIRED, "ต้องมีผู้แทนกลุ่มอย่างน้อยหนึ่งคน"))


def _survey(payload: dict[str, Any], errors: list[FieldError]) -> None:
    rating = payload.get("rating")
    if isinstance(rating, bool) or not isinstance(rating, int):
        errors.append(_err("payload.rating", ErrorCode.REQUIRED, "ต้องระบุคะแนน 1–5"))
    elif not 1 <= rating <= 5:
        errors.append(_err("payload.rating", ErrorCode.INVALID, "คะแนนต้องอยู่ระหว่าง 1 ถึง 5"))
    # Counter ratings (issue 11) carry a comment; a survey without one passes. Its length is checked with
    # every text (FIELD_LIMITS["comment"]).
    comment = payload.get("comment", "")
    if not isinstance(comment, str):
        errors.append(_err("payload.comment", ErrorCode.INVALID, "ความคิดเห็นต้องเป็นข้อความ"))


def check_text(field: str, value: str, errors: list[FieldError]) -> None:
    """Length limit and no control characters for one text value (``field`` is its dotted path)."""
    name = field.rsplit(".", 1)[-1]
    if name.isdigit():  # an item of a list: the list's own name sets the limit
        name = field.rsplit(".", 2)[-2]
    limit, lines = FIELD_LIMITS.get(name, (MAX_TEXT, False))
    if len(value) > limit:
        errors.append(_err(field, ErrorCode.TOO_LONG, f"ข้อความยาวเกิน {limit:,} ตัวอักษร"))
    if _CONTROL_RE.search(value) or (not lines and _LINE_RE.search(value)):
        errors.append(_err(field, ErrorCode.CONTROL_CHARACTER, "มีอักขระควบคุมที่ไม่อนุญาต"))


def _walk(value: Any, path: str, depth: int, errors: list[FieldError], clean: bool = False) -> None:
    """Every text in a payload within its limits; no deeper than ``MAX_PAYLOAD_DEPTH``, no huge lists.

    Most values are short plain texts and numbers: they are checked in their container's loop, without
    building their dotted path (which only an error needs) — a 500-record batch walks ~35,000 values.
    ``clean``: the payload's JSON has no backslash and no DEL, so no text in it holds a control character
    or a line break (JSON escapes every one of them), and only lengths remain to check."""
    if len(errors) >= 50:  # enough to fix; a hostile payload does not get an answer of its own size
        return
    if depth > MAX_PAYLOAD_DEPTH:
        errors.append(_err(path, ErrorCode.INVALID, "ข้อมูลซ้อนกันลึกเกินไป"))
    elif isinstance(value, str):
        check_text(path, value, errors)
    elif isinstance(value, dict):
        shallow = depth < MAX_PAYLOAD_DEPTH  # a scalar child would not be too deep
        for key, item in value.items():
            if len(key) > MAX_KEY_LENGTH or (
                not clean and not key.isprintable() and (_CONTROL_RE.search(key) or _LINE_RE.search(key))
            ):
                errors.append(_err(path, ErrorCode.INVALID, "ชื่อช่องข้อมูลไม่ถูกต้อง"))
                continue
            if shallow:
                kind = type(item)
                # No field allows less than MAX_TEXT; ``isprintable`` is False for all of C0, DEL, tab and
                # line breaks (and for a few harmless characters, which then take the exact check).
                if kind is str:
                    if len(item) <= MAX_TEXT and (clean or item.isprintable()):
                        continue
                elif item is None or kind is int or kind is bool or kind is float:
                    continue
            _walk(item, f"{path}.{key}", depth + 1, errors, clean)
    elif isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            errors.append(_err(path, ErrorCode.TOO_LONG, f"รายการเกิน {MAX_LIST_ITEMS} รายการ"))
            return
        shallow = depth < MAX_PAYLOAD_DEPTH
        for i, item in enumerate(value):
            if shallow and type(item) is str and len(item) <= MAX_TEXT and (clean or item.isprintable()):
                continue
            _walk(item, f"{path}.{i}", depth + 1, errors, clean)


_PAYLOAD_RULES: dict[RecordKind, Callable[[dict[str, Any], list[FieldError]], None]] = {
    RecordKind.COMPLAINT: _complaint,
    RecordKind.GROUP_PETITION: _group_petition,
    RecordKind.SURVEY_RESPONSE: _survey,
}


def validate_record(
    record: WireRecord,
    attachments_held: Collection[str],
    canonical: bytes | None = b"",
    *,
    station_code: str | None = None,
    now: datetime | None = None,
) -> list[FieldError]:
    """Every reason to reject a record; empty when the center may store it.

    ``canonical`` is the payload's canonical JSON when the caller has it already (``None``: it has none,
    the payload cannot be hashed); by default it is computed here. ``station_code`` (canonical, three
    digits) is the authenticated station: the tracking code must carry it and pass the Damm check.
    ``now`` is the center's time: a record may not be older than 2015 or more than a week ahead of it.
    """
    errors: list[FieldError] = []
    if not _UUID_RE.match(record.id):  # what str(uuid.UUID(id)) == id says, 10× faster
        errors.append(_err("id", ErrorCode.INVALID, "รหัสเรื่องต้องเป็น UUID ตัวพิมพ์เล็ก"))
    if not 1 <= record.version <= MAX_VERSION:
        errors.append(_err("version", ErrorCode.INVALID, "ฉบับที่ต้องเริ่มจาก 1"))
    kind: RecordKind | None
    try:
        kind = RecordKind(record.kind)
    except ValueError:
        kind = None
        errors.append(_err("kind", ErrorCode.UNKNOWN_KIND, "ไม่รู้จักประเภทเรื่องนี้"))
    tracking = record.tracking_code
    # A code the pattern allows holds digits, spaces and dashes (and maybe the newline ``$`` lets through
    # at the end): count its digits by subtraction.
    digits = len(tracking) - tracking.count(" ") - tracking.count("-") - tracking.count("\n")
    if (
        not _TRACKING_RE.match(tracking)
        or not 1 <= digits <= MAX_TRACKING_DIGITS
        or len(record.tracking_code) > MAX_TRACKING_LENGTH
    ):
        errors.append(_err("tracking_code", ErrorCode.INVALID, "เลขติดตามเรื่องไม่ถูกต้อง"))
    elif station_code is not None:
        code = normalize_tracking_code(record.tracking_code)
        if not is_valid_tracking_code(code):
            errors.append(_err("tracking_code", ErrorCode.CHECK_DIGIT, "เลขติดตามเรื่องผิด (เลขตรวจสอบไม่ถูกต้อง)"))
        elif code[:3] != station_code:
            errors.append(
                _err("tracking_code", ErrorCode.FOREIGN_STATION, f"เลขติดตามเรื่องไม่ใช่ของจุดบริการ {station_code}")
            )
    created = parse_rfc3339(record.created_at)
    if created is None:
        errors.append(_err("created_at", ErrorCode.INVALID, "เวลาต้องเป็น RFC 3339 พร้อมเขตเวลา"))
    elif now is not None and not (EARLIEST_RECORD_TIME <= created <= now + MAX_CLOCK_AHEAD):
        errors.append(_err("created_at", ErrorCode.IMPLAUSIBLE_TIME, "เวลาของเรื่องเป็นไปไม่ได้ (ตรวจนาฬิกาเครื่อง)"))
    if record.access_token_sha256 is not None and not SHA256_RE.match(record.access_token_sha256):
        errors.append(_err("access_token_sha256", ErrorCode.INVALID, "ค่า sha256 ของรหัสติดตามไม่ถูกต้อง"))
    if record.promised_by is not None and not _is_date(record.promised_by):
        errors.append(_err("promised_by", ErrorCode.INVALID, "วันที่นัดตอบต้องเป็น YYYY-MM-DD"))
    if not SHA256_RE.match(record.sha256):
        errors.append(_err("sha256", ErrorCode.INVALID, "ค่า sha256 ต้องเป็นเลขฐานสิบหก 64 หลัก"))
    else:
        if canonical == b"":
            canonical = canonical_payload(record.payload)
        recomputed = hashlib.sha256(canonical).hexdigest() if canonical is not None else ""
        if recomputed != record.sha256:
            errors.append(_err("sha256", ErrorCode.HASH_MISMATCH, "ค่า sha256 ไม่ตรงกับเนื้อหาเรื่อง"))
    if kind is not None:
        _PAYLOAD_RULES[kind](record.payload, errors)
    clean = canonical is not None and canonical != b"" and b"\\" not in canonical and b"\x7f" not in canonical
    _walk(record.payload, "payload", 0, errors, clean)
    for i, digest in enumerate(payload_attachments(record.payload)):
        if not SHA256_RE.match(digest):
            errors.append(_err(f"payload.attachments.{i}", ErrorCode.INVALID, "ค่า sha256 ของไฟล์แนบไม่ถูกต้อง"))
        elif digest not in attachments_held:
            errors.append(
                _err(f"payload.attachments.{i}", ErrorCode.ATTACHMENT_MISSING, "ศูนย์ยังไม่ได้รับไฟล์แนบนี้")
            )
    return errors
