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
    DeskappError,
    DuplicateImport,
    NotFound,
    PermissionDenied,
    ValidationError,
    WorkbookRejected,
)
from deskapp.domain.events import EventGrouping, EventReport, parse_event_kind
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
from deskapp.reports.breakdown import MONTHLY_DIMENSIONS, write_breakdown_table
from deskapp.reports.events import table_rows, write_events_workbook
from deskapp.reports.retention import write_retention_workbook
from deskapp.reports.template import write_template
from deskapp.reports.xlsx import TITLE, write_monthly_workbook, write_stats_table
from deskapp.services.accounts import check_password_rules
from deskapp.services.error_log import log_error
from deskapp.services.history import CSV_HEADER as HISTORY_HEADER
from deskapp.services.month_check import GROUPS as UNFINISHED_GROUPS
from deskapp.services.month_check import MonthUnfinished
from deskapp.services.performance import MEASURE_LABELS as PERFORMANCE_LABELS
from deskapp.services.performance import MEASURE_UNITS as PERFORMANCE_UNITS
from deskapp.services.performance import PERFORMANCE_KEYS, CounselorPerformance
from deskapp.services.shared_mode import grant_roles, upgrade_schema
from deskapp.services.workspace import Workspace, data_folder

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT, EXIT_REFUSED = 0, 1, 2, 3
DAMAGE_NOTE = (
    "마지막 검사에서 데이터베이스 파일이 손상된 것을 찾았습니다. 수치를 믿기 전에 "
    "'deskapp check'로 확인하고 백업에서 복원하세요"
)
PASSWORD_ENV = "DESKAPP_PASSWORD"
NEW_PASSWORD_ENV = "DESKAPP_NEW_PASSWORD"


class UsageError(DeskappError):
    """A bad command-line argument."""


class CheckFailed(DeskappError):
    """``deskapp check`` found problems (listed on standard error, exit 1)."""

    def __init__(self, lines: list[str], code: int = 1) -> None:
        self.lines = lines
        self.code = code
        super().__init__(f"검사에서 문제 {len(lines)}건을 찾았습니다.")


class _Parser(argparse.ArgumentParser):
    """argparse with its complaints in Korean and exit code 2 as a DeskappError."""

    _MESSAGES = (
        ("the following arguments are required: ", "필요한 인자가 없습니다: "),
        ("unrecognized arguments: ", "알 수 없는 인자입니다: "),
        ("invalid choice: ", "고를 수 없는 값입니다: "),
        ("invalid int value: ", "정수가 아닙니다: "),
        ("expected one argument", "값이 하나 필요합니다"),
        ("choose from", "다음 중에서 고르세요:"),
        ("argument ", "인자 "),
    )

    def error(self, message: str) -> NoReturn:
        for english, korean in self._MESSAGES:
            message = message.replace(english, korean)
        raise UsageError(f"{message}\n('{self.prog} --help'로 사용법을 볼 수 있습니다.)")


