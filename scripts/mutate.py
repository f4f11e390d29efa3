"""Mutation testing of the modules that hold the rules (`make mutate`, CONTRIBUTING.md).

    make mutate                                   # every rule module, the 90 % threshold
    make mutate MUTATE_ARGS='--subset fast'       # masking and the month lock (make test)
    .venv/bin/python scripts/mutate.py [--subset NAME] [--keep] [--children N]

mutmut (3.x) changes the code one small step at a time (a ``<`` made ``<=``, a constant
changed, an argument dropped) and runs, for each such mutant, the fast-tier tests that
reached the mutated function when the tests ran once unchanged; a mutant some test fails on
is killed, one every test passes with survived. The share killed in each group of
``TARGETS`` must be at least ``THRESHOLD``.

The run happens in ``build/mutate/NAME/`` (a copy of the package, the tests and the folders
they read, with a ``pyproject.toml`` whose ``[tool.mutmut]`` is written here), so the
checkout itself is never touched and each subset keeps its own results. The survivors, with
the change that survived, are written to ``build/mutate/NAME/mutants.txt``; the score per
group is printed. Exit status 1 below the threshold.

A mutant that no test can kill because the change makes no difference (an equivalent
mutant) is marked in the source with ``# pragma: no mutate`` and a comment saying why.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

#: What each group of rules is, as globs of mutmut's mutant names: ``module.x_function``
#: for a function, ``module.xǁClassǁmethod`` for a method.
TARGETS: dict[str, tuple[str, ...]] = {
    # Masking of resident registration numbers in free text.
    "masking": ("deskapp.domain.privacy.*",),
    # A closed month refuses writes dated in it.
    "month lock": ("deskapp.services.rules.month_lock.*",),
    # Roles, permissions and the desk a counselor may write at.
    "access control": ("deskapp.domain.access.*",),
    # The statistics' definitions (domain) and the queries that count them (store).
    "statistics": ("deskapp.domain.stats.*", "deskapp.store.stats_queries.*"),
    # Closing and reopening a month, and what must be finished before.
    "month close": ("deskapp.services.month_close.*", "deskapp.services.rules.month_check.*"),
    # Voiding a record (with its reason, its history, its month check).
    "voiding": ("deskapp.services.records.xǁRecordServiceǁvoid__*",),
    # The unit of work: the transaction begun, the account confirmed in it.
    "unit of work": (
        "deskapp.store.database.x_confirm_account__*",
        "deskapp.store.database.xǁDatabaseǁ_begin__*",
    ),
    # Passwords, the lockout after failed attempts, the idle lock of a login session.
    "lockout": tuple(
        f"deskapp.services.accounts.{name}__*"
        for name in (
            "x_check_password_rules",
            "xǁAccountServiceǁauthenticate",
            "xǁAccountServiceǁ_check_password",
            "xǁAccountServiceǁ_lock_clock",
            "xǁAccountServiceǁ_verify",
            "xǁAccountServiceǁverify_password",
            "xǁAccountServiceǁlogout",
            "xǁAccountServiceǁlock_session",
            "xǁAccountServiceǁtouch",
            "xǁAccountServiceǁ_login_session",
            "xǁAccountServiceǁ_lock_admins",
        )
    ),
    # The import's checks: the file, a workbook imported twice, the references between
    # sheets; and the field rules every record command (form and workbook alike) applies.
    "import": (
        "deskapp.services.importer.xǁImportServiceǁ_check_file__*",
        "deskapp.services.importer.xǁImportServiceǁ_check_references__*",
        "deskapp.services.importer.x__refuse_if_imported__*",
        *(
            f"deskapp.domain.commands.{name}__*"
            for name in (
                "x_read_fields",
                "x_parse_field",
                "x_parse_yes_no",
                "x__month",
                "x_mask_free",
                "x_mask_value",
                "x_masked",
            )
        ),
    ),
}

#: A subset small enough for every `make test`: (groups, the test files that hold them).
SUBSETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fast": (
        ("masking", "month lock"),
        (
            "tests/test_resident_numbers.py",
            "tests/test_domain.py",
            "tests/test_month_lock.py",
        ),
    ),
}

#: The share of mutants each group's tests must kill.
THRESHOLD = 0.90

#: Test modules left out of the full run's tests: they read the source tree (which in the
#: run is mutmut's rewritten copy) and check its form, not a rule's behaviour.
NOT_RULE_TESTS = (
    "test_layers.py",
    "test_translations.py",
    "test_korean.py",
    "test_docs.py",
    "test_tiers.py",
    # It finds the month lock's callers by reading the source, whose functions mutmut renames.
    "test_closed_month_writes.py::test_every_keeper_of_the_month_lock_is_tried",
    # The bulk load's trigger bookkeeping and the workbook's XML reader: no rule module.
    "test_bulk.py",
    "test_xlsx_reader.py",
    # CI's own counting of the tests (it reads .ci/), no rule module.
    "test_ci_count.py",
)

#: What the tests read beside the package and the tests themselves.
COPIED = ("deskapp", "tests", "resources", "db", "bench", "docs", "README.md", "CONTRIBUTING.md")

#: mutmut's exit codes: a mutant detected (a test failed, or it ran into the time limit)…
DETECTED = {1: "killed", 3: "killed", 36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout"}
#: …and one not detected (0: every test passed; 5 and 33: no test reached it).
SURVIVED = {0: "survived", 5: "no tests", 33: "no tests"}


def modules(globs: tuple[str, ...]) -> list[str]:
    """The files holding the mutants ``globs`` name."""
    found = []
    for pattern in globs:
        dotted = pattern.rsplit(".", 1)[0]
        path = dotted.replace(".", "/") + ".py"
        if path not in found:
            found.append(path)
    return found


def mutmut_config(groups: tuple[str, ...], tests: tuple[str, ...] | None) -> str:
    """The ``[tool.mutmut]`` section for ``groups``; ``tests`` None means the fast tier."""
    files = sorted({path for group in groups for path in modules(TARGETS[group])})
    selection = list(tests) if tests else ["tests/"]
    for name in NOT_RULE_TESTS:
        if "::" in name:
            selection += ["--deselect", f"tests/{name}"]
        elif not tests:
            selection += ["--ignore", f"tests/{name}"]
    # pytest collects garbage three times as each session ends, to report exceptions raised
    # where nothing could catch them: a second per mutant, and nothing a rule depends on.
    extra = ["--fast", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:unraisableexception"]
    lines = [
        "[tool.mutmut]",
        'source_paths = ["deskapp/"]',
        f"only_mutate = {json.dumps(files)}",
        f"also_copy = {json.dumps([name for name in COPIED if name not in ('deskapp', 'tests')])}",
        f"pytest_add_cli_args = {json.dumps(extra)}",
        f"pytest_add_cli_args_test_selection = {json.dumps(selection)}",
        # A changed pyproject.toml must not throw the results away (this one is generated).
        'on_dependency_change = "ignore"',
        "use_git_change_detection = false",
    ]
    return "\n".join(lines) + "\n"


def prepare(work: Path, config: str, keep: bool) -> None:
    """The copy mutmut runs in; with ``keep``, the previous mutants and results stay (mutmut
    mutates again only what changed, but runs every named mutant again)."""
    if work.exists() and not keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source, target = ROOT / name, work / name
        if target.is_dir():
            shutil.rmtree(target)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (work / "pyproject.toml").write_text(pyproject + "\n" + config, encoding="utf-8")
    if keep:  # mutmut copies a source file only once: refresh those changed since
        for path in (work / "deskapp").rglob("*.py"):
            copied = work / "mutants" / path.relative_to(work)
            if copied.exists() and copied.stat().st_mtime < path.stat().st_mtime:
                copied.unlink()
        shutil.rmtree(work / "mutants" / "tests", ignore_errors=True)


def results(work: Path) -> dict[str, int | None]:
    """Every mutant's exit code by name (None: not run)."""
    found: dict[str, int | None] = {}
    for meta in (work / "mutants").rglob("*.py.meta"):
        found.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return found


