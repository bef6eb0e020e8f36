"""Encryption at rest at the center: payloads, attachments and survey comments are sealed before storage.

A ``Sealer`` turns plain bytes into a sealed blob and back, binding each blob to where it is stored (the
``context``: record id and version, station and file hash…), so a blob copied into another row does not
open. The key lives outside the database — a key file (owner-only) or an environment variable — so a copy
of the database or of its backups shows no national ID, name, phone or address.

The interface is the seam for a key-management service: a ``Sealer`` that asks a KMS to unwrap a data key
(envelope encryption) drops in for ``LocalKeySealer`` without touching the callers. Blobs name their key
(``key_id``) so keys can be rotated: ``unseal`` picks the key a blob was sealed with.

Blob layout (version 1): ``b"S1" | key_id (8 bytes) | nonce (12 bytes) | AES-256-GCM ciphertext+tag``.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger("psc.central")

KEY_ENV = "PSC_CENTRAL_KEY"  # base64 (standard or URL-safe) of 32 random bytes
KEY_FILE_ENV = "PSC_CENTRAL_KEY_FILE"
KEY_BYTES = 32
_MAGIC = b"S1"
_KEY_ID_BYTES = 8
_NONCE_BYTES = 12


class SealError(Exception):
    """A blob that does not open with the keys we hold (wrong key, damaged, or moved to another row)."""


class CentralKeyError(Exception):
    """The center's key is missing or malformed; ``code`` is stable for the command line."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class Sealer(Protocol):
    """Seals and unseals stored bytes; ``context`` binds a blob to its place (authenticated, not secret)."""

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        """The sealed blob of ``plaintext``."""
        ...

    def unseal(self, blob: bytes, context: bytes) -> bytes:
        """The plain bytes of a blob sealed with the same ``context``; ``SealError`` otherwise."""
        ...


def _key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"psc-central-key-id" + key).digest()[:_KEY_ID_BYTES]


class LocalKeySealer:
    """AES-256-GCM with keys held in this process. The first key seals; every key given can unseal."""

    def __init__(self, key: bytes, *older: bytes) -> None:
        for k in (key, *older):
            if len(k) != KEY_BYTES:
                raise CentralKeyError("central_key_invalid", f"a key must be {KEY_BYTES} bytes")
        self._seal_id = _key_id(key)
        self._keys: Mapping[bytes, AESGCM] = {_key_id(k): AESGCM(k) for k in (key, *older)}

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        """The sealed blob of ``plaintext`` under the current key."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _MAGIC + self._seal_id + nonce + self._keys[self._seal_id].encrypt(nonce, plaintext, context)

    def unseal(self, blob: bytes, context: bytes) -> bytes:
        """The plain bytes of ``blob``; ``SealError`` for a wrong key, a damaged blob or another context."""
        head = len(_MAGIC) + _KEY_ID_BYTES
        if len(blob) < head + _NONCE_BYTES or not blob.startswith(_MAGIC):
            raise SealError("not a sealed blob")
        aead = self._keys.get(bytes(blob[len(_MAGIC) : head]))
        if aead is None:
            raise SealError("sealed with a key this center does not hold")
        try:
            return aead.decrypt(blob[head : head + _NONCE_BYTES], blob[head + _NONCE_BYTES :], context)
        except InvalidTag as exc:
            raise SealError("sealed blob does not open (damaged or moved)") from exc


def _decode_key(text: str) -> bytes:
    text = text.strip()
    try:
        key = base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_") + "=" * (-len(text) % 4))
    except ValueError as exc:
        raise CentralKeyError("central_key_invalid", "not base64") from exc
    if len(key) != KEY_BYTES:
        raise CentralKeyError("central_key_invalid", f"a key must be {KEY_BYTES} bytes")
    return key


def new_key_text() -> str:
    """A fresh key as the key file and ``PSC_CENTRAL_KEY`` hold it (URL-safe base64 of 32 random bytes)."""
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def write_key_file(path: Path) -> None:
    """Creates a new key file readable and writable by its owner only (refuses to overwrite one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(new_key_text() + "\n")


def load_sealer(
    key_file: Path | None = None, *, create: bool = False, env: Mapping[str, str] | None = None
) -> LocalKeySealer:
    """The center's sealer from ``PSC_CENTRAL_KEY``, else the key file (``key_file`` or
    ``PSC_CENTRAL_KEY_FILE``). ``create`` makes a new owner-only key file when it is missing (first run).

    ``CentralKeyError``: ``central_key_missing``, ``central_key_invalid``, ``central_key_file_open`` (the
    file is readable by others: refused, as ssh refuses such a private key)."""
    env = os.environ if env is None else env
    if env.get(KEY_ENV, "").strip():
        return LocalKeySealer(_decode_key(env[KEY_ENV]))
    path = key_file or (Path(env[KEY_FILE_ENV]) if env.get(KEY_FILE_ENV, "").strip() else None)
    if path is None:
        raise CentralKeyError("central_key_missing")
    if not path.exists():
        if not create:
            raise CentralKeyError("central_key_missing", str(path))
        write_key_file(path)
        log.warning("created a new central key file (keep it, and keep it out of database backups)")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise CentralKeyError("central_key_file_open", str(path))
    lines = [ln for ln in path.read_text(encoding="ascii").splitlines() if ln.strip()]
    if not lines:
        raise CentralKeyError("central_key_invalid", "empty key file")
    # The first line seals; further lines are older keys kept to open what they sealed (rotation).
    keys = [_decode_key(ln) for ln in lines]
    return LocalKeySealer(keys[0], *keys[1:])


def ephemeral_sealer() -> LocalKeySealer:
    """A sealer with a random key that lives only in this process (tests and in-process demos)."""
    return LocalKeySealer(secrets.token_bytes(KEY_BYTES))
