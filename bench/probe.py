"""One measurement in a fresh process, printed as JSON (run by ``python -m bench``).

``python -m bench.probe KIND DB [ARGS...]``. Times are seconds from
``time.perf_counter``; ``start`` is taken before deskapp is imported, so
``imports`` is the cost of loading the application's modules.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

PASSWORD_ENV = "DESKAPP_PASSWORD"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _workspace(db: str):  # type: ignore[no-untyped-def]
    from deskapp.services.workspace import Workspace

    return Workspace.open(db)


def _is_url(db: str) -> bool:
    return "://" in db


class _Hand:
    """Hand-written SQL sent straight through the driver (sqlite3, or psycopg for a
    PostgreSQL URL): the floor deskapp's own queries are compared with. Statements are
    written once with ``?`` or ``:name`` parameters; dates are passed as dates."""

    def __init__(self, db: str) -> None:
        self.postgres = _is_url(db)
        if self.postgres:
            import psycopg

            self.connection = psycopg.connect(
                db.replace("postgresql+psycopg", "postgresql"), autocommit=True
            )
        else:
            self.connection = sqlite3.connect(db)

    def rows(self, sql: str, params=()):  # type: ignore[no-untyped-def]
        import re

        if self.postgres:
            sql = re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql.replace("?", "%s"))
        elif isinstance(params, dict):
            params = {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}
        else:
            params = tuple(v.isoformat() if isinstance(v, date) else v for v in params)
        return self.connection.execute(sql, params).fetchall()

    def close(self) -> None:
        self.connection.close()


def _copy(db: str, scratch: str) -> None:
    """``scratch`` made a copy of ``db``: a file copy, or on PostgreSQL a database made
    from ``db`` as its template (nobody may be connected to ``db``)."""
    import shutil

    if _is_url(db):
        from bench import pg

        pg.create(scratch, template=db)
        return
    _drop(scratch)
    shutil.copyfile(db, scratch)


def _drop(scratch: str) -> None:
    if _is_url(scratch):
        from bench import pg

        pg.drop(scratch)
        return
    for suffix in ("", "-wal", "-shm"):
        Path(scratch + suffix).unlink(missing_ok=True)


def _actor(workspace, username: str = "lead"):  # type: ignore[no-untyped-def]
    """The acting account without a log-in (argon2 is deliberately slow, ~50 ms)."""
    from deskapp.domain.access import Actor
    from deskapp.domain.records import Role

    return Actor(2, username, username, Role.TEAM_LEAD, None)


HAND_SQL = {
    "job_openings": "SELECT desk_id, count(*) FROM job_openings WHERE registered_on BETWEEN ? AND ?"
    " AND NOT void GROUP BY desk_id",
    "job_seekers": "SELECT desk_id, count(*) FROM job_seekers WHERE registered_on BETWEEN ? AND ?"
    " AND NOT void GROUP BY desk_id",
    "sessions": "SELECT desk_id, count(*) FROM counseling_sessions WHERE session_on BETWEEN ? AND ?"
    " AND NOT void GROUP BY desk_id",
    "referrals": "SELECT desk_id, count(*) FROM referrals WHERE referred_on BETWEEN ? AND ?"
    " AND NOT void GROUP BY desk_id",
    "placements": "SELECT desk_id, count(DISTINCT seeker_id) FROM placements WHERE placed_on"
    " BETWEEN ? AND ? AND NOT void GROUP BY desk_id",
}


def stats(db: str, start: str, end: str) -> dict[str, object]:
    """The statistics table through deskapp, then the same counts by hand-written SQL.

    ``work``: opening the database and the first query, as a fresh ``deskapp stats``
    does after its imports; ``warm`` and ``hand_sql``: the same query again, and the
    five hand-written GROUP BY queries on the base tables, each the best of three.
    """
    from deskapp.domain.dates import Period
    from deskapp.services.workspace import Workspace

    imported = time.perf_counter()
    workspace = Workspace.open(db)
    actor = _actor(workspace)
    period = Period.parse(start, end)
    table = workspace.statistics.table(actor, period)
    done = time.perf_counter()
    warm = []
    for _ in range(3):
        t = time.perf_counter()
        workspace.statistics.table(actor, period)
        warm.append(time.perf_counter() - t)
    workspace.close()
    connection = _Hand(db)
    rollup = []
    for _ in range(3):
        t = time.perf_counter()
        _hand_rollup(connection, period.start, period.end)
        rollup.append(time.perf_counter() - t)
    hand = []
    totals: dict[str, int] = {}
    for _ in range(3):
        t = time.perf_counter()
        for key, sql in HAND_SQL.items():
            totals[key] = sum(n for _, n in connection.rows(sql, (period.start, period.end)))
        hand.append(time.perf_counter() - t)
    connection.close()
    assert totals["sessions"] == table.total.sessions, (totals, table.total)
    assert totals["placements"] == table.total.placements, (totals, table.total)
    return {
        "imports": imported - START,
        "work": done - imported,
        "warm": min(warm),
        "hand_sql": min(hand),
        "hand_rollup": min(rollup),
        "sessions": table.total.sessions,
    }


def _hand_rollup(connection: _Hand, start: date, end: date) -> None:
    """The table from the monthly figures, written by hand: deskapp's own statement sent
    straight to the driver (the floor of what reading those figures can cost)."""
    from deskapp.store import stats_queries

    months = stats_queries.whole_months(start, end)
    if months is None:
        return
    first, last = months
    dates = {
        "start": start,
        "end": end,
        "head_end": date.fromordinal(first.toordinal() - 1),
        "first": first,
        "last": last,
        "tail_start": date(last.year + last.month // 12, last.month % 12 + 1, 1),
        "before": start.replace(day=1),
    }
    sql = str(stats_queries._PERIOD_SQL)
    connection.rows(sql, dates)


#: The sex breakdown written by hand: the floor a breakdown is compared with.
HAND_SEX_SQL = [
    f"SELECT s.desk_id, k.gender, count(*) FROM {t} s JOIN job_seekers k ON k.id = s.seeker_id"
    f" WHERE s.{d} BETWEEN ? AND ? AND NOT s.void GROUP BY 1, 2"
    for t, d in (("counseling_sessions", "session_on"), ("referrals", "referred_on"))
] + [
    "SELECT desk_id, gender, count(*) FROM job_seekers WHERE registered_on BETWEEN ? AND ?"
    " AND NOT void GROUP BY 1, 2",
    "SELECT p.desk_id, k.gender, count(DISTINCT p.seeker_id) FROM placements p JOIN job_seekers k"
    " ON k.id = p.seeker_id WHERE p.placed_on BETWEEN ? AND ? AND NOT p.void GROUP BY 1, 2",
]


def breakdown(db: str, start: str, end: str) -> dict[str, object]:
    """Each breakdown of ``stats --by`` for [start, end]: the first in a fresh process
    (``work``, after opening the database) and again (``warm``, best of three); and the
    sex breakdown's four GROUP BY queries written by hand (``hand_sql``, best of three)."""
    from deskapp.domain.breakdown import Dimension
    from deskapp.domain.dates import Period

    imported = time.perf_counter()
    workspace = _workspace(db)
    actor = _actor(workspace)
    period = Period.parse(start, end)
    result: dict[str, object] = {"imports": imported - START}
    for dimension in Dimension:
        t = time.perf_counter()
        table = workspace.statistics.breakdown(actor, period, dimension)
        first = time.perf_counter() - t
        warm = []
        for _ in range(3):
            t = time.perf_counter()
            workspace.statistics.breakdown(actor, period, dimension)
            warm.append(time.perf_counter() - t)
        result[dimension.value] = {"work": first, "warm": min(warm), "rows": len(table.rows)}
    workspace.close()
    connection = _Hand(db)
    hand = []
    for _ in range(3):
        t = time.perf_counter()
        for sql in HAND_SEX_SQL:
            connection.rows(sql, (period.start, period.end))
        hand.append(time.perf_counter() - t)
    connection.close()
    result["hand_sql"] = min(hand)
    return result


