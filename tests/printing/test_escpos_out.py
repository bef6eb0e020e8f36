"""ESC/POS output: bytes a real socket printer receives decode back to the preview, pixel for pixel, and
the QR code on them scans to the record's tracking address."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import zxingcpp
from escpos.printer import Dummy
from PIL import Image
from PySide6.QtGui import QGuiApplication

from app.domain.tracking import normalize_access_token, normalize_tracking_code
from app.services import Services
from app.services.types import SaveResult
from printing.escpos_out import (
    PrinterConfig,
    PrinterError,
    PrinterErrorCode,
    PrinterStatus,
    encode_document,
    encode_image,
    parse_printer_uri,
    qimage_to_pil,
    query_status,
    raster_commands,
    send,
)
from printing.raster import render_receipt, to_rows
from printing.receipt import ReceiptDocument, build_receipt_document
from tests.printing.escpos_decode import Command, parse, parse_prefix, raster_rows
from tests.printing.fake_printer import FakeTcpPrinter
from tests.printing.test_receipt_model import data as receipt_data

FAST = {"timeout": 2.0, "read_timeout": 0.3}


def tracking_url(base_url: str, saved: SaveResult) -> str:
    """What the QR must hold: the public address with the record's code and its token (no dashes)."""
    code = normalize_tracking_code(saved.tracking_code)
    token = normalize_access_token(saved.access_token)
    assert len(code) >= 15 and len(token) == 13
    return f"{base_url}{code}?t={token}"


def decoded_image(commands: list[Command]) -> Image.Image:
    rows = raster_rows(commands)
    return Image.frombytes("L", (len(rows[0]), len(rows)), b"".join(rows))


def check_stream(stream: bytes, doc: ReceiptDocument, width: int, saved: SaveResult, base_url: str) -> None:
    commands = parse(stream)
    names = [c.name for c in commands if c.name != "DLE_EOT"]
    if names[-1] == "CUT":
        names.pop()
    assert names[0] == "INIT" and set(names[1:-1]) == {"RASTER"} and names[-1] == "FEED"
    assert raster_rows(commands) == to_rows(render_receipt(doc, width)), "paper differs from the preview"
    found = [r.text for r in zxingcpp.read_barcodes(decoded_image(commands))]
    assert found == [tracking_url(base_url, saved)]


@pytest.mark.parametrize("width", [384, 576])
def test_receipt_over_tcp_decodes_to_the_preview_and_its_qr_has_code_and_token(
    services: Services, saved: SaveResult, printer: FakeTcpPrinter, width: int
) -> None:
    doc = services.receipts.document(saved.record_id)
    config = PrinterConfig(uri=printer.uri, width_dots=width)
    assert send(config, encode_document(doc, config), **FAST) is PrinterStatus.READY
    (job,) = printer.wait_for_jobs(1)
    check_stream(job, doc, width, saved, services.ctx.settings.tracking_base_url)
    # 80 mm printers have a cutter in their profile; the generic 58 mm profile has none (tear bar)
    assert (parse(job)[-1].name == "CUT") is (width == 576)


def test_file_connector_writes_the_same_stream(services: Services, saved: SaveResult, tmp_path: Path) -> None:
    doc = services.receipts.document(saved.record_id)
    out = tmp_path / "printer.bin"
    config = PrinterConfig(uri=f"file://{out}", width_dots=384)
    assert send(config, encode_document(doc, config)) is PrinterStatus.NOT_SUPPORTED
    check_stream(out.read_bytes(), doc, 384, saved, services.ctx.settings.tracking_base_url)


@pytest.mark.parametrize("uri", ["usb://04B8:0E15", "serial:///dev/ttyUSB0?baudrate=38400"])
def test_usb_and_serial_streams_replayed_through_dummy(
    services: Services, saved: SaveResult, uri: str
) -> None:
    """USB and serial carry the very bytes the encoder makes; replaying them through python-escpos's Dummy
    (as a USB or serial connector would write them) and decoding gives the preview back."""
    doc = services.receipts.document(saved.record_id)
    config = PrinterConfig(uri=uri, width_dots=576)
    payload = encode_document(doc, config)
    replay = Dummy(profile=config.profile_name)
    for start in range(0, len(payload), 4096):  # USB bulk / serial writes come in chunks
        replay._raw(payload[start : start + 4096])
    check_stream(replay.output, doc, 576, saved, services.ctx.settings.tracking_base_url)


def test_serial_connector_over_a_pseudo_terminal(gui_app: QGuiApplication) -> None:
    """A real serial device (a pty): status is asked with DLE EOT, then the receipt goes through."""
    master, slave = os.openpty()
    received = bytearray()
    done = threading.Event()

    def printer_side() -> None:
        pending = b""
        while not done.is_set():
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            received.extend(chunk)
            pending += chunk
            commands, used = parse_prefix(pending)
            pending = pending[used:]
            for c in commands:
                if c.name == "DLE_EOT":
                    os.write(master, b"\x12")
                if c.name in {"CUT", "FEED"}:
                    done.set()

    thread = threading.Thread(target=printer_side, daemon=True)
    thread.start()
    image = render_receipt(ReceiptDocument(()), 384)
    config = PrinterConfig(uri=f"serial://{os.ttyname(slave)}?baudrate=115200", width_dots=384)
    try:
        assert send(config, encode_image(image, config), **FAST) is PrinterStatus.READY
        assert done.wait(5)
    finally:
        done.set()
        os.close(slave)
        os.close(master)
        thread.join(2)
    assert raster_rows(parse(bytes(received))) == to_rows(image)


def test_unplugged_usb_printer_is_unreachable() -> None:
    with pytest.raises(PrinterError) as err:
        send(PrinterConfig(uri="usb://04B8:0E15", width_dots=576), b"\x1b@", **FAST)
    assert err.value.code in {PrinterErrorCode.UNREACHABLE, PrinterErrorCode.NOT_AVAILABLE}


