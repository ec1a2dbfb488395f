"""The core never reads the real time: store/ and domain/ take ``now`` from the injected
clock (prospectdesk.clock), so tests and ``today --at`` see one consistent moment."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "prospectdesk"
CORE = ("store", "domain")

# Calls that read the real time.
READS_THE_TIME = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
}

# Being rewritten on other branches to take the clock; the lead removes each entry once
# its branch has landed.
NOT_YET: set[str] = set()


def real_time_reads(path: Path, root: Path = PACKAGE) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in READS_THE_TIME:
            found.append(f"{path.relative_to(root)}:{node.lineno}: {name}.{node.func.attr}()")
    return found


def test_the_core_takes_the_time_from_the_clock():
    found = [
        line
        for part in CORE
        for path in sorted((PACKAGE / part).rglob("*.py"))
        if path.relative_to(PACKAGE).as_posix() not in NOT_YET
        for line in real_time_reads(path)
    ]
    assert found == []


def test_the_check_sees_a_real_time_read(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\nimport time\n"
        "def f(clock):\n"
        "    return clock.now(), dt.datetime.now(), dt.date.today(), time.time()\n"
    )
    reads = [line.split(": ", 1)[1] for line in real_time_reads(sample, tmp_path)]
    assert reads == ["datetime.now()", "date.today()", "time.time()"]
