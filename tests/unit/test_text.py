"""Control-character stripping (no ESC/POS injection) and Thai line-break points."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import (
    ZWSP,
    insert_zwsp,
    remove_zwsp,
    shorten,
    split_thai_words,
    strip_control_chars,
    thai_break_points,
)

# A copy of the shared Thai torture strings, kept in the repository so CI and every clone have them.
TORTURE = Path(__file__).resolve().parents[1] / "data" / "thai-torture.txt"


def torture_lines() -> list[str]:
    lines = TORTURE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_escpos_commands_cannot_pass() -> None:
    # ESC @ (init), GS V (cut), ESC p (open drawer) typed or pasted into a field
    hostile = "น้ำ\x1b@ประปา\x1dV\x00\x1bp\x00\x19\x7fไม่ไหล"
    assert strip_control_chars(hostile) == "น้ำ@ประปาVpไม่ไหล"


def test_newlines_kept_only_when_asked() -> None:
    text = "บรรทัดหนึ่ง\r\nบรรทัดสอง\rสาม\tสี่"
    assert strip_control_chars(text) == "บรรทัดหนึ่งบรรทัดสองสาม สี่"
    assert strip_control_chars(text, keep_newlines=True) == "บรรทัดหนึ่ง\nบรรทัดสอง\nสาม สี่"


@given(st.text())
def test_no_control_character_survives(text: str) -> None:
    for keep in (False, True):
        out = strip_control_chars(text, keep_newlines=keep)
        allowed = {"\n"} if keep else set()
        assert all((ord(c) >= 0x20 and c != "\x7f") or c in allowed for c in out)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x10FFFF, exclude_characters="\x7f")))
def test_ordinary_text_is_untouched(text: str) -> None:
    assert strip_control_chars(text) == text


def test_thai_words_from_the_design_example() -> None:
    assert split_thai_words("คำร้องเรื่องน้ำประปา") == ["คำร้อง", "เรื่อง", "น้ำ", "ประปา"]
    assert thai_break_points("คำร้องเรื่องน้ำประปา") == [6, 12, 15]
    assert split_thai_words("") == [] and thai_break_points("") == []


def test_torture_lines_break_only_between_clusters() -> None:
    for line in torture_lines():
        pieces = split_thai_words(line)
        assert "".join(pieces) == line
        for point in thai_break_points(line):
            assert 0 < point < len(line)
            # a break never leaves a tone mark or vowel sign without its consonant
            assert not ("\u0e31" <= line[point] <= "\u0e3a" or "\u0e47" <= line[point] <= "\u0e4e")
            assert line[point] != "\u0e33"  # sara am belongs to the consonant before it


def test_long_line_has_many_break_points() -> None:
    line = "คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่ตำบลปากน้ำอำเภอเมืองสมุทรปราการจังหวัดสมุทรปราการ"
    assert len(thai_break_points(line)) >= 12


def test_zwsp_round_trip() -> None:
    text = "คำร้องเรื่องน้ำประปา ไม่ไหล"
    with_zwsp = insert_zwsp(text)
    assert with_zwsp == f"คำร้อง{ZWSP}เรื่อง{ZWSP}น้ำ{ZWSP}ประปา ไม่{ZWSP}ไหล"
    assert remove_zwsp(with_zwsp) == text
    assert insert_zwsp(with_zwsp).count(ZWSP) == with_zwsp.count(ZWSP)  # idempotent


@given(st.text(alphabet="กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ ", max_size=60))
def test_break_points_cover_the_text(text: str) -> None:
    points = thai_break_points(text)
    assert points == sorted(set(points))
    assert "".join(split_thai_words(text)) == text
    assert remove_zwsp(insert_zwsp(text)) == text


def test_shorten_cuts_at_words() -> None:
    text = "คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่"
    assert shorten(text, 100) == text
    short = shorten(text, 20)
    assert short == "คำร้องเรื่องน้ำ…"
    assert len(short) <= 20
    # a single long word is cut without orphaning its marks
    assert shorten("น้ำน้ำน้ำ", 4) == "น้ำ…"
    assert shorten("น้ำน้ำน้ำ", 3) == "…"
