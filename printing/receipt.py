"""The receipt as a document: pure data, no Qt, no printer (docs/ARCHITECTURE.md, Identifiers).

A service fills a :class:`ReceiptData` from a record; :func:`build_receipt_document` turns it into a list of
layout blocks that the raster renderer (``printing.raster``) paints for the printer and for the on-screen
preview alike. Sizes here are named steps (:class:`TextSize`), not dots: the renderer maps them to pixels for
the printer's width, so one document prints on 58 mm and 80 mm paper.

Every string that a person may have typed is stripped of control characters here, before layout, so nothing
typed into a form can ever become an ESC/POS command (docs/ARCHITECTURE.md, Printing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from app.domain.text import shorten, strip_control_chars
from app.domain.thaidate import format_thai_date, format_thai_datetime


class ReceiptCopy(StrEnum):
    """Which copy of a receipt: the citizen takes one, the office may keep one with a signature."""

    CITIZEN = "citizen"
    OFFICE = "office"


class Align(StrEnum):
    """Horizontal placement of a text block."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class TextSize(IntEnum):
    """Named text sizes; the renderer maps each to a pixel size for the paper width."""

    SMALL = 0
    NORMAL = 1
    LARGE = 2
    TITLE = 3


# --------------------------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class TitleBlock:
    """The heading of the receipt: bold, centred, wrapped."""

    text: str


@dataclass(frozen=True)
class TextBlock:
    """A paragraph, wrapped at Thai word boundaries."""

    text: str
    size: TextSize = TextSize.NORMAL
    bold: bool = False
    align: Align = Align.LEFT
    inverted: bool = False  # white on black, for marks that must not be missed (reprint)


@dataclass(frozen=True)
class BigCodeBlock:
    """The tracking code, as large as fits the paper, centred, never wrapped."""

    text: str


@dataclass(frozen=True)
class QrBlock:
    """A QR code of ``data``; the renderer draws whole modules of whole dots so it scans."""

    data: str


@dataclass(frozen=True)
class SeparatorBlock:
    """A horizontal rule across the paper."""

    dashed: bool = True


@dataclass(frozen=True)
class KeyValueBlock:
    """A label and its value side by side; the value wraps in its own column."""

    key: str
    value: str
    bold_value: bool = False


@dataclass(frozen=True)
class SignatureBlock:
    """A dotted line to sign on, with a caption under it (office copy)."""

    caption: str


@dataclass(frozen=True)
class RulerBlock:
    """Tick marks across the whole paper width (test page): a short tick every 8 dots (1 mm at 203 dpi), a
    long one every 64, so a printer that crops the image shows it at once."""


@dataclass(frozen=True)
class SpacerBlock:
    """Vertical space, in lines of normal text."""

    lines: float = 1.0


Block = (
    RulerBlock
    | TitleBlock
    | TextBlock
    | BigCodeBlock
    | QrBlock
    | SeparatorBlock
    | KeyValueBlock
    | SignatureBlock
    | SpacerBlock
)


