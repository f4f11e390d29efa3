"""Shared fixtures: real databases (SQLite files in tmp_path, and a PostgreSQL server),
workspaces and actors of each role; and the fast tier (``pytest --fast``).

Qt runs offscreen: without a display, Qt would abort the test process.

The fast tier is the domain and service tests on SQLite, in under a minute. Each test is
marked by rules: ``postgresql`` (its ``db_url`` is a server, or it asks for ``pg_server`` or
``shared``), ``widget`` (it asks for ``qtbot`` or ``boxes``) or ``slow`` (marked so, or
named in ``SLOW``: what starts a process, builds something large, runs the command line,
or was measured slow); ``--fast`` leaves out what is marked. Under ``--fast`` a test that
starts a process or uses more than ``FAST_CPU_LIMIT`` of CPU fails and says to add it to
``SLOW``, so the tier stays fast. ``make test`` runs every test.
"""

from __future__ import annotations

import atexit
import io
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import psycopg
import pytest
from argon2 import PasswordHasher
from pgserver import drop_database, new_database, postgres_server
from PySide6.QtCore import QTranslator
from sqlalchemy import text

from deskapp import i18n
from deskapp.app import install_translators
from deskapp.cli import main as cli_main
from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    seeker_command,
)
from deskapp.domain.records import Role, Verification
from deskapp.services.rules.records import Saved
from deskapp.services.workspace import Workspace
from deskapp.ui.collector import GuiThreadCollector
from deskapp.ui.collector import install as install_collector

if TYPE_CHECKING:
    from pg_roles import Shared

#: The widget tests' shared fixture (``boxes``) and helpers.
pytest_plugins = ("qt_support",)

PASSWORD = "test-pass-1"
TODAY = date(2018, 10, 30)
BACKENDS = ("sqlite", "postgresql")

#: What the ``initialized`` fixture gives: ``initialized(FILE, ADMIN)``.
Initialize = Callable[[str | Path, str], None]

#: The markers that ``--fast`` leaves out (registered in pyproject.toml).
LEFT_OUT_OF_FAST = ("postgresql", "widget", "slow")

