"""iso_birthdays (the CSV reader's birthday column read at once, issue 21) gives
parse_birthday's birthday for every text it reads, and leaves every other text to it."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.people import iso_birthdays, parse_birthday

TEXTS = [
    *(
        f"{year}-{month:02d}-{day:02d}"
        for year in ("1992", "2024", "2023", "1604", "1900", "0000")
        for month in range(0, 14)
        for day in range(0, 33)
    ),
    *(f"--{month:02d}-{day:02d}" for month in range(0, 14) for day in range(0, 33)),
    "1900-02-29",  # no date in 1900 (not a leap year), though 1900 means "no year"
    "1604-02-29",
    "1992-1-19",
    "19921219",
    "--1219",
    "1992-12-19T10:00:00Z",
    "1992-12-19 10:00",
    "1992/12/19",
    "19.12.1992",
    "١٩٩٢-١٢-١٩",  # Arabic-Indic digits: parse_birthday reads them, iso_birthdays not
    "1992-12-19\n",
    "---12-19",
    "12-19",
    "",
]


@pytest.mark.parametrize("this_year", [2026])
def test_iso_birthdays_are_parse_birthday(this_year):
    found = iso_birthdays(TEXTS)
    assert len(found) > 700  # the valid ISO dates
    for text in TEXTS:
        try:
            expected = parse_birthday(text, this_year=this_year)
        except ValueError:
            expected = "not a date"
        if text in found:
            assert found[text] == expected, text
        else:  # left to parse_birthday: anything but a plain, valid ISO date
            assert (
                expected == "not a date"
                or not text.isascii()
                or "-" not in text[1:5]
                or (len(text) != 10)
            ), text


def test_a_birthday_is_made_of_exactly_the_dates_the_calendar_has():
    """Birthday's check (a table of month lengths, not calendar.monthrange's weekday):
    every month and day of common, leap and century years, and without a year."""
    import calendar

    from prospectdesk.domain.records import Birthday

    for year in (None, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999, 0, 10000):
        for month in range(-1, 15):
            for day in range(-1, 33):
                expected = (
                    1 <= month <= 12
                    and (year is None or 1 <= year <= 9999)
                    and 1 <= day <= calendar.monthrange(year or 2000, month)[1]
                )
                try:
                    Birthday(month, day, year)
                except ValueError:
                    assert not expected, (year, month, day)
                else:
                    assert expected, (year, month, day)
