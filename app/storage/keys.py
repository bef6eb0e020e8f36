"""The database key: where it lives, and how a lost key is recovered (docs/ARCHITECTURE.md, Storage and keys).

* The key is 32 random bytes, handed to SQLCipher as raw hex (no passphrase stretching).
* It is kept in the OS keyring when a write/read/delete probe shows a working one, else in
  ``home/db.key`` (hex, mode 0600). ``PSC_COUNTER_KEYRING=off`` skips the keyring (tests, kiosks).
* At set-up a recovery code is made once and shown to the supervisor: 20 random bytes written as
  Crockford base32 in groups. ``home/recovery.json`` holds the key wrapped with AES-256-GCM under a key
  derived from that code with scrypt. Typing the code back (``unlock_with_recovery_code``) restores the
  key file. Backups use the same key, so the code opens them too.

Weakness (also in docs/ARCHITECTURE.md): without a keyring, the key file sits beside the database and is
protected only by file permissions; anyone who can read the user's files (the same OS account, an
administrator, a stolen unencrypted disk) can open the database. Full-disk encryption is the deployment's
answer to a stolen disk.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.logs import DB as log
from app.storage.errors import KnownError

KEY_BYTES = 32
KEY_FILE = "db.key"
RECOVERY_FILE = "recovery.json"
KEYRING_ENV = "PSC_COUNTER_KEYRING"
KEYRING_SERVICE = "psc-counter"
# scrypt cost: 2**15 * 8 * 128 bytes = 32 MiB and ~0.1 s once per set-up or recovery; the code already has
# 100 bits of entropy, so the cost only slows a thief with the recovery file, it is not what protects it.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
RECOVERY_CODE_BYTES = 20  # 160 bits -> 32 base32 characters
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


def _keyring_account(home: Path) -> str:
    # One keyring entry per counter home: the home's path, hashed so the entry does not expose it.
    digest = hashlib.sha256(str(home.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"db-key-{digest}"


def keyring_usable() -> bool:
    """Whether an OS keyring answers a write/read/delete probe (never trusted without one)."""
    if os.environ.get(KEYRING_ENV, "").strip().lower() in {"off", "0", "no", "false"}:
        return False
    try:
        import keyring

        probe_name = "probe-" + secrets.token_hex(4)
        value = secrets.token_hex(8)
        keyring.set_password(KEYRING_SERVICE, probe_name, value)
        ok = keyring.get_password(KEYRING_SERVICE, probe_name) == value
        keyring.delete_password(KEYRING_SERVICE, probe_name)
        return bool(ok)
    except Exception as exc:
        log.info("keyring not usable: %s", type(exc).__name__)
        return False


def _write_private(path: Path, data: bytes) -> None:
    """Writes a file only the owner can read, atomically (temp + fsync + rename)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)  # umask cannot widen it, but an existing tmp file may have other bits
    os.replace(tmp, path)


def store_key(home: Path, key: bytes) -> str:
    """Keeps the key in the keyring when one works, else in ``home/db.key``; returns where it went."""
    if keyring_usable():
        import keyring

        try:
            keyring.set_password(KEYRING_SERVICE, _keyring_account(home), key.hex())
            return "keyring"
        except Exception as exc:  # a keyring that passed the probe can still fail: fall back
            log.warning("keyring write failed (%s): using the key file", type(exc).__name__)
    _write_private(home / KEY_FILE, key.hex().encode("ascii"))
    return "file"


def load_key(home: Path) -> bytes | None:
    """The stored database key, or None when neither the keyring nor the key file has it."""
    if keyring_usable():
        import keyring

        with contextlib.suppress(Exception):
            value = keyring.get_password(KEYRING_SERVICE, _keyring_account(home))
            if value:
                return bytes.fromhex(value)
    path = home / KEY_FILE
    if path.exists():
        try:
            key = bytes.fromhex(path.read_text("ascii").strip())
        except ValueError as exc:
            raise KnownError("database_key_wrong", "key file is not hex") from exc
        if len(key) != KEY_BYTES:
            raise KnownError("database_key_wrong", "key file has the wrong length")
        return key
    return None


def forget_key(home: Path) -> None:
    """Removes the stored key (keyring entry and key file). Used by tests of recovery."""
    if keyring_usable():
        import keyring

        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, _keyring_account(home))
    with contextlib.suppress(FileNotFoundError):
        (home / KEY_FILE).unlink()


def new_recovery_code() -> str:
    """A random recovery code: 32 Crockford base32 characters in groups of four (``ABCD-EF12-…``)."""
    raw = int.from_bytes(secrets.token_bytes(RECOVERY_CODE_BYTES), "big")
    chars = []
    for _ in range(RECOVERY_CODE_BYTES * 8 // 5):
        chars.append(_CROCKFORD[raw & 31])
        raw >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalize_recovery_code(code: str) -> str:
    """Uppercases, drops separators and maps the letters people confuse (O→0, I/L→1) as Crockford does."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    return "".join(ch for ch in code.upper().translate(table) if ch in _CROCKFORD)


def _derive(code: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(normalize_recovery_code(code).encode("ascii"))


def write_recovery(home: Path, key: bytes, code: str) -> None:
    """Stores the key wrapped under the recovery code in ``home/recovery.json``."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(code, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, key, b"psc-counter recovery v1")
    doc = {
        "version": 1,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped_key": base64.b64encode(wrapped).decode("ascii"),
        "key_check": hashlib.sha256(b"psc-key-check" + key).hexdigest()[:16],
    }
    _write_private(home / RECOVERY_FILE, json.dumps(doc, indent=2).encode("utf-8"))


def key_from_recovery_code(home: Path, code: str) -> bytes:
    """Unwraps the database key with a recovery code; ``KnownError("recovery_code_wrong")`` if it fails."""
    path = home / RECOVERY_FILE
    if not path.exists():
        raise KnownError("recovery_file_missing", str(path.name))
    doc = json.loads(path.read_text("utf-8"))
    kdf = doc["kdf"]
    kek = _derive(code, base64.b64decode(doc["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    try:
        return AESGCM(kek).decrypt(
            base64.b64decode(doc["nonce"]), base64.b64decode(doc["wrapped_key"]), b"psc-counter recovery v1"
        )
    except InvalidTag as exc:
        raise KnownError("recovery_code_wrong") from exc


def unlock_with_recovery_code(home: Path, code: str) -> bytes:
    """Recovers the database key from the recovery code and stores it again (keyring or key file)."""
    key = key_from_recovery_code(home, code)
    store_key(home, key)
    log.warning("database key restored from the recovery code")
    return key


def create_key_with_recovery(home: Path) -> tuple[bytes, str]:
    """First run: a new key, stored, plus its recovery file; returns (key, recovery code to show once)."""
    key = new_key()
    code = new_recovery_code()
    write_recovery(home, key, code)
    store_key(home, key)
    return key, code
