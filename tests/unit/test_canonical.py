"""Canonical JSON and payload hashes: what the center recomputes must match byte for byte."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from enum import Enum, IntEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.canonical import canonical_json, payload_sha256
from app.domain.records import ComplaintPayload, IdentityMode, to_payload


def test_known_vector() -> None:
    obj = {"b": 1, "a": "น้ำ", "c": [True, None, 1.5]}
    expected = '{"a":"น้ำ","b":1,"c":[true,null,1.5]}'.encode()
    assert canonical_json(obj) == expected
    assert payload_sha256(obj) == hashlib.sha256(expected).hexdigest()
    assert payload_sha256({}) == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"


def test_key_order_and_whitespace_do_not_change_the_hash() -> None:
    a = json.loads('{"x": {"b": 2, "a": 1}, "y": [1, 2]}')
    b = json.loads('{ "y" : [ 1 , 2 ] ,\n "x" : { "a" : 1 , "b" : 2 } }')
    assert payload_sha256(a) == payload_sha256(b)


def test_nfc_normalises_values_and_keys() -> None:
    composed = "é"  # U+00E9
    decomposed = "e\u0301"
    assert composed != decomposed
    assert payload_sha256({decomposed: decomposed}) == payload_sha256({composed: composed})
    assert canonical_json({"k": decomposed}) == '{"k":"é"}'.encode()
    # Thai sara am typed as nikhahit + sara aa is a different sequence, not a canonical equivalent:
    # NFC leaves it, so it hashes differently (and the form must not "fix" it silently either).
    assert unicodedata.normalize("NFC", "\u0e4d\u0e32") != "\u0e33"


def test_enums_and_dataclasses_are_written_as_values() -> None:
    class Colour(Enum):
        RED = "red"

    class Level(IntEnum):
        TWO = 2

    assert canonical_json({"c": Colour.RED, "l": Level.TWO, Colour.RED: 0}) == b'{"c":"red","l":2,"red":0}'
    payload = ComplaintPayload(identity_mode=IdentityMode.ANONYMOUS, subject="น้ำประปาไม่ไหล")
    assert payload_sha256(payload) == payload_sha256(to_payload(payload))
    assert b'"identity_mode":"anonymous"' in canonical_json(payload)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_nan_and_infinity_are_refused(bad: float) -> None:
    with pytest.raises(ValueError):
        canonical_json({"x": [bad]})


def test_non_json_types_and_colliding_keys_are_refused() -> None:
    with pytest.raises(TypeError):
        canonical_json({"when": object()})
    with pytest.raises(TypeError):
        canonical_json({1: "int key"})
    with pytest.raises(ValueError):
        canonical_json({"é": 1, "e\u0301": 2})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _nfc(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


@given(json_values)
def test_round_trip_through_json_keeps_value_and_hash(value: object) -> None:
    try:
        data = canonical_json(value)
    except ValueError:
        return  # two keys equal after NFC: refused
    assert json.loads(data) == _nfc(value)
    assert canonical_json(json.loads(data)) == data
    assert json.loads(data.decode("utf-8")) == json.loads(data)  # valid UTF-8, no surrogate escapes needed


@given(st.dictionaries(st.text(max_size=8), st.integers(), max_size=8))
def test_insertion_order_does_not_matter(d: dict[str, int]) -> None:
    try:
        expected = payload_sha256(d)
    except ValueError:
        return  # two keys equal after NFC: refused either way
    assert payload_sha256(dict(reversed(list(d.items())))) == expected
