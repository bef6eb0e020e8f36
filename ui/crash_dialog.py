"""The global exception hook: a bug is logged with its traceback and shown in a crash dialog.

Environment failures are ``KnownError`` and never get here (``ui.ops`` shows them calmly); anything else
is a bug (docs/ARCHITECTURE.md, UI rule 5): it is never swallowed or printed, and the officer is told that
what was saved
is safe and where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from app.logs import scrub

log = logging.getLogger("psc.ui")
qt_log = logging.getLogger("psc.ui.qt")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

_showing = False


def show_crash_dialog(text: str, details: str, log_path: Path | None) -> None:
    """The crash dialog (one at a time: an error inside it must not open another)."""
    global _showing  # noqa: PLW0603 - re-entrancy guard of the process-wide hook
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "โปรแกรมขัดข้อง"))
        message = QCoreApplication.translate(
            "CrashDialog",
            "โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด เรื่องที่บันทึกไปแล้วยังปลอดภัย "
            "ข้อมูลที่กำลังกรอกถูกบันทึกเป็นฉบับร่างอัตโนมัติ\n"
            "กรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์บันทึกการทำงาน",
        )
        if log_path is not None:
            message += f"\n{log_path}"
        box.setText(message)
        box.setInformativeText(text)
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def install_excepthook(log_path: Path | None) -> ExceptHook:
    """Routes uncaught exceptions to the log and the crash dialog; returns the previous hook."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", details)
        # The dialog's text can be copied and mailed: scrubbed like the log line (IDs, phones, e-mail).
        show_crash_dialog(f"{exc_type.__name__}", scrub(details), log_path)

    sys.excepthook = hook
    return previous


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Sends Qt's own messages (warnings about layouts, fonts, platform) to the ``psc.ui.qt`` logger."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.category})" if context.category and context.category != "default" else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)