def _build_parser() -> argparse.ArgumentParser:
    db_help = "데이터베이스 파일 경로 또는 SQLAlchemy URL (기본: DESKAPP_DB, 사용자 폴더)"
    top = _Parser(add_help=False)
    top.add_argument("--db", help=db_help)
    # A command's own --db only when given: `deskapp --db D stats …` keeps D.
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    user = _Parser(add_help=False)
    user.add_argument(
        "--user", required=True, help="계정 (비밀번호는 DESKAPP_PASSWORD 또는 입력 프롬프트)"
    )

    parser = _Parser(
        prog="deskapp",
        description=(
            "금천구 일자리 상담창구 상담·알선·취업 관리. 하위 명령 없이 실행하면 창을 엽니다."
        ),
        parents=[top],
    )
    parser.add_argument("--version", action="version", version=f"deskapp {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="명령", parser_class=_Parser)

    init = commands.add_parser(
        "init", parents=[common], help="새 데이터베이스와 관리자 계정 만들기"
    )
    init.add_argument("--admin", required=True, help="관리자 계정 이름")
    init.add_argument("--name", default="", help="관리자 표시 이름")

    demo = commands.add_parser("demo", parents=[common], help="데모 자료로 새 데이터베이스 만들기")
    demo.add_argument("--seekers", type=int, default=None, help="구직자 수 (기본 20,000)")
    demo.add_argument("--seed", type=int, default=1, help="난수 씨앗 (같은 값이면 같은 자료)")

    imp = commands.add_parser(
        "import", parents=[common, user], help="기록 통합문서(.xlsx) 가져오기"
    )
    imp.add_argument("file", metavar="FILE.xlsx", type=Path)

    template = commands.add_parser("template", help="빈 기록 통합문서 저장")
    template.add_argument("out", metavar="OUT.xlsx", type=Path)

    stats = commands.add_parser("stats", parents=[common, user], help="구인·구직·취업 실적표")
    stats.add_argument("--from", dest="start", required=True, help="시작일 (YYYY-MM-DD)")
    stats.add_argument("--to", dest="end", required=True, help="종료일 (YYYY-MM-DD)")
    stats.add_argument("--format", choices=("table", "csv", "json"), default="table")
    stats.add_argument("--xlsx", type=Path, help="공식 양식 xlsx로도 저장")
    stats.add_argument(
        "--by",
        metavar="|".join(d.value for d in Dimension),
        help="나누어 보기: 성별(sex), 연령대(age), 구민 여부(resident), 대상 그룹(group), "
        "동 창구 현장(site), 상담사(counselor)",
    )
    reason_help = "내보내는 사유 (접속기록에 남습니다; 상담사는 꼭 적어야 합니다)"
    stats.add_argument("--reason", default="", help=reason_help)

    events = commands.add_parser(
        "events",
        parents=[common, user],
        help="행사(채용박람회·일구데이) 실적표",
        description="기간 안의 행사를 행사별, 장소별 또는 장소구분별로 묶어 운영횟수, 참여기업, "
        "모집인원, 참여인원, 면접인원, 채용인원을 출력합니다 (총계가 먼저).",
    )
    events.add_argument("--from", dest="start", required=True, help="시작일 (YYYY-MM-DD)")
    events.add_argument("--to", dest="end", required=True, help="종료일 (YYYY-MM-DD)")
    events.add_argument("--kind", help="행사 구분: 채용박람회, 일구데이, 합동일구데이, 현장면접")
    events.add_argument("--by", choices=[g.value for g in EventGrouping], default="event")
    events.add_argument("--format", choices=("table", "csv", "json"), default="table")
    events.add_argument("--xlsx", type=Path, help="보고서 양식 xlsx로도 저장")
    events.add_argument("--reason", default="", help=reason_help)

    retention = commands.add_parser(
        "retention",
        parents=[common, user],
        help="고용유지 현황 (1·3·6개월)",
        description="기간 중 취업한 사람이 1, 3, 6개월에 유지, 이직, 미확인, 도래 전 중 어디에 "
        "드는지 창구별로 셉니다 (총계가 먼저). 상담사는 자기 창구만, 사유(--reason)를 적어야 "
        "합니다.",
    )
    retention.add_argument("--from", dest="start", required=True, help="시작일 (YYYY-MM-DD)")
    retention.add_argument("--to", dest="end", required=True, help="종료일 (YYYY-MM-DD)")
    retention.add_argument("--format", choices=("table", "csv", "json"), default="table")
    retention.add_argument("--xlsx", type=Path, help="고용유지 시트 xlsx로도 저장")
    retention.add_argument("--reason", default="", help=reason_help)

    monthly = commands.add_parser("monthly", parents=[common, user], help="월별 창구 실적 통합문서")
    monthly.add_argument("--year", type=int, required=True)
    monthly.add_argument("--xlsx", type=Path, required=True)
    monthly.add_argument("--reason", default="", help=reason_help)

    performance = commands.add_parser(
        "performance",
        parents=[common, user],
        help="상담사별 실적 (월별·연간)",
        description="상담사별로 구직등록, 상담, 알선, 취업자수(사람 수), 사후관리(고용유지 확인)를 "
        "월별과 연간 합계로 출력합니다. 상담사는 자기 실적만 봅니다.",
    )
    performance.add_argument("--year", type=int, required=True)
    performance.add_argument("--desk", help="한 창구만 (팀장·관리자)")
    performance.add_argument("--format", choices=("table", "csv"), default="table")

    programmes = commands.add_parser(
        "programmes", parents=[common, user], help="취업지원 프로그램 운영현황"
    )
    programmes.add_argument("--year", type=int, required=True, help="연도 (YYYY)")
    programmes.add_argument(
        "--report",
        choices=("camp", "programmes"),
        default="camp",
        help="camp: 연도별 교육대상·이수·자격취득·취업 (기본); "
        "programmes: 그해 프로그램별 일정·참여자·회수",
    )
    programmes.add_argument(
        "--kind",
        help="프로그램 구분만 (예: 취업캠프, 멘토링, 클리닉; camp는 없으면 취업캠프, "
        "'전체'는 모든 구분)",
    )
    programmes.add_argument("--format", choices=("table", "csv", "json"), default="table")
    programmes.add_argument("--reason", default="", help=reason_help)

    users = commands.add_parser("users", parents=[common, user], help="계정 관리 (관리자)")
    actions = users.add_subparsers(
        dest="action", metavar="작업", required=True, parser_class=_Parser
    )
    add = actions.add_parser("add", help="계정 추가 (비밀번호: DESKAPP_NEW_PASSWORD 또는 입력)")
    add.add_argument("name", help="새 계정 이름")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--desk", help="창구 (상담사는 필수): plus, gvalley, dong, welfare")
    add.add_argument("--display-name", default="", help="표시 이름")
    actions.add_parser("list", help="계정 목록")
    for action, text in (
        ("disable", "사용 중지"),
        ("enable", "다시 사용"),
        ("reset-password", "비밀번호 재설정 (DESKAPP_NEW_PASSWORD 또는 입력)"),
    ):
        target = actions.add_parser(action, help=text)
        target.add_argument("name", help="계정 이름")

    audit = commands.add_parser("audit", parents=[common, user], help="접속기록 (관리자)")
    audit.add_argument("--from", dest="start", required=True, help="시작일")
    audit.add_argument("--to", dest="end", required=True, help="종료일")
    audit.add_argument("--format", choices=("csv",), default="csv")

    purge = commands.add_parser(
        "purge", parents=[common, user], help="오래 활동이 없는 구직자 개인정보 익명화 (관리자)"
    )
    purge.add_argument("--years", type=int, default=5, help="활동이 없는 햇수 (기본 5)")

    backup = commands.add_parser(
        "backup", parents=[common, user], help="데이터베이스 백업 (관리자)"
    )
    backup.add_argument("--to", type=Path, help="백업 파일 (기본: 데이터베이스 옆 backups/)")
    restore = commands.add_parser("restore", parents=[common, user], help="백업에서 복원 (관리자)")
    restore.add_argument("file", type=Path, metavar="BACKUP.sqlite3")
    commands.add_parser("check", parents=[common], help="무결성·참조·통계 검사")
    grant = commands.add_parser(
        "grant",
        parents=[common],
        help="공유 모드: 창구·관리자용 데이터베이스 역할에 권한 주기 (소유자 주소로)",
        description=(
            "PostgreSQL 공유 모드에서 창구 PC들이 쓰는 역할(--app)과 관리자 PC의 역할"
            "(--admin-role)에 꼭 필요한 권한만 주고 나머지는 거둡니다. --db에는 표의 소유자 "
            "계정 주소를 주세요. 다시 실행해도 같은 결과이고, 스키마를 올릴 때마다 기록된 "
            "역할에 권한이 다시 맞춰집니다."
        ),
    )
    grant.add_argument("--app", required=True, help="창구용 역할 (예: deskapp_app)")
    grant.add_argument(
        "--admin-role", help="관리자용 역할 (예: deskapp_admin; 주지 않으면 전에 준 역할)"
    )
    commands.add_parser(
        "upgrade",
        parents=[common],
        help="데이터베이스 스키마를 이 버전으로 올리기 (공유 모드: 소유자 주소로)",
    )

    close = commands.add_parser("close", parents=[common, user], help="월 마감 (팀장)")
    close.add_argument("--year", type=int, required=True)
    close.add_argument("--month", type=int, required=True)
    close.add_argument(
        "--force",
        action="store_true",
        help="미검토 취업·기한 지난 사후관리·점검 신호가 남아 있어도 마감",
    )
    reopen = commands.add_parser("reopen", parents=[common, user], help="월 마감 해제 (팀장)")
    reopen.add_argument("--year", type=int, required=True)
    reopen.add_argument("--month", type=int, required=True)
    reopen.add_argument("--reason", required=True, help="마감을 푸는 사유")
    target = commands.add_parser("target", parents=[common, user], help="연간 목표 설정 (팀장)")
    target.add_argument("--year", type=int, required=True)
    target.add_argument("--desk", required=True, help="창구: plus, gvalley, dong, welfare")
    target.add_argument("--measure", required=True, choices=[m.key for m in MEASURES])
    target.add_argument("--value", type=int, required=True)
    flags = commands.add_parser("flags", parents=[common, user], help="점검 신호 (팀장)")
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
        help="기록 고치기 (항목=값, 사유와 함께)",
        description=(
            "한 기록의 항목들을 한 번에 고칩니다. 항목 이름은 기록 통합문서의 열 제목과 같고 "
            "(예: 연락처=010-1234-5678 등록창구=G밸리), 값은 가져오기와 똑같이 검사합니다. "
            "빈 값(항목=)은 그 항목을 지웁니다. 값 하나라도 틀리면 모든 문제를 알리고 아무것도 "
            "바꾸지 않습니다. 구인의 마감사유(채용완료, 기간만료, 업체철회, 기타)는 구인을 "
            "마감하고, 빈 값은 다시 엽니다."
        ),
    )
    edit.add_argument(
        "kind",
        choices=list(kinds),
        metavar="seeker|employer|opening|…",
        help="기록 종류 (session, referral, placement는 번호 대신 id)",
    )
    edit.add_argument("number", metavar="NUMBER", help="구직자번호, 업체번호, 구인번호 (또는 id)")
    edit.add_argument("changes", nargs="*", metavar="FIELD=VALUE", help="바꿀 항목과 값")
    edit.add_argument("--reason", required=True, help="고치는 사유 (변경 이력에 남습니다)")
    edit.set_defaults(kinds=kinds)
    history = commands.add_parser(
        "history",
        parents=[common, user],
        help="기록의 변경 이력",
        description="한 기록의 변경 이력을 오래된 것부터 출력합니다 (구직자는 그 사람의 상담·"
        "알선·취업 기록을 고친 것까지).",
    )
    history.add_argument(
        "number", metavar="NUMBER", help="구직자번호, 업체번호, 구인번호 (--kind event: 행사번호)"
    )
    history.add_argument(
        "--kind",
        choices=[*kinds, "event"],
        help="같은 번호가 여러 종류에 있을 때 (행사의 이력은 event)",
    )
    history.add_argument("--format", choices=("table", "csv"), default="table")
    history.set_defaults(kinds={**kinds, "event": RecordKind.EVENT})

    groups = commands.add_parser("groups", parents=[common, user], help="대상 그룹 목록 (관리자)")
    group_actions = groups.add_subparsers(
        dest="action", metavar="작업", required=True, parser_class=_Parser
    )
    group_actions.add_parser("list", help="대상 그룹 목록 (사용 중지된 것 포함)")
    for action, text in (("add", "대상 그룹 추가"), ("retire", "대상 그룹 사용 중지")):
        group_actions.add_parser(action, help=text).add_argument("name", help="그룹 이름")

    occupations = commands.add_parser(
        "occupations",
        help="직업분류(KECO) 불러오기·찾기",
        description="직업분류를 새 공식 분류로 바꾸거나(관리자) 세분류 직업을 찾습니다.",
    )
    tasks = occupations.add_subparsers(
        dest="action", metavar="작업", required=True, parser_class=_Parser
    )
    load = tasks.add_parser(
        "load",
        parents=[common, user],
        help="직업분류 CSV 파일 불러오기 (관리자)",
        description=(
            "직업분류 전체를 CSV 파일(UTF-8, 첫 줄 code,name,level,parent_code)의 것으로 "
            "바꾸고, 직업 코드가 없는 구직자·구인 기록에 코드를 붙입니다. 파일에 문제가 "
            "있으면 그 줄을 알리고 아무것도 바꾸지 않습니다."
        ),
    )
    load.add_argument("file", metavar="FILE.csv", type=Path)
    search = tasks.add_parser(
        "search",
        parents=[common, user],
        help="세분류 직업 찾기 (이름의 일부나 코드의 앞자리)",
        description="이름에 TEXT가 들어가거나 코드가 TEXT로 시작하는 세분류 직업을 "
        "'코드<탭>이름'으로 한 줄에 하나씩 출력합니다.",
    )
    search.add_argument("text", metavar="TEXT", help="직업 이름의 일부 또는 코드의 앞자리")
    search.add_argument("--limit", type=int, default=30, help="최대 개수 (기본 30)")
    return parser


