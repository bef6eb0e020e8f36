"""ESC/POS output through python-escpos: printers named by URI, capability profiles, status, raster bytes.

A receipt is encoded once, into bytes, with python-escpos's ``Dummy`` printer and the printer's capability
profile; the same bytes then go to whichever connector the URI names. So a retried job sends exactly what the
first attempt would have, and a byte stream recorded from any connector decodes to the same image.

URIs (docs/ARCHITECTURE.md, Printing)::

    usb://04B8:0202[?in_ep=0x82&out_ep=0x01]   serial:///dev/ttyUSB0?baudrate=9600   serial://COM3?baudrate=19200
    tcp://192.168.1.50[:9100]                  cups://QUEUE                          win32://EPSON TM-T82
    file:///dev/usb/lp0                        preview:
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import platformdirs
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from printing.printer_errors import PrinterError, PrinterErrorCode
from printing.raster import WIDTH_58MM, WIDTH_80MM, render_receipt
from printing.receipt import QrBlock, ReceiptDocument

log = logging.getLogger("psc.printing")


def _escpos_cache() -> None:
    # WORKAROUND: python-escpos pickles its capability database into a fresh ``mkdtemp()`` folder on every
    # import unless ESCPOS_CAPABILITIES_PICKLE_DIR is set, leaving a folder in /tmp per run of the counter.
    folder = Path(platformdirs.user_cache_dir("psc-counter", appauthor=False)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # read-only profile: python-escpos falls back to its temporary folder
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(folder))


_escpos_cache()

DEFAULT_TCP_PORT = 9100
STATUS_TIMEOUT_S = 1.5
"""How long to wait for a status byte; many printers never answer over some interfaces."""
CONNECT_TIMEOUT_S = 5.0
FEED_LINES_BEFORE_CUT = 5
"""Lines fed after the image so the cutter (or the tear bar) clears the last printed line."""


class ConnectorKind(StrEnum):
    """How the counter reaches a printer."""

    USB = "usb"
    SERIAL = "serial"
    TCP = "tcp"
    CUPS = "cups"
    WIN32 = "win32"
    FILE = "file"
    PREVIEW = "preview"


class PrinterStatus(StrEnum):
    """What a printer said about itself (DLE EOT), or why we could not ask."""

    READY = "ready"
    PAPER_LOW = "paper_low"  # near-end sensor: prints, but the roll must be changed soon
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"  # answers but is offline for another reason (error, feed button held)
    UNREACHABLE = "unreachable"  # cannot connect at all: switched off, unplugged, wrong address
    NO_ANSWER = "no_answer"  # connected, but it does not answer status queries
    NOT_SUPPORTED = "not_supported"  # the connector cannot read back (file, spooler, preview)

    @property
    def can_print(self) -> bool:
        """Whether sending a job now makes sense."""
        return self in {
            PrinterStatus.READY,
            PrinterStatus.PAPER_LOW,
            PrinterStatus.NO_ANSWER,
            PrinterStatus.NOT_SUPPORTED,
        }


_STATUS_ERRORS = {
    PrinterStatus.PAPER_OUT: PrinterErrorCode.PAPER_OUT,
    PrinterStatus.COVER_OPEN: PrinterErrorCode.COVER_OPEN,
    PrinterStatus.OFFLINE: PrinterErrorCode.OFFLINE,
    PrinterStatus.UNREACHABLE: PrinterErrorCode.UNREACHABLE,
}


@dataclass(frozen=True)
class PrinterTarget:
    """A parsed printer URI."""

    kind: ConnectorKind
    address: str = ""  # host, device path, queue or printer name
    port: int = 0
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PrinterConfig:
    """One configured receipt printer."""

    uri: str = "preview:"
    width_dots: int = WIDTH_80MM
    profile: str = ""  # python-escpos capability profile; empty = chosen by width
    native_qr: bool = False  # let the printer draw the QR (only for printers where it was verified)
    cut: bool = True

    @property
    def target(self) -> PrinterTarget:
        """The parsed URI (raises ``PrinterError(BAD_URI)``)."""
        return parse_printer_uri(self.uri)

    @property
    def profile_name(self) -> str:
        """The capability profile in use: the configured one, or the default for the width."""
        return self.profile or default_profile(self.width_dots)


def parse_printer_uri(uri: str) -> PrinterTarget:
    """Parses a printer URI (see the module docstring); ``PrinterError(BAD_URI)`` when it makes no sense."""
    text = uri.strip()
    if text in {"", "preview", "preview:"}:
        return PrinterTarget(ConnectorKind.PREVIEW)
    parts = urlsplit(text)
    try:
        kind = ConnectorKind(parts.scheme.lower())
    except ValueError:
        raise PrinterError(PrinterErrorCode.BAD_URI, f"unknown scheme {parts.scheme!r}") from None
    options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if kind is ConnectorKind.PREVIEW:
        return PrinterTarget(kind)
    if kind is ConnectorKind.TCP:
        if not parts.hostname:
            raise PrinterError(PrinterErrorCode.BAD_URI, "tcp printer needs a host")
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise PrinterError(PrinterErrorCode.BAD_URI, "bad tcp port") from None
        return PrinterTarget(kind, parts.hostname, port, options)
    if kind is ConnectorKind.USB:
        vid, _, pid = (parts.netloc or parts.path.strip("/")).partition(":")
        try:
            int(vid, 16), int(pid, 16)
        except ValueError:
            raise PrinterError(PrinterErrorCode.BAD_URI, "usb printer needs VID:PID in hex") from None
        return PrinterTarget(kind, f"{vid.lower()}:{pid.lower()}", 0, options)
    if kind in {ConnectorKind.SERIAL, ConnectorKind.FILE}:
        # serial:///dev/ttyUSB0 has the device in the path; serial://COM3 (Windows) in the netloc.
        address = unquote(parts.path) if not parts.netloc else unquote(parts.netloc + parts.path)
        if len(address) > 2 and address[0] == "/" and address[2] == ":" and address[1].isalpha():
            address = address[1:]  # file:///C:/out/receipt.bin names C:/out/receipt.bin on Windows
        if not address:
            raise PrinterError(PrinterErrorCode.BAD_URI, f"{kind.value} printer needs a device path")
        if kind is ConnectorKind.SERIAL and "baudrate" in options and not options["baudrate"].isdigit():
            raise PrinterError(PrinterErrorCode.BAD_URI, "baudrate must be a number")
        return PrinterTarget(kind, address, 0, options)
    name = unquote(parts.netloc + parts.path).strip("/")
    if not name:
        raise PrinterError(PrinterErrorCode.BAD_URI, f"{kind.value} printer needs a queue name")
    return PrinterTarget(kind, name, 0, options)


# --------------------------------------------------------------------------------------------- profiles

_DEFAULT_PROFILES = {WIDTH_58MM: "POS-5890", 512: "TM-T88V", WIDTH_80MM: "TM-T20II"}


def default_profile(width_dots: int) -> str:
    """A capability profile whose paper is exactly ``width_dots`` wide (generic 58 mm / 80 mm printers)."""
    return _DEFAULT_PROFILES.get(width_dots, "TM-T20II" if width_dots > 512 else "POS-5890")


def profile_width(name: str) -> int | None:
    """Dots across the paper for a python-escpos profile, or None when the profile does not say."""
    from escpos.capabilities import get_profile

    try:
        profile = get_profile(name)
    except Exception:  # escpos raises its own NotSupported / KeyError mix for unknown names
        raise PrinterError(PrinterErrorCode.PROFILE_UNKNOWN, name) from None
    pixels = profile.profile_data.get("media", {}).get("width", {}).get("pixels")
    return pixels if isinstance(pixels, int) else None


def available_profiles() -> list[tuple[str, int | None]]:
    """(name, width in dots) of every raster-capable python-escpos profile, for the settings dialog."""
    from escpos.capabilities import CAPABILITIES

    out: list[tuple[str, int | None]] = []
    for name, data in sorted(CAPABILITIES["profiles"].items()):
        if not data.get("features", {}).get("bitImageRaster", False):
            continue
        pixels = data.get("media", {}).get("width", {}).get("pixels")
        out.append((name, pixels if isinstance(pixels, int) else None))
    return out


def check_config(config: PrinterConfig) -> None:
    """Raises ``PrinterError`` when the URI is malformed or the profile's paper is narrower than the image."""
    # WORKAROUND: python-escpos refuses an image wider than the profile's ``media.width.pixels`` (the
    # TM-T88IV/V profiles say 512, so a 576-dot receipt fails there with ImageWidthError mid-job). We check
    # before encoding so the officer gets a settings error, not a half-sent job.
    parse_printer_uri(config.uri)
    width = profile_width(config.profile_name)
    if width is not None and width < config.width_dots:
        raise PrinterError(
            PrinterErrorCode.PROFILE_TOO_NARROW,
            f"profile {config.profile_name} is {width} dots, receipt is {config.width_dots}",
        )


