"""Fast checks of the packaging recipe: what the PyInstaller spec bundles exists, the version
is written once, the desktop files are valid. The real build is test_bundle.py (slow)."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import prospectdesk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_config import EXCLUDED_MODULES, HICOLOR_SIZES, BundleConfig  # noqa: E402

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture
def config() -> BundleConfig:
    return BundleConfig.from_tree(ROOT)


def test_the_version_is_written_once_in_the_package(config: BundleConfig) -> None:
    assert "version" not in PYPROJECT["project"]  # dynamic: read from the package
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]["attr"] == (
        "prospectdesk.__version__"
    )
    assert config.version == prospectdesk.__version__
    assert config.app_id == prospectdesk.APP_ID
    assert config.name == prospectdesk.APP_NAME


def test_everything_the_spec_bundles_exists(config: BundleConfig, tmp_path: Path) -> None:
    datas = config.datas(tmp_path)
    for source, _destination in datas:
        assert Path(source).exists(), source
    destinations = {(Path(source).name, destination) for source, destination in datas}
    assert ("schema_v1.sql", "prospectdesk/store") in destinations  # read via importlib
    assert ("prospectdesk_hy.qm", "prospectdesk/resources/translations") in destinations
    metadata = (Path(datas[-1][0]) / "METADATA").read_text(encoding="utf-8")
    assert f"Version: {config.version}" in metadata
    for platform in ("win32", "darwin"):
        assert Path(config.icon_for(platform)).is_file()
    for source in config.linux_desktop_files().values():
        assert source.is_file(), source
    assert "Version('0.0.0" not in config.windows_version_file(tmp_path)


def test_the_spec_is_valid_python_wired_to_the_config() -> None:
    spec = (ROOT / "packaging" / "prospectdesk.spec").read_text(encoding="utf-8")
    compile(spec, "prospectdesk.spec", "exec")
    assert "BundleConfig.from_tree" in spec and "launcher.py" in spec
    assert (ROOT / "packaging" / "launcher.py").is_file()


def test_every_runtime_file_is_package_data(config: BundleConfig) -> None:
    """A wheel only carries the non-Python files pyproject's package-data names: each data
    file in the package (icons, catalogs, schema SQL) must match one of its patterns."""
    package = ROOT / "prospectdesk"
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["prospectdesk"]
    shipped = {path for pattern in patterns for path in package.glob(pattern) if path.is_file()}
    unshipped = [str(p.relative_to(ROOT)) for p in config.package_data_files() if p not in shipped]
    assert not unshipped, f"add to [tool.setuptools.package-data] in pyproject: {unshipped}"
    resources = ROOT / "prospectdesk" / "resources"
    assert {p.name for p in (resources / "translations").glob("*.qm")} >= {
        "prospectdesk_nl.qm",
        "prospectdesk_hy.qm",
    }


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_icons_exist_at_every_standard_size(size: int) -> None:
    image = QImage(str(ROOT / "prospectdesk" / "resources" / "icons" / f"prospectdesk-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_windows_and_macos_icons_hold_several_sizes() -> None:
    ico = (ROOT / "packaging" / "icons" / "prospectdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ROOT / "packaging" / "icons" / "prospectdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_desktop_entry(config: BundleConfig) -> None:
    path = ROOT / "resources" / "prospectdesk.desktop"
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == config.executable
    assert desktop["Icon"] == "prospectdesk"
    assert desktop["Name"] == config.name
    assert "Comment[nl]" in desktop and "Comment[hy]" in desktop
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metainfo(config: BundleConfig) -> None:
    path = ROOT / "resources" / "prospectdesk.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == config.app_id
    assert root.findtext("launchable") == "prospectdesk.desktop"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == config.version
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_module_the_package_imports_is_excluded_from_the_bundle() -> None:
    """An excluded module the code needs only shows when the bundle starts (slow test)."""
    pattern = re.compile(r"^\s*(?:from|import) (PySide6\.Qt\w+)", re.MULTILINE)
    used = {
        module
        for path in (ROOT / "prospectdesk").rglob("*.py")
        for module in pattern.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "the pattern found no Qt imports at all"
    assert not used & set(EXCLUDED_MODULES)


def test_a_1024_px_icon_for_macos() -> None:
    """macOS (the .icns, the .dmg recipe) wants the 1024 px artwork, not a 512 px upscale."""
    image = QImage(str(ROOT / "packaging" / "icons" / "prospectdesk-1024.png"))
    assert (image.width(), image.height()) == (1024, 1024)
    assert b"ic10" in (ROOT / "packaging" / "icons" / "prospectdesk.icns").read_bytes()


def test_a_console_command_beside_the_gui_one() -> None:
    """On Windows a gui-script (and the windowed exe) prints nowhere: the console script and
    the spec's console exe run the same main, so --version and sub-commands work in cmd."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    gui = project["gui-scripts"]["prospectdesk"]
    assert project["scripts"]["prospectdesk-cli"] == gui
    spec = (ROOT / "packaging" / "prospectdesk.spec").read_text(encoding="utf-8")
    assert "console=True" in spec and '-cli"' in spec and "*console_exes" in spec


def test_installer_recipes_are_checked_in_and_parse() -> None:
    """The recipes not run here (Inno Setup, .dmg, AppImage, Flatpak) exist, the shell ones
    parse, and each names files this tree has."""
    packaging = ROOT / "packaging"
    for script in ("macos/make_dmg.sh", "appimage/build_appimage.sh"):
        subprocess.run(["bash", "-n", str(packaging / script)], check=True)
    iss = (packaging / "windows" / "prospectdesk.iss").read_text(encoding="utf-8")
    assert "prospectdesk-cli" in iss and r"..\icons\prospectdesk.ico" in iss
    assert (packaging / "icons" / "prospectdesk.ico").is_file()
    manifest = (packaging / "flatpak" / "io.github.prospectdesk.ProspectDesk.yml").read_text(
        encoding="utf-8"
    )
    assert "io.qt.PySide.BaseApp" in manifest
    for resource in re.findall(r"install -Dm644 (resources/\S+)", manifest):
        assert (ROOT / resource).is_file(), resource


def test_the_flatpak_builds_every_dependency_but_pyside() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    wanted = {
        re.match(r"[A-Za-z0-9_.-]+", spec).group(0).lower()
        for spec in dependencies
        if "Windows" not in spec and not spec.lower().startswith("pyside6")
    }
    manifest = (
        ROOT / "packaging" / "flatpak" / "io.github.prospectdesk.ProspectDesk.yml"
    ).read_text(encoding="utf-8")
    generator = re.search(
        r"flatpak-pip-generator (--runtime.*?)\n#\s+flatpak-builder", manifest, re.S
    )
    assert generator is not None
    listed = {
        word.lower()
        for word in generator.group(1).replace("\\", " ").replace("#", " ").split()
        if not word.startswith("-") and "/" not in word and word != "python3-requirements"
    }
    assert listed == wanted
