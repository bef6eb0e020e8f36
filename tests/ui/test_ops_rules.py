"""The rules ui/ops.py gives every screen: one error handler, stale results dropped, codes as one enum."""

from __future__ import annotations

import importlib.util
import re
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.errors import ErrorCode
from app.services.types import KnownError, ValidationFailed
from ui.messages import ERROR_TEXT, error_text
from ui.ops import Ops, on_known_error

ROOT = Path(__file__).resolve().parents[2]


def test_a_newer_request_of_the_same_key_drops_the_older_result(qtbot: QtBot, ops: Ops) -> None:
    release = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait(10)
        return "old question"

    ops.run_read(slow, shown.append, key="search")
    ops.run_read(lambda: "new question", shown.append, key="search")
    qtbot.waitUntil(lambda: shown == ["new question"])
    release.set()
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert shown == ["new question"]  # the slow old answer arrived last and was dropped
    # Other keys are not touched; forget() drops a pending one without asking again.
    ops.run_read(lambda: "other", shown.append, key="other")
    ops.run_read(lambda: "forgotten", shown.append, key="search")
    ops.forget("search")
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert shown == ["new question", "other"]


def test_the_error_helper_shows_known_errors_routes_issues_and_raises_bugs() -> None:
    shown: list[str] = []
    also: list[str] = []
    invalid: list[ValidationFailed] = []
    handle = on_known_error(
        shown.append, also=lambda e: also.append(e.code), invalid=invalid.append, os_error="ดิสก์"
    )
    handle(KnownError("printer_offline"))
    assert shown == [error_text(ErrorCode.PRINTER_OFFLINE)] and also == ["printer_offline"]
    handle(ValidationFailed([]))
    assert len(invalid) == 1 and len(shown) == 1
    handle(PermissionError("read-only"))
    assert shown[-1] == "ดิสก์"
    with pytest.raises(ZeroDivisionError):
        handle(ZeroDivisionError("a bug"))


def test_error_codes_are_one_enum_with_thai_and_english_words() -> None:
    assert isinstance(KnownError("database_busy").code, ErrorCode)
    assert KnownError("a_code_from_a_newer_build").code == "a_code_from_a_newer_build"
    spec = importlib.util.spec_from_file_location("fill_en", ROOT / "resources/translations/fill_en.py")
    assert spec is not None and spec.loader is not None
    fill_en = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill_en)
    no_thai = [code for code in ErrorCode if not ERROR_TEXT.get(code)]
    no_english = [code for code in ErrorCode if ERROR_TEXT.get(code) not in fill_en.EN]
    assert (no_thai, no_english) == ([], [])
    raised = set()
    for package in ("app", "printing", "sync"):
        for path in (ROOT / package).rglob("*.py"):
            raised |= set(
                re.findall(r"(?:KnownError|PermissionDenied)\(\s*\"([a-z_]+)\"", path.read_text("utf-8"))
            )
    assert sorted(raised - set(ErrorCode)) == []


def test_no_screen_writes_its_own_known_error_check() -> None:
    copies = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "ui").rglob("*.py")
        if path.name != "ops.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if re.search(r"isinstance\(\w+, KnownError\)", line)
    ]
    assert copies == [], "use ui.ops.on_known_error"
