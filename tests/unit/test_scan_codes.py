"""What a barcode/QR scanner sent: a receipt's tracking address, a tracking code, or something else."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain.scan_codes import ScannedCode, keys_to_thai_layout, parse_scanned, thai_layout_to_keys
from app.domain.tracking import (
    format_tracking_code,
    make_tracking_code,
    new_access_token,
    normalize_access_token,
)

codes = st.builds(
    make_tracking_code,
    st.integers(min_value=1, max_value=999).map(str),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2060, 12, 31)),
    st.integers(min_value=1, max_value=99_999),
    st.integers(min_value=0, max_value=9),
)


@given(
    codes,
    st.sampled_from(["https://1111.go.th/track/", "http://127.0.0.1:8000/track/", "https://x.example/t/"]),
)
def test_a_receipt_qr_address_gives_its_code_and_token(code: str, base: str) -> None:
    token = new_access_token()
    assert parse_scanned(f"{base}{code}?t={normalize_access_token(token)}") == ScannedCode(
        code, normalize_access_token(token)
    )


@given(codes)
def test_a_bare_or_grouped_code_is_read(code: str) -> None:
    assert parse_scanned(code) == ScannedCode(code)
    assert parse_scanned(f" {format_tracking_code(code)}\r") == ScannedCode(code)


@given(codes)
def test_a_mistyped_check_digit_is_not_a_code(code: str) -> None:
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert parse_scanned(wrong) is None
    assert parse_scanned(f"https://1111.go.th/track/{wrong}?t=ABCD") is None


def test_other_barcodes_are_not_codes() -> None:
    for text in ("", "8850999320014", "https://example.com/", "สมชาย ใจดี", "1234567890123"):
        assert parse_scanned(text) is None


@given(codes)
def test_a_scan_typed_through_the_thai_keyboard_layout_is_still_read(code: str) -> None:
    token = normalize_access_token(new_access_token())
    url = f"https://1111.go.th/track/{code}?t={token}"
    as_typed = keys_to_thai_layout(url)
    assert as_typed.startswith("้ะะยหซฝฝ")  # what the screen shows with the Kedmanee layout on
    assert parse_scanned(as_typed) == ScannedCode(code, token)
    assert parse_scanned(keys_to_thai_layout(format_tracking_code(code))) == ScannedCode(code)


@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E)))
def test_the_thai_layout_table_is_one_to_one(keys: str) -> None:
    assert thai_layout_to_keys(keys_to_thai_layout(keys)) == keys
