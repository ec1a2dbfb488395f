"""Readers and the importer pause the cyclic garbage collector, and always restore it."""

from __future__ import annotations

import gc
import sys

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


def test_a_whole_import_runs_without_a_collection_between_its_steps(workspace, tmp_path):
    """Paused step by step, the collector came back between reading, planning and
    writing, and its first collection walked every record read (~1 s at 100k)."""
    from prospectdesk.domain.io.importer import import_files

    path = tmp_path / "people.csv"
    path.write_text("Name,Email\n" + "".join(f"Eva {i},eva{i}@kok.example\n" for i in range(50)))
    collections = []

    def count(phase: str, info: dict) -> None:
        frame = sys._getframe(1)
        while (
            frame is not None
            and frame.f_code is not getattr(import_files, "__wrapped__", import_files).__code__
        ):
            frame = frame.f_back
        if phase == "start" and frame is not None:  # inside the import
            collections.append(info["generation"])

    threshold = gc.get_threshold()
    gc.collect()
    gc.set_threshold(1)  # a collection at nearly every allocation while it is on
    gc.callbacks.append(count)
    try:
        plan, outcome = import_files(workspace, [path])
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
    assert len(outcome.created) == 50
    assert collections == [] and gc.isenabled()
