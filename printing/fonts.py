"""The bundled Thai font (Sarabun, OFL-1.1) for Qt rendering, and a QGuiApplication when none exists.

Without a Thai font every Thai character is a box (docs/ARCHITECTURE.md, Pitfalls), and the printer has
none of its own that we
trust, so receipts and previews always use the Sarabun files shipped in ``resources/fonts/``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

log = logging.getLogger("psc.printing")

FAMILY = "Sarabun"
"""The family name every renderer asks Qt for."""

_WEIGHTS = ("Regular", "Bold", "Medium", "SemiBold", "Light", "Italic", "BoldItalic")
_registered: str | None = None
_lock = threading.Lock()  # the preview renders on a read-pool thread, the worker on its own


def font_dir() -> Path:
    """The folder holding ``Sarabun-*.ttf``: ``resources/fonts`` or, failing that, the font package's own."""
    bundled = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    if (bundled / "Sarabun-Regular.ttf").exists():
        return bundled
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.ROOT) / "files"


def font_file(style: str = "Regular") -> Path:
    """Path of one Sarabun style (``Regular``, ``Bold`` …), for reportlab and other non-Qt users."""
    path = font_dir() / f"Sarabun-{style}.ttf"
    if not path.exists():
        raise FileNotFoundError(path)
    return path


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen ``QGuiApplication`` for command-line use.

    ``QPainter`` on a ``QImage`` needs a GUI application for fonts; the counter UI already has one, the
    ``psc-counter print-sample`` command and the print worker started from scripts do not.
    """
    app = QGuiApplication.instance()
    if app is None:
        # WORKAROUND: without a display Qt picks the xcb plugin and aborts; a CLI never needs a window.
        if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def ensure_fonts() -> str:
    """Registers the Sarabun files with Qt once and returns the family name to use."""
    global _registered  # noqa: PLW0603 - registration is process-wide in Qt too
    with _lock:
        if _registered is None:
            _registered = _register()
        return _registered


def _register() -> str:
    ensure_gui_app()
    folder = font_dir()
    family = FAMILY
    for style in _WEIGHTS:
        path = folder / f"Sarabun-{style}.ttf"
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt refused font file %s", path.name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    if family not in QFontDatabase.families():
        raise RuntimeError(f"Thai font {FAMILY} could not be registered from {folder}")
    return family
