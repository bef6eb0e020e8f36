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
import uuid
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any

from app.domain.canonical import canonical_json
from app.domain.clock import BANGKOK
from app.domain.records import ComplaintType, IdentityMode, RecordKind
from sync.protocol import SHA256_RE, ErrorCode, FieldError, WireRecord, payload_attachments

MAX_VERSION = 10_000
SURVEY_COMMENT_MAX = 500  # app.domain.survey.COMMENT_MAX
_TRACKING_RE = re.compile(r"^[0-9][0-9 -]*$")
MAX_TRACKING_DIGITS = 16
MAX_TRACKING_LENGTH = 32  # with the spaces or dashes of a grouped code


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


def _complaint(payload: dict[str, Any], errors: list[FieldError]) -> None:
    _text_required(payload, "subject", errors)
    _enum_field(payload, "complaint_type", {str(t) for t in ComplaintType}, errors)
    _enum_field(payload, "identity_mode", {str(m) for m in IdentityMode}, errors)


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
    # Counter ratings (issue 11) carry a comment; the rule is additive: a survey without one passes.
    comment = payload.get("comment", "")
    if not isinstance(comment, str) or len(comment) > SURVEY_COMMENT_MAX:
        errors.append(
            _err("payload.comment", ErrorCode.INVALID, f"ความเห็นยาวได้ไม่เกิน {SURVEY_COMMENT_MAX} ตัวอักษร")
        )


_PAYLOAD_RULES: dict[RecordKind, Callable[[dict[str, Any], list[FieldError]], None]] = {
    RecordKind.COMPLAINT: _complaint,
    RecordKind.GROUP_PETITION: _group_petition,
    RecordKind.SURVEY_RESPONSE: _survey,
}


def validate_record(
    record: WireRecord, attachments_held: Collection[str], canonical: bytes | None = b""
) -> list[FieldError]:
    """Every reason to reject a record; empty when the center may store it.

    ``canonical`` is the payload's canonical JSON when the caller has it already (``None``: it has none,
    the payload cannot be hashed); by default it is computed here.
    """
    errors: list[FieldError] = []
    try:
        if str(uuid.UUID(record.id)) != record.id:
            raise ValueError(record.id)
    except ValueError:
        errors.append(_err("id", ErrorCode.INVALID, "รหัสเรื่องต้องเป็น UUID ตัวพิมพ์เล็ก"))
    if not 1 <= record.version <= MAX_VERSION:
        errors.append(_err("version", ErrorCode.INVALID, "ฉบับที่ต้องเริ่มจาก 1"))
    kind: RecordKind | None
    try:
        kind = RecordKind(record.kind)
    except ValueError:
        kind = None
        errors.append(_err("kind", ErrorCode.UNKNOWN_KIND, "ไม่รู้จักประเภทเรื่องนี้"))
    digits = sum(ch.isdigit() for ch in record.tracking_code)
    if (
        not _TRACKING_RE.match(record.tracking_code)
        or not 1 <= digits <= MAX_TRACKING_DIGITS
        or len(record.tracking_code) > MAX_TRACKING_LENGTH
    ):
        errors.append(_err("tracking_code", ErrorCode.INVALID, "เลขติดตามเรื่องไม่ถูกต้อง"))
    if parse_rfc3339(record.created_at) is None:
        errors.append(_err("created_at", ErrorCode.INVALID, "เวลาต้องเป็น RFC 3339 พร้อมเขตเวลา"))
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
    for i, digest in enumerate(payload_attachments(record.payload)):
        if not SHA256_RE.match(digest):
            errors.append(_err(f"payload.attachments.{i}", ErrorCode.INVALID, "ค่า sha256 ของไฟล์แนบไม่ถูกต้อง"))
        elif digest not in attachments_held:
            errors.append(
                _err(f"payload.attachments.{i}", ErrorCode.ATTACHMENT_MISSING, "ศูนย์ยังไม่ได้รับไฟล์แนบนี้")
            )
    return errors
