"""Renders the screens issue 13 changed on the search, reprint, queue and reconciliation side, in Thai and
English at 1366x768, into ``docs/records/``: ``python -m tests.ui.render_issue13_docs docs/records``.

A temporary counter home (synthetic complaints only, checksum-valid fake IDs), the reference center on
127.0.0.1 for the queue and, stopped again, for reconciliation with the center away. Offscreen Qt.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path


def main(out: Path) -> None:
    """Builds the day and saves the images."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PSC_COUNTER_KEYRING"] = "off"
    from PySide6.QtWidgets import QApplication, QWidget

    from app.domain.clock import BANGKOK, FixedClock
    from app.domain.fakes import fake_complaint
    from app.domain.records import IdentityMode
    from app.domain.roles import Role
    from app.domain.service_standard import DueFilter
    from app.services import build_services, open_app
    from app.services.sync_service import SyncService
    from sync.server.app import create_app
    from sync.server.central import Central
    from sync.server.runner import ServerThread
    from tests.sync.helpers import break_subject
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.i18n import Translations
    from ui.ops import Ops
    from ui.records.records_view import RecordsView
    from ui.supervisor.correction_dialog import CorrectionDialog
    from ui.supervisor.queue_view import QueueView
    from ui.supervisor.reconciliation_view import ReconciliationView

    app = QApplication.instance() or QApplication([])
    apply_app_font(app)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    home = tmp / "home"
    home.mkdir()
    now = datetime(2026, 11, 25, 10, 0, tzinfo=BANGKOK)
    clock = FixedClock(now)
    services = build_services(open_app(home, clock=clock))
    admin = services.auth.initialize(
        "101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแล ระบบ", "admin-pass-1"
    )
    services.auth.create_user(admin.user, "somsri", "สมศรี ตั้งใจงาน", Role.COUNTER_OFFICER, "officer-pass-1")
    services.auth.create_user(admin.user, "boss", "หัวหน้า ศูนย์", Role.SUPERVISOR, "boss-pass-1")
    officer = services.auth.login("somsri", "officer-pass-1")
    rng = random.Random(13)

    def identified() -> object:
        while True:
            payload = fake_complaint(rng, services.ctx.reference)
            if payload.identity_mode is IdentityMode.IDENTIFIED:
                return payload

    for day, hour in ((20, 9), (23, 10), (24, 9), (24, 11), (24, 15), (25, 8), (25, 9)):
        clock.set(datetime(2026, 11, day, hour, 0, tzinfo=BANGKOK))
        services.complaints.register(officer, identified())  # type: ignore[arg-type]
    clock.set(now)
    ops = Ops()
    translations = Translations()

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or ops.pending:
            app.processEvents()
            time.sleep(0.01)

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))

    # ---- the records screen: the due column, the overdue filter, a search with no hits, the reprint
    services.ctx.settings.printer_uri = "preview:"
    for language in ("th", "en"):
        translations.set_language(language)
        env = UiEnv(services=services, ops=ops, user=officer, translations=translations)
        view = RecordsView(env)
        view.resize(1366, 768)
        view.show()
        settle()
        view.table.selectRow(1)
        save(view, f"records-due-{language}.png")
        view.due_filter.setCurrentIndex(view.due_filter.findData(DueFilter.OVERDUE))
        save(view, f"records-overdue-{language}.png")
        view.due_filter.setCurrentIndex(0)
        view.search.setText("ไม่มีเรื่องนี้")
        view._run_search()
        save(view, f"records-no-match-{language}.png")
        view.search.clear()
        view._run_search()
        settle()
        view.table.selectRow(0)
        settle()
        view.reprint_button.click()
        settle(1.5)
        dialog = view.reprinter.dialog
        if dialog is not None:
            save(dialog, f"reprint-on-screen-{language}.png")
            dialog.close()
        save(view, f"records-reprint-message-{language}.png")
        view.close()

    # ---- the queue: a rejected complaint with an attachment, its detail, the correction form
    boss = services.auth.login("boss", "boss-pass-1")
    center = Central.from_url(f"sqlite:///{tmp / 'center.sqlite3'}", clock)
    token = center.add_station("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    sync = SyncService(services.ctx, services.audit_log, rng=random.Random(0), timeout=2)
    services.sync = sync
    with ServerThread(create_app(center)) as server:
        sync.connect(server.url, token)
        sha = services.complaints.store_attachment(
            officer, b"%PDF-1.4 " + b"0" * 48_000, "application/pdf", "หนังสือร้องเรียน.pdf"
        )
        payload = identified()
        payload.attachments = [sha]  # type: ignore[attr-defined]
        rejected = services.complaints.register(officer, payload)  # type: ignore[arg-type]
        break_subject(services, rejected.record_id)
        sync.run_once()
        for language in ("th", "en"):
            translations.set_language(language)
            env = UiEnv(services=services, ops=ops, user=boss, translations=translations)
            queue = QueueView(env)
            queue.resize(1366, 768)
            queue.show()
            settle()
            queue.table.selectRow(0)
            save(queue, f"queue-detail-{language}.png")
            fix = CorrectionDialog(
                env, services.sync.queue.payload(boss, queue.selected_ids()[0]), queue._problems_text()
            )
            fix.show()
            save(fix, f"queue-correction-form-{language}.png")
            fix.close()
            queue.close()
    # ---- reconciliation with the center stopped
    for language in ("th", "en"):
        translations.set_language(language)
        env = UiEnv(services=services, ops=ops, user=boss, translations=translations)
        recon = ReconciliationView(env)
        recon.resize(1366, 768)
        recon.show()
        settle()
        recon.run()
        settle(3.0)
        save(recon, f"reconciliation-offline-{language}.png")
        recon.close()
    translations.set_language("th")
    sync.stop()
    ops.shutdown()
    services.close()
    center.engine.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/records"))