#: The tests that no fixture gives away as slow, left out of the fast tier. A module name
#: takes all its tests, ``module::test`` every parametrization of one, ``module::test[id]``
#: one. ``tests/test_tiers.py`` fails for a name that matches no test.
SLOW = frozenset(
    {
        # They start processes: the command line as a program, concurrent writers,
        # a killed import or demo, git, a nested pytest, the screenshots script.
        "test_ci_count.py::test_a_real_run_passes_whole_and_fails_thinned",
        "test_ci_count.py::test_a_run_spread_over_processes_is_counted_whole",
        "test_ci_count.py::test_the_suites_configuration_fails_a_test_on_a_warning",
        "test_crash_and_concurrency.py",
        "test_demo_whole.py",
        "test_docs.py",
        "test_installed_wheel.py",  # builds and installs a wheel
        "test_launch.py::test_the_log_in_dialog_is_painted_before_the_heavy_modules_load",
        "test_trail.py",
        "test_backup_check.py::test_a_backup_cut_off_by_a_full_disk_is_neither_listed_nor_left",
        "test_cli.py::test_the_installed_command_runs_as_a_process",
        "test_input_edges.py::test_the_same_file_imported_by_two_processes_at_once_is_imported_once",
        "test_suite_setup.py::test_plain_pytest_collects_from_the_root",
        # a workbook whose cell lies outside calamine's block, read by a child process
        "test_xlsx_reader.py::test_a_cell_outside_calamines_block_is_read_by_the_streaming_reader",
        # every field a refusal can name, each refusal made in English and Korean
        "test_translations.py::test_every_field_a_refusal_names_has_an_english_name",
        # pyside6-lupdate over the whole package; and a scan of every source's literals
        "test_translations.py::test_the_catalogue_is_in_step_with_the_source",
        "test_translations.py::test_no_user_visible_korean_is_written_outside_the_catalogue",
        "test_tiers.py",
        "test_ui_qt_korean.py::test_no_display_names_a_command_that_exists",
        # They build large workbooks or databases: the 2018 seed, fuzzing, xlsx bombs,
        # demos, damaged files.
        "test_damaged_file.py",
        "test_demo.py",
        "test_import_fuzz.py",
        "test_import_limits.py",
        "test_import_write.py",  # two databases per test; the import as a process
        "test_seed_table.py",
        # Property-based tests (Hypothesis): a hundred made-up inputs per rule.
        "test_properties_input.py",
        "test_properties_records.py",
        "test_bulk.py::test_a_demo_loaded_in_bulk_has_the_figures_counted_record_by_record",
        # Every search compared with a scan of every record, over a few hundred texts.
        "test_search_keys.py::test_search_from_the_keys_ranks_as_a_scan_of_every_record",
        "test_search_keys.py::test_digits_too_rare_among_the_newest_are_found_in_the_phones_pieces",
        "test_search_keys.py::test_employer_and_opening_lists_from_the_keys_filter_as_a_scan",
        # The command line in-process (each makes its database with ``deskapp init``: every
        # migration) and the reports' workbooks.
        "test_cli.py",
        "test_cli_edit.py",
        "test_events_import.py",
        "test_occupations_load.py",
        # Over 0.4 s of CPU each on the 2-core development machine (``pytest --fast
        # --junitxml`` records each test's CPU time as the property ``cpu``): the
        # statistics reports and their drill-downs, backups and restores, month close.
        "test_breakdown.py",
        "test_closed_month_writes.py::test_a_closed_month_refuses_the_write_and_writes_nothing",
        "test_closed_month_writes.py::test_the_closed_months_table_shows_its_frozen_figures_whatever_its_records_became",
        "test_performance.py",
        "test_retention.py",
        "test_review.py",
        "test_stats_workbooks.py",
        "test_access_control.py::test_command_line_users_lockout_and_audit",
        "test_access_control.py::test_failed_log_ins_are_logged_and_lock_the_account",
        "test_access_control.py::test_retention_purge_anonymizes_and_leaves_every_statistic_unchanged",
        "test_account_recheck.py::test_a_counselor_moved_to_another_desk_acts_as_the_new_one_only_after_logging_in_again",
        "test_accounts_safety.py::test_twelve_wrong_passwords_at_once_lock_the_account_at_the_fifth",
        "test_accounts_safety.py::test_two_administrators_demoting_each_other_at_once_leave_one",
        "test_backup_check.py::test_a_backup_restores_to_identical_statistics",
        "test_backup_check.py::test_a_copy_from_before_the_chain_is_restored_keeping_todays_log",
        "test_backup_check.py::test_a_restore_carries_forward_the_logs_written_after_the_copy",
        "test_backup_check.py::test_a_restore_refuses_another_databases_copy_and_a_log_that_went_its_own_way",
        "test_backup_check.py::test_backup_and_restore_on_the_command_line",
        "test_backup_check.py::test_backups_of_two_databases_in_one_folder_do_not_mix",
        "test_backup_check.py::test_check_finds_a_stale_index_and_a_dangling_reference",
        "test_browse.py::test_lists_are_ids_then_rows_with_personal_data_masked",
        "test_corrections.py::test_employers_openings_sessions_referrals_and_placements_are_corrected",
        "test_corrections.py::test_filled_openings_and_those_past_their_closing_day_are_due_to_close",
        "test_corrections.py::test_statistics_follow_desk_and_date_corrections",
        "test_events.py::test_a_hire_at_an_event_is_one_placement_at_its_desk_and_date",
        "test_events.py::test_every_number_of_the_report_has_the_people_and_employers_behind_it",
        "test_events.py::test_the_events_workbook_imports_on_either_database",
        "test_events.py::test_the_report_groups_by_venue_type_as_the_seeds_small_days_table",
        "test_events.py::test_two_records_at_one_event_are_not_merged_until_one_is_voided",
        "test_input_edges.py::test_a_period_beyond_any_record_is_bad_input",
        "test_input_edges.py::test_both_ends_of_a_period_are_told_at_once",
        "test_layers.py::test_each_layer_imports_only_from_the_layers_above_it[deskapp/ui]",
        "test_month_close_race.py::test_check_reports_a_closed_month_whose_records_moved",
        "test_month_close_race.py::test_writes_racing_a_close_never_land_behind_it",
        "test_month_preflight.py::test_close_on_the_command_line_needs_force_while_anything_is_unfinished",
        "test_month_preflight.py::test_each_unfinished_item_is_listed_and_goes_when_done",
        "test_outreach.py::test_an_employer_is_found_once_from_its_live_contacts",
        "test_outreach.py::test_hires_against_an_agreement",
        "test_outreach.py::test_monthly_workbook_has_the_outreach_sheet",
        "test_private_files.py::test_the_database_its_wal_backups_and_logs_are_owner_only",
        "test_programmes.py::test_cli_camp_report_is_of_the_camp_unless_told",
        "test_programmes.py::test_cli_programmes_exit_codes",
        "test_programmes.py::test_cli_programmes_prints_both_reports",
        "test_programmes.py::test_the_camp_report_reproduces_the_seeds_table",
        "test_store.py::test_a_database_made_at_revision_0001_is_upgraded_with_its_records",
        "test_store.py::test_revisions_go_down_and_up_again_keeping_the_daily_count_triggers",
        "test_vanished_file.py::test_a_file_replaced_by_another_stops_the_next_save",
        "test_void_each_kind.py::test_a_voided_record_stops_counting_in_the_table_the_series_and_the_drill_down",
        # Faults in the write phase: every statement of a unit failing in turn, and an
        # import failing at each table (the commit's and a unit's table faults stay fast).
        "test_write_faults.py::test_a_unit_of_work_failing_at_any_statement_writes_nothing",
        "test_write_faults.py::test_an_import_failing_at_any_statement_of_its_write_writes_nothing",
        "test_write_faults.py::test_an_import_whose_write_of_a_table_fails_writes_nothing",
    }
)

