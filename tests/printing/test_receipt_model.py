"""The receipt document: what the citizen and the office get on paper, before any pixel is drawn."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.clock import BANGKOK
from printing.receipt import (
    ANONYMOUS_LABEL,
    REPRINT_MARK,
    BigCodeBlock,
    QrBlock,
    ReceiptCopy,
    ReceiptData,
    SignatureBlock,
    build_receipt_document,
)

URL = "https://1111.go.th/track/1012569112500012?t=7KQ2M9XD4TR8V"


def data(**changes: object) -> ReceiptData:
    base: dict[str, object] = {
        "kind_label": "ใบรับเรื่องราวร้องทุกข์ (ร้องทุกข์/ร้องเรียน)",
        "tracking_code": "101-691125-0-0001-2",
        "tracking_url": URL,
        "access_token": "7KQ2-M9XD-4TR8V",
        "created_at": datetime(2026, 11, 25, 3, 5, tzinfo=UTC),  # 10:05 in Bangkok
        "name": "นางสาวพิมพ์ชนก ศรีสุวรรณรัตน์",
        "masked_national_id": "x-xxxx-xxxxx-12-3",
        "subject": "น้ำประปาไม่ไหล",
        "promised_by": datetime(2026, 11, 26, 16, 30, tzinfo=BANGKOK),
        "officer": "สมศรี ตั้งใจงาน",
        "station": "101 ทำเนียบรัฐบาล",
    }
    base.update(changes)
    return ReceiptData(**base)  # type: ignore[arg-type]


def test_receipt_shows_code_qr_dates_in_buddhist_era_and_follow_up_channels() -> None:
    doc = build_receipt_document(data())
    texts = doc.texts()
    assert [b.text for b in doc.blocks if isinstance(b, BigCodeBlock)] == ["101-691125-0-0001-2"]
    assert [b.data for b in doc.blocks if isinstance(b, QrBlock)] == [URL]
    assert "25 พ.ย. 2569 10:05 น." in texts
    assert "26 พ.ย. 2569" in texts
    assert "x-xxxx-xxxxx-12-3" in texts
    assert any("7KQ2-M9XD-4TR8V" in t for t in texts)
    joined = "\n".join(texts)
    for channel in ("สายด่วน 1111", "www.1111.go.th", "@PSC1111", "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล"):
        assert channel in joined
    assert REPRINT_MARK not in joined
    assert not any(isinstance(b, SignatureBlock) for b in doc.blocks)


def test_office_copy_has_signature_lines_and_reprint_says_so() -> None:
    office = build_receipt_document(data(copy=ReceiptCopy.OFFICE))
    assert sum(isinstance(b, SignatureBlock) for b in office.blocks) == 2
    reprint = build_receipt_document(
        data(reprint=True, reprinted_at=datetime(2026, 11, 27, 9, 0, tzinfo=BANGKOK))
    )
    texts = reprint.texts()
    assert REPRINT_MARK in texts
    assert "พิมพ์ซ้ำเมื่อ 27 พ.ย. 2569 09:00 น." in texts


def test_anonymous_complainant_has_no_name_and_no_id_on_paper() -> None:
    doc = build_receipt_document(data(anonymous=True))
    texts = doc.texts()
    assert ANONYMOUS_LABEL in texts
    assert "นางสาวพิมพ์ชนก ศรีสุวรรณรัตน์" not in texts
    assert "x-xxxx-xxxxx-12-3" not in texts


def test_typed_control_characters_never_reach_the_layout() -> None:
    nasty = "\x1b@\x1dV\x00สม\x10\x04\x01ชาย\x7f\n\tใจดี"
    doc = build_receipt_document(
        data(name=nasty, subject=nasty, officer=nasty, station=nasty, extra_lines=[(nasty, nasty)])
    )
    for text in doc.texts():
        assert not any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text), repr(text)
    assert "@Vสมชาย ใจดี" in doc.texts()


def test_long_subject_is_shortened_at_a_word_boundary() -> None:
    subject = "คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่ตำบลปากน้ำอำเภอเมืองสมุทรปราการ" * 4
    doc = build_receipt_document(data(subject=subject))
    printed = next(t for t in doc.texts() if t.startswith("คำร้อง"))
    assert len(printed) <= 120
    assert printed.endswith("…")
    assert subject.startswith(printed[:-1])
    # the cut falls between two words: what follows in the full text starts a new word
    rest = subject[len(printed) - 1 :]
    assert rest.startswith(
        (
            "คำร้อง",
            "เรื่อง",
            "น้ำ",
            "ประปา",
            "ไม่",
            "ไหล",
            "ที่",
            "หมู่บ้าน",
            "ป่า",
            "ไผ่",
            "ตำบล",
            "ปาก",
            "อำเภอ",
            "เมือง",
            "สมุทรปราการ",
        )
    )
