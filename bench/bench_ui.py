"""The records screen at scale: how fast the list opens and scrolls with 100 k and 1 M records.

* **Open**: ``RecordsView`` built until the first page of ids has arrived (rows exist) and until the
  rows the view shows are painted from the cache (first screenful). Target: ≤ 0.5 s at 1 M — "the view
  opens at once" — because the model fetches one keyset page and one batch of rows, never a count of
  rows to lay out.
* **Search**: typing a Thai fragment until the new first page is painted (debounce not counted).
* **Scroll**: ``fetchMore`` of the next page (200 ids) until its rows are painted.

Everything runs on the real Qt event loop (offscreen), with the real ``Ops`` background threads.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from bench.__main__ import Report, ms, quick

SIZES = (2_000, 10_000) if quick() else (100_000, 1_000_000)
RUNS = 3 if quick() else 7
QUERIES = ("น้ำ", "ประปา", "ถนน", "ไฟฟ้า", "ที่ดิน")


def _wait(app: Any, condition: Callable[[], bool], limit: float = 60.0) -> None:
    end = time.monotonic() + limit
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the records view did not settle")
        app.processEvents()
        time.sleep(0.0005)


def _visible_rows_painted(view: Any) -> bool:
    from ui.records.records_model import LOADING

    model = view.model
    rows = min(model.rowCount(), 25)
    return rows > 0 and all(model.data(model.index(r, 0)) not in (None, LOADING) for r in range(rows))


def _one_run(app: Any, env: Any, query: str) -> tuple[float, float, float, float]:
    """(first page, first screen painted, next page, search) of one freshly built records view."""
    from ui.records.records_view import RecordsView

    t = time.perf_counter()
    view = RecordsView(env)
    view.resize(1366, 700)
    view.show()
    _wait(app, lambda: view.model.rowCount() > 0)
    opened = time.perf_counter() - t
    _wait(app, lambda: _visible_rows_painted(view))
    painted = time.perf_counter() - t

    t = time.perf_counter()
    before = view.model.rowCount()
    view.model.fetchMore()
    _wait(app, lambda: view.model.rowCount() > before)
    view.table.scrollToBottom()
    _wait(app, lambda: env.ops.pending == 0)
    scrolled = time.perf_counter() - t

    t = time.perf_counter()
    view.model.set_query(query)
    _wait(app, lambda: view.model.query == query and view.model.total is not None)
    _wait(app, lambda: view.model.rowCount() == 0 or _visible_rows_painted(view))
    searched = time.perf_counter() - t
    view.close()
    view.deleteLater()
    _wait(app, lambda: env.ops.pending == 0)
    return opened, painted, scrolled, searched


def _measure(app: Any, env: Any, size: int) -> list[object]:
    results = [_one_run(app, env, QUERIES[n % len(QUERIES)]) for n in range(RUNS)]
    opened, painted, scrolled, searched = (list(column) for column in zip(*results, strict=True))
    return [
        f"{size:,}",
        ms(statistics.median(opened)),
        ms(statistics.median(painted)),
        ms(max(painted)),
        ms(statistics.median(searched)),
        ms(statistics.median(scrolled)),
    ]


def run(report: Report) -> None:
    """Entry point for ``python -m bench``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.homes import BENCH_PASSWORD, home_at, open_services
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.ops import Ops

    section = report.section("UI: records list at scale")
    app = QApplication.instance() or QApplication([])
    apply_app_font(app)  # type: ignore[arg-type]
    rows: list[list[object]] = []
    for size in SIZES:
        services = open_services(home_at(size).path, core_only=False)  # the run's shared demo home
        try:
            officer = services.auth.login("officer", BENCH_PASSWORD)
            ops = Ops()
            env = UiEnv(services=services, ops=ops, user=officer)
            rows.append(_measure(app, env, size))
            ops.shutdown()
        finally:
            services.close()
    headers = ["records", "first page (p50)", "first screen (p50)", "first screen (max)", "search (p50)"]
    section.table([*headers, "next page (p50)"], rows)
    section.text(
        "First page = `RecordsView` constructed until the first keyset page of ids is in (the total is "
        "counted separately); first screen = the first 25 rows drawn from the row cache; search = a Thai "
        "fragment until its total and first screen are in. Target: first screen ≤ 0.5 s at the largest size."
    )
