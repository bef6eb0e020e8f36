"""The bundled Thai font (Sarabun, OFL-1.1) made the application font.

Registration itself is ``printing.fonts.ensure_fonts`` (one place registers the files with Qt, shared with
the receipt renderer); without it a PC with no Thai font shows every Thai character as a box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication, QIcon

import resources
from printing.fonts import ensure_fonts

# Comfortable on a counter screen read by two people across a desk.
DEFAULT_POINT_SIZE = 11


ICON = Path(resources.__file__).resolve().parent / "icons" / "psc-counter.svg"


def app_icon() -> QIcon:
    """The program's icon (window title bars, task bar)."""
    return QIcon(str(ICON))


def apply_app_font(app: QGuiApplication, point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """Registers the bundled fonts and makes Sarabun the application's font."""
    font = QFont(ensure_fonts(), point_size)
    app.setFont(font)
    return font
