"""Readers and the importer pause the cyclic garbage collector, and always restore it."""

from __future__ import annotations

import gc

import pytest

from prospectdesk.domain.io.base import without_cyclic_gc
from prospectdesk.domain.io.csv_read import read_csv


@without_cyclic_gc
def _state_inside(nested: bool = False) -> list[bool]:
    seen = [gc.isenabled()]
    if nested:
        seen += _state_inside()
    seen.append(gc.isenabled())
    return seen


@without_cyclic_gc
def _fails() -> None:
    raise ValueError("bad row")


def test_paused_inside_and_back_after_even_nested_or_on_error():
    assert gc.isenabled()
    assert _state_inside(nested=True) == [False, False, False, False]
    assert gc.isenabled()
    with pytest.raises(ValueError):
        _fails()
    assert gc.isenabled()


def test_a_collector_switched_off_by_its_owner_stays_off():
    gc.disable()
    try:
        assert _state_inside() == [False, False]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_a_csv_restores_the_collector():
    result = read_csv(b"Name,Email\nEva Kok,eva@kok.example\n", "a.csv")
    assert len(result.records) == 1 and gc.isenabled()