#: A test of the fast tier that uses more CPU than this fails, saying to add it to
#: ``SLOW`` (three times the 0.4 s the list was drawn at: room for a slower machine).
FAST_CPU_LIMIT = 1.2


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fast",
        action="store_true",
        default=False,
        help="the fast tier: leave out the tests marked postgresql, widget or slow "
        "(see CONTRIBUTING.md); without it every test runs",
    )


def slow_names(item: pytest.Item) -> tuple[str, str, str]:
    """The names by which ``SLOW`` may list ``item``: its module, its function, itself."""
    module = item.path.name
    return module, f"{module}::{getattr(item, 'originalname', item.name)}", f"{module}::{item.name}"


@pytest.hookimpl(tryfirst=True)  # before pytest reads the base of tmp_path
def pytest_configure(config: pytest.Config) -> None:
    """The fast tier keeps its files in memory (/dev/shm, where there is one): the same
    files and code, without waiting for the disk."""
    memory = Path("/dev/shm")
    if config.getoption("fast") and config.option.basetemp is None and memory.is_dir():
        base = tempfile.mkdtemp(prefix="deskapp-fast-", dir=memory)
        config.option.basetemp = base
        config.add_cleanup(lambda: shutil.rmtree(base, ignore_errors=True))


def tier_marks(item: pytest.Item) -> list[str]:
    """The markers of ``LEFT_OUT_OF_FAST`` that ``item`` earns by the rules above."""
    fixtures = set(getattr(item, "fixturenames", ()))
    callspec = getattr(item, "callspec", None)
    params: dict[str, object] = callspec.params if callspec is not None else {}
    marks = []
    if params.get("db_url") == "postgresql" or fixtures & {"pg_server", "shared"}:
        marks.append("postgresql")
    if fixtures & {"qtbot", "boxes"}:
        marks.append("widget")
    if item.get_closest_marker("slow") or set(slow_names(item)) & SLOW:
        marks.append("slow")
    return marks


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The fast tier does not even import a module that ``SLOW`` names whole."""
    if config.getoption("fast") and collection_path.name in SLOW:
        return True
    return None


@pytest.hookimpl(tryfirst=True)  # before ``-m`` reads the markers
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept: list[pytest.Item] = []
    left: list[pytest.Item] = []
    for item in items:
        marks = tier_marks(item)
        for mark in marks:
            if item.get_closest_marker(mark) is None:
                item.add_marker(mark)
        (left if marks else kept).append(item)
    if config.getoption("fast") and left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(autouse=True)
def _fast_tier_stays_fast(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Under ``--fast``, a test that starts a process or uses more than ``FAST_CPU_LIMIT``
    of CPU (its fixtures' setting up and tearing down included) fails: it belongs in
    ``SLOW``. Each test's CPU time is recorded as the property ``cpu`` (``--junitxml``)."""
    if not request.config.getoption("fast"):
        yield
        return

    def refuse(*_args: object, **_kwargs: object) -> None:
        pytest.fail(
            f"{request.node.nodeid} starts a process: the fast tier starts none. "
            "Add it to SLOW in tests/conftest.py (it still runs in make test)."
        )

    monkeypatch.setattr(subprocess.Popen, "_execute_child", refuse)
    if "workspace" in request.fixturenames:  # made once for the session: not this test's
        request.getfixturevalue("_sqlite_made")
    started = time.process_time()
    yield
    used = time.process_time() - started
    request.node.user_properties.append(("cpu", f"{used:.3f}"))
    if used > FAST_CPU_LIMIT and not MUTATING:  # mutmut's tracing is slower; it has timeouts
        pytest.fail(
            f"{request.node.nodeid} used {used:.1f} s of CPU, over the fast tier's "
            f"{FAST_CPU_LIMIT} s: add it to SLOW in tests/conftest.py (make test runs it)."
        )


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and DESKAPP_* settings."""
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_PASSWORD", raising=False)
    monkeypatch.delenv("DESKAPP_LANG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))


#: The argon2 hashes made and the (hash, password) pairs verified in this process.
_ARGON2_DONE: tuple[dict[tuple[object, ...], str], set[tuple[str | bytes, str | bytes]]] = (
    {},
    set(),
)


@pytest.fixture(scope="session", autouse=True)
def _argon2_work_done_once() -> Iterator[None]:
    """argon2id is slow on purpose (a tenth of a second or more for each hash and each check)
    and the suite's accounts nearly all have one password. So in the test process each
    password is hashed once (a real argon2id hash with its random salt, which every account
    given that password then shares), and a hash and password that verified once verify again
    without the work again: ``verify`` is a function of the two alone. A wrong password is
    checked in full every time; processes the tests start do all the work. (Kept for the
    process, not the session: under ``make mutate`` each mutant is a session of its own.)"""
    hashed, verified = _ARGON2_DONE
    real_hash, real_verify = PasswordHasher.hash, PasswordHasher.verify

    def hash_once(self: PasswordHasher, password: str | bytes, *, salt: bytes | None = None) -> str:
        if salt is not None:
            return real_hash(self, password, salt=salt)
        key = (password, self.time_cost, self.memory_cost, self.parallelism, self.type)
        if key not in hashed:
            hashed[key] = real_hash(self, password)
        return hashed[key]

    def verify_once(
        self: PasswordHasher, hash: str | bytes, password: str | bytes
    ) -> Literal[True]:
        if (hash, password) not in verified:
            real_verify(self, hash, password)  # raises for a wrong password
            verified.add((hash, password))
        return True

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PasswordHasher, "hash", hash_once)
        patch.setattr(PasswordHasher, "verify", verify_once)
        yield


@pytest.fixture(scope="session")
def _collector(qapp: Any) -> GuiThreadCollector:
    """As in the application: Python's cycle collector runs on the GUI thread only."""
    return install_collector(qapp)


