"""Paints a :class:`~printing.receipt.ReceiptDocument` into a 1-bit image at the printer's dot width.

The on-screen preview and the paper come from this one function, so what the officer sees is what prints
(the tests compare the printer's bytes decoded back to an image with this output, pixel for pixel).

Thai is shaped by Qt (HarfBuzz) with the bundled Sarabun, and wrapped at word boundaries: before layout we put
U+200B at the ICU line-break points, because Qt's own Thai breaking needs libthai, which Windows lacks.
Text is drawn antialiased in grey and then thresholded: thin Thai strokes and tone marks stay whole, which
they do not when glyphs are rasterised without antialiasing at these sizes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import qrcode
import qrcode.constants
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTextLayout, QTextOption

from app.domain.text import insert_zwsp
from printing.fonts import ensure_fonts
from printing.receipt import (
    Align,
    BigCodeBlock,
    KeyValueBlock,
    QrBlock,
    ReceiptDocument,
    RulerBlock,
    SeparatorBlock,
    SignatureBlock,
    SpacerBlock,
    TextBlock,
    TextSize,
    TitleBlock,
)

WIDTH_58MM = 384
"""Dots across a 58 mm roll (48 mm printable at 203 dpi)."""
WIDTH_80MM = 576
"""Dots across an 80 mm roll (72 mm printable at 203 dpi)."""

# Pixel sizes at 576 dots. A thermal head is 203 dpi on both widths, so the same pixel size is the same
# physical size; 58 mm paper gets slightly smaller text to fit more words per line.
_PIXEL_SIZES = {TextSize.SMALL: 20, TextSize.NORMAL: 24, TextSize.LARGE: 29, TextSize.TITLE: 29}
_BIG_CODE_MAX_PX = 64
_THRESHOLD = 140  # grey levels at or below this become black; a little above mid-grey keeps strokes whole


@dataclass(frozen=True)
class _Metrics:
    width: int
    margin: int
    scale: float

    def px(self, size: TextSize) -> int:
        return max(12, round(_PIXEL_SIZES[size] * self.scale))

    @property
    def content(self) -> int:
        return self.width - 2 * self.margin


def _metrics(width_dots: int) -> _Metrics:
    if width_dots < 200:
        raise ValueError(f"receipt width {width_dots} dots is too narrow")
    scale = 1.0 if width_dots >= 500 else 0.9
    margin = 8 if width_dots >= 500 else 6
    return _Metrics(width=width_dots, margin=margin, scale=scale)


def _font(family: str, pixel_size: int, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    # WORKAROUND: Qt's default hinting on the offscreen/freetype backend nudges Thai marks by a pixel in
    # different directions per glyph; vertical-only hinting keeps them stacked and the baseline sharp.
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    font.setKerning(True)
    return font


_Painter = Callable[[QPainter, float], None]
"""Draws one laid-out item at a vertical offset."""


@dataclass
class _Item:
    height: float
    draw: _Painter


def _text_layout(
    text: str, font: QFont, width: float, align: Align, device: QImage
) -> tuple[QTextLayout, float]:
    layout = QTextLayout(insert_zwsp(text), font, device)
    option = QTextOption()
    # Break at words (U+200B marks Thai words); a single word wider than the paper breaks anywhere.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(
        {
            Align.LEFT: Qt.AlignmentFlag.AlignLeft,
            Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
            Align.RIGHT: Qt.AlignmentFlag.AlignRight,
        }[align]
    )
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def _text_item(block: TextBlock | TitleBlock, family: str, m: _Metrics, device: QImage) -> _Item:
    if isinstance(block, TitleBlock):
        size, bold, align, inverted = TextSize.TITLE, True, Align.CENTER, False
    else:
        size, bold, align, inverted = block.size, block.bold, block.align, block.inverted
    font = _font(family, m.px(size), bold)
    pad = 4 if inverted else 0
    layout, height = _text_layout(block.text, font, m.content - 2 * pad, align, device)
    total = height + 2 * pad

    def draw(painter: QPainter, y: float) -> None:
        if inverted:
            painter.fillRect(QRectF(m.margin, y, m.content, total), Qt.GlobalColor.black)
            painter.setPen(Qt.GlobalColor.white)
        else:
            painter.setPen(Qt.GlobalColor.black)
        layout.draw(painter, QPointF(m.margin + pad, y + pad))
        painter.setPen(Qt.GlobalColor.black)

    return _Item(total, draw)


def _big_code_item(block: BigCodeBlock, family: str, m: _Metrics) -> _Item:
    pixel = round(_BIG_CODE_MAX_PX * m.scale)
    font = _font(family, pixel, bold=True)
    while pixel > 16 and QFontMetricsF(font).horizontalAdvance(block.text) > m.content:
        pixel -= 1
        font = _font(family, pixel, bold=True)
    fm = QFontMetricsF(font)
    # Digits have no Thai marks above or below: trim the font's tall Thai line box to the digits.
    top_trim = fm.ascent() - fm.capHeight() - 2
    height = fm.capHeight() + fm.descent() + 4

    def draw(painter: QPainter, y: float) -> None:
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        x = m.margin + (m.content - fm.horizontalAdvance(block.text)) / 2
        painter.drawText(QPointF(round(x), round(y - top_trim + fm.ascent())), block.text)

    return _Item(height, draw)


def qr_matrix(data: str) -> list[list[bool]]:
    """Modules of the QR code for ``data`` (error correction M), without the quiet zone."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(data)
    qr.make(fit=True)
    matrix: list[list[bool]] = qr.get_matrix()
    return matrix


