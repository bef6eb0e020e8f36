"""Nothing typed into a form reaches the printer as a command: the only ESC/POS commands in a receipt's
byte stream are the ones the encoder writes (init, raster bands, feed, cut)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QGuiApplication

from app.domain.records import IdentityMode
from app.services import Services
from app.services.types import CurrentUser
from printing.escpos_out import PrinterConfig, encode_document
from printing.receipt import ReceiptCopy, ReceiptData, build_receipt_document
from tests.printing.conftest import complaint_payload
from tests.printing.escpos_decode import parse

# Control bytes an attacker would type (ESC @ reset, GS V cut, DLE EOT, NUL …) mixed with Thai and ASCII.
typed = st.text(
    alphabet=st.one_of(
        st.sampled_from("\x00\x1b\x1d\x10\x04\x0a\x0d\x09\x7f@VvkE!a0"),
        st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    ),
    max_size=60,
)
ALLOWED = {"INIT", "RASTER", "FEED", "CUT"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=typed,
    subject=typed,
    officer=typed,
    station=typed,
    extra=st.lists(st.tuples(typed, typed), max_size=2),
    copy=st.sampled_from(list(ReceiptCopy)),
    reprint=st.booleans(),
)
def test_typed_control_bytes_never_reach_the_printer_stream(
    gui_app: QGuiApplication,
    name: str,
    subject: str,
    officer: str,
    station: str,
    extra: list[tuple[str, str]],
    copy: ReceiptCopy,
    reprint: bool,
) -> None:
    data = ReceiptData(
        kind_label="ใบรับเรื่องราวร้องทุกข์" + name[:3],
        tracking_code="101-691125-0-0001-8",
        tracking_url="https://1111.go.th/track/101691125000018?t=" + subject[:5],
        access_token="04YT-7RAG-9QV5E" + officer[:2],
        created_at=datetime(2026, 11, 25, 3, 0, tzinfo=UTC),
        name=name,
        masked_national_id="x-xxxx-xxxxx-" + station[:4],
        subject=subject,
        officer=officer,
        station=station,
        extra_lines=extra,
        copy=copy,
        reprint=reprint,
        reprinted_at=datetime(2026, 11, 26, 3, 0, tzinfo=UTC) if reprint else None,
    )
    stream = encode_document(build_receipt_document(data), PrinterConfig(uri="preview:", width_dots=384))
    commands = parse(stream)  # raises on any byte that is not part of a known command
    names = [c.name for c in commands]
    assert set(names) <= ALLOWED, names
    assert names[0] == "INIT" and names.count("INIT") == 1 and names.count("CUT") <= 1


def test_escape_sequences_typed_into_a_saved_complaint_print_as_pictures_only(
    services: Services, officer: CurrentUser
) -> None:
    payload = complaint_payload(services)
    payload.identity_mode = IdentityMode.IDENTIFIED
    payload.subject = "ขอให้ซ่อมถนน\x1b@\x1dV\x00 ด่วน"
    payload.complainant.family_name = "ใจดี\x1b!\x30"
    saved = services.complaints.register(officer, payload)
    doc = services.receipts.document(saved.record_id, ReceiptCopy.OFFICE)
    assert not any(ch in text for text in doc.texts() for ch in "\x1b\x1d\x00")
    commands = parse(encode_document(doc, PrinterConfig(uri="preview:", width_dots=576)))
    assert [c.name for c in commands if c.name != "RASTER"] == ["INIT", "FEED", "CUT"]
