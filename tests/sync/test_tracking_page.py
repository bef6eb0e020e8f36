"""The citizen's tracking page in a real headless Chromium (Debian's ``chromium``, driven by Playwright),
opened from the URL decoded out of a printed receipt's QR code (issue 8).

A counter connected to the center prints a receipt (ESC/POS bytes to a file printer); the QR decodes to the
center's ``/track/{code}?t={token}``. ``central set-status`` (given the tracking code, an alias of the case
number) moves the case; the page shows the new status and agency, a masked name and nothing else personal;
the same address with a wrong token shows nothing about the case. A rating given on the page reaches the
counter at the next ``sync --once``, kept with the case and the officer. Screenshots go to ``docs/tracking/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from app.cli import main
from app.domain.tracking import format_tracking_code
from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from app.storage.sync_state import CitizenSurvey
from printing.escpos_out import PrinterConfig, encode_document, send
from printing.fonts import ensure_fonts
from sync.server.central import Central
from tests.helpers.counter import complaint
from tests.printing.escpos_decode import parse, raster_rows

CHROMIUM = "/usr/bin/chromium"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "tracking"
# Flags for a closed network (DESIGN §10): without them Chromium keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="Python playwright is not installed")
pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason="Debian's chromium is not installed (packaging/system-deps.sh)"
)


def _qr_url_of_printed_receipt(counter: Services, record_id: str, out: Path) -> str:
    ensure_fonts()
    doc = counter.receipts.document(record_id)
    config = PrinterConfig(uri=f"file://{out}", width_dots=576)
    send(config, encode_document(doc, config))
    rows = raster_rows(parse(out.read_bytes()))
    image = Image.frombytes("L", (len(rows[0]), len(rows)), b"".join(rows))
    (found,) = [r.text for r in zxingcpp.read_barcodes(image)]
    return found


def test_the_receipt_qr_opens_the_tracking_page_and_the_rating_reaches_the_counter(
    qapp: object,
    counter: Services,
    officer: CurrentUser,
    sync_service: SyncService,
    center: Central,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    person = complaint(21)
    saved = counter.complaints.register(officer, person)
    assert sync_service.run_once().acked == 1
    url = _qr_url_of_printed_receipt(counter, saved.record_id, tmp_path / "receipt.bin")
    conn = sync_service.connection()
    assert conn is not None and url.startswith(f"{conn.server_url}/track/")

    db = f"sqlite:///{tmp_path / 'center.sqlite3'}"
    code = format_tracking_code(saved.tracking_code)
    args = ["central", "set-status", code, "--status", "in_progress", "--agency", "BMA", "--db", db]
    assert main([*args, "--key-file", str(tmp_path / "central.key")]) == 0
    capsys.readouterr()

    given = person.complainant.given_name
    family = person.complainant.family_name
    DOCS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
            page.goto(url)
            assert page.locator("#status").inner_text() == "อยู่ระหว่างดำเนินการ"
            assert page.locator("#agency").inner_text() == "กรุงเทพมหานคร"
            text = page.locator("body").inner_text()
            assert code in text and given[:2] in text
            assert given not in text and family not in text  # a masked name only
            assert person.complainant.national_id not in text and person.complainant.phone not in text
            page.screenshot(path=str(DOCS / "track-page-th.png"), full_page=True)

            page.click("#lang-switch")
            assert page.locator("#status").inner_text() == "In progress"
            page.click("#lang-switch")

            wrong = url.rsplit("=", 1)[0] + "=0000000000000"
            response = page.goto(wrong)
            assert response is not None and response.status == 404
            shown = page.locator("body").inner_text()
            assert "ไม่พบเรื่อง" in shown
            assert code not in shown and "กรุงเทพมหานคร" not in shown and given[:2] not in shown
            page.screenshot(path=str(DOCS / "track-page-wrong-token.png"), full_page=True)

            page.goto(url)
            page.check("input[name=rating][value='4']")
            page.fill("#comment", "เจ้าหน้าที่บริการดี รวดเร็ว")
            page.click("#send")
            assert "ขอบคุณ" in page.locator("#survey-message").inner_text()
            assert page.locator("#survey").count() == 0  # once per case
        finally:
            browser.close()

    assert sync_service.run_once().updates >= 1
    with counter.ctx.db.read_session() as s:
        survey = s.scalars(select(CitizenSurvey)).one()
    assert (survey.record_id, survey.rating, survey.officer) == (saved.record_id, 4, officer.username)
    assert survey.comment == "เจ้าหน้าที่บริการดี รวดเร็ว"