def served(db: str, year: str, scratch: str = "") -> dict[str, object]:
    """The figures of who is served and by whom, for ``year``, as a team lead (first call
    and best of three more): the monthly grid broken down by sex, 고용유지 현황,
    상담사별 실적 and what is unfinished in the year's last month. With ``scratch``: on a
    copy of ``db``, a counselor logs a session and corrects a seeker's sex, and the next
    breakdown recounts the days they touched (``recount``: that recount alone)."""
    from sqlalchemy import text

    from deskapp.domain.access import Actor
    from deskapp.domain.breakdown import Dimension
    from deskapp.domain.commands import ChangeRecord, LogSession
    from deskapp.domain.dates import Period
    from deskapp.domain.records import RecordKind, Role

    workspace = _workspace(db)
    actor = _actor(workspace)
    period = Period.year(int(year))
    with workspace.db.engine.connect() as connection:
        newest = connection.execute(
            text("SELECT max(session_on) FROM counseling_sessions WHERE session_on <= :end"),
            {"end": period.end},
        ).scalar_one()
    last = Period.month(*map(int, str(newest).split("-")[:2]))  # the data's last month
    jobs = {
        "monthly_sex": lambda: workspace.statistics.monthly_breakdown(actor, period, Dimension.SEX),
        "retention": lambda: workspace.retention.report(actor, period),
        "performance": lambda: workspace.performance.by_counselor(actor, int(year)),
        "unfinished": lambda: workspace.month_close.unfinished(
            actor, last.start.year, last.start.month
        ),
    }
    result: dict[str, object] = {}
    for name, job in jobs.items():
        t = time.perf_counter()
        job()
        first = time.perf_counter() - t
        again = []
        for _ in range(3):
            t = time.perf_counter()
            job()
            again.append(time.perf_counter() - t)
        result[name] = {"first": first, "again": min(again)}
    workspace.close()
    if scratch:
        _copy(db, scratch)
        workspace = _workspace(scratch)
        with workspace.db.engine.connect() as connection:
            user_id = connection.execute(
                text("SELECT u.id FROM users u JOIN desks d ON d.id = u.desk_id "
                     "WHERE u.role = 'counselor' AND d.code = 'plus'")
            ).scalar_one()  # fmt: skip
            number, on = connection.execute(
                text("SELECT seeker_no, registered_on FROM job_seekers WHERE NOT void AND "
                     "desk_id = (SELECT id FROM desks WHERE code = 'plus') "
                     "ORDER BY id LIMIT 1")
            ).one()  # fmt: skip
        counselor = Actor(user_id, "plus1", "상담사", Role.COUNSELOR, "plus")
        day = date.fromisoformat(str(on))
        workspace.records.log_session(counselor, LogSession(number, day))
        workspace.corrections.change(
            counselor, ChangeRecord(RecordKind.SEEKER, number, {"성별": "여"}, "벤치마크")
        )
        t = time.perf_counter()
        workspace.statistics.recount_days(actor)
        result["recount"] = time.perf_counter() - t
        workspace.close()
        _drop(scratch)
    return result


