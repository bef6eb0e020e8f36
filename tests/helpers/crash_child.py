"""The process the crash test kills: saves complaints in a loop on a counter home.

Run as ``python -m tests.helpers.crash_child HOME USERNAME PASSWORD``. It is a small fork server so the
test can kill hundreds of savers quickly: it imports everything once (no Qt), then reads commands on
stdin:

``go SEED``
    forks a saver; prints ``pid N``. The saver opens the home, signs in and registers synthetic
    complaints forever, printing ``saved RECORD_ID TRACKING_CODE`` (one ``write`` per line, flushed)
    only *after* ``register`` has returned.
``reap N``
    waits for the killed saver ``N`` to be gone; prints ``reaped N signal 9`` (or ``exit CODE`` if it
    died by itself, which the test treats as a failure).
``quit``
    exits.

Everything goes to the same stdout pipe, in order: a saver's lines come before the ``reaped`` line of
that saver.
"""

from __future__ import annotations

import importlib
import os
import random
import sys
from pathlib import Path


def _warm_up() -> None:
    # Import and cache in the server what every saver needs, so a fork is ready at once.
    from datetime import UTC, datetime

    from app.domain import geo
    from app.domain.calendar import WorkingCalendar
    from app.domain.fakes import fake_complaint
    from app.domain.reference import ReferenceData
    from app.services import build_services  # noqa: F401 - imported for the forks
    from app.services.context import open_app  # noqa: F401
    from app.storage.migrate import head_revision
    from tests.helpers.counter import FAST_HASHER  # noqa: F401

    # build_services imports the service modules on first call (a fast sign-in window, issue 15): import
    # them here, once, or every forked saver spends its short life importing them and never saves.
    for name in (
        "audit", "auth", "backups", "complaints", "dashboard", "drafts", "holidays", "lifecycle",
        "ratings", "records", "reference", "settings", "context",
    ):  # fmt: skip
        importlib.import_module(f"app.services.{name}")
    import sqlalchemy.dialects.sqlite  # noqa: F401 - loaded by the engine on first connect

    ref = ReferenceData.load_bundled()
    geo.all_addresses()
    fake_complaint(random.Random(0), ref)
    WorkingCalendar().promised_by(datetime.now(UTC))
    head_revision()


def _saver(home: Path, username: str, password: str, seed: int) -> None:
    from app.domain.fakes import fake_complaint
    from app.services import build_services
    from app.services.context import open_app
    from tests.helpers.counter import FAST_HASHER

    services = build_services(open_app(home), FAST_HASHER, core_only=True)
    user = services.auth.login(username, password)
    rng = random.Random(seed)
    out = sys.stdout
    while True:
        result = services.complaints.register(user, fake_complaint(rng, services.ctx.reference))
        out.write(f"saved {result.record_id} {result.tracking_code}\n")
        out.flush()


def main() -> int:
    """The fork server loop."""
    home, username, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    _warm_up()
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "go":
            pid = os.fork()
            if pid == 0:
                try:
                    _saver(home, username, password, int(arg))
                finally:
                    os._exit(3)  # never fall back into the server loop
            print(f"pid {pid}", flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(arg), 0)
            if os.WIFSIGNALED(status):
                how = f"signal {os.WTERMSIG(status)}"
            else:
                how = f"exit {os.WEXITSTATUS(status)}"
            print(f"reaped {arg} {how}", flush=True)
        elif command == "quit":
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
