"""A4 PDFs: text read back with pdftotext is the Thai that was typed; pages render with poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from app.domain.clock import BANGKOK, FixedClock
from app.domain.geo import subdistrict_address
from app.domain.records import Address, IdentityMode
from app.services import Services
from app.services.types import CurrentUser, PermissionDenied, SaveResult
from printing.pdf import FONT, register_fonts, wrap_text
from tests.printing.conftest import NAME, SUBJECT, complaint_payload

TORTURE = "ศูนย์บริการประชาชน ที่นี่ น้ำ ปั๊ม กรุงเทพฯ ๑๑๑๑"


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def render(path: Path, out_prefix: Path, dpi: int = 100) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(path), str(out_prefix)], check=True
    )
    (png,) = out_prefix.parent.glob(out_prefix.name + "*.png")
    return png


def test_acknowledgement_letter_gives_back_the_exact_thai_name_and_subject(
    services: Services, saved: SaveResult, tmp_path: Path
) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(services.receipts.acknowledgement_pdf(saved.record_id))
    text = pdftotext(pdf)
    lines = text.replace("\n", "")  # a long subject may wrap: lines join back without a gap
    assert f"เรียน {NAME[0]}{NAME[1]} {NAME[2]}" in text
    assert SUBJECT in lines
    assert "ใบรับเรื่องราวร้องทุกข์" in text
    assert "\ue000" not in text and "\ufffd" not in text  # no private-use or replacement characters
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "Sarabun-Regular" in fonts and "Helvetica" not in fonts
    assert all(line.split()[-4:-2] == ["yes", "yes"] for line in fonts.splitlines()[2:])  # embedded subsets
    with Image.open(render(pdf, tmp_path / "letter")) as page:
        codes = [r.text for r in zxingcpp.read_barcodes(page)]
    assert codes and codes[0].startswith(services.ctx.settings.tracking_base_url)


@pytest.mark.parametrize(
    ("subdistrict_code", "postcode", "words"),
    [
        ("100101", "10200", "แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200"),
        ("110101", "10270", "ตำบลปากน้ำ อำเภอเมืองสมุทรปราการ จังหวัดสมุทรปราการ 10270"),
    ],
)
def test_the_letter_says_khwaeng_khet_in_bangkok_and_tambon_amphoe_elsewhere(
    services: Services, officer: CurrentUser, tmp_path: Path, subdistrict_code: str, postcode: str, words: str
) -> None:
    place = subdistrict_address(subdistrict_code, postcode)
    assert place is not None
    payload = complaint_payload(services)
    payload.complainant.address = Address(
        house_no="99/9",
        subdistrict_code=place.subdistrict_code,
        subdistrict=place.subdistrict,
        district=place.district,
        province=place.province,
        postcode=place.postcode,
    )
    saved = services.complaints.register(officer, payload)
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(services.receipts.acknowledgement_pdf(saved.record_id))
    text = "".join(pdftotext(pdf).split())  # a line may wrap anywhere in the address: compare without spaces
    assert f"99/9{words}".replace(" ", "") in text
    assert "/แขวง" not in text and "/เขต" not in text


def test_anonymous_letter_names_nobody(services: Services, officer: CurrentUser, tmp_path: Path) -> None:
    payload = complaint_payload(services, seed=11)
    payload.identity_mode = IdentityMode.ANONYMOUS
    saved = services.complaints.register(officer, payload)
    pdf = tmp_path / "anon.pdf"
    pdf.write_bytes(services.receipts.acknowledgement_pdf(saved.record_id))
    text = pdftotext(pdf)
    assert "เรียน ไม่ประสงค์ออกนาม" in text
    assert NAME[1] not in text


def test_day_register_lists_the_days_records_for_the_supervisor_only(
    services: Services, officer: CurrentUser, supervisor: CurrentUser, clock: FixedClock, tmp_path: Path
) -> None:
    first = services.complaints.register(officer, complaint_payload(services, seed=1))
    second = services.complaints.register(officer, complaint_payload(services, seed=2))
    day = clock().astimezone(BANGKOK).date()
    with pytest.raises(PermissionDenied):
        services.receipts.register_pdf(officer, day)
    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(services.receipts.register_pdf(supervisor, day))
    text = pdftotext(pdf)
    for saved in (first, second):
        assert services.receipts.data_for(saved.record_id).tracking_code in text
    assert "รวม 2 เรื่อง" in text
    assert "ทะเบียนรับเรื่องประจำวัน" in text
    assert f"{NAME[1]} {NAME[2]}" not in text  # names are masked in the register


def test_thai_lines_break_between_words() -> None:
    register_fonts()
    text = "คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่ตำบลปากน้ำอำเภอเมืองสมุทรปราการ " + TORTURE
    lines = wrap_text(text, FONT, 14, 150)
    assert len(lines) > 2
    assert "".join(lines) == text
    from app.domain.text import thai_break_points

    breaks = set(thai_break_points(text))
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        assert offset in breaks, line
