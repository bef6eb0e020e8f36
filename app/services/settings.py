"""Changing settings: the one door to ``settings.toml`` for people (issue #9).

Every change names a setting declared in ``app.config.Settings``, is checked against the permission that
setting needs (the display language is anyone's; everything station-wide is the administrator's), is
validated, written atomically, and is an audit event with the old and new values. Values are not personal
data; the token file's path and the center's address are kept out of the event's detail all the same
(only whether they changed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from app.config import Settings
from app.domain.roles import Permission
from app.services.access import require
from app.services.base import ServiceBase
from app.services.types import Changes, CurrentUser, KnownError
from app.storage.errors import disk_error


def _url(value: Any) -> str:
    text = str(value).strip()
    if not (text.startswith("https://") or text.startswith("http://")):
        raise KnownError("setting_invalid", "an address must start with https://")
    return text


def _int_range(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError) as exc:
            raise KnownError("setting_invalid", "a whole number") from exc
        if not low <= number <= high:
            raise KnownError("setting_invalid", f"{low}-{high}")
        return number

    return check


def _choice(*allowed: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = str(value).strip()
        if text not in allowed:
            raise KnownError("setting_invalid", "/".join(allowed))
        return text

    return check


def _text(value: Any) -> str:
    return str(value).strip()


# name → (permission needed, validator). Settings not named here are set by their own use case
# (station_code by set-up, server_url/ca_bundle/server_token_file by connect, printer_* by the printer
# service, settings_version by upgrades).
EDITABLE: dict[str, tuple[Permission, Callable[[Any], Any]]] = {
    "language": (Permission.CHANGE_OWN_SETTINGS, _choice("th", "en")),
    "tracking_base_url": (Permission.MANAGE_STATION, _url),
    "idle_lock_minutes": (Permission.MANAGE_STATION, _int_range(1, 120)),
    "max_failed_logins": (Permission.MANAGE_STATION, _int_range(1, 20)),
    "lockout_minutes": (Permission.MANAGE_STATION, _int_range(1, 1440)),
    "max_attachment_mb": (Permission.MANAGE_STATION, _int_range(1, 200)),
    "scanner_folder": (Permission.MANAGE_STATION, _text),
    "backups_keep": (Permission.MANAGE_STATION, _int_range(2, 365)),
    "log_days": (Permission.MANAGE_STATION, _int_range(1, 365)),
}
_QUIET = {"scanner_folder"}  # a path may name a person's home folder: the event says only that it changed


class SettingsService(ServiceBase):
    """Reads and changes the counter's settings with a permission check and an audit event."""

    def current(self) -> Settings:
        """A copy of the settings in force (changing it changes nothing: use ``update``)."""
        return dataclasses.replace(self._ctx.settings)

    def update(self, user: CurrentUser, **changes: Any) -> Changes:
        """Sets the named settings (``KnownError``: ``setting_unknown``, ``setting_invalid``;
        ``PermissionDenied`` for a setting the role may not change; ``SessionEnded``). All or nothing."""
        values: dict[str, Any] = {}
        needed: set[Permission] = set()
        for name, raw in changes.items():
            if name not in EDITABLE:
                raise KnownError("setting_unknown", name)
            permission, check = EDITABLE[name]
            needed.add(permission)
            values[name] = check(raw)
        for permission in sorted(needed):
            require(self._ctx, self._audit, user, permission, action="settings.change")
        current = self._ctx.settings
        changed = {n: v for n, v in values.items() if getattr(current, n) != v}
        if not changed:
            return Changes()
        new = dataclasses.replace(current, **changed)
        now = self._ctx.clock()
        detail = {
            n: ({"changed": True} if n in _QUIET else {"from": getattr(current, n), "to": v})
            for n, v in changed.items()
        }
        with self._ctx.db.session() as session:
            # The event and the file together: the file is written inside the transaction, so a file that
            # cannot be written (full disk) leaves no event claiming a change.
            self._audit.append(session, user.username, "settings.change", "settings.toml", detail, now)
            self._ctx.settings = new
            try:
                self._ctx.save_settings()
            except OSError as exc:
                self._ctx.settings = current
                raise disk_error(exc) or exc from exc
            except BaseException:
                self._ctx.settings = current
                raise
        return Changes()
