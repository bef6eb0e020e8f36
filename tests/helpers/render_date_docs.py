"""Renders ``docs/dates/``: the Buddhist-era date picker open on the birth date, the reconciliation day and a
petition's arrival time, the holidays tab, and the petition page with its F6–F11 buttons, each in Thai and in
English, in the 1366×768 main window.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.helpers.render_date_docs [OUT_DIR]``.
Synthetic data only, a fixed clock, a throw-away home, a reference center on 127.0.0.1 (the reconciliation
screen exists only on a connected counter).
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
    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    app = QApplication(sys.argv[:1])
    from app.domain.clock import BANGKOK, FixedClock
    from app.domain.roles import Role
    from app.services import build_services, open_app
    from app.services.auth import AuthService
    from app.services.sync_service import SyncService
    from sync.server.app import ServerHooks, create_app
    from sync.server.central import Central
    from sync.server.runner import ServerThread
    from tests.helpers.counter import complaint
    from tests.petitions.builders import petition
    from tests.petitions.conftest import FAST_HASHER, PASSWORD
    from ui.admin.settings_dialog import SettingsDialog
    from ui.env import UiEnv
    from ui.fields.be_date_edit import BeDateEdit
    from ui.fonts import apply_app_font
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.ops import Ops
    from ui.petitions.petitions_page import PetitionsPage

    apply_app_font(app)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="psc-docs-"))
    clock = FixedClock(datetime(2026, 12, 3, 10, 0, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    auth = AuthService(services.ctx, services.audit_log, hasher=FAST_HASHER)
    admin = auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", PASSWORD).user
    auth.create_user(admin, "boss", "หัวหน้า ทดสอบ", Role.SUPERVISOR, PASSWORD)
    auth.create_user(admin, "somsri", "สมศรี ตั้งใจงาน", Role.COUNTER_OFFICER, PASSWORD)
    boss = auth.login("boss", PASSWORD)
    admin = auth.login("admin", PASSWORD)
    officer = auth.login("somsri", PASSWORD)
    services.ctx.settings.card_reader_enabled = False
    services.complaints.register(officer, complaint(3))
    assert services.petitions is not None
    group = petition()
    group.arrived_at = clock()
    saved = services.petitions.register(boss, group)

    center = Central.from_url(f"sqlite:///{home / 'center.sqlite3'}", clock)
    server = ServerThread(create_app(center, ServerHooks()))
    server.__enter__()
    token = center.add_station("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    sync = SyncService(services.ctx, services.audit_log, rng=random.Random(0), timeout=10)
    services.sync = sync
    sync.connect(server.url, token)
    ops = Ops()
    translations = Translations()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(ms: int = 300) -> None:
        wait(ms)
        while ops.pending:
            wait(50)

    def shot(window: QWidget, name: str, popup: QWidget | None = None) -> None:
        # A popup is a window of its own: painted onto the window's picture where the screen shows it.
        picture = window.grab()
        if popup is not None and popup.isVisible():
            painter = QPainter(picture)
            at = popup.pos() - window.mapToGlobal(QPoint(0, 0))
            painter.drawPixmap(at, QPixmap(popup.grab()))
            painter.end()
        picture.save(str(out / f"{name}.png"))

    def reveal(widget: QWidget) -> None:
        # Scrolls the nearest scroll area so the field (and room for its calendar) is on screen.
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 50, 300)

    for lang in ("th", "en"):
        translations.set_language(lang)
        window = MainWindow(UiEnv(services=services, ops=ops, user=boss, translations=translations))
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        settle()

        # The reconciliation day, its calendar open.
        window.show_page("reconcile")
        day = window.page("reconcile").day_edit  # type: ignore[union-attr]
        assert isinstance(day, BeDateEdit)
        settle()
        shot(window, f"reconciliation-day-picker-{lang}", day.open_calendar())
        day.open_calendar().close()

        # The petition: timeline buttons (F6–F11) and the arrival time's calendar.
        window.show_page("petitions")
        page = window.page("petitions")
        assert isinstance(page, PetitionsPage)
        page.open_record(saved.record_id)
        settle(600)
        shot(window, f"petition-timeline-{lang}")
        arrived = page.form.visit.arrived_at
        reveal(arrived)
        settle()
        shot(window, f"petition-arrival-picker-{lang}", arrived.open_calendar())
        arrived.open_calendar().close()
        window.close()
        settle()

        # The officer's birth-date field with its calendar, on the complaint form.
        officer_window = MainWindow(
            UiEnv(services=services, ops=ops, user=officer, translations=translations)
        )
        officer_window.resize(1366, 768)
        officer_window.move(0, 0)
        officer_window.show()
        settle()
        form = officer_window.page("intake").form  # type: ignore[union-attr]
        form.birth_date.setText("15/01/2530")
        reveal(form.birth_date)
        settle()
        shot(officer_window, f"birth-date-picker-{lang}", form.birth_date.open_calendar())
        form.birth_date.open_calendar().close()
        officer_window.close()
        settle()

        # The administrator's holidays tab.
        dialog = SettingsDialog(UiEnv(services=services, ops=ops, user=admin, translations=translations))
        dialog.resize(900, 560)
        dialog.show()
        for i in range(dialog.tabs.count()):
            tab = dialog.tabs.widget(i)
            if tab is not None and tab.findChild(BeDateEdit) is not None:
                dialog.tabs.setCurrentIndex(i)
        settle()
        shot(dialog, f"holidays-{lang}", dialog.holiday_date.open_calendar())
        dialog.holiday_date.open_calendar().close()
        dialog.close()
        settle()

    translations.set_language("th")
    sync.stop()
    ops.shutdown()
    server.__exit__(None, None, None)
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/dates"))
