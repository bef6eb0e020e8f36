"""Sample receipts and documents with synthetic data: the printer test page, ``psc-counter print-sample``, and
the renders kept in ``docs/printing/`` (``python -m printing.samples docs/printing``).

Every name here is invented; the tracking code has the real layout and a valid check digit.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from app.domain.clock import BANGKOK
from app.domain.geo import area_label_th
from app.domain.records import QueueState
from app.domain.tracking import format_access_token, format_tracking_code, make_tracking_code
from printing.documents import (
    AcknowledgementData,
    DailyRegisterData,
    RegisterRow,
    acknowledgement_letter,
    daily_register,
)
from printing.raster import WIDTH_58MM, WIDTH_80MM, render_receipt
from printing.receipt import (
    Align,
    BigCodeBlock,
    QrBlock,
    ReceiptCopy,
    ReceiptData,
    ReceiptDocument,
    RulerBlock,
    SeparatorBlock,
    SpacerBlock,
    TextBlock,
    TextSize,
    TitleBlock,
    build_receipt_document,
)

TORTURE_LINE = "ศูนย์บริการประชาชน ที่นี่ น้ำ ปั๊ม กรุงเทพฯ ๑๑๑๑"
"""The line every printer test page carries: tone marks over upper vowels, SARA AM, Thai digits."""
SAMPLE_BASE_URL = "https://1111.go.th/track/"
SAMPLE_TOKEN = "7KQ2M9XD4TR8V"
SAMPLE_WHEN = datetime(2026, 11, 25, 10, 5, tzinfo=BANGKOK)
SAMPLE_NAME = "นางสาวพิมพ์ชนก ศรีสุวรรณรัตน์"
SAMPLE_SUBJECT = "น้ำประปาไม่ไหลมาสามวัน ที่นี่ น้ำ ปั๊ม ขอให้การประปาเร่งแก้ไขโดยด่วน"


def sample_code(station: str = "101", seq: int = 42) -> str:
    """A tracking code with the real layout and check digit, for samples only."""
    return make_tracking_code(station, SAMPLE_WHEN.date(), seq)


def sample_receipt_data(
    copy: ReceiptCopy = ReceiptCopy.CITIZEN, reprint: bool = False, station: str = "101"
) -> ReceiptData:
    """A complete receipt of an invented complaint."""
    code = sample_code(station)
    return ReceiptData(
        kind_label="ใบรับเรื่องราวร้องทุกข์ (ร้องทุกข์/ร้องเรียน)",
        tracking_code=format_tracking_code(code),
        tracking_url=f"{SAMPLE_BASE_URL}{code}?t={SAMPLE_TOKEN}",
        access_token=format_access_token(SAMPLE_TOKEN),
        created_at=SAMPLE_WHEN,
        name=SAMPLE_NAME,
        masked_national_id="x-xxxx-xxxxx-12-3",
        subject=SAMPLE_SUBJECT,
        promised_by=SAMPLE_WHEN + timedelta(days=1, hours=6),
        officer="สมศรี ตั้งใจงาน",
        station=f"{station} ศูนย์บริการประชาชน ทำเนียบรัฐบาล",
        copy=copy,
        reprint=reprint,
        reprinted_at=SAMPLE_WHEN + timedelta(days=2) if reprint else None,
    )


def printer_test_page(width_dots: int, uri: str, profile: str) -> ReceiptDocument:
    """The printer settings test page: the Thai torture line, a width ruler, a QR code and the settings."""
    return ReceiptDocument(
        (
            TitleBlock("หน้าทดสอบเครื่องพิมพ์"),
            TextBlock(TORTURE_LINE, size=TextSize.LARGE, align=Align.CENTER),
            TextBlock(TORTURE_LINE, size=TextSize.NORMAL),
            TextBlock(TORTURE_LINE, size=TextSize.SMALL, bold=True),
            SeparatorBlock(dashed=False),
            TextBlock(f"ความกว้าง {width_dots} จุด — ขีดด้านล่างต้องเต็มแผ่นพอดี", size=TextSize.SMALL),
            RulerBlock(),
            SeparatorBlock(dashed=False),
            BigCodeBlock(format_tracking_code(sample_code())),
            QrBlock(f"{SAMPLE_BASE_URL}{sample_code()}?t={SAMPLE_TOKEN}"),
            TextBlock(f"เครื่องพิมพ์ {uri}", size=TextSize.SMALL),
            TextBlock(f"โปรไฟล์ {profile}", size=TextSize.SMALL),
            SpacerBlock(1.0),
        )
    )


def sample_acknowledgement() -> AcknowledgementData:
    """The acknowledgement letter of the sample complaint."""
    code = sample_code()
    return AcknowledgementData(
        tracking_code=format_tracking_code(code),
        access_token=format_access_token(SAMPLE_TOKEN),
        tracking_url=f"{SAMPLE_BASE_URL}{code}?t={SAMPLE_TOKEN}",
        created_at=SAMPLE_WHEN,
        complaint_type="ร้องทุกข์/ร้องเรียน",
        subject=SAMPLE_SUBJECT,
        name=SAMPLE_NAME,
        address="99/9 หมู่ 4 ซอยวัดป่า ถนนสุขุมวิท "
        + area_label_th("ปากน้ำ", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270"),
        description=(
            "น้ำประปาไม่ไหลมาสามวันแล้ว ชาวบ้านในหมู่บ้านป่าไผ่ต้องซื้อน้ำใช้เอง ปั๊มน้ำของหมู่บ้านเสีย "
            "แจ้งการประปาส่วนภูมิภาคแล้วแต่ยังไม่มีผู้มาแก้ไข"
        ),
        requested_action="ขอให้หน่วยงานที่เกี่ยวข้องเร่งซ่อมและแจ้งผลให้ทราบ",
        agency="การประปาส่วนภูมิภาค",
        documents_count=2,
        promised_by=SAMPLE_WHEN + timedelta(days=1, hours=6),
        officer="สมศรี ตั้งใจงาน",
        station="101 ศูนย์บริการประชาชน ทำเนียบรัฐบาล",
    )


def sample_register() -> DailyRegisterData:
    """A day's register with a few invented records."""
    subjects = [
        SAMPLE_SUBJECT,
        "ขอความเป็นธรรมกรณีถูกเลิกจ้างโดยไม่ได้รับค่าชดเชย",
        "แจ้งเบาะแสบ่อนการพนันในชุมชน",
        "ขอความช่วยเหลือค่ารักษาพยาบาลผู้ป่วยติดเตียง",
    ]
    names = ["พิมพ์ชนก ศ.", "สมชาย ใ.", "", "ประยูร ก."]
    states = [QueueState.ACKED, QueueState.ACKED, QueueState.PENDING, QueueState.IN_FLIGHT]
    rows = [
        RegisterRow(
            created_at=SAMPLE_WHEN + timedelta(minutes=37 * i),
            tracking_code=format_tracking_code(sample_code(seq=i + 1)),
            kind="เรื่องร้องทุกข์",
            name=names[i],
            subject=subjects[i],
            officer="สมศรี ตั้งใจงาน",
            queue_state=states[i],
            receipt_printed=i != 3,
        )
        for i in range(4)
    ]
    return DailyRegisterData(
        day=date(2026, 11, 25),
        station="101 ศูนย์บริการประชาชน ทำเนียบรัฐบาล",
        generated_at=SAMPLE_WHEN + timedelta(hours=7),
        rows=rows,
    )