def monthly(db: str, year: str, out: str) -> dict[str, object]:
    from deskapp.domain.dates import Period
    from deskapp.reports.xlsx import write_monthly_workbook

    imported = time.perf_counter()
    workspace = _workspace(db)
    from deskapp.reports.breakdown import MONTHLY_DIMENSIONS

    actor = _actor(workspace)
    series = workspace.statistics.monthly(actor, Period.year(int(year)))
    splits = workspace.statistics.export_breakdowns(
        actor, Period.year(int(year)), MONTHLY_DIMENSIONS, "bench"
    )
    write_monthly_workbook(series, Path(out), breakdowns=splits)
    done = time.perf_counter()
    workspace.close()
    return {"imports": imported - START, "work": done - imported}


def search(db: str, *queries: str) -> dict[str, object]:
    workspace = _workspace(db)
    actor = _actor(workspace)
    workspace.browse.search_seekers(actor, "김")  # warm the connection pool and caches
    result: dict[str, object] = {}
    for query in queries:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            found = workspace.browse.search_seekers(actor, query)
            times.append(time.perf_counter() - t)
        result[query] = {"seconds": statistics.median(times), "found": len(found)}
    workspace.close()
    return result


#: A range of the search keys, newest first: what a keystroke cannot read faster.
HAND_KEY_SQL = (
    "SELECT registered_on, seeker_id FROM seeker_search_keys WHERE kind = ? AND key = ?"
    " AND place = ? ORDER BY registered_on DESC, seeker_id DESC LIMIT 50"
)
HAND_ROWS_SQL = (
    "SELECT id, seeker_no, name, desk_id, site_id, registered_on, phone, birth_date,"
    " desired_job, counselor_name, void FROM job_seekers WHERE id IN ({ids})"
)


