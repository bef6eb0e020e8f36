"""The counter's HTTP client for protocol v1 (httpx): one method per call, errors sorted by what to do next.

* ``TransientError`` — network down, timeout, connection reset, 5xx, 429/503: nothing in the request is
  assumed stored; try again later (``retry_after`` when the server said how long to wait).
* ``AuthError`` — 401: the station token is wrong or revoked; retrying will not help until it is fixed.
* ``TooLargeError`` — 413: split the batch.
* ``ProtocolError`` — the server answered something protocol v1 does not allow (400 to our own request, a
  body that is not the schema, results that do not match the records): a bug on one side; back off.

TLS is verified by default; ``ca_bundle`` names a PEM file of the CA that signed the center's certificate
(a ministry's private CA), otherwise the system's trusted roots apply.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Sequence
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.clock import Clock, system_clock
from sync.erasures import PATH_ERASURES, ErasureRequest, ErasureResponse
from sync.protocol import (
    PATH_ANCHOR,
    PATH_ATTACHMENT,
    PATH_BATCH,
    PATH_HEALTH,
    PATH_RECONCILIATION,
    PATH_RECORD_ATTACHMENT,
    PATH_RECORDS,
    PATH_REFERENCE,
    PATH_UPDATES,
    AuditAnchor,
    BatchResponse,
    Health,
    Reconciliation,
    RecordKey,
    RecordResult,
    ReferenceUpdates,
    StoredRecordsPage,
    UpdatesPage,
    WireRecord,
    record_json,
)

log = logging.getLogger("psc.sync")

M = TypeVar("M", bound=BaseModel)

# A batch of 500 records is ~1–2 MB: on a slow counter uplink that takes seconds, and the center stores it
# in one transaction. Past this the request is treated as lost and sent again (replays are harmless).
DEFAULT_TIMEOUT_S = 60.0
# Connecting takes a round trip or two; a center that does not answer in this time is down for us.
CONNECT_TIMEOUT_S = 10.0
# A Retry-After longer than this is treated as this: a misconfigured proxy must not park the queue for days.
MAX_RETRY_AFTER_S = 3600.0


class SyncError(Exception):
    """Base of the client's errors; ``code`` is stable and has no personal data."""

    code = "sync_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class TransientError(SyncError):
    """Try again later; nothing in the request is assumed stored."""

    code = "transient"

    def __init__(self, detail: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.retry_after = retry_after


class AuthError(SyncError):
    """The center does not know this station's token (401)."""

    code = "unauthorized"


class TooLargeError(SyncError):
    """The request was above the center's size limit (413)."""

    code = "too_large"


class ProtocolError(SyncError):
    """An answer protocol v1 does not allow."""

    code = "protocol"


def tls_verify(
    ca_bundle: str | None, client_cert: tuple[str, str | None] | None = None
) -> ssl.SSLContext | bool:
    """What httpx should verify the center's certificate against: a CA bundle file, or the system's roots;
    with ``client_cert`` (certificate PEM, key PEM) the counter also proves itself (mutual TLS)."""
    if not ca_bundle and client_cert is None:
        return True
    context = ssl.create_default_context(cafile=ca_bundle or None)
    if client_cert is not None:
        context.load_cert_chain(client_cert[0], client_cert[1])
    return context


def encode_batch(records: Sequence[WireRecord]) -> bytes:
    """The body of a batch request: compact UTF-8 JSON (its length is what the 5 MB limit counts)."""
    return b'{"records":[' + b",".join(record_json(r) for r in records) + b"]}"


class CentralClient:
    """Talks protocol v1 to one central service as one station."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        ca_bundle: str | None = None,
        client_cert: tuple[str, str | None] | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        clock: Clock = system_clock,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.clock = clock
        # The audit anchor the center acknowledged with the last batch (None when it kept none).
        self.last_anchor: AuditAnchor | None = None
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "psc-counter"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT_S)),
            verify=tls_verify(ca_bundle, client_cert),
            # Redirects would resend a batch to somewhere we did not configure: treat them as errors.
            follow_redirects=False,
        )

    def close(self) -> None:
        """Closes the connection pool."""
        self._http.close()

    # ------------------------------------------------------------------ calls
    def health(self) -> Health:
        """``GET /v1/health``; ``station`` is set when our token is valid."""
        return self._parse(self._send("GET", PATH_HEALTH), Health)

    def post_batch(
        self, records: Sequence[WireRecord | RecordKey], body: bytes | None = None
    ) -> list[RecordResult]:
        """``POST /v1/records/batch``; the results, checked to answer exactly these records in order.

        ``body`` is the request already encoded (``encode_batch(records)``), when the caller has it; then
        ``records`` may be only their keys (``RecordKey``), all the check needs."""
        if body is None:
            full = [r for r in records if isinstance(r, WireRecord)]
            if len(full) != len(records):  # keys alone cannot be encoded
                raise ValueError("post_batch needs the records, or their keys and the encoded body")
            body = encode_batch(full)
        response = self._send(
            "POST",
            PATH_BATCH,
            content=body,
            headers={"Content-Type": "application/json"},
        )
        parsed = self._parse(response, BatchResponse)
        self.last_anchor = parsed.anchor
        results = parsed.results
        if len(results) != len(records) or any(
            res.id != rec.id or res.version != rec.version for res, rec in zip(results, records, strict=True)
        ):
            raise ProtocolError("batch results do not match the records sent")
        return results

    def has_attachment(self, sha256: str) -> bool:
        """``HEAD /v1/attachments/{sha256}``: whether the center holds *this station's* copy (403: only
        another station holds the file, so this station uploads its own)."""
        response = self._send("HEAD", PATH_ATTACHMENT.format(sha256=sha256), ok=(200, 403, 404))
        return response.status_code == 200

    def audit_anchor(self) -> AuditAnchor | None:
        """``GET /v1/audit/anchor``: the newest audit chain head of this station the center keeps."""
        response = self._send("GET", PATH_ANCHOR, ok=(200, 404))
        return None if response.status_code == 404 else self._parse(response, AuditAnchor)

    def put_attachment(self, sha256: str, data: bytes) -> None:
        """``PUT /v1/attachments/{sha256}`` (idempotent)."""
        self._send(
            "PUT",
            PATH_ATTACHMENT.format(sha256=sha256),
            content=data,
            headers={"Content-Type": "application/octet-stream"},
            ok=(200, 201),
        )

    def updates(self, after: int, limit: int = 500) -> UpdatesPage:
        """``GET /v1/updates``: status changes after a cursor."""
        return self._parse(
            self._send("GET", PATH_UPDATES, params={"after": after, "limit": limit}), UpdatesPage
        )

    def reconciliation(self, day: date) -> Reconciliation:
        """``GET /v1/reconciliation``: what the center holds from us for one Bangkok day."""
        response = self._send("GET", PATH_RECONCILIATION, params={"date": day.isoformat()})
        return self._parse(response, Reconciliation)

    def reference(self, since: int) -> ReferenceUpdates:
        """``GET /v1/reference``: reference data sets newer than ``since``."""
        return self._parse(self._send("GET", PATH_REFERENCE, params={"since": since}), ReferenceUpdates)

    def stored_records(self, since: datetime | None, after: int, limit: int = 200) -> StoredRecordsPage:
        """``GET /v1/records``: this station's stored versions made at or after ``since``, with payloads."""
        params: dict[str, str | int] = {"after": after, "limit": limit}
        if since is not None:
            params["since"] = since.isoformat()
        return self._parse(self._send("GET", PATH_RECORDS, params=params), StoredRecordsPage)

    def record_attachment(self, record_id: str, sha256: str) -> bytes | None:
        """``GET /v1/records/{id}/attachments/{sha256}``: a file one of our records names (``None``: 404)."""
        path = PATH_RECORD_ATTACHMENT.format(record_id=record_id, sha256=sha256)
        response = self._send("GET", path, ok=(200, 404))
        return response.content if response.status_code == 200 else None

    def post_erasures(self, record_ids: Sequence[str]) -> ErasureResponse:
        """``POST /v1/erasures``: the center erases its copies of these records (``sync/erasures.py``)."""
        body = ErasureRequest(record_ids=list(record_ids)).model_dump_json().encode("utf-8")
        response = self._send(
            "POST", PATH_ERASURES, content=body, headers={"Content-Type": "application/json"}
        )
        return self._parse(response, ErasureResponse)

    # ------------------------------------------------------------------ plumbing
    def _send(
        self,
        method: str,
        path: str,
        *,
        ok: tuple[int, ...] = (200,),
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, str | int] | None = None,
    ) -> httpx.Response:
        try:
            response = self._http.request(method, path, content=content, headers=headers, params=params)
        except httpx.TimeoutException as exc:
            raise TransientError(f"timeout: {type(exc).__name__}") from exc
        except httpx.TransportError as exc:  # refused, reset, TLS failure, protocol error mid-body
            raise TransientError(f"network: {type(exc).__name__}") from exc
        status = response.status_code
        if status in ok:
            return response
        if status == 401:
            raise AuthError("the center does not accept this station's token")
        if status == 413:
            raise TooLargeError("request above the center's size limit")
        if status in (429, 503) or status >= 500:
            raise TransientError(
                f"http {status}",
                status=status,
                retry_after=self._retry_after(response.headers.get("Retry-After")),
            )
        raise ProtocolError(f"unexpected http {status} for {method} {path.split('/')[2]}")

    def _retry_after(self, value: str | None) -> float | None:
        """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), capped."""
        if not value:
            return None
        value = value.strip()
        seconds: float
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            if when.tzinfo is None:
                return None
            seconds = (when - self.clock()).total_seconds()
        return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)

    @staticmethod
    def _parse(response: httpx.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise ProtocolError(f"answer is not a valid {model.__name__}") from exc
