"""The screenshot demo data: people on the board, stage names in the chosen language."""

from __future__ import annotations

from pathlib import Path

import scripts.demo_data as demo
from prospectdesk.clock import SystemClock
from prospectdesk.domain.workspace import open_workspace


def test_demo_data_in_armenian(qapp, tmp_path: Path) -> None:
    assert demo.make_demo(tmp_path / "hy", "hy") == 0
    workspace = open_workspace(tmp_path / "hy", clock=SystemClock())
    try:
        assert workspace.contacts.count() == len(demo.PEOPLE["hy"])
        assert workspace.pipeline.stage_by_role("customer").name == "Հաճախորդ"
    finally:
        workspace.close()
