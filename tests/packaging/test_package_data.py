"""Every runtime file in the package reaches an installed copy (the tests import the source
tree, so without this check a missing package-data glob only shows after `pip install .`)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_non_python_file_in_the_package_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["prospectdesk"]
    package = ROOT / "prospectdesk"
    covered = {path for pattern in patterns for path in package.glob(pattern) if path.is_file()}
    runtime_files = {
        path
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    }
    assert runtime_files, "expected at least the frozen schema file"
    assert sorted(str(p.relative_to(package)) for p in runtime_files - covered) == []
