"""PC/SC smart-card readers through pyscard: which readers and cards are there, and reading a Thai ID card.

pyscard is an optional dependency (``pip install psc-counter[devices]``; it builds from source on Linux
against Debian's ``libpcsclite-dev``). Without it, or without a running PC/SC service (``pcscd`` on Linux,
the Smart Card service on Windows), :class:`PcscReaders` reports no readers: a quiet state.

Each call establishes its own PC/SC context: pcsc-lite contexts belong to the thread that made them, and
the watcher and the reader run on different threads.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from app.devices.errors import DeviceError
from app.domain.thai_id_card import (
    PHOTO,
    SELECT_APPLET,
    TEXT_FILES,
    CardStatusError,
    ThaiIdCard,
    exchange,
    file_reads,
    get_response_p2,
    parse_card,
)

log = logging.getLogger("psc.devices")

CONNECT_ATTEMPTS = 20
CONNECT_RETRY_S = 0.15
"""A card being powered up answers "not ready" for a moment; twenty tries span three seconds (half a second
was enough on an idle machine, not on a busy counter PC or test machine)."""
PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
"""pcsc-lite's pseudo-reader whose state changes when a reader is plugged in or out."""


class SmartCardError(DeviceError):
    """A card could not be read."""


CARD_REMOVED = "card_removed"
"""The card left the reader (or lost power) before everything was read."""
NOT_THAI_ID = "not_thai_id_card"
"""The card does not have the Ministry of Interior applet (a bank card, a transit card)."""
CARD_UNREADABLE = "card_unreadable"
"""The card answered a status word that makes no sense for the applet."""
NO_SERVICE = "pcsc_unavailable"
"""No PC/SC service or no pyscard: the counter has no card reader."""


def _scard() -> ModuleType | None:
    try:
        from smartcard import scard
    except ImportError:
        return None
    module: ModuleType = scard
    return module


def pyscard_available() -> bool:
    """Whether pyscard is installed (the ``devices`` extra)."""
    return _scard() is not None


@dataclass(frozen=True)
class ReaderState:
    """One reader and the ATR of the card in it (empty when there is none)."""

    name: str
    atr: bytes = b""

    @property
    def has_card(self) -> bool:
        """Whether a powered card sits in the reader."""
        return bool(self.atr)


class _Context:
    """A PC/SC context for one call, released on exit."""

    def __init__(self, scard: ModuleType) -> None:
        self.scard = scard
        hresult, self.handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise SmartCardError(NO_SERVICE, scard.SCardGetErrorMessage(hresult))

    def __enter__(self) -> _Context:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.scard.SCardReleaseContext(self.handle)

    def readers(self) -> list[str]:
        hresult, names = self.scard.SCardListReaders(self.handle, [])
        if hresult != self.scard.SCARD_S_SUCCESS:
            return []  # SCARD_E_NO_READERS_AVAILABLE: the quiet state
        return list(names)


def _states(scard: ModuleType, raw: list[tuple[str, int, list[int]]]) -> list[ReaderState]:
    out = []
    for name, event, atr in raw:
        if name == PNP_NOTIFICATION:
            continue
        present = bool(event & scard.SCARD_STATE_PRESENT) and not event & scard.SCARD_STATE_MUTE
        out.append(ReaderState(name, bytes(atr) if present else b""))
    return out


class PcscReaders:
    """Looks at the PC/SC readers and waits for cards to come and go (one instance per thread)."""

    def __init__(self, reader_filter: str = "") -> None:
        self.reader_filter = reader_filter
        """Only readers whose name contains this text (empty: every reader)."""
        self._events: dict[str, int] = {}  # the last event state of each reader, passed back to PC/SC

    def _wanted(self, names: list[str]) -> list[str]:
        return [n for n in names if self.reader_filter in n]

    def snapshot(self) -> list[ReaderState]:
        """Every reader now, with its card; empty when there is no reader, no service or no pyscard."""
        self._events.clear()
        return self.wait_for_change([], 0)

    def wait_for_change(self, known: list[ReaderState], timeout_ms: int) -> list[ReaderState]:
        """Blocks up to ``timeout_ms`` until a reader or card differs from ``known``; returns the readers
        as they are then (``known`` when nothing changed)."""
        scard = _scard()
        if scard is None:
            return []
        try:
            with _Context(scard) as ctx:
                names = self._wanted(ctx.readers())
                if [r.name for r in known] != names:
                    timeout_ms = 0  # the reader list itself changed: report at once
                # Each reader's last event state goes back as its current state, so PC/SC answers only
                # when something differs (SCARD_STATE_UNAWARE, 0, makes it answer at once).
                query = [(n, self._events.get(n, scard.SCARD_STATE_UNAWARE)) for n in names]
                # WORKAROUND: pcsc-lite reports a reader plugged in later only through the PnP pseudo-reader.
                query.append((PNP_NOTIFICATION, self._events.get(PNP_NOTIFICATION, 0)))
                hresult, raw = scard.SCardGetStatusChange(ctx.handle, timeout_ms, query)
                if hresult == scard.SCARD_E_TIMEOUT:
                    return known
                if hresult != scard.SCARD_S_SUCCESS:
                    self._events.clear()
                    return []
                self._events = {name: event & ~scard.SCARD_STATE_CHANGED for name, event, _atr in raw}
                return _states(scard, raw)
        except SmartCardError:
            self._events.clear()
            return []


