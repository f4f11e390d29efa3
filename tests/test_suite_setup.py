"""The suite runs as plain ``pytest`` from the repository root, its helpers imported one way
(a helper imported as both ``conftest`` and ``tests.conftest`` is two modules)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_tests_import_their_helpers_one_way() -> None:
    pattern = re.compile(r"^\s*(from tests[. ]|import tests\b)", re.M)
    found = [
        path.name
        for path in sorted((ROOT / "tests").glob("*.py"))
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_plain_pytest_collects_from_the_root() -> None:
    """``pytest``, not ``python -m pytest``: the root is not on the path unless configured."""
    pytest = Path(sys.executable).with_name("pytest")
    collected = subprocess.run(
        [
            str(pytest),
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_seed_table.py",
            "tests/test_import_limits.py",
            "tests/test_store.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, collected.stdout[-2000:] + collected.stderr[-2000:]
    assert re.search(r"\b\d+ tests? collected", collected.stdout)
