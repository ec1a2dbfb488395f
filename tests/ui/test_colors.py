"""Colours that carry meaning reach 4.5:1 on light and dark palettes, where they are drawn."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from prospectdesk.ui.card_delegate import CardDelegate
from prospectdesk.ui.colors import STALE, WARNING, contrast, readable

LIGHT = QColor("#ffffff")
DARK = QColor("#1e1e1e")  # a dark theme's base (Adwaita dark, Breeze dark are near it)


@pytest.mark.parametrize("background", [LIGHT, QColor("#efefef"), DARK, QColor("#31363b")])
@pytest.mark.parametrize("meaning", [WARNING, STALE])
def test_meaning_colours_reach_aa_contrast(meaning: QColor, background: QColor) -> None:
    shown = readable(meaning, background)
    assert contrast(shown, background) >= 4.5
    assert shown.hslHue() == pytest.approx(meaning.hslHue(), abs=3)  # still red, still amber


def test_the_raw_colours_did_not_reach_it() -> None:
    """What the test guards: the old fixed colours fail on one palette or the other."""
    assert contrast(WARNING, DARK) < 4.5
    assert contrast(STALE, LIGHT) < 4.5


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, DARK),
        (QPalette.ColorRole.Window, QColor("#2b2b2b")),
        (QPalette.ColorRole.Text, QColor("#eeeeee")),
        (QPalette.ColorRole.WindowText, QColor("#eeeeee")),
        (QPalette.ColorRole.Mid, QColor("#555555")),
    ):
        palette.setColor(role, color)
    return palette


@pytest.mark.parametrize("palette_of", ["light", "dark"])
def test_an_overdue_card_s_red_is_readable_on_the_card(qapp, workspace, clock, palette_of):
    """Paint a real card with an overdue follow-up and read the red pixels back."""
    from prospectdesk.domain.records import ContactRecord

    contacts = workspace.contacts
    anna, _ = contacts.create(ContactRecord(given_name="Anna"))
    workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(days=2), what="call")
    card = workspace.pipeline.cards([anna])[anna]
    assert card.followup_overdue
    delegate = CardDelegate()
    palette = dark_palette() if palette_of == "dark" else QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, DARK if palette_of == "dark" else LIGHT)
    option = QStyleOptionViewItem()
    option.palette = palette
    option.rect = QRect(0, 0, 260, 90)
    image = QImage(260, 90, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    delegate._paint_card(painter, option, card)
    painter.end()
    base = palette.color(QPalette.ColorRole.Base)
    reds = [
        QColor(image.pixel(x, y))
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).hslSaturation() > 150
        and abs(QColor(image.pixel(x, y)).hslHue() - WARNING.hslHue()) < 8
    ]
    assert reds, "no red text on the overdue card"
    best = max(contrast(color, base) for color in reds)  # the glyphs' cores, not their edges
    assert best >= 4.5
