"""``POST /v1/erasures`` at the reference center: erase a station's records (PDPA erasure on request).

The router is included by ``create_app`` with one line; the use case (``erase_records``) works on the
central database through the ``Central`` session. What an erasure keeps and drops: ``sync/erasures.py``.
"""

# No ``from __future__ import annotations``: FastAPI resolves the ``Annotated[..., Depends(...)]`` hints.
import json
import logging
from collections.abc import Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import delete, select, update

from sync.erasures import ERASED_PAYLOAD_JSON, PATH_ERASURES, ErasureRequest, ErasureResponse
from sync.protocol import Problem, payload_attachments
from sync.server.central import Central, StationInfo
from sync.server.models import Attachment, Case, CentralRecord, StatusChange

log = logging.getLogger("psc.central")

_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "malformed request (body of the wrong shape, more than 500 ids)"},
    401: {"model": Problem, "description": "missing or unknown station token"},
}


def erase_records(central: Central, station: StationInfo, record_ids: Sequence[str]) -> ErasureResponse:
    """Erases the payloads of the station's records among ``record_ids`` (idempotent, one transaction).

    Every version's payload becomes ``{"erased":true}``; the status notes of its case are cleared;
    attachments named only by erased payloads are deleted. Envelope, hashes and statuses stay."""
    erased: list[str] = []
    unknown: list[str] = []
    foreign: list[str] = []
    with central.session() as s, s.begin():
        for record_id in dict.fromkeys(record_ids):
            rows = s.execute(
                select(CentralRecord.id, CentralRecord.station_id, CentralRecord.payload_json).where(
                    CentralRecord.record_id == record_id
                )
            ).all()
            if not rows:
                unknown.append(record_id)
                continue
            if any(r.station_id != station.id for r in rows):
                foreign.append(record_id)
                continue
            shas: set[str] = set()
            for row in rows:
                if row.payload_json != ERASED_PAYLOAD_JSON:
                    data = json.loads(row.payload_json)
                    shas.update(payload_attachments(data) if isinstance(data, dict) else [])
            s.execute(
                update(CentralRecord)
                .where(CentralRecord.record_id == record_id)
                .values(payload_json=ERASED_PAYLOAD_JSON)
            )
            s.execute(update(Case).where(Case.record_id == record_id).values(note=""))
            s.execute(update(StatusChange).where(StatusChange.record_id == record_id).values(note=""))
            for sha in shas:
                # Content-addressed: another record (of any station) may name the same file.
                still_named = s.scalar(
                    select(CentralRecord.id).where(CentralRecord.payload_json.contains(sha)).limit(1)
                )
                if still_named is None:
                    s.execute(delete(Attachment).where(Attachment.sha256 == sha))
            erased.append(record_id)
    log.info(
        "station %s: %d records erased, %d unknown, %d foreign",
        station.code,
        len(erased),
        len(unknown),
        len(foreign),
    )
    return ErasureResponse(erased=erased, unknown=unknown, foreign=foreign)


def router(central: Central, station: Callable[..., StationInfo]) -> APIRouter:
    """The erasure route; ``station`` is the app's bearer-token dependency."""
    api = APIRouter()

    @api.post(PATH_ERASURES, response_model=ErasureResponse, responses=_RESPONSES)
    def post_erasures(body: ErasureRequest, who: Annotated[StationInfo, Depends(station)]) -> ErasureResponse:
        """Erases this station's copies of the records named (PDPA erasure on request)."""
        return erase_records(central, who, body.record_ids)

    return api
