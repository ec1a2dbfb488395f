"""The CSV rows read in one call of the csv module (issue 21) are the rows, lines and
problems the careful row-by-row reading gives, for clean and damaged files alike."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io import csv_dialect
from prospectdesk.domain.io.csv_dialect import MAX_QUOTED_LINES, _rows

TEXTS = [
    "Name,E-mail\nJan,jan@example.nl\nPiet,piet@example.nl\n",
    "Name,E-mail\r\nJan,jan@example.nl\r\nPiet,piet@example.nl",  # no final break
    'Name,Notes\rJan,"two\rlines"\rPiet,x\r',  # old Mac breaks, a break in a note
    'Name,Notes\nJan,"a note\nover three\r\nlines"\n\nPiet,"x ""quoted"" y"\n',
    "Name,Notes\r\r\nJan,doubled CR\r\r\n",
    'Name,Notes\nJan,"never closed\nPiet,p@example.nl\nKees,k@example.nl\n',  # runs to the end
    'Name,Notes\nJan,"cut off at the end\nof the file',
    'Name,Notes\nJan,x\nPiet,"cut off on its own line',  # as many rows as lines
    'Name,Notes\nJan,"stray\n' + "Row,x\n" * (MAX_QUOTED_LINES + 5) + 'Last,"closed"\n',
    'Name,Notes\nJan,a "quote" inside\nPiet,"x",y\n',
    'Name;Notes\nJan;"a;b"\n',
    "",
    "\n\n\n",
    "Name,Notes\n" + "x" * 50 + "\n",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_fast_rows_are_the_careful_rows(text, delimiter, monkeypatch):
    fast = _rows(text, delimiter)
    monkeypatch.setattr(csv_dialect, "_clean_rows", lambda lines, delimiter: None)
    assert fast == _rows(text, delimiter)


def test_a_clean_file_takes_the_fast_reading():
    lines = csv_dialect._split_lines('Name,Notes\nJan,"a\nb"\nPiet,x\n')
    assert csv_dialect._clean_rows(lines, ",") == [
        (1, ["Name", "Notes"], ""),
        (2, ["Jan", "a\nb"], ""),
        (4, ["Piet", "x"], ""),
    ]


def test_a_value_over_the_size_limit_takes_the_careful_reading(monkeypatch):
    monkeypatch.setattr(csv_dialect, "MAX_LINE_BYTES", 100)
    rows = _rows("Name,Notes\nJan," + "x" * 500 + "\nPiet,y\n", ",")
    assert rows[1][2] and rows[2] == (3, ["Piet", "y"], "")


@pytest.mark.parametrize(
    "text",
    [
        "Name,Notes\nJan,a\x0cform feed\nPiet,x\u2028y\r\nKees,\x1cz\x85\rEnd",
        "Name,Notes\nJan,a\x0cform feed\nPiet,x\u2028y\n",  # no CR at all
        "Name,Notes\nJan,x\nPiet,y\x0c",
        "Name,Notes\rJan,x\x0c\rPiet,y",
        "Name,Notes\r\nJan,x\r\r\nPiet,y",
        "Name,Notes\nJan,x\n",
        "",
        "\r",
    ],
)
def test_lines_break_at_cr_lf_and_crlf_only(text):
    """str.splitlines (taken when it splits as the csv module does) also breaks at form
    feeds, U+2028 and others: a line holding one is still one line."""
    import io

    expected = io.StringIO(text.replace("\r\r\n", "\r\n"), newline="").readlines()
    assert csv_dialect._split_lines(text) == expected
