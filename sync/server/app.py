"""The reference central service over HTTP (FastAPI): every endpoint of protocol v1 (docs/ARCHITECTURE.md,
Sync).

``create_app(central, hooks)`` builds the ASGI app. ``hooks`` lets tests inject faults at the points that
matter for an outbox (before the batch is read, inside the transaction before commit, after commit) without
a mock anywhere: the real database and the real HTTP server do everything else.

Whole-request failures have a ``Problem`` body: 400 for a body or query that is not the right shape
(FastAPI's own 422 for validation is turned into 400, which docs/ARCHITECTURE.md, Sync lists), 401 without
a valid token,
413 above the size limits, 422 for an attachment whose bytes do not match its hash, 429/503 with
``Retry-After``.
"""

# No ``from __future__ import annotations`` here: FastAPI resolves the ``Annotated[..., Depends(...)]``
# parameters of the routes below at definition time, and they name closures of ``create_app``.
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from sync.protocol import (
    MAX_ATTACHMENT_BYTES,
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    MAX_UPDATES_LIMIT,
    PATH_ANCHOR,
    PATH_ATTACHMENT,
    PATH_BATCH,
    PATH_HEALTH,
    PATH_RECONCILIATION,
    PATH_REFERENCE,
    PATH_UPDATES,
    PROTOCOL_VERSION,
    AttachmentStored,
    AuditAnchor,
    BatchRequest,
    BatchResponse,
    FieldError,
    Health,
    Problem,
    Reconciliation,
    ReferenceUpdates,
    UpdatesPage,
)
from sync.server import erasures
from sync.server.central import AttachmentAccess, Central, CentralError, Outcome, StationInfo
from sync.server.limits import AddressLimiter
from sync.server.records_feed import records_router
from sync.server.responses import auth_failures, problem_doc

log = logging.getLogger("psc.central")

# Database integers are 32-bit on PostgreSQL; a cursor or version beyond that is a malformed query.
_MAX_INT = 2**31 - 1

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class InjectedFault(Exception):
    """Raised by a test hook inside the batch transaction: the batch is rolled back and 500 answered."""


class ServerHooks:
    """Fault-injection points of the batch endpoint; the defaults do nothing (production)."""

    def before_batch(self) -> Response | None:
        """Called before the batch is stored; a response returned here is sent instead (429, 503, 500)."""
        return None

    def before_commit(self) -> None:
        """Called inside the transaction with every row written; raise ``InjectedFault`` to roll back."""

    def after_commit(self) -> Response | None:
        """Called after the commit; a response returned here replaces the real answer (lost ack)."""
        return None


def problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """A whole-request failure with a ``Problem`` body."""
    return JSONResponse(Problem(detail=detail).model_dump(mode="json"), status_code=status, headers=headers)


_AUTH_FAILURES = auth_failures("malformed request (body or query of the wrong shape)")

# Failed station authentications one address may make before it is told to wait (429 + Retry-After):
# a counter with a mistyped token fails a handful of times; a token guesser makes thousands.
AUTH_FAILURE_LIMIT = 10
AUTH_FAILURE_WINDOW_S = 300.0


def client_address(request: Request) -> str:
    """The client's address (behind a reverse proxy: what uvicorn's ``--forwarded-allow-ips`` trusts)."""
    return request.client.host if request.client is not None else "unknown"


_BUSY: dict[int | str, dict[str, Any]] = {
    429: problem_doc("too many requests", retry_after=True),
    503: problem_doc("service unavailable", retry_after=True),
}


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Answers 413 to a request body above the limit for its path, before the app parses it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    @staticmethod
    def _limit(scope: Scope) -> int | None:
        path = str(scope.get("path", ""))
        if scope.get("method") == "POST" and path == PATH_BATCH:
            return MAX_BATCH_BYTES
        if scope.get("method") == "PUT" and path.startswith("/v1/attachments/"):
            return MAX_ATTACHMENT_BYTES
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self._limit(scope) if scope["type"] == "http" else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await problem(413, "request body too large")(scope, receive, send)
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await problem(413, "request body too large")(scope, receive, send)


def batch_response(
    body: BatchRequest, outcomes: Sequence[Outcome], server_time: datetime, anchor: AuditAnchor | None
) -> Response:
    """A ``BatchResponse`` encoded by hand: the same JSON as the model's, without a model per result and
    FastAPI's validate-then-serialize of the answer (together a fifth of a 500-record batch's time)."""
    results = [
        {
            "id": rec.id,
            "version": rec.version,
            "status": status.value,
            "central_ref": ref,
            "sha256": sha,
            "errors": [{"field": e.field, "code": e.code, "message": e.message} for e in errors],
        }
        for rec, (status, ref, sha, errors) in zip(body.records, outcomes, strict=True)
    ]
    answer = {
        "results": results,
        "server_time": server_time.isoformat(),
        "anchor": None if anchor is None else {"seq": anchor.seq, "hash": anchor.hash},
    }
    return Response(
        json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        media_type="application/json",
    )