# --------------------------------------------------------------------------------------------- encoding


def qimage_to_pil(image: QImage) -> Image.Image:
    """A PIL ``L`` image with the pixels of a (grey or mono) ``QImage``."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    return Image.frombytes("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine())


def _dummy(config: PrinterConfig) -> Any:
    from escpos.printer import Dummy

    check_config(config)
    return Dummy(profile=config.profile_name)


def _finish(printer: Any, config: PrinterConfig) -> None:
    if config.cut and (printer.profile.supports("paperFullCut") or printer.profile.supports("paperPartCut")):
        printer.print_and_feed(FEED_LINES_BEFORE_CUT)
        printer.cut(feed=False)
    else:
        printer.print_and_feed(FEED_LINES_BEFORE_CUT)


_INVERT = bytes(255 - v for v in range(256))
RASTER_BAND_ROWS = 960
"""Rows per ``GS v 0`` command: python-escpos's ``fragment_height``; printers buffer one band at a time."""


def raster_commands(image: QImage) -> bytes:
    """``GS v 0`` bands for ``image``, byte for byte what python-escpos's ``image(impl="bitImageRaster")``
    writes for it (the tests compare the two), in a fraction of the time.

    python-escpos converts every image RGBA → RGB → L → inverted → 1-bit through PIL (~30 ms for an 80 mm
    receipt); our receipts are already pure black and white, so Qt packs the bits directly.
    """
    width, height = image.width(), image.height()
    mono = image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
    xbytes = (width + 7) // 8
    stride = mono.bytesPerLine()
    bits = bytes(mono.constBits())
    # ESC/POS wants bit 1 = black dot. Qt chooses the colour table itself (white first, in practice);
    # flip every bit if it ever puts black first. (Passing our own table costs 25 ms of colour matching.)
    if QColor(mono.color(0)).lightness() < QColor(mono.color(1)).lightness():
        bits = bits.translate(_INVERT)
    pad = (8 - width % 8) % 8
    tail_mask = (0xFF << pad) & 0xFF  # bits past the right edge are paper, as PIL leaves them
    rows = []
    for r in range(height):
        row = bits[r * stride : r * stride + xbytes]
        if pad:
            row = row[:-1] + bytes((row[-1] & tail_mask,))
        rows.append(row)
    out = bytearray()
    for top in range(0, height, RASTER_BAND_ROWS):
        band = rows[top : top + RASTER_BAND_ROWS]
        out += b"\x1dv0\x00" + xbytes.to_bytes(2, "little") + len(band).to_bytes(2, "little")
        out += b"".join(band)
    return bytes(out)


