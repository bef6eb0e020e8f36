"""The raster renderer: the image that is both the on-screen preview and the paper."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QGuiApplication, QImage

from app.domain.text import thai_break_points
from printing.escpos_out import qimage_to_pil
from printing.raster import render_receipt, wrapped_lines
from printing.receipt import ReceiptDocument, TextBlock, build_receipt_document
from tests.printing.test_receipt_model import URL, data

TORTURE = "ศูนย์บริการประชาชน ที่นี่ น้ำ ปั๊ม กรุงเทพฯ ๑๑๑๑"
LONG = (
    "คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่ตำบลปากน้ำอำเภอเมืองสมุทรปราการ"
    "จังหวัดสมุทรปราการ๑๐๒๗๐ขอให้หน่วยงานเร่งแก้ไขโดยด่วนที่สุด"
)


@pytest.mark.parametrize("width", [384, 576])
def test_receipt_is_pure_black_and_white_at_the_printer_width_and_its_qr_scans(
    gui_app: QGuiApplication, width: int
) -> None:
    image = render_receipt(build_receipt_document(data()), width)
    assert image.width() == width
    assert image.format() == QImage.Format.Format_Grayscale8
    pil = qimage_to_pil(image)
    assert set(pil.tobytes()) == {0, 255}
    assert [r.text for r in zxingcpp.read_barcodes(pil)] == [URL]


@pytest.mark.parametrize("width", [384, 576])
def test_thai_wraps_between_words_and_stays_on_the_paper(gui_app: QGuiApplication, width: int) -> None:
    lines = wrapped_lines(LONG, width)
    assert len(lines) >= 2
    assert "".join(lines) == LONG
    breaks = set(thai_break_points(LONG))
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        assert offset in breaks, f"line ends inside a word: {line!r}"
    image = render_receipt(ReceiptDocument((TextBlock(LONG),)), width)
    pil = qimage_to_pil(image)
    # nothing drawn in the outer 4 dots on either side: text never runs off the paper
    for x0 in (0, width - 4):
        assert set(pil.crop((x0, 0, x0 + 4, pil.height)).tobytes()) == {255}


def test_tone_marks_are_drawn_not_boxes(gui_app: QGuiApplication) -> None:
    """A missing glyph is drawn as a box the same for every character; Thai glyphs differ, and marks add ink
    above the consonants."""
    plain = qimage_to_pil(render_receipt(ReceiptDocument((TextBlock("ทีนี"),)), 576))
    marked = qimage_to_pil(render_receipt(ReceiptDocument((TextBlock("ที่นี่"),)), 576))
    assert plain.size == marked.size
    assert marked.tobytes().count(0) > plain.tobytes().count(0)
    # the extra ink is above the base line of the consonants (the tone marks sit on top)
    box_plain, box_marked = (
        Image.eval(plain, lambda v: 255 - v).getbbox(),
        Image.eval(marked, lambda v: 255 - v).getbbox(),
    )
    assert box_plain is not None and box_marked is not None
    assert box_marked[1] < box_plain[1]


def test_same_document_renders_the_same_pixels(gui_app: QGuiApplication) -> None:
    doc = build_receipt_document(data())
    assert render_receipt(doc, 576) == render_receipt(doc, 576)
