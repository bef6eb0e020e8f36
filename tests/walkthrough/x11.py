"""A real X11 screen for the walkthrough: Xvfb at 1366×768, a small window manager (openbox), and a
keyboard that types Thai through XTEST.

WORKAROUND: Debian's ``xdotool type`` drops Thai letters (it remaps one spare keycode per character while
typing, and the client reads the map late: "สมชาย" arrives as "สชา"). Here every character the script will
type gets its own spare keycode once, before the app starts (``change_keyboard_mapping``), so each key
press is a plain keycode the app's keymap already knows; nothing is remapped while typing. Keys are sent
back to back with no pause, as a fast typist would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops
from Xlib import XK, X, display
from Xlib.ext import xtest

WIDTH, HEIGHT = 1366, 768

KEPT = frozenset(
    {
        XK.string_to_keysym(n)
        for n in ("Return", "Tab", "space", "BackSpace", "Escape", "Control_L", "Shift_L", "Alt_L")
    }
    | {XK.string_to_keysym(f"F{n}") for n in range(1, 13)}
    | {XK.string_to_keysym(ch) for ch in "abcdefghijklmnopqrstuvwxyz0123456789"}
)
"""Keys the script presses as they are; every other keycode may carry a character to type."""

MISSING_TOOLS = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
"""Programs the walkthrough needs that this machine lacks (``packaging/system-deps.sh`` installs them)."""


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    """Polls ``condition`` until it returns something true (waiting for the app, never between keys)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.05)


class Screen:
    """Xvfb on a free display number with openbox running on it."""

    def __init__(self, logs: Path) -> None:
        read_fd, write_fd = os.pipe()
        with (logs / "xvfb.log").open("wb") as log:
            self._xvfb = subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    f"{WIDTH}x{HEIGHT}x24",
                    "-nolisten",
                    "tcp",
                ],
                pass_fds=(write_fd,),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            self._xvfb.kill()
            raise RuntimeError("Xvfb did not start (see xvfb.log)")
        self.name = f":{number}"
        self.display = display.Display(self.name)
        with (logs / "openbox.log").open("wb") as log:
            self._wm = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env={**os.environ, "DISPLAY": self.name},
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        check = self.display.intern_atom("_NET_SUPPORTING_WM_CHECK")
        root = self.display.screen().root
        wait_for(lambda: root.get_full_property(check, X.AnyPropertyType), 10, "openbox")

    def close(self) -> None:
        """Stops the window manager and the X server."""
        self.display.close()
        for proc in (self._wm, self._xvfb):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()

    # ------------------------------------------------------------------ windows
    def active_title(self) -> str:
        """The title of the window that has the keyboard now ("" when none)."""
        d = self.display
        root = d.screen().root
        active = root.get_full_property(d.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
        if active is None or not active.value or not active.value[0]:
            return ""
        window = d.create_resource_object("window", active.value[0])
        try:
            name = window.get_full_property(d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"))
        except Exception:
            return ""
        if name is None:
            return ""
        value = name.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)

    def grab(self) -> Image.Image:
        """The whole screen now."""
        root = self.display.screen().root
        raw = root.get_image(0, 0, WIDTH, HEIGHT, X.ZPixmap, 0xFFFFFFFF)
        return Image.frombytes("RGB", (WIDTH, HEIGHT), raw.data, "raw", "BGRX")

    def screenshot(self, path: Path, settle: bool = True) -> None:
        """The whole screen as a PNG, once the app has caught up with the keys (the picture stops
        changing, but for a blinking cursor)."""
        image = self.grab()
        if settle:
            deadline = time.monotonic() + 20
            calm = 0
            while calm < 4 and time.monotonic() < deadline:  # one second without change
                time.sleep(0.25)
                later = self.grab()
                changed = ImageChops.difference(image, later).convert("L").point(lambda v: 255 if v else 0)
                image = later
                calm = calm + 1 if changed.histogram()[255] < 200 else 0
        image.save(path)


class Keyboard:
    """Types text and key chords into whatever window has the focus, through XTEST."""

    def __init__(self, screen: Screen, text_to_come: Iterable[str]) -> None:
        self._d = screen.display
        info = self._d.display.info
        self._first, last = info.min_keycode, info.max_keycode
        mapping = self._d.get_keyboard_mapping(self._first, last - self._first + 1)
        self._width = len(mapping[0])
        self._plain: dict[int, int] = {}  # keysym → keycode, for keysyms reachable without Shift
        spare: list[int] = []
        reusable: list[int] = []  # keys the walkthrough never presses (keypad, media, punctuation …)
        for offset, syms in enumerate(mapping):
            code = self._first + offset
            if not any(syms):
                spare.append(code)
            elif syms[0] in KEPT:
                self._plain.setdefault(syms[0], code)
            else:
                reusable.append(code)
        spare += reusable
        chars = sorted({ch for text in text_to_come for ch in text if self._keysym(ch) not in self._plain})
        if len(chars) > len(spare):
            raise RuntimeError(f"{len(chars)} characters to map but {len(spare)} spare keycodes")
        for ch, code in zip(chars, spare, strict=False):
            sym = self._keysym(ch)
            # The same keysym with and without Shift: a key press never depends on a modifier.
            self._d.change_keyboard_mapping(code, [(sym,) * self._width])
            self._plain[sym] = code
        self._d.sync()

    @staticmethod
    def _keysym(ch: str) -> int:
        if ch == " ":
            return XK.XK_space
        if ch.isascii() and (ch.isdigit() or ch.islower()):
            return XK.string_to_keysym(ch)
        # Unicode keysyms (0x1000000 + code point) name every other character, Thai included.
        return 0x1000000 + ord(ch)

    def _code(self, name: str) -> int:
        code = self._d.keysym_to_keycode(XK.string_to_keysym(name))
        if not code:
            raise KeyError(name)
        return int(code)

    def _tap(self, code: int) -> None:
        xtest.fake_input(self._d, X.KeyPress, code)
        xtest.fake_input(self._d, X.KeyRelease, code)

    def type(self, text: str) -> None:
        """Every character of ``text``, one key each (a newline is Return), without pauses."""
        for ch in text:
            if ch == "\n":
                self._tap(self._code("Return"))
            else:
                self._tap(self._plain[self._keysym(ch)])
        self._d.sync()

    def key(self, chord: str, times: int = 1) -> None:
        """A key or chord by X keysym names joined with ``+``: ``Return``, ``Tab``, ``ctrl+s``,
        ``ctrl+shift+r``, ``F4`` — ``times`` times in a row."""
        names = {"ctrl": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}
        parts = chord.split("+")
        mods = [self._code(names[p.lower()]) for p in parts[:-1]]
        main = self._code(parts[-1])
        for _ in range(times):
            for m in mods:
                xtest.fake_input(self._d, X.KeyPress, m)
            self._tap(main)
            for m in reversed(mods):
                xtest.fake_input(self._d, X.KeyRelease, m)
        self._d.sync()