@pytest.fixture(scope="session")
def _korean(qapp: Any) -> list[QTranslator]:
    """As a desk PC starts: the window and the layers below it speak Korean."""
    return install_translators(qapp, "ko")


@pytest.fixture(autouse=True)
def _collect_between_tests(
    _collector: GuiThreadCollector, _korean: list[QTranslator]
) -> Iterator[None]:
    """Korean for each test (one that switches to English is switched back); and the
    service tests run no event loop for the collector's timer: collect after each."""
    i18n.set_language("ko")
    yield
    i18n.set_language("ko")
    _collector.check()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One PostgreSQL server for the whole session (see tests/pgserver.py)."""
    with postgres_server() as server:
        yield server


@pytest.fixture
def shared(pg_server: str) -> Iterator[Shared]:
    """A database set up for shared mode (tests/pg_roles.py): owner, desks' role,
    administrator's role."""
    from pg_roles import drop_shared, new_shared  # it imports this module

    made = new_shared(pg_server)
    yield made
    drop_shared(made)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new database: a SQLite file, then a PostgreSQL database (each test runs twice).
    Empty, unless the test asks for ``workspace``: then it is a copy of the database that
    ``Workspace.create`` made once for the session (see ``workspace``)."""
    made = "workspace" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "desk.sqlite3"
        if made:
            shutil.copy2(request.getfixturevalue("_sqlite_made"), path)  # mode kept: 0600
            _new_identity(str(path))
        yield str(path)
        return
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("_postgresql_made") if made else None
    url, name = new_database(server, template=template)
    if made:
        _new_identity(url)
    yield url
    drop_database(server, name)


def _new_identity(db: str) -> None:
    """A copy of the made database gets an identity of its own (``database_info.uid``, by
    which backups are named and checked), as ``Workspace.create`` gives each database."""
    uid = uuid.uuid4().hex
    if db.startswith("postgresql"):
        with psycopg.connect(db.replace("postgresql+psycopg", "postgresql")) as connection:
            connection.execute("UPDATE database_info SET uid = %s WHERE id = 1", (uid,))
        return
    copy = sqlite3.connect(db)
    try:
        with copy:
            copy.execute("UPDATE database_info SET uid = ? WHERE id = 1", (uid,))
    finally:
        copy.close()


def _made(db: str) -> None:
    """A database as ``Workspace.create`` leaves it: migrated, with one administrator (named
    in Korean, as the tests speak)."""
    spoken = i18n.language()
    i18n.set_language("ko")
    try:
        created, _ = Workspace.create(db, "admin", PASSWORD)
        created.close()
    finally:
        i18n.set_language(spoken)


#: Under mutmut (``make mutate``, scripts/mutate.py) every mutant is a pytest session in a
#: process forked from the one that ran the tests first; the SQLite database that
#: ``Workspace.create`` makes is made there once for all of them (a second per mutant less).
MUTATING = "MUTANT_UNDER_TEST" in os.environ
_MADE_FOR_MUTANTS: list[Path] = []


def _memory_or_none() -> str | None:
    return "/dev/shm" if Path("/dev/shm").is_dir() else None


@pytest.fixture(scope="session")
def _sqlite_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database as ``Workspace.create`` leaves it, made once for the session:
    creating one (every migration) takes about a second, copying it a millisecond."""
    if MUTATING and _MADE_FOR_MUTANTS:
        return _MADE_FOR_MUTANTS[0]
    made = tmp_path_factory.mktemp("made") / "desk.sqlite3"
    if MUTATING:  # outside the session's folder, which goes with the session
        made = Path(tempfile.mkdtemp(prefix="deskapp-made-", dir=_memory_or_none())) / made.name
        atexit.register(shutil.rmtree, made.parent, True)
        _MADE_FOR_MUTANTS.append(made)
    _made(str(made))
    leftovers = sorted(p.name for p in made.parent.iterdir() if p != made)
    assert leftovers == [], f"closing left {leftovers}: a copy of the file alone would lose them"
    return made


