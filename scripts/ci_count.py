"""CI's count of the tests: every test the suite collects must have run, none skipped.

``.ci/run`` runs ``make test`` (which writes ``build/junit.xml``), then this script twice:

``collect OUT``
    collects the suite in this process, with none of the options that choose tests
    (``PYTEST_ADDOPTS``, ``PYTEST_PLUGINS`` and the cache's ``--lf`` are set aside), and
    writes to ``OUT`` (JSON) the node id of every test collected, as the collection made
    them before any ``pytest_collection_modifyitems`` hook ran, and as they were after all
    of them. A test the suite's own configuration (``addopts``, a conftest, a plugin)
    drops is a failure here already.
``check JUNIT COLLECTED MINIMUM``
    compares the JUnit report of the run with that collection: every test collected ran
    (a ``-k``, ``-m``, ``--deselect``, ``--lf`` or ``-x`` leaves some out), none was
    skipped, none failed, no test ran that the collection lacks; every ``test_*.py``
    under ``tests/`` gave at least one test; and the collection holds at least the
    recorded minimum (``.ci/minimum-tests``), which must stay within
    ``MINIMUM_SLACK`` of it: a minimum far below the suite guards nothing, so CI fails
    until it is raised (and reminds at ``REMIND_OVER``).

The run and the collection are compared by name, as pytest's JUnit report names a test
(``classname`` and ``name``), so the message says which tests did not run.
"""

from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: The environment that would change which tests pytest collects: set aside for the
#: collection (``.ci/run`` unsets every ``PYTEST_*`` for ``make test`` too).
THINNING_ENVIRONMENT = ("PYTEST_ADDOPTS", "PYTEST_PLUGINS")

#: The recorded minimum may lie this far below what the suite collects (a fraction of it).
MINIMUM_SLACK = 0.10
#: Above this (a fraction of the minimum), CI passes but says to raise the minimum.
REMIND_OVER = 0.03

#: How many names a message lists before "and N more".
LISTED = 20


def junit_name(nodeid: str) -> tuple[str, str]:
    """The ``(classname, name)`` under which pytest's JUnit report files ``nodeid``:
    ``tests/test_x.py::Class::test_y[1]`` is ``("tests.test_x.Class", "test_y[1]")``."""
    path, bracket, params = nodeid.partition("[")
    names = path.split("::")
    names[0] = re.sub(r"\.py$", "", names[0].replace("/", "."))
    names[-1] += bracket + params
    return ".".join(names[:-1]), _xml_text(names[-1])


def _xml_text(text: str) -> str:
    """``text`` as pytest's JUnit report writes it: characters XML cannot hold as ``#xNN``."""
    return re.sub(
        "[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]",
        lambda match: f"#x{ord(match.group()):02X}",
        text,
    )


