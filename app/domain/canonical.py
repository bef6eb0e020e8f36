"""Canonical JSON and payload hashes (docs/ARCHITECTURE.md, Sync).

A record's ``sha256`` is the SHA-256 of its payload's canonical JSON: keys sorted, no insignificant white
space (separators ``,`` and ``:``), UTF-8 without ``\\u`` escapes for non-ASCII, every string — keys
included — in Unicode NFC. So the same complaint typed on a keyboard that produces decomposed Thai or
Latin marks hashes the same as its composed form, and the center can recompute the hash.

Accepted values: ``dict`` with string keys, ``list``/``tuple``, ``str``, ``int``, ``bool``, ``None``, finite
``float``, enums (written as their value) and dataclass instances (as their fields). Everything else
(datetimes included: write them as RFC 3339 strings first) raises ``TypeError``; NaN and infinities, and
two keys that become equal after NFC, raise ``ValueError``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import unicodedata
from enum import Enum
from typing import Any


def _canon(obj: Any) -> Any:
    # bool is an int and StrEnum a str: test enums and bools before the plain types.
    if isinstance(obj, Enum):
        return _canon(obj.value)
    if obj is None or isinstance(obj, bool):
        return obj
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise ValueError("canonical JSON has no NaN or infinity")
        return float(obj)
    if isinstance(obj, dict):
        out: dict[str, Any] = {}
        for raw_key, value in obj.items():
            key = raw_key.value if isinstance(raw_key, Enum) else raw_key
            if not isinstance(key, str):
                raise TypeError(f"canonical JSON keys must be strings, not {type(key).__name__}")
            nkey = unicodedata.normalize("NFC", key)
            if nkey in out:
                raise ValueError("two keys are equal after NFC normalisation")
            out[nkey] = _canon(value)
        return out
    if isinstance(obj, list | tuple):
        return [_canon(v) for v in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return _canon({f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)})
    raise TypeError(f"{type(obj).__name__} has no canonical JSON form")


def canonical_json(obj: Any) -> bytes:
    """The canonical JSON of ``obj`` as UTF-8 bytes (see the module docstring for the rules)."""
    text = json.dumps(_canon(obj), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def payload_sha256(obj: Any) -> str:
    """The lower-case hex SHA-256 of ``canonical_json(obj)``."""
    return hashlib.sha256(canonical_json(obj)).hexdigest()
