"""Protocol v1, additive: erasure of records at the center (PDPA erasure on request).

``POST /v1/erasures`` with ``{"record_ids": [...]}`` (at most ``MAX_ERASURES``): the center erases its
copies of these records of the calling station — every version's payload becomes ``{"erased":true}``,
attachments no other record names are deleted — and keeps the envelope (id, version, tracking code,
times, hashes) and the case's status. Idempotent: erasing again answers the same. Ids the center never
received are ``unknown`` (nothing to erase there: done as far as the counter is concerned); ids of
another station's records are ``foreign`` and left alone.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

PATH_ERASURES = "/v1/erasures"
MAX_ERASURES = 500
ERASED_PAYLOAD_JSON = '{"erased":true}'


# A client-made id: ASCII letters, digits and dashes (a UUIDv7), so every answer that echoes it encodes.
RecordId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z-]+$")]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ErasureRequest(_Wire):
    """Records whose personal data the center must erase."""

    record_ids: list[RecordId] = Field(
        max_length=MAX_ERASURES, description="record ids (UUIDv7) of this station"
    )


class ErasureResponse(_Wire):
    """What the center did with each id of the request."""

    erased: list[str] = Field(default_factory=list, description="erased now or already erased before")
    unknown: list[str] = Field(default_factory=list, description="never received from this station")
    foreign: list[str] = Field(default_factory=list, description="another station's records: not erased")
