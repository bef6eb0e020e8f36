"""Sync protocol v1 (docs/ARCHITECTURE.md, Sync): the wire models shared by the counter's client and the
reference service.

JSON over HTTPS, UTF-8, ``Authorization: Bearer <station token>`` on every call. Times are RFC 3339 with an
offset. These pydantic models are the one definition of the wire: the server declares them in its OpenAPI
document and the client parses answers with them, so both ends cannot drift apart.

The request models are deliberately loose about *values* (a record's ``id`` is any string, ``version`` any
integer): a record whose values are wrong must come back as a per-record ``rejected`` result with field
errors, not fail the whole batch. Only a body that is not the right *shape* (a record that is not an
object, ``records`` missing) fails the whole request, with 400.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.domain.canonical import payload_sha256
from app.domain.records import RecordKind

PROTOCOL_VERSION = 1

# Paths of protocol v1, shared by the server's routes and the client's calls.
PATH_HEALTH = "/v1/health"
PATH_BATCH = "/v1/records/batch"
PATH_ATTACHMENT = "/v1/attachments/{sha256}"
PATH_UPDATES = "/v1/updates"
PATH_RECONCILIATION = "/v1/reconciliation"
PATH_REFERENCE = "/v1/reference"
PATH_ANCHOR = "/v1/audit/anchor"
PATH_TRACK = "/track/{code}"
PATH_RECORDS = "/v1/records"  # this station's stored records, to rebuild a counter restored from a backup
PATH_RECORD_ATTACHMENT = "/v1/records/{record_id}/attachments/{sha256}"  # a file one of them names

# Limits of one batch request (docs/ARCHITECTURE.md, Sync). The client packs batches under both; the server
# answers 413 above.
MAX_BATCH_RECORDS = 500
MAX_BATCH_BYTES = 5 * 1024 * 1024
# One attachment (a scanned document or a photo); larger files are refused with 413.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# Page size of the stored-records feed (records carry payloads: smaller pages than the updates feed).
DEFAULT_RECORDS_LIMIT = 200
MAX_RECORDS_LIMIT = 500
# Page size of the updates feed when the client does not ask for one, and the most it may ask for.
DEFAULT_UPDATES_LIMIT = 500
MAX_UPDATES_LIMIT = 1000

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class ResultStatus(StrEnum):
    """The center's answer for one record of a batch."""

    ACCEPTED = "accepted"  # stored now; central_ref given
    DUPLICATE = "duplicate"  # same id, version and sha256 already stored: success, same central_ref
    CONFLICT = "conflict"  # same id and version, other sha256: nothing overwritten
    REJECTED = "rejected"  # failed validation: nothing stored; errors say why


class CentralStatus(StrEnum):
    """Where a case stands at the center (what ``central set-status`` moves and the counter shows)."""

    RECEIVED = "received"  # รับเรื่องแล้ว
    FORWARDED = "forwarded"  # ส่งต่อหน่วยงานแล้ว
    IN_PROGRESS = "in_progress"  # อยู่ระหว่างดำเนินการ
    RESOLVED = "resolved"  # ดำเนินการแล้วเสร็จ
    CLOSED = "closed"  # ยุติเรื่อง


class ErrorCode(StrEnum):
    """Why a record was rejected (``FieldError.code``); stable, the counter maps them to Thai text."""

    REQUIRED = "required"
    INVALID = "invalid"  # wrong type or format
    HASH_MISMATCH = "hash_mismatch"  # sha256 is not the hash of the payload's canonical JSON
    ATTACHMENT_MISSING = "attachment_missing"  # names an attachment the center does not hold
    FOREIGN_RECORD = "foreign_record"  # the id belongs to another station's record
    UNKNOWN_KIND = "unknown_kind"
    # Added with the center's checks (issue 8); an older counter shows them as a generic rejection.
    CHECK_DIGIT = "check_digit"  # the tracking code fails the Damm check or its layout
    FOREIGN_STATION = "foreign_station"  # the tracking code carries another station's prefix
    TRACKING_CODE_TAKEN = "tracking_code_taken"  # another record already has this tracking code
    IMPLAUSIBLE_TIME = "implausible_time"  # created_at before 2015 or more than a week ahead
    TOO_LONG = "too_long"
    CONTROL_CHARACTER = "control_character"


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class WireRecord(_Wire):
    """One record version on the wire (docs/ARCHITECTURE.md, Sync)."""

    id: str = Field(description="client-made UUIDv7 of the record")
    version: int = Field(description="1, then +1 for each amendment")
    kind: str = Field(description="complaint | group_petition | survey_response")
    tracking_code: str = Field(description="the counter's tracking code (digits, at most 16 characters)")
    created_at: str = Field(description="RFC 3339 with offset: when this version was made")
    payload: dict[str, Any] = Field(
        description=(
            "the record's content, by kind; survey_response (additive, counters before it never send one): "
            '{"record_id": id of the rated record, "tracking_code": its code, "rating": 1-5, '
            '"comment": at most 500 characters, "officer": who served, "source": "counter", '
            '"given_at": RFC 3339}; the survey record has a tracking code of its own'
        )
    )
    sha256: str = Field(description="SHA-256 (hex) of the payload's canonical JSON")
    # Optional (added in issue 8; an older counter leaves them out): what the citizen's tracking page needs.
    access_token_sha256: str | None = Field(
        default=None,
        description="SHA-256 (hex) of the record's access token in canonical form; never the token",
    )
    promised_by: str | None = Field(default=None, description="promised response date, YYYY-MM-DD (Bangkok)")

    @model_validator(mode="after")
    def _encodable(self) -> WireRecord:
        # JSON may carry lone surrogates ("\\ud800"); an envelope field the results echo back must be
        # valid UTF-8, or the answer itself could not be encoded. (Payload text is checked by its hash.)
        for text in (
            self.id,
            self.kind,
            self.tracking_code,
            self.created_at,
            self.sha256,
            self.access_token_sha256 or "",
            self.promised_by or "",
        ):
            if not text.isascii():  # the usual case is ASCII: skip the encode (10 k records: 0.4 s)
                text.encode("utf-8")
        return self


