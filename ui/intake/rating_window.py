"""The citizen-facing rating window: after the receipt prints, thank the citizen and ask for 1–5.

On a second screen when the counter has one (full screen there, facing the citizen), else a compact
dialog beside the form. Five large targets (touch or mouse) and the number keys 1–5; an optional comment;
it closes itself after ``TIMEOUT_MS`` when ignored, storing nothing. Thai first; the officer's screen is
never blocked (the window is modeless) and the rating is saved on the writer thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.survey import COMMENT_MAX
from app.services.types import Changes
from ui.env import UiEnv
from ui.ops import on_known_error

TIMEOUT_MS = 30_000  # a citizen who walks away leaves nothing behind
THANKS_MS = 2_500  # how long the thank-you stays after a rating
FACES = ("", "", "", "", "")  # no emoji: the bundled Thai font has none, and boxes look broken


class RatingWindow(QDialog):
    """Asks one citizen for one rating of one record."""

    rated = Signal(int)
    """The rating the citizen chose (before it is saved)."""
    finished_rating = Signal(object)
    """``Changes`` after the rating was stored, or ``None`` when the window closed without one."""

    def __init__(self, env: UiEnv, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating_window")
        self.setWindowTitle(self.tr("ประเมินความพึงพอใจ"))
        self.setModal(False)
        self._env = env
        self.record_id = record_id
        self.choice: int | None = None
        self._done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TIMEOUT_MS)
        self._timer.timeout.connect(self._timed_out)

        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("ขอบคุณที่ใช้บริการ ศูนย์บริการประชาชน"), self)
        self.title.setStyleSheet("font-size: 26px; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        ask = QLabel(self.tr("ท่านพอใจกับบริการวันนี้เพียงใด (กดตัวเลข 1–5)"), self)
        ask.setStyleSheet("font-size: 20px;")
        ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(ask)
        row = QHBoxLayout()
        captions = (
            self.tr("ควรปรับปรุง"),
            self.tr("พอใช้"),
            self.tr("ปานกลาง"),
            self.tr("ดี"),
            self.tr("ดีมาก"),
        )
        self.buttons: list[QPushButton] = []
        for value, (face, caption) in enumerate(zip(FACES, captions, strict=True), start=1):
            button = QPushButton(f"{face}{value}\n{caption}".strip(), self)
            button.setObjectName(f"rate_{value}")
            button.setMinimumSize(120, 120)  # a finger-sized target on a touch screen
            button.setStyleSheet("font-size: 22px;")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # number keys go to the window, not a button
            button.clicked.connect(lambda _c=False, v=value: self.choose(v))
            row.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(row)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("rating_comment")
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)"))
        self.comment.setStyleSheet("font-size: 18px;")
        self.comment.textEdited.connect(lambda _t: self._timer.start())  # typing is not ignoring
        layout.addWidget(self.comment)
        self.status = QLabel(self)
        self.status.setObjectName("rating_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)

        self._timer.start()

    def place(self) -> None:
        """Full screen on the second screen when there is one, else a compact dialog."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            parent = self.parentWidget()
            own = parent.screen() if parent is not None else screens[0]
            other = next(s for s in screens if s is not own)
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.resize(760, 380)
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Number keys 1–5 rate (also on the numeric keypad); Enter in the comment does nothing more."""
        text = event.text()
        if not self.comment.hasFocus() and text in {"1", "2", "3", "4", "5"}:
            self.choose(int(text))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def choose(self, value: int) -> None:
        """Stores the rating (with the comment typed so far) and thanks the citizen."""
        if self.choice is not None:
            return
        self.choice = value
        self.rated.emit(value)
        self._timer.stop()
        for button in self.buttons:
            button.setEnabled(False)
        self.status.setText(self.tr("ขอบคุณสำหรับความคิดเห็นของท่าน"))
        env, user, record_id, comment = self._env, self._env.user, self.record_id, self.comment.text()
        env.ops.run_write(
            lambda: env.services.ratings.record(user, record_id, value, comment),
            self._stored,
            self._failed,
            owner=self,
        )

    def _stored(self, changes: Changes) -> None:
        self._env.bus.announce(changes)
        self._finish(changes)
        QTimer.singleShot(THANKS_MS, self.close)

    def _failed(self, exc: Exception) -> None:
        on_known_error(self.status.setText)(exc)
        self._finish(None)
        QTimer.singleShot(THANKS_MS, self.close)

    def _timed_out(self) -> None:
        self._finish(None)
        self.close()

    def _finish(self, changes: Changes | None) -> None:
        if not self._done:
            self._done = True
            self.finished_rating.emit(changes)

    def closeEvent(self, event: object) -> None:
        """Closing without a rating stores nothing."""
        self._timer.stop()
        if self.choice is None:
            self._finish(None)
        super().closeEvent(event)  # type: ignore[arg-type]


def ask_rating(env: UiEnv, record_id: str, parent: QWidget) -> RatingWindow:
    """Opens the rating window for a record whose receipt has just been printed."""
    window = RatingWindow(env, record_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.place()
    return window
