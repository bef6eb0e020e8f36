"""Grabs the backup screens (issue #9): the status bar's backup line and the start-up recovery dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_backup_screenshots.py

A throw-away counter home, a fixed clock, synthetic records only; the database is damaged on purpose.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PSC_COUNTER_KEYRING"] = "off"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import SIZE, settle, shot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.clock import BANGKOK, FixedClock  # noqa: E402
from app.domain.fakes import fake_complaint  # noqa: E402
from app.domain.roles import Role  # noqa: E402
from app.services import build_services, open_app  # noqa: E402
from app.storage.db import DB_FILE  # noqa: E402
from ui.env import UiEnv  # noqa: E402
from ui.fonts import apply_app_font  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.ops import Ops  # noqa: E402
from ui.session.recovery_dialog import RecoveryDialog  # noqa: E402
from ui.status.backup_status import BackupStatusWidget  # noqa: E402


def main() -> int:
    """Builds a demo counter, grabs the status bar, damages the database and grabs the recovery dialog."""
    import random

    app = QApplication(sys.argv[:1])
    apply_app_font(app)
    home = Path(tempfile.mkdtemp(prefix="psc-backup-shots-"))
    clock = FixedClock(datetime(2026, 11, 25, 10, 30, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    station = "ศูนย์บริการประชาชน ทำเนียบรัฐบาล"
    admin = services.auth.initialize("101", station, "admin", "ผู้ดูแล ระบบ", "admin-pass-1")
    services.auth.create_user(admin.user, "somsri", "สมศรี ตั้งใจงาน", Role.COUNTER_OFFICER, "officer-pass-1")
    officer = services.auth.login("somsri", "officer-pass-1")
    rng = random.Random(2569)
    for _ in range(5):
        services.complaints.register(officer, fake_complaint(rng, services.ctx.reference))
    assert services.backups is not None
    services.backups.backup(admin.user)
    clock.advance(timedelta(hours=3))
    services.ctx.settings.backup_second_folder = str(home / "usb-stick")  # not plugged in

    ops = Ops()
    window = MainWindow(UiEnv(services=services, ops=ops, user=officer))
    window.resize(*SIZE)
    window.show()
    line = window.findChild(BackupStatusWidget, "backup_status")
    settle(app, ops, lambda: line is not None and "ชั่วโมงที่แล้ว" in line.text())
    shot(window, "13-status-bar-backup")
    window.close()
    services.close()

    path = home / DB_FILE
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    dialog = RecoveryDialog(home, ops)
    dialog.show()
    settle(app, ops, dialog.restore_button.isEnabled)
    shot(dialog, "14-recovery-offer")
    ops.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
