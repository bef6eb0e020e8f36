"""The GUI process ``bench_memory`` measures (run as ``python -m bench.memory_child MODE [HOME]``).

* ``bare``: a bare PySide6 window (a ``QWidget`` shown at 1366×768) — the floor.
* ``records HOME [SEARCHES]``: the records list (``RecordsView``) of a signed-in officer on HOME, shown at
  1366×768, scrolled end to end (every keyset page fetched, ``SCROLL_PAGE`` ids each; the view jumps to the
  bottom and paints its rows every ``PAINT_EVERY`` pages and at the end), then SEARCHES (default 20)
  searches, each painted and scrolled a few pages.

Prints one JSON line: resident memory (``VmRSS``) at each stage and the peak (``VmHWM``), in bytes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERIES = (
    "น้ำ",
    "ประปา",
    "ถนน",
    "ไฟฟ้า",
    "ที่ดิน",
    "ขยะ",
    "เสียงดัง",
    "ค่าจ้าง",
    "ทุจริต",
    "สมชาย",
    "ก",
    "นา",
    "กรุงเทพ",
    "ร้องเรียน",
    "0812",
    "ไม่มีในระบบเลย",
    "ชำรุด",
    "หนี้",
    "ตำรวจ",
    "โรงเรียน",
)


PAINT_EVERY = 5  # pages of ids between two paints of the bottom rows while scrolling
# Ids a page while scrolling end to end: the service's largest page (the list asks for 200 at a time). The
# ids held at the end are the same; a million of them in pages of 200 is 5,000 round trips (~15 minutes
# on a loaded 2-core machine) for no difference in memory.
SCROLL_PAGE = 1000


def _status(field: str) -> int:
    """A ``/proc/self/status`` memory figure in bytes (Linux)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def _wait(app: Any, condition: Callable[[], bool], limit: float = 600.0) -> None:
    end = time.monotonic() + limit
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the records view did not settle")
        app.processEvents()
        time.sleep(0.0005)


def _bare(app: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    window.resize(1366, 768)
    window.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    return {"shown": _status("VmRSS"), "peak": _status("VmHWM")}


def _records(app: Any, home: Path, searches: int) -> dict[str, Any]:
    from bench.homes import BENCH_PASSWORD, open_services
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.ops import Ops
    from ui.records.records_view import RecordsView

    apply_app_font(app)
    services = open_services(home, core_only=False)
    officer = services.auth.login("officer", BENCH_PASSWORD)
    ops = Ops()
    env = UiEnv(services=services, ops=ops, user=officer)
    view = RecordsView(env)
    view.resize(1366, 768)
    view.show()
    model = view.model
    _wait(app, lambda: model.rowCount() > 0 and ops.pending == 0)
    out: dict[str, Any] = {"opened": _status("VmRSS")}
    import ui.records.records_model as records_model

    page_size = records_model.PAGE_SIZE
    records_model.PAGE_SIZE = SCROLL_PAGE
    t = time.perf_counter()
    pages = 0
    while True:
        if pages % PAINT_EVERY == 0:
            view.table.scrollToBottom()
        _wait(app, lambda: ops.pending == 0)
        if not model.canFetchMore():
            break
        model.fetchMore()
        pages += 1
    view.table.scrollToBottom()
    _wait(app, lambda: ops.pending == 0)
    records_model.PAGE_SIZE = page_size
    out.update(scrolled=_status("VmRSS"), rows=model.rowCount(), scroll_seconds=time.perf_counter() - t)
    t = time.perf_counter()
    for query in (QUERIES * 2)[:searches]:
        view.search.setText(query)
        view._run_search()  # what Enter does, without the debounce
        _wait(app, lambda: model.total is not None and ops.pending == 0)
        for _ in range(3):
            if not model.canFetchMore():
                break
            model.fetchMore()
            view.table.scrollToBottom()
            _wait(app, lambda: ops.pending == 0)
    out.update(searched=_status("VmRSS"), peak=_status("VmHWM"), search_seconds=time.perf_counter() - t)
    view.close()
    ops.shutdown()
    services.close()
    return out


def main(argv: list[str]) -> int:
    """Runs one mode and prints its figures as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PSC_COUNTER_KEYRING", "off")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if argv[0] == "bare":
        figures = _bare(app)
    else:
        figures = _records(app, Path(argv[1]), int(argv[2]) if len(argv) > 2 else len(QUERIES))
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
