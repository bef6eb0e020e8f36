"""``psc-counter purge | export-person`` as a user would run them: a signed-in user with the permission,
the password from an owner-only file or standard input, owner-only output, audited refusals."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.helpers.counter import complaint
from tests.lifecycle.conftest import PASSWORD, Counter, run_cli


def test_purge_and_export_need_a_user_with_the_permission(
    counter: Counter, counter_home: Path, tmp_path: Path
) -> None:
    payload = complaint(71, family_name="บรรทัดคำสั่งทดลอง")
    counter.services.complaints.register(counter.officer, payload)
    counter.services.close()

    refused = run_cli(counter_home, "purge", "--dry-run", "--user", "officer1", stdin=PASSWORD + "\n")
    assert refused.returncode == 2 and "[permission_denied]" in refused.stderr
    assert "Traceback" not in refused.stderr

    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o644)
    unsafe = run_cli(counter_home, "purge", PSC_COUNTER_USER="super1", PSC_COUNTER_PASSWORD_FILE=str(secret))
    assert unsafe.returncode == 2 and "[password_file_insecure]" in unsafe.stderr
    secret.chmod(0o600)
    ran = run_cli(counter_home, "purge", PSC_COUNTER_USER="super1", PSC_COUNTER_PASSWORD_FILE=str(secret))
    assert ran.returncode == 0, ran.stderr
    assert "0 เรื่อง" in ran.stdout  # nothing is past retention yet

    out = tmp_path / "export"
    exported = run_cli(
        counter_home,
        "export-person",
        "--national-id",
        payload.complainant.national_id,
        "--out",
        str(out),
        "--no-pdf",
        "--user",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert exported.returncode == 0, exported.stderr
    (written,) = out.glob("*.json")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    (record,) = json.loads(written.read_text(encoding="utf-8"))["records"]
    assert record["versions"][0]["payload"]["complainant"]["family_name"] == "บรรทัดคำสั่งทดลอง"

    again = open_counter_services(counter_home, counter)
    try:
        events = [(e.actor, e.action) for e in again.services.audit.recent(counter.admin)]
    finally:
        again.services.close()
    assert ("officer1", "access.denied") in events  # refused at the shared sign-in (app.cli_auth)
    assert ("super1", "records.purge") in events and ("admin", "person.export") in events


def open_counter_services(home: Path, before: Counter) -> Counter:
    """The home opened again in this process (for reading the audit trail)."""
    from tests.lifecycle.test_lifecycle import open_counter_again

    return open_counter_again(home, before.clock, before)
