"""Renders the dashboard (Thai and English), the rating window and the month report's first page into
``docs/dashboard/``: ``python -m tests.dashboard.render_docs docs/dashboard`` (offscreen, 1366x768)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def main(out: Path) -> None:
    """Builds the known day in a temporary home and saves the images."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PSC_COUNTER_KEYRING"] = "off"
    from PySide6.QtWidgets import QApplication

    from app.domain.periods import month_of
    from app.services.reports import ReportService
    from tests.dashboard.conftest import build_known_day
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.intake.rating_window import RatingWindow
    from ui.ops import Ops
    from ui.supervisor.dashboard.page import DashboardPage

    app = QApplication.instance() or QApplication([])
    apply_app_font(app)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp()) / "home"
    home.mkdir()
    os.environ["PSC_COUNTER_HOME"] = str(home)
    day = build_known_day(home)
    ops = Ops()

    def settle(ms: float = 0.6) -> None:
        end = time.monotonic() + ms
        while time.monotonic() < end or ops.pending:
            app.processEvents()
            time.sleep(0.01)

    from ui.i18n import Translations

    translations = Translations()  # one translator for the process: a second would stay installed
    env = UiEnv(services=day.services, ops=ops, user=day.staff.officer, translations=translations)
    window = RatingWindow(env, day.ids["today"])
    window.resize(760, 380)
    window.show()
    settle(0.3)
    window.grab().save(str(out / "rating-window.png"))
    window.close()
    for language in ("th", "en"):
        translations.set_language(language)
        env = UiEnv(services=day.services, ops=ops, user=day.staff.supervisor, translations=translations)
        page = DashboardPage(env)
        page.resize(1366, 768)
        page.show()
        settle()
        while page.snapshot is None or page._loading:  # built and filled in turns (issue 11)
            settle(0.05)
        settle(0.2)
        page.grab().save(str(out / f"dashboard-{language}.png"))
        page.close()
    month = month_of(date(2026, 4, 10))
    pdf = ReportService(day.services).write_pdf(day.staff.supervisor, month, out / "month.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / "month-report")], check=True)
    pdf.unlink()
    ops.shutdown()
    day.services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/dashboard"))
