"""Settings (typed, declared once, upgraded per version) and logs (rotating file, no personal data)."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest

from app.config import (
    CURRENT_SETTINGS_VERSION,
    HOME_ENV,
    Settings,
    load_settings,
    resolve_home,
    save_settings,
)
from app.logs import LOG_FILE, scrub, setup_logging, shutdown_logging


def test_home_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "from-env"))
    assert resolve_home(tmp_path / "explicit") == (tmp_path / "explicit").resolve()
    assert resolve_home(None) == (tmp_path / "from-env").resolve()
    monkeypatch.delenv(HOME_ENV)
    assert "psc-counter" in str(resolve_home(None))


def test_defaults_round_trip_and_every_setting_is_described(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings == Settings()
    assert (settings.language, settings.idle_lock_minutes, settings.printer_uri) == ("th", 5, "preview:")
    assert settings.tracking_base_url == "https://1111.go.th/track/"
    assert all(description for _, _, description in Settings.describe())
    settings.language = "en"
    settings.printer_width_dots = 384
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path) == settings
    with (tmp_path / "settings.toml").open("rb") as fh:
        assert tomllib.load(fh)["settings_version"] == CURRENT_SETTINGS_VERSION


def test_old_settings_are_upgraded_and_bad_values_fall_back(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(
        'settings_version = 1\nprinter_width_mm = 58\nidle_lock_minutes = "ten"\n'
        'mystery = 3\nstation_code = "005"\n',
        encoding="utf-8",
    )
    settings = load_settings(tmp_path)
    assert settings.printer_width_dots == 384
    assert settings.idle_lock_minutes == 5
    assert settings.station_code == "005"
    assert settings.settings_version == CURRENT_SETTINGS_VERSION


def test_log_file_never_holds_ids_or_phones(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    try:
        logging.getLogger("psc.db").info(
            "looked up %s and 081-234-5678 for record %s", "1101700230705", "abc"
        )
        logging.getLogger("psc.sync").warning("batch of %d sent", 12)
    finally:
        shutdown_logging()
    text = path.read_text("utf-8")
    assert path.name == LOG_FILE and path.parent == tmp_path / "logs"
    assert "1101700230705" not in text and "081-234-5678" not in text
    assert "[national-id]" in text and "[phone]" in text and "record abc" in text
    assert "batch of 12 sent" in text
    assert scrub("tracking 005690324000013") == "tracking 005690324000013"  # 15 digits: not an ID


@pytest.mark.expected_errors("psc.db")  # the refusal or damage is logged, as it should be
def test_log_scrubber_masks_the_final_text_tracebacks_included_but_not_uuids(tmp_path: Path) -> None:
    record_id = "01909012-3456-7890-8123-456789012345"  # a UUID whose digits hold a 13-digit run
    path = setup_logging(tmp_path)
    try:
        log = logging.getLogger("psc.db")
        try:
            raise ValueError("bad row: 1-1017-00230-70-5, +66 81 234 5678, AA1234567, somsri@example.co.th")
        except ValueError:
            log.exception("save of record %s failed", record_id)
        log.info("tracking 005690324000013 for %s", record_id)
    finally:
        shutdown_logging()
    text = path.read_text("utf-8")
    assert "Traceback" in text and "ValueError: bad row" in text
    for secret in ("1-1017-00230-70-5", "81 234 5678", "AA1234567", "somsri@example.co.th"):
        assert secret not in text
    assert all(f"[{k}]" in text for k in ("national-id", "phone", "passport", "email"))
    assert text.count(record_id) == 2 and "005690324000013" in text
    assert scrub("โทร0812345678 บัตร1101700230705") == "โทร[phone] บัตร[national-id]"