def _image(printer: Any, image: QImage) -> None:
    # GS v 0 (bitImageRaster): supported by every raster-capable profile, one command per 960-row band.
    # The profile's width check python-escpos would do is ``check_config``'s job (before encoding).
    printer._raw(raster_commands(image))


def encode_image(image: QImage, config: PrinterConfig) -> bytes:
    """ESC/POS bytes that print ``image`` (already at the printer's width): init, raster, feed, cut."""
    printer = _dummy(config)
    printer.hw("INIT")
    _image(printer, image)
    _finish(printer, config)
    out: bytes = printer.output
    return out


def encode_document(doc: ReceiptDocument, config: PrinterConfig) -> bytes:
    """ESC/POS bytes for a receipt document at the configured width.

    By default the whole receipt, QR included, is one raster image. With ``native_qr`` on a profile that
    supports it, the QR is drawn by the printer (``GS ( k``) between the raster parts above and below it.
    """
    printer = _dummy(config)
    if not (config.native_qr and printer.profile.supports("qrCode")):
        return encode_image(render_receipt(doc, config.width_dots), config)
    printer.hw("INIT")
    part: list[Any] = []
    for block in (*doc.blocks, None):
        if isinstance(block, QrBlock) or block is None:
            if part:
                _image(
                    printer,
                    render_receipt(ReceiptDocument(tuple(part), doc.copy, doc.reprint), config.width_dots),
                )
                part = []
            if block is not None:
                printer.set(align="center")
                # Module size 6 dots at 80 mm, 4 at 58 mm: about half the paper, like the raster QR.
                printer.qr(block.data, size=6 if config.width_dots >= 500 else 4, native=True)
                printer.set(align="left")
        else:
            part.append(block)
    _finish(printer, config)
    out: bytes = printer.output
    return out


