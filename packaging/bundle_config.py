"""What the PyInstaller spec needs to know, as plain Python the fast tests can check.

The spec (packaging/prospectdesk.spec) only wires these values into PyInstaller's objects;
tests/packaging/test_bundle_config.py checks them without running a build.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

# Qt modules ProspectDesk never imports; PyInstaller's hooks would otherwise drag in their
# libraries (QML alone is tens of megabytes). tests/packaging/test_bundle_config.py fails when
# the package starts importing one of them (QtNetwork is used: the single-instance socket).
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
]

# Linux base libraries left out of the bundle, so the system's own copies load: Debian 12's
# copies need glibc 2.36 (they set the bundle's glibc floor: packaging/glibc_floor.py), and a
# bundled libstdc++ older than the system's breaks system plugins (Mesa, GTK themes) that
# want the newer one. Qt's wheels need GLIBCXX_3.4.29 (GCC 11): every system whose glibc
# is new enough for the rest of the bundle (2.35: Ubuntu 22.04) has it.
SYSTEM_LIBRARIES = frozenset({"libstdc++.so.6", "libexpat.so.1", "libcups.so.2"})

# Sizes that go into the Linux bundle's share/icons/hicolor tree.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _module_constant(path: Path, name: str) -> str:
    """A string constant from a module, read without importing it (no Qt, no side effects)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"{name} not found in {path}")


@dataclass(frozen=True)
class BundleConfig:
    root: Path
    name: str  # the display name, APP_NAME
    app_id: str  # reverse-DNS id: macOS bundle id, AppStream id
    version: str  # prospectdesk.__version__, the one place it is written
    executable: str = "prospectdesk"

    @classmethod
    def from_tree(cls, root: Path) -> BundleConfig:
        package_init = root / "prospectdesk" / "__init__.py"
        return cls(
            root=root,
            name=_module_constant(package_init, "APP_NAME"),
            app_id=_module_constant(package_init, "APP_ID"),
            version=_module_constant(package_init, "__version__"),
        )

    @property
    def package_resources(self) -> Path:
        return self.root / "prospectdesk" / "resources"

    def icon_for(self, platform: str) -> str | None:
        if platform == "win32":
            return str(self.root / "packaging" / "icons" / "prospectdesk.ico")
        if platform == "darwin":
            return str(self.root / "packaging" / "icons" / "prospectdesk.icns")
        return None  # Linux desktops take the icon from the .desktop entry, not the binary

    def version_tuple(self) -> tuple[int, int, int, int]:
        numbers = []
        for part in self.version.split(".")[:4]:
            digits = "".join(ch for ch in part if ch.isdigit()) or "0"
            numbers.append(int(digits))
        return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]

    def metadata_dir(self, work_dir: Path) -> Path:
        """A minimal dist-info so importlib.metadata answers the version inside the bundle,
        exactly as it does for a pip-installed copy (built from pyproject, never typed)."""
        dist_info = work_dir / "metadata" / f"prospectdesk-{self.version}.dist-info"
        dist_info.mkdir(parents=True, exist_ok=True)
        (dist_info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: prospectdesk\nVersion: {self.version}\n",
            encoding="utf-8",
        )
        return dist_info

    def package_data_files(self) -> list[Path]:
        """Every file of the package that is not Python: icons, compiled translations, the
        frozen schema SQL. PyInstaller only follows imports, so each must be listed."""
        package = self.root / "prospectdesk"
        return sorted(
            path
            for path in package.rglob("*")
            if path.is_file()
            and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts
        )

    def datas(self, work_dir: Path) -> list[tuple[str, str]]:
        """(source, destination-dir) pairs: the package's data files where the package
        looks for them, then the version metadata."""
        dist_info = self.metadata_dir(work_dir)
        pairs = [
            (str(path), str(path.parent.relative_to(self.root).as_posix()))
            for path in self.package_data_files()
        ]
        return [*pairs, (str(dist_info), dist_info.name)]

    def info_plist(self) -> dict[str, object]:
        return {
            "CFBundleName": self.name,
            "CFBundleDisplayName": self.name,
            "CFBundleShortVersionString": self.version,
            "CFBundleVersion": self.version,
            "NSHighResolutionCapable": True,
            # so macOS offers the translations the bundle has
            "CFBundleLocalizations": ["en", "nl", "hy"],
        }

    def windows_version_file(self, work_dir: Path) -> str:
        """PyInstaller's VSVersionInfo text: the version Windows shows in file properties."""
        numbers = self.version_tuple()
        text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{self.name}'),
      StringStruct('FileDescription', '{self.name}'),
      StringStruct('FileVersion', '{self.version}'),
      StringStruct('ProductName', '{self.name}'),
      StringStruct('ProductVersion', '{self.version}'),
      StringStruct('OriginalFilename', '{self.executable}.exe')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
        path = work_dir / "windows-version.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return str(path)

    def linux_desktop_files(self) -> dict[str, Path]:
        """Destination (inside the bundle's share/) -> source, for desktop integration."""
        files = {
            "applications/prospectdesk.desktop": self.root / "resources" / "prospectdesk.desktop",
            f"metainfo/{self.app_id}.metainfo.xml": self.root
            / "resources"
            / "prospectdesk.metainfo.xml",
            "icons/hicolor/scalable/apps/prospectdesk.svg": self.root
            / "resources"
            / "prospectdesk.svg",
        }
        for size in HICOLOR_SIZES:
            files[f"icons/hicolor/{size}x{size}/apps/prospectdesk.png"] = (
                self.package_resources / "icons" / f"prospectdesk-{size}.png"
            )
        return files
