"""The one choke point where record payloads are sealed on the way into the database and opened on the
way out (crypto-shredding, see ``app.storage.vault``).

A stored payload is either legacy plain canonical JSON (``{…}``, written before sealing existed, or by a
``Database`` no vault was attached to) or ``psc1:<key id>:<base64url(nonce ‖ AES-256-GCM ciphertext)>``,
bound to its record id as associated data, so a sealed payload cannot be moved to another record. All
versions of one record share the record's key, so destroying it destroys every version.

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
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from app.storage.db import Database
from app.storage.errors import KnownError
from app.storage.vault import KeyVault

SEALED_PREFIX = "psc1:"
ERASED_PAYLOAD = '{"erased":true}'
_NONCE = 12


def is_erased(payload: Any) -> bool:
    """Whether an opened payload is the tombstone of a shredded record."""
    return isinstance(payload, dict) and payload.get("erased") is True and len(payload) == 1


def key_id_of(stored: str) -> int | None:
    """The vault key id a stored payload is sealed with (``None``: plain or erased)."""
    if not stored.startswith(SEALED_PREFIX):
        return None
    try:
        return int(stored[len(SEALED_PREFIX) :].split(":", 1)[0])
    except ValueError:
        return None


class PayloadSealer:
    """Seals and opens payloads with the record's key from the vault."""

    def __init__(self, vault: KeyVault) -> None:
        self.vault = vault

    def new_key_id(self) -> int:
        """A fresh key for a new record (taken from the vault's pool)."""
        return self.vault.take_key()[0]

    def seal(self, record_id: str, body: bytes | str, key_id: int | None = None) -> str:
        """The stored form of a payload: sealed with ``key_id`` (the record's key; a fresh one when
        ``None``)."""
        if key_id is None:
            key_id, key = self.vault.take_key()
        else:
            found = self.vault.key(key_id)
            if found is None:
                raise KnownError("record_erased", record_id)
            key = found
        data = body.encode("utf-8") if isinstance(body, str) else body
        nonce = os.urandom(_NONCE)
        blob = nonce + AESGCM(key).encrypt(nonce, data, record_id.encode("utf-8"))
        return f"{SEALED_PREFIX}{key_id}:{base64.urlsafe_b64encode(blob).decode('ascii')}"

    def open(self, record_id: str, stored: str) -> str:
        """The canonical JSON text of a stored payload (``ERASED_PAYLOAD`` when its key is gone)."""
        key_id = key_id_of(stored)
        if key_id is None:
            return stored
        key = self.vault.key(key_id)
        if key is None:
            return ERASED_PAYLOAD
        blob = base64.urlsafe_b64decode(stored.split(":", 2)[2])
        try:
            return (
                AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], record_id.encode("utf-8")).decode("utf-8")
            )
        except InvalidTag as exc:
            raise KnownError("payload_damaged", record_id) from exc


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


def seal_payload(sealer: PayloadSealer | None, record_id: str, body: bytes, key_id: int | None = None) -> str:
    """What to store for a payload: sealed when a sealer is attached, else the plain JSON text."""
    if sealer is None:
        return body.decode("utf-8")
    return sealer.seal(record_id, body, key_id)


def open_payload_text(sealer: PayloadSealer | None, record_id: str, stored: str) -> str:
    """A stored payload's JSON text (what ``open_payload`` parses)."""
    if sealer is None:
        if stored.startswith(SEALED_PREFIX):
            raise KnownError("key_vault_missing", record_id)
        return stored
    return sealer.open(record_id, stored)


def open_payload(sealer: PayloadSealer | None, record_id: str, stored: str) -> Any:
    """A stored payload as the JSON-ready dict it was saved from."""
    return json.loads(open_payload_text(sealer, record_id, stored))


def open_payload_in(session: Session, record_id: str, stored: str) -> Any:
    """``open_payload`` with the sealer of the session's database."""
    return open_payload(sealer_for(session), record_id, stored)
