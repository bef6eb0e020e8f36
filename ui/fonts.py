"""The bundled Thai font (Sarabun, OFL-1.1) made the application font.

Registration itself is ``printing.fonts.ensure_fonts`` (one place registers the files with Qt, shared with
the receipt renderer); without it a PC with no Thai font shows every Thai character as a box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication, QIcon

import resources
from printing.fonts import FIRST_STYLES, ensure_fonts

# Comfortable on a counter screen read by two people across a desk.
DEFAULT_POINT_SIZE = 11


ICON = Path(resources.__file__).resolve().parent / "icons" / "psc-counter.svg"


def app_icon() -> QIcon:
    """The program's icon (window title bars, task bar)."""
    return QIcon(str(ICON))


def apply_app_font(
    app: QGuiApplication, point_size: int = DEFAULT_POINT_SIZE, *, all_styles: bool = True
) -> QFont:
    """Registers the bundled fonts and makes Sarabun the application's font.

    ``all_styles=False``: only the regular and bold files, what the sign-in window draws with; the start-up
    registers the others after its first paint (``register_other_styles``).
    """
    font = QFont(ensure_fonts() if all_styles else ensure_fonts(FIRST_STYLES), point_size)
    app.setFont(font)
    return font


def register_other_styles() -> None:
    """Registers the Sarabun styles ``apply_app_font(all_styles=False)`` left out (thread-safe: the start-up
    calls it on the writer thread once the sign-in window has painted, before the main window is built)."""
    ensure_fonts()
