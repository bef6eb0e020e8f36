"""The data-subject export as an A4 PDF (PDPA right of access): every record, version and attachment
held about one person, from the JSON document ``LifecycleService.subject_document`` builds.

Every value is printed as ``path: value`` (the payload flattened), so nothing held is left out and the
layout does not depend on the record kind. Thai is shaped and broken at word boundaries by
``printing.pdf`` (``ThaiParagraph``, ``thai_table``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.domain.thaidate import format_thai_datetime
from app.domain.tracking import format_tracking_code
from printing.pdf import ThaiParagraph, ThaiStyle, build_pdf, spacer, thai_table

_KIND_TH = {"complaint": "เรื่องร้องทุกข์", "group_petition": "การประสานมวลชน", "survey_response": "แบบประเมิน"}
_WIDTH = 170 * mm


def _when(text: str) -> str:
    try:
        return format_thai_datetime(datetime.fromisoformat(text))
    except ValueError:
        return text


def flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """``(dotted path, text)`` of every leaf of a payload; empty values are left out."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flatten(inner, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from flatten(inner, f"{prefix}.{i}" if prefix else str(i))
    elif value not in (None, "", False):
        yield prefix, "ใช่" if value is True else str(value)


def subject_export_pdf(doc: dict[str, Any]) -> bytes:
    """The PDF of a subject-export document."""
    records = doc.get("records", [])
    story: list[Flowable] = [
        ThaiParagraph("ข้อมูลส่วนบุคคลที่ศูนย์บริการเก็บไว้ (คำขอเข้าถึงข้อมูลตาม PDPA)", ThaiStyle(size=17, bold=True)),
        ThaiParagraph(
            f"จุดบริการ {doc.get('station_code', '')}    จัดทำเมื่อ {_when(str(doc.get('generated_at', '')))}    "
            f"จำนวน {len(records)} เรื่อง",
            ThaiStyle(size=12, space_after=6),
        ),
    ]
    if not records:
        story.append(ThaiParagraph("ไม่พบข้อมูลของบุคคลนี้", ThaiStyle(size=14)))
    for record in records:
        story += [
            spacer(3),
            ThaiParagraph(
                f"เลขรับเรื่อง {format_tracking_code(record['tracking_code'])} — "
                f"{_KIND_TH.get(record['kind'], record['kind'])}",
                ThaiStyle(size=14, bold=True),
            ),
            ThaiParagraph(
                f"รับเมื่อ {_when(record['created_at'])}    สถานะที่ศูนย์ {record.get('central_status') or '-'}"
                f"    เลขที่ศูนย์ {record.get('central_ref') or '-'}",
                ThaiStyle(size=11, space_after=2),
            ),
        ]
        for version in record["versions"]:
            head = f"ฉบับที่ {version['version']} — {_when(version['created_at'])} โดย {version['officer']}"
            if version.get("reason"):
                head += f" (เหตุผล: {version['reason']})"
            rows: list[list[str]] = [["รายการ", "ข้อมูล"]]
            rows += [[path, text] for path, text in flatten(version["payload"])]
            story += [
                ThaiParagraph(head, ThaiStyle(size=12, bold=True)),
                thai_table(rows, [_WIDTH * 0.35, _WIDTH * 0.65], size=10),
            ]
        if record["attachments"]:
            rows = [["ไฟล์แนบ", "ชนิด", "ขนาด (ไบต์)", "ฉบับที่"]]
            rows += [
                [
                    a["name"] or a["sha256"][:12],
                    a["media_type"],
                    f"{a['size']:,}",
                    ", ".join(map(str, a["versions"])),
                ]
                for a in record["attachments"]
            ]
            story += [spacer(2), thai_table(rows, [_WIDTH * f for f in (0.45, 0.25, 0.15, 0.15)], size=10)]
    return build_pdf(story, title="Subject access export", footer="ข้อมูลส่วนบุคคล — เก็บรักษาเป็นความลับ")