@dataclass(frozen=True)
class Collected:
    """What the suite collects: its tests before and after the collection hooks."""

    before: tuple[str, ...]
    after: tuple[str, ...]

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"before": self.before, "after": self.after}, indent=0)
        path.write_text(text + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Collected:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(before=tuple(data["before"]), after=tuple(data["after"]))


@dataclass
class Report:
    """The tests a JUnit report holds, by ``(classname, name)``."""

    passed: set[tuple[str, str]] = field(default_factory=set)
    failed: set[tuple[str, str]] = field(default_factory=set)
    skipped: set[tuple[str, str]] = field(default_factory=set)

    @property
    def ran(self) -> set[tuple[str, str]]:
        return self.passed | self.failed

    @classmethod
    def read(cls, path: Path) -> Report:
        report = cls()
        for case in ET.parse(path).getroot().iter("testcase"):
            name = (case.get("classname", ""), case.get("name", ""))
            kinds = {child.tag for child in case}
            if kinds & {"failure", "error"}:
                report.failed.add(name)
            elif "skipped" in kinds:
                report.skipped.add(name)
            else:
                report.passed.add(name)
        # A test that passed and then failed in its teardown is filed twice.
        report.passed -= report.failed
        report.skipped -= report.failed
        return report


def _listed(names: Iterable[tuple[str, str]]) -> str:
    shown = sorted(f"{classname}::{name}" for classname, name in names)
    lines = [f"    {name}" for name in shown[:LISTED]]
    if len(shown) > LISTED:
        lines.append(f"    ... and {len(shown) - LISTED} more")
    return "\n".join(lines)


def problems(
    collected: Collected,
    report: Report,
    minimum: int,
    test_files: Iterable[str] = (),
) -> tuple[list[str], list[str]]:
    """What fails CI, and what it only reminds of, comparing the run with the collection.

    ``test_files`` are the test modules on disk (``tests/test_x.py``, relative to the root):
    each must have given a test."""
    failures: list[str] = []
    reminders: list[str] = []
    dropped = set(collected.before) - set(collected.after)
    if dropped:
        failures.append(
            f"the suite's own configuration leaves out {len(dropped)} of the tests it "
            "collects (addopts in pyproject.toml, a conftest or a plugin deselecting):\n"
            + _listed(junit_name(nodeid) for nodeid in dropped)
        )
    suite = {junit_name(nodeid) for nodeid in collected.before}
    total = len(suite)
    if not report.ran and not report.skipped:
        failures.append("no test ran")
    missing = suite - report.ran - report.skipped - report.failed
    if missing:
        failures.append(
            f"{len(missing)} of the {total} tests the suite collects did not run "
            "(deselected, or the run stopped early):\n" + _listed(missing)
        )
    unknown = (report.ran | report.skipped) - suite
    if unknown:
        failures.append(
            f"{len(unknown)} tests ran that the suite does not collect "
            "(the run was given other paths or options):\n" + _listed(unknown)
        )
    if report.skipped:
        failures.append(
            f"{len(report.skipped)} tests were skipped; every test must run:\n"
            + _listed(report.skipped)
        )
    if report.failed:
        failures.append(f"{len(report.failed)} tests failed:\n" + _listed(report.failed))
    modules = {nodeid.split("::", 1)[0] for nodeid in collected.before}
    empty = sorted(set(test_files) - modules)
    if empty:
        failures.append(
            "test modules that gave no test (ignored, or skipped whole):\n"
            + "\n".join(f"    {name}" for name in empty)
        )
    if total < minimum:
        failures.append(
            f"the suite collects {total} tests, fewer than the recorded minimum {minimum} "
            "(.ci/minimum-tests): tests were lost; if they were removed on purpose, lower "
            "the minimum in the same commit and say why"
        )
    elif minimum < total * (1 - MINIMUM_SLACK):
        failures.append(
            f"the recorded minimum {minimum} (.ci/minimum-tests) is far below the {total} "
            f"tests the suite collects: raise it to {total}"
        )
    elif total > minimum * (1 + REMIND_OVER):
        reminders.append(
            f"the suite collects {total} tests, the recorded minimum is {minimum}: "
            f"raise .ci/minimum-tests to {total}"
        )
    return failures, reminders


def read_minimum(path: Path) -> int:
    """The number in ``path``: its one line that is not blank or a ``#`` comment."""
    lines = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if len(lines) != 1 or not lines[0].isdigit():
        raise SystemExit(f"ci: {path} must hold one number (and # comments)")
    return int(lines[0])


def suite_modules(root: Path) -> list[str]:
    """The test modules under ``root/tests``, as paths relative to ``root``."""
    return sorted(path.relative_to(root).as_posix() for path in root.glob("tests/**/test_*.py"))


class Recorder:
    """A pytest plugin noting the tests collected before and after the collection hooks."""

    def __init__(self) -> None:
        self.before: list[str] = []
        self.after: list[str] = []

    # A wrapper, tried first: around every implementation, conftests' and pytest's own.
    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> Generator[None]:
        self.before = [item.nodeid for item in items]
        yield
        self.after = [item.nodeid for item in items]


def collect(out: Path) -> int:
    """Collects the suite of the current folder, in this process, without the options
    that choose tests; writes what it collected to ``out``."""
    for name in THINNING_ENVIRONMENT:
        os.environ.pop(name, None)
    recorder = Recorder()
    code = pytest.main(["--collect-only", "-qq", "-p", "no:cacheprovider"], plugins=[recorder])
    if code != 0:
        print(f"ci: collecting the suite failed (pytest exit code {code})", file=sys.stderr)
        return 1
    Collected(before=tuple(recorder.before), after=tuple(recorder.after)).write(out)
    return 0


def check(junit: Path, collected_file: Path, minimum_file: Path, root: Path) -> int:
    """Prints the verdict on a run; 1 when CI must fail."""
    collected = Collected.read(collected_file)
    try:
        report = Report.read(junit)
    except (OSError, ET.ParseError) as error:
        print(f"ci: no test report ({error}): no test ran", file=sys.stderr)
        return 1
    minimum = read_minimum(minimum_file)
    failures, reminders = problems(collected, report, minimum, suite_modules(root))
    print(
        f"ci: {len(set(collected.before))} tests collected (minimum {minimum}), "
        f"{len(report.ran)} ran, {len(report.failed)} failed, {len(report.skipped)} skipped"
    )
    for reminder in reminders:
        print(f"ci: note: {reminder}")
    for failure in failures:
        print(f"ci: FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: Sequence[str]) -> int:
    usage = "usage: ci_count.py collect OUT\n       ci_count.py check JUNIT COLLECTED MINIMUM"
    if len(argv) == 2 and argv[0] == "collect":
        return collect(Path(argv[1]))
    if len(argv) == 4 and argv[0] == "check":
        return check(Path(argv[1]), Path(argv[2]), Path(argv[3]), Path.cwd())
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
