"""Thai national ID: checksum, its documented blind spots, formatting and masking."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.issues import IssueCode
from app.domain.national_id import (
    fake_national_id,
    format_national_id,
    is_valid_national_id,
    mask_national_id,
    national_id_check_digit,
    national_id_issue,
    normalize_national_id,
    passport_issue,
)

first12 = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from("12345678"),
    st.text(alphabet="0123456789", min_size=11, max_size=11),
)
valid_ids = first12.map(lambda f: f + str(national_id_check_digit(f)))


def _residue(digits: str) -> int:
    return sum(int(d) * w for d, w in zip(digits[:12], range(13, 1, -1), strict=True)) % 11


def test_known_vector() -> None:
    # by hand: S = 1·13 + 1·12 + 0·11 + 3·10 + 7·9 = 118; 118 mod 11 = 8; (11 − 8) mod 10 = 3
    assert national_id_check_digit("110370000000") == 3
    assert is_valid_national_id("1-1037-00000-00-3")
    assert national_id_issue("1103700000004") is IssueCode.NATIONAL_ID_CHECKSUM


@given(valid_ids)
def test_every_valid_id_passes(nid: str) -> None:
    assert national_id_issue(nid) is None
    assert is_valid_national_id(format_national_id(nid))  # dashes accepted
    assert is_valid_national_id(" ".join([nid[:1], nid[1:5], nid[5:10], nid[10:12], nid[12]]))


@given(valid_ids, st.integers(min_value=0, max_value=12), st.integers(min_value=1, max_value=9))
def test_single_digit_change_caught_except_documented_blind_spots(nid: str, pos: int, delta: int) -> None:
    """A wrong digit is caught, except (a) the third digit (weight 11 ≡ 0) and (b) a change that moves
    S mod 11 between 0 and 10, which ``mod 10`` folds onto the same check digit 1."""
    changed = nid[:pos] + str((int(nid[pos]) + delta) % 10) + nid[pos + 1 :]
    if changed[0] in "09":
        assert national_id_issue(changed) is IssueCode.NATIONAL_ID_FIRST_DIGIT
        return
    blind = pos == 2 or (pos < 12 and {_residue(nid), _residue(changed)} == {0, 10})
    assert is_valid_national_id(changed) is blind


@given(valid_ids, st.integers(min_value=1, max_value=9))
def test_third_digit_is_never_caught(nid: str, delta: int) -> None:
    changed = nid[:2] + str((int(nid[2]) + delta) % 10) + nid[3:]
    assert is_valid_national_id(changed)


def test_mod10_fold_lets_a_twelfth_digit_error_through() -> None:
    # S ≡ 10 gives check 1; the 12th digit (weight 2) + 6 adds 12 ≡ 1, so S ≡ 0: check 1 again.
    first12 = next(f for f in (f"1{x:011d}" for x in range(1000)) if _residue(f) == 10 and f[11] <= "3")
    nid = first12 + str(national_id_check_digit(first12))
    changed = nid[:11] + str(int(nid[11]) + 6) + nid[12]
    assert nid[12] == "1"
    assert changed != nid
    assert is_valid_national_id(nid)
    assert is_valid_national_id(changed)


def test_about_two_percent_of_adjacent_swaps_slip_through() -> None:
    rng = random.Random(7)
    total = slipped = 0
    for _ in range(3000):
        nid = fake_national_id(rng)
        for i in range(12):
            if nid[i] != nid[i + 1] and not (i == 0 and nid[1] in "09"):
                swapped = nid[:i] + nid[i + 1] + nid[i] + nid[i + 2 :]
                total += 1
                slipped += is_valid_national_id(swapped)
    assert 0.01 < slipped / total < 0.03


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", IssueCode.NATIONAL_ID_LENGTH),
        ("110370000000", IssueCode.NATIONAL_ID_LENGTH),
        ("11037000000031", IssueCode.NATIONAL_ID_LENGTH),
        ("11037000000a3", IssueCode.NATIONAL_ID_LENGTH),
        ("0103700000003", IssueCode.NATIONAL_ID_FIRST_DIGIT),
        ("9103700000003", IssueCode.NATIONAL_ID_FIRST_DIGIT),
        ("1103700000002", IssueCode.NATIONAL_ID_CHECKSUM),
    ],
)
def test_issue_codes(text: str, code: IssueCode) -> None:
    assert national_id_issue(text) is code


def test_thai_digits_and_separators_are_accepted() -> None:
    assert normalize_national_id("๑-๑๐๓๗-๐๐๐๐๐-๐๐-๓") == "1103700000003"
    assert is_valid_national_id("1 1037 00000 00 3")


def test_format_and_mask() -> None:
    assert format_national_id("1103700000003") == "1-1037-00000-00-3"
    assert mask_national_id("1103700000003") == "x-xxxx-xxxxx-00-3"
    assert mask_national_id("1-2345-67890-12-1") == "x-xxxx-xxxxx-12-1"
    # a malformed number is masked completely: no digit leaks
    assert mask_national_id("12345") == "xxxxx"
    assert format_national_id("12345") == "12345"


@given(valid_ids)
def test_mask_shows_only_last_three_digits(nid: str) -> None:
    masked = mask_national_id(nid)
    assert [c for c in masked if c.isdigit()] == [nid[10], nid[11], nid[12]]


@pytest.mark.parametrize(
    ("text", "ok"),
    [("AA1234567", True), ("ab 123456", True), ("12345", False), ("AB12345678", False), ("AB-12#45", False)],
)
def test_passport(text: str, ok: bool) -> None:
    assert (passport_issue(text) is None) is ok


@given(st.integers(min_value=0, max_value=2**32))
def test_fake_ids_are_valid_and_deterministic(seed: int) -> None:
    a = fake_national_id(random.Random(seed))
    assert a == fake_national_id(random.Random(seed))
    assert is_valid_national_id(a)
    assert a[0] in "12345678"
