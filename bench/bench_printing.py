"""Printing benchmarks: receipt render + ESC/POS encode time, bytes sent against the raw raster, PDF time.

Targets (issue 3): render + encode of an 80 mm (576-dot) receipt ≤ 50 ms; bytes per receipt ≤ 1.1 × the raw
1-bit raster of the same image. Each round uses a different tracking code and token, so no cache (QR
matrix, shaped text) makes a later round cheaper than the first real receipt of the day.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtGui import QImage

from printing.documents import acknowledgement_letter
from printing.escpos_out import PrinterConfig, encode_document
from printing.fonts import ensure_fonts, ensure_gui_app
from printing.raster import WIDTH_58MM, WIDTH_80MM, render_receipt
from printing.receipt import ReceiptCopy, build_receipt_document
from printing.samples import SAMPLE_BASE_URL, sample_acknowledgement, sample_code, sample_receipt_data

TARGET_MS = 50.0
TARGET_RATIO = 1.1


@dataclass(frozen=True)
class Result:
    """One measured quantity."""

    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None


def _rounds() -> int:
    return 5 if os.environ.get("PSC_BENCH_QUICK") else 40


def _median_ms(fn: Callable[[int], Any], rounds: int) -> float:
    fn(0)  # warm-up: font registration, first QPainter, python-escpos profile load
    times = []
    for i in range(1, rounds + 1):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _doc(i: int, copy: ReceiptCopy = ReceiptCopy.CITIZEN) -> Any:
    code = sample_code(seq=1 + i % 9000)
    token = f"{i:013d}"[-13:].replace("0", "A")
    data = replace(sample_receipt_data(copy), tracking_url=f"{SAMPLE_BASE_URL}{code}?t={token}")
    return build_receipt_document(data)


def measure() -> list[Result]:
    """Runs the printing benchmarks and returns their results."""
    ensure_gui_app()
    ensure_fonts()
    rounds = _rounds()
    results: list[Result] = []
    for width, label in ((WIDTH_80MM, "80 mm / 576 dots"), (WIDTH_58MM, "58 mm / 384 dots")):
        config = PrinterConfig(uri="preview:", width_dots=width)

        def encode(i: int, config: PrinterConfig = config) -> bytes:
            return encode_document(_doc(i), config)

        def render_only(i: int, width: int = width) -> QImage:
            return render_receipt(_doc(i), width)

        total = _median_ms(encode, rounds)
        render = _median_ms(render_only, rounds)
        is_target = width == WIDTH_80MM
        results.append(
            Result(
                f"receipt render + encode, {label} (median of {rounds})",
                total,
                "ms",
                f"≤ {TARGET_MS:.0f} ms" if is_target else "",
                total <= TARGET_MS if is_target else None,
            )
        )
        results.append(Result(f"render alone (QPainter → 1-bit), {label}", render, "ms"))
        image = render_receipt(_doc(1), width)
        payload = encode_document(_doc(1), config)
        raw = (width + 7) // 8 * image.height()
        ratio = len(payload) / raw
        results.append(Result(f"bytes per receipt, {label}", float(len(payload)), "bytes"))
        results.append(
            Result(
                f"bytes / raw 1-bit raster ({raw:,} bytes), {label}",
                ratio,
                "×",
                f"≤ {TARGET_RATIO}",
                ratio <= TARGET_RATIO,
            )
        )
    office = PrinterConfig(uri="preview:", width_dots=WIDTH_80MM)
    results.append(
        Result(
            "office copy with signature lines, 80 mm render + encode",
            _median_ms(lambda i: encode_document(_doc(i, ReceiptCopy.OFFICE), office), rounds),
            "ms",
        )
    )
    letter = sample_acknowledgement()
    results.append(
        Result(
            "acknowledgement letter PDF (A4, shaped Thai, QR)",
            _median_ms(
                lambda i: acknowledgement_letter(replace(letter, tracking_code=f"{i}")), max(3, rounds // 4)
            ),
            "ms",
        )
    )
    return results


def _rows(results: list[Result]) -> list[tuple[str, str, str, str]]:
    rows = []
    for r in results:
        if r.unit == "bytes":
            value = f"{r.value:,.0f} bytes"
        elif r.unit == "×":
            value = f"{r.value:.4f} ×"
        else:
            value = f"{r.value:,.2f} {r.unit}"
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        rows.append((r.name, value, r.target, met))
    return rows


HEADERS = ("measure", "value", "target", "met")


def markdown(results: list[Result]) -> str:
    """The results as a Markdown table (manual runs)."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|---|---:|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in _rows(results)]
    return "\n".join(lines)


def run(report: Any) -> None:
    """Entry point for ``python -m bench``: writes the printing section of docs/BENCHMARKS.md."""
    section = report.section("Printing: receipt raster, ESC/POS bytes, PDF")
    results = measure()
    section.text(
        "Receipts are rendered with QPainter to a 1-bit image and sent as `GS v 0` raster bands; each round "
        "uses a new tracking code and token (no warm QR cache). The raw 1-bit raster is width/8 × height "
        "bytes; the stream adds init, band headers, feed and cut."
    )
    section.text()
    section.table(HEADERS, _rows(results))


if __name__ == "__main__":  # pragma: no cover - manual run
    import sys

    sys.stdout.write(markdown(measure()) + "\n")
