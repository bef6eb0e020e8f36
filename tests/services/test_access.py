"""Every command is a user; a stale session ends at its next action; settings go through a service (#9).

The commands run through ``main()`` in this process on a real home (the console script's code without a
process start); refusals are read back from the audit chain, as an auditor would.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.config import load_settings
from app.domain.roles import Role
from app.services import Services
from app.services.access import SessionEnded
from app.services.types import PermissionDenied
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.cli_login import CliAs, write_password_file
from tests.helpers.counter import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_PASSWORD,
    STATION_CODE,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    Staff,
    complaint,
    raw_sql,
)

SYNC_AGENT, SYNC_AGENT_PASSWORD = "sync-task", "sync-agent-pass-1"


def audit_events(home: Path, after_seq: int = 0) -> list[tuple[str, str, str, dict[str, object]]]:
    """(actor, action, target, detail) of the audit events after ``after_seq``, oldest first."""
    conn = raw_sql(home)
    try:
        rows = conn.execute(
            "SELECT actor, action, target, detail_json FROM audit_events WHERE seq > ? ORDER BY seq",
            (after_seq,),
        ).fetchall()
    finally:
        conn.close()
    return [(a, b, c, json.loads(d)) for a, b, c, d in rows]


def last_seq(home: Path) -> int:
    conn = raw_sql(home)
    try:
        return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_events").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def station(services: Services, staff: Staff, counter_home: Path, tmp_path: Path) -> Staff:
    """A set-up station with one complaint and a sync service account; the services closed again (the
    commands open the home themselves)."""
    services.complaints.register(staff.officer, complaint(1))
    services.auth.create_user(
        staff.admin, SYNC_AGENT, "งานส่งข้อมูลอัตโนมัติ", Role.SYNC_AGENT, SYNC_AGENT_PASSWORD
    )
    services.close()
    return staff


def run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    """``psc-counter ARGS`` with ``stdin`` piped in."""
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


# Each command that reads or changes personal data or the station, with arguments that would work.
def commands(tmp_path: Path) -> dict[str, list[str]]:
    token = tmp_path / "token.txt"
    token.write_text("t0ken", encoding="utf-8")
    return {
        "records": ["records", "--search", "สมชาย"],
        "letter": ["letter", "005-000000-0-0000-0", "--out", str(tmp_path / "letter.pdf")],
        "reprint": ["reprint", "005-000000-0-0000-0"],
        "backup": ["backup"],
        "restore": ["restore", str(tmp_path / "none.sqlite3")],
        "connect": ["connect", "--server-url", "http://127.0.0.1:9", "--token-file", str(token)],
        "sync": ["sync", "--once"],
        "settings": ["settings"],
        "demo-data": ["demo-data", "--count", "1"],
        "day-register": ["day-register", "--out", str(tmp_path / "day.pdf")],
    }


def test_every_command_without_credentials_is_refused_and_audited(
    station: Staff, counter_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, argv in commands(tmp_path).items():
        before = last_seq(counter_home)
        code, out, err = run(capsys, *argv)
        assert code == 2, (name, out, err)
        assert "ต้องระบุผู้ใช้" in err and "[user_required]" in err, name
        assert "Traceback" not in err
        events = audit_events(counter_home, before)
        assert ("?", "access.refused", f"cli.{name}", {"why": "user_required"}) in events, name
    # A user but no password (nothing piped in): refused too, naming who tried.
    before = last_seq(counter_home)
    code, _, err = run(capsys, "records", "--user", OFFICER)
    assert code == 2 and "[password_required]" in err
    assert (OFFICER, "access.refused", "cli.records", {"why": "password_required"}) in audit_events(
        counter_home, before
    )


def test_wrong_password_wrong_role_and_readable_password_file_are_refused(
    station: Staff,
    counter_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cli_as: CliAs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = last_seq(counter_home)
    code, _, err = run(capsys, "records", "--user", OFFICER, stdin="not-the-password\n")
    assert code == 2 and "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in err
    assert any(e[:2] == (OFFICER, "login.failed") for e in audit_events(counter_home, before))

    # The officer may read records but not touch the station.
    cli_as(OFFICER, OFFICER_PASSWORD)
    for name in ("backup", "restore", "connect", "demo-data", "sync", "day-register"):
        before = last_seq(counter_home)
        code, _, err = run(capsys, *commands(tmp_path)[name])
        assert code == 2 and "[permission_denied]" in err, (name, err)
        denied = [e for e in audit_events(counter_home, before) if e[1] == "access.denied"]
        assert denied and denied[0][0] == OFFICER and denied[0][2] == f"cli.{name}", name

    # A password file others may read is refused before anyone signs in.
    loose = write_password_file(tmp_path / "loose.password", OFFICER_PASSWORD)
    loose.chmod(0o644)
    monkeypatch.setenv("PSC_COUNTER_PASSWORD_FILE", str(loose))
    before = last_seq(counter_home)
    code, _, err = run(capsys, "records")
    assert code == 2 and "[password_file_insecure]" in err
    assert (OFFICER, "access.refused", "cli.records", {"why": "password_file_insecure"}) in audit_events(
        counter_home, before
    )


def test_the_right_role_works_and_its_audit_events_name_the_user(
    station: Staff, counter_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_as: CliAs
) -> None:
    cli_as(OFFICER, OFFICER_PASSWORD)
    national_id = complaint(1).complainant.national_id
    before = last_seq(counter_home)
    code, out, err = run(capsys, "records", "--search", national_id, "--json")
    assert code == 0, err
    assert len(out.splitlines()) == 1 and national_id not in out
    events = audit_events(counter_home, before)
    assert events[0][:2] == (OFFICER, "login")
    searches = [e for e in events if e[1] == "records.search"]
    assert searches and searches[0][0] == OFFICER
    assert national_id not in json.dumps(searches[0][3])  # the audit trail keeps no ID in clear

    cli_as(SUPERVISOR, SUPERVISOR_PASSWORD)
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    backup = Path(out.strip().split(": ", 1)[1])
    assert backup.stat().st_mode & 0o777 == 0o600
    assert any(e[:2] == (SUPERVISOR, "backup.create") for e in audit_events(counter_home, before))

    # Demo data: the administrator's, and never on a counter connected to a center.
    cli_as(ADMIN, ADMIN_PASSWORD)
    code, _, err = run(capsys, "settings", "--set", "tracking_base_url=https://track.example.test/")
    assert code == 0, err
    assert load_settings(counter_home).tracking_base_url == "https://track.example.test/"
    # A real center on 127.0.0.1 that knows the station: connect saves only what /v1/health confirmed.
    center = Central.from_url(f"sqlite:///{tmp_path / 'center.sqlite3'}")
    (tmp_path / "center-token.txt").write_text(center.add_station(STATION_CODE, "ทดสอบ"), encoding="utf-8")
    with ServerThread(create_app(center)) as server:
        argv = ["connect", "--server-url", server.url, "--token-file", str(tmp_path / "center-token.txt")]
        code, _, err = run(capsys, *argv)
    center.engine.dispose()
    assert code == 0, err
    before = last_seq(counter_home)
    code, _, err = run(capsys, "demo-data", "--count", "1")
    assert code == 2 and "[demo_refused_connected]" in err
    assert (ADMIN, "access.refused", "cli.demo-data", {"why": "connected_to_center"}) in audit_events(
        counter_home, before
    )


def test_the_sync_service_account_may_sync_and_nothing_else(
    station: Staff, counter_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_as: CliAs
) -> None:
    cli_as(SYNC_AGENT, SYNC_AGENT_PASSWORD)
    code, _, err = run(capsys, "sync", "--once")
    assert code == 2 and "[not_connected]" in err  # signed in and allowed; there is just no center yet
    for name in ("records", "letter", "backup", "settings"):
        code, _, err = run(capsys, *commands(tmp_path)[name])
        assert code == 2 and "[permission_denied]" in err, (name, err)
    assert not os.path.exists(tmp_path / "letter.pdf")


def test_the_sync_service_account_cannot_open_the_desktop_application(
    services: Services, staff: Staff
) -> None:
    services.auth.create_user(staff.admin, SYNC_AGENT, "งานส่งข้อมูล", Role.SYNC_AGENT, SYNC_AGENT_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.auth.login_at_counter(SYNC_AGENT, SYNC_AGENT_PASSWORD)
    assert services.auth.login_at_counter(OFFICER, OFFICER_PASSWORD).username == OFFICER


def test_a_disabled_or_re_roled_officer_is_refused_at_the_next_action(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    services.complaints.register(staff.officer, complaint(1))
    services.auth.set_active(staff.admin, OFFICER, False)
    before = last_seq(counter_home)
    with pytest.raises(SessionEnded):
        services.complaints.register(staff.officer, complaint(2))
    with pytest.raises(SessionEnded):
        services.records.search(staff.officer, "", None, 10)
    assert (OFFICER, "session.ended", "register", {"why": "account_disabled"}) in audit_events(
        counter_home, before
    )
    assert len(services.records.ids_page("", None, 10)) == 1  # nothing saved by the refused session

    services.auth.set_role(staff.admin, SUPERVISOR, Role.COUNTER_OFFICER)
    assert services.sync is not None
    with pytest.raises(SessionEnded):
        services.sync.queue.counts(staff.supervisor)
    fresh = services.auth.login(SUPERVISOR, SUPERVISOR_PASSWORD)
    services.complaints.register(fresh, complaint(3))  # signed in again with the new role: works


def test_settings_change_through_the_service_with_permission_and_audit(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    before = last_seq(counter_home)
    with pytest.raises(PermissionDenied):
        services.settings.update(staff.officer, tracking_base_url="https://evil.example.test/")
    with pytest.raises(PermissionDenied):
        services.settings.update(staff.officer, idle_lock_minutes=120)
    assert load_settings(counter_home).tracking_base_url != "https://evil.example.test/"
    services.settings.update(staff.officer, language="en")  # one's own display language: anyone's
    services.settings.update(staff.admin, idle_lock_minutes=3, tracking_base_url="https://t.example.test/")
    saved = load_settings(counter_home)
    assert (saved.language, saved.idle_lock_minutes, saved.tracking_base_url) == (
        "en",
        3,
        "https://t.example.test/",
    )
    events = audit_events(counter_home, before)
    assert [e[:2] for e in events if e[1] in {"access.denied", "settings.change"}] == [
        (OFFICER, "access.denied"),
        (OFFICER, "access.denied"),
        (OFFICER, "settings.change"),
        (ADMIN, "settings.change"),
    ]
    assert events[-1][3]["idle_lock_minutes"] == {"from": 5, "to": 3}
