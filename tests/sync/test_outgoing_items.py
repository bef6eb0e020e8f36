"""An outbox item whose record the store parses only on demand sends the same bytes and names the same
attachments as one made from the parsed record (issue 15: the payload's parse was a third of reading a
batch)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from app.domain.canonical import canonical_json
from app.services.sync_service import _Envelope, _no_attachments, _wire_record
from sync.protocol import RecordKey, WireRecord, make_wire_record, payload_attachments, record_json, wire_json
from sync.pump import OutgoingItem

SHA_A = "a" * 64
SHA_B = "b" * 64

PAYLOADS: list[dict[str, Any]] = [
    {"subject": "ถนนชำรุด", "description": "หลุมบ่อ"},  # no attachments key
    {"subject": "ถนนชำรุด", "attachments": []},
    {"subject": "ถนนชำรุด", "attachments": [SHA_A, SHA_B, SHA_A]},
    # A group petition: documents as objects, and an empty list nested elsewhere.
    {
        "group_name": "กลุ่ม",
        "attachments": [{"sha256": SHA_B, "name": "หนังสือ"}],
        "demands": [{"attachments": []}],
    },
    {"group_name": "กลุ่ม", "demands": [{"attachments": [SHA_A]}]},  # nested only: none at the top
    # The key's spelling inside a text is not a key.
    {"subject": 'ข้อความ "attachments":["x"]', "note": "\\"},
]


def _item(payload: dict[str, Any]) -> tuple[OutgoingItem, WireRecord]:
    record = make_wire_record(
        record_id="01a23d39-011f-7b2d-98e0-377c43eb3332",
        version=2,
        kind="complaint",
        tracking_code="007691129000017",
        created_at=datetime(2026, 11, 29, 1, 30, tzinfo=UTC),
        payload=payload,
    )
    record = record.model_copy(update={"access_token_sha256": SHA_A, "promised_by": "2026-12-01"})
    text = canonical_json(payload).decode()
    envelope = _Envelope(
        record.id,
        record.version,
        record.kind,
        record.tracking_code,
        record.created_at,
        record.sha256,
        record.access_token_sha256,
        record.promised_by,
    )
    item = OutgoingItem(
        7,
        None,
        1,
        wire_json(envelope, text),
        key=RecordKey(record.id, record.version, record.sha256),
        make_record=lambda: _wire_record(envelope, text),
        attachments=_no_attachments(text),
    )
    return item, record


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_deferred_item_is_the_same_item(payload: dict[str, Any]) -> None:
    item, record = _item(payload)
    eager = OutgoingItem(7, record, 1)
    assert json.loads(item.wire) == json.loads(eager.wire) == json.loads(record_json(record))
    assert item.attachments == eager.attachments == payload_attachments(payload)
    assert item.key == eager.key == (record.id, record.version, record.sha256)
    assert item == eager
    assert item.record == record


def test_the_text_check_never_claims_no_attachments_when_there_are_some() -> None:
    for payload in PAYLOADS:
        claimed = _no_attachments(canonical_json(payload).decode())
        assert claimed is None or payload_attachments(payload) == []
    assert _no_attachments(canonical_json(PAYLOADS[0]).decode()) == []
    assert _no_attachments(canonical_json(PAYLOADS[2]).decode()) is None


def test_an_item_needs_its_record_or_a_way_to_make_it() -> None:
    with pytest.raises(ValueError):
        OutgoingItem(1, None)
