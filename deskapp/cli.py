"""The command line (ARCHITECTURE.md).

Exit codes: 0 success; 2 bad input (every problem on standard error);
3 refused (wrong password, locked account, not permitted); 1 anything else.
Nothing is written when a command fails.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import io
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO

from deskapp import __version__
from deskapp.domain.access import Actor
from deskapp.domain.breakdown import BREAKDOWN_KEYS, BreakdownTable, Dimension, parse_dimension
from deskapp.domain.commands import ChangeRecord, read_changes
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import (
    AuthenticationFailed,
    BackupFailed,
    DatabaseError,
    DatabaseFailed,
    DeskappError,
    DuplicateImport,
    NotFound,
    PermissionDenied,
    ValidationError,
    WorkbookRejected,
)
from deskapp.domain.events import EventGrouping, EventKind, EventReport, parse_event_kind
from deskapp.domain.field_names import field_label
from deskapp.domain.korean import particle
from deskapp.domain.programmes import (
    CAMP_KIND,
    OUTCOME_HEADINGS,
    PROGRAMME_CSV_HEADER,
    PROGRAMME_HEADINGS,
    OutcomeReport,
    ProgrammeYear,
)
from deskapp.domain.records import RecordKind, Role
from deskapp.domain.retention import (
    CHECKPOINTS,
    STATES,
    RetentionReport,
    checkpoint_label,
    state_label,
)
from deskapp.domain.spreadsheet import csv_safe
from deskapp.domain.stats import MEASURES, StatsTable
from deskapp.i18n import LANGUAGE_ENV, noop, set_language, translate
from deskapp.services.accounts import check_password_rules
from deskapp.services.error_log import log_error
from deskapp.services.history import CSV_HEADER as HISTORY_HEADER
from deskapp.services.performance import PERFORMANCE_KEYS, CounselorPerformance
from deskapp.services.performance import measure_label as performance_label
from deskapp.services.performance import measure_unit as performance_unit
from deskapp.services.rules.month_check import GROUPS as UNFINISHED_GROUPS
from deskapp.services.rules.month_check import MonthUnfinished
from deskapp.services.shared_mode import grant_roles, upgrade_schema
from deskapp.services.workspace import Workspace, data_folder

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT, EXIT_REFUSED = 0, 1, 2, 3
DAMAGE_NOTE = noop(
    "cli",
    "The last check found the database file damaged. Before trusting the figures, "
    "check it with 'deskapp check' and restore from a backup",
)
#: ``--kind`` of ``programmes`` meaning every kind of programme (typed in Korean).
ALL_KINDS = "전체"  # korean-data
#: Kinds of programme, as typed, named in ``programmes --kind``'s help.
PROGRAMME_EXAMPLES = "취업캠프, 멘토링, 클리닉"  # korean-data
#: The records workbook's number columns, as named in the help of ``edit`` and ``history``.
RECORD_NUMBERS = "구직자번호, 업체번호, 구인번호"  # korean-data
EVENT_NUMBER = "행사번호"  # korean-data
PASSWORD_ENV = "DESKAPP_PASSWORD"
NEW_PASSWORD_ENV = "DESKAPP_NEW_PASSWORD"


class UsageError(DeskappError):
    """A bad command-line argument."""


class CheckFailed(DeskappError):
    """``deskapp check`` found problems (listed on standard error, exit 1)."""

    def __init__(self, lines: list[str], code: int = 1) -> None:
        self.lines = lines
        self.code = code
        super().__init__(translate("cli", "The check found {n} problems.").format(n=len(lines)))


class _Parser(argparse.ArgumentParser):
    """argparse with its complaints in the language spoken and exit code 2 as a DeskappError.

    argparse's own phrases (English) are replaced by their translations, in this order."""

    _MESSAGES = (
        noop("argparse", "the following arguments are required: "),
        noop("argparse", "unrecognized arguments: "),
        noop("argparse", "invalid choice: "),
        noop("argparse", "invalid int value: "),
        noop("argparse", "expected one argument"),
        noop("argparse", "choose from"),
        noop("argparse", "argument "),
    )

    def error(self, message: str) -> NoReturn:
        for english in self._MESSAGES:
            message = message.replace(english, translate("argparse", english))
        hint = translate("cli", "(See '{prog} --help' for how to use it.)").format(prog=self.prog)
        raise UsageError(f"{message}\n{hint}")