@dataclass(frozen=True)
class ReceiptDocument:
    """A receipt ready to render: blocks top to bottom."""

    blocks: tuple[Block, ...]
    copy: ReceiptCopy = ReceiptCopy.CITIZEN
    reprint: bool = False

    def texts(self) -> list[str]:
        """Every human-readable string of the document, in order (for tests and accessibility)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, TitleBlock | TextBlock | BigCodeBlock):
                out.append(block.text)
            elif isinstance(block, KeyValueBlock):
                out.extend((block.key, block.value))
            elif isinstance(block, SignatureBlock):
                out.append(block.caption)
        return out


# --------------------------------------------------------------------------------------------- data

CENTER_NAME = "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล ๑๑๑๑"
CENTER_SUBTITLE = "ศูนย์บริการประชาชน สำนักงานปลัดสำนักนายกรัฐมนตรี"
HOTLINE = "1111"
WEBSITE = "www.1111.go.th"
LINE_ACCOUNT = "@PSC1111"
ANONYMOUS_LABEL = "ไม่ประสงค์ออกนาม"
REPRINT_MARK = "สำเนา / REPRINT"
PDPA_NOTICE = (
    "ข้อมูลส่วนบุคคลของท่านใช้เพื่อดำเนินการเรื่องนี้เท่านั้น "
    "และอาจส่งต่อให้หน่วยงานที่เกี่ยวข้องตามที่ท่านยินยอม "
    "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
)
SUBJECT_MAX_CHARS = 120
"""Longest subject printed on a receipt; the full text stays in the record."""


@dataclass(frozen=True)
class ReceiptData:
    """What a receipt shows, already chosen and masked by the service (``app.services.receipts``).

    ``name`` is the complainant's full name; with ``anonymous`` set it is ignored and the anonymous marker is
    printed. ``masked_national_id`` is already masked (``x-xxxx-xxxxx-12-3``) or empty. ``extra_lines`` are
    further label/value rows (a group petition adds group name, headcount, demands, receiving official).
    Times are aware datetimes; they are printed in Bangkok time with the Buddhist-era year.
    """

    kind_label: str
    tracking_code: str
    tracking_url: str
    access_token: str
    created_at: datetime
    name: str = ""
    anonymous: bool = False
    masked_national_id: str = ""
    subject: str = ""
    promised_by: datetime | None = None
    officer: str = ""
    copy: ReceiptCopy = ReceiptCopy.CITIZEN
    reprint: bool = False
    reprinted_at: datetime | None = None
    station: str = ""
    extra_lines: list[tuple[str, str]] = field(default_factory=list)


def _clean(text: str) -> str:
    """One line of typed text: control characters removed, runs of white space collapsed."""
    return " ".join(strip_control_chars(text, keep_newlines=True).split())


def build_receipt_document(data: ReceiptData) -> ReceiptDocument:
    """Lays out a receipt for ``data``: header, tracking code and QR, details, follow-up, PDPA, signature."""
    blocks: list[Block] = [
        TitleBlock(CENTER_NAME),
        TextBlock(CENTER_SUBTITLE, size=TextSize.SMALL, align=Align.CENTER),
    ]
    if data.reprint:
        blocks.append(SpacerBlock(0.3))
        blocks.append(
            TextBlock(REPRINT_MARK, size=TextSize.LARGE, bold=True, align=Align.CENTER, inverted=True)
        )
        if data.reprinted_at is not None:
            blocks.append(
                TextBlock(
                    f"พิมพ์ซ้ำเมื่อ {format_thai_datetime(data.reprinted_at)}",
                    size=TextSize.SMALL,
                    align=Align.CENTER,
                )
            )
    copy_label = "ฉบับผู้ยื่นเรื่อง" if data.copy is ReceiptCopy.CITIZEN else "ฉบับเจ้าหน้าที่ (เก็บที่ศูนย์)"
    blocks += [
        SeparatorBlock(dashed=False),
        TextBlock(_clean(data.kind_label), size=TextSize.LARGE, bold=True, align=Align.CENTER),
        TextBlock(copy_label, size=TextSize.SMALL, align=Align.CENTER),
        SpacerBlock(0.3),
        TextBlock("เลขรับเรื่อง", size=TextSize.SMALL, align=Align.CENTER),
        BigCodeBlock(_clean(data.tracking_code)),
        QrBlock(strip_control_chars(data.tracking_url).strip()),
        TextBlock(
            f"รหัสติดตามเรื่อง {_clean(data.access_token)}", size=TextSize.NORMAL, bold=True, align=Align.CENTER
        ),
        TextBlock(
            "สแกน QR หรือกรอกเลขรับเรื่องและรหัสติดตามที่เว็บไซต์",
            size=TextSize.SMALL,
            align=Align.CENTER,
        ),
        SeparatorBlock(),
        KeyValueBlock("วันที่รับ", format_thai_datetime(data.created_at)),
        KeyValueBlock("ชื่อ", ANONYMOUS_LABEL if data.anonymous else _clean(data.name) or "-"),
    ]
    if data.masked_national_id and not data.anonymous:
        blocks.append(KeyValueBlock("เลขประจำตัว", _clean(data.masked_national_id)))
    if data.subject:
        blocks.append(KeyValueBlock("เรื่อง", shorten(_clean(data.subject), SUBJECT_MAX_CHARS)))
    blocks.extend(KeyValueBlock(_clean(key), _clean(value)) for key, value in data.extra_lines)
    if data.promised_by is not None:
        blocks.append(
            KeyValueBlock("ตอบกลับภายใน", format_thai_date(data.promised_by, style="short"), bold_value=True)
        )
    if data.officer:
        blocks.append(KeyValueBlock("เจ้าหน้าที่", _clean(data.officer)))
    if data.station:
        blocks.append(KeyValueBlock("จุดบริการ", _clean(data.station)))
    blocks += [
        SeparatorBlock(),
        TextBlock("ติดตามเรื่องได้ที่", size=TextSize.NORMAL, bold=True),
        TextBlock(f"สายด่วน {HOTLINE} (ตลอด 24 ชั่วโมง)", size=TextSize.NORMAL),
        TextBlock(f"เว็บไซต์ {WEBSITE}", size=TextSize.NORMAL),
        TextBlock(f"LINE {LINE_ACCOUNT}", size=TextSize.NORMAL),
        SeparatorBlock(),
        TextBlock(PDPA_NOTICE, size=TextSize.SMALL),
    ]
    if data.copy is ReceiptCopy.OFFICE:
        blocks += [
            SpacerBlock(2.0),
            SignatureBlock("ลงชื่อผู้ยื่นเรื่อง"),
            SpacerBlock(1.5),
            SignatureBlock("ลงชื่อเจ้าหน้าที่ผู้รับเรื่อง"),
        ]
    blocks.append(SpacerBlock(1.0))
    return ReceiptDocument(blocks=tuple(blocks), copy=data.copy, reprint=data.reprint)
