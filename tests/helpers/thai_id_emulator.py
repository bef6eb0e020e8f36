"""A Thai national ID card for the tests: the card's applet (pure) and a vpcd socket client that puts it
in Debian's virtual reader (``vsmartcard-vpcd``), so pcscd and pyscard see a card as they would a real one.

The applet answers like a real T=0 card: SELECT answers ``61 0A``; ``READ BINARY 80 B0 P1 P2 02 00 Le``
answers ``61 Le`` and the data comes with ``GET RESPONSE 00 C0 00 P2 Le``; asking GET RESPONSE for more than
is waiting gives ``6C xx``, for less gives that much and ``61 rest``. Quirks make it harsher for the
property tests: ``chunk`` caps what one GET RESPONSE returns (short reads), ``misreport`` answers READ
BINARY with ``61 00`` ("256 or more") so the reader has to learn the length from ``6C xx``.

vpcd's protocol (vsmartcard ``vpcd.c``): the card side connects to TCP 35963 (reader ``Virtual PCD 00 00``);
every message is a 2-byte big-endian length and a payload; a 1-byte payload is a control code (0 power off,
1 power on, 2 reset, 4 get ATR, answered with the ATR), anything longer is a command APDU answered with the
response APDU. Closing the socket takes the card out of the reader.
"""

from __future__ import annotations

import contextlib
import io
import random
import socket
import struct
import threading
from dataclasses import dataclass, field

from app.domain import geo
from app.domain.national_id import fake_national_id
from app.domain.thai_id_card import (
    ADDRESS,
    BIRTH_DATE,
    CID,
    EXPIRY_DATE,
    ISSUE_DATE,
    ISSUER,
    NAME_EN,
    NAME_TH,
    PHOTO,
    SEX,
    THAI_ID_AID,
    CardFile,
    encode_tis620,
)

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963
VPCD_READER = "Virtual PCD 00 00"
ATR = bytes.fromhex("3B6800000073C84012009000")  # a Thai ID card's ATR (GET RESPONSE P2 = 00)
ATR_3B67 = bytes.fromhex("3B670000A81041019000")  # the other family: GET RESPONSE P2 = 01
FILE_SIZE = ADDRESS.offset + ADDRESS.length + 16