def write_docs(folder: Path) -> list[Path]:
    """Renders the sample receipts (58 and 80 mm, office reprint) and PDFs (via pdftoppm) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    receipts = {
        "receipt-58mm.png": (build_receipt_document(sample_receipt_data()), WIDTH_58MM),
        "receipt-80mm.png": (build_receipt_document(sample_receipt_data()), WIDTH_80MM),
        "receipt-80mm-office-reprint.png": (
            build_receipt_document(sample_receipt_data(ReceiptCopy.OFFICE, reprint=True)),
            WIDTH_80MM,
        ),
        "test-page-80mm.png": (
            printer_test_page(WIDTH_80MM, "tcp://192.0.2.10:9100", "TM-T20II"),
            WIDTH_80MM,
        ),
    }
    for name, (doc, width) in receipts.items():
        path = folder / name
        render_receipt(doc, width).save(str(path))
        written.append(path)
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in (
            ("acknowledgement-letter", acknowledgement_letter(sample_acknowledgement())),
            ("day-register", daily_register(sample_register())),
        ):
            source = Path(tmp) / f"{name}.pdf"
            source.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", "110", "-png", "-singlefile", str(source), str(folder / name)], check=True
            )
            written.append(folder / f"{name}.png")
    return written


if __name__ == "__main__":  # pragma: no cover - a documentation helper
    from printing.fonts import ensure_gui_app

    ensure_gui_app()
    for written_path in write_docs(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/printing")):
        sys.stdout.write(f"{written_path}\n")
