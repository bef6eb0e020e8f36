"""Demo counter homes the benchmark modules of one run share (the 1 M record home takes 10–25 minutes to
build on a 2-core machine and ~3 GB of disk: built once per run, not once per module).

``home_at(size)`` gives a home holding ``size`` demo records (``demo-data --bulk``): the run's shared home,
grown to that size, or — when the shared home already holds more — a smaller home made once per run for
that size (the modules run in name order, and a later one may ask for 100 k after an earlier one grew the
shared home to 1 M). Every home has the users ``admin``, ``officer`` (counter officer) and ``super``
(supervisor), all with the password ``BENCH_PASSWORD``.

``PSC_BENCH_DIR`` chooses where homes are made (default: the temporary directory). With
``PSC_BENCH_KEEP=1`` the shared home is kept as ``PSC_BENCH_DIR/psc-bench-shared`` (a smaller one as
``psc-bench-<size>``) after the run and reused by the next one (its ``bench-home.json`` records how it was
built); otherwise every home is deleted when the process ends.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_PASSWORD = "bench-pass-1"
_MARKER = "bench-home.json"


@dataclass
class Load:
    """One bulk load of demo records into a home."""

    start: int
    end: int
    seconds: float
    reused: bool = False  # built by an earlier run (PSC_BENCH_KEEP)


@dataclass
class BenchHome:
    """A demo home and how its records got there."""

    path: Path
    size: int = 0
    loads: list[Load] = field(default_factory=list)
    shared: bool = False  # the run's shared home (else one made for a smaller size)


_run: dict[str, BenchHome] = {}  # "shared": this run's shared home, once made
_own: list[Path] = []


def bench_dir() -> Path:
    """Where benchmark homes and files go (``PSC_BENCH_DIR`` or the temporary directory)."""
    return Path(os.environ.get("PSC_BENCH_DIR", tempfile.gettempdir()))


def _keep() -> bool:
    return os.environ.get("PSC_BENCH_KEEP", "").strip() not in {"", "0", "no", "false"}


def open_services(home: Path, *, core_only: bool = True) -> Any:
    """The services of a bench home, with a cheap Argon2 (sign-in cost is not what the benches measure)."""
    from argon2 import PasswordHasher

    from app.services import build_services
    from app.services.context import open_app

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return build_services(open_app(home), hasher, core_only=core_only)


def _initialise(home: Path) -> None:
    from app.domain.roles import Role

    services = open_services(home)
    try:
        admin = services.auth.initialize("7", "จุดบริการทดสอบสมรรถนะ", "admin", "ผู้ดูแล", BENCH_PASSWORD).user
        services.auth.create_user(admin, "officer", "เจ้าหน้าที่", Role.COUNTER_OFFICER, BENCH_PASSWORD)
        services.auth.create_user(admin, "super", "หัวหน้า", Role.SUPERVISOR, BENCH_PASSWORD)
    finally:
        services.close()


def _grow(home: BenchHome, size: int) -> None:
    from app.services.demo import generate_demo_data

    if size <= home.size:
        return
    services = open_services(home.path)
    try:
        t = time.perf_counter()
        # nice'd callers share the machine; the seed is the target size, as the storage bench always did
        generate_demo_data(services, size - home.size, seed=size, bulk=True)
        home.loads.append(Load(home.size, size, time.perf_counter() - t))
        home.size = size
    finally:
        services.close()
    if home is _run.get("shared") and _keep():
        _save_marker(home)


def _save_marker(home: BenchHome) -> None:
    doc = {"size": home.size, "loads": [[ld.start, ld.end, ld.seconds] for ld in home.loads]}
    (home.path / _MARKER).write_text(json.dumps(doc), encoding="utf-8")


def _load_marker(path: Path) -> BenchHome | None:
    try:
        doc = json.loads((path / _MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    loads = [Load(int(a), int(b), float(s), reused=True) for a, b, s in doc["loads"]]
    return BenchHome(path, int(doc["size"]), loads, shared=True)


def _new_home() -> BenchHome:
    bench_dir().mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix="psc-bench-home-", dir=bench_dir()))
    _own.append(path)
    home = BenchHome(path / "home")
    _initialise(home.path)
    return home


def _shared_home() -> BenchHome:
    if "shared" in _run:
        return _run["shared"]
    if _keep():
        path = bench_dir() / "psc-bench-shared"
        found = _load_marker(path)
        if found is None:
            shutil.rmtree(path, ignore_errors=True)
            _initialise(path)
            found = BenchHome(path, shared=True)
            _save_marker(found)
        _run["shared"] = found
    else:
        _run["shared"] = _new_home()
        _run["shared"].shared = True
    return _run["shared"]


def home_at(size: int) -> BenchHome:
    """A home holding exactly ``size`` demo records (see the module docstring)."""
    shared = _shared_home()
    if shared.size <= size:
        _grow(shared, size)
        return shared
    key = f"own-{size}"
    if key not in _run:
        if _keep():
            path = bench_dir() / f"psc-bench-{size}"
            found = _load_marker(path)
            if found is None or found.size != size:
                shutil.rmtree(path, ignore_errors=True)
                _initialise(path)
                found = BenchHome(path)
                _grow(found, size)
                _save_marker(found)
            found.shared = False
            _run[key] = found
        else:
            _run[key] = _new_home()
            _grow(_run[key], size)
    return _run[key]


@atexit.register
def _clean() -> None:
    for path in _own:
        shutil.rmtree(path, ignore_errors=True)