@pytest.fixture(scope="session")
def _postgresql_made(pg_server: str) -> str:
    """The name of a PostgreSQL database as ``Workspace.create`` leaves it, made once for the
    session; each test's database is ``CREATE DATABASE ... TEMPLATE`` it (no connection to
    it stays open, which a template needs)."""
    url, name = new_database(pg_server)
    _made(url)
    return name


@pytest.fixture(scope="session")
def _made_by_init(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The SQLite file ``deskapp init --db FILE --admin ADMIN`` makes (password ``PASSWORD``,
    in Korean), made once for the session for each ``ADMIN``."""
    made: dict[str, Path] = {}

    def made_for(admin: str) -> Path:
        if admin not in made:
            path = tmp_path_factory.mktemp("init") / "desk.sqlite3"
            out, err = io.StringIO(), io.StringIO()
            spoken = i18n.language()
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("DESKAPP_PASSWORD", PASSWORD)
                i18n.set_language("ko")
                try:
                    code = cli_main(["init", "--db", str(path), "--admin", admin], out, err)
                finally:
                    i18n.set_language(spoken)
            assert (code, err.getvalue()) == (0, ""), err.getvalue()
            leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
            assert leftovers == [], f"init left {leftovers}: a copy of the file alone loses them"
            made[admin] = path
        return made[admin]

    return made_for


@pytest.fixture
def initialized(_made_by_init: Callable[[str], Path]) -> Initialize:
    """``initialized(FILE, ADMIN)`` leaves at ``FILE`` what ``deskapp init --db FILE --admin
    ADMIN`` would (with ``DESKAPP_PASSWORD`` set to ``PASSWORD``): a copy of the file the
    command made once for the session, with an identity of its own. For tests that are not
    about ``init``; those that are run the command."""

    def initialize(path: str | Path, admin: str) -> None:
        shutil.copy2(_made_by_init(admin), path)  # mode kept: 0600
        _new_identity(str(path))

    return initialize


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    """A new database with an administrator, dated as of the seed's reference day, on SQLite
    and on PostgreSQL: ``db_url`` is a copy of a database made once by the same
    ``Workspace.create`` (tests of creating and migrating a database make their own)."""
    opened = Workspace.open(db_url, today=TODAY)
    yield opened
    opened.close()


#: For tests about the SQLite file itself (its bytes, WAL, backups): SQLite only.
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def rows(workspace: Workspace, sql: str) -> list[tuple[object, ...]]:
    """Rows of a raw query on either database, dates as ISO text and booleans as 0/1."""
    with workspace.db.engine.connect() as connection:
        result = connection.execute(text(sql)).all()
    return [tuple(_plain(v) for v in row) for row in result]


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


@pytest.fixture
def admin(workspace: Workspace) -> Actor:
    return workspace.accounts.authenticate("admin", PASSWORD)


@pytest.fixture
def team_lead(workspace: Workspace, admin: Actor) -> Actor:
    return workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)


def counselor_at(workspace: Workspace, admin: Actor, desk: str) -> Actor:
    """A counselor account at ``desk``."""
    return workspace.accounts.create_user(
        admin, f"c-{desk}", PASSWORD, Role.COUNSELOR, desk=desk, display_name=f"{desk} 상담사"
    )


def add_seeker(workspace: Workspace, actor: Actor, name: str, day: str, **extra: object) -> Saved:
    """A seeker registered by ``actor`` (with consent) from the form's values; ``extra``:
    more fields by their headings. The Saved gives the id and the 구직자번호."""
    command = seeker_command({"성명": name, "등록일": day, **extra}, workspace.records.today())
    return workspace.records.register_seeker(actor, replace(command, consented=True))


def new_seeker(workspace: Workspace, actor: Actor, name: str, day: str, **extra: object) -> int:
    """The id of a seeker registered by ``actor`` (see ``add_seeker``)."""
    return add_seeker(workspace, actor, name, day, **extra).id


def placed_year(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """Placements of 2018 at two desks: the counselors (``plus``, ``gvalley``) and the
    seekers ``twice`` (placed twice, contacted first) and ``once`` (after a referral)."""
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    twice = add_seeker(workspace, plus, "이두번", "2018-03-02")
    once = add_seeker(workspace, plus, "박한번", "2018-03-02")
    other = add_seeker(workspace, gvalley, "최지밸리", "2018-03-05")
    records = workspace.records
    records.log_session(plus, LogSession(twice.number, date(2018, 3, 3)))
    employer = records.register_employer(plus, RegisterEmployer("(주)가산")).number
    opening = records.register_opening(
        plus, RegisterOpening(employer, "경비", headcount=2, registered_on=date(2018, 3, 1))
    ).number
    referral = records.refer(plus, Refer(once.number, opening, date(2018, 3, 4))).id
    records.record_placement(
        plus, RecordPlacement(twice.number, date(2018, 4, 1), verification=Verification.CONTRACT)
    )
    records.record_placement(plus, RecordPlacement(twice.number, date(2018, 6, 1)))
    records.record_placement(
        plus,
        RecordPlacement(
            once.number,
            date(2018, 4, 10),
            referral_id=referral,
            verification=Verification.INSURANCE,
        ),
    )
    records.log_session(gvalley, LogSession(other.number, date(2018, 3, 6)))
    records.record_placement(gvalley, RecordPlacement(other.number, date(2018, 5, 1)))
    return {"plus": plus, "gvalley": gvalley, "twice": twice.id, "once": once.id}


@pytest.fixture
def counselor(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "plus")


@pytest.fixture
def plus(workspace: Workspace, admin: Actor) -> Actor:
    """A counselor of 일자리플러스센터 (as ``counselor``, named by the desk)."""
    return counselor_at(workspace, admin, "plus")
