"""Sign-in timing: an unknown username must not answer faster than a real one (issue #9).

A sign-in that refuses an unknown user in a few milliseconds and a real one in ~50 ms (an Argon2 verify)
tells anyone at the keyboard which usernames exist. ``AuthService`` verifies against a dummy hash of the
same parameters when the user is unknown or disabled; this measures, with the production Argon2 profile,
the time of a failed sign-in for an unknown user, a disabled user and a real user with a wrong password,
interleaved so machine load falls on all three alike. Not a timed test: the figures go to
``docs/BENCHMARKS.md`` with the ratio of the medians (target 0.8–1.25).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.__main__ import Report, quick

TARGET_LOW, TARGET_HIGH = 0.8, 1.25


def run(report: Report) -> None:
    """Measures failed sign-ins of an unknown, a disabled and a real user."""
    from app.domain.roles import Role
    from app.logs import shutdown_logging
    from app.services import build_services
    from app.services.context import open_app
    from app.services.types import KnownError

    section = report.section("Sign-in time: unknown user against real user")
    root = Path(tempfile.mkdtemp(prefix="psc-bench-signin-"))
    os.environ["PSC_COUNTER_KEYRING"] = "off"
    rounds = 3 if quick() else 15
    try:
        services = build_services(open_app(root / "home"), core_only=True)
        try:
            admin = services.auth.initialize("5", "bench", "admin", "Admin", "admin-pass-1").user
            services.auth.create_user(admin, "officer", "Officer", Role.COUNTER_OFFICER, "officer-pass-1")
            services.auth.create_user(admin, "gone", "Gone", Role.COUNTER_OFFICER, "gone-pass-1")
            services.auth.set_active(admin, "gone", False)
            cases = {
                "unknown user": "nobody-here",
                "disabled user": "gone",
                "real user, wrong password": "officer",
            }
            times: dict[str, list[float]] = {name: [] for name in cases}
            for n in range(rounds):
                for name, username in cases.items():
                    start = time.perf_counter()
                    with contextlib.suppress(KnownError):
                        services.auth.login(username, "wrong-password")
                    times[name].append(time.perf_counter() - start)
                if n % 4 == 3:  # below the lockout threshold: the real user keeps being checked
                    services.auth.set_password(admin, "officer", "officer-pass-1")
        finally:
            services.close()
        real = statistics.median(times["real user, wrong password"])
        rows = []
        for name, values in times.items():
            ratio = statistics.median(values) / real
            ok = TARGET_LOW <= ratio <= TARGET_HIGH
            p50, p95, worst = section.summary(values)
            rows.append((name, len(values), p50, p95, worst, f"{ratio:.2f}", "ok" if ok else "MISSED"))
        section.text(
            "Failed sign-ins with the production Argon2id profile (OWASP minimum: m = 19 MiB, t = 2, p = 1), "
            f"interleaved; ratio = median against the real user's (target {TARGET_LOW}–{TARGET_HIGH})."
        )
        section.text()
        section.table(["case", "n", "p50", "p95", "max", "ratio", "target"], rows)
    finally:
        shutdown_logging()
        shutil.rmtree(root, ignore_errors=True)