# -- helpers ---------------------------------------------------------------------------


def _password(prompt: str = "비밀번호: ", confirm: bool = False) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(f"비밀번호를 입력받을 수 없습니다. {PASSWORD_ENV} 환경 변수로 주세요.")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("비밀번호 확인: ") != value:
        raise UsageError("두 비밀번호가 다릅니다.")
    return value


def _login(args: argparse.Namespace) -> tuple[Workspace, Actor]:
    workspace = Workspace.open(args.db)
    try:
        actor = workspace.accounts.authenticate(args.user, _password(f"{args.user} 비밀번호: "))
    except BaseException:
        workspace.close()
        raise
    damage = workspace.check.last_damage()
    if damage:  # the figures may be wrong: say so on every command until it is mended
        print(f"deskapp: 주의: {DAMAGE_NOTE} ({damage[0]})", file=sys.stderr)
    return workspace, actor


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * max(width - _width(text), 0)
    return space + text if right else text + space


def format_table(table: StatsTable) -> str:
    """The statistics table for a terminal, aligned for Hangul's double width."""
    head = ["구 분", *(f"{m.label}({m.unit})" for m in MEASURES)]
    body = [[row.name, *(f"{v:,}" for v in row.counts.values())] for row in table.rows]
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = [f"기간: {table.period}"]
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
    password = _password("관리자 비밀번호: ", confirm=True)
    workspace, _ = Workspace.create(args.db, args.admin, password, args.name)
    location = workspace.location
    workspace.close()
    print(f"새 데이터베이스를 만들었습니다: {location}", file=out)
    print(f"관리자 계정: {args.admin}", file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from deskapp.services.demo import DEFAULT_SEEKERS, MAX_SEEKERS, generate_demo

    seekers = DEFAULT_SEEKERS if args.seekers is None else args.seekers
    if seekers < 1 or seekers > MAX_SEEKERS:
        raise UsageError(f"--seekers는 1 이상 {MAX_SEEKERS:,} 이하여야 합니다.")
    password = _password("데모 계정 비밀번호: ")
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
    print(f"데모 데이터베이스를 만들었습니다: {location}", file=out)
    print("계정 (비밀번호는 입력한 것과 같습니다):", file=out)
    for account in report.accounts:
        desk = account.desk or "-"
        print(
            f"  {account.username:<10} {account.role.label:<4} {desk:<8} {account.display_name}",
            file=out,
        )
    print("기록: " + ", ".join(f"{k} {v:,}" for k, v in report.counts.items()), file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        report = workspace.imports.import_workbook(actor, args.file)
    finally:
        workspace.close()
    print(f"가져왔습니다: {report.file_name} ({report.total:,}행)", file=out)
    for sheet, count in report.counts.items():
        if count:
            print(f"  {sheet}: {count:,}", file=out)
    if report.masked:
        print(f"주민등록번호로 보이는 숫자 {report.masked}건을 가려서 저장했습니다.", file=out)
    if report.warnings:
        print("같은 사람일 수 있는 구직자 (확인하세요):", file=out)
        for warning in report.warnings:
            print(f"  {warning}", file=out)
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    write_template(args.out)
    print(f"빈 기록 통합문서를 저장했습니다: {args.out}", file=out)
    return EXIT_OK


def _reason(actor: Actor, given: str, default: str) -> str:
    """The export's reason: a counselor must give one; others get ``default``."""
    return given if given or actor.role is Role.COUNSELOR else default


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    period = Period.parse(args.start, args.end)
    dimension = parse_dimension(args.by) if args.by else None
    workspace, actor = _login(args)
    try:
        reason = _reason(actor, args.reason, "명령줄 통계")
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
    head = ["구 분", table.dimension.label, *(labels[k] for k in BREAKDOWN_KEYS)]
    body = [
        [row.desk_name, row.group, *(f"{v:,}" for v in row.counts.values())] for row in table.rows
    ]
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = [f"기간: {table.period}"]
    for index, row in enumerate([head, *body]):
        cells = [_pad(cell, widths[i], right=i > 1 and index > 0) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_events(args: argparse.Namespace, out: TextIO) -> int:
    period = Period.parse(args.start, args.end)
    kind = parse_event_kind(args.kind, "--kind") if args.kind else None
    grouping = EventGrouping(args.by)
    workspace, actor = _login(args)
    try:
        report = workspace.events.export_report(
            actor, period, kind, grouping, args.reason or "명령줄 행사 실적"
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
    shape, body = table_rows(report)
    rows = [list(shape.headings), *[[_shown(v) for v in row] for row in body]]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(shape.headings))]
    lines = [f"기간: {period}"]
    for index, row in enumerate(rows):
        cells = [_pad(cell, widths[i], right=i > 0 and index > 0) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _shown(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def cmd_retention(args: argparse.Namespace, out: TextIO) -> int:
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
    head = ["구 분", "취업자"] + [
        f"{checkpoint_label(n)} {state_label(s)}" if i == 0 else state_label(s)
        for n in CHECKPOINTS
        for i, s in enumerate(STATES)
    ]
    body = [[row.name, *(f"{v:,}" for v in row.counts.values())] for row in report.rows]
    note = f"기간: {report.period} (확인 기준일 {report.today.isoformat()}, 단위: 명)"
    return "\n".join([note, *_aligned(head, body)])


def cmd_monthly(args: argparse.Namespace, out: TextIO) -> int:
    if not 1990 <= args.year <= 2100:
        raise UsageError(f"--year {args.year}: 1990~2100 사이의 연도를 주세요.")
    period = Period.year(args.year)
    workspace, actor = _login(args)
    achievements = outreach = events = None
    try:
        reason = _reason(actor, args.reason, "명령줄 월별 통계")
        series = workspace.statistics.export_monthly(actor, period, reason)
        breakdowns = workspace.statistics.export_breakdowns(
            actor, period, MONTHLY_DIMENSIONS, reason
        )
        retention = workspace.retention.report(actor, period)
        if not series.whole.whole and actor.desk is not None:
            retention = retention.only(actor.desk)
        if series.whole.whole:  # every desk's: the targets, outreach and events too
            achievements = workspace.review.achievement(actor, args.year)
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
    print(f"월별 실적 통합문서를 저장했습니다: {args.xlsx}", file=out)
    return EXIT_OK


def cmd_programmes(args: argparse.Namespace, out: TextIO) -> int:
    if not 1990 <= args.year <= 2100:
        raise UsageError(f"--year {args.year}: 1990~2100 사이의 연도를 주세요.")
    kind = args.kind.strip() if args.kind and args.kind.strip() else None
    if kind is None and args.report == "camp":
        kind = CAMP_KIND  # the camp's table is the camp's, not every programme's
    if kind == "전체":
        kind = None
    reason = args.reason or "명령줄 프로그램 운영현황"
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
    title = f"취업지원 프로그램 성과{f' ({report.kind})' if report.kind else ''}"
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
        raise UsageError(f"새 비밀번호를 입력받을 수 없습니다. {NEW_PASSWORD_ENV}로 주세요.")
    first = getpass.getpass("새 비밀번호: ")
    if getpass.getpass("새 비밀번호 확인: ") != first:
        raise UsageError("두 비밀번호가 다릅니다.")
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
            print(f"계정을 만들었습니다: {created.username} ({role.label})", file=out)
        elif args.action == "list":
            print("계정\t이름\t역할\t창구\t상태", file=out)
            for item in accounts.users(actor):
                state = "사용" if item.is_active else "중지"
                if item.locked_until:
                    state += f" (잠김 {item.locked_until:%H:%M} UTC까지)"
                print(
                    f"{item.username}\t{item.display_name}\t{item.role.label}\t"
                    f"{item.desk or '-'}\t{state}",
                    file=out,
                )
        elif args.action in ("disable", "enable"):
            accounts.set_active(actor, args.name, args.action == "enable")
            print(
                f"{args.name}: {'다시 사용' if args.action == 'enable' else '사용 중지'}", file=out
            )
        else:
            accounts.reset_password(actor, args.name, _new_password())
            print(f"{args.name}: 비밀번호를 바꿨습니다.", file=out)
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
    print(
        f"{report.inactive_before} 이전부터 활동이 없는 구직자 {report.anonymized:,}명의 "
        "개인정보를 익명화했습니다.",
        file=out,
    )
    if report.masked:
        print(
            f"저장된 글에서 주민등록번호로 보이는 숫자 {report.masked:,}건을 가렸습니다.", file=out
        )
    if report.backup:
        print(f"익명화 전 백업: {report.backup}", file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        target = workspace.backups.backup(actor, args.to)
    finally:
        workspace.close()
    print(f"백업했습니다: {target}", file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        saved = workspace.backups.restore(actor, args.file)
    finally:
        workspace.close()
    print(f"{args.file}에서 복원했습니다. 복원 전 데이터베이스: {saved}", file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    workspace = Workspace.open(args.db, upgrade=False)  # no log-in: nothing is changed
    try:
        report = workspace.check.run()
    finally:
        workspace.close()
    years = f"{report.years[0]}~{report.years[-1]}년" if report.years else "자료 없음"
    if report.ok:
        print(f"이상 없음: 무결성, 참조 무결성, 통계({years}), 기록 보호 모두 맞습니다.", file=out)
        return EXIT_OK
    # A damaged file is bad input (exit 2); figures or logs that disagree are a fault (1).
    raise CheckFailed(report.lines(), EXIT_BAD_INPUT if report.integrity else EXIT_ERROR)


def cmd_grant(args: argparse.Namespace, out: TextIO) -> int:
    report = grant_roles(args.db, args.app, args.admin_role)
    for done in report.roles:
        label = "창구용" if done.kind == "app" else "관리자용"
        print(
            f"{label} 역할 {done.role}: 표 {done.tables}개와 번호 순서 {done.sequences}개에 "
            "필요한 권한만 주었습니다.",
            file=out,
        )
    for role in report.revoked:
        print(f"전에 기록된 역할 {role}의 권한을 모두 거두었습니다.", file=out)
    for note in report.notes:
        print(note, file=out)
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    upgraded = upgrade_schema(args.db)
    if upgraded.changed:
        print(
            f"스키마를 {upgraded.before}에서 {upgraded.after}{particle(upgraded.after, '으로/로')} "
            "올렸습니다.",
            file=out,
        )
    else:
        print(f"스키마가 이미 최신({upgraded.after})입니다.", file=out)
    return EXIT_OK


def _month(args: argparse.Namespace) -> tuple[int, int]:
    if not 1 <= args.month <= 12 or not 1990 <= args.year <= 2100:
        raise UsageError(f"{args.year}년 {args.month}월: 올바른 연도와 월(1~12)을 주세요.")
    return args.year, args.month


def _unfinished_lines(found: MonthUnfinished) -> list[str]:
    """What is unfinished in a month, group by group, one item a line."""
    lines = []
    for name, title in UNFINISHED_GROUPS:
        items = found.group(name)
        desks = ", ".join(f"{d} {n:,}" for d, n in found.by_desk(items).items())
        lines.append(f"{title} {len(items):,}건" + (f" ({desks})" if desks else ""))
        lines += [
            f"  {i.on}\t{i.desk}\t{i.record_kind} {i.record_id}\t{i.seeker_name}\t{i.what}"
            for i in items
        ]
    return lines


def cmd_close(args: argparse.Namespace, out: TextIO) -> int:
    year, month = _month(args)
    workspace, actor = _login(args)
    try:
        review = workspace.review
        closed = {(c.year, c.month) for c in review.closes(actor) if c.reopened_at is None}
        if (year, month) in closed or Period.month(year, month).end >= review.today():
            review.close_month(actor, year, month)  # refused, saying why
        found = review.unfinished(actor, year, month)
        if not found.empty and not args.force:
            for line in _unfinished_lines(found):
                print(line, file=sys.stderr)
            print(
                f"deskapp: {year}년 {month}월에 끝나지 않은 일이 {found.count:,}건 있어 마감하지 "
                "않았습니다. 그래도 마감하려면 --force를 붙이세요.",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        table = review.close_month(actor, year, month, even_if_unfinished=args.force)
    finally:
        workspace.close()
    if found.empty:
        print(f"{year}년 {month}월에 끝나지 않은 일은 없습니다.", file=out)
    else:
        print(f"{year}년 {month}월에 끝나지 않은 일 {found.count:,}건 (--force로 마감):", file=out)
        for line in _unfinished_lines(found):
            print(line, file=out)
    print(f"{year}년 {month}월을 마감했습니다. 고정된 실적:", file=out)
    print(format_table(table), file=out)
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, out: TextIO) -> int:
    year, month = _month(args)
    workspace, actor = _login(args)
    try:
        workspace.review.reopen_month(actor, year, month, args.reason)
    finally:
        workspace.close()
    print(f"{year}년 {month}월 마감을 풀었습니다 (사유: {args.reason}).", file=out)
    return EXIT_OK


def cmd_target(args: argparse.Namespace, out: TextIO) -> int:
    workspace, actor = _login(args)
    try:
        desk = parse_desk(args.desk, "--desk").desk.code
        workspace.review.set_target(actor, args.year, desk, args.measure, args.value)
        rows = [
            a
            for a in workspace.review.achievement(actor, args.year)
            if a.desk == desk and a.measure == args.measure
        ]
    finally:
        workspace.close()
    achieved = rows[0]
    rate = f"{achieved.rate:.1%}" if achieved.rate is not None else "-"
    print(
        f"{args.year}년 {desk} {args.measure} 목표 {args.value:,}: 현재 {achieved.achieved:,} "
        f"(달성률 {rate})",
        file=out,
    )
    return EXIT_OK


def cmd_flags(args: argparse.Namespace, out: TextIO) -> int:
    period = Period.parse(args.start, args.end)
    workspace, actor = _login(args)
    try:
        flags = workspace.review.flags(actor, period)
    finally:
        workspace.close()
    print("신호\t창구\t입력한 계정\t기록\t날짜\t내용", file=out)
    for flag in flags:
        print(
            f"{flag.label}\t{flag.desk}\t{flag.counselor}\t{flag.record_kind} {flag.record_id}"
            f"\t{flag.on}\t{flag.detail}",
            file=out,
        )
    print(f"모두 {len(flags):,}건", file=out)
    return EXIT_OK


def cmd_occupations(args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "search":
        if not args.text.strip():
            raise UsageError("찾을 직업 이름이나 코드를 주세요.")
        if args.limit < 1:
            raise UsageError("--limit은 1 이상이어야 합니다.")
    workspace, actor = _login(args)
    try:
        casework = workspace.casework
        if args.action == "search":
            for occupation in casework.search_occupations(args.text, args.limit):
                print(f"{occupation.code}\t{occupation.name}", file=out)
            return EXIT_OK
        loaded = casework.load_classification(actor, args.file)
    finally:
        workspace.close()
    print(f"직업분류 {loaded.entries:,}개 항목을 불러왔습니다 ({args.file.name}).", file=out)
    print(f"직업 코드가 없던 구직자·구인 기록 {loaded.coded:,}건에 코드를 붙였습니다.", file=out)
    return EXIT_OK


def _pairs(items: Sequence[str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """FIELD=VALUE arguments by field, and the problem of every malformed one (the
    well-formed ones are still checked, so that every problem is reported at once)."""
    pairs: dict[str, str] = {}
    problems: list[tuple[str, str]] = []
    for item in items:
        field, equals, value = item.partition("=")
        field = field.strip()
        if not equals or not field:
            problems.append((item, "'항목=값'으로 적으세요 (예: 연락처=010-1234-5678)."))
        elif field in pairs:
            problems.append((field, "같은 항목을 두 번 적었습니다."))
        else:
            pairs[field] = value
    if not items:
        problems.append(("항목", "바꿀 항목을 적으세요 (항목=값)."))
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
        problems.append(("--reason", "고치는 사유를 적으세요."))
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
        print(f"{kind.label} {changed.number}: 바뀐 항목이 없습니다 (이미 그 값입니다).", file=out)
        return EXIT_OK
    print(
        f"{kind.label} {changed.number}{particle(changed.number, '을/를')} 고쳤습니다 (사유: "
        f"{args.reason.strip()}).",
        file=out,
    )
    for change in changed.changes:
        print(f"  {change.field}: {change.old or '(없음)'} → {change.new or '(없음)'}", file=out)
    for warning in changed.warnings:
        print(f"  주의: {warning}", file=out)
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
    workspace, actor = _login(args)
    try:
        groups = workspace.groups
        if args.action == "add":
            groups.add(actor, args.name)
            print(
                f"대상 그룹 '{args.name.strip()}'{particle(args.name.strip(), '을/를')} "
                "더했습니다.",
                file=out,
            )
        elif args.action == "retire":
            groups.retire(actor, args.name)
            print(
                f"대상 그룹 '{args.name.strip()}'{particle(args.name.strip(), '을/를')} 더는 쓰지 "
                "않습니다.",
                file=out,
            )
        else:
            for group in groups.groups(include_retired=True):
                state = "사용" if group.active else "사용 중지"
                print(f"{group.name}\t{state}\t{group.seekers:,}명", file=out)
    finally:
        workspace.close()
    return EXIT_OK


PERFORMANCE_CSV_HEADER = (
    "counselor,desks,measure," + ",".join(f"m{m:02d}" for m in range(1, 13)) + ",year"
)


def cmd_performance(args: argparse.Namespace, out: TextIO) -> int:
    if not 1990 <= args.year <= 2100:
        raise UsageError(f"--year {args.year}: 1990~2100 사이의 연도를 주세요.")
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
    head = ["상담사", "창구", *(f"{m}월" for m in range(1, 13)), "합계"]
    lines = [f"{year}년 상담사별 실적 (취업자수의 합계는 한 해의 사람 수)"]
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
        lines += ["", f"{PERFORMANCE_LABELS[key]}({PERFORMANCE_UNITS[key]})", *_aligned(head, body)]
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
    try:
        with contextlib.redirect_stdout(out):  # --help and --version print to ``out``
            args = _build_parser().parse_args(argv)
        if args.command is None:
            from deskapp.app import run_gui

            code: int = run_gui(args.db)
            return code
        with contextlib.redirect_stderr(err):  # a command's warnings go where its errors go
            return COMMANDS[args.command](args, out)
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
            print(f"deskapp: {field}: {message}", file=err)
        return EXIT_BAD_INPUT
    except (UsageError, DuplicateImport, DatabaseError, NotFound, BackupFailed) as error:
        print(f"deskapp: {error}", file=err)
        return EXIT_BAD_INPUT
    except (AuthenticationFailed, PermissionDenied) as error:
        print(f"deskapp: {error}", file=err)
        return EXIT_REFUSED
    except DeskappError as error:
        print(f"deskapp: {error}", file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("deskapp: 중단했습니다.", file=err)
        return EXIT_ERROR
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else EXIT_OK
    except Exception as error:  # a user never sees a traceback
        log = _log_crash(error)
        where = f" 자세한 내용: {log}" if log else ""
        print(f"deskapp: 예상하지 못한 오류가 났습니다 ({type(error).__name__}).{where}", file=err)
        return EXIT_ERROR
