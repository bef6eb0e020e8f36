"""Renders the PDPA page and the first page of a data-subject export PDF for ``docs/privacy/``.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.lifecycle.render_docs [OUT_DIR]``. Synthetic
data only (fake national IDs, invented names), a fixed clock, a throw-away counter home.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PSC_COUNTER_KEYRING"] = "off"


def main(out: Path) -> None:
    """Writes the PNG renders into ``out``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app.domain.clock import FixedClock
    from tests.helpers.counter import T0, complaint
    from tests.lifecycle.conftest import open_counter
    from tests.petitions.builders import petition
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.main_window import MainWindow
    from ui.ops import Ops
    from ui.supervisor.privacy_page import PrivacyPage

    apply_app_font(app)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="psc-docs-"))
    counter = open_counter(home, FixedClock(T0))
    person = complaint(81, family_name="ตัวอย่างสมมุติ")
    counter.services.complaints.register(counter.officer, person)
    group = petition(9, reps=2)
    group.representatives[1].national_id = person.complainant.national_id
    group.representatives[1].given_name = person.complainant.given_name
    group.representatives[1].family_name = person.complainant.family_name
    counter.petitions.register(counter.staff, group)
    ops = Ops()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        while ops.pending:
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()

    window = MainWindow(UiEnv(services=counter.services, ops=ops, user=counter.admin))
    window.resize(1366, 768)
    window.show()
    window.show_page("privacy")
    page = window.page("privacy")
    assert isinstance(page, PrivacyPage)
    page.national_id.setText(person.complainant.national_id)
    page.reason.setText("คำขอเข้าถึงข้อมูล เลขที่ 12/2569")
    export_dir = home / "export"
    page.export_to(export_dir)
    settle(800)
    window.grab().save(str(out / "privacy-page.png"))
    (pdf,) = export_dir.glob("*.pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out / "subject-export"),
        ],
        check=True,
    )
    window.close()
    ops.shutdown()
    counter.services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/privacy"))
