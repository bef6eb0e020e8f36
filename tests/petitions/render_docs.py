"""Renders the mass-coordination desk for ``docs/petitions/``: the page (filled, and with errors), the
representative's receipt as the thermal printer gets it, the A4 petition record and the situation summary.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.petitions.render_docs [OUT_DIR]``. Synthetic
data only (fake national IDs, invented names), a fixed clock, a throw-away counter home.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PSC_COUNTER_KEYRING"] = "off"


def main(out: Path) -> None:
    """Writes the PNG renders into ``out``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app.domain.clock import BANGKOK, FixedClock
    from app.domain.petition import Meeting, TimelineEventKind
    from app.domain.roles import Role
    from app.services import build_services, open_app
    from app.services.auth import AuthService
    from printing.raster import render_receipt
    from tests.petitions.builders import petition
    from tests.petitions.conftest import FAST_HASHER, PASSWORD
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.ops import Ops
    from ui.petitions.petitions_page import PetitionsPage

    apply_app_font(app)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="psc-docs-"))
    clock = FixedClock(datetime(2026, 3, 5, 9, 30, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    auth = AuthService(services.ctx, services.audit_log, hasher=FAST_HASHER)
    admin = auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", PASSWORD).user
    auth.create_user(admin, "staff1", "นายประสาน มวลชนดี", Role.MASS_COORDINATION, PASSWORD)
    auth.create_user(admin, "super1", "นายหัวหน้า ทดสอบ", Role.SUPERVISOR, PASSWORD)
    staff = auth.login("staff1", PASSWORD)
    supervisor = auth.login("super1", PASSWORD)
    ops = Ops()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        while ops.pending:
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()

    page = PetitionsPage(UiEnv(services=services, ops=ops, user=staff))
    page.open_files = False
    page.resize(1600, 1000)
    page.show()
    settle()

    # 1. A petition with mistakes: the Thai messages beside the fields.
    p = petition()
    p.arrived_at = clock()
    p.headcount_estimate = 0
    nid = p.representatives[1].national_id
    p.representatives[1].national_id = nid[:12] + str((int(nid[12]) + 1) % 10)
    page.form.set_payload(p)
    page.save()
    settle()
    page.grab().save(str(out / "form-errors.png"))

    # 2. Saved, with its timeline.
    p = petition()
    p.arrived_at = clock()
    p.agency_codes = ["DOAE", "BAAC", "DIT"]
    p.meetings = [Meeting("ผู้แทนกระทรวงเกษตรและสหกรณ์", clock() + timedelta(hours=1), "ห้องประชุม 2", "")]
    p.follow_up = "นัดติดตามผลทางโทรศัพท์ภายใน ๗ วันทำการ"
    page.new_petition()
    page.form.set_payload(p)
    page.form.set_received_by_default(staff.display_name, "")
    page.save()
    settle()
    record = page.record
    assert record is not None
    for minutes, kind, note in (
        (15, TimelineEventKind.PETITION_HANDED_OVER, ""),
        (45, TimelineEventKind.MET_WITH, "รองปลัดสำนักนายกรัฐมนตรี"),
        (70, TimelineEventKind.MOVED_TO, "ลานหน้าศูนย์บริการประชาชน"),
    ):
        clock.set(datetime(2026, 3, 5, 9, 30, tzinfo=BANGKOK) + timedelta(minutes=minutes))
        services.petitions.log_event(staff, record.record_id, kind, note)
    page.open_record(record.record_id)
    settle()
    page.form.rep_table.scrollToTop()
    page.grab().save(str(out / "form.png"))

    # 3. The representative's receipt, as the 80 mm printer gets it.
    doc = services.receipts.document(record.record_id)
    render_receipt(doc, 576).save(str(out / "receipt.png"))

    # 4. The A4 petition record and the supervisor's situation summary.
    pdf = services.petitions.write_record_pdf(supervisor, record.record_id, home / "record.pdf")
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / "record")], check=True)
    other = petition(seed=9)
    other.group_name = "ชมรมผู้เลี้ยงโคนมภาคกลาง"
    other.provinces = ["สระบุรี", "ลพบุรี"]
    other.headcount_estimate = 85
    other.arrived_at = clock()
    services.petitions.register(staff, other)
    summary = services.petitions.write_daily_summary_pdf(supervisor, clock().date(), home / "summary.pdf")
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(summary), str(out / "situation-summary")], check=True)

    page.close()
    ops.shutdown()
    services.close()
    print(f"renders written to {out}")


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "docs" / "petitions"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
