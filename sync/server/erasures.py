"""``POST /v1/erasures`` at the reference center: erase a station's records (PDPA erasure on request).

The router is included by ``create_app`` with one line; the use case (``erase_records``) works on the
central database through the ``Central`` session. What an erasure keeps and drops: ``sync/erasures.py``.
"""

# No ``from __future__ import annotations``: FastAPI resolves the ``Annotated[..., Depends(...)]`` hints.
import json
import logging
from collections.abc import Callable, Sequence
from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sync.erasures import ERASED_PAYLOAD_JSON, PATH_ERASURES, ErasureRequest, ErasureResponse
from sync.protocol import payload_attachments
from sync.server.central import Central, StationInfo
from sync.server.models import Attachment, Case, CentralRecord, StatusChange
from sync.server.responses import auth_failures

log = logging.getLogger("psc.central")

_RESPONSES = auth_failures("malformed request (body of the wrong shape, more than 500 ids)")


def erase_records(central: Central, station: StationInfo, record_ids: Sequence[str]) -> ErasureResponse:
    """Erases the payloads of the station's records among ``record_ids`` (idempotent, one transaction).

    Every version's payload becomes ``{"erased":true}``; the status notes of its case are cleared;
    attachments named only by erased payloads are deleted. Envelope, hashes and statuses stay."""
    erased: list[str] = []
    unknown: list[str] = []
    foreign: list[str] = []
    erased_blob = ERASED_PAYLOAD_JSON.encode("utf-8")
    with central.session() as s, s.begin():
        for record_id in dict.fromkeys(record_ids):
            rows = s.execute(
                select(
                    CentralRecord.id,
                    CentralRecord.station_id,
                    CentralRecord.version,
                    CentralRecord.payload_sealed,
                ).where(CentralRecord.record_id == record_id)
            ).all()
            if not rows:
                unknown.append(record_id)
                continue
            if any(r.station_id != station.id for r in rows):
                foreign.append(record_id)
                continue
            shas: set[str] = set()
            for row in rows:
                # Payloads are sealed per version (Central.seal_payload): open each, then seal the tombstone.
                payload = central.unseal_payload(record_id, row.version, row.payload_sealed)
                if payload != erased_blob:
                    data = json.loads(payload)
                    shas.update(payload_attachments(data) if isinstance(data, dict) else [])
                s.execute(
                    update(CentralRecord)
                    .where(CentralRecord.id == row.id)
                    .values(payload_sealed=central.seal_payload(record_id, row.version, erased_blob))
                )
            s.execute(update(Case).where(Case.record_id == record_id).values(note=""))
            s.execute(
                update(StatusChange)
                .where(StatusChange.record_id == record_id)
                .values(note="", survey_comment_sealed=None)
            )
            for sha in _named_by_no_other(central, s, station.id, record_id, shas):
                s.execute(
                    delete(Attachment).where(Attachment.station_id == station.id, Attachment.sha256 == sha)
                )
            erased.append(record_id)
    log.info(
        "station %s: %d records erased, %d unknown, %d foreign",
        station.code,
        len(erased),
        len(unknown),
        len(foreign),
    )
    return ErasureResponse(erased=erased, unknown=unknown, foreign=foreign)


def _named_by_no_other(
    central: Central, s: Session, station_id: int, record_id: str, shas: set[str]
) -> set[str]:
    """The files among ``shas`` that no other record of the station names (attachments belong to one
    station; payloads are sealed, so each is opened to look)."""
    others = select(CentralRecord.record_id, CentralRecord.version, CentralRecord.payload_sealed).where(
        CentralRecord.station_id == station_id, CentralRecord.record_id != record_id
    )
    for other in s.execute(others).all() if shas else ():
        text = central.unseal_payload(other.record_id, other.version, other.payload_sealed)
        shas = {sha for sha in shas if sha.encode("ascii") not in text}
        if not shas:
            break
    return shas


def router(central: Central, station: Callable[..., StationInfo]) -> APIRouter:
    """The erasure route; ``station`` is the app's bearer-token dependency."""
    api = APIRouter()

    @api.post(PATH_ERASURES, response_model=ErasureResponse, responses=_RESPONSES)
    def post_erasures(body: ErasureRequest, who: Annotated[StationInfo, Depends(station)]) -> ErasureResponse:
        """Erases this station's copies of the records named (PDPA erasure on request)."""
        return erase_records(central, who, body.record_ids)

    return api