class RecordKey(NamedTuple):
    """What names one record version and its content: id, version and payload hash (never the payload)."""

    id: str
    version: int
    sha256: str


class FieldError(_Wire):
    """One reason a record was rejected; ``field`` is a dotted path (``payload.subject``)."""

    field: str
    code: str
    message: str


class RecordResult(_Wire):
    """The answer for one record, in the order of the request."""

    id: str
    version: int
    status: ResultStatus
    central_ref: str | None = None
    sha256: str | None = Field(
        default=None, description="for duplicate and conflict: the sha256 the center holds for this version"
    )
    errors: list[FieldError] = Field(default_factory=list)


class AuditAnchor(_Wire):
    """A counter's audit chain head: the sequence number and hash of its newest audit event."""

    seq: int = Field(ge=0, le=2**62)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class BatchRequest(_Wire):
    """``POST /v1/records/batch``: at most 500 records and 5 MB."""

    records: list[WireRecord]
    anchor: AuditAnchor | None = Field(
        default=None, description="the counter's audit chain head when it sent this batch (optional)"
    )


class BatchResponse(_Wire):
    """One result per record of the request, in order."""

    results: list[RecordResult]
    server_time: datetime
    anchor: AuditAnchor | None = Field(
        default=None, description="the audit chain head the center acknowledged and keeps (when one was sent)"
    )


class Health(_Wire):
    """``GET /v1/health``."""

    status: str = "ok"
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
    station: str | None = Field(default=None, description="the station the bearer token names, if valid")


class SurveyResult(_Wire):
    """A citizen's satisfaction rating of a case, given once on the public tracking page."""

    rating: int = Field(ge=1, le=5)
    comment: str = ""
    submitted_at: datetime


class StatusUpdate(_Wire):
    """One status change of one of this station's cases."""

    cursor: int = Field(description="position in the feed; pass the last one seen as ``after``")
    record_id: str
    central_ref: str
    status: CentralStatus
    agency: str = ""
    note: str = ""
    changed_at: datetime
    survey: SurveyResult | None = Field(
        default=None, description="a citizen's rating from the tracking page (status and agency unchanged)"
    )


class UpdatesPage(_Wire):
    """``GET /v1/updates``: changes after a cursor, oldest first."""

    updates: list[StatusUpdate]
    next: int = Field(description="the cursor to ask from next time (the last update's, or ``after``)")
    more: bool = Field(description="true when another page is waiting")


class HeldRecord(_Wire):
    """One record version the center holds."""

    id: str
    version: int
    sha256: str
    tracking_code: str


class Reconciliation(_Wire):
    """``GET /v1/reconciliation``: what the center holds from this station for one Bangkok day."""

    date: date
    station: str
    count: int
    records: list[HeldRecord]


class StoredRecord(_Wire):
    """One record version the center stored from this station, with its payload and its case's status."""

    cursor: int = Field(description="position in the feed; pass the last one seen as ``after``")
    id: str
    version: int
    kind: str
    tracking_code: str
    created_at: datetime = Field(description="when the counter made this version")
    payload: dict[str, Any]
    sha256: str
    central_ref: str = ""
    status: str = ""
    agency: str = ""
    note: str = ""


class StoredRecordsPage(_Wire):
    """``GET /v1/records``: this station's stored versions made at or after ``since``, in the order the
    center stored them (so a record's versions come oldest first)."""

    records: list[StoredRecord]
    next: int = Field(description="the cursor to ask from next (the last record's, or ``after``)")
    more: bool = Field(description="true when another page is waiting")


