"""The one choke point where record payloads are sealed on the way into the database and opened on the
way out (crypto-shredding, see ``app.storage.vault``).

A stored payload is plain canonical JSON text (``{…}``: written before sealing existed, by a ``Database``
no vault was attached to, or an erased record's tombstone) or sealed, bound to its record id as associated
data, so a sealed payload cannot be moved to another record. All versions of one record share the record's
key, so destroying it destroys every version. Sealed forms:

* **v3 (what ``seal`` writes): a BLOB** ``0x03 ‖ key id (4 bytes, big-endian) ‖ nonce (12) ‖ AES-256-GCM
  ciphertext and tag`` of the raw-deflated JSON (preset dictionary ``_ZDICT``: the payloads' field names).
  A BLOB, not text: the SQLite value's type tells it from the text forms, and it is a quarter smaller
  than the same bytes in base64 (issue 15; migration ``0016_compact_storage`` converts ``psc2`` rows).
* ``psc2:<key id>:<base64url(nonce ‖ ciphertext)>`` — the same sealed bytes as text (read only);
* ``psc1:<key id>:<base64url(…)>`` — uncompressed, written before ``psc2`` (read only).

``StoredPayload`` (``str | bytes``) is what a ``record_versions.payload_json`` value is; every function
here takes either.

A shredded record's versions hold ``ERASED_PAYLOAD`` (``{"erased":true}``); ``open_payload`` also answers
that for a sealed payload whose key is gone (a backup restored after the shred).

The sealer belongs to the ``Database`` it was attached to (``attach_sealer``); services reach it from a
session (``sealer_for``) or the database (``sealer_of``) without a global object.
"""

from __future__ import annotations

import base64
import json
import os
import weakref
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from app.storage.db import Database
from app.storage.errors import KnownError
from app.storage.vault import KeyVault

SEALED_PREFIX = "psc2:"  # deflated, base64 text: read only (0016_compact_storage converts it to v3)
LEGACY_PREFIX = "psc1:"  # uncompressed, read only
_PREFIXES = (SEALED_PREFIX, LEGACY_PREFIX)
SEALED_V3 = 3  # first byte of the BLOB form seal writes
_V3_HEADER = 5  # version byte and the 4-byte key id
StoredPayload = str | bytes  # a record_versions.payload_json value
# The preset dictionary of psc2's raw deflate: canonical field names of the payloads. Part of the stored
# format: never change it (a new dictionary is a new prefix).
_ZDICT = (
    b'"agency_codes":[],"arrival_gate":"","arrival_hall":"","arrived_at":"","demands":[],"departed_at":"",'
    b'"follow_up":"","group_name":"","headcount_estimate":0,"headcount_method":"","issue_summary":"",'
    b'"meetings":[],"organisation":"","provinces":[],"received_by":"","representatives":[],"status":"",'
    b'"timeline":[],"rating":0,"comment":"",'
    b'{"agency_complained_code":"","attachments":[],"category_code":"","complainant":{"address":'
    b'{"district":"","house_no":"","moo":"","postcode":"","province":"","road":"","soi":"","subdistrict":"",'
    b'"subdistrict_code":"","village":""},"birth_date":"","email":"","family_name":"","given_name":"",'
    b'"id_document":"","line_id":"","national_id":"","nationality":"","passport_no":"","phone":"","title":""},'
    b'"complaint_type":"","consent_share":false,"description":"","documents_count":2,"identity_mode":"",'
    b'"incident_district":"","incident_province":"","linked_record_id":"","national_id_confirmed":true,'
    b'"pdpa_acknowledged":true,"requested_action":"","responsible_agency_code":"","subject":""}'
)
_WBITS = -15  # raw deflate: no zlib header or checksum (AES-GCM authenticates the bytes)


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, _WBITS, zdict=_ZDICT)
    return packer.compress(data) + packer.flush()


def _inflate(data: bytes) -> bytes:
    unpacker = zlib.decompressobj(_WBITS, zdict=_ZDICT)
    return unpacker.decompress(data) + unpacker.flush()


ERASED_PAYLOAD = '{"erased":true}'
_NONCE = 12


def is_erased(payload: Any) -> bool:
    """Whether an opened payload is the tombstone of a shredded record."""
    return isinstance(payload, dict) and payload.get("erased") is True and len(payload) == 1


def key_id_of(stored: StoredPayload) -> int | None:
    """The vault key id a stored payload is sealed with (``None``: plain or erased)."""
    if isinstance(stored, bytes):
        if len(stored) <= _V3_HEADER or stored[0] != SEALED_V3:
            return None
        return int.from_bytes(stored[1:_V3_HEADER], "big")
    if not stored.startswith(_PREFIXES):
        return None
    try:
        return int(stored[len(SEALED_PREFIX) :].split(":", 1)[0])  # both prefixes are 5 characters
    except ValueError:
        return None


