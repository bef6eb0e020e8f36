"""``GET /v1/records``: what the center stored from the calling station, with payloads, paged (additive to
protocol v1).

A counter whose database was damaged and restored from an older backup asks for its records made since
that backup, and writes back the ones it no longer has — same id, version, tracking code and sha256, as
acknowledged — so nothing the center acknowledged is lost. Only the calling station's records are ever
answered. Payloads are read through ``Central.stored_payload``, the one reader of stored payloads (which
unseals them where the center encrypts at rest).

Included by ``sync.server.app.create_app`` with one line: ``app.include_router(records_router(central))``.
"""

# No ``from __future__ import annotations``: FastAPI resolves the ``Annotated`` dependencies at definition.
import json
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import (
    DEFAULT_RECORDS_LIMIT,
    MAX_RECORDS_LIMIT,
    PATH_RECORD_ATTACHMENT,
    PATH_RECORDS,
    Problem,
    StoredRecord,
    StoredRecordsPage,
    payload_attachments,
)
from sync.server.central import Central, StationInfo
from sync.server.models import Case, CentralRecord
from sync.server.responses import auth_failures

# Database integers are 32-bit on PostgreSQL; a cursor beyond that is a malformed query.
_MAX_INT = 2**31 - 1

_RESPONSES = auth_failures("malformed request (query of the wrong shape)")


def stored_records_page(
    central: Central, station: StationInfo, since: datetime | None, after: int, limit: int
) -> StoredRecordsPage:
    """One page of the station's stored versions with ``created_at >= since``, after the cursor ``after``
    (the center's row id), in storage order."""
    query = (
        select(
            CentralRecord.id,
            CentralRecord.record_id,
            CentralRecord.version,
            CentralRecord.kind,
            CentralRecord.tracking_code,
            CentralRecord.created_at,
            CentralRecord.sha256,
            Case.central_ref,
            Case.status,
            Case.agency,
            Case.note,
        )
        .join(Case, Case.record_id == CentralRecord.record_id)
        .where(CentralRecord.station_id == station.id, CentralRecord.id > after)
        .order_by(CentralRecord.id)
        .limit(limit + 1)
    )
    if since is not None:
        query = query.where(CentralRecord.created_at >= since)
    with central.session() as s:
        rows = s.execute(query).all()
    more = len(rows) > limit
    records: list[StoredRecord] = []
    for row in rows[:limit]:
        payload = central.stored_payload(row.record_id, row.version)
        if payload is None:  # pragma: no cover - a row we just read cannot lose its payload
            continue
        records.append(
            StoredRecord(
                cursor=row.id,
                id=row.record_id,
                version=row.version,
                kind=row.kind,
                tracking_code=row.tracking_code,
                created_at=row.created_at,
                payload=json.loads(payload),
                sha256=row.sha256,
                central_ref=row.central_ref or "",
                status=row.status,
                agency=row.agency,
                note=row.note,
            )
        )
    return StoredRecordsPage(records=records, next=records[-1].cursor if records else after, more=more)


def station_attachment(central: Central, station: StationInfo, record_id: str, sha256: str) -> bytes | None:
    """An attachment, only when a version of one of the station's own records names it (attachments are
    shared by hash at the center, so the hash alone must not open another station's file)."""
    with central.session() as s:
        owner = s.scalar(select(Case.station_id).where(Case.record_id == record_id))
        versions = list(s.scalars(select(CentralRecord.version).where(CentralRecord.record_id == record_id)))
    if owner != station.id:
        return None
    for version in versions:
        payload = central.stored_payload(record_id, version)
        if payload is not None and sha256 in payload_attachments(json.loads(payload)):
            return central.get_attachment(station, sha256)  # the station's own copy, unsealed
    return None


def records_router(central: Central) -> APIRouter:
    """The router of ``GET /v1/records`` over ``central``."""
    router = APIRouter()
    bearer = HTTPBearer(auto_error=False, description="the station token from `central add-station`")

    def station(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> StationInfo:
        info = central.authenticate(creds.credentials) if creds is not None else None
        if info is None:
            raise StarletteHTTPException(401, "unknown station token", headers={"WWW-Authenticate": "Bearer"})
        return info

    @router.get(PATH_RECORDS, response_model=StoredRecordsPage, responses=_RESPONSES)
    def stored_records(
        who: Annotated[StationInfo, Depends(station)],
        since: Annotated[
            datetime | None, Query(description="RFC 3339: versions the counter made at or after this")
        ] = None,
        after: Annotated[int, Query(ge=0, le=_MAX_INT, description="the last cursor seen")] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_RECORDS_LIMIT)] = DEFAULT_RECORDS_LIMIT,
    ) -> StoredRecordsPage:
        """This station's stored record versions with payloads, oldest stored first (to rebuild a counter)."""
        if since is not None and since.tzinfo is None:
            raise StarletteHTTPException(400, "since must carry a UTC offset")
        return stored_records_page(central, who, since, after, limit)

    @router.get(
        PATH_RECORD_ATTACHMENT,
        response_class=Response,
        responses={
            200: {
                "description": "the file",
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            },
            404: {"model": Problem, "description": "no such file named by one of this station's records"},
            **_RESPONSES,
        },
    )
    def record_attachment(
        who: Annotated[StationInfo, Depends(station)],
        record_id: Annotated[str, Path(max_length=64, description="the record that names the file")],
        sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file (hex)")],
    ) -> Response:
        """A file one of this station's records names (to rebuild a counter restored from a backup)."""
        data = station_attachment(central, who, record_id, sha256)
        if data is None:
            raise StarletteHTTPException(404, "no such attachment for this station")
        return Response(data, media_type="application/octet-stream")

    return router
