"""The one error type of the device layer: a stable ``code`` the UI turns into Thai, an English ``detail``."""

from __future__ import annotations


class DeviceError(Exception):
    """A device could not do what was asked; ``code`` names why, ``detail`` is for the log."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