# --------------------------------------------------------------------------------------------- connectors


def open_connector(
    config: PrinterConfig, timeout: float = CONNECT_TIMEOUT_S, read_timeout: float = STATUS_TIMEOUT_S
) -> Any:
    """An opened python-escpos printer for the URI (not for ``preview:``); ``PrinterError`` when it cannot."""
    target = config.target
    profile = config.profile_name
    try:
        if target.kind is ConnectorKind.TCP:
            from escpos.printer import Network

            printer: Any = Network(target.address, target.port, timeout=timeout, profile=profile)
            # WORKAROUND: python-escpos's Network.open() leaks its socket when the connection is refused
            # (a ResourceWarning per retry while the printer is off); connect ourselves and hand it over.
            printer.device = socket.create_connection((target.address, target.port), timeout=timeout)
            return printer
        elif target.kind is ConnectorKind.USB:
            from escpos.printer import Usb

            vid, pid = (int(x, 16) for x in target.address.split(":"))
            endpoints = {k: int(v, 0) for k, v in target.options.items() if k in {"in_ep", "out_ep"}}
            printer = Usb(vid, pid, timeout=int(timeout * 1000), profile=profile, **endpoints)
        elif target.kind is ConnectorKind.SERIAL:
            from escpos.printer import Serial

            baud = int(target.options.get("baudrate", "9600"))
            # DTR/DSR handshaking is the Epson default (and python-escpos's); ``?dsrdtr=0`` for printers and
            # adapters wired without it.
            dsrdtr = target.options.get("dsrdtr", "1") != "0"
            printer = Serial(
                target.address, baudrate=baud, timeout=read_timeout, dsrdtr=dsrdtr, profile=profile
            )
        elif target.kind is ConnectorKind.FILE:
            from escpos.printer import File

            printer = File(target.address, profile=profile)
        else:  # preview; cups:// and win32:// go through ``printing.spoolers`` in ``send``
            raise PrinterError(PrinterErrorCode.BAD_URI, f"{target.kind.value} has no escpos connector")
        if not printer.is_usable():
            raise PrinterError(
                PrinterErrorCode.NOT_AVAILABLE, f"{target.kind.value} support is not installed"
            )
        printer.open()
    except PrinterError:
        raise
    except Exception as exc:  # DeviceNotFoundError, USBNotFoundError, OSError … all mean "not reachable"
        raise PrinterError(
            PrinterErrorCode.UNREACHABLE, f"{target.kind.value}: {type(exc).__name__}"
        ) from exc
    return printer


def _ask(printer: Any, n: int) -> int | None:
    """Sends DLE EOT n and returns the status byte, or None when the printer does not answer in time."""
    printer._raw(b"\x10\x04" + bytes((n,)))
    try:
        answer = printer._read()
    except (TimeoutError, OSError, NotImplementedError):
        return None
    except Exception:  # pyusb's USBTimeoutError and friends
        return None
    return answer[0] if answer else None


_OFFLINE = 0x08  # DLE EOT 1, bit 3
_COVER_OPEN = 0x04  # DLE EOT 2, bit 2
_PAPER_END_STOP = 0x20  # DLE EOT 2, bit 5
_PAPER_NEAR_END = 0x0C  # DLE EOT 4, bits 2-3
_PAPER_END = 0x60  # DLE EOT 4, bits 5-6