def in_group(name: str, group: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in TARGETS[group])


def diffs(work: Path, names: list[str]) -> dict[str, str]:
    """The change each mutant makes, as mutmut shows it."""
    if not names:
        return {}
    code = (
        "import json, sys\n"
        "from mutmut.mutation.diff_apply import get_diff_for_mutant\n"
        "print(json.dumps({n: get_diff_for_mutant(n) for n in sys.argv[1:]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *names],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    shown: dict[str, str] = json.loads(done.stdout)
    return shown


def report(work: Path, groups: tuple[str, ...]) -> bool:
    """Print the score per group, write the survivors; True when every group reaches the
    threshold."""
    codes = results(work)
    survivors: list[str] = []
    unrun: list[str] = []
    passed = True
    total_killed = total = 0
    print(f"{'group':<16}{'mutants':>8}{'killed':>8}{'timeout':>8}{'survived':>9}{'score':>8}")
    for group in groups:
        names = sorted(n for n in codes if in_group(n, group))
        detected = [n for n in names if codes[n] in DETECTED]
        timeouts = [n for n in detected if DETECTED[codes[n] or 0] == "timeout"]
        missed = [n for n in names if n not in detected and codes[n] is not None]
        unrun += [n for n in names if codes[n] is None]
        survivors += missed
        counted = len(detected) + len(missed)
        score = len(detected) / counted if counted else 0.0
        passed = passed and counted > 0 and score >= THRESHOLD
        total_killed, total = total_killed + len(detected), total + counted
        print(
            f"{group:<16}{counted:>8}{len(detected) - len(timeouts):>8}{len(timeouts):>8}"
            f"{len(missed):>9}{score:>8.1%}"
        )
    if total:
        print(
            f"{'all':<16}{total:>8}{total_killed:>8}{'':>8}{total - total_killed:>9}"
            f"{total_killed / total:>8.1%}"
        )
    shown = diffs(work, survivors)
    lines = [f"# {len(survivors)} surviving mutants (threshold {THRESHOLD:.0%} killed per group)"]
    for name in survivors:
        status = SURVIVED.get(codes[name] or 0, f"exit code {codes[name]}")
        lines += ["", f"## {name}: {status}", shown.get(name, "").rstrip()]
    out = work / "mutants.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"survivors: {out.relative_to(ROOT)}")
    if unrun:
        print(f"{len(unrun)} mutants were not run (the run was interrupted?)")
        passed = False
    if not passed:
        print(f"mutate: below {THRESHOLD:.0%} killed in a group (or nothing run)")
    return passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subset", choices=sorted(SUBSETS), help="a few groups, quickly")
    parser.add_argument("--group", action="append", choices=sorted(TARGETS), help="only these")
    parser.add_argument("--keep", action="store_true", help="reuse the previous run's mutants")
    parser.add_argument("--report", action="store_true", help="only report the last run")
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    if args.subset:
        groups, tests = SUBSETS[args.subset]
        name: str = args.subset
    else:
        groups, tests, name = tuple(TARGETS), None, "all"
    if args.group:
        groups = tuple(args.group)
    work = ROOT / "build" / "mutate" / name
    if not args.report:
        prepare(work, mutmut_config(groups, tests), keep=args.keep)
        globs = [pattern for group in groups for pattern in TARGETS[group]]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        log = work / "mutmut.log"
        print(
            f"mutmut runs in {work.relative_to(ROOT)} (follow it: tail -f {log.relative_to(ROOT)})"
        )
        with log.open("w", encoding="utf-8") as out:
            run = subprocess.run(
                [str(BIN / "mutmut"), "run", "--max-children", str(args.children), *globs],
                cwd=work,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            )
        print(f"mutmut ran {time.monotonic() - started:.0f} s")
        if run.returncode != 0:
            print(log.read_text(encoding="utf-8")[-3000:])
            return run.returncode
    return 0 if report(work, groups) else 1


if __name__ == "__main__":
    sys.exit(main())
