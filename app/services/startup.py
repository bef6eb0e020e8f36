"""What the GUI's start-up needs from the services, importable without SQLAlchemy (docs/ARCHITECTURE.md,
Start-up).

``has_database`` is asked on the GUI thread before the first window (one ``stat``); ``open_counter`` runs
on a worker thread while the sign-in window is already on screen: it imports the services, opens the
encrypted database, checks it, runs any migration and puts back sync items a crash left in flight.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.errors import KnownError
from app.storage.paths import DB_FILE

if TYPE_CHECKING:
    from app.services import Services

log = logging.getLogger("psc.sync")


def has_database(home: Path) -> bool:
    """Whether the counter home already has a database (else start-up is the first-run wizard)."""
    return (home / DB_FILE).exists()


def open_counter(home: Path) -> Services:
    """Opens the counter home with every service (slow: imports, key, integrity check, migrations).

    Raises ``KnownError`` (``database_key_missing``, ``database_damaged``…) for the GUI to offer recovery.
    """
    from app.services import build_services, open_app

    services = build_services(open_app(home))
    if services.sync is not None:
        # docs/ARCHITECTURE.md, Sync: at start-up, items a crash left in flight go back to pending (uploads
        # are idempotent), also when the counter is not connected (then no pump starts to do it) and before
        # anyone signs in (a sign-in typed early waits for this job on the same writer thread).
        try:
            services.sync.store.recover_in_flight()
        except KnownError as exc:  # a busy database: they stay in flight until the next start
            log.warning("in-flight sync items not put back: %s", exc.code)
    return services


def recover_key(home: Path, recovery_code: str) -> None:
    """Restores the database key from the recovery code (after ``database_key_missing``)."""
    from app.services.context import recover_key as _recover

    _recover(home, recovery_code)
