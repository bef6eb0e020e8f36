"""The printing commands of ``psc-counter``: print-sample, reprint, letter, day-register."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QGuiApplication

from app.cli import main
from app.config import load_settings, save_settings
from app.domain.tracking import format_tracking_code
from app.services import Services
from app.services.types import SaveResult
from tests.printing.conftest import NAME, OFFICER, Template
from tests.printing.escpos_decode import parse, raster_rows
from tests.printing.fake_printer import FakeTcpPrinter


def decoded(stream: bytes) -> Image.Image:
    rows = raster_rows(parse(stream))
    return Image.frombytes("L", (len(rows[0]), len(rows)), b"".join(rows))


def test_print_sample_at_58mm_reaches_the_printer_with_a_scannable_qr(
    gui_app: QGuiApplication, printer: FakeTcpPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print-sample", "--printer", printer.uri, "--width", "58"]) == 0
    (stream,) = printer.wait_for_jobs(1)
    image = decoded(stream)
    assert image.width == 384
    (code,) = zxingcpp.read_barcodes(image)
    assert code.text.startswith("https://1111.go.th/track/101")
    assert "พิมพ์ตัวอย่างแล้ว" in capsys.readouterr().out


def test_print_sample_test_page_preview_writes_a_png(gui_app: QGuiApplication, tmp_path: Path) -> None:
    out = tmp_path / "page.png"
    assert (
        main(["print-sample", "--printer", "preview:", "--width", "80", "--test-page", "--png", str(out)])
        == 0
    )
    with Image.open(out) as image:
        assert image.width == 576


def test_print_sample_to_a_switched_off_printer_says_so_in_thai(
    gui_app: QGuiApplication, printer: FakeTcpPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    printer.stop()
    assert main(["print-sample", "--printer", printer.uri]) == 2
    err = capsys.readouterr().err
    assert "ติดต่อเครื่องพิมพ์ไม่ได้" in err and "[printer_unreachable]" in err


def test_reprint_and_letter_from_the_command_line(
    services: Services,
    saved: SaveResult,
    template: Template,
    printer: FakeTcpPrinter,
    counter_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.close()  # the command opens the home itself
    settings = load_settings(counter_home)
    settings.printer_uri = printer.uri
    save_settings(counter_home, settings)
    code = format_tracking_code(saved.tracking_code)

    monkeypatch.setattr("sys.stdin", io.StringIO(OFFICER[2] + "\n"))
    assert main(["--home", str(counter_home), "reprint", code, "--user", OFFICER[0]]) == 0
    assert "พิมพ์ซ้ำใบรับเรื่องแล้ว" in capsys.readouterr().out
    (stream,) = printer.wait_for_jobs(1)
    assert zxingcpp.read_barcodes(decoded(stream))

    printer.stop()
    monkeypatch.setattr("sys.stdin", io.StringIO(OFFICER[2] + "\n"))
    assert main(["--home", str(counter_home), "reprint", code, "--user", OFFICER[0]]) == 4
    assert "[printer_unreachable]" in capsys.readouterr().err

    letter = tmp_path / "letter.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(OFFICER[2] + "\n"))
    assert (
        main(["--home", str(counter_home), "letter", code, "--out", str(letter), "--user", OFFICER[0]]) == 0
    )
    assert letter.stat().st_mode & 0o777 == 0o600  # a name, an address and the access token
    text = subprocess.run(["pdftotext", str(letter), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{NAME[1]} {NAME[2]}" in text

    monkeypatch.setattr("sys.stdin", io.StringIO(OFFICER[2] + "\n"))
    unknown = ["letter", "999-999999-9-9999-9", "--out", str(letter), "--user", OFFICER[0]]
    assert main(["--home", str(counter_home), *unknown]) == 2
    assert "[record_not_found]" in capsys.readouterr().err
