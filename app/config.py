"""Where the counter keeps its files and its typed settings (docs/ARCHITECTURE.md, Storage and keys).

Each setting is declared once, as a dataclass field with its default and a description in the field's
metadata; code reads attributes, never string keys. ``settings.toml`` is read on start-up and written back
whole; unknown keys are kept out of the object (and logged by the caller), and older files are brought up to
date by one upgrade step per ``settings_version``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

APP_NAME = "psc-counter"
HOME_ENV = "PSC_COUNTER_HOME"
SETTINGS_FILE = "settings.toml"
CURRENT_SETTINGS_VERSION = 2
DEFAULT_TRACKING_BASE_URL = "https://1111.go.th/track/"


def resolve_home(explicit: Path | None = None) -> Path:
    """The counter home: ``--home`` first, then ``PSC_COUNTER_HOME``, then the user data directory."""
    if explicit is not None:
        return explicit.expanduser().resolve()
    env = os.environ.get(HOME_ENV, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only for the default home: a counter started with --home does not pay for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _setting(default: Any, description: str) -> Any:
    return field(default=default, metadata={"description": description})


@dataclass
class Settings:
    """Every setting of one counter, with its default. Read as attributes; saved to ``settings.toml``."""

    settings_version: int = _setting(CURRENT_SETTINGS_VERSION, "Schema version of this file (upgrades)")
    language: str = _setting("th", 'User interface language: "th" or "en"')
    station_code: str = _setting("", "Station code assigned by the center (copied from the database)")
    tracking_base_url: str = _setting(
        DEFAULT_TRACKING_BASE_URL,
        "Public tracking address printed in the receipt QR code (connect points it at the center)",
    )
    idle_lock_minutes: int = _setting(5, "Lock the screen after this many idle minutes")
    max_failed_logins: int = _setting(5, "Failed sign-ins before an account is locked")
    lockout_minutes: int = _setting(15, "How long a locked account stays locked")
    printer_uri: str = _setting("preview:", "Receipt printer URI (usb://, serial://, tcp://, cups://, ...)")
    printer_width_dots: int = _setting(576, "Thermal printer width in dots: 384 (58 mm) or 576 (80 mm)")
    printer_profile: str = _setting("", "python-escpos printer profile name; empty = generic")
    server_url: str = _setting("", "Central intake service base URL; empty = not connected")
    server_token_file: str = _setting("", "File holding the station bearer token")
    ca_bundle: str = _setting("", "Extra CA bundle for the central service; empty = system store")
    client_cert: str = _setting("", "PEM client certificate for a center requiring mutual TLS; empty = none")
    client_key: str = _setting("", "PEM private key of the client certificate (owner-only file)")
    max_attachment_mb: int = _setting(20, "Largest scanned document accepted, in MB")
    scanner_folder: str = _setting(
        "", "Folder a document scanner saves into; new files there are offered as attachments (empty = off)"
    )
    card_reader_enabled: bool = _setting(True, "Fill forms from a Thai ID card in a PC/SC smart-card reader")
    card_reader_filter: str = _setting("", "Only card readers whose name contains this text (empty = any)")
    wedge_max_key_gap_ms: int = _setting(
        30, "A barcode/QR scanner types faster than this between keys; slower typing is a person"
    )
    wedge_min_length: int = _setting(8, "Shortest key burst (ending in Enter) taken as a scanned code")
    scanner_device: str = _setting("", "SANE document scanner device (empty = the first one found)")
    scan_resolution: int = _setting(200, "Document scan resolution in dpi")
    scan_mode: str = _setting("Gray", 'Document scan colour mode as SANE names it ("Color", "Gray", ...)')
    scan_extra_options: str = _setting(
        "", 'Extra scanimage options, e.g. --source "Automatic Document Feeder"'
    )
    backups_keep: int = _setting(10, "How many backups to keep (ordinary ones; and as many safety copies)")
    backup_second_folder: str = _setting(
        "", "A second folder every backup is also copied to: a USB stick or a network share (empty = off)"
    )
    backup_every_hours: int = _setting(24, "The running app backs up when the newest backup is this old")
    # PDPA retention (docs/ARCHITECTURE.md, "PDPA lifecycle"): days after a record's last activity
    # (newest version or central status change) before its personal data is crypto-shredded, once the
    # center has acknowledged it. The default is a placeholder of five years: set it to the agency's
    # records schedule.
    retention_days_complaint: int = _setting(
        1825, "Days a complaint's personal data is kept after its last activity (then shredded)"
    )
    retention_days_group_petition: int = _setting(
        1825, "Days a group petition's personal data is kept after its last activity (then shredded)"
    )
    log_days: int = _setting(30, "How many days of log files to keep")

    @classmethod
    def describe(cls) -> list[tuple[str, Any, str]]:
        """(name, default, description) of every setting, for documentation and the settings dialog."""
        return [(f.name, f.default, str(f.metadata.get("description", ""))) for f in fields(cls)]


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 kept the printer width in millimetres ("printer_width_mm": 58 | 80).
    mm = data.pop("printer_width_mm", None)
    if mm is not None and "printer_width_dots" not in data:
        data["printer_width_dots"] = 384 if int(mm) <= 58 else 576
    return data


# One step per version: UPGRADES[n] turns a version-n dict into a version n+1 dict.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}


def upgrade_settings_data(data: dict[str, Any]) -> dict[str, Any]:
    """Applies every upgrade step from the file's version to the current one."""
    version = int(data.get("settings_version", 1))
    while version < CURRENT_SETTINGS_VERSION:
        data = UPGRADES[version](dict(data))
        version += 1
        data["settings_version"] = version
    return data


def settings_from_dict(data: dict[str, Any]) -> Settings:
    """Builds settings from TOML data, upgrading old versions and coercing each value to its type."""
    data = upgrade_settings_data(dict(data))
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        default = getattr(defaults, f.name)
        raw = data[f.name]
        try:
            values[f.name] = type(default)(raw)
        except (TypeError, ValueError):
            continue  # a hand-edited bad value falls back to the default
    return Settings(**values)


def load_settings(home: Path) -> Settings:
    """Reads ``home/settings.toml``; defaults when the file is missing."""
    path = home / SETTINGS_FILE
    if not path.exists():
        return Settings()
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return settings_from_dict(data)


def save_settings(home: Path, settings: Settings) -> None:
    """Writes ``home/settings.toml`` atomically (temp file + rename)."""
    home.mkdir(parents=True, exist_ok=True)
    data = {f.name: getattr(settings, f.name) for f in fields(Settings)}
    data["settings_version"] = CURRENT_SETTINGS_VERSION
    path = home / SETTINGS_FILE
    tmp = path.with_suffix(".toml.tmp")
    with tmp.open("wb") as fh:
        tomli_w.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
