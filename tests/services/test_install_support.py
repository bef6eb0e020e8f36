"""What an IT officer installing, rolling back and supporting a counter meets (issue 10): the version and
build, an older build refusing a newer database without touching it, and the scrubbed support bundle."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

import app
from app.cli import main
from app.domain.clock import FixedClock
from app.logs import DB as db_log
from app.logs import shutdown_logging
from app.services import Services
from app.services.support import make_support_bundle
from app.storage.errors import KnownError
from app.storage.migrate import head_revision
from app.version import build_info
from tests.helpers.counter import Staff, complaint, open_services, raw_sql

NEWER = "0999_from_a_newer_build"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_names_the_release_and_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    info = build_info()
    assert app.__version__ in out and f"build {info.build}" in out and info.build != ""


@pytest.mark.expected_errors("psc.db")  # the refusal or damage is logged, as it should be
def test_a_newer_database_is_refused_with_a_message_and_left_as_it_was(
    services: Services,
    staff: Staff,
    counter_home: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.complaints.register(staff.officer, complaint())
    services.close()
    conn = raw_sql(counter_home)
    conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))  # what a newer build leaves
    conn.close()
    before, backups = digest(counter_home / "counter.sqlite3"), sorted((counter_home / "backups").iterdir())

    with pytest.raises(KnownError) as refused:
        open_services(counter_home, clock)
    assert refused.value.code == "database_newer" and NEWER in refused.value.detail

    assert main(["--home", str(counter_home), "records"]) == 2
    err = capsys.readouterr().err
    assert "รุ่นที่ใหม่กว่า" in err and "[database_newer]" in err
    shutdown_logging()
    assert digest(counter_home / "counter.sqlite3") == before  # no migration, no write
    assert sorted((counter_home / "backups").iterdir()) == backups  # not even a pre-migrate backup
    # The newer build (here: the revision put back) still opens it, with the record.
    conn = raw_sql(counter_home)
    conn.execute("UPDATE alembic_version SET version_num = ?", (head_revision(),))
    conn.close()
    again = open_services(counter_home, clock)
    assert len(again.records.ids_page("", None, 10)) == 1
    again.close()


def test_support_bundle_is_owner_only_scrubbed_and_has_versions_settings_logs_and_counts(
    services: Services, staff: Staff, counter_home: Path, tmp_path: Path
) -> None:
    saved = services.complaints.register(staff.officer, complaint())
    person = complaint()
    national_id = person.complainant.national_id
    assert national_id
    # A log line that slipped personal data through (the scrubber is the last line of defence).
    db_log.warning("debug dump %s 0812345678", national_id)
    out = make_support_bundle(None, tmp_path / "support.zip", ctx=services.ctx)

    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        texts = {name: zf.read(name).decode("utf-8") for name in names}
    assert {"about.json", "counts.json", "settings.toml"} <= set(names)
    assert any(n.startswith("logs/") for n in names)
    about, counts = json.loads(texts["about.json"]), json.loads(texts["counts.json"])
    assert about["version"] == app.__version__ and about["build"] == build_info().build
    assert counts["records_by_kind"] == {"complaint": 1}
    assert sum(counts["outbox_by_state"].values()) == 1
    assert counts["schema_revision"] == head_revision()
    everything = "\n".join(texts.values())
    assert "[national-id]" in everything and "[phone]" in everything
    for secret in (national_id, "0812345678", saved.access_token, person.complainant.given_name):
        assert secret not in everything


def test_support_bundle_command_works_when_the_database_cannot_open(
    counter_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (counter_home / "counter.sqlite3").write_bytes(b"not a database" * 100)  # and no key: cannot open
    assert main(["--home", str(counter_home), "support-bundle"]) == 0
    shutdown_logging()
    (made,) = (counter_home / "support").iterdir()
    assert str(made) in capsys.readouterr().out
    with zipfile.ZipFile(made) as zf:
        assert json.loads(zf.read("counts.json"))["error"] == "database_key_missing"
