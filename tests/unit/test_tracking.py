"""Tracking codes: Damm check digit, layout, grouping, and access tokens."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.tracking import (
    TRACKING_CODE_MAX_LEN,
    access_tokens_equal,
    damm_check_digit,
    damm_is_valid,
    format_access_token,
    format_tracking_code,
    is_valid_access_token,
    is_valid_tracking_code,
    make_tracking_code,
    new_access_token,
    normalize_access_token,
    normalize_tracking_code,
    parse_tracking_code,
)

stations = st.integers(min_value=1, max_value=999).map(str)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
seqs = st.integers(min_value=1, max_value=99_999)
epochs = st.integers(min_value=0, max_value=9)
codes = st.builds(make_tracking_code, stations, days, seqs, epochs)


def test_damm_known_vectors() -> None:
    # The worked example of the algorithm: 572 → check digit 4.
    assert damm_check_digit("572") == 4
    assert damm_is_valid("5724")
    assert not damm_is_valid("5723")
    assert not damm_is_valid("")
    assert not damm_is_valid("57a4")


def test_layout_example() -> None:
    code = make_tracking_code("05", date(2026, 3, 25), 42)
    assert code.startswith("005" + "690325" + "0" + "0042")
    assert len(code) == 15
    assert format_tracking_code(code) == f"005-690325-0-0042-{code[-1]}"
    parts = parse_tracking_code(code)
    assert parts is not None
    assert (parts.station, parts.be_yymmdd, parts.epoch, parts.seq) == ("005", "690325", 0, 42)


def test_station_written_with_or_without_leading_zeros_is_the_same_station() -> None:
    d = date(2026, 11, 25)
    assert make_tracking_code("5", d, 1) == make_tracking_code("05", d, 1) == make_tracking_code("005", d, 1)


def test_sequence_past_9999_takes_a_sixteenth_digit() -> None:
    d = date(2026, 11, 25)
    assert len(make_tracking_code("123", d, 9_999)) == 15
    code = make_tracking_code("123", d, 10_000, epoch=9)
    assert len(code) == 16 == TRACKING_CODE_MAX_LEN
    assert format_tracking_code(code) == f"123-691125-9-10000-{code[-1]}"


@pytest.mark.parametrize(
    ("station", "seq", "epoch"),
    [("0", 1, 0), ("1000", 1, 0), ("ab", 1, 0), ("1", 0, 0), ("1", 100_000, 0), ("1", 1, 10)],
)
def test_out_of_range_parts_are_refused(station: str, seq: int, epoch: int) -> None:
    with pytest.raises(ValueError):
        make_tracking_code(station, date(2026, 1, 1), seq, epoch)


@given(codes)
def test_codes_are_short_digits_and_valid(code: str) -> None:
    assert len(code) <= TRACKING_CODE_MAX_LEN
    assert code.isdigit()
    assert is_valid_tracking_code(code)


@given(stations, days, seqs, epochs)
def test_be_date_is_in_the_code(station: str, day: date, seq: int, epoch: int) -> None:
    parts = parse_tracking_code(make_tracking_code(station, day, seq, epoch))
    assert parts is not None
    assert parts.be_yymmdd == f"{(day.year + 543) % 100:02d}{day.month:02d}{day.day:02d}"
    assert (int(parts.station), parts.seq, parts.epoch) == (int(station), seq, epoch)


@given(codes, st.data())
def test_every_single_digit_substitution_is_detected(code: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != code[pos]]))
    assert not damm_is_valid(code[:pos] + new + code[pos + 1 :])


@given(codes)
def test_every_adjacent_transposition_is_detected(code: str) -> None:
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            assert not damm_is_valid(swapped)
            assert not is_valid_tracking_code(swapped)


@given(codes)
def test_format_normalize_round_trip(code: str) -> None:
    grouped = format_tracking_code(code)
    assert re.fullmatch(r"\d{3}-\d{6}-\d-\d{4,5}-\d", grouped)
    assert normalize_tracking_code(grouped) == code
    assert normalize_tracking_code(" " + grouped.replace("-", " ") + " ") == code
    assert is_valid_tracking_code(grouped)


def test_thai_digits_read_back_are_accepted() -> None:
    code = make_tracking_code("7", date(2026, 4, 13), 3)
    thai = code.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert normalize_tracking_code(thai) == code


@pytest.mark.parametrize("text", ["", "12345", "abc", "0" * 15, "1" * 17])
def test_garbage_is_not_a_code(text: str) -> None:
    assert not is_valid_tracking_code(text)
    assert format_tracking_code(text) == text


def test_access_tokens() -> None:
    tokens = {new_access_token() for _ in range(200)}
    assert len(tokens) == 200
    for token in tokens:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}", token)
        assert is_valid_access_token(token)
        assert len(normalize_access_token(token)) * 5 >= 64  # at least 64 random bits
        assert access_tokens_equal(token, token.lower().replace("-", " "))


def test_access_token_confusables_read_as_digits() -> None:
    assert normalize_access_token("ol1i-0000-00000") == "0111000000000"
    assert format_access_token("0111000000000") == "0111-0000-00000"
    assert access_tokens_equal("O111-0000-0000O", "0111-0000-00000")
    assert not access_tokens_equal("0111-0000-00000", "0111-0000-00001")
    assert not is_valid_access_token("0111-0000-0000U")