def test_profile_narrower_than_the_receipt_is_refused_before_anything_is_sent(
    gui_app: QGuiApplication,
) -> None:
    image = render_receipt(ReceiptDocument(()), 576)
    with pytest.raises(PrinterError) as err:
        encode_image(image, PrinterConfig(uri="preview:", width_dots=576, profile="TM-T88V"))
    assert err.value.code is PrinterErrorCode.PROFILE_TOO_NARROW
    narrow = render_receipt(ReceiptDocument(()), 512)
    stream = encode_image(narrow, PrinterConfig(uri="preview:", width_dots=512, profile="TM-T88V"))
    assert raster_rows(parse(stream)) == to_rows(narrow)


def test_native_qr_carries_the_tracking_url_to_the_printer(services: Services, saved: SaveResult) -> None:
    doc = services.receipts.document(saved.record_id)
    config = PrinterConfig(uri="preview:", width_dots=576, native_qr=True)
    commands = parse(encode_document(doc, config))
    store = [c for c in commands if c.name == "QR" and c.params == b"1P"]
    assert len(store) == 1
    url = tracking_url(services.ctx.settings.tracking_base_url, saved)
    assert store[0].data == b"0" + url.encode()
    assert sum(c.name == "RASTER" for c in commands) >= 2  # above and below the printer-drawn QR


@pytest.mark.parametrize(
    ("setup", "code", "status"),
    [
        ({"paper_out": True}, PrinterErrorCode.PAPER_OUT, PrinterStatus.PAPER_OUT),
        ({"cover_open": True}, PrinterErrorCode.COVER_OPEN, PrinterStatus.COVER_OPEN),
    ],
)
def test_printer_that_cannot_print_says_why_and_gets_nothing(
    printer: FakeTcpPrinter,
    gui_app: QGuiApplication,
    setup: dict[str, bool],
    code: PrinterErrorCode,
    status: PrinterStatus,
) -> None:
    for key, value in setup.items():
        setattr(printer, key, value)
    config = PrinterConfig(uri=printer.uri, width_dots=384)
    assert query_status(config, **FAST) is status
    with pytest.raises(PrinterError) as err:
        send(config, encode_image(render_receipt(ReceiptDocument(()), 384), config), **FAST)
    assert err.value.code is code
    assert printer.jobs() == []


def test_paper_low_still_prints_and_silent_printer_is_printed_to(
    printer: FakeTcpPrinter, gui_app: QGuiApplication
) -> None:
    config = PrinterConfig(uri=printer.uri, width_dots=384)
    payload = encode_image(render_receipt(ReceiptDocument(()), 384), config)
    printer.paper_low = True
    assert send(config, payload, **FAST) is PrinterStatus.PAPER_LOW
    printer.answers_status = False
    assert send(config, payload, **FAST) is PrinterStatus.NO_ANSWER
    assert len(printer.wait_for_jobs(2)) == 2


def test_switched_off_printer_is_unreachable(printer: FakeTcpPrinter) -> None:
    printer.stop()
    config = PrinterConfig(uri=printer.uri, width_dots=384)
    assert query_status(config, **FAST) is PrinterStatus.UNREACHABLE
    with pytest.raises(PrinterError) as err:
        send(config, b"\x1b@", **FAST)
    assert err.value.code is PrinterErrorCode.UNREACHABLE


@pytest.mark.parametrize(
    ("uri", "kind", "address", "port"),
    [
        ("tcp://192.168.1.50", "tcp", "192.168.1.50", 9100),
        ("tcp://printer.local:9101", "tcp", "printer.local", 9101),
        ("usb://04B8:0E15", "usb", "04b8:0e15", 0),
        ("serial:///dev/ttyUSB0?baudrate=9600", "serial", "/dev/ttyUSB0", 0),
        ("serial://COM3?baudrate=19200", "serial", "COM3", 0),
        ("cups://TM-T82", "cups", "TM-T82", 0),
        ("win32://EPSON%20TM-T82%20Receipt", "win32", "EPSON TM-T82 Receipt", 0),
        ("file:///dev/usb/lp0", "file", "/dev/usb/lp0", 0),
        ("file:///C:/out/receipt.bin", "file", "C:/out/receipt.bin", 0),  # a Windows path
        ("preview:", "preview", "", 0),
        ("", "preview", "", 0),
    ],
)
def test_printer_uris(uri: str, kind: str, address: str, port: int) -> None:
    target = parse_printer_uri(uri)
    assert (target.kind.value, target.address, target.port) == (kind, address, port)


@pytest.mark.parametrize(
    "uri", ["lpt://1", "tcp://", "usb://zz:01", "serial://?baudrate=9600", "serial:///dev/x?baudrate=fast"]
)
def test_bad_printer_uris(uri: str) -> None:
    with pytest.raises(PrinterError) as err:
        parse_printer_uri(uri)
    assert err.value.code is PrinterErrorCode.BAD_URI


@pytest.mark.parametrize("width", [384, 500, 576])
def test_raster_bands_are_byte_for_byte_what_python_escpos_writes(
    gui_app: QGuiApplication, width: int
) -> None:
    """Our fast path packs bits with Qt; python-escpos's image() must produce the very same bytes (bands of
    960 rows, GS v 0 headers, padding bits as paper)."""
    doc = build_receipt_document(receipt_data(subject="น้ำประปาไม่ไหล " * 30))
    image = render_receipt(doc, width)
    assert image.height() > 960  # at least two bands
    reference = Dummy(profile="TM-T20II")
    reference.image(qimage_to_pil(image), impl="bitImageRaster")
    assert raster_commands(image) == reference.output
