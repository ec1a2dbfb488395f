"""Build the self-contained ProspectDesk app with PyInstaller, on Linux, Windows or macOS.

    python packaging/build.py              # install PyInstaller (the `package` extra), build
    python packaging/build.py --smoke      # ... then start the bundle offscreen in en, nl, hy
    python packaging/build.py --archive    # ... and pack dist/prospectdesk-<version>-<os>.tar.gz

Output: dist/prospectdesk/ (Linux, Windows: run dist/prospectdesk/prospectdesk[.exe]),
dist/ProspectDesk.app on macOS. On Linux the bundle also carries share/ (the .desktop entry,
AppStream metainfo, hicolor icons) and install-desktop-entry.sh, which registers the bundle
in the user's menu (~/.local/share) without root.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_config import BundleConfig  # noqa: E402

SPEC = ROOT / "packaging" / "prospectdesk.spec"
SMOKE_LANGUAGES = ("en", "nl", "hy")

INSTALL_SCRIPT = """#!/bin/sh
# Adds ProspectDesk to this user's application menu (no root needed): the .desktop entry,
# the icons and the AppStream metadata go to ~/.local/share, pointing at this bundle.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
cd "$here/share"
find . -type f | while read -r file; do
  mkdir -p "$data/$(dirname "$file")"
  cp "$file" "$data/$file"
done
sed -i "s|^Exec=prospectdesk|Exec=\\"$here/prospectdesk\\"|; s|^TryExec=prospectdesk|TryExec=$here/prospectdesk|" \\
  "$data/applications/prospectdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "ProspectDesk added to the menu (from $here)"
# Without a CJK font, Chinese, Japanese and Korean names are drawn as boxes.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
  echo "No Chinese/Japanese font found: install one (Debian, Ubuntu: sudo apt install fonts-noto-cjk)"
fi
"""


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]


def install_build_requirements() -> None:
    """PyInstaller from the `package` extra, and the app's own dependencies (not the app
    itself: the spec freezes this source tree)."""
    project = pyproject()
    requirements = [*project["optional-dependencies"]["package"], *project["dependencies"]]
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *requirements], check=True)


def run_pyinstaller(dist: Path, work: Path) -> None:
    subprocess.run([sys.executable, "scripts/translations.py", "build"], cwd=ROOT, check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )


def bundle_dir(config: BundleConfig, dist: Path) -> Path:
    return dist / config.executable


def executable(config: BundleConfig, dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / f"{config.name}.app" / "Contents" / "MacOS" / config.executable
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle_dir(config, dist) / f"{config.executable}{suffix}"


def add_linux_desktop_files(config: BundleConfig, dist: Path) -> None:
    share = bundle_dir(config, dist) / "share"
    for destination, source in config.linux_desktop_files().items():
        target = share / destination
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    script = bundle_dir(config, dist) / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def archive(config: BundleConfig, dist: Path) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "os")
    name = f"prospectdesk-{config.version}-{system}-{platform.machine().lower()}.tar.gz"
    source = dist / f"{config.name}.app" if sys.platform == "darwin" else bundle_dir(config, dist)
    target = dist / name
    with tarfile.open(target, "w:gz") as tar:
        tar.add(source, arcname=source.name)
    return target


def smoke(config: BundleConfig, dist: Path, languages=SMOKE_LANGUAGES) -> int:
    """Start the bundle offscreen once per language; it paints the main window and exits."""
    program = executable(config, dist)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("PROSPECTDESK_DATA_DIR", None)
    for language in languages:
        with tempfile.TemporaryDirectory() as data_dir:
            command = [str(program), "--data-dir", data_dir, "--lang", language, "--smoke-test"]
            result = subprocess.run(
                command, env=environment, capture_output=True, text=True, timeout=120
            )
            print(result.stdout.strip())
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                print(f"smoke test failed ({language}): exit {result.returncode}", file=sys.stderr)
                return result.returncode or 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument(
        "--no-install", action="store_true", help="PyInstaller is already installed"
    )
    parser.add_argument("--smoke", action="store_true", help="start the bundle after building")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz")
    args = parser.parse_args(argv)

    config = BundleConfig.from_tree(ROOT)
    if not args.no_install:
        install_build_requirements()
    run_pyinstaller(args.dist.resolve(), args.work.resolve())
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(config, args.dist.resolve())
    print(f"built {executable(config, args.dist.resolve())} (version {config.version})")
    if args.archive:
        print(f"packed {archive(config, args.dist.resolve())}")
    if args.smoke:
        return smoke(config, args.dist.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
