"""The keyboard flow of a long form in a scroll area (the complaint and the petition forms).

One rule for every form, so an officer typing fast never loses a keystroke:

- **Enter** moves to the next field that takes typed text (a line, an editable combo, a number, a text
  box) that is visible, enabled and not read-only, in reading order. Check boxes, radio buttons and plain
  choice boxes are reached with **Tab** (Space ticks); Enter on them also moves on to the next typing field.
  Characters typed after Enter therefore always land in a field that shows them.
- **Tab** follows the same reading order (``setTabOrder`` along the form's editor list), including the check
  boxes, and every focused check box or radio button is highlighted so the focus is never invisible.
- Whatever gets the focus is scrolled into view (``QScrollArea.ensureWidgetVisible``), with its error line.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from ui.fields.field import FieldBox

FOCUS_STYLE = (
    "QCheckBox:focus, QRadioButton:focus { background: #fff1b8; border: 1px solid #d9a400;"
    " border-radius: 3px; }"
)
"""A focused check box or radio button gets a yellow band: Fusion's own dotted frame is easy to miss."""

SCROLL_MARGIN = 24
"""Pixels kept around a field scrolled into view, so its label and error line show too."""


def takes_text(widget: QWidget) -> bool:
    """Whether typed characters go into ``widget`` and show there (Enter's targets)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


def usable(widget: QWidget) -> bool:
    """Visible on the form now, enabled, and reachable by keyboard."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not (isinstance(widget, QAbstractButton) and not widget.isCheckable())
    )


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area that scrolls ``widget`` (None when it is not in one)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            if content is not None and content.isAncestorOf(widget):
                return parent
        parent = parent.parentWidget()
    return None


def ensure_visible(widget: QWidget, margin: int = SCROLL_MARGIN) -> None:
    """Scrolls the nearest scroll area so all of ``widget`` is on screen (its top when it is taller)."""
    area = scroll_area_of(widget)
    if area is None:
        return
    _scroll_to(area, widget, margin)
    # A widget just shown (the address list) has no place yet and the scroll range has not grown: its
    # nested layouts run on posted events. Scroll again once they have run.
    QTimer.singleShot(0, area, lambda: _scroll_to(area, widget, margin))


def _scroll_to(area: QScrollArea, widget: QWidget, margin: int) -> None:
    # WORKAROUND: QScrollArea.ensureWidgetVisible scrolls to an item view's current row only (it asks the
    # widget for its input cursor rectangle), so a list opening below the fold stayed there.
    content = area.widget()
    if content is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return
    top = widget.mapTo(content, QPoint(0, 0)).y()
    bottom = top + widget.height()
    bar = area.verticalScrollBar()
    height = area.viewport().height()
    value = bar.value()
    if bottom + margin > value + height:
        value = bottom + margin - height
    value = min(value, top - margin)
    bar.setValue(max(0, value))


class FocusFlow(QObject):
    """Enter and Tab in reading order over ``editors()``, and scrolling to whatever has focus.

    ``editors`` returns the form's focusable widgets in reading order (hidden ones included: they are
    skipped while hidden). ``container`` is the form; only focus changes inside it scroll.
    """

    def __init__(self, container: QWidget, editors: Callable[[], list[QWidget]]) -> None:
        super().__init__(container)
        self._container = container
        self._editors = editors
        container.setStyleSheet(container.styleSheet() + FOCUS_STYLE)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.chain()

    def chain(self) -> None:
        """Sets the Tab order to the reading order (call again when editors are added)."""
        editors = [w for w in self._editors() if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in itertools.pairwise(editors):
            QWidget.setTabOrder(first, second)

    def next_field(self, after: QWidget) -> QWidget | None:
        """The next field Enter goes to after ``after`` (None at the end of the form)."""
        editors = self._editors()
        start = self._index_of(editors, after)
        if start is None:
            return None
        for widget in editors[start + 1 :]:
            if usable(widget) and takes_text(widget):
                return widget
        return None

    def advance(self, after: QWidget) -> bool:
        """Moves the focus to the next field after ``after``; False when there is none."""
        target = self.next_field(after)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def first_field(self) -> QWidget | None:
        """The first field that takes text (where a new form puts the cursor)."""
        return next((w for w in self._editors() if usable(w) and takes_text(w)), None)

    @staticmethod
    def _index_of(editors: list[QWidget], widget: QWidget) -> int | None:
        for i, editor in enumerate(editors):
            if editor is widget or editor.isAncestorOf(widget):
                return i
        return None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._container.isAncestorOf(new):
            # The editor inside a combo is focused; scroll its whole field box into view.
            target = new.parentWidget() if isinstance(new.parentWidget(), QComboBox) else new
            target = target or new
            box = target.parentWidget()
            ensure_visible(box if isinstance(box, FieldBox) else target)


class ClosedPopupKeys(QObject):
    """Hands keys that reach a suggestion list after it closed to the field that has the focus now.

    WORKAROUND: while a completer's list is open, X11 sends the keyboard to the list's window. Keys a fast
    typist sends before the list has closed (Enter, then the next field's first letters) are addressed to
    that window and reach the hidden list, where they were lost. Install on the list (``watch``)."""

    _RESTORED = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)

    def watch(self, popup: QWidget) -> None:
        """Forwards what ``popup`` receives while hidden, and keeps the focus where the keys went.

        WORKAROUND: the list's window also gets its X focus events late; when Qt then activates it, its
        focus proxy (the box the list belongs to) takes the focus back from the field the officer had
        moved on to. A focus-in of that kind, right after the list closed, goes back to that field."""
        self._popup = popup
        self._moved_to: QWidget | None = None
        popup.installEventFilter(self)
        box = popup.focusProxy()
        for widget in (box, box.parentWidget() if box is not None else None):
            if widget is not None:
                widget.installEventFilter(self)

    def _remember(self) -> None:
        focus = QApplication.focusWidget()
        proxy = self._popup.focusProxy()
        if focus is not None and proxy is not None and focus is not proxy and not focus.isAncestorOf(proxy):
            self._moved_to = focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Passes a key of a hidden list on to the focused field; undoes a late focus grab."""
        if watched is getattr(self, "_popup", None) and event.type() == QEvent.Type.Hide:
            self._moved_to = None
            QTimer.singleShot(0, self, self._remember)  # after the Enter that closed it moved on
        elif (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and watched is not self._popup
        ):
            target, self._moved_to = self._moved_to, None
            if (
                event.reason() in self._RESTORED
                and target is not None
                and shiboken6.isValid(target)
                and target.isVisible()
                and not self._popup.isVisible()
            ):
                back: QWidget = target
                QTimer.singleShot(0, back, lambda: back.setFocus(Qt.FocusReason.OtherFocusReason))
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and not watched.isVisible()
        ):
            target = QApplication.focusWidget()
            if target is not None and target is not watched and not watched.isAncestorOf(target):
                copy = QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat()
                )
                QCoreApplication.sendEvent(target, copy)
                return True
        return super().eventFilter(watched, event)


def fit_small_screen(window: QWidget) -> None:
    """Maximizes ``window`` on a screen no larger than 1366×768, the common counter PC.

    A 1366×768 window plus the window manager's title bar is taller than such a screen: its bottom (the
    status bar, the last rows of a form) was cut off. Not on the offscreen test platform, whose screens
    are virtual."""
    if QGuiApplication.platformName() == "offscreen":
        return
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None and (room.width() <= 1366 or room.height() <= 768):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
