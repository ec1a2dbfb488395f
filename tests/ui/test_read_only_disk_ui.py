"""A real read-only disk (a tmpfs remounted read-only; needs root, where chmod would not
stop a write): the GUI opens the contacts read-only, refuses changes, exports elsewhere."""

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QLabel

from prospectdesk.domain.instance_lock import LOCK_FILE
from prospectdesk.paths import database_path
from prospectdesk.ui import session
from prospectdesk.ui.session import open_app
from tests.reliability.helpers import file_digest
from tests.reliability.test_real_disks import _saved, small_disk  # noqa: F401 - a fixture


def test_a_read_only_disk_opens_read_only_and_exports_elsewhere(
    qtbot,
    small_disk,  # noqa: F811 - the fixture imported above
    clock,
    tmp_path,
    monkeypatch,
):
    told: list[object] = []  # a message box instead (the old way) would wait for a click
    monkeypatch.setattr(
        session, "show_storage_problem", lambda parent, problem: told.append(problem)
    )
    data_dir = _saved(small_disk, clock, count=30)
    (data_dir / LOCK_FILE).unlink(missing_ok=True)
    before = file_digest(database_path(data_dir))
    names_before = sorted(p.name for p in data_dir.iterdir())
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, capture_output=True)
    app = open_app(data_dir, clock=clock)
    assert app is not None, told
    try:
        app.show()
        banner = app.window.findChild(QLabel, "read-only-banner")
        assert banner is not None and banner.isVisible()
        assert banner.text() == (
            "Read-only: your contacts are on a disk or in a file that can only be read. "
            "Changes are not possible; File ▸ Export works."
        )
        assert app.workspace.contacts.count() == 30
        with qtbot.waitSignal(app.controller.operation_failed):
            app.controller.undo()
        target = tmp_path / "all.vcf"
        app.window.import_export.export(target, "vcf")
        app.executor.wait_for_done()
        qtbot.waitUntil(lambda: "Exported 30 contacts" in app.window.statusBar().currentMessage())
        assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == 30
    finally:
        app.close()
    # No lock file, no backup, nothing else: the disk could not have taken it anyway.
    assert sorted(p.name for p in data_dir.iterdir()) == names_before
    assert file_digest(database_path(data_dir)) == before
