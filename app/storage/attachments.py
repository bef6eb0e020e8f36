"""Content-addressed, encrypted attachment files under ``home/attachments/ab/cdef…`` (docs/ARCHITECTURE.md,
Storage and keys).

A file is named by the SHA-256 of its plain content (the same hash the payload and the center use) and
stored as ``nonce(12) || AES-256-GCM(content)`` with a key derived from the database key (HKDF), the hash
as associated data so a file renamed onto another hash fails to decrypt. Writes are atomic: temp file,
fsync, rename, fsync of the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.storage.errors import KnownError

_HEX = frozenset("0123456789abcdef")


def derive_subkey(db_key: bytes, purpose: bytes) -> bytes:
    """A 256-bit key for one purpose (attachments, audit HMAC) derived from the database key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"psc-counter/" + purpose).derive(
        db_key
    )


def _check_sha(sha256: str) -> str:
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise ValueError("attachment names are lower-case hex SHA-256")
    return sha256


class AttachmentStore:
    """Encrypted files named by the SHA-256 of their content."""

    def __init__(self, root: Path, db_key: bytes) -> None:
        self.root = root
        self._aead = AESGCM(derive_subkey(db_key, b"attachments"))

    def path_for(self, sha256: str) -> Path:
        """Where the file for a hash lives (``ab/cdef…``)."""
        _check_sha(sha256)
        return self.root / sha256[:2] / sha256[2:]

    def exists(self, sha256: str) -> bool:
        """Whether the content is stored."""
        return self.path_for(sha256).exists()

    def put(self, content: bytes | Path) -> str:
        """Stores content (bytes or a file's path) and returns its SHA-256; storing twice is a no-op."""
        data = content.read_bytes() if isinstance(content, Path) else bytes(content)
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        nonce = secrets.token_bytes(12)
        blob = nonce + self._aead.encrypt(nonce, data, sha.encode("ascii"))
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            with tmp.open("wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        _fsync_dir(target.parent)
        return sha

    def get(self, sha256: str) -> bytes:
        """The plain content; ``KnownError("attachment_missing" | "attachment_damaged")`` otherwise."""
        path = self.path_for(sha256)
        try:
            blob = path.read_bytes()
        except FileNotFoundError as exc:
            raise KnownError("attachment_missing", sha256[:12]) from exc
        try:
            data = self._aead.decrypt(blob[:12], blob[12:], sha256.encode("ascii"))
        except InvalidTag as exc:
            raise KnownError("attachment_damaged", sha256[:12]) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise KnownError("attachment_damaged", sha256[:12])
        return data


def _fsync_dir(path: Path) -> None:
    # A rename is durable only once the directory entry is on disk (POSIX); Windows cannot open folders.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
