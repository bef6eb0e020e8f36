"""Renders the device screens for ``docs/devices/``: the main window with the complaint form filled from an
ID card (the card's data as the test card holds it, its photo shown), and the scan dialog scanning three
pages with SANE's ``test`` backend.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.helpers.render_device_docs [OUT_DIR]``.
Synthetic data only (a checksum-valid fake ID, an invented name), a fixed clock, a throw-away home.
"""

from __future__ import annotations

import os
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
    from app.domain.roles import Role
    from app.domain.thai_id_card import PHOTO, SELECT_APPLET, TEXT_FILES, exchange, file_reads, parse_card
    from app.services import build_services, open_app
    from app.services.auth import AuthService
    from app.services.devices import ReaderState
    from tests.helpers.thai_id_emulator import ATR, ThaiIdApplet, synthetic_profile
    from tests.petitions.conftest import FAST_HASHER, PASSWORD
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.main_window import MainWindow
    from ui.ops import Ops
    from ui.records.scan_dialog import ScanDialog

    apply_app_font(app)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="psc-docs-"))
    clock = FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    auth = AuthService(services.ctx, services.audit_log, hasher=FAST_HASHER)
    admin = auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", PASSWORD).user
    auth.create_user(admin, "somsri", "สมศรี ตั้งใจงาน", Role.COUNTER_OFFICER, PASSWORD)
    officer = auth.login("somsri", PASSWORD)
    services.ctx.settings.card_reader_enabled = False  # the window's states are set below, not by PC/SC
    ops = Ops()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(ms: int = 400) -> None:
        wait(ms)
        while ops.pending:
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()

    # The card, read through the same exchange as the reader does, from the test card's applet.
    profile = synthetic_profile(
        21,
        name_th="นางสาว#กาญจนา##ศรีสุข",
        name_en="Miss#Kanchana##Srisuk",
        birth="25300115",
        address="88/8##ตรอกวัดใหม่#ซอยสุขใจ#ถนนพหลโยธิน#แขวงลาดยาว#เขตจตุจักร#กรุงเทพมหานคร",
    )
    applet = ThaiIdApplet(profile)

    def send(apdu: bytes) -> tuple[bytes, int, int]:
        r = applet.process(apdu)
        return r[:-2], r[-2], r[-1]

    exchange(send, SELECT_APPLET)
    files = {f.name: b"".join(exchange(send, a) for a in file_reads(f)) for f in (*TEXT_FILES, PHOTO)}
    card = parse_card(files, files[PHOTO.name])

    env = UiEnv(services=services, ops=ops, user=officer)
    window = MainWindow(env)
    window.resize(1366, 768)
    window.show()
    settle()
    watcher = window.devices.watcher
    assert watcher is not None
    states = [ReaderState("ACS ACR39U ICC Reader 00 00", ATR)]
    watcher.states = states
    watcher.refresh()
    window.devices.card_status._readers(states)
    form = window.page("intake").form  # type: ignore[union-attr]
    form.phone.setText("0812345678")
    form.card_panel.show_card(card, clock().date())
    form.card_panel.show_photo(card.photo)
    settle()
    window.grab().save(str(out / "complaint-form-from-card.png"))
    bar = form.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(200)
    window.grab().save(str(out / "complaint-form-from-card-address.png"))

    scan_env = dict(os.environ)
    conf = home / "sane.d"
    conf.mkdir()
    (conf / "dll.conf").write_text("test\n", encoding="ascii")
    scan_env["SANE_CONFIG_DIR"] = str(conf)
    services.scans.env = scan_env
    services.ctx.settings.scan_extra_options = "--read-delay=yes --read-delay-duration=40000"
    dialog = ScanDialog(ops, services.scans, officer, window)
    dialog.show()
    while not dialog.scan_button.isEnabled():
        settle(100)
    dialog.pages.setValue(3)
    dialog.start_scan()
    while dialog.progress.value() < 45:
        wait(20)
    dialog.grab().save(str(out / "scan-dialog.png"))
    dialog.cancel()
    settle(600)
    window.devices.stop()
    ops.shutdown()
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/devices"))