def status_of_open(
    printer: Any, kind: ConnectorKind, read_timeout: float = STATUS_TIMEOUT_S
) -> PrinterStatus:
    """Asks an opened printer for its status with DLE EOT 1, 2 and 4 (real-time status transmission)."""
    if kind in {ConnectorKind.FILE, ConnectorKind.CUPS, ConnectorKind.WIN32, ConnectorKind.PREVIEW}:
        return PrinterStatus.NOT_SUPPORTED
    sock = getattr(printer, "device", None) if kind is ConnectorKind.TCP else None
    old_timeout = sock.gettimeout() if isinstance(sock, socket.socket) else None
    if isinstance(sock, socket.socket):
        sock.settimeout(read_timeout)
    try:
        online = _ask(printer, 1)
        if online is None:
            return PrinterStatus.NO_ANSWER
        if online & _OFFLINE:
            cause = _ask(printer, 2) or 0
            if cause & _COVER_OPEN:
                return PrinterStatus.COVER_OPEN
            if cause & _PAPER_END_STOP:
                return PrinterStatus.PAPER_OUT
            return PrinterStatus.OFFLINE
        paper = _ask(printer, 4)
        if paper is not None and paper & _PAPER_END == _PAPER_END:
            return PrinterStatus.PAPER_OUT
        if paper is not None and paper & _PAPER_NEAR_END == _PAPER_NEAR_END:
            return PrinterStatus.PAPER_LOW
        return PrinterStatus.READY
    finally:
        if isinstance(sock, socket.socket):
            sock.settimeout(old_timeout)


def query_status(
    config: PrinterConfig, timeout: float = CONNECT_TIMEOUT_S, read_timeout: float = STATUS_TIMEOUT_S
) -> PrinterStatus:
    """Connects, asks, disconnects. Never raises for a printer problem: that is the answer."""
    target = config.target
    if target.kind in {ConnectorKind.PREVIEW, ConnectorKind.FILE, ConnectorKind.CUPS, ConnectorKind.WIN32}:
        return PrinterStatus.NOT_SUPPORTED
    try:
        printer = open_connector(config, timeout, read_timeout)
    except PrinterError as exc:
        if exc.code is PrinterErrorCode.UNREACHABLE:
            return PrinterStatus.UNREACHABLE
        raise
    try:
        return status_of_open(printer, target.kind, read_timeout)
    finally:
        _close(printer)


def _close(printer: Any) -> None:
    try:
        printer.close()
    except Exception:  # closing a dead connection must not hide why it died
        log.debug("closing printer connection failed", exc_info=True)


def send(
    config: PrinterConfig,
    payload: bytes,
    timeout: float = CONNECT_TIMEOUT_S,
    read_timeout: float = STATUS_TIMEOUT_S,
) -> PrinterStatus:
    """Sends encoded bytes to the printer; checks its status first where it can answer.

    Returns the status seen before sending (``READY``, ``PAPER_LOW``, ``NO_ANSWER``, ``NOT_SUPPORTED``);
    raises ``PrinterError`` with ``PAPER_OUT``, ``COVER_OPEN``, ``OFFLINE`` or ``UNREACHABLE`` without sending
    anything, or ``WRITE_FAILED`` when the connection broke while sending.
    """
    target = config.target
    if target.kind is ConnectorKind.PREVIEW:
        return PrinterStatus.NOT_SUPPORTED
    if target.kind in {ConnectorKind.CUPS, ConnectorKind.WIN32}:
        from printing import spoolers  # the spooler takes the bytes as a raw job; it cannot report status

        if target.kind is ConnectorKind.CUPS:
            spoolers.cups_send(target.address, payload)
        else:
            spoolers.win32_send(target.address, payload)
        return PrinterStatus.NOT_SUPPORTED
    printer = open_connector(config, timeout, read_timeout)
    try:
        status = status_of_open(printer, target.kind, read_timeout)
        if not status.can_print:
            raise PrinterError(_STATUS_ERRORS.get(status, PrinterErrorCode.OFFLINE), f"status {status.value}")
        try:
            printer._raw(payload)
        except Exception as exc:
            raise PrinterError(PrinterErrorCode.WRITE_FAILED, type(exc).__name__) from exc
        log.info("sent %d bytes to %s printer", len(payload), target.kind.value)
        return status
    finally:
        _close(printer)
