"""Renders the screens issue 13 changed, in Thai and English at 1366×768, for ``docs/keyflow/``: the
complaint form with the read-back box focused, the address list opened on screen, the repeat banner's
prefill button, and the petition form read-only (with the reason) and with a missing phone.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.render_keyflow_docs [OUT_DIR]``. Synthetic
data only (fake national IDs, invented names), a fixed clock, a throw-away counter home.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PSC_COUNTER_KEYRING"] = "off"


def main(out: Path) -> None:
    """Writes the PNG renders into ``out``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app.domain.clock import BANGKOK, FixedClock
    from app.domain.national_id import fake_national_id
    from app.domain.records import Address
    from app.domain.roles import Role
    from app.services import build_services, open_app
    from tests.petitions.builders import petition
    from tests.ui.helpers import complaint
    from tests.ui.thai_typing import type_text
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.i18n import Translations
    from ui.intake.intake_page import IntakePage
    from ui.ops import Ops
    from ui.petitions.petitions_page import PetitionsPage

    apply_app_font(app)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="psc-docs-"))
    clock = FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    password = "docs-pass-1"
    admin = services.auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", password).user
    services.auth.create_user(admin, "officer1", "นางสาวรับเรื่อง ทดสอบ", Role.COUNTER_OFFICER, password)
    services.auth.create_user(admin, "staff1", "นายประสาน มวลชนดี", Role.MASS_COORDINATION, password)
    officer = services.auth.login("officer1", password)
    staff = services.auth.login("staff1", password)
    ops = Ops()
    translations = Translations()
    nid = fake_national_id(random.Random(1313))
    services.complaints.register(officer, complaint(given="มานี", family="มีนา", nid=nid))
    saved = services.petitions.register(staff, petition(seed=3, reps=2, demands=2))

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        while ops.pending:
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()

    for lang in ("th", "en"):
        translations.set_language(lang)
        env = UiEnv(services=services, ops=ops, user=officer, translations=translations)
        page = IntakePage(env)
        page.resize(1366, 768)
        page.show()
        page.activateWindow()
        settle()
        form = page.form
        form.title_edit.setFocus()
        for widget, text in ((form.title_edit.lineEdit(), "นาง"), (form.given_name, "สมหญิง")):
            assert widget is not None
            type_text(widget, text)
        form.family_name.setText("ศรีสุวรรณรัตน์")
        form.national_id.setFocus()
        type_text(form.national_id, fake_national_id(random.Random(1314)))
        form.confirm_id.setFocus()
        settle()
        page.grab().save(str(out / f"intake-readback-focus-{lang}.png"))

        form.address.finder.setFocus()
        type_text(form.address.finder, "เมือง")
        settle(600)
        page.grab().save(str(out / f"intake-address-list-{lang}.png"))

        form.clear()
        form.national_id.setText(nid)
        settle(1200)
        form.link_button.click()
        settle()
        page.grab().save(str(out / f"intake-repeat-prefill-{lang}.png"))
        page.close()

        reader = PetitionsPage(UiEnv(services=services, ops=ops, user=officer, translations=translations))
        reader.resize(1366, 768)
        reader.show()
        settle()
        reader.open_record(saved.record_id)
        settle()
        reader.grab().save(str(out / f"petition-read-only-{lang}.png"))
        reader.close()

        desk = PetitionsPage(UiEnv(services=services, ops=ops, user=staff, translations=translations))
        desk.open_files = False
        desk.resize(1366, 768)
        desk.show()
        settle()
        p = petition(seed=4, reps=2, demands=2)
        p.arrived_at = clock()
        p.representatives[0].phone = ""
        p.representatives[0].email = ""
        p.representatives[0].line_id = ""
        p.representatives[0].address = Address()
        desk.form.set_payload(p)
        desk.save()
        settle()
        desk.grab().save(str(out / f"petition-phone-missing-{lang}.png"))
        desk.close()

    translations.set_language("th")
    ops.shutdown()
    services.close()
    print(f"renders written to {out}")


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "docs" / "keyflow"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
