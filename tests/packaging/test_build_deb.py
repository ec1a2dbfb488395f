"""packaging/build_deb.py on a small stand-in bundle (the real one is packed, installed and
started by the slow test_bundle.py): the layout, the dependencies, the glibc floor."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_deb  # noqa: E402
from bundle_config import BundleConfig  # noqa: E402

needs_dpkg = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("objdump") is None,
    reason="dpkg-deb and objdump (Debian)",
)


def test_the_dependencies_are_the_list_ci_installs() -> None:
    packages = build_deb.runtime_packages()
    assert "libxcb-cursor0" in packages and "fonts-freefont-ttf" in packages
    assert not any(" " in name or name.startswith("#") for name in packages)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A bundle-shaped folder: the executable, one real ELF library, the share/ tree."""
    folder = tmp_path / "dist" / "prospectdesk"
    (folder / "_internal").mkdir(parents=True)
    shutil.copy(sys.executable, folder / "prospectdesk")
    shutil.copy("/bin/ls", folder / "_internal" / "libstandin.so")
    (folder / "share").mkdir()
    (folder / "install-desktop-entry.sh").write_text("#!/bin/sh\n")
    return folder


@needs_dpkg
def test_the_glibc_floor_is_the_newest_symbol_version_asked_for(bundle: Path) -> None:
    version, culprit = build_deb.glibc_minimum(bundle)
    assert version >= (2, 2) and culprit is not None
    symbols = subprocess.run(
        ["objdump", "-T", str(culprit)], capture_output=True, text=True, check=True
    ).stdout
    assert f"GLIBC_{'.'.join(map(str, version))}" in symbols


@needs_dpkg
def test_the_package_layout_and_control(bundle: Path, tmp_path: Path) -> None:
    config = BundleConfig.from_tree(ROOT)
    deb, glibc = build_deb.build_deb(config, bundle, tmp_path / "out", level=1)
    assert deb.name == f"prospectdesk_{config.version}_{build_deb.architecture()}.deb"
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "root/root" in listing  # not the builder's uid
    assert "./usr/bin/prospectdesk -> /opt/prospectdesk/prospectdesk" in listing
    for path in (
        "./opt/prospectdesk/prospectdesk",
        "./opt/prospectdesk/_internal/libstandin.so",
        "./usr/share/applications/prospectdesk.desktop",
        "./usr/share/icons/hicolor/48x48/apps/prospectdesk.png",
        f"./usr/share/metainfo/{config.app_id}.metainfo.xml",
    ):
        assert path in listing
    assert "install-desktop-entry.sh" not in listing  # dpkg owns the menu entry here
    assert "./opt/prospectdesk/share" not in listing
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Version: {config.version}" in fields
    assert f"libc6 (>= {glibc})" in fields and "libxcb-cursor0" in fields
    assert "fonts-noto-cjk" in fields  # Chinese and Japanese names, not boxes


def test_no_bundle_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="run packaging/build.py first"):
        build_deb.build_deb(BundleConfig.from_tree(ROOT), tmp_path / "none", tmp_path)
