"""The A4 petition record and the day's situation summary, read back with poppler (pdftotext, pdftoppm)."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.petition import Meeting, TimelineEventKind
from app.domain.text import thai_break_points
from app.domain.tracking import format_tracking_code
from app.services.types import PermissionDenied
from printing.pdf import text_width, wrap_text
from printing.pdf_fonts import glyph_text
from tests.petitions.builders import ARRIVED, later, petition
from tests.petitions.conftest import Desk

TORTURE = [
    line
    for line in (
        (Path(__file__).resolve().parents[1] / "data" / "thai-torture.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    if line.strip() and not line.startswith("#")
]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """pdftotext in content order (-raw), folded for comparing: NFKC (pdftotext splits sara am into
    nikhahit + sara aa, as NFKC does) and no white space (it breaks lines and adds spaces around marks it
    sees raised)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True).stdout
    return fold(out.decode("utf-8"))


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def saved_petition(desk: Desk) -> str:
    p = petition()
    for i, line in enumerate(TORTURE[:5]):
        p.demands[i].text = line
    p.demands.append(p.demands[0].__class__(text=TORTURE[7]))  # the long unbroken Thai run
    p.issue_summary = TORTURE[8]
    p.agency_codes = ["DOAE", "BAAC"]
    p.meetings = [Meeting("ผู้แทนกระทรวงเกษตรและสหกรณ์", later(60), "ห้องประชุม 2", "รับเรื่องไว้พิจารณา")]
    rid = desk.petitions.register(desk.staff, p).record_id
    desk.clock.advance(timedelta(minutes=10))
    desk.petitions.log_event(desk.staff, rid, TimelineEventKind.MET_WITH, "รองปลัดสำนักนายกรัฐมนตรี")
    return rid


def test_record_pdf_gives_back_group_name_and_every_demand(
    desk: Desk, saved_petition: str, tmp_path: Path
) -> None:
    record = desk.petitions.load(saved_petition)
    text = pdf_text(desk.petitions.record_pdf(saved_petition), tmp_path)
    assert fold(record.petition.group_name) in text
    for demand in record.petition.demands:
        assert fold(demand.text) in text, demand.text
    assert fold(record.petition.issue_summary) in text
    assert fold(format_tracking_code(record.tracking_code)) in text
    assert fold("กรมส่งเสริมการเกษตร") in text  # agency names, not codes
    assert fold("รองปลัดสำนักนายกรัฐมนตรี") in text  # the timeline
    # Signature lines for the receiving official and the representative.
    assert text.count(fold("ลงชื่อ")) == 2
    assert fold(f"( {record.petition.received_by.name} )") in text
    contact = record.petition.contact
    assert contact is not None and fold(f"( {contact.full_name} )") in text
    # National IDs are masked on paper.
    assert contact.national_id not in text
    assert fold(contact.national_id[-3:-1] + "-" + contact.national_id[-1]) in text


def test_record_pdf_renders_to_pages(desk: Desk, saved_petition: str, tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(desk.petitions.record_pdf(saved_petition))
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 1 <= len(pages) <= 3


def test_daily_summary_lists_groups_and_totals(desk: Desk, tmp_path: Path) -> None:
    a = petition(seed=1)
    b = petition(seed=2)
    b.group_name = "ชมรมผู้เลี้ยงโคนมทดสอบ"
    b.headcount_estimate = 1250
    desk.petitions.register(desk.staff, a)
    desk.petitions.register(desk.staff, b)
    with pytest.raises(PermissionDenied):
        desk.petitions.daily_summary_pdf(desk.staff, ARRIVED.date())
    text = pdf_text(desk.petitions.daily_summary_pdf(desk.supervisor, date(2026, 3, 5)), tmp_path)
    assert fold("5 มีนาคม 2569") in text
    assert fold(a.group_name) in text and fold(b.group_name) in text
    assert fold("2 กลุ่ม") in text and fold("1,400 คน") in text
    assert fold("ขอนแก่น (2)") in text
    assert fold(a.received_by.name) in text
    assert fold("อยู่ในพื้นที่") in text


def test_written_pdf_lands_atomically(desk: Desk, saved_petition: str, tmp_path: Path) -> None:
    target = tmp_path / "exports" / "petition.pdf"
    assert desk.petitions.write_record_pdf(desk.supervisor, saved_petition, target) == target
    assert target.read_bytes().startswith(b"%PDF") and not list(target.parent.glob(".*.tmp"))
    assert target.stat().st_mode & 0o777 == 0o600  # names and phones: owner-only


def test_thai_lines_break_between_words_and_fit() -> None:
    from printing.pdf_fonts import register_fonts

    register_fonts()
    lines = wrap_text(TORTURE[7], "Sarabun", 12, 200)
    assert len(lines) > 2 and "".join(lines) == TORTURE[7]
    assert all(text_width(line.rstrip(), "Sarabun", 12) <= 200 for line in lines)
    # Every cut is a word boundary (never inside a word such as ประปา or หมู่บ้าน).
    cuts = [len("".join(lines[: i + 1])) for i in range(len(lines) - 1)]
    assert set(cuts) <= set(thai_break_points(TORTURE[7]))


def test_shaped_variant_glyphs_map_back_to_their_characters() -> None:
    assert glyph_text("uni0E48.small") == "\u0e48"
    assert glyph_text("uni0E4D0E49") == "\u0e49\u0e4d"  # typed order of น้ำ: mai tho, then sara am
    assert glyph_text("yoYingthai.less") == "ญ"
    assert glyph_text("doChadathai.short") == "ฎ"