def search_floor(db: str, *queries: str) -> dict[str, object]:
    """The floor of each search: the key ranges deskapp reads for it written by hand (names
    exact, then at the beginning, then inside; 초성 at the beginning, then inside; the
    phone's last four), newest first, 50 rows of each, then the 50 rows shown. Best of
    five; none for a mixed text (홍ㄱ: the names decide) or other digits."""
    import re

    from deskapp.domain.hangul import has_choseong, initials

    connection = _Hand(db)
    result: dict[str, object] = {}
    for query in queries:
        if re.fullmatch(r"\d{4}", query):
            kind, key, ranks = "p", query, [(0,)]
        elif re.search(r"\d", query) or len(query) > 3:
            continue
        elif not has_choseong(query):
            kind, key, ranks = "n", query, [(0,), (1, 3), (2,)]
        elif all(has_choseong(c) for c in query):
            kind, key, ranks = "i", initials(query), [(1, 3), (2,)]
        else:
            continue
        times = []
        for _ in range(5):
            t = time.perf_counter()
            found: list[int] = []
            for places in ranks:
                rows = [
                    row
                    for place in places
                    for row in connection.rows(HAND_KEY_SQL, (kind, key, place))
                ]
                found += [row[1] for row in sorted(rows, reverse=True)]
            ids = found[:50]
            if ids:
                connection.rows(HAND_ROWS_SQL.format(ids=", ".join(map(str, ids))))
            times.append(time.perf_counter() - t)
        result[query] = {"seconds": statistics.median(times), "found": len(ids)}
    connection.close()
    return result


def match(db: str) -> dict[str, object]:
    """추천 구인 for recent seekers and 맞는 구직자 for recent openings, as the 일자리플러스센터
    counselor: the first call (classification read, free text matched) and then the median."""
    from sqlalchemy import Date, bindparam, text

    from deskapp.domain.access import Actor
    from deskapp.domain.dates import add_months
    from deskapp.domain.records import Role

    workspace = _workspace(db)
    with workspace.db.engine.connect() as connection:
        user_id, desk_id = connection.execute(
            text("SELECT u.id, d.id FROM users u JOIN desks d ON d.id = u.desk_id "
                 "WHERE u.role = 'counselor' AND d.code = 'plus'")
        ).one()  # fmt: skip
        seekers = connection.execute(
            text("SELECT id FROM job_seekers WHERE desk_id = :d AND NOT void "
                 "AND desired_job IS NOT NULL ORDER BY registered_on DESC LIMIT 11"),
            {"d": desk_id},
        ).scalars().all()  # fmt: skip
        # Openings one can refer to today (the demo's records end on its last day).
        today = date.today()
        openings = (
            connection.execute(
                text(
                    "SELECT id FROM job_openings WHERE NOT void AND closed_on IS NULL "
                    "AND (closes_on IS NULL OR closes_on >= :t) "
                    "AND coalesce(renewed_on, registered_on) >= :since "
                    "ORDER BY registered_on DESC LIMIT 11"
                ).bindparams(bindparam("t", type_=Date()), bindparam("since", type_=Date())),
                {"t": today, "since": add_months(today, -2)},
            )
            .scalars()
            .all()
        )
    actor = Actor(user_id, "c-plus", "상담사", Role.COUNSELOR, "plus")
    result: dict[str, object] = {}
    for name, call, ids in (
        ("openings_for_seeker", workspace.matching.openings_for_seeker, seekers),
        ("seekers_for_opening", workspace.matching.seekers_for_opening, openings),
    ):
        times, found = [], []
        for record_id in ids:
            t = time.perf_counter()
            found.append(len(call(actor, record_id)))
            times.append(time.perf_counter() - t)
        result[name] = {
            "first": times[0],
            "median": statistics.median(times[1:]),
            "max": max(times[1:]),
            "found": statistics.median(found),
        }
    workspace.close()
    return result


