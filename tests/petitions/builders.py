"""Synthetic petitions for tests: checksum-valid fake national IDs, invented names, fixed times."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from app.domain.national_id import fake_national_id
from app.domain.petition import (
    Demand,
    GroupPetitionPayload,
    HeadcountMethod,
    Official,
    Representative,
)
from app.domain.records import Address

ARRIVED = datetime(2026, 3, 5, 2, 30, tzinfo=UTC)  # 09:30 in Bangkok, 5 มี.ค. 2569

GIVEN = ["สมชาย", "สมหญิง", "ประยูร", "มาลี", "บุญมี", "อำไพ"]
FAMILY = ["ทดสอบดี", "ใจสมมุติ", "ตัวอย่างงาม", "นามสมมติ", "รักษ์ทดลอง", "มีสุขจำลอง"]


def representative(rng: random.Random, i: int, *, contact: bool = False) -> Representative:
    """A representative that passes validation (fake ID, mobile phone, a real subdistrict)."""
    return Representative(
        title="นาย" if i % 2 == 0 else "นาง",
        given_name=GIVEN[i % len(GIVEN)],
        family_name=FAMILY[i % len(FAMILY)],
        national_id=fake_national_id(rng),
        national_id_confirmed=True,
        pdpa_acknowledged=True,
        phone=f"08{rng.randint(10000000, 99999999)}",
        address=Address(
            house_no="12",
            subdistrict="ในเมือง",
            district="เมืองขอนแก่น",
            province="ขอนแก่น",
            postcode="40000",
        ),
        is_contact=contact,
        group_role="ประธานกลุ่ม" if contact else "ผู้แทน",
    )


def petition(seed: int = 7, *, reps: int = 3, demands: int = 5) -> GroupPetitionPayload:
    """A complete, valid petition of a farmers' group from the north-east."""
    rng = random.Random(seed)
    return GroupPetitionPayload(
        group_name="เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลังภาคอีสาน",
        organisation="สมาคมเกษตรกรทดสอบ",
        representatives=[representative(rng, i, contact=(i == 0)) for i in range(reps)],
        headcount_estimate=150,
        headcount_method=HeadcountMethod.OFFICER_COUNT,
        provinces=["ขอนแก่น", "นครราชสีมา"],
        arrived_at=ARRIVED,
        arrival_gate="ประตู 4",
        arrival_hall="ห้องรับเรื่อง 1",
        issue_summary="ราคามันสำปะหลังตกต่ำกว่าต้นทุนการผลิต เกษตรกรขาดทุนต่อเนื่องสองฤดูกาล",
        demands=[Demand(text=f"ข้อเรียกร้องที่ {i + 1}: ขอให้รัฐบาลพิจารณาช่วยเหลือ") for i in range(demands)],
        received_by=Official(name="นายรับเรื่อง ทดสอบ", position="ผู้อำนวยการศูนย์บริการประชาชน"),
    )


def later(minutes: int) -> datetime:
    """A time ``minutes`` after the group arrived."""
    return ARRIVED + timedelta(minutes=minutes)