def _qr_item(block: QrBlock, m: _Metrics) -> _Item:
    matrix = qr_matrix(block.data)
    n = len(matrix)
    # Whole dots per module, about half the paper wide: big enough for a phone camera, small enough to
    # leave the receipt short. A module below 3 dots smears on thermal paper.
    module = max(3, int(m.width * 0.5) // n)
    side = n * module
    quiet = 4 * module  # the quiet zone the QR standard asks for, above and below (sides are blank paper)
    height = side + 2 * quiet

    def draw(painter: QPainter, y: float) -> None:
        left = (m.width - side) // 2
        top = round(y) + quiet
        for r, row in enumerate(matrix):
            c = 0
            while c < n:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < n and row[c]:
                    c += 1
                painter.fillRect(
                    left + start * module,
                    top + r * module,
                    (c - start) * module,
                    module,
                    Qt.GlobalColor.black,
                )

    return _Item(height, draw)


def _separator_item(block: SeparatorBlock, m: _Metrics) -> _Item:
    def draw(painter: QPainter, y: float) -> None:
        mid = round(y) + 6
        if block.dashed:
            x = m.margin
            while x < m.width - m.margin:
                painter.fillRect(x, mid, min(8, m.width - m.margin - x), 2, Qt.GlobalColor.black)
                x += 14
        else:
            painter.fillRect(m.margin, mid, m.content, 2, Qt.GlobalColor.black)

    return _Item(14, draw)


def _ruler_item(m: _Metrics) -> _Item:
    def draw(painter: QPainter, y: float) -> None:
        top = round(y)
        for x in range(0, m.width, 8):
            long_tick = x % 64 == 0
            painter.fillRect(x, top, 2, 24 if long_tick else 10, Qt.GlobalColor.black)
        painter.fillRect(m.width - 2, top, 2, 24, Qt.GlobalColor.black)  # the last dot column
        painter.fillRect(0, top + 24, m.width, 2, Qt.GlobalColor.black)

    return _Item(28, draw)


def _key_value_item(
    block: KeyValueBlock, family: str, m: _Metrics, key_width: float, device: QImage
) -> _Item:
    font = _font(family, m.px(TextSize.NORMAL))
    gap = 8
    key_layout, key_h = _text_layout(
        block.key, _font(family, m.px(TextSize.NORMAL), bold=True), key_width, Align.LEFT, device
    )
    value_font = _font(family, m.px(TextSize.NORMAL), bold=block.bold_value) if block.bold_value else font
    value_layout, value_h = _text_layout(
        block.value, value_font, m.content - key_width - gap, Align.LEFT, device
    )

    def draw(painter: QPainter, y: float) -> None:
        painter.setPen(Qt.GlobalColor.black)
        key_layout.draw(painter, QPointF(m.margin, y))
        value_layout.draw(painter, QPointF(m.margin + key_width + gap, y))

    return _Item(max(key_h, value_h), draw)


def _signature_item(block: SignatureBlock, family: str, m: _Metrics, device: QImage) -> _Item:
    caption, caption_h = _text_layout(
        block.caption, _font(family, m.px(TextSize.SMALL)), m.content, Align.CENTER, device
    )
    line_w = int(m.content * 0.75)

    def draw(painter: QPainter, y: float) -> None:
        left = m.margin + (m.content - line_w) // 2
        base = round(y) + 2
        x = left
        while x < left + line_w:  # a dotted line, as on printed forms
            painter.fillRect(x, base, 3, 2, Qt.GlobalColor.black)
            x += 7
        painter.setPen(Qt.GlobalColor.black)
        caption.draw(painter, QPointF(m.margin, base + 6))

    return _Item(caption_h + 8, draw)


def _spacer_item(block: SpacerBlock, family: str, m: _Metrics) -> _Item:
    line = QFontMetricsF(_font(family, m.px(TextSize.NORMAL))).height()
    return _Item(block.lines * line, lambda painter, y: None)


def _key_column_width(doc: ReceiptDocument, family: str, m: _Metrics) -> float:
    fm = QFontMetricsF(_font(family, m.px(TextSize.NORMAL), bold=True))
    widest = max(
        (fm.horizontalAdvance(b.key) for b in doc.blocks if isinstance(b, KeyValueBlock)), default=0.0
    )
    # Labels get what they need, between a quarter and two fifths of the paper; longer ones wrap.
    return min(max(widest + 2, m.content * 0.25), m.content * 0.4)


def render_receipt(doc: ReceiptDocument, width_dots: int = WIDTH_80MM) -> QImage:
    """The receipt as a pure black-and-white ``QImage`` (``Format_Grayscale8``, values 0 and 255 only),
    exactly ``width_dots`` wide.

    Needs a ``QGuiApplication``; one is created offscreen if none runs (command line, worker).
    """
    family = ensure_fonts()
    m = _metrics(width_dots)
    device = QImage(1, 1, QImage.Format.Format_Grayscale8)  # same resolution as the final image, for metrics
    key_width = _key_column_width(doc, family, m)
    gap = 4.0  # between blocks
    items: list[_Item] = []
    for block in doc.blocks:
        if isinstance(block, TitleBlock | TextBlock):
            items.append(_text_item(block, family, m, device))
        elif isinstance(block, BigCodeBlock):
            items.append(_big_code_item(block, family, m))
        elif isinstance(block, QrBlock):
            items.append(_qr_item(block, m))
        elif isinstance(block, SeparatorBlock):
            items.append(_separator_item(block, m))
        elif isinstance(block, KeyValueBlock):
            items.append(_key_value_item(block, family, m, key_width, device))
        elif isinstance(block, SignatureBlock):
            items.append(_signature_item(block, family, m, device))
        elif isinstance(block, RulerBlock):
            items.append(_ruler_item(m))
        else:
            items.append(_spacer_item(block, family, m))

    top = float(m.margin)
    height = int(top + sum(item.height + gap for item in items) + m.margin + 0.999)
    image = QImage(width_dots, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(Qt.GlobalColor.black))
        y = top
        for item in items:
            item.draw(painter, y)
            y += item.height + gap
    finally:
        painter.end()
    return threshold(image)


def threshold(image: QImage, level: int = _THRESHOLD) -> QImage:
    """A ``Format_Grayscale8`` copy of ``image`` with every pixel 0 (black) or 255 (white)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    table = bytes(0 if v <= level else 255 for v in range(256))
    stride = gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * gray.height()].translate(table)
    out = QImage(data, gray.width(), gray.height(), stride, QImage.Format.Format_Grayscale8)
    return out.copy()  # own the pixels; ``data`` goes away with this frame


def to_rows(image: QImage) -> list[bytes]:
    """The pixel rows of a ``Format_Grayscale8`` image, without the line padding (for comparisons)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = gray.bytesPerLine()
    raw = bytes(gray.constBits())
    return [raw[r * stride : r * stride + gray.width()] for r in range(gray.height())]


def wrapped_lines(
    text: str, width_dots: int = WIDTH_80MM, size: TextSize = TextSize.NORMAL, bold: bool = False
) -> list[str]:
    """The lines a full-width text block of ``text`` is wrapped into (U+200B removed), as painted."""
    family = ensure_fonts()
    m = _metrics(width_dots)
    device = QImage(1, 1, QImage.Format.Format_Grayscale8)
    layout, _ = _text_layout(text, _font(family, m.px(size), bold), m.content, Align.LEFT, device)
    shaped = layout.text()
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    return [shaped[ln.textStart() : ln.textStart() + ln.textLength()].replace("\u200b", "") for ln in lines]