#: The seeker list's first screen written by hand: how many, and the newest 100.
HAND_LIST_SQL = (
    "SELECT count(*) FROM job_seekers WHERE NOT void",
    "SELECT id, seeker_no, name, desk_id, site_id, registered_on, phone, birth_date,"
    " desired_job, counselor_name, void FROM job_seekers WHERE NOT void"
    " ORDER BY registered_on DESC, id DESC LIMIT 100",
)


def seeker_list(db: str) -> dict[str, object]:
    """Open the seeker list as the window does (the count and the first page), then jump
    to its last page; and the same first screen by hand-written SQL (best of three)."""
    from deskapp.services.browse import SeekerFilter

    imported = time.perf_counter()
    workspace = _workspace(db)
    actor = _actor(workspace)
    browse = workspace.browse
    started = time.perf_counter()
    rows = browse.seeker_count(actor, SeekerFilter())
    first = browse.seeker_page(actor, SeekerFilter(), 0, 100)
    opened = time.perf_counter()
    last = browse.seeker_page(actor, SeekerFilter(), max(0, rows - 100), 100)
    ended = time.perf_counter()
    following = browse.seeker_page(actor, SeekerFilter(), 100, 100, after=first[-1])
    scrolled = time.perf_counter()
    again = []
    for _ in range(3):
        t = time.perf_counter()
        browse.seeker_count(actor, SeekerFilter())
        browse.seeker_page(actor, SeekerFilter(), 0, 100)
        again.append(time.perf_counter() - t)
    workspace.close()
    connection = _Hand(db)
    hand = []
    for _ in range(3):
        t = time.perf_counter()
        for sql in HAND_LIST_SQL:
            connection.rows(sql)
        hand.append(time.perf_counter() - t)
    connection.close()
    return {
        "rows": rows,
        "open": opened - imported,
        "count_and_first_page": opened - started,
        "again": min(again),
        "scroll_to_end": ended - opened,
        "next_page": scrolled - ended,
        "hand_sql": min(hand),
        "pages": len(first) + len(last) + len(following),
        "peak_mb": _rss_mb(),
    }


