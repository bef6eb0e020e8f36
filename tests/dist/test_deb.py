"""The Debian package as an IT officer uses it: install, set up and list from ``/usr/bin``, remove — and the
counter's home with its database is still there, byte for byte (issue 10, "Done when" 3).

Installs into this machine's real dpkg database, so it needs root and runs only under ``make dist-test``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.dist.conftest import DIST, need_bundle

PASSWORD = "deb-pass-word-1"


def sh(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, env=env, input=stdin, timeout=300, check=False
    )


def package(name: str) -> Path:
    found = sorted(DIST.glob(f"{name}_*.deb"))
    if not found:
        pytest.skip(f"no {name} .deb in dist/: run `make dist` first")
    return found[-1]


def installed(name: str) -> bool:
    done = sh("dpkg-query", "-W", "-f=${Status}", name)
    return done.returncode == 0 and "install ok installed" in done.stdout


@pytest.fixture
def root_with_dpkg() -> None:
    need_bundle()
    if os.geteuid() != 0:
        pytest.skip("installs a package into the system: needs root (CI runs as root)")
    if shutil.which("dpkg") is None:
        pytest.skip("not a Debian system (no dpkg)")


@pytest.mark.usefixtures("root_with_dpkg")
def test_install_init_records_remove_keeps_the_home(tmp_path: Path) -> None:
    counter, central = package("psc-counter"), package("psc-counter-central")
    done = sh("dpkg", "-i", str(counter))
    assert done.returncode == 0, done.stderr
    try:
        assert Path("/usr/bin/psc-counter").exists() and Path("/opt/psc-counter/psc-counter").exists()
        desktop = Path("/usr/share/applications/psc-counter.desktop").read_text(encoding="utf-8")
        assert "Name[th]=จุดบริการรับเรื่องร้องทุกข์ 1111" in desktop and "Exec=psc-counter" in desktop
        assert Path("/usr/share/icons/hicolor/scalable/apps/psc-counter.svg").exists()

        # An officer's account: the default home is the user data folder (~/.local/share/psc-counter).
        user_home = tmp_path / "officer"
        user_home.mkdir()
        password_file = user_home / ".pw"
        password_file.write_text(PASSWORD + "\n", encoding="utf-8")
        password_file.chmod(0o600)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(user_home),
            "LANG": "C.UTF-8",
            "PSC_COUNTER_KEYRING": "off",
            "QT_QPA_PLATFORM": "offscreen",
            "PSC_COUNTER_USER": "admin",
            "PSC_COUNTER_PASSWORD_FILE": str(password_file),
        }
        init = sh(
            "psc-counter", "init", "--station", "9", "--admin-user", "admin", env=env, stdin=PASSWORD + "\n"
        )
        assert init.returncode == 0, init.stderr
        records = sh("psc-counter", "records", env=env, stdin=PASSWORD + "\n")
        assert records.returncode == 0, records.stderr
        data = user_home / ".local" / "share" / "psc-counter"
        database = data / "counter.sqlite3"
        assert database.exists()
        before = hashlib.sha256(database.read_bytes()).hexdigest()
        files_before = sorted(p.relative_to(data) for p in data.rglob("*"))

        # The central service package: a systemd unit and its settings, beside the counter.
        done = sh("dpkg", "-i", str(central))
        assert done.returncode == 0, done.stderr
        unit = Path("/lib/systemd/system/psc-counter-central.service").read_text(encoding="utf-8")
        assert "ExecStart=/usr/bin/psc-counter central serve" in unit
        assert oct(Path("/etc/psc-counter/central.env").stat().st_mode & 0o777) == "0o640"
        assert sh("dpkg", "-r", "psc-counter-central").returncode == 0
    finally:
        removed = sh("dpkg", "-r", "psc-counter")
    assert removed.returncode == 0, removed.stderr
    assert not installed("psc-counter")
    assert not Path("/usr/bin/psc-counter").exists() and not Path("/opt/psc-counter").exists()
    # The counter's data is the officer's, not the package's: all still there, the database unchanged.
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == files_before
