"""Pack the Linux bundle (dist/prospectdesk/, from packaging/build.py) into a Debian package.

    python3 packaging/build.py && python3 packaging/build_deb.py   # dist/prospectdesk_<v>_<arch>.deb
    sudo apt install ./dist/prospectdesk_<v>_<arch>.deb            # or, as root: dpkg -i ...

Layout: the bundle in /opt/prospectdesk, /usr/bin/prospectdesk a symlink to its executable,
the desktop entry, hicolor icons and AppStream metainfo in /usr/share (Debian's own dpkg
triggers refresh the menu and icon caches). Depends: the system libraries Qt needs, read
from packaging/debian-qt-runtime.txt, and libc6 at the newest glibc symbol version any
binary in the bundle asks for (that is the bundle's glibc minimum, printed by this script),
and the desktop's own needs (DESKTOP_PACKAGES: a CJK font, without which Chinese and
Japanese names show as boxes).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_config import BundleConfig  # noqa: E402

RUNTIME_LIST = ROOT / "packaging" / "debian-qt-runtime.txt"
INSTALL_DIR = "opt/prospectdesk"
GLIBC_SYMBOL = re.compile(r"GLIBC_(\d+(?:\.\d+)+)")
ELF_MAGIC = b"\x7fELF"
# Not in the CI list (a 57 MB download for every run), but a desktop install needs it:
# without a CJK font, names in Chinese, Japanese or Korean are drawn as boxes.
DESKTOP_PACKAGES = ["fonts-noto-cjk"]


def runtime_packages(path: Path = RUNTIME_LIST) -> list[str]:
    """The Debian packages listed one a line (comments and blank lines skipped)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    files.append(path)
    return files


def glibc_minimum(bundle: Path) -> tuple[tuple[int, ...], Path | None]:
    """The newest GLIBC_x.y symbol version any ELF file in the bundle needs, and that file.

    Read from the dynamic symbol tables (objdump -T): a library that asks for GLIBC_2.28
    does not load on an older glibc, so the highest version over the bundle is its floor."""
    newest: tuple[int, ...] = (0,)
    culprit = None
    for path in elf_files(bundle):
        result = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        )
        for match in GLIBC_SYMBOL.finditer(result.stdout):
            version = tuple(int(part) for part in match.group(1).split("."))
            if version > newest:
                newest, culprit = version, path
    return newest, culprit


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control_text(config: BundleConfig, depends: list[str], size_kib: int, arch: str) -> str:
    summary = "Follow your leads from first contact to customer"
    return (
        f"Package: {config.executable}\n"
        f"Version: {config.version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: The ProspectDesk authors <prospectdesk@users.noreply.github.com>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {summary}\n"
        " ProspectDesk is a prospect tracker for people who run a business from home:\n"
        " a board from lead to customer, follow-ups, a calendar, import and export.\n"
        " This package carries its own Python and Qt (a PyInstaller bundle).\n"
    )


def build_deb(
    config: BundleConfig, bundle: Path, out_dir: Path, level: int = 6
) -> tuple[Path, str]:
    """Write <out_dir>/prospectdesk_<version>_<arch>.deb from the bundle; returns it and
    the glibc minimum as text."""
    if not (bundle / config.executable).is_file():
        raise SystemExit(f"no bundle at {bundle}: run packaging/build.py first")
    glibc, culprit = glibc_minimum(bundle)
    glibc_text = ".".join(map(str, glibc))
    arch = architecture()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "root"
        target = root / INSTALL_DIR
        shutil.copytree(
            bundle,
            target,
            symlinks=True,
            ignore=shutil.ignore_patterns("share", "install-desktop-entry.sh"),
        )
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / config.executable).symlink_to(f"/{INSTALL_DIR}/{config.executable}")
        for destination, source in config.linux_desktop_files().items():
            path = root / "usr" / "share" / destination
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, path)
            path.chmod(0o644)
        for path in root.rglob("*"):  # no group/other write bits from the build tree
            if not path.is_symlink():
                path.chmod(path.stat().st_mode & ~0o022)
        size_kib = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
        depends = [f"libc6 (>= {glibc_text})", *runtime_packages(), *DESKTOP_PACKAGES]
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            control_text(config, depends, size_kib, arch), encoding="utf-8"
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        deb = out_dir / f"{config.executable}_{config.version}_{arch}.deb"
        # gzip: several times faster than xz on a 200 MB bundle, and every dpkg reads it
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                "-Zgzip",
                f"-z{level}",
                "--build",
                str(root),
                str(deb),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    where = f" (needed by {culprit.relative_to(bundle)})" if culprit else ""
    print(f"glibc minimum: {glibc_text}{where}")
    return deb, glibc_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="the bundle's folder")
    parser.add_argument("--out", type=Path, help="where the .deb goes (default: --dist)")
    parser.add_argument(
        "--level", type=int, default=6, choices=range(1, 10), help="gzip level (1: fast, for CI)"
    )
    args = parser.parse_args(argv)
    config = BundleConfig.from_tree(ROOT)
    dist = args.dist.resolve()
    deb, _ = build_deb(config, dist / config.executable, (args.out or dist).resolve(), args.level)
    print(f"built {deb}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