def import_workbook(db: str, book: str) -> dict[str, object]:
    """Import into a new database, and merely read the same workbook (both readers)."""
    from openpyxl import load_workbook

    from deskapp.services.workspace import Workspace
    from deskapp.services.xlsx_reader import XlsxReader

    workspace, admin = Workspace.create(db, "admin", "bench-pass-1")
    t = time.perf_counter()
    report = workspace.imports.import_workbook(admin, Path(book))
    imported = time.perf_counter() - t
    workspace.close()
    t = time.perf_counter()
    with XlsxReader(Path(book)) as reader:
        rows = sum(1 for name in reader.sheet_names for _ in reader.rows(name))
    read = time.perf_counter() - t
    t = time.perf_counter()
    workbook = load_workbook(book, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    workbook.close()
    read_openpyxl = time.perf_counter() - t
    return {"rows": report.total, "import": imported, "read": read, "read_openpyxl": read_openpyxl,
            "sheet_rows": rows}  # fmt: skip


def _first_usable_paint(app, dialog_class: str, focused: str, mark):  # type: ignore[no-untyped-def]
    """Call ``mark(dialog)`` at the first paint of a ``dialog_class`` window whose focus is on
    its ``focused`` field: painted and taking keys, the moment a user can type."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if (
                event.type() == QEvent.Type.Paint
                and type(watched).__name__ == dialog_class
                and watched.focusWidget() is getattr(watched, focused)
            ):
                app.removeEventFilter(self)
                mark(watched)
            return False

    watch = Watch(app)
    app.installEventFilter(watch)
    return watch


def window(db: str, username: str, password: str, settings_file: str) -> dict[str, object]:
    """Launch the application as ``deskapp --db DB`` does: the log-in dialog, then the main
    window, then the seeker list.

    Times are from process start. ``login``: the log-in dialog usable (its first paint with
    the user name focused; deskapp.launch, the translations and the font before it, as in
    ``run_gui``). The log-in is typed in at once and 로그인 pressed (it waits for the
    database, which opens behind the dialog; argon2 checks it in a worker, about 50 ms), so
    ``window`` includes the database's opening.
    """
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import deskapp.launch  # noqa: F401  (what the program imports first)
    from deskapp.app import choose_hangul_font, install_translators
    from deskapp.ui import collector
    from deskapp.ui.startup import Startup

    app = QApplication(["deskapp-bench"])
    install_translators(app)
    choose_hangul_font(app)
    collector.install(app)  # as run_gui: cycles are freed on the GUI thread only
    app.setQuitOnLastWindowClosed(False)  # as run_gui: no window between log-in and window
    startup = Startup(db, QSettings(settings_file, QSettings.Format.IniFormat))
    marks: dict[str, float] = {}

    def usable(login) -> None:  # type: ignore[no-untyped-def]
        marks["login"] = time.perf_counter() - START
        heavy = ("sqlalchemy", "alembic", "openpyxl", "deskapp.ui.main_window")
        marks["heavy_loaded"] = sum(1 for name in heavy if name in sys.modules)
        login.username_edit.setText(username)
        login.password_edit.setText(password)
        QTimer.singleShot(0, login.check)

    _watch = _first_usable_paint(app, "LoginDialog", "username_edit", usable)

    def shown(main_window: object) -> None:
        marks["window"] = time.perf_counter() - START
        page = main_window.seekers_page  # type: ignore[attr-defined]

        def listed(_count: int) -> None:
            marks["list"] = time.perf_counter() - START
            marks["rows"] = page.model.rowCount()
            marks["peak_mb"] = _rss_mb()
            app.quit()

        page.model.sig_loaded.connect(listed)
        main_window.show_page("seekers")  # type: ignore[attr-defined]

    startup.sig_window_shown.connect(shown)
    QTimer.singleShot(0, startup.start)
    QTimer.singleShot(600_000, app.quit)
    app.exec()
    startup.close()
    return dict(marks)


def bare_dialog() -> dict[str, object]:
    """The floor of ``window``'s ``login``: a bare PySide6 dialog with a focused line edit,
    from process start to its first usable paint, nothing of deskapp imported."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

    app = QApplication(["deskapp-bench"])
    marks: dict[str, float] = {}

    def usable(_dialog: object) -> None:
        marks["shown"] = time.perf_counter() - START
        QTimer.singleShot(0, app.quit)

    _watch = _first_usable_paint(app, "QDialog", "edit", usable)
    dialog = QDialog()
    dialog.edit = QLineEdit(dialog)  # type: ignore[attr-defined]
    QVBoxLayout(dialog).addWidget(dialog.edit)  # type: ignore[attr-defined]
    dialog.edit.setFocus()  # type: ignore[attr-defined]
    dialog.open()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    return marks


def correct(db: str, scratch: str) -> dict[str, object]:
    """Corrections as a counselor makes them, on a copy of ``db``: a phone and the
    registration desk of recent seekers (one unit each, history and access log included),
    then each one's 변경 이력, the openings due to close, and the biggest employer's page."""
    from sqlalchemy import text

    from deskapp.domain.access import Actor
    from deskapp.domain.commands import ChangeRecord
    from deskapp.domain.records import RecordKind, Role

    _copy(db, scratch)
    workspace = _workspace(scratch)
    with workspace.db.engine.connect() as connection:
        user_id, desk_id = connection.execute(
            text("SELECT u.id, d.id FROM users u JOIN desks d ON d.id = u.desk_id "
                 "WHERE u.role = 'counselor' AND d.code = 'plus'")
        ).one()  # fmt: skip
        numbers = connection.execute(
            text("SELECT seeker_no FROM job_seekers WHERE desk_id = :d AND NOT void "
                 "ORDER BY registered_on DESC LIMIT 21"),
            {"d": desk_id},
        ).scalars().all()  # fmt: skip
        employer = connection.execute(
            text("SELECT employer_id FROM job_openings GROUP BY employer_id "
                 "ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()  # fmt: skip
    actor = Actor(user_id, "c-plus", "상담사", Role.COUNSELOR, "plus")
    changes, histories = [], []
    for n, number in enumerate(numbers):
        command = ChangeRecord(
            RecordKind.SEEKER, number,
            {"연락처": f"010-5{n:03d}-{n:04d}", "등록창구": "G밸리"}, "벤치마크: 정정",
        )  # fmt: skip
        t = time.perf_counter()
        workspace.corrections.change(actor, command)
        changes.append(time.perf_counter() - t)
        t = time.perf_counter()
        workspace.corrections.history(Actor(2, "lead", "lead", Role.TEAM_LEAD, None), None, number)
        histories.append(time.perf_counter() - t)
    t = time.perf_counter()
    due = workspace.corrections.closing_due(actor)
    closing = time.perf_counter() - t
    t = time.perf_counter()
    page = workspace.browse.employer(actor, employer)
    employer_page = time.perf_counter() - t
    workspace.close()
    _drop(scratch)
    return {
        "change_first": changes[0], "change_median": statistics.median(changes[1:]),
        "change_max": max(changes[1:]), "history_median": statistics.median(histories[1:]),
        "history_max": max(histories[1:]), "closing_due": closing, "due": len(due),
        "employer_page": employer_page, "employer_openings": len(page.openings),
    }  # fmt: skip


def events(db: str, scratch: str) -> dict[str, object]:
    """The desks' work beyond counseling on a copy of ``db``: the event report over the
    whole span (by event, venue and venue type), the people behind its 채용 total, the
    largest event's page, a walk-in added and hired at it (one unit each), the plus
    counselor's 사후관리 list, the outreach report and the programme reports of a year."""
    from sqlalchemy import text

    from deskapp.domain.access import Actor
    from deskapp.domain.commands import RegisterSeeker
    from deskapp.domain.dates import Period
    from deskapp.domain.events import EventGrouping, SetResult
    from deskapp.domain.records import Role

    _copy(db, scratch)
    workspace = _workspace(scratch)
    with workspace.db.engine.connect() as connection:
        user_id = connection.execute(
            text("SELECT u.id FROM users u JOIN desks d ON d.id = u.desk_id "
                 "WHERE u.role = 'counselor' AND d.code = 'plus'")
        ).scalar_one()  # fmt: skip
        first, last, biggest = connection.execute(
            text("SELECT min(held_on), max(held_on), (SELECT event_id FROM event_participants "
                 "GROUP BY event_id ORDER BY count(*) DESC LIMIT 1) FROM events")
        ).one()  # fmt: skip
        number = connection.execute(
            text("SELECT event_no FROM events WHERE id = :i"), {"i": biggest}
        ).scalar_one()
    lead = _actor(workspace)
    plus = Actor(user_id, "c-plus", "상담사", Role.COUNSELOR, "plus")
    span = Period.parse(str(first), str(last))
    timings: dict[str, object] = {}

    def timed(key: str, call):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        result = call()
        timings[key] = time.perf_counter() - t
        return result

    for grouping in EventGrouping:
        report = timed(f"report_{grouping.value}", lambda g=grouping: workspace.events.report(
            lead, span, None, g))  # fmt: skip
    timings["events"] = report.total.events
    behind = timed("behind", lambda: workspace.events.behind(
        lead, span, None, EventGrouping.EVENT, None, "hired"))  # fmt: skip
    timings["behind_rows"] = len(behind)
    page = timed("page", lambda: workspace.events.page(plus, number))
    timings["page_people"] = len(page.participants)
    walk_in = RegisterSeeker("김벤치", page.row.held_on, consented=True)
    _person, entry = timed("walk_in", lambda: workspace.events.walk_in(plus, number, walk_in))
    timed("hire", lambda: workspace.events.set_result(plus, SetResult(entry.id, True, "채용")))
    items = timed("worklist", lambda: workspace.follow_up.worklist(plus))
    timings["worklist_items"] = len(items)
    year = last.year if hasattr(last, "year") else int(str(last)[:4])
    timed("outreach", lambda: workspace.outreach.report(lead, year))
    timed("outcomes", lambda: workspace.programmes.outcomes(lead, year))
    timed("programme_year", lambda: workspace.programmes.programme_year(lead, year))
    workspace.close()
    _drop(scratch)
    return timings


KINDS = {"stats": stats, "breakdown": breakdown, "served": served, "monthly": monthly,
         "search": search, "search_floor": search_floor, "match": match, "list": seeker_list,
         "import": import_workbook, "window": window, "bare_dialog": bare_dialog,
         "correct": correct, "events": events}  # fmt: skip

if __name__ == "__main__":
    kind, *args = sys.argv[1:]
    print(json.dumps(KINDS[kind](*args), ensure_ascii=False))