def _build_parser() -> argparse.ArgumentParser:
    db_help = translate(
        "cli", "Database file path or SQLAlchemy URL (default: DESKAPP_DB, the user's folder)"
    )
    top = _Parser(add_help=False)
    top.add_argument("--db", help=db_help)
    # A command's own --db only when given: `deskapp --db D stats …` keeps D.
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    user = _Parser(add_help=False)
    user.add_argument(
        "--user",
        required=True,
        help=translate("cli", "Account (password from DESKAPP_PASSWORD or a prompt)"),
    )

    parser = _Parser(
        prog="deskapp",
        description=translate(
            "cli",
            "Counseling, referrals and placements at Geumcheon-gu's job desks. "
            "Run without a command to open the window.",
        ),
        parents=[top],
    )
    parser.add_argument("--version", action="version", version=f"deskapp {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMAND"), parser_class=_Parser
    )

    init = commands.add_parser(
        "init",
        parents=[common],
        help=translate("cli", "Create a new database and its administrator account"),
    )
    init.add_argument(
        "--admin", required=True, help=translate("cli", "The administrator's account name")
    )
    init.add_argument(
        "--name", default="", help=translate("cli", "The administrator's display name")
    )

    demo = commands.add_parser(
        "demo", parents=[common], help=translate("cli", "Create a new database with demo data")
    )
    demo.add_argument(
        "--seekers",
        type=int,
        default=None,
        help=translate("cli", "Number of job seekers (default 20,000)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        help=translate("cli", "Random seed (the same value gives the same data)"),
    )

    imp = commands.add_parser(
        "import",
        parents=[common, user],
        help=translate("cli", "Import a records workbook (.xlsx)"),
    )
    imp.add_argument("file", metavar="FILE.xlsx", type=Path)

    template = commands.add_parser(
        "template", help=translate("cli", "Save an empty records workbook")
    )
    template.add_argument("out", metavar="OUT.xlsx", type=Path)

    start_help = translate("cli", "Start date (YYYY-MM-DD)")
    end_help = translate("cli", "End date (YYYY-MM-DD)")
    stats = commands.add_parser(
        "stats",
        parents=[common, user],
        help=translate("cli", "Job openings, job seekers and placements table"),
    )
    stats.add_argument("--from", dest="start", required=True, help=start_help)
    stats.add_argument("--to", dest="end", required=True, help=end_help)
    stats.add_argument("--format", choices=("table", "csv", "json"), default="table")
    stats.add_argument(
        "--xlsx", type=Path, help=translate("cli", "Also save as xlsx in the official layout")
    )
    stats.add_argument(
        "--by",
        metavar="|".join(d.value for d in Dimension),
        help=translate(
            "cli",
            "Break down by: sex, age group (age), residence in the district (resident), "
            "target group (group), dong desk site (site), counselor",
        ),
    )
    reason_help = translate(
        "cli", "Reason for the export (kept in the access log; counselors must give one)"
    )
    stats.add_argument("--reason", default="", help=reason_help)

    events = commands.add_parser(
        "events",
        parents=[common, user],
        help=translate("cli", "Hiring events (job fairs, Ilgu days) table"),
        description=translate(
            "cli",
            "Prints the events of the period grouped by event, venue or venue type: events "
            "held, employers, openings, participants, interviewed and hired (total first).",
        ),
    )
    events.add_argument("--from", dest="start", required=True, help=start_help)
    events.add_argument("--to", dest="end", required=True, help=end_help)
    events.add_argument(
        "--kind",
        help=translate("cli", "Event type: {kinds}").format(
            kinds=", ".join(kind.value for kind in EventKind)
        ),
    )
    events.add_argument("--by", choices=[g.value for g in EventGrouping], default="event")
    events.add_argument("--format", choices=("table", "csv", "json"), default="table")
    events.add_argument(
        "--xlsx", type=Path, help=translate("cli", "Also save as xlsx in the report's layout")
    )
    events.add_argument("--reason", default="", help=reason_help)

    retention = commands.add_parser(
        "retention",
        parents=[common, user],
        help=translate("cli", "Employment retention (1, 3 and 6 months)"),
        description=translate(
            "cli",
            "Counts, per desk, whether the people placed in the period are retained, have "
            "left, are unconfirmed or not yet due at 1, 3 and 6 months (total first). "
            "Counselors see their own desk only and must give a reason (--reason).",
        ),
    )
    retention.add_argument("--from", dest="start", required=True, help=start_help)
    retention.add_argument("--to", dest="end", required=True, help=end_help)
    retention.add_argument("--format", choices=("table", "csv", "json"), default="table")
    retention.add_argument(
        "--xlsx", type=Path, help=translate("cli", "Also save the retention sheet as xlsx")
    )
    retention.add_argument("--reason", default="", help=reason_help)

    monthly = commands.add_parser(
        "monthly",
        parents=[common, user],
        help=translate("cli", "Monthly desk statistics workbook"),
    )
    monthly.add_argument("--year", type=int, required=True)
    monthly.add_argument("--xlsx", type=Path, required=True)
    monthly.add_argument("--reason", default="", help=reason_help)

    performance = commands.add_parser(
        "performance",
        parents=[common, user],
        help=translate("cli", "Figures per counselor (monthly and for the year)"),
        description=translate(
            "cli",
            "Prints, per counselor, registered job seekers, sessions, referrals, people placed "
            "and follow-ups (retention checks), per month and for the year. Counselors see "
            "their own figures only.",
        ),
    )
    performance.add_argument("--year", type=int, required=True)
    performance.add_argument(
        "--desk", help=translate("cli", "One desk only (team leads and administrators)")
    )
    performance.add_argument("--format", choices=("table", "csv"), default="table")

    programmes = commands.add_parser(
        "programmes",
        parents=[common, user],
        help=translate("cli", "Employment support programmes report"),
    )
    programmes.add_argument("--year", type=int, required=True, help=translate("cli", "Year (YYYY)"))
    programmes.add_argument(
        "--report",
        choices=("camp", "programmes"),
        default="camp",
        help=translate(
            "cli",
            "camp: enrolled, completed, certified and employed per year (default); "
            "programmes: each programme's schedule, participants and sessions that year",
        ),
    )
    programmes.add_argument(
        "--kind",
        help=translate(
            "cli",
            "Only this programme type (e.g. {examples}; camp defaults to {camp}, "
            "'{every}' means every type)",
        ).format(examples=PROGRAMME_EXAMPLES, camp=CAMP_KIND, every=ALL_KINDS),
    )
    programmes.add_argument("--format", choices=("table", "csv", "json"), default="table")
    programmes.add_argument("--reason", default="", help=reason_help)

    users = commands.add_parser(
        "users", parents=[common, user], help=translate("cli", "Manage accounts (administrator)")
    )
    action_metavar = translate("cli", "ACTION")
    actions = users.add_subparsers(
        dest="action", metavar=action_metavar, required=True, parser_class=_Parser
    )
    add = actions.add_parser(
        "add",
        help=translate("cli", "Add an account (password from DESKAPP_NEW_PASSWORD or a prompt)"),
    )
    add.add_argument("name", help=translate("cli", "The new account's name"))
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument(
        "--desk",
        help=translate("cli", "Desk (required for counselors): plus, gvalley, dong, welfare"),
    )
    add.add_argument("--display-name", default="", help=translate("cli", "Display name"))
    actions.add_parser("list", help=translate("cli", "List the accounts"))
    for action, text in (
        ("disable", translate("cli", "Disable")),
        ("enable", translate("cli", "Enable again")),
        (
            "reset-password",
            translate("cli", "Reset the password (DESKAPP_NEW_PASSWORD or a prompt)"),
        ),
    ):
        target = actions.add_parser(action, help=text)
        target.add_argument("name", help=translate("cli", "Account name"))

    audit = commands.add_parser(
        "audit", parents=[common, user], help=translate("cli", "Access log (administrator)")
    )
    audit.add_argument("--from", dest="start", required=True, help=translate("cli", "Start date"))
    audit.add_argument("--to", dest="end", required=True, help=translate("cli", "End date"))
    audit.add_argument("--format", choices=("csv",), default="csv")

    purge = commands.add_parser(
        "purge",
        parents=[common, user],
        help=translate(
            "cli", "Anonymize the personal data of long-inactive job seekers (administrator)"
        ),
    )
    purge.add_argument(
        "--years", type=int, default=5, help=translate("cli", "Years without activity (default 5)")
    )

    backup = commands.add_parser(
        "backup",
        parents=[common, user],
        help=translate("cli", "Back up the database (administrator)"),
    )
    backup.add_argument(
        "--to",
        type=Path,
        help=translate("cli", "Backup file (default: backups/ beside the database)"),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common, user],
        help=translate("cli", "Restore from a backup (administrator)"),
    )
    restore.add_argument("file", type=Path, metavar="BACKUP.sqlite3")
    commands.add_parser(
        "check",
        parents=[common],
        help=translate("cli", "Check integrity, references and statistics"),
    )
    grant = commands.add_parser(
        "grant",
        parents=[common],
        help=translate(
            "cli",
            "Shared mode: grant the desks' and administrator's database roles their rights "
            "(with the owner's address)",
        ),
        description=translate(
            "cli",
            "In PostgreSQL shared mode, gives the role the desk PCs use (--app) and the "
            "administrator PC's role (--admin-role) only the rights they need and revokes the "
            "rest. Give --db the address of the tables' owner account. Running it again gives "
            "the same result, and the recorded roles' rights are brought in line whenever the "
            "schema is upgraded.",
        ),
    )
    grant.add_argument(
        "--app", required=True, help=translate("cli", "The desks' role (e.g. deskapp_app)")
    )
    grant.add_argument(
        "--admin-role",
        help=translate(
            "cli",
            "The administrator's role (e.g. deskapp_admin; when not given, the one given before)",
        ),
    )
    commands.add_parser(
        "upgrade",
        parents=[common],
        help=translate(
            "cli",
            "Upgrade the database schema to this version (shared mode: with the owner's address)",
        ),
    )

    close = commands.add_parser(
        "close", parents=[common, user], help=translate("cli", "Close a month (team lead)")
    )
    close.add_argument("--year", type=int, required=True)
    close.add_argument("--month", type=int, required=True)
    close.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "cli",
            "Close even with unreviewed placements, overdue follow-ups or review flags left",
        ),
    )
    reopen = commands.add_parser(
        "reopen", parents=[common, user], help=translate("cli", "Reopen a month (team lead)")
    )
    reopen.add_argument("--year", type=int, required=True)
    reopen.add_argument("--month", type=int, required=True)
    reopen.add_argument(
        "--reason", required=True, help=translate("cli", "Reason for reopening the month")
    )
    target = commands.add_parser(
        "target", parents=[common, user], help=translate("cli", "Set a yearly target (team lead)")
    )
    target.add_argument("--year", type=int, required=True)
    target.add_argument(
        "--desk", required=True, help=translate("cli", "Desk: plus, gvalley, dong, welfare")
    )
    target.add_argument("--measure", required=True, choices=[m.key for m in MEASURES])
    target.add_argument("--value", type=int, required=True)
    flags = commands.add_parser(
        "flags", parents=[common, user], help=translate("cli", "Review flags (team lead)")
    )
    flags.add_argument("--from", dest="start", required=True)
    flags.add_argument("--to", dest="end", required=True)

    kinds = {
        "seeker": RecordKind.SEEKER,
        "employer": RecordKind.EMPLOYER,
        "opening": RecordKind.OPENING,
        "session": RecordKind.SESSION,
        "referral": RecordKind.REFERRAL,
        "placement": RecordKind.PLACEMENT,
    }
    edit = commands.add_parser(
        "edit",
        parents=[common, user],
        help=translate("cli", "Correct a record (FIELD=VALUE, with a reason)"),
        description=translate(
            "cli",
            "Corrects several fields of one record at once. Fields are named as the records "
            "workbook's column headings (e.g. {example}), and values are checked exactly as on "
            "import. An empty value (FIELD=) clears the field. If any value is wrong, every "
            "problem is reported and nothing is changed. An opening's {closing} ({reasons}) "
            "closes it, and an empty value reopens it.",
        ).format(
            example="연락처=010-1234-5678 등록창구=G밸리",  # korean-data
            closing="마감사유",  # korean-data
            reasons="채용완료, 기간만료, 업체철회, 기타",  # korean-data
        ),
    )
    edit.add_argument(
        "kind",
        choices=list(kinds),
        metavar="seeker|employer|opening|…",
        help=translate("cli", "Kind of record (session, referral and placement take an id)"),
    )
    number_help = translate("cli", "{numbers} (or id)").format(numbers=RECORD_NUMBERS)
    edit.add_argument("number", metavar="NUMBER", help=number_help)
    edit.add_argument(
        "changes", nargs="*", metavar="FIELD=VALUE", help=translate("cli", "Fields and new values")
    )
    edit.add_argument(
        "--reason",
        required=True,
        help=translate("cli", "Reason for the correction (kept in the change history)"),
    )
    edit.set_defaults(kinds=kinds)
    history = commands.add_parser(
        "history",
        parents=[common, user],
        help=translate("cli", "A record's change history"),
        description=translate(
            "cli",
            "Prints a record's change history, oldest first (for a job seeker, including "
            "corrections to their sessions, referrals and placements).",
        ),
    )
    history.add_argument(
        "number",
        metavar="NUMBER",
        help=translate("cli", "{numbers} (--kind event: {event_number})").format(
            numbers=RECORD_NUMBERS,
            event_number=EVENT_NUMBER,
        ),
    )
    history.add_argument(
        "--kind",
        choices=[*kinds, "event"],
        help=translate(
            "cli", "When the same number is in several kinds (an event's history: event)"
        ),
    )
    history.add_argument("--format", choices=("table", "csv"), default="table")
    history.set_defaults(kinds={**kinds, "event": RecordKind.EVENT})

    groups = commands.add_parser(
        "groups", parents=[common, user], help=translate("cli", "Target groups (administrator)")
    )
    group_actions = groups.add_subparsers(
        dest="action", metavar=action_metavar, required=True, parser_class=_Parser
    )
    group_actions.add_parser(
        "list", help=translate("cli", "List the target groups (disabled ones included)")
    )
    for action, text in (
        ("add", translate("cli", "Add a target group")),
        ("retire", translate("cli", "Disable a target group")),
    ):
        group_actions.add_parser(action, help=text).add_argument(
            "name", help=translate("cli", "Group name")
        )

    occupations = commands.add_parser(
        "occupations",
        help=translate("cli", "Load or search the occupation classification (KECO)"),
        description=translate(
            "cli",
            "Replaces the occupation classification with a new official one (administrator) "
            "or searches its detailed occupations.",
        ),
    )
    tasks = occupations.add_subparsers(
        dest="action", metavar=action_metavar, required=True, parser_class=_Parser
    )
    load = tasks.add_parser(
        "load",
        parents=[common, user],
        help=translate("cli", "Load an occupation classification CSV file (administrator)"),
        description=translate(
            "cli",
            "Replaces the whole occupation classification with that of a CSV file (UTF-8, "
            "first line code,name,level,parent_code) and gives a code to the job seekers' and "
            "openings' records that have none. If the file has problems, reports their lines "
            "and changes nothing.",
        ),
    )
    load.add_argument("file", metavar="FILE.csv", type=Path)
    search = tasks.add_parser(
        "search",
        parents=[common, user],
        help=translate(
            "cli", "Search detailed occupations (part of a name or the start of a code)"
        ),
        description=translate(
            "cli",
            "Prints the detailed occupations whose name contains TEXT or whose code starts "
            "with TEXT, one a line as 'code<tab>name'.",
        ),
    )
    search.add_argument(
        "text",
        metavar="TEXT",
        help=translate("cli", "Part of an occupation's name or the start of its code"),
    )
    search.add_argument(
        "--limit", type=int, default=30, help=translate("cli", "At most this many (default 30)")
    )
    return parser


