"""The background-work helper and the code → Thai text tables."""

from __future__ import annotations

import logging
import re
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.issues import IssueCode
from app.services.types import KnownError
from printing.printer_errors import PrinterErrorCode
from ui.crash_dialog import install_excepthook
from ui.messages import ERROR_TEXT, GENERIC_ERROR, ISSUE_TEXT, error_text, issue_text
from ui.ops import Ops

ROOT = Path(__file__).resolve().parents[2]


def test_results_arrive_on_the_gui_thread_and_writes_keep_their_order(qtbot: QtBot, ops: Ops) -> None:
    done: list[tuple[int, bool]] = []
    workers: set[str] = set()

    def write(n: int) -> int:
        workers.add(threading.current_thread().name)
        return n

    for n in range(20):
        ops.run_write(
            lambda n=n: write(n),
            lambda r: done.append((r, threading.current_thread() is threading.main_thread())),
        )
    qtbot.waitUntil(lambda: len(done) == 20)
    assert [r for r, _ in done] == list(range(20))  # one writer: the order the officer asked for
    assert all(on_gui for _, on_gui in done)
    assert len(workers) == 1 and threading.main_thread().name not in workers


def test_known_errors_are_shown_calmly_and_bugs_reach_the_crash_hook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    crashed: list[BaseException] = []
    runner = Ops(known_error_handler=lambda exc: shown.append(exc.code))
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: crashed.append(e))

    def offline() -> None:
        raise KnownError("printer_offline")

    def bug() -> None:
        raise ZeroDivisionError("bug")

    runner.run_write(offline)
    runner.run_read(bug)
    qtbot.waitUntil(lambda: runner.pending == 0)
    runner.shutdown()
    assert shown == ["printer_offline"]
    assert len(crashed) == 1 and isinstance(crashed[0], ZeroDivisionError)


def test_a_result_for_a_closed_window_is_dropped(qtbot: QtBot, ops: Ops) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[int] = []
    ops.run_read(lambda: release.wait(5) and 1, called.append, owner=owner)
    shiboken6.delete(owner)
    release.set()
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert called == []


def test_every_issue_code_has_its_own_words() -> None:
    for code in IssueCode:
        assert code in ISSUE_TEXT, code
        assert issue_text(code) and "{code}" not in issue_text(code)


def _raised_codes() -> set[str]:
    pattern = re.compile(r"(?:KnownError|PermissionDenied)\(\s*\"([a-z_]+)\"")
    codes: set[str] = set()
    for package in ("app", "printing", "sync"):
        for path in (ROOT / package).rglob("*.py"):
            codes.update(pattern.findall(path.read_text(encoding="utf-8")))
    return codes


def test_every_known_error_the_services_raise_has_thai_words() -> None:
    missing = sorted(code for code in _raised_codes() if code not in ERROR_TEXT)
    assert missing == [], f"add these codes to ui/messages.py ERROR_TEXT: {missing}"
    for code in PrinterErrorCode:
        assert f"printer_{code.value}" in ERROR_TEXT, code


def test_an_unknown_code_still_gets_a_calm_message() -> None:
    assert error_text("something_new") == GENERIC_ERROR.format(code="something_new")


@pytest.mark.expected_errors("psc.ui")  # the crash hook logs the uncaught exception: that is its job
def test_crash_hook_logs_the_traceback_and_shows_the_crash_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    previous = install_excepthook(tmp_path / "psc-counter.log")
    try:
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError as exc:
            with caplog.at_level(logging.ERROR, logger="psc.ui"):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    box = shown[0]
    assert "เรื่องที่บันทึกไปแล้วยังปลอดภัย" in box.text()
    assert str(tmp_path / "psc-counter.log") in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    assert any(
        "uncaught exception" in r.getMessage() and "ZeroDivisionError" in r.getMessage()
        for r in caplog.records
    )
