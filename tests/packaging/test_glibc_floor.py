"""packaging/glibc_floor.py on a small stand-in bundle (the real bundle is checked by the
slow test_bundle.py): the highest GLIBC_x.y over the ELF files, the files that set it, and
--check failing above the stated minimum."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import glibc_floor  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="objdump (binutils) on Linux",
)


def test_the_floor_is_the_highest_need_and_names_its_files(tmp_path, capsys, monkeypatch):
    bundle = tmp_path / "prospectdesk"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy("/bin/ls", bundle / "_internal" / "libstandin.so")
    shutil.copy(sys.executable, bundle / "prospectdesk")
    (bundle / "_internal" / "notes.txt").write_text("not an ELF file\n")
    (bundle / "_internal" / "link.so").symlink_to("libstandin.so")
    needs = {p.name: glibc_floor.highest_need(p).version for p in glibc_floor.elf_files(bundle)}
    assert set(needs) == {"libstandin.so", "prospectdesk"}  # text and symlinks skipped
    top, files = glibc_floor.floor(bundle)
    assert top == max(needs.values()) and top >= (2, 2)
    assert {need.path.name for need in files} == {n for n, v in needs.items() if v == top}

    monkeypatch.setattr(glibc_floor, "GLIBC_MINIMUM", top)
    assert glibc_floor.main([str(bundle), "--check"]) == 0
    assert f"needs glibc >= {glibc_floor.dotted(top)}" in capsys.readouterr().out
    monkeypatch.setattr(glibc_floor, "GLIBC_MINIMUM", (top[0], top[1] - 1))
    assert glibc_floor.main([str(bundle), "--check"]) == 1