async def batch_body(request: Request) -> BatchRequest:
    """The batch request, parsed straight from its bytes by pydantic (half the time of FastAPI's
    ``json.loads`` and then validating the objects, for a 500-record batch)."""
    try:
        raw = await request.body()
    except ClientDisconnect as exc:
        # The counter went away mid-body (a cut cable, its own timeout): nobody reads an answer, and it
        # sends the batch again. FastAPI's own body parsing answers 400 here too, without an error log.
        raise StarletteHTTPException(status_code=400, detail="client disconnected") from exc
    try:
        return BatchRequest.model_validate_json(raw)
    except ValidationError:
        pass
    # Refused: parse it as FastAPI would, which accepts what pydantic's JSON parser does not (a lone
    # surrogate escaped in a text, which then rejects its record only), and words the errors alike.
    try:
        data = json.loads(raw)
    except ValueError as exc:  # (UnicodeDecodeError is a ValueError)
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("body", 0), "msg": "JSON decode error", "input": {}}]
        ) from exc
    try:
        return BatchRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from exc


def create_app(
    central: Central,
    hooks: ServerHooks | None = None,
    *,
    docs: bool = False,
    auth_limiter: AddressLimiter | None = None,
    tracking: bool = True,
) -> FastAPI:
    """The ASGI app of the reference central service over ``central``.

    ``docs`` turns on the interactive API pages (``/docs``, ``/redoc``): off by default, a public server
    need not advertise them; the OpenAPI document stays at ``/openapi.json`` for clients and tests.
    ``tracking`` adds the citizen's public tracking page (``/track/{code}``)."""
    hooks = hooks or ServerHooks()
    auth_limiter = auth_limiter or AddressLimiter(AUTH_FAILURE_LIMIT, AUTH_FAILURE_WINDOW_S)
    app = FastAPI(
        title="PSC central intake (reference service)",
        version=f"{PROTOCOL_VERSION}.0",
        description="Protocol v1 of the counter ↔ center sync (docs/ARCHITECTURE.md, Sync).",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
    )
    bearer = HTTPBearer(auto_error=False, description="the station token from `central add-station`")

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            FieldError(
                field=".".join(str(p) for p in err.get("loc", ())),
                code=str(err.get("type", "invalid")),
                message=str(err.get("msg", "")),
            )
            for err in exc.errors()
        ]
        body = Problem(detail="malformed request", errors=errors[:50])
        # A malformed body may hold text that is not valid UTF-8 (lone surrogates): never echo it back.
        return JSONResponse(json.loads(body.model_dump_json(fallback=str)), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    def check_token(request: Request, creds: HTTPAuthorizationCredentials | None) -> StationInfo | None:
        addr = client_address(request)
        wait = auth_limiter.retry_after(addr)
        if wait is not None:
            raise StarletteHTTPException(
                429, "too many failed authentications", headers={"Retry-After": str(wait)}
            )
        info = central.authenticate(creds.credentials) if creds is not None else None
        if info is None and creds is not None:
            auth_limiter.hit(addr)
            log.warning("failed station authentication")
        return info

    def station(
        request: Request,
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> StationInfo:
        info = check_token(request, creds)
        if info is None:
            if creds is None:
                auth_limiter.hit(client_address(request))
            raise StarletteHTTPException(401, "unknown station token", headers={"WWW-Authenticate": "Bearer"})
        return info

    Authed = Annotated[StationInfo, Depends(station)]

    def openapi() -> dict[str, Any]:
        # ``BatchRequest`` is parsed by a dependency, so FastAPI does not list it: add it as it would.
        schema = FastAPI.openapi(app)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        if "BatchRequest" not in components:
            request = BatchRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, definition in request.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components["BatchRequest"] = request
        return schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get(
        PATH_HEALTH, response_model=Health, responses={400: _AUTH_FAILURES[400], 429: _AUTH_FAILURES[429]}
    )
    def health(
        request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> Health:
        """Liveness and protocol version; ``station`` names the station when the token is valid."""
        info = check_token(request, creds)
        return Health(server_time=central.clock(), station=info.code if info else None)

    @app.post(
        PATH_BATCH,
        response_model=BatchResponse,
        responses={
            **_AUTH_FAILURES,
            413: problem_doc("more than 500 records or 5 MB"),
            **_BUSY,
            500: problem_doc("the batch was not stored (or its answer was lost): send it again"),
        },
        # The body is parsed by ``batch_body`` (documented here as FastAPI would document the model).
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}},
            }
        },
    )
    def post_batch(
        who: Authed, body: Annotated[BatchRequest, Depends(batch_body)]
    ) -> Response | BatchResponse:
        """Stores up to 500 records; answers one result per record, in order."""
        if len(body.records) > MAX_BATCH_RECORDS:
            return problem(413, f"at most {MAX_BATCH_RECORDS} records per batch")
        early = hooks.before_batch()
        if early is not None:
            return early
        try:
            # The anchor is kept in the batch's transaction: an acknowledged anchor always has its batch.
            outcomes = central.ingest_outcomes(who, body.records, hooks.before_commit, body.anchor)
        except InjectedFault:
            return problem(500, "injected fault before commit")
        late = hooks.after_commit()
        if late is not None:
            return late
        return batch_response(body, outcomes, central.clock(), body.anchor)

    @app.get(
        PATH_ANCHOR,
        responses={**_AUTH_FAILURES, 404: problem_doc("the center keeps no anchor of this station")},
        response_model=AuditAnchor,
    )
    def audit_anchor(who: Authed) -> Response | AuditAnchor:
        """The newest audit chain head of this station the center acknowledged (``verify-audit``)."""
        anchor = central.last_anchor(who)
        return anchor if anchor is not None else problem(404, "no anchor kept for this station")

    Digest = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file (hex)")]

    foreign = "the file belongs to another station"

    @app.head(
        PATH_ATTACHMENT,
        responses={
            200: {"description": "the center holds this station's file"},
            403: {"description": "only another station holds this file (upload your own copy)"},
            404: {"description": "the center does not hold this file"},
            **_AUTH_FAILURES,
        },
    )
    def head_attachment(sha256: Digest, who: Authed) -> Response:
        """Whether the center already holds this station's file (so the counter can skip the upload)."""
        access = central.attachment_owner(who, sha256)
        status = {AttachmentAccess.OWN: 200, AttachmentAccess.FOREIGN: 403}.get(access, 404)
        return Response(status_code=status, headers={"X-Reason": foreign} if status == 403 else None)

    @app.get(
        PATH_ATTACHMENT,
        responses={
            200: {
                "description": "the file's bytes",
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            },
            403: problem_doc(foreign),
            404: problem_doc("the center does not hold this file"),
            **_AUTH_FAILURES,
        },
        response_class=Response,
    )
    def get_attachment(sha256: Digest, who: Authed) -> Response:
        """One of this station's files (another station's file is refused with 403)."""
        data = central.get_attachment(who, sha256)
        if data is not None:
            return Response(data, media_type="application/octet-stream")
        if central.attachment_owner(who, sha256) is AttachmentAccess.FOREIGN:
            return problem(403, foreign)
        return problem(404, "the center does not hold this file")

    @app.put(
        PATH_ATTACHMENT,
        response_model=AttachmentStored,
        responses={
            201: {"model": AttachmentStored, "description": "stored now"},
            **_AUTH_FAILURES,
            413: problem_doc("file larger than the limit, or the station's quota would be exceeded"),
            422: problem_doc("the body's SHA-256 differs from the path"),
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def put_attachment(sha256: Digest, request: Request, who: Authed) -> Response:
        """Content-addressed upload, idempotent: 201 when stored now, 200 when already held."""
        data = await request.body()
        if hashlib.sha256(data).hexdigest() != sha256:
            return problem(422, "the body's SHA-256 differs from the path")
        try:
            created = await run_in_threadpool(central.put_attachment, who, sha256, data)
        except CentralError as exc:
            if exc.code == "quota_exceeded":
                return problem(413, "attachment quota of this station exceeded")
            raise
        stored = AttachmentStored(sha256=sha256, size=len(data), created=created)
        return JSONResponse(stored.model_dump(mode="json"), status_code=201 if created else 200)

    @app.get(PATH_UPDATES, response_model=UpdatesPage, responses=_AUTH_FAILURES)
    def updates(
        who: Authed,
        after: Annotated[int, Query(ge=0, le=_MAX_INT, description="the last cursor seen")] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_UPDATES_LIMIT)] = 500,
    ) -> UpdatesPage:
        """Status changes of this station's cases after a cursor, oldest first."""
        return central.updates(who, after, limit)

    @app.get(PATH_RECONCILIATION, response_model=Reconciliation, responses=_AUTH_FAILURES)
    def reconciliation(
        who: Authed,
        day: Annotated[date, Query(alias="date", description="a Bangkok calendar day, YYYY-MM-DD")],
    ) -> Reconciliation:
        """What the center holds from this station for one Bangkok day."""
        return central.reconciliation(who, day)

    @app.get(PATH_REFERENCE, response_model=ReferenceUpdates, responses=_AUTH_FAILURES)
    def reference(
        who: Authed,
        since: Annotated[int, Query(ge=0, le=_MAX_INT, description="the newest version the counter has")] = 0,
    ) -> ReferenceUpdates:
        """Reference data sets (agencies, categories, holidays) newer than ``since``."""
        return central.reference(since)

    if tracking:
        from sync.server.tracking_page import tracking_router

        app.include_router(tracking_router(central))
    app.include_router(records_router(central))  # GET /v1/records: rebuild a restored counter
    app.include_router(erasures.router(central, station))  # POST /v1/erasures (sync/erasures.py)
    app.add_middleware(BodyLimit)
    return app