# -- helpers ---------------------------------------------------------------------------


def _password(prompt: str | None = None, confirm: bool = False) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(
            translate(
                "cli", "Cannot read a password here. Give it in the {env} environment variable."
            ).format(env=PASSWORD_ENV)
        )
    value = getpass.getpass(translate("cli", "Password: ") if prompt is None else prompt)
    if confirm and getpass.getpass(translate("cli", "Confirm password: ")) != value:
        raise UsageError(translate("cli", "The two passwords differ."))
    return value


def _login(args: argparse.Namespace) -> tuple[Workspace, Actor]:
    workspace = Workspace.open(args.db)
    try:
        actor = workspace.accounts.authenticate(
            args.user, _password(translate("cli", "Password for {user}: ").format(user=args.user))
        )
    except BaseException:
        workspace.close()
        raise
    damage = workspace.check.last_damage()
    if damage:  # the figures may be wrong: say so on every command until it is mended
        note = translate("cli", "deskapp: warning: {note} ({damage})").format(
            note=translate("cli", DAMAGE_NOTE), damage=damage[0]
        )
        print(note, file=sys.stderr)
    return workspace, actor


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * max(width - _width(text), 0)
    return space + text if right else text + space


def _period_line(period: Period) -> str:
    return translate("cli", "Period: {period}").format(period=period)