def _portrait() -> bytes:
    """A small synthetic portrait (a grey silhouette on light blue), JPEG as the card stores it."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (96, 120), (214, 228, 240))
    draw = ImageDraw.Draw(img)
    draw.ellipse((30, 18, 66, 60), fill=(120, 120, 130))
    draw.rounded_rectangle((14, 64, 82, 130), radius=24, fill=(120, 120, 130))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


TINY_JPEG = _portrait()


@dataclass
class CardProfile:
    """What the synthetic card holds, as the card stores it (BE dates, ``#``-separated fields)."""

    citizen_id: str
    name_th: str = "นาย#สมชาย##ใจดี"
    name_en: str = "Mr.#Somchai##Jaidee"
    birth: str = "25300115"
    sex: str = "1"
    issuer: str = "กรมการปกครอง"
    issue: str = "25650301"
    expiry: str = "25740114"
    address: str = "99/1#หมู่ที่ 4###ถนนพหลโยธิน#ตำบลคลองหนึ่ง#อำเภอคลองหลวง#จังหวัดปทุมธานี"
    photo: bytes = TINY_JPEG

    def image(self) -> bytes:
        """The card's data file, every field at its offset."""
        data = bytearray(b" " * FILE_SIZE)
        data[0:4] = b"\x01\x01\x00\x00"

        def put(f: CardFile, raw: bytes) -> None:
            data[f.offset : f.offset + f.length] = raw

        put(CID, self.citizen_id.encode("ascii"))
        put(NAME_TH, encode_tis620(self.name_th, NAME_TH.length))
        put(NAME_EN, encode_tis620(self.name_en, NAME_EN.length))
        put(BIRTH_DATE, self.birth.encode("ascii"))
        put(SEX, self.sex.encode("ascii"))
        put(ISSUER, encode_tis620(self.issuer, ISSUER.length))
        put(ISSUE_DATE, self.issue.encode("ascii"))
        put(EXPIRY_DATE, self.expiry.encode("ascii"))
        put(ADDRESS, encode_tis620(self.address, ADDRESS.length))
        put(PHOTO, self.photo.ljust(PHOTO.length, b"\x00"))
        return bytes(data)


def synthetic_profile(seed: int = 1, **changes: str) -> CardProfile:
    """A card with a checksum-valid fake ID (``app.domain.fakes``) and the given field changes."""
    profile = CardProfile(citizen_id=fake_national_id(random.Random(seed)))
    for key, value in changes.items():
        setattr(profile, key, value)
    return profile


def card_address(
    place: geo.AddressMatch, house: str = "7", moo: str = "", soi: str = "", road: str = ""
) -> str:
    """The card's address text for a geothai place, in the style of its province (Bangkok: แขวง/เขต and no
    จังหวัด)."""
    moo_text = f"หมู่ที่ {moo}" if moo else ""
    road_text = f"ถนน{road}" if road else ""
    if place.is_bangkok:
        area = f"แขวง{place.subdistrict}#เขต{place.district}#{place.province}"
    else:
        area = f"ตำบล{place.subdistrict}#อำเภอ{place.district}#จังหวัด{place.province}"
    return f"{house}#{moo_text}##{soi}#{road_text}#{area}"


@dataclass
class ThaiIdApplet:
    """The card's behaviour, one command APDU in, one response APDU out."""

    profile: CardProfile
    atr: bytes = ATR
    chunk: int = 256
    misreport: bool = False
    selected: bool = False
    pending: bytes = b""
    commands: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.data = self.profile.image()

    @property
    def response_p2(self) -> int:
        return 0x01 if self.atr[:2] == b"\x3b\x67" else 0x00

    def reset(self) -> None:
        """Power on or reset: nothing selected, nothing waiting."""
        self.selected = False
        self.pending = b""

    def process(self, apdu: bytes) -> bytes:
        """The response APDU (data + SW1 SW2) to one command APDU."""
        self.commands.append(apdu)
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = apdu[:4]
        if (cla, ins, p1, p2) == (0x00, 0xA4, 0x04, 0x00):
            if apdu[5 : 5 + apdu[4]] != THAI_ID_AID:
                self.selected = False
                return b"\x6a\x82"
            self.selected = True
            self.pending = b"\x6f\x08\x84\x06\xa0\x00\x00\x00\x54\x48"  # FCI with the AID, as cards answer
            return bytes([0x61, len(self.pending)])
        if (cla, ins) == (0x80, 0xB0):
            if not self.selected:
                return b"\x69\x85"
            if len(apdu) != 7 or apdu[4:6] != b"\x02\x00":
                return b"\x67\x00"
            offset, length = (p1 << 8) | p2, apdu[6] or 256
            if offset + length > len(self.data):
                return b"\x6b\x00"
            self.pending = self.data[offset : offset + length]
            return b"\x61\x00" if self.misreport else bytes([0x61, len(self.pending) & 0xFF])
        if (cla, ins, p1) == (0x00, 0xC0, 0x00):
            if p2 != self.response_p2:
                return b"\x6a\x86"
            if not self.pending:
                return b"\x69\x85"
            want = (apdu[4] if len(apdu) > 4 else 0) or 256
            if want > len(self.pending):
                return bytes([0x6C, len(self.pending) & 0xFF])
            give = min(want, self.chunk)
            out, self.pending = self.pending[:give], self.pending[give:]
            if self.pending:
                return out + bytes([0x61, min(len(self.pending), 256) & 0xFF])
            return out + b"\x90\x00"
        return b"\x6d\x00"


class VirtualCard:
    """Puts an applet into vpcd's reader: ``insert()`` connects, ``remove()`` disconnects.

    ``remove_after`` takes the card out (closes the socket without answering) at that many commands into
    the session: a card pulled out mid-read. ``on_command`` is called (on the card thread) with each
    command APDU before it is answered.
    """

    def __init__(self, applet: ThaiIdApplet, port: int = VPCD_PORT, remove_after: int = 0) -> None:
        self.applet = applet
        self.port = port
        self.remove_after = remove_after
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.removed = threading.Event()

    def insert(self) -> None:
        """Connects to vpcd: pcscd sees a card in the reader."""
        self.removed.clear()
        self._sock = socket.create_connection((VPCD_HOST, self.port), timeout=10)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock.settimeout(None)
        self._thread = threading.Thread(target=self._serve, args=(self._sock,), name="vpcd-card", daemon=True)
        self._thread.start()

    def remove(self) -> None:
        """Closes the connection: the card is out of the reader."""
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.removed.set()

    def _serve(self, sock: socket.socket) -> None:
        served = 0
        try:
            while True:
                header = _recv_exact(sock, 2)
                if header is None:
                    return
                (size,) = struct.unpack(">H", header)
                payload = _recv_exact(sock, size)
                if payload is None:
                    return
                if size == 1:
                    code = payload[0]
                    if code in (1, 2):  # power on, reset
                        self.applet.reset()
                    elif code == 4:  # get ATR
                        sock.sendall(struct.pack(">H", len(self.applet.atr)) + self.applet.atr)
                    continue
                served += 1
                if self.remove_after and served >= self.remove_after:
                    sock.close()  # pulled out before answering
                    self.removed.set()
                    return
                answer = self.applet.process(payload)
                sock.sendall(struct.pack(">H", len(answer)) + answer)
        except OSError:
            return


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        try:
            # WORKAROUND: vpcd writes the length and the APDU separately; with Nagle on its side and a delayed
            # ACK on ours every command waited ~40 ms. Acknowledge at once (Linux only; re-armed per read).
            if hasattr(socket, "TCP_QUICKACK"):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            part = sock.recv(n - len(buf))
        except OSError:
            return None
        if not part:
            return None
        buf += part
    return bytes(buf)