class ReferenceKind(StrEnum):
    """Reference data sets the center may publish newer versions of."""

    AGENCIES = "agencies"
    CATEGORIES = "categories"
    HOLIDAYS = "holidays"


class ReferenceDataset(_Wire):
    """A reference data set at one version; ``data`` has the same shape as the bundled file."""

    name: ReferenceKind
    version: int
    published_at: datetime
    data: Any


class ReferenceUpdates(_Wire):
    """``GET /v1/reference``: the newest version of each data set newer than ``since``."""

    datasets: list[ReferenceDataset]
    version: int = Field(description="the newest version the center has; ask ``since`` it next time")


class AttachmentStored(_Wire):
    """``PUT /v1/attachments/{sha256}``."""

    sha256: str
    size: int
    created: bool


class Problem(_Wire):
    """The body of a whole-request failure (400, 401, 404, 413, 422, 429, 503)."""

    detail: str
    errors: list[FieldError] = Field(default_factory=list)


def make_wire_record(
    *,
    record_id: str,
    version: int,
    kind: RecordKind | str,
    tracking_code: str,
    created_at: datetime,
    payload: dict[str, Any],
) -> WireRecord:
    """Builds a record envelope with its sha256 computed from the payload's canonical JSON."""
    if created_at.tzinfo is None:
        raise ValueError("created_at must be aware")
    return WireRecord(
        id=record_id,
        version=version,
        kind=str(kind),
        tracking_code=tracking_code,
        created_at=created_at.isoformat(),
        payload=payload,
        sha256=payload_sha256(payload),
    )


def record_json(record: WireRecord) -> bytes:
    """A record's JSON as it goes in a batch body (UTF-8, compact; pydantic's serializer is fast)."""
    return record.__pydantic_serializer__.to_json(record, exclude_none=True)


# The standard library's C string encoder (``json.dumps(text, ensure_ascii=False)`` for one string): the
# envelope of a record and the usual answer are a handful of strings and integers, and building their JSON
# from it is ~8× cheaper than a ``json.dumps`` of a dict (two per record were a fifth of a counter's drain).
_string: Callable[[str], str] = json.encoder.encode_basestring


def _optional(text: str | None) -> str:
    return "null" if text is None else _string(text)


class RecordEnvelope(Protocol):
    """A record version's fields apart from its payload: a ``WireRecord``, or what a store read."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def tracking_code(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def access_token_sha256(self) -> str | None: ...
    @property
    def promised_by(self) -> str | None: ...


def wire_json(record: RecordEnvelope, payload_text: str) -> bytes:
    """``record_json(record)`` with the payload spliced in as the JSON text it is stored as, instead of
    encoding the parsed payload again (a counter keeps each payload's canonical JSON; re-encoding it was a
    tenth of a drain). ``payload_text`` must be the JSON of ``record.payload``; the center hashes what it
    parses, so the bytes of the text do not matter, only what it says."""
    tail = ""
    if record.access_token_sha256 is not None:
        tail = f',"access_token_sha256":{_string(record.access_token_sha256)}'
    if record.promised_by is not None:
        tail += f',"promised_by":{_string(record.promised_by)}'
    return (
        f'{{"id":{_string(record.id)},"version":{int(record.version)},"kind":{_string(record.kind)},'
        f'"tracking_code":{_string(record.tracking_code)},"created_at":{_string(record.created_at)},'
        f'"payload":{payload_text},"sha256":{_string(record.sha256)}{tail}}}'
    ).encode()


def result_json(result: RecordResult) -> str:
    """``result.model_dump_json()``, made by the standard string encoder for the usual answer without
    errors (~10× cheaper; the counter keeps one per outbox item)."""
    if result.errors:
        return result.model_dump_json()
    return (
        f'{{"id":{_string(result.id)},"version":{int(result.version)},'
        f'"status":{_string(result.status.value)},"central_ref":{_optional(result.central_ref)},'
        f'"sha256":{_optional(result.sha256)},"errors":[]}}'
    )


def wire_size(record: WireRecord) -> int:
    """Bytes this record adds to a batch body (its JSON plus a separator), for packing under 5 MB."""
    return len(record_json(record)) + 1


def payload_attachments(payload: dict[str, Any]) -> list[str]:
    """SHA-256 hashes of the attachments a payload names, in order, without repeats.

    ``attachments`` at the top level of the payload is a list of hashes (a complaint) or of objects with a
    ``sha256`` key (a group petition's documents and photos).
    """
    names = payload.get("attachments")
    if not isinstance(names, list):
        return []
    found: list[str] = []
    for entry in names:
        value = entry.get("sha256") if isinstance(entry, dict) else entry
        if isinstance(value, str) and value and value not in found:
            found.append(value)
    return found