def format_table(table: StatsTable) -> str:
    """The statistics table for a terminal, aligned for Hangul's double width."""
    head = [translate("cli", "Desk"), *(f"{m.label}({m.unit})" for m in MEASURES)]
    body = [[row.name, *(f"{v:,}" for v in row.counts.values())] for row in table.rows]
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = [_period_line(table.period)]
    for index, row in enumerate([head, *body]):
        cells = [_pad(cell, widths[i], right=i > 0 and index > 0) for i, cell in enumerate(row)]
        lines.append("  ".join(cells))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def table_json(table: StatsTable) -> str:
    rows = [
        {
            "desk": row.desk,
            "name": row.name,
            **dict(zip([m.key for m in MEASURES], row.counts.values(), strict=True)),
        }
        for row in table.rows
    ]
    document = {
        "from": table.period.start.isoformat(),
        "to": table.period.end.isoformat(),
        "rows": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


# -- commands --------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    password = _password(translate("cli", "Administrator's password: "), confirm=True)
    workspace, _ = Workspace.create(args.db, args.admin, password, args.name)
    location = workspace.location
    workspace.close()
    print(
        translate("cli", "Created a new database: {location}").format(location=location), file=out
    )
    print(translate("cli", "Administrator account: {name}").format(name=args.admin), file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from deskapp.services.demo import DEFAULT_SEEKERS, MAX_SEEKERS, generate_demo

    seekers = DEFAULT_SEEKERS if args.seekers is None else args.seekers
    if seekers < 1 or seekers > MAX_SEEKERS:
        raise UsageError(
            translate("cli", "--seekers must be from 1 to {most:,}.").format(most=MAX_SEEKERS)
        )
    password = _password(translate("cli", "Password for the demo accounts: "))
    check_password_rules(password)
    # Accounts and records are committed together: a demo cut off leaves no account, and
    # such a database is made again by the next demo (or init).
    workspace = Workspace.new_database(args.db)
    try:
        report = generate_demo(workspace, password, seekers=seekers, seed=args.seed)
    except BaseException:
        workspace.discard()
        raise
    location = workspace.location
    workspace.close()
    print(
        translate("cli", "Created a demo database: {location}").format(location=location),
        file=out,
    )
    print(translate("cli", "Accounts (the password is the one you typed):"), file=out)
    for account in report.accounts:
        desk = account.desk or "-"
        print(
            f"  {account.username:<10} {account.role.label:<4} {desk:<8} {account.display_name}",
            file=out,
        )
    counts = ", ".join(f"{k} {v:,}" for k, v in report.counts.items())
    print(translate("cli", "Records: {counts}").format(counts=counts), file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        report = workspace.imports.import_workbook(actor, args.file)
    finally:
        workspace.close()
    print(
        translate("cli", "Imported: {file} ({rows:,} rows)").format(
            file=report.file_name, rows=report.total
        ),
        file=out,
    )
    for sheet, count in report.counts.items():
        if count:
            print(f"  {sheet}: {count:,}", file=out)
    if report.masked:
        masked = translate(
            "cli", "Masked {n} numbers that looked like resident registration numbers."
        )
        print(masked.format(n=report.masked), file=out)
    if report.warnings:
        print(translate("cli", "Job seekers who may be the same person (please check):"), file=out)
        for warning in report.warnings:
            print(f"  {warning}", file=out)
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    # openpyxl is loaded by the commands that write a workbook only (``import`` is fast).
    from deskapp.reports.template import write_template

    write_template(args.out)
    print(
        translate("cli", "Saved an empty records workbook: {path}").format(path=args.out), file=out
    )
    return EXIT_OK


def _reason(actor: Actor, given: str, default: str) -> str:
    """The export's reason: a counselor must give one; others get ``default``."""
    return given if given or actor.role is Role.COUNSELOR else default


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    # openpyxl is loaded by the commands that write a workbook only (``import`` is fast).
    from deskapp.reports.breakdown import write_breakdown_table
    from deskapp.reports.xlsx import TITLE, write_stats_table

    period = Period.parse(args.start, args.end)
    dimension = parse_dimension(args.by) if args.by else None
    workspace, actor = _login(args)
    try:
        reason = _reason(actor, args.reason, translate("cli", "Command-line statistics"))
        if dimension is not None:
            split = workspace.statistics.export_breakdown(actor, period, dimension, reason)
        else:
            table = workspace.statistics.export_table(actor, period, reason)
    finally:
        workspace.close()
    if dimension is not None:
        if args.xlsx:
            write_breakdown_table(split, args.xlsx, TITLE)
        if args.format == "csv":
            print("\n".join(split.csv_lines()), file=out)
        elif args.format == "json":
            print(json.dumps(split.as_json(), ensure_ascii=False, indent=2), file=out)
        else:
            print(format_breakdown(split), file=out)
        return EXIT_OK
    if args.xlsx:
        write_stats_table(table, args.xlsx)
    if args.format == "csv":
        print("\n".join(table.csv_lines()), file=out)
    elif args.format == "json":
        print(table_json(table), file=out)
    else:
        print(format_table(table), file=out)
    return EXIT_OK


def format_breakdown(table: BreakdownTable) -> str:
    """A breakdown for a terminal: desk, value and the four measures, aligned."""
    labels = {m.key: f"{m.label}({m.unit})" for m in MEASURES}
    head = [
        translate("cli", "Desk"),
        table.dimension.label,
        *(labels[k] for k in BREAKDOWN_KEYS),
    ]
    body = [
        [row.desk_name, row.group, *(f"{v:,}" for v in row.counts.values())] for row in table.rows
    ]
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = [_period_line(table.period)]
    for index, row in enumerate([head, *body]):
        cells = [_pad(cell, widths[i], right=i > 1 and index > 0) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_events(args: argparse.Namespace, out: TextIO) -> int:
    # openpyxl is loaded by the commands that write a workbook only (``import`` is fast).
    from deskapp.reports.events import write_events_workbook

    period = Period.parse(args.start, args.end)
    kind = parse_event_kind(args.kind, "--kind") if args.kind else None
    grouping = EventGrouping(args.by)
    workspace, actor = _login(args)
    try:
        report = workspace.events.export_report(
            actor,
            period,
            kind,
            grouping,
            args.reason or translate("cli", "Command-line event figures"),
        )
    finally:
        workspace.close()
    if args.xlsx:
        write_events_workbook(report, period, args.xlsx)
    if args.format == "csv":
        print("\n".join(report.csv_lines()), file=out)
    elif args.format == "json":
        document = {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            **report.as_json(),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
    else:
        print(format_events(report, period), file=out)
    return EXIT_OK


def format_events(report: EventReport, period: Period) -> str:
    """The event report for a terminal, in the layout of the district's table."""
    # openpyxl is loaded by the commands that write a workbook only (``import`` is fast).
    from deskapp.reports.events import table_rows

    shape, body = table_rows(report)
    rows = [list(shape.headings), *[[_shown(v) for v in row] for row in body]]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(shape.headings))]
    lines = [_period_line(period)]
    for index, row in enumerate(rows):
        cells = [_pad(cell, widths[i], right=i > 0 and index > 0) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _shown(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def cmd_retention(args: argparse.Namespace, out: TextIO) -> int:
    # openpyxl is loaded by the commands that write a workbook only (``import`` is fast).
    from deskapp.reports.retention import write_retention_workbook

    period = Period.parse(args.start, args.end)
    workspace, actor = _login(args)
    try:
        report = workspace.retention.export_report(actor, period, args.reason)
    finally:
        workspace.close()
    if args.xlsx:
        write_retention_workbook(report, args.xlsx)
    if args.format == "csv":
        print("\n".join(report.csv_lines()), file=out)
    elif args.format == "json":
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(format_retention(report), file=out)
    return EXIT_OK


def format_retention(report: RetentionReport) -> str:
    """고용유지 현황 for a terminal: 취업자, then 유지 · 이직 · 미확인 · 도래 전 per checkpoint."""
    head = [translate("cli", "Desk"), translate("cli", "Placed")] + [
        f"{checkpoint_label(n)} {state_label(s)}" if i == 0 else state_label(s)
        for n in CHECKPOINTS
        for i, s in enumerate(STATES)
    ]
    body = [[row.name, *(f"{v:,}" for v in row.counts.values())] for row in report.rows]
    note = translate("cli", "Period: {period} (checked as of {today}, in people)").format(
        period=report.period, today=report.today.isoformat()
    )
    return "\n".join([note, *_aligned(head, body)])


def _check_year(year: int) -> None:
    if not 1990 <= year <= 2100:
        raise UsageError(
            translate("cli", "--year {year}: give a year from 1990 to 2100.").format(year=year)
        )


def cmd_monthly(args: argparse.Namespace, out: TextIO) -> int:
    # openpyxl is loaded by the commands that write a workbook only (``import`` is fast).
    from deskapp.reports.breakdown import MONTHLY_DIMENSIONS
    from deskapp.reports.xlsx import write_monthly_workbook

    _check_year(args.year)
    period = Period.year(args.year)
    workspace, actor = _login(args)
    achievements = outreach = events = None
    try:
        reason = _reason(actor, args.reason, translate("cli", "Command-line monthly statistics"))
        series = workspace.statistics.export_monthly(actor, period, reason)
        breakdowns = workspace.statistics.export_breakdowns(
            actor, period, MONTHLY_DIMENSIONS, reason
        )
        retention = workspace.retention.report(actor, period)
        if not series.whole.whole and actor.desk is not None:
            retention = retention.only(actor.desk)
        if series.whole.whole:  # every desk's: the targets, outreach and events too
            achievements = workspace.targets.achievement(actor, args.year)
            outreach = workspace.outreach.report(actor, args.year)
            events = workspace.events.events(actor, period)
    finally:
        workspace.close()
    write_monthly_workbook(
        series,
        args.xlsx,
        achievements=achievements,
        outreach=outreach,
        events=events,
        breakdowns=breakdowns,
        retention=retention,
    )
    saved = translate("cli", "Saved the monthly statistics workbook: {path}")
    print(saved.format(path=args.xlsx), file=out)
    return EXIT_OK


def cmd_programmes(args: argparse.Namespace, out: TextIO) -> int:
    _check_year(args.year)
    kind = args.kind.strip() if args.kind and args.kind.strip() else None
    if kind is None and args.report == "camp":
        kind = CAMP_KIND  # the camp's table is the camp's, not every programme's
    if kind == ALL_KINDS:
        kind = None
    reason = args.reason or translate("cli", "Command-line programmes report")
    workspace, actor = _login(args)
    try:
        if args.report == "camp":
            report = workspace.programmes.export_outcomes(actor, args.year, kind, reason)
        else:
            year = workspace.programmes.export_programme_year(actor, args.year, kind, reason)
    finally:
        workspace.close()
    if args.report == "camp":
        print(format_outcomes(report, args.format), file=out)
    else:
        print(format_programme_year(year, args.format), file=out)
    return EXIT_OK


def _aligned(head: Sequence[str], body: Sequence[Sequence[str]]) -> list[str]:
    """Rows for a terminal, aligned for Hangul's double width (numbers to the right)."""
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = []
    for index, row in enumerate([head, *body]):
        cells = [_pad(cell, widths[i], right=i > 0 and index > 0) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def format_outcomes(report: OutcomeReport, form: str) -> str:
    """금천희망취업캠프 운영현황 as a table, csv or json."""
    if form == "csv":
        return "\n".join(report.csv_lines())
    if form == "json":
        rows = [
            {
                "year": year,
                "enrolled": r.enrolled,
                "completed": r.completed,
                "certified": r.certified,
                "employed": r.employed,
                "as_of": r.as_of.isoformat() if r.as_of else None,
                "targets": dict(r.targets),
            }
            for year, r in (("total", report.total), *report.years)
        ]
        return json.dumps({"kind": report.kind, "rows": rows}, ensure_ascii=False, indent=2)
    if report.kind:
        title = translate("cli", "Employment support programme outcomes ({kind})").format(
            kind=report.kind
        )
    else:
        title = translate("cli", "Employment support programme outcomes")
    return "\n".join([title, *_aligned(OUTCOME_HEADINGS, [r.cells() for r in report.rows])])


def format_programme_year(report: ProgrammeYear, form: str) -> str:
    """일자리카페 운영현황 (programmes of a year) as a table, csv or json."""
    if form == "csv":
        lines = [PROGRAMME_CSV_HEADER]
        for r in report.rows:
            cells = (report.year, r.name, r.schedule, r.participants, r.sessions)
            lines.append(",".join(_csv_cell(v) for v in cells))
        return "\n".join(lines)
    if form == "json":
        rows = [
            {
                "programme": r.name,
                "schedule": r.schedule,
                "participants": r.participants,
                "sessions": r.sessions,
            }
            for r in report.rows
        ]
        return json.dumps({"year": report.year, "rows": rows}, ensure_ascii=False, indent=2)
    return "\n".join(_aligned(PROGRAMME_HEADINGS, report.table()))


def _csv_cell(value: object) -> str:
    """One csv cell: formula-like text behind an apostrophe, quoted when it must be."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([csv_safe(value)])
    return buffer.getvalue()


def _new_password() -> str:
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(
            translate("cli", "Cannot read a new password here. Give it in {env}.").format(
                env=NEW_PASSWORD_ENV
            )
        )
    first = getpass.getpass(translate("cli", "New password: "))
    if getpass.getpass(translate("cli", "Confirm new password: ")) != first:
        raise UsageError(translate("cli", "The two passwords differ."))
    return first


def cmd_users(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        accounts = workspace.accounts
        if args.action == "add":
            role = Role(args.role)
            created = accounts.create_user(
                actor, args.name, _new_password(), role, args.desk, args.display_name
            )
            made = translate("cli", "Created the account: {name} ({role})")
            print(made.format(name=created.username, role=role.label), file=out)
        elif args.action == "list":
            print(translate("cli", "Account\tName\tRole\tDesk\tState"), file=out)
            for item in accounts.users(actor):
                state = (
                    translate("cli", "Active") if item.is_active else translate("cli", "Disabled")
                )
                if item.locked_until:
                    locked = translate("cli", "{state} (locked until {time} UTC)")
                    state = locked.format(state=state, time=f"{item.locked_until:%H:%M}")
                print(
                    f"{item.username}\t{item.display_name}\t{item.role.label}\t"
                    f"{item.desk or '-'}\t{state}",
                    file=out,
                )
        elif args.action in ("disable", "enable"):
            accounts.set_active(actor, args.name, args.action == "enable")
            if args.action == "enable":
                done = translate("cli", "{name}: enabled again")
            else:
                done = translate("cli", "{name}: disabled")
            print(done.format(name=args.name), file=out)
        else:
            accounts.reset_password(actor, args.name, _new_password())
            print(translate("cli", "{name}: password changed.").format(name=args.name), file=out)
    finally:
        workspace.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    period = Period.parse(args.start, args.end)
    workspace, actor = _login(args)
    try:
        out.write(workspace.audit.csv_text(actor, period))
    finally:
        workspace.close()
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        report = workspace.privacy.purge(actor, args.years)
    finally:
        workspace.close()
    done = translate(
        "cli",
        "Anonymized the personal data of {n:,} job seekers inactive since before {day}.",
    )
    print(done.format(n=report.anonymized, day=report.inactive_before), file=out)
    if report.masked:
        masked = translate(
            "cli",
            "Masked {n:,} numbers in stored text that looked like resident registration numbers.",
        )
        print(masked.format(n=report.masked), file=out)
    if report.backup:
        backup = translate("cli", "Backup made before anonymizing: {path}")
        print(backup.format(path=report.backup), file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        target = workspace.backups.backup(actor, args.to)
    finally:
        workspace.close()
    print(translate("cli", "Backed up: {path}").format(path=target), file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        saved = workspace.backups.restore(actor, args.file)
    finally:
        workspace.close()
    restored = translate("cli", "Restored from {file}. The database before the restore: {saved}")
    print(restored.format(file=args.file, saved=saved), file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    workspace = Workspace.open(args.db, upgrade=False)  # no log-in: nothing is changed
    try:
        report = workspace.check.run()
    finally:
        workspace.close()
    if report.years:
        years = translate("cli", "{first}–{last}").format(
            first=report.years[0], last=report.years[-1]
        )
    else:
        years = translate("cli", "no data")
    if report.ok:
        fine = translate(
            "cli",
            "No problems: integrity, referential integrity, statistics ({years}) and record "
            "protection all agree.",
        )
        print(fine.format(years=years), file=out)
        return EXIT_OK
    # A damaged file is bad input (exit 2); figures or logs that disagree are a fault (1).
    raise CheckFailed(report.lines(), EXIT_BAD_INPUT if report.integrity else EXIT_ERROR)


def cmd_grant(args: argparse.Namespace, out: TextIO) -> int:
    report = grant_roles(args.db, args.app, args.admin_role)
    for done in report.roles:
        if done.kind == "app":
            granted = translate(
                "cli",
                "Desks' role {role}: granted only the rights needed on {tables} tables and "
                "{sequences} sequences.",
            )
        else:
            granted = translate(
                "cli",
                "Administrator's role {role}: granted only the rights needed on {tables} tables "
                "and {sequences} sequences.",
            )
        print(
            granted.format(role=done.role, tables=done.tables, sequences=done.sequences),
            file=out,
        )
    for role in report.revoked:
        revoked = translate("cli", "Revoked every right of the role recorded before, {role}.")
        print(revoked.format(role=role), file=out)
    for note in report.notes:
        print(note, file=out)
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    upgraded = upgrade_schema(args.db)
    if upgraded.changed:
        done = translate("cli", "Upgraded the schema from {before} to {after}.").format(
            before=upgraded.before,
            after=upgraded.after,
            after_josa=particle(upgraded.after, "으로/로"),
        )
        print(done, file=out)
    else:
        latest = translate("cli", "The schema is already the latest ({after}).")
        print(latest.format(after=upgraded.after), file=out)
    return EXIT_OK


def _month(args: argparse.Namespace) -> tuple[int, int]:
    if not 1 <= args.month <= 12 or not 1990 <= args.year <= 2100:
        raise UsageError(
            translate(
                "cli", "--year {year} --month {month}: give a valid year and a month from 1 to 12."
            ).format(year=args.year, month=args.month)
        )
    return args.year, args.month


def _unfinished_lines(found: MonthUnfinished) -> list[str]:
    """What is unfinished in a month, group by group, one item a line."""
    lines = []
    for name, title in UNFINISHED_GROUPS:
        items = found.group(name)
        desks = ", ".join(f"{d} {n:,}" for d, n in found.by_desk(items).items())
        if desks:
            line = translate("cli", "{title}: {n:,} ({desks})")
        else:
            line = translate("cli", "{title}: {n:,}")
        lines.append(line.format(title=title, n=len(items), desks=desks))
        lines += [
            f"  {i.on}\t{i.desk}\t{i.record_kind} {i.record_id}\t{i.seeker_name}\t{i.what}"
            for i in items
        ]
    return lines


def cmd_close(args: argparse.Namespace, out: TextIO) -> int:
    year, month = _month(args)
    workspace, actor = _login(args)
    try:
        month_close = workspace.month_close
        closed = {(c.year, c.month) for c in month_close.closes(actor) if c.reopened_at is None}
        if (year, month) in closed or Period.month(year, month).end >= month_close.today():
            month_close.close_month(actor, year, month)  # refused, saying why
        found = month_close.unfinished(actor, year, month)
        if not found.empty and not args.force:
            for line in _unfinished_lines(found):
                print(line, file=sys.stderr)
            refused = translate(
                "cli",
                "deskapp: {month}/{year} has {n:,} unfinished items, so it was not closed. "
                "To close it anyway, add --force.",
            )
            print(refused.format(year=year, month=month, n=found.count), file=sys.stderr)
            return EXIT_BAD_INPUT
        table = month_close.close_month(actor, year, month, even_if_unfinished=args.force)
    finally:
        workspace.close()
    if found.empty:
        nothing = translate("cli", "Nothing is unfinished in {month}/{year}.")
        print(nothing.format(year=year, month=month), file=out)
    else:
        forced = translate("cli", "Unfinished in {month}/{year}: {n:,} (closed with --force):")
        print(forced.format(year=year, month=month, n=found.count), file=out)
        for line in _unfinished_lines(found):
            print(line, file=out)
    closed_line = translate("cli", "Closed {month}/{year}. The figures kept:")
    print(closed_line.format(year=year, month=month), file=out)
    print(format_table(table), file=out)
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, out: TextIO) -> int:
    year, month = _month(args)
    workspace, actor = _login(args)
    try:
        workspace.month_close.reopen_month(actor, year, month, args.reason)
    finally:
        workspace.close()
    reopened = translate("cli", "Reopened {month}/{year} (reason: {reason}).")
    print(reopened.format(year=year, month=month, reason=args.reason), file=out)
    return EXIT_OK


def cmd_target(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        desk = parse_desk(args.desk, "--desk").desk.code
        workspace.targets.set_target(actor, args.year, desk, args.measure, args.value)
        rows = [
            a
            for a in workspace.targets.achievement(actor, args.year)
            if a.desk == desk and a.measure == args.measure
        ]
    finally:
        workspace.close()
    achieved = rows[0]
    rate = f"{achieved.rate:.1%}" if achieved.rate is not None else "-"
    line = translate(
        "cli", "{year} {desk} {measure} target {target:,}: now {achieved:,} ({rate} achieved)"
    )
    print(
        line.format(
            year=args.year,
            desk=desk,
            measure=args.measure,
            target=args.value,
            achieved=achieved.achieved,
            rate=rate,
        ),
        file=out,
    )
    return EXIT_OK


def cmd_flags(args: argparse.Namespace, out: TextIO) -> int:
    period = Period.parse(args.start, args.end)
    workspace, actor = _login(args)
    try:
        flags = workspace.integrity_flags.flags(actor, period)
    finally:
        workspace.close()
    print(translate("cli", "Flag\tDesk\tEntered by\tRecord\tDate\tDetail"), file=out)
    for flag in flags:
        print(
            f"{flag.label}\t{flag.desk}\t{flag.counselor}\t{flag.record_kind} {flag.record_id}"
            f"\t{flag.on}\t{flag.detail}",
            file=out,
        )
    print(translate("cli", "{n:,} in all").format(n=len(flags)), file=out)
    return EXIT_OK


def cmd_occupations(args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "search":
        if not args.text.strip():
            raise UsageError(translate("cli", "Give an occupation's name or code to search for."))
        if args.limit < 1:
            raise UsageError(translate("cli", "--limit must be at least 1."))
    workspace, actor = _login(args)
    try:
        occupations = workspace.occupations
        if args.action == "search":
            for occupation in occupations.search_occupations(args.text, args.limit):
                print(f"{occupation.code}\t{occupation.name}", file=out)
            return EXIT_OK
        loaded = occupations.load_classification(actor, args.file)
    finally:
        workspace.close()
    entries = translate("cli", "Loaded {n:,} entries of the occupation classification ({file}).")
    print(entries.format(n=loaded.entries, file=args.file.name), file=out)
    coded = translate(
        "cli", "Gave a code to {n:,} job seeker and opening records that had no occupation code."
    )
    print(coded.format(n=loaded.coded), file=out)
    return EXIT_OK


#: A correction as typed: a records workbook's column heading and a value.
PAIR_EXAMPLE = "연락처=010-1234-5678"  # korean-data


def _pairs(items: Sequence[str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """FIELD=VALUE arguments by field, and the problem of every malformed one (the
    well-formed ones are still checked, so that every problem is reported at once)."""
    pairs: dict[str, str] = {}
    problems: list[tuple[str, str]] = []
    for item in items:
        field, equals, value = item.partition("=")
        field = field.strip()
        if not equals or not field:
            written = translate("cli", "Write it as 'FIELD=VALUE' (e.g. {example}).")
            problems.append((item, written.format(example=PAIR_EXAMPLE)))
        elif field in pairs:
            problems.append((field, translate("cli", "The same field is given twice.")))
        else:
            pairs[field] = value
    if not items:
        problems.append(
            (
                translate("cli", "FIELD"),
                translate("cli", "Give the fields to change (FIELD=VALUE)."),
            )
        )
    return pairs, problems


def cmd_edit(args: argparse.Namespace, out: TextIO) -> int:
    kind: RecordKind = args.kinds[args.kind]
    changes, problems = _pairs(args.changes)
    if changes:
        try:  # every bad value is reported with the malformed arguments, before log-in
            read_changes(kind, changes, date.today())
        except ValidationError as error:
            problems += error.problems
    if not args.reason.strip():
        problems.append(("--reason", translate("cli", "Give the reason for the correction.")))
    if problems:
        raise ValidationError.many(problems)
    workspace, actor = _login(args)
    try:
        changed = workspace.corrections.change(
            actor, ChangeRecord(kind, args.number, changes, args.reason)
        )
    finally:
        workspace.close()
    if not changed.changes:
        same = translate("cli", "{kind} {number}: nothing changed (the values are already so).")
        print(same.format(kind=kind.label, number=changed.number), file=out)
        return EXIT_OK
    corrected = translate("cli", "Corrected {kind} {number} (reason: {reason}).").format(
        kind=kind.label,
        number=changed.number,
        number_josa=particle(changed.number, "을/를"),
        reason=args.reason.strip(),
    )
    print(corrected, file=out)
    empty = translate("cli", "(none)")
    for change in changed.changes:
        print(f"  {change.field}: {change.old or empty} → {change.new or empty}", file=out)
    for warning in changed.warnings:
        print(translate("cli", "  Warning: {warning}").format(warning=warning), file=out)
    return EXIT_OK


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    kind = args.kinds[args.kind] if args.kind else None
    workspace, actor = _login(args)
    try:
        if kind is RecordKind.EVENT:
            story = workspace.events.history(actor, args.number)
        else:
            story = workspace.corrections.history(actor, kind, args.number)
    finally:
        workspace.close()
    if args.format == "csv":
        out.write(story.csv_text())
        return EXIT_OK
    rows = [list(HISTORY_HEADER)] + [
        [
            e.at.isoformat(sep=" ", timespec="seconds"),
            e.username,
            e.field_label,
            e.old,
            e.new,
            e.reason,
        ]
        for e in story.entries
    ]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(HISTORY_HEADER))]
    print(story.title, file=out)
    for row in rows:
        cells = [_pad(cell, widths[i], False) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip(), file=out)
    return EXIT_OK


def cmd_groups(args: argparse.Namespace, out: TextIO) -> int:
    name = args.name.strip() if args.action in ("add", "retire") else ""
    workspace, actor = _login(args)
    try:
        groups = workspace.groups
        if args.action == "add":
            groups.add(actor, args.name)
            added = translate("cli", "Added the target group '{name}'.")
            print(added.format(name=name, name_josa=particle(name, "을/를")), file=out)
        elif args.action == "retire":
            groups.retire(actor, args.name)
            retired = translate("cli", "The target group '{name}' is no longer used.")
            print(retired.format(name=name, name_josa=particle(name, "을/를")), file=out)
        else:
            line = translate("cli", "{name}\t{state}\t{n:,} people")
            for group in groups.groups(include_retired=True):
                state = translate("cli", "Active") if group.active else translate("cli", "Retired")
                print(line.format(name=group.name, state=state, n=group.seekers), file=out)
    finally:
        workspace.close()
    return EXIT_OK


PERFORMANCE_CSV_HEADER = (
    "counselor,desks,measure," + ",".join(f"m{m:02d}" for m in range(1, 13)) + ",year"
)


def cmd_performance(args: argparse.Namespace, out: TextIO) -> int:
    _check_year(args.year)
    desk = parse_desk(args.desk, "--desk").desk.code if args.desk else None
    workspace, actor = _login(args)
    try:
        rows = workspace.performance.by_counselor(actor, args.year, desk)
    finally:
        workspace.close()
    print(format_performance(rows, args.year, args.format), file=out)
    return EXIT_OK


def format_performance(rows: Sequence[CounselorPerformance], year: int, form: str) -> str:
    """상담사별 실적: csv one line per counselor and measure, else a table per measure."""
    if form == "csv":
        lines = [PERFORMANCE_CSV_HEADER]
        for row in rows:
            for key in PERFORMANCE_KEYS:
                figures = row.figures(key)
                cells = [row.name, " ".join(row.desks), key, *figures.monthly, figures.year]
                lines.append(",".join(_csv_cell(v) for v in cells))
        return "\n".join(lines)
    month = translate("cli", "M{month}")
    head = [
        translate("cli", "Counselor"),
        translate("cli", "Desks"),
        *(month.format(month=m) for m in range(1, 13)),
        translate("cli", "Year total"),
    ]
    title = translate(
        "cli", "Figures per counselor, {year} (the year's people placed count each person once)"
    )
    lines = [title.format(year=year)]
    for key in PERFORMANCE_KEYS:
        body = [
            [
                row.name,
                " ".join(row.desks),
                *(f"{v:,}" for v in row.figures(key).monthly),
                f"{row.figures(key).year:,}",
            ]
            for row in rows
        ]
        lines += ["", f"{performance_label(key)}({performance_unit(key)})", *_aligned(head, body)]
    return "\n".join(lines)


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "template": cmd_template,
    "stats": cmd_stats,
    "events": cmd_events,
    "retention": cmd_retention,
    "monthly": cmd_monthly,
    "performance": cmd_performance,
    "programmes": cmd_programmes,
    "users": cmd_users,
    "audit": cmd_audit,
    "purge": cmd_purge,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "grant": cmd_grant,
    "upgrade": cmd_upgrade,
    "close": cmd_close,
    "reopen": cmd_reopen,
    "target": cmd_target,
    "flags": cmd_flags,
    "occupations": cmd_occupations,
    "edit": cmd_edit,
    "history": cmd_history,
    "groups": cmd_groups,
}


def _log_crash(error: BaseException) -> Path | None:
    """Keep the traceback of an unexpected error in the data folder, without the values it
    was about (owner-only, rotated: deskapp/services/error_log.py); the user sees a message."""
    return log_error(data_folder() / "deskapp-error.log", error)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    if os.environ.get(LANGUAGE_ENV):  # the language asked for, before any text is made
        set_language(os.environ[LANGUAGE_ENV])
    try:
        with contextlib.redirect_stdout(out):  # --help and --version print to ``out``
            args = _build_parser().parse_args(argv)
        if args.command is None:
            from deskapp.app import run_gui

            code: int = run_gui(args.db)
            return code
        with contextlib.redirect_stderr(err):  # a command's warnings go where its errors go
            return COMMANDS[args.command](args, out)
    except (Exception, KeyboardInterrupt, SystemExit) as error:
        return failed(error, err)


def failed(error: BaseException, err: TextIO) -> int:
    """Tell the user what went wrong, on ``err``, one problem a line (a traceback only in
    the error log); returns the exit code. Also for the window's launch (deskapp/launch.py)."""
    try:
        raise error
    except CheckFailed as error:
        for line in error.lines:
            print(line, file=err)
        print(f"deskapp: {error}", file=err)
        return error.code
    except WorkbookRejected as error:
        for problem in error.problems:
            print(str(problem), file=err)
        print(f"deskapp: {error}", file=err)
        return EXIT_BAD_INPUT
    except ValidationError as error:
        for field, message in error.problems:
            print(f"deskapp: {field_label(field)}: {message}", file=err)
        return EXIT_BAD_INPUT
    except (UsageError, DuplicateImport, DatabaseError, NotFound, BackupFailed) as error:
        if isinstance(error, DatabaseFailed):  # the driver's error, for the administrator
            _log_crash(error)
        print(f"deskapp: {error}", file=err)
        return EXIT_BAD_INPUT
    except (AuthenticationFailed, PermissionDenied) as error:
        print(f"deskapp: {error}", file=err)
        return EXIT_REFUSED
    except DeskappError as error:
        print(f"deskapp: {error}", file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(translate("cli", "deskapp: interrupted."), file=err)
        return EXIT_ERROR
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else EXIT_OK
    except Exception as error:  # a user never sees a traceback
        log = _log_crash(error)
        if log:
            crash = translate(
                "cli", "deskapp: an unexpected error occurred ({error}). Details: {log}"
            )
        else:
            crash = translate("cli", "deskapp: an unexpected error occurred ({error}).")
        print(crash.format(error=type(error).__name__, log=log), file=err)
        return EXIT_ERROR
