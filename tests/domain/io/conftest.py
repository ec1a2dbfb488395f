from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def csv_fixture():
    """Bytes of one of our own CSV fixtures (tests/fixtures/csv)."""

    def read(name: str) -> bytes:
        return (FIXTURES / "csv" / name).read_bytes()

    return read
