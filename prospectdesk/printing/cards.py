"""Envelopes (DL, C6, C5) and label sheets (A4 3x7, US Letter 3x10) painted on any paged
device: a :class:`QPdfWriter` for a PDF, a ``QPrinter`` from the print dialog.

Sizes are in millimetres; the painter works in device pixels, so text stays at its point
size whatever the resolution. Every line is drawn as Unicode text with Qt's font fallback
(Armenian comes from a font that has it), so a PDF keeps searchable, copyable text.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from prospectdesk.domain.cards import Recipient


@dataclass(frozen=True)
class Envelope:
    """One envelope per person, printed landscape, the address in the lower right."""

    key: str
    title: str
    page: QPageSize.PageSizeId
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of self-adhesive labels: ``columns`` x ``rows`` labels of the given size,
    the first at (left, top), one every ``pitch`` millimetres."""

    key: str
    title: str
    page: QPageSize.PageSizeId
    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float
    left_mm: float
    top_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    padding_mm: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


Layout = Envelope | LabelSheet

ENVELOPES: dict[str, Envelope] = {
    "dl": Envelope("dl", "DL (110 × 220 mm)", QPageSize.PageSizeId.DLE, 220, 110),
    "c6": Envelope("c6", "C6 (114 × 162 mm)", QPageSize.PageSizeId.EnvelopeC6, 162, 114),
    "c5": Envelope("c5", "C5 (162 × 229 mm)", QPageSize.PageSizeId.C5E, 229, 162),
}

SHEETS: dict[str, LabelSheet] = {
    # 21 labels of 70 x 42.3 mm, edge to edge (Avery L7160 and its like).
    "a4-3x7": LabelSheet(
        "a4-3x7", "A4, 3 × 7 (70 × 42.3 mm)", QPageSize.PageSizeId.A4,
        3, 7, 70, 42.3, 0, 0.45, 70, 42.3, 5,
    ),
    # 30 labels of 2⅝ x 1 inch (Avery 5160).
    "letter-3x10": LabelSheet(
        "letter-3x10", "US Letter, 3 × 10 (2⅝ × 1 in)", QPageSize.PageSizeId.Letter,
        3, 10, 66.675, 25.4, 4.7625, 12.7, 69.85, 25.4, 3,
    ),
}  # fmt: skip

LAYOUTS: dict[str, Layout] = {**SHEETS, **ENVELOPES}


def page_count(layout: Layout, recipients: int) -> int:
    if isinstance(layout, Envelope):
        return recipients
    return -(-recipients // layout.per_page)


def set_up_page(device: QPagedPaintDevice, layout: Layout) -> None:
    """The paper of ``layout`` on ``device``, without margins (the label positions are
    measured from the sheet's edge); envelopes go through landscape."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if isinstance(layout, Envelope)
        else QPageLayout.Orientation.Portrait
    )
    device.setPageLayout(QPageLayout(QPageSize(layout.page), orientation, QMarginsF(0, 0, 0, 0)))


def paint(device: QPagedPaintDevice, layout: Layout, recipients: Sequence[Recipient]) -> int:
    """Paint ``recipients`` on ``device`` (its page already set up); the pages painted."""
    if not recipients:
        return 0
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the file could not be opened")
    try:
        dots_per_mm = device.logicalDpiX() / 25.4
        if isinstance(layout, Envelope):
            for index, recipient in enumerate(recipients):
                if index:
                    device.newPage()
                _paint_envelope(painter, layout, recipient, dots_per_mm)
        else:
            for index, recipient in enumerate(recipients):
                slot = index % layout.per_page
                if index and slot == 0:
                    device.newPage()
                _paint_label(painter, layout, slot, recipient, dots_per_mm)
    finally:
        painter.end()
    return page_count(layout, len(recipients))


def _mm(rect_mm: tuple[float, float, float, float], dots_per_mm: float) -> QRectF:
    x, y, w, h = rect_mm
    return QRectF(x * dots_per_mm, y * dots_per_mm, w * dots_per_mm, h * dots_per_mm)


def _paint_label(
    painter: QPainter, sheet: LabelSheet, slot: int, recipient: Recipient, dots_per_mm: float
) -> None:
    column, row = slot % sheet.columns, slot // sheet.columns
    pad = sheet.padding_mm
    box = _mm(
        (
            sheet.left_mm + column * sheet.pitch_x_mm + pad,
            sheet.top_mm + row * sheet.pitch_y_mm + pad,
            sheet.label_width_mm - 2 * pad,
            sheet.label_height_mm - 2 * pad,
        ),
        dots_per_mm,
    )
    _draw_lines(painter, box, recipient.lines, points=10, vertical=Qt.AlignmentFlag.AlignVCenter)


def _paint_envelope(
    painter: QPainter, envelope: Envelope, recipient: Recipient, dots_per_mm: float
) -> None:
    # The address block where post offices read it: right of the middle, in the lower half.
    left = envelope.width_mm * 0.45
    top = envelope.height_mm * 0.45
    box = _mm(
        (left, top, envelope.width_mm - left - 15, envelope.height_mm - top - 12), dots_per_mm
    )
    _draw_lines(painter, box, recipient.lines, points=12, vertical=Qt.AlignmentFlag.AlignTop)


def _draw_lines(
    painter: QPainter,
    box: QRectF,
    lines: Sequence[str],
    *,
    points: float,
    vertical: Qt.AlignmentFlag,
) -> None:
    """The lines left-aligned in ``box``: the font shrinks (to 6 pt at least) until they
    fit, and a line still too long is cut with an ellipsis rather than run off the label."""
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    size = points
    while True:
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, painter.device())
        height = metrics.lineSpacing() * len(lines)
        width = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        if (height <= box.height() and width <= box.width()) or size <= 6:
            break
        size -= 0.5
    painter.setFont(font)
    y = box.top()
    if vertical == Qt.AlignmentFlag.AlignVCenter:
        y += max(0.0, (box.height() - height) / 2)
    for line in lines:
        text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(
            QRectF(box.left(), y, box.width(), metrics.lineSpacing()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        y += metrics.lineSpacing()


def write_pdf(path: Path, layout: Layout, recipients: Sequence[Recipient]) -> int:
    """A PDF of ``recipients`` at ``path``; the pages written. Written beside and moved into
    place, so a failure leaves no half file."""
    if not recipients:
        raise ValueError("nobody to print for")
    partial = path.with_name(path.name + ".part")
    partial.open("wb").close()  # a folder that is missing or not writable: said plainly
    writer = QPdfWriter(str(partial))
    writer.setResolution(300)
    writer.setCreator("ProspectDesk")
    writer.setTitle(layout.title)
    set_up_page(writer, layout)
    try:
        pages = paint(writer, layout, recipients)
        del writer  # the file is finished when the writer goes
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return pages


def ensure_gui_application() -> QGuiApplication:
    """The Qt application painting needs (fonts), for the command line: without a display
    Qt's "offscreen" platform, so it runs over SSH or in a scheduled job."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["prospectdesk"])
