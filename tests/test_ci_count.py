"""CI's count of the tests (``scripts/ci_count.py``, run by ``.ci/run``): a run that left
out a test the suite collects fails CI, whatever left it out.

The verdict is tested on JUnit reports written here, then on a small real project: its
collection made by the script in a child process, its runs by real pytest (with
``--deselect``, ``-k`` in ``PYTEST_ADDOPTS``, a conftest dropping a test, xdist).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scripts.ci_count import (
    MINIMUM_SLACK,
    Collected,
    Report,
    check,
    junit_name,
    problems,
    read_minimum,
)

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "ci_count.py"

SUITE = (
    "tests/test_a.py::test_one",
    "tests/test_a.py::test_two[sqlite]",
    "tests/test_a.py::test_two[postgresql]",
    "tests/test_b.py::TestThing::test_three",
)


def junit(tmp_path: Path, cases: dict[str, str]) -> Report:
    """A JUnit report written as pytest writes one (a suite of ``testcase`` elements), each
    test of ``cases`` with its outcome (passed, failure, error or skipped); read back."""
    lines = []
    for nodeid, outcome in cases.items():
        classname, name = junit_name(nodeid)
        inner = "" if outcome == "passed" else f'<{outcome} message="x">x</{outcome}>'
        lines.append(
            f'<testcase classname="{classname}" name="{name}" time="0.1">{inner}</testcase>'
        )
    path = tmp_path / "junit.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" '
        f'tests="{len(cases)}">{"".join(lines)}</testsuite></testsuites>',
        encoding="utf-8",
    )
    return Report.read(path)


def verdict(
    report: Report, *, collected: tuple[str, ...] = SUITE, minimum: int = len(SUITE)
) -> tuple[list[str], list[str]]:
    files = sorted({nodeid.split("::")[0] for nodeid in collected})
    return problems(Collected(collected, collected), report, minimum, files)


def test_junit_names_are_pytests() -> None:
    assert junit_name("tests/test_b.py::TestThing::test_three") == (
        "tests.test_b.TestThing",
        "test_three",
    )
    assert junit_name("tests/sub/test_c.py::test_d[a::b.py-x]") == (
        "tests.sub.test_c",
        "test_d[a::b.py-x]",
    )


def test_a_run_of_every_collected_test_passes(tmp_path: Path) -> None:
    assert verdict(junit(tmp_path, dict.fromkeys(SUITE, "passed"))) == ([], [])


def test_a_test_that_did_not_run_fails_and_is_named(tmp_path: Path) -> None:
    ran = dict.fromkeys(SUITE[1:], "passed")
    failures, _ = verdict(junit(tmp_path, ran))
    assert len(failures) == 1
    assert "1 of the 4 tests the suite collects did not run" in failures[0]
    assert "tests.test_a::test_one" in failures[0]


@pytest.mark.parametrize(
    ("outcome", "said"),
    [("skipped", "1 tests were skipped"), ("failure", "1 tests failed"), ("error", "failed")],
)
def test_a_skipped_or_failed_test_fails(tmp_path: Path, outcome: str, said: str) -> None:
    cases = dict.fromkeys(SUITE, "passed") | {SUITE[3]: outcome}
    failures, _ = verdict(junit(tmp_path, cases))
    assert len(failures) == 1
    assert said in failures[0]
    assert "tests.test_b.TestThing::test_three" in failures[0]


def test_a_test_the_collection_lacks_fails(tmp_path: Path) -> None:
    cases = dict.fromkeys((*SUITE, "tests/test_z.py::test_elsewhere"), "passed")
    failures, _ = verdict(junit(tmp_path, cases))
    assert len(failures) == 1
    assert "tests ran that the suite does not collect" in failures[0]


def test_no_report_at_all_fails(tmp_path: Path) -> None:
    failures, _ = verdict(junit(tmp_path, {}))
    assert "no test ran" in failures


def test_a_test_the_suites_own_configuration_drops_fails(tmp_path: Path) -> None:
    report = junit(tmp_path, dict.fromkeys(SUITE[1:], "passed"))
    failures, _ = problems(Collected(SUITE, SUITE[1:]), report, len(SUITE))
    assert any("the suite's own configuration leaves out 1" in failure for failure in failures)


def test_a_module_that_gave_no_test_fails(tmp_path: Path) -> None:
    report = junit(tmp_path, dict.fromkeys(SUITE, "passed"))
    files = ["tests/test_a.py", "tests/test_b.py", "tests/test_c.py"]
    failures, _ = problems(Collected(SUITE, SUITE), report, len(SUITE), files)
    assert len(failures) == 1
    assert "tests/test_c.py" in failures[0]


def test_the_minimum_is_a_floor_that_follows_the_suite(tmp_path: Path) -> None:
    names = tuple(f"tests/test_a.py::test_{number}" for number in range(100))
    report = junit(tmp_path, dict.fromkeys(names, "passed"))
    assert verdict(report, collected=names, minimum=100) == ([], [])
    failures, _ = verdict(report, collected=names, minimum=101)
    assert len(failures) == 1
    assert "fewer than the recorded minimum 101" in failures[0]
    # A little growth: a reminder; far more than the minimum: raise it first.
    failures, reminders = verdict(report, collected=names, minimum=95)
    assert not failures
    assert reminders == [
        "the suite collects 100 tests, the recorded minimum is 95: raise .ci/minimum-tests to 100"
    ]
    lowest = int(100 * (1 - MINIMUM_SLACK))
    assert not verdict(report, collected=names, minimum=lowest)[0]
    failures, _ = verdict(report, collected=names, minimum=lowest - 1)
    assert failures == [
        f"the recorded minimum {lowest - 1} (.ci/minimum-tests) is far below the 100 tests "
        "the suite collects: raise it to 100"
    ]


def test_the_committed_minimum_is_one_number() -> None:
    assert read_minimum(ROOT / ".ci" / "minimum-tests") > 1000
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/ci_count.py collect" in run
    assert "scripts/ci_count.py check" in run


# -- a real project, collected and run by real pytest ----------------------------------------

PROJECT = {
    "pyproject.toml": """
        [tool.pytest.ini_options]
        testpaths = ["tests"]
        addopts = "-p no:cacheprovider"
        """,
    "tests/test_a.py": """
        import pytest

        def test_plain():
            pass

        @pytest.mark.parametrize("value", ["a::b", "[x]", "한글", "tab\\tch", "\\x1b"])
        def test_values(value):
            pass

        class TestGroup:
            def test_in_class(self):
                pass
        """,
    "tests/sub/test_b.py": """
        def test_deeper():
            pass
        """,
}

DROPPING_CONFTEST = """
    def pytest_collection_modifyitems(items):
        items[:] = [item for item in items if item.name != "test_deeper"]
    """


def _project(root: Path) -> Path:
    for name, text in PROJECT.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def _environment(**extra: str) -> dict[str, str]:
    """This environment without pytest's variables (xdist's among them), ``extra`` added;
    the project's runs load no plugin they do not name (``-p xdist``), as they need none."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")}
    return env | {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"} | extra


def _run(root: Path, *command: str, **extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, *command],
        cwd=root,
        env=_environment(**extra),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _collect(root: Path, **extra: str) -> None:
    """The script's collection of the project, in a child process (``extra`` in its
    environment), written to ``collected.json``."""
    _run(root, str(SCRIPT), "collect", "collected.json", **extra)


def _ci(
    root: Path, capsys: pytest.CaptureFixture[str], *pytest_args: str, **extra: str
) -> tuple[int, str]:
    """Runs the project's tests as ``make pytest`` would (``extra`` in the environment),
    then the script's check of the report against the last collection: its exit status
    and what it printed."""
    (root / "junit.xml").unlink(missing_ok=True)
    _run(root, "-m", "pytest", "--junitxml=junit.xml", *pytest_args, **extra)
    capsys.readouterr()
    code = check(root / "junit.xml", root / "collected.json", root / "minimum", root)
    out, err = capsys.readouterr()
    return code, out + err


def test_a_real_run_passes_whole_and_fails_thinned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    (root / "minimum").write_text("# the floor\n8\n", encoding="utf-8")
    # -k in the environment: the collection does not read it.
    _collect(root, PYTEST_ADDOPTS="-k plain")
    code, said = _ci(root, capsys)
    assert code == 0, said
    assert "8 tests collected (minimum 8), 8 ran, 0 failed, 0 skipped" in said

    # A test deselected on the command line (make pytest PYTEST_ARGS=...).
    code, said = _ci(root, capsys, "--deselect", "tests/test_a.py::test_plain")
    assert code == 1
    assert "1 of the 8 tests the suite collects did not run" in said
    assert "tests.test_a::test_plain" in said

    # -k from the environment thins the run.
    code, said = _ci(root, capsys, PYTEST_ADDOPTS="-k 'not values'")
    assert code == 1
    assert "5 of the 8 tests the suite collects did not run" in said

    # A conftest dropping a test: the run and the collection both lack it.
    (root / "tests" / "conftest.py").write_text(textwrap.dedent(DROPPING_CONFTEST))
    _collect(root)
    code, said = _ci(root, capsys)
    assert code == 1
    assert "the suite's own configuration leaves out 1" in said
    assert "tests.sub.test_b::test_deeper" in said
    (root / "tests" / "conftest.py").unlink()

    # A module skipped whole at import gives no test.
    (root / "tests" / "test_gone.py").write_text(
        "import pytest\npytest.skip('not here', allow_module_level=True)\n"
    )
    _collect(root)
    code, said = _ci(root, capsys)
    assert code == 1
    assert "tests/test_gone.py" in said


def test_a_run_spread_over_processes_is_counted_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    (root / "minimum").write_text("8\n", encoding="utf-8")
    _collect(root)
    code, said = _ci(root, capsys, "-p", "xdist", "-n", "2")
    assert code == 0, said
    code, said = _ci(root, capsys, "-p", "xdist", "-n", "2", "-k", "TestGroup or deeper")
    assert code == 1
    assert "6 of the 8 tests" in said


WARNING_TESTS = """
    import warnings

    from PySide6.QtCore import qWarning


    def test_python_warning():
        warnings.warn("deprecated", DeprecationWarning)


    def test_qt_warning(qtbot):
        qWarning("QObject::connect: No such signal")


    def test_offscreen_has_no_window_manager(qtbot):
        qWarning("This plugin does not support raise()")
        qWarning("This plugin does not support propagateSizeHints()")
    """


def test_the_suites_configuration_fails_a_test_on_a_warning(tmp_path: Path) -> None:
    """A Python warning or a Qt one fails a test under the suite's own pytest settings
    (``pyproject.toml``), except the offscreen platform's listed ones."""
    (tmp_path / "test_warned.py").write_text(textwrap.dedent(WARNING_TESTS), encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")}
    done = subprocess.run(
        [
            sys.executable,
            *("-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA"),
            *("-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)),
            str(tmp_path / "test_warned.py"),
        ],
        cwd=tmp_path,
        env=env | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = {
        line.split(" ")[1].split("::")[-1]: line.split(" ")[0]
        for line in done.stdout.splitlines()
        if line.startswith(("PASSED ", "FAILED "))
    }
    assert summary == {
        "test_python_warning": "FAILED",
        "test_qt_warning": "FAILED",
        "test_offscreen_has_no_window_manager": "PASSED",
    }, done.stdout + done.stderr
