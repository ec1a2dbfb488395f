"""Builds the Linux bundle with the project's script and starts it offscreen in en, nl, hy.

A PyInstaller build takes one to two minutes, so this test is marked ``bundle`` and left out
of the everyday run (pyproject's addopts); CI runs it as its own step after the other tests:
``python3 -m pytest -q -m bundle`` (see .ci/run). test_bundle_config.py keeps the recipe
checked on every run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_config import BundleConfig  # noqa: E402

# a first PyInstaller build on a busy machine takes minutes: beyond pyproject's 300 s
pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1800)]


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One PyInstaller build (and smoke start) for every test here: (dist folder, output)."""
    tmp_path = tmp_path_factory.mktemp("bundle")
    dist = tmp_path / "dist"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(tmp_path / "work"),
            "--smoke",  # starts dist/prospectdesk/prospectdesk --smoke-test per language
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return dist, result.stdout


@linux_only
def test_the_built_bundle_starts_and_paints(built: tuple[Path, str]) -> None:
    dist, output = built
    for stage in ("Lead", "Presentatie", "Լիդ"):
        assert stage in output
    bundle = dist / "prospectdesk"
    assert (bundle / "share" / "applications" / "prospectdesk.desktop").is_file()
    assert (
        bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "prospectdesk.png"
    ).is_file()
    assert list(bundle.rglob("prospectdesk_hy.qm"))


@linux_only
@pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or os.geteuid() != 0, reason="dpkg, as root (CI)"
)
def test_the_deb_installs_with_dpkg_starts_and_removes(built: tuple[Path, str]) -> None:
    """packaging/build_deb.py packs the same bundle; dpkg installs it, the command on PATH
    starts the app offscreen and prints its version, and dpkg removes every file again."""
    dist, _ = built
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_deb.py"),
            "--dist",
            str(dist),
            "--level",
            "1",  # a quick gzip: this .deb is installed and removed, never shipped
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"glibc minimum: 2\.\d+", result.stdout)
    (deb,) = dist.glob("prospectdesk_*.deb")
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert "libc6 (>= 2." in fields and "libxcb-cursor0" in fields

    # As an owner installs it: apt resolves what it depends on (fonts-noto-cjk is not in
    # the CI list), then dpkg unpacks it. A bare `dpkg -i` stops at the first missing one.
    # A run stopped half-way may have left the package half-installed: start clean.
    subprocess.run(["dpkg", "--purge", "prospectdesk"], capture_output=True)
    installed = subprocess.run(
        ["apt-get", "install", "-y", "--no-install-recommends", str(deb)],
        capture_output=True,
        text=True,
        timeout=900,
        env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
    )
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    try:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        environment.pop("PROSPECTDESK_DATA_DIR", None)
        data = dist / "data"
        started = subprocess.run(
            ["/usr/bin/prospectdesk", "--data-dir", str(data), "--lang", "nl", "--smoke-test"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert started.returncode == 0, started.stdout + started.stderr
        assert "Presentatie" in started.stdout
        version = subprocess.run(
            ["prospectdesk", "--version"],
            env=dict(environment, PATH="/usr/bin:/bin"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert version.stdout.split() == ["prospectdesk", BundleConfig.from_tree(ROOT).version]
        listed = subprocess.run(
            ["dpkg", "-L", "prospectdesk"], capture_output=True, text=True, check=True
        ).stdout.split()
        for path in (
            "/usr/bin/prospectdesk",
            "/usr/share/applications/prospectdesk.desktop",
            "/usr/share/icons/hicolor/256x256/apps/prospectdesk.png",
            "/opt/prospectdesk/prospectdesk",
        ):
            assert path in listed
    finally:
        subprocess.run(["dpkg", "--purge", "prospectdesk"], check=True, capture_output=True)
    assert not Path("/usr/bin/prospectdesk").exists()
    assert not Path("/opt/prospectdesk").exists()


@linux_only
@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils)")
def test_the_bundle_needs_no_newer_glibc_than_the_stated_minimum(built: tuple[Path, str]) -> None:
    """packaging/glibc_floor.py over every ELF file of the bundle: the highest GLIBC_x.y any
    of them needs is at most GLIBC_MINIMUM (README "Installers" states it), and the base
    libraries the system provides are not bundled (they set a higher floor)."""
    from bundle_config import SYSTEM_LIBRARIES
    from glibc_floor import GLIBC_MINIMUM, floor

    dist, _ = built
    bundle = dist / "prospectdesk"
    top, files = floor(bundle)
    assert top and top <= GLIBC_MINIMUM, [str(need.path.relative_to(bundle)) for need in files]
    names = {path.name for path in bundle.rglob("*.so*")}
    assert not names & SYSTEM_LIBRARIES
