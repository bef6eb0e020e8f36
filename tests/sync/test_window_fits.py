"""Every page fits a 1366×768 counter screen (issue 13): with every page of a supervisor built, in Thai and
in English, the main window's smallest size is at most 1366×740 (768 less a taskbar). A wider minimum
made the window 1412 px wide in English, its right edge off the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from ui.env import UiEnv
from ui.fonts import apply_app_font
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.pages import PAGES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WIDTH, HEIGHT = 1366, 740


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The interface's language (back to Thai afterwards)."""
    apply_app_font(qapp)
    tr = Translations()
    yield tr
    tr.set_language("th")


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_main_window_with_every_page_fits_1366x768(
    qtbot: QtBot,
    translations: Translations,
    ops: Ops,
    counter: Services,
    supervisor: CurrentUser,
    sync_service: SyncService,
    language: str,
) -> None:
    assert translations.set_language(language)
    window = MainWindow(UiEnv(services=counter, ops=ops, user=supervisor, translations=translations))
    qtbot.addWidget(window)
    window.show()
    pages = window.pages  # every page built, not only the first
    # A supervisor on a connected counter sees every page there is (an officer's or an administrator's
    # are among them, and the status bar is the same), so this window is the widest any role gets.
    assert {spec.key for spec in PAGES} == set(pages)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    # A petition open under a long group name (record data) must wrap, not widen the page.
    group = "เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลังและพืชไร่ภาคตะวันออกเฉียงเหนือ"
    pages["petitions"].mode_label.setText(f"คำร้องของกลุ่ม {group} (ฉบับที่ 1)")  # type: ignore[attr-defined]
    for key in pages:
        window.show_page(key)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    # The dashboard builds its charts and watch table in turns after it opens: measured once they are in.
    qtbot.waitUntil(lambda: pages["dashboard"].built, timeout=15_000)  # type: ignore[attr-defined]
    too_big = {
        key: (page.minimumSizeHint().width(), page.minimumSizeHint().height())
        for key, page in pages.items()
        if page.minimumSizeHint().width() > WIDTH - window.nav.width()
        or page.minimumSizeHint().height() > HEIGHT
    }
    hint = window.minimumSizeHint()
    bar = window.statusBar().minimumSizeHint()
    assert hint.width() <= WIDTH, (hint, bar, too_big)
    assert hint.height() <= HEIGHT, (hint, too_big)
    assert bar.width() <= WIDTH, bar
    assert window.width() <= WIDTH  # the window shown at 1366×768 stays there
