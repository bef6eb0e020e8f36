"""Typing into widgets the way a keyboard does, Thai included.

WORKAROUND: ``qtbot.keyClicks`` with Thai text aborts the whole test process (Qt's test library maps each
character through an ASCII key table). A keyboard with a Thai layout sends key events whose key code is
``Key_unknown`` and whose text is the character; that is what we send here, one press and release per
character, so the widget sees the same events as at the counter.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_ASCII_KEYS = {
    " ": Qt.Key.Key_Space,
    "-": Qt.Key.Key_Minus,
    ".": Qt.Key.Key_Period,
    "@": Qt.Key.Key_At,
    "/": Qt.Key.Key_Slash,
}


def _key_for(ch: str) -> Qt.Key:
    if ch in _ASCII_KEYS:
        return _ASCII_KEYS[ch]
    if ch.isascii() and ch.isalnum():
        return Qt.Key(ord(ch.upper()))
    return Qt.Key.Key_unknown


def type_text(widget: QWidget, text: str) -> None:
    """Sends ``text`` to ``widget`` as key presses and releases, one character at a time."""
    for ch in text:
        key = _key_for(ch)
        QCoreApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch)
        )
        QCoreApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, ch)
        )


def focused() -> QWidget:
    """The widget that has keyboard focus now (fails the test when none has)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has keyboard focus"
    return widget


def type_into_focus(text: str) -> QWidget:
    """Types into whatever has focus (as a person at the keyboard would); returns that widget."""
    widget = focused()
    type_text(widget, text)
    return widget


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key press and release (Tab, Enter, Escape, arrows, shortcuts with modifiers)."""
    text = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t", Qt.Key.Key_Space: " "}.get(
        key, ""
    )
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        text = ""
    QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
    QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))
