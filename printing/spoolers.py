"""Operating-system print spoolers as receipt connectors: ``cups://QUEUE`` and ``win32://PRINTER``.

A receipt is already ESC/POS bytes (``escpos_out.encode_document``); a spooler must pass them to the printer
untouched, so both connectors submit a *raw* job: CUPS with the ``raw`` option and the
``application/vnd.cups-raw`` format (no filter runs), Windows with the ``RAW`` data type (no driver
rendering). We talk to the spooler ourselves instead of through python-escpos's ``CupsPrinter`` /
``Win32Raw`` so we can check the queue first and say why a job cannot go.

A spooler that is paused or refuses jobs raises ``PrinterError``: the print job then stays *pending* in our
own print queue (``app.services.print_jobs``) and is retried, so nothing is lost inside a spooler an officer
cannot see. A job the spooler accepted belongs to the spooler (it prints when the queue resumes).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from printing.printer_errors import PrinterError, PrinterErrorCode

log = logging.getLogger("psc.printing")

JOB_TITLE = "PSC Counter receipt"  # never the tracking code or a name: spooler logs are world-readable
_IPP_PRINTER_STOPPED = 5  # RFC 8011 printer-state: 3 idle, 4 processing, 5 stopped (cupsdisable)
_HTTP_CONTINUE = 100  # what cupsWriteRequestData answers while the document is still open


# ------------------------------------------------------------------------------------------------ CUPS
def _cups() -> Any:
    try:
        import cups
    except ImportError:
        raise PrinterError(PrinterErrorCode.NOT_AVAILABLE, "pycups is not installed") from None
    return cups


def _cups_connection() -> Any:
    cups = _cups()
    try:
        return cups.Connection()  # honours CUPS_SERVER / cups.setServer() (an isolated cupsd in tests)
    except RuntimeError as exc:  # pycups: "failed to connect to server"
        raise PrinterError(PrinterErrorCode.UNREACHABLE, "cups: no scheduler") from exc


def cups_queues() -> list[str]:
    """The CUPS queue names, sorted; ``PrinterError`` when CUPS is missing or not running."""
    cups = _cups()
    conn = _cups_connection()
    try:
        return sorted(conn.getPrinters())
    except (cups.IPPError, cups.HTTPError, RuntimeError) as exc:  # scheduler went away mid-request
        raise PrinterError(PrinterErrorCode.UNREACHABLE, "cups: listing queues failed") from exc


def _check_cups_queue(conn: Any, queue: str) -> None:
    cups = _cups()
    try:
        attrs = conn.getPrinterAttributes(
            queue, requested_attributes=["printer-state", "printer-is-accepting-jobs"]
        )
    except (cups.IPPError, cups.HTTPError) as exc:
        raise PrinterError(PrinterErrorCode.UNREACHABLE, "cups: no such queue") from exc
    if not attrs.get("printer-is-accepting-jobs", True):
        raise PrinterError(PrinterErrorCode.SPOOLER_PAUSED, "cups queue rejects jobs")
    if attrs.get("printer-state") == _IPP_PRINTER_STOPPED:
        raise PrinterError(PrinterErrorCode.SPOOLER_PAUSED, "cups queue paused")


def cups_send(queue: str, payload: bytes) -> int:
    """Submits ``payload`` to ``queue`` as one raw job; returns the CUPS job id.

    A paused (``cupsdisable``) or rejecting (``cupsreject``) queue raises ``SPOOLER_PAUSED`` *before*
    anything is submitted, so the job waits in our queue where the officer sees it.
    """
    cups = _cups()
    conn = _cups_connection()
    _check_cups_queue(conn, queue)
    try:
        job = int(conn.createJob(queue, JOB_TITLE, {"raw": "true"}))
        conn.startDocument(queue, job, "receipt", cups.CUPS_FORMAT_RAW, 1)
        status = conn.writeRequestData(payload, len(payload))
        if status != _HTTP_CONTINUE:
            conn.cancelJob(job)
            raise PrinterError(PrinterErrorCode.WRITE_FAILED, f"cups write status {status}")
        conn.finishDocument(queue)
    except (cups.IPPError, cups.HTTPError) as exc:
        raise PrinterError(PrinterErrorCode.WRITE_FAILED, "cups refused the job") from exc
    log.info("cups job %d: %d bytes to a raw queue", job, len(payload))
    return job


# ----------------------------------------------------------------------------------------------- Win32
_WINDOWS: bool = sys.platform == "win32"  # a plain bool: mypy would drop the Windows branch on Linux


def _win32print() -> Any:
    if not _WINDOWS:
        raise PrinterError(PrinterErrorCode.NOT_AVAILABLE, "win32:// printers exist only on Windows")
    try:
        import win32print
    except ImportError:
        raise PrinterError(PrinterErrorCode.NOT_AVAILABLE, "pywin32 is not installed") from None
    return win32print


def win32_printers() -> list[str]:
    """Local and connected Windows printers, sorted (``NOT_AVAILABLE`` elsewhere)."""
    w = _win32print()
    flags = w.PRINTER_ENUM_LOCAL | w.PRINTER_ENUM_CONNECTIONS
    return sorted(info[2] for info in w.EnumPrinters(flags, None, 1))


_WIN_PAUSED = 0x00000001  # PRINTER_STATUS_PAUSED
_WIN_OFFLINE = 0x00000080  # PRINTER_STATUS_OFFLINE


def win32_send(printer: str, payload: bytes) -> int:  # pragma: no cover - needs Windows
    """Submits ``payload`` to a Windows printer with the RAW data type; returns the spooler's job id."""
    w = _win32print()
    try:
        handle = w.OpenPrinter(printer)
    except Exception as exc:  # pywintypes.error: no such printer, access denied
        raise PrinterError(PrinterErrorCode.UNREACHABLE, "win32: cannot open printer") from exc
    try:
        status = int(w.GetPrinter(handle, 2)["Status"])
        if status & _WIN_PAUSED:
            raise PrinterError(PrinterErrorCode.SPOOLER_PAUSED, "windows printer paused")
        if status & _WIN_OFFLINE:
            raise PrinterError(PrinterErrorCode.OFFLINE, "windows printer offline")
        try:
            job = int(w.StartDocPrinter(handle, 1, (JOB_TITLE, None, "RAW")))
            try:
                w.StartPagePrinter(handle)
                w.WritePrinter(handle, payload)
                w.EndPagePrinter(handle)
            finally:
                w.EndDocPrinter(handle)
        except PrinterError:
            raise
        except Exception as exc:
            raise PrinterError(PrinterErrorCode.WRITE_FAILED, "win32 spooler refused the job") from exc
    finally:
        w.ClosePrinter(handle)
    log.info("windows spooler job %d: %d bytes (RAW)", job, len(payload))
    return job


def list_queues(kind: str) -> list[str]:
    """Queue names of the spooler ``kind`` (``"cups"`` or ``"win32"``) for the printer settings dialog."""
    if kind == "cups":
        return cups_queues()
    if kind == "win32":
        return win32_printers()
    raise PrinterError(PrinterErrorCode.BAD_URI, f"{kind} has no queues")
