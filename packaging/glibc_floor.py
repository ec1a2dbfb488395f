"""The oldest glibc a built Linux bundle starts on: every ELF file in it is read for the
GLIBC_x.y symbol versions its dynamic symbols need (``objdump -T``, as build_deb.py reads
them for the package's libc6 dependency), and the highest one is the bundle's floor.

    python packaging/glibc_floor.py dist/prospectdesk            # the floor and its files
    python packaging/glibc_floor.py dist/prospectdesk --check    # exit 1 above GLIBC_MINIMUM

The stated minimum is :data:`GLIBC_MINIMUM` (README "Installers" and the bundle test say
the same). PyInstaller copies the interpreter and libpython of the machine that builds, so
the floor is that machine's glibc era: build on an older distribution (or a manylinux
container) to reach older systems. Needs objdump (binutils, which PyInstaller needs too).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_deb import GLIBC_SYMBOL, elf_files  # noqa: E402

# The glibc the bundle built on Debian 12 needs: libpython (the interpreter built on that
# machine), libgcc_s and libcairo ask for GLIBC_2.35 (Ubuntu 22.04, Fedora 36, RHEL 10).
# Debian 12's libstdc++, libexpat and libcups asked for 2.36: they are left out
# (SYSTEM_LIBRARIES).
GLIBC_MINIMUM = (2, 35)


@dataclass(frozen=True)
class Need:
    path: Path
    version: tuple[int, ...]  # the highest GLIBC_x.y the file asks for


def highest_need(path: Path) -> Need | None:
    """The highest GLIBC_x.y ``path`` needs, or None when it needs no versioned glibc."""
    out = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
    ).stdout
    versions = [tuple(int(p) for p in m.group(1).split(".")) for m in GLIBC_SYMBOL.finditer(out)]
    return Need(path, max(versions)) if versions else None


def floor(root: Path) -> tuple[tuple[int, ...], list[Need]]:
    """The bundle's floor and the files that set it (every file needing that version)."""
    needs = [need for path in elf_files(root) if (need := highest_need(path)) is not None]
    if not needs:
        return (), []
    top = max(need.version for need in needs)
    return top, [need for need in needs if need.version == top]


def dotted(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the built bundle folder (dist/prospectdesk)")
    parser.add_argument(
        "--check", action="store_true", help=f"exit 1 if above glibc {dotted(GLIBC_MINIMUM)}"
    )
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"{args.bundle}: not a folder", file=sys.stderr)
        return 2
    top, files = floor(args.bundle)
    if not top:
        print(f"{args.bundle}: no ELF file needs a versioned glibc")
        return 0
    print(f"the bundle needs glibc >= {dotted(top)} (stated minimum {dotted(GLIBC_MINIMUM)})")
    for need in files:
        print(f"  {need.path.relative_to(args.bundle)}: GLIBC_{dotted(need.version)}")
    if args.check and top > GLIBC_MINIMUM:
        print(f"above the stated minimum {dotted(GLIBC_MINIMUM)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
