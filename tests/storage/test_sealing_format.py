"""Sealed payloads: the compressed ``psc2`` form is what is written, the older ``psc1`` form still opens."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.canonical import canonical_json
from app.storage.keys import new_key
from app.storage.sealing import LEGACY_PREFIX, SEALED_PREFIX, PayloadSealer, key_id_of
from app.storage.vault import KeyVault

_BODY = canonical_json(
    {
        "subject": "น้ำประปาไม่ไหลมาสามวันแล้ว",
        "description": "ผู้ร้องแจ้งว่าน้ำประปาในหมู่บ้านไม่ไหลมาสามวัน ขอให้การประปาส่วนภูมิภาคตรวจสอบโดยด่วน",
        "complainant": {"given_name": "สมชาย", "family_name": "ใจดี", "phone": "0898765432"},
    }
)


def test_new_payloads_are_compressed_and_old_ones_still_open(tmp_path: Path) -> None:
    vault = KeyVault(tmp_path / "vault.sqlite3", new_key())
    sealer = PayloadSealer(vault)
    stored = sealer.seal("rec-1", _BODY)
    assert stored.startswith(SEALED_PREFIX)
    # The field names come from the preset dictionary and Thai text deflates: well under the plain size.
    assert len(stored) < len(_BODY)
    assert sealer.open("rec-1", stored) == _BODY.decode("utf-8")

    # A payload sealed before compression (psc1: AES-GCM of the plain JSON) opens unchanged.
    key_id = key_id_of(stored)
    assert key_id is not None
    key = vault.key(key_id)
    assert key is not None
    nonce = os.urandom(12)
    blob = nonce + AESGCM(key).encrypt(nonce, _BODY, b"rec-1")
    legacy = f"{LEGACY_PREFIX}{key_id}:{base64.urlsafe_b64encode(blob).decode('ascii')}"
    assert key_id_of(legacy) == key_id
    assert sealer.open("rec-1", legacy) == _BODY.decode("utf-8")
    vault.close()