class PayloadSealer:
    """Seals and opens payloads with the record's key from the vault."""

    def __init__(self, vault: KeyVault) -> None:
        self.vault = vault

    def new_key_id(self) -> int:
        """A fresh key for a new record (taken from the vault's pool)."""
        return self.vault.take_key()[0]

    def seal(self, record_id: str, body: bytes | str, key_id: int | None = None) -> bytes:
        """The stored form of a payload (v3 BLOB): sealed with ``key_id`` (the record's key; a fresh one
        when ``None``)."""
        if key_id is None:
            key_id, key = self.vault.take_key()
        else:
            found = self.vault.key(key_id)
            if found is None:
                raise KnownError("record_erased", record_id)
            key = found
        data = body.encode("utf-8") if isinstance(body, str) else body
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(key).encrypt(nonce, _deflate(data), record_id.encode("utf-8"))
        return bytes((SEALED_V3,)) + key_id.to_bytes(4, "big") + nonce + sealed

    def open(self, record_id: str, stored: StoredPayload) -> str:
        """The canonical JSON text of a stored payload (``ERASED_PAYLOAD`` when its key is gone)."""
        key_id = key_id_of(stored)
        if key_id is None:
            if isinstance(stored, bytes):
                raise KnownError("payload_damaged", record_id)  # a BLOB that is no sealed form
            return stored
        key = self.vault.key(key_id)
        if key is None:
            return ERASED_PAYLOAD
        blob = stored[_V3_HEADER:] if isinstance(stored, bytes) else text_blob(stored)
        try:
            data = AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], record_id.encode("utf-8"))
        except InvalidTag as exc:
            raise KnownError("payload_damaged", record_id) from exc
        legacy = isinstance(stored, str) and stored.startswith(LEGACY_PREFIX)
        return (data if legacy else _inflate(data)).decode("utf-8")


def text_blob(stored: str) -> bytes:
    """The sealed bytes (nonce ‖ ciphertext) of a text form (``psc1``/``psc2``)."""
    return base64.urlsafe_b64decode(stored.split(":", 2)[2])


def v3_from_psc2(stored: str) -> bytes | None:
    """The v3 BLOB holding the same sealed bytes as a ``psc2`` text (no key needed: the ciphertext and its
    associated data do not change); ``None`` for any other form."""
    if not stored.startswith(SEALED_PREFIX):
        return None
    key_id = key_id_of(stored)
    if key_id is None:
        return None
    return bytes((SEALED_V3,)) + key_id.to_bytes(4, "big") + text_blob(stored)


def psc2_from_v3(stored: bytes) -> str:
    """The ``psc2`` text of a v3 BLOB (the downgrade of ``0016_compact_storage``)."""
    key_id = int.from_bytes(stored[1:_V3_HEADER], "big")
    return f"{SEALED_PREFIX}{key_id}:{base64.urlsafe_b64encode(stored[_V3_HEADER:]).decode('ascii')}"


# Keyed by the connection pool: a database's engine and its read-only option engine share it.
_SEALERS: weakref.WeakKeyDictionary[Pool, PayloadSealer] = weakref.WeakKeyDictionary()


def attach_sealer(db: Database, sealer: PayloadSealer) -> None:
    """Makes every payload written through ``db`` sealed with ``sealer``'s vault."""
    _SEALERS[db.engine.pool] = sealer


def sealer_of(db: Database) -> PayloadSealer | None:
    """The sealer attached to a database (``None``: payloads are stored plain)."""
    return _SEALERS.get(db.engine.pool)


def sealer_for(session: Session) -> PayloadSealer | None:
    """The sealer of the database a session reads or writes."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return _SEALERS.get(engine.pool)


def seal_payload(
    sealer: PayloadSealer | None, record_id: str, body: bytes, key_id: int | None = None
) -> StoredPayload:
    """What to store for a payload: sealed when a sealer is attached, else the plain JSON text."""
    if sealer is None:
        return body.decode("utf-8")
    return sealer.seal(record_id, body, key_id)


def open_payload_text(sealer: PayloadSealer | None, record_id: str, stored: StoredPayload) -> str:
    """A stored payload's JSON text (what ``open_payload`` parses)."""
    if sealer is None:
        if isinstance(stored, bytes) or stored.startswith(_PREFIXES):
            raise KnownError("key_vault_missing", record_id)
        return stored
    return sealer.open(record_id, stored)


def open_payload(sealer: PayloadSealer | None, record_id: str, stored: StoredPayload) -> Any:
    """A stored payload as the JSON-ready dict it was saved from."""
    return json.loads(open_payload_text(sealer, record_id, stored))


def open_payload_in(session: Session, record_id: str, stored: StoredPayload) -> Any:
    """``open_payload`` with the sealer of the session's database."""
    return open_payload(sealer_for(session), record_id, stored)
