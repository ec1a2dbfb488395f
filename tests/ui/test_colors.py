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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_meaning_colours_are_readable_on_both_schemes(qapp, scheme) -> None:
    """On every background a meaning colour is drawn on, in the light palette the platform
    gives and in the dark one the app puts in place."""
    palette = dark_palette_of_app() if scheme == "dark" else QPalette(QColor("#efefef"))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        background = palette.color(role)
        for meaning in (WARNING, STALE):
            assert contrast(readable(meaning, background), background) >= 4.5
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(text, palette.color(QPalette.ColorRole.Base)) >= 4.5


def dark_palette_of_app() -> QPalette:
    from prospectdesk.ui.colors import dark_palette

    return dark_palette()


def red_on(delegate: CardDelegate, card, palette: QPalette) -> list[QColor]:
    option = QStyleOptionViewItem()
    option.palette = palette
    option.rect = QRect(0, 0, 260, 90)
    image = QImage(260, 90, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    delegate._paint_card(painter, option, card)
    painter.end()
    return [
        QColor(image.pixel(x, y))
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).hslSaturation() > 150
        and abs(QColor(image.pixel(x, y)).hslHue() - WARNING.hslHue()) < 8
    ]


def test_the_app_follows_a_switch_to_dark_and_back(qapp, qtbot, workspace, clock) -> None:
    """The system turns dark while the app runs (colorSchemeChanged): the palette turns
    dark, a card in a board column repaints its overdue red readable on it; back to light,
    the platform's palette returns."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView

    from prospectdesk.domain.records import ContactRecord
    from prospectdesk.ui.colors import SchemeFollower, is_dark

    light = QPalette(qapp.palette())
    assert not is_dark(light)
    anna, _ = workspace.contacts.create(ContactRecord(given_name="Anna"))
    workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(days=2), what="call")
    card = workspace.pipeline.cards([anna])[anna]
    column = QListView()  # where a card is painted: the delegate is given the view's palette
    qtbot.addWidget(column)
    column.show()
    delegate = CardDelegate()
    follower = SchemeFollower(qapp)
    try:
        before = {c.rgb() for c in red_on(delegate, card, column.palette())}
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette())
        qtbot.waitUntil(lambda: is_dark(column.palette()))
        base = column.palette().color(QPalette.ColorRole.Base)
        reds = red_on(delegate, card, column.palette())
        assert reds and max(contrast(c, base) for c in reds) >= 4.5
        assert {c.rgb() for c in reds}.isdisjoint(before)  # a lighter red, not the old one
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Base) == light.color(QPalette.ColorRole.Base)
    finally:
        follower.deleteLater()
        qapp.styleHints().colorSchemeChanged.disconnect(follower.follow)
        qapp.setPalette(light)


@pytest.fixture
def system_turns_dark(qapp):
    """Call it and the system turns dark (colorSchemeChanged) for an app following it
    (``SchemeFollower``); the follower goes and the light palette comes back afterwards."""
    from PySide6.QtCore import Qt

    from prospectdesk.ui.colors import SchemeFollower

    light = QPalette(qapp.palette())
    follower = SchemeFollower(qapp)
    yield lambda: qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qapp.styleHints().colorSchemeChanged.disconnect(follower.follow)
    follower.deleteLater()
    qapp.setPalette(light)


def test_today_recolours_its_overdue_rows_on_a_switch(
    qapp, qtbot, clock, tmp_path, system_turns_dark
) -> None:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from prospectdesk.domain.records import ContactRecord
    from prospectdesk.ui.app import ProspectDeskApp
    from prospectdesk.ui.colors import is_dark

    app = ProspectDeskApp(tmp_path / "data", clock=clock, language="en")
    qtbot.addWidget(app.window)
    try:
        anna, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"))
        app.workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(days=2), what="x")
        app.show()
        app.show_today()
        today = app.sales_ui.today

        def overdue_colour() -> QColor:
            iterator = QTreeWidgetItemIterator(today.tree)
            while item := iterator.value():
                if "overdue" in item.text(1):
                    return item.foreground(1).color()
                iterator += 1
            raise AssertionError("no overdue row")

        qtbot.waitUntil(lambda: today.tree.topLevelItemCount() > 0)
        system_turns_dark()
        qtbot.waitUntil(lambda: is_dark(today.tree.palette()))
        base = today.tree.palette().color(QPalette.ColorRole.Base)
        qtbot.waitUntil(lambda: contrast(overdue_colour(), base) >= 4.5)
    finally:
        app.close()


def test_a_warning_label_stays_readable_across_a_switch(qapp, qtbot) -> None:
    """The detail view's and the presentation dialog's warnings (show_in): their colour is
    chosen again when the palette turns dark, and back."""
    from PySide6.QtWidgets import QLabel

    from prospectdesk.ui.colors import dark_palette, show_in

    light = QPalette(qapp.palette())
    label = QLabel("Given name is empty")
    qtbot.addWidget(label)
    show_in(label, WARNING)
    label.show()

    def readable_now() -> bool:
        window = label.palette().color(QPalette.ColorRole.Window)
        shown = QColor(label.styleSheet().split("color: ")[-1].split(";")[0])
        return shown.isValid() and contrast(shown, window) >= 4.5

    try:
        assert readable_now()
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.Window) == DARK_WINDOW)
        assert readable_now()
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(readable_now)


DARK_WINDOW = QColor("#2b2b2b")


def test_the_do_not_contact_mark_is_readable_on_dark(qapp, qtbot) -> None:
    """Its red (when checked) was a fixed #c0392b, 2.9:1 on a dark window."""
    from PySide6.QtWidgets import QCheckBox

    from prospectdesk.ui.colors import dark_palette, show_in

    light = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    try:
        box = QCheckBox("Do not contact")
        qtbot.addWidget(box)
        show_in(box, WARNING, "QCheckBox:checked { color: COLOR; }")
        shown = QColor(box.styleSheet().split("color: ")[-1].split(";")[0])
        assert box.styleSheet().startswith("QCheckBox:checked")
        assert contrast(shown, box.palette().color(QPalette.ColorRole.Window)) >= 4.5
    finally:
        qapp.setPalette(light)


def test_the_detail_recolours_its_overdue_follow_ups_on_a_switch(
    qapp, qtbot, clock, tmp_path, system_turns_dark
):
    """The contact's follow-ups list: its overdue red is chosen again for the new
    background when the system switches to dark (it kept the light one until refilled)."""
    from prospectdesk.domain.records import ContactRecord
    from prospectdesk.ui.app import ProspectDeskApp
    from prospectdesk.ui.colors import is_dark

    app = ProspectDeskApp(tmp_path / "data", clock=clock, language="en")
    qtbot.addWidget(app.window)
    try:
        anna, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"))
        app.workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(days=2), what="x")
        app.show()
        app.window.open_contact(anna)
        followups = app.window.detail.activity.followups
        qtbot.waitUntil(lambda: followups.count() == 1)
        system_turns_dark()
        qtbot.waitUntil(lambda: is_dark(followups.palette()))
        base = followups.palette().color(QPalette.ColorRole.Base)
        qtbot.waitUntil(lambda: contrast(followups.item(0).foreground().color(), base) >= 4.5)
    finally:
        app.close()