def read_thai_id_card(
    reader: str, *, with_photo: bool = False, on_progress: Callable[[int, int], None] | None = None
) -> ThaiIdCard:
    """Reads the public data (and, when asked, the photo) of the Thai ID card in ``reader``.

    Raises :class:`SmartCardError` with ``CARD_REMOVED`` when the card leaves before the end,
    ``NOT_THAI_ID`` when it is another kind of card, ``NO_SERVICE`` without PC/SC.
    """
    scard = _scard()
    if scard is None:
        raise SmartCardError(NO_SERVICE, "pyscard not installed")
    with _Context(scard) as ctx:
        # Just after insertion pcscd may still be powering the card up (or another program holds it): such
        # answers are retried a few times before the card counts as gone.
        transient = {
            getattr(scard, name, None)
            for name in (
                "SCARD_E_NOT_READY",
                "SCARD_W_UNPOWERED_CARD",
                "SCARD_W_RESET_CARD",
                "SCARD_E_SHARING_VIOLATION",
            )
        }
        for _ in range(CONNECT_ATTEMPTS):
            hresult, card, protocol = scard.SCardConnect(
                ctx.handle,
                reader,
                scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            )
            if hresult == scard.SCARD_S_SUCCESS or hresult not in transient:
                break
            time.sleep(CONNECT_RETRY_S)
        if hresult != scard.SCARD_S_SUCCESS:
            raise SmartCardError(CARD_REMOVED, scard.SCardGetErrorMessage(hresult))
        try:
            return _read(scard, card, protocol, with_photo, on_progress)
        finally:
            scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)


def _read(
    scard: ModuleType,
    card: Any,
    protocol: int,
    with_photo: bool,
    on_progress: Callable[[int, int], None] | None,
) -> ThaiIdCard:
    hresult, _reader, _state, _proto, atr = scard.SCardStatus(card)
    if hresult != scard.SCARD_S_SUCCESS:
        raise SmartCardError(CARD_REMOVED, scard.SCardGetErrorMessage(hresult))
    p2 = get_response_p2(bytes(atr))

    def transmit(apdu: bytes) -> tuple[bytes, int, int]:
        hr, response = scard.SCardTransmit(card, protocol, list(apdu))
        if hr != scard.SCARD_S_SUCCESS or len(response) < 2:
            raise SmartCardError(CARD_REMOVED, scard.SCardGetErrorMessage(hr))
        return bytes(response[:-2]), response[-2], response[-1]

    try:
        exchange(transmit, SELECT_APPLET, response_p2=p2)
    except CardStatusError as exc:
        raise SmartCardError(NOT_THAI_ID, str(exc)) from exc
    jobs = [(f.name, apdu) for f in TEXT_FILES for apdu in file_reads(f)]
    if with_photo:
        jobs += [(PHOTO.name, apdu) for apdu in file_reads(PHOTO)]
    files: dict[str, bytes] = {}
    try:
        for n, (name, apdu) in enumerate(jobs, 1):
            files[name] = files.get(name, b"") + exchange(transmit, apdu, response_p2=p2)
            if on_progress is not None:
                on_progress(n, len(jobs))
    except CardStatusError as exc:
        raise SmartCardError(CARD_UNREADABLE, str(exc)) from exc
    log.info("ID card read (%d commands)", len(jobs))  # never the data
    return parse_card(files, files.pop(PHOTO.name, b""))
