"""A strict reader of the ESC/POS byte streams we send: every byte must belong to a known command.

Used by the fake socket printer (to answer DLE EOT in the middle of a stream without mistaking raster bytes
for commands) and by the tests, which turn the ``GS v 0`` bands back into an image. Anything it does not
know — a stray text byte, an ESC or GS a form field smuggled in — raises ``UnexpectedByte``.
"""

from __future__ import annotations

from dataclasses import dataclass

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A


class UnexpectedByte(ValueError):
    """The stream holds a byte that is not part of a command we emit."""


class Incomplete(Exception):
    """The buffer ends in the middle of a command (more bytes to come)."""


@dataclass(frozen=True)
class Command:
    """One parsed command: a short name, its parameter bytes and any bulk data."""

    name: str
    params: bytes = b""
    data: bytes = b""


def _need(buf: bytes, end: int) -> None:
    if end > len(buf):
        raise Incomplete


def _one(buf: bytes, i: int) -> tuple[Command, int]:
    """The command starting at ``buf[i]`` and the offset after it."""
    b = buf[i]
    if b == LF:
        return Command("LF"), i + 1
    if b == DLE:
        _need(buf, i + 3)
        if buf[i + 1] == 0x04 and buf[i + 2] in (1, 2, 3, 4):
            return Command("DLE_EOT", buf[i + 2 : i + 3]), i + 3
        raise UnexpectedByte(f"DLE {buf[i + 1]:#04x} at {i}")
    if b == ESC:
        _need(buf, i + 2)
        op = buf[i + 1]
        if op == ord("@"):
            return Command("INIT"), i + 2
        if op in (ord("d"), ord("a"), ord("3"), ord("E"), ord("-"), ord("!"), ord("M"), ord("t")):
            _need(buf, i + 3)
            names = {
                "d": "FEED",
                "a": "ALIGN",
                "3": "LINE_SPACING",
                "E": "BOLD",
                "-": "UNDERLINE",
                "!": "MODE",
            }
            return Command(names.get(chr(op), f"ESC_{chr(op)}"), buf[i + 2 : i + 3]), i + 3
        if op == ord("2"):
            return Command("LINE_SPACING_DEFAULT"), i + 2
        raise UnexpectedByte(f"ESC {op:#04x} at {i}")
    if b == GS:
        _need(buf, i + 2)
        op = buf[i + 1]
        if op == ord("v"):
            _need(buf, i + 8)
            if buf[i + 2] != ord("0"):
                raise UnexpectedByte(f"GS v {buf[i + 2]:#04x} at {i}")
            xbytes = buf[i + 4] | buf[i + 5] << 8
            rows = buf[i + 6] | buf[i + 7] << 8
            end = i + 8 + xbytes * rows
            _need(buf, end)
            return Command("RASTER", buf[i + 3 : i + 8], buf[i + 8 : end]), end
        if op == ord("V"):
            _need(buf, i + 3)
            if buf[i + 2] in (65, 66):
                _need(buf, i + 4)
                return Command("CUT", buf[i + 2 : i + 4]), i + 4
            if buf[i + 2] in (0, 1, 48, 49):
                return Command("CUT", buf[i + 2 : i + 3]), i + 3
            raise UnexpectedByte(f"GS V {buf[i + 2]:#04x} at {i}")
        if op == ord("("):
            _need(buf, i + 5)
            kind = buf[i + 2]
            length = buf[i + 3] | buf[i + 4] << 8
            end = i + 5 + length
            _need(buf, end)
            if kind == ord("k"):
                return Command("QR", buf[i + 5 : i + 7], buf[i + 7 : end]), end
            raise UnexpectedByte(f"GS ( {kind:#04x} at {i}")
        if op in (ord("!"), ord("B")):
            _need(buf, i + 3)
            return Command(f"GS_{chr(op)}", buf[i + 2 : i + 3]), i + 3
        raise UnexpectedByte(f"GS {op:#04x} at {i}")
    raise UnexpectedByte(f"byte {b:#04x} at {i}")


def parse_prefix(buf: bytes) -> tuple[list[Command], int]:
    """Every complete command at the start of ``buf`` and how many bytes they took."""
    out: list[Command] = []
    i = 0
    while i < len(buf):
        try:
            command, nxt = _one(buf, i)
        except Incomplete:
            break
        out.append(command)
        i = nxt
    return out, i


def parse(stream: bytes) -> list[Command]:
    """All commands of a complete stream; ``UnexpectedByte`` on anything else or a truncated end."""
    commands, used = parse_prefix(stream)
    if used != len(stream):
        raise UnexpectedByte(f"stream ends inside a command at {used}")
    return commands


def raster_rows(commands: list[Command]) -> list[bytes]:
    """The printed image as rows of grey bytes (0 = black dot, 255 = paper), all ``GS v 0`` bands stacked."""
    rows: list[bytes] = []
    width = None
    for command in commands:
        if command.name != "RASTER":
            continue
        xbytes = command.params[1] | command.params[2] << 8
        height = command.params[3] | command.params[4] << 8
        if width is None:
            width = xbytes
        assert xbytes == width, "bands of different widths"
        for r in range(height):
            line = command.data[r * xbytes : (r + 1) * xbytes]
            row = bytearray()
            for byte in line:
                for bit in range(7, -1, -1):
                    row.append(0 if byte >> bit & 1 else 255)
            rows.append(bytes(row))
    return rows
