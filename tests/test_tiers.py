"""The fast tier (``pytest --fast``): the domain and service tests on SQLite, nothing that
needs PostgreSQL, a widget, a process or a large build; and without ``--fast`` every test.

Both collect the real suite in a child pytest, so this module is itself in ``SLOW``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import SLOW

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]


def _collected(*options: str) -> set[str]:
    done = subprocess.run(
        [*PYTEST, "--collect-only", "-q", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return {line for line in done.stdout.splitlines() if line.startswith("tests/")}


def _in_module(ids: set[str], module: str) -> set[str]:
    return {node for node in ids if node.startswith(f"tests/{module}::")}


def test_the_fast_tier_is_the_domain_and_services_on_sqlite_and_the_full_suite_is_all() -> None:
    everything = _collected()
    fast = _collected("--fast")
    assert fast < everything
    # Every test module is collected without --fast (the full suite leaves nothing out).
    modules = {path.name for path in TESTS.glob("test_*.py")}
    assert {node.split("::")[0].removeprefix("tests/") for node in everything} == modules
    # In: the domain, and the services on SQLite.
    assert _in_module(everything, "test_domain.py") <= fast
    services = _in_module(everything, "test_services.py")
    on_sqlite = {node for node in services if "[sqlite" in node}
    assert on_sqlite and on_sqlite <= fast
    # Out: every PostgreSQL parametrization and the server's own tests (by fixture).
    on_server = {node for node in everything if re.search(r"[\[-]postgresql[\]-]", node)}
    assert on_server and not on_server & fast
    assert "tests/test_shared_roles.py::test_a_role_not_granted_yet_is_told_to_ask_for_grant" in (
        everything - fast
    )
    # Out: widget tests, by fixture (qtbot), also in a module that is not test_ui_*.
    for module in ("test_ui_stats.py", "test_ui_admin.py"):
        assert _in_module(everything, module) and not _in_module(fast, module), module
    follow_up = "tests/test_follow_up_columns.py::"
    assert f"{follow_up}test_follow_up_lines_carry_desk_counselor_and_employer[sqlite]" in fast
    assert f"{follow_up}test_a_team_lead_sees_whose_each_follow_up_is[sqlite]" in everything - fast
    qtbot_alone = "tests/test_ui_startup.py::test_first_run_creates_database_and_administrator"
    assert qtbot_alone in everything - fast  # it asks for qtbot but not boxes
    # Out: what SLOW names (processes, the wheel, large builds).
    assert _in_module(everything, "test_installed_wheel.py")
    assert not _in_module(fast, "test_installed_wheel.py")
    # Each name in SLOW still names a test (a renamed test would silently come back in).
    for name in SLOW:
        module, _, test = name.partition("::")
        found = _in_module(everything, module)
        if test:
            found = {
                node
                for node in found
                if node == f"tests/{name}" or node.startswith(f"tests/{name}[")
            }
        assert found, f"SLOW names {name}, which is no test"
        assert not found & fast, name


def test_a_fast_test_that_starts_a_process_or_burns_cpu_fails(tmp_path: Path) -> None:
    """The fast tier polices itself: a new slow test fails it until it is in SLOW."""
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_new.py").write_text(
        textwrap.dedent(
            """
            import subprocess
            import time

            from conftest import FAST_CPU_LIMIT


            def test_starts_a_process():
                subprocess.run(["true"], check=True)


            def test_burns_cpu():
                started = time.process_time()
                while time.process_time() - started < FAST_CPU_LIMIT + 0.3:
                    pass


            def test_is_quick():
                assert sum(range(1000)) == 499500
            """
        ),
        encoding="utf-8",
    )
    run = [*PYTEST, "-q", "-rA", "-o", "qt_api=pyside6", "--rootdir", str(tmp_path), str(tmp_path)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    fast = subprocess.run(
        [*run, "--fast"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300
    )
    told = fast.stdout[-3000:]
    assert fast.returncode == 1, told
    assert "FAILED test_new.py::test_starts_a_process" in fast.stdout, told
    assert "starts a process: the fast tier starts none" in fast.stdout, told
    assert "ERROR test_new.py::test_burns_cpu" in fast.stdout, told  # at its teardown
    assert "of CPU, over the fast tier's" in fast.stdout, told
    assert "PASSED test_new.py::test_is_quick" in fast.stdout, told
    full = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert full.returncode == 0, full.stdout[-3000:] + full.stderr[-3000:]
    assert "3 passed" in full.stdout
