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
FIRST_STYLES = ("Regular", "Bold")
"""What a plain window draws with (text and a bold heading): the GUI registers these before its first window
and the other styles after it has painted (``ensure_fonts(FIRST_STYLES)``, then ``ensure_fonts()``)."""
_registered: set[str] = set()  # styles tried, whether Qt took them or not (one warning per file)
_family: str | None = None
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


def ensure_fonts(styles: tuple[str, ...] = _WEIGHTS) -> str:
    """Registers the Sarabun files of ``styles`` (default: all) with Qt once and returns the family name.

    Registering one file costs a few milliseconds (Qt reads and parses it): a window that needs two styles
    first does not wait for the other five (``FIRST_STYLES``).
    """
    global _family  # noqa: PLW0603 - registration is process-wide in Qt too
    with _lock:
        wanted = [style for style in styles if style not in _registered]
        if wanted:
            _family = _register(wanted, _family)
        if _family is None:
            raise RuntimeError(f"Thai font {FAMILY} could not be registered from {font_dir()}")
        return _family


def _register(styles: list[str], known: str | None) -> str | None:
    """Registers ``styles``; the family Qt reports for them (``known`` when none of them loaded)."""
    ensure_gui_app()
    folder = font_dir()
    family = known
    for style in styles:
        _registered.add(style)
        path = folder / f"Sarabun-{style}.ttf"
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt refused font file %s", path.name)
            continue
        # The family of the file itself, not QFontDatabase.families(): that lists every font of the
        # system (~20 ms, on the way to the sign-in window).
        families = QFontDatabase.applicationFontFamilies(font_id)
        if FAMILY in families:
            family = FAMILY
        elif families and family is None:
            family = families[0]
    return family
