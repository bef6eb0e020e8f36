"""Who and where, on the left of the status bar: the signed-in user (never clipped) and the station
(shortened with "…" when the window is narrow, whole in its tooltip).

At 1366 px the sync, printer and backup lines take half the bar; the user's name is what an officer checks
before registering, so the station gives way first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.domain.tracking import canonical_station_code
from ui.messages import QT_TRANSLATE_NOOP

STATION_WORD = "จุดบริการ"
"""How a station is called; a name may begin with it (``psc-counter init`` names a station "จุดบริการ 05")."""

STATION_TEXT = QT_TRANSLATE_NOOP("MainWindow", "จุดบริการ %1")
USER_WIDTH_LIMIT = 520
"""A user line longer than this many pixels (an unusually long name) is shortened too, not the window
widened past the screen."""


def station_text(code: str, name: str) -> str:
    """``จุดบริการ 101 · ศูนย์บริการประชาชน``: the code once and the name once. A name that only repeats
    the code (``จุดบริการ 05``) is left out, and a name that begins with the word is not given it twice."""
    head = QCoreApplication.translate("MainWindow", STATION_TEXT).replace("%1", code)
    rest = name.strip()
    if rest.startswith(STATION_WORD):
        rest = rest.removeprefix(STATION_WORD).strip()
    try:
        only_code = bool(rest) and canonical_station_code(rest) == canonical_station_code(code)
    except ValueError:
        only_code = False
    if not rest or only_code:
        return head
    return f"{head} · {rest}"


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is given less room than its text needs; the whole text
    is its tooltip."""

    def __init__(self, parent: QWidget | None = None, *, keep_whole: bool = False) -> None:
        super().__init__(parent)
        self._keep_whole = keep_whole
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred if keep_whole else QSizePolicy.Policy.Ignored,
            QSizePolicy.Policy.Preferred,
        )

    def setText(self, text: str) -> None:
        """Sets the text (and the tooltip that shows it whole)."""
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Whole (up to ``USER_WIDTH_LIMIT``) when it must be kept whole; else room for "…"."""
        hint = super().minimumSizeHint()
        if self._keep_whole:
            return QSize(min(super().sizeHint().width(), USER_WIDTH_LIMIT), hint.height())
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, hint.height())

    def is_elided(self) -> bool:
        """Whether the text is shortened now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draws the text, shortened with "…" at the end when it does not fit."""
        del event
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
