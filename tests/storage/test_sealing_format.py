"""Sealed payloads: the v3 BLOB is what is written; the older ``psc2`` and ``psc1`` texts still open."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.canonical import canonical_json
from app.storage.errors import KnownError
from app.storage.keys import new_key
from app.storage.sealing import (
    LEGACY_PREFIX,
    SEALED_PREFIX,
    SEALED_V3,
    PayloadSealer,
    key_id_of,
    psc2_from_v3,
    v3_from_psc2,
)
from app.storage.vault import KeyVault

_BODY = canonical_json(
    {
        "subject": "น้ำประปาไม่ไหลมาสามวันแล้ว",
        "description": "ผู้ร้องแจ้งว่าน้ำประปาในหมู่บ้านไม่ไหลมาสามวัน ขอให้การประปาส่วนภูมิภาคตรวจสอบโดยด่วน",
        "complainant": {"given_name": "สมชาย", "family_name": "ใจดี", "phone": "0898765432"},
    }
)


def test_new_payloads_are_compressed_blobs_and_old_ones_still_open(tmp_path: Path) -> None:
    vault = KeyVault(tmp_path / "vault.sqlite3", new_key())
    sealer = PayloadSealer(vault)
    stored = sealer.seal("rec-1", _BODY)
    assert isinstance(stored, bytes) and stored[0] == SEALED_V3
    # The field names come from the preset dictionary and Thai text deflates: well under the plain size;
    # 5 bytes of header, 12 of nonce and 16 of tag around the deflated text, no base64.
    assert len(stored) < len(_BODY) * 0.6
    assert sealer.open("rec-1", stored) == _BODY.decode("utf-8")
    with pytest.raises(KnownError):
        sealer.open("rec-2", stored)  # bound to its record
    key_id = key_id_of(stored)
    assert key_id is not None

    # The psc2 text of the same sealed bytes (what 0016_compact_storage converts) opens, and converts
    # both ways without the key.
    as_text = psc2_from_v3(stored)
    assert as_text.startswith(SEALED_PREFIX) and key_id_of(as_text) == key_id
    assert sealer.open("rec-1", as_text) == _BODY.decode("utf-8")
    assert v3_from_psc2(as_text) == stored
    assert len(stored) < len(as_text) * 0.8

    # A payload sealed before compression (psc1: AES-GCM of the plain JSON) opens unchanged.
    key = vault.key(key_id)
    assert key is not None
    nonce = os.urandom(12)
    blob = nonce + AESGCM(key).encrypt(nonce, _BODY, b"rec-1")
    legacy = f"{LEGACY_PREFIX}{key_id}:{base64.urlsafe_b64encode(blob).decode('ascii')}"
    assert key_id_of(legacy) == key_id
    assert sealer.open("rec-1", legacy) == _BODY.decode("utf-8")
    vault.close()
