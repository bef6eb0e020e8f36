"""Runs the benchmarks and writes ``docs/BENCHMARKS.md``.

    python -m bench                 # every bench/bench_*.py module
    python -m bench storage         # only bench/bench_storage.py
    PSC_BENCH_QUICK=1 python -m bench   # small sizes: a smoke run that checks the benchmarks still work

Each module ``bench/bench_NAME.py`` exposes ``run(report: Report) -> None`` and writes into its own
section (``report.section(title)``). Sections of modules that were not run are kept as they were in the
file, so one part can re-run its benchmarks without erasing the others'.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUTPUT = BENCH_DIR.parent / "docs" / "BENCHMARKS.md"
START = "<!-- bench:{name} -->"
END = "<!-- /bench:{name} -->"
_SECTION = re.compile(r"<!-- bench:(?P<name>[\w-]+) -->\n(?P<body>.*?)<!-- /bench:(?P=name) -->\n?", re.S)


def quick() -> bool:
    """Whether this is a small smoke run (``PSC_BENCH_QUICK=1``)."""
    return os.environ.get("PSC_BENCH_QUICK", "").strip() not in {"", "0", "no", "false"}


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ms(seconds: float) -> str:
    """Seconds as milliseconds with two decimals."""
    return f"{seconds * 1000:.2f} ms"


@dataclass
class Section:
    """The Markdown of one module's results."""

    title: str
    lines: list[str] = field(default_factory=list)

    def text(self, line: str = "") -> None:
        """A paragraph line."""
        self.lines.append(line)
        print(f"  {line}" if line else "", flush=True)

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """A Markdown table."""
        self.lines.append("| " + " | ".join(headers) + " |")
        self.lines.append("|" + "|".join("---" for _ in headers) + "|")
        for row in rows:
            line = "| " + " | ".join(str(c) for c in row) + " |"
            self.lines.append(line)
            print(f"  {line}", flush=True)
        self.lines.append("")

    @staticmethod
    def summary(values: Sequence[float]) -> tuple[str, str, str]:
        """(p50, p95, max) of latencies in seconds, formatted."""
        return ms(statistics.median(values)), ms(percentile(values, 95)), ms(max(values))

    def markdown(self, name: str, seconds: float) -> str:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        head = f"## {self.title}\n\n_Module `bench/bench_{name}.py`, run {stamp} in {seconds:.0f} s"
        head += " (quick smoke run)_\n\n" if quick() else "_\n\n"
        return (
            START.format(name=name)
            + "\n"
            + head
            + "\n".join(self.lines).rstrip()
            + "\n"
            + END.format(name=name)
        )


class Report:
    """Collects sections; ``section`` is what a benchmark module writes into."""

    def __init__(self) -> None:
        self.sections: dict[str, Section] = {}
        self.current = ""

    def section(self, title: str, body: str | None = None) -> Section:
        """The section of the module being run; ``body`` (Markdown) is appended when given."""
        sec = self.sections.setdefault(self.current, Section(title))
        sec.title = title
        if body is not None:
            for line in body.splitlines():
                sec.text(line)
        return sec


def discover(names: Sequence[str]) -> list[str]:
    """Benchmark module names (``bench_x`` → ``x``), all of them or those asked for."""
    found = sorted(
        m.name[len("bench_") :] for m in pkgutil.iter_modules([str(BENCH_DIR)]) if m.name.startswith("bench_")
    )
    if not names:
        return found
    unknown = [n for n in names if n not in found]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(found)}")
    return list(names)


def write(report: Report, timings: dict[str, float]) -> None:
    """Merges this run's sections into docs/BENCHMARKS.md, keeping the other modules' sections."""
    old = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    kept = {m.group("name"): m.group(0).rstrip("\n") for m in _SECTION.finditer(old)}
    for name, section in report.sections.items():
        kept[name] = section.markdown(name, timings.get(name, 0.0))
    header = (
        "# Benchmarks\n\n"
        "Written by `make bench` (`python -m bench`); each section comes from one `bench/bench_*.py` module "
        "and is replaced only when that module runs again. Numbers are from the machine named in each "
        "section's run line; compare ratios, not absolute times, across machines.\n\n"
        f"Last run on: {platform.node() or 'unknown'}, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs.\n"
    )
    body = "\n\n".join(kept[name] for name in sorted(kept))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(header + "\n" + body + "\n", encoding="utf-8")


def main(argv: Sequence[str]) -> int:
    """Runs the benchmarks named in ``argv`` (all when empty)."""
    sys.path.insert(0, str(BENCH_DIR.parent))
    os.environ.setdefault("PSC_COUNTER_KEYRING", "off")
    # WORKAROUND: bench_printing would make a QGuiApplication, after which bench_ui and bench_dashboard
    # cannot make the QApplication their widgets need (Qt allows one application object per process).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    report = Report()
    timings: dict[str, float] = {}
    failed: list[str] = []
    for name in discover(argv):
        print(f"== bench_{name}" + (" (quick)" if quick() else ""), flush=True)
        report.current = name
        module = importlib.import_module(f"bench.bench_{name}")
        started = time.perf_counter()
        try:
            module.run(report)
        except Exception as exc:
            failed.append(name)
            report.section(f"bench_{name}").text(f"**Failed:** `{type(exc).__name__}: {exc}`")
            import traceback

            traceback.print_exc()
        timings[name] = time.perf_counter() - started
    write(report, timings)
    print(f"wrote {OUTPUT}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
