"""Breakdowns of the seeker-side figures (``stats --by``): who is served and by whom.

Counted on real databases (SQLite and PostgreSQL) and checked against counts made
by hand from the rows of a random records workbook.
"""

from __future__ import annotations

import io
import json
import random
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from conftest import PASSWORD, add_seeker, counselor_at
from sqlalchemy import select

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.breakdown import (
    AGES,
    CSV_HEADER,
    NO_GROUP,
    UNKNOWN,
    Dimension,
    age_band,
    full_years,
    parse_dimension,
)
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, DeskRef, desk_by_code
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.records import RecordKind, Role
from deskapp.services.workspace import Workspace
from deskapp.store.breakdown_queries import Cells
from deskapp.store.breakdown_queries import age_band as sql_age_band
from deskapp.store.models import AccessLog

YEAR = Period(date(2018, 1, 1), date(2018, 10, 30))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


# -- ages ----------------------------------------------------------------------------------


def test_full_years_turn_on_the_birthday() -> None:
    assert full_years(date(1990, 5, 10), date(2018, 5, 9)) == 27
    assert full_years(date(1990, 5, 10), date(2018, 5, 10)) == 28
    assert full_years(date(2000, 2, 29), date(2018, 2, 28)) == 17
    assert full_years(date(2000, 2, 29), date(2018, 3, 1)) == 18


def test_bands_and_unknown() -> None:
    on = date(2018, 6, 1)
    assert age_band(None, on) == UNKNOWN
    assert age_band(date(2003, 6, 2), on) == UNKNOWN  # 14
    assert age_band(date(2003, 6, 1), on) == "15-29"
    assert age_band(date(1988, 6, 2), on) == "15-29"  # 29
    assert age_band(date(1988, 6, 1), on) == "30-39"
    assert age_band(date(1968, 6, 1), on) == "50-64"
    assert age_band(date(1953, 6, 2), on) == "50-64"  # 64
    assert age_band(date(1953, 6, 1), on) == "65+"
    assert AGES == ("15-29", "30-39", "40-49", "50-64", "65+", UNKNOWN)


def test_dimension_named_by_key_or_label() -> None:
    assert parse_dimension("age") is Dimension.AGE
    assert parse_dimension("구민 여부") is Dimension.RESIDENT
    with pytest.raises(ValidationError) as raised:
        parse_dimension("height")
    assert raised.value.field == "--by"


def test_the_database_bands_ages_as_the_rule_does(workspace: Workspace) -> None:
    """The SQL expression agrees with ``age_band`` around every birthday and band edge."""
    rng = random.Random(15)
    pairs = []
    for _ in range(300):
        on = date(2018, 1, 1) + timedelta(days=rng.randrange(365))
        years = rng.choice((14, 15, 29, 30, 39, 40, 49, 50, 64, 65, 80))
        born = on.replace(year=on.year - years) if (on.month, on.day) != (2, 29) else on
        born += timedelta(days=rng.choice((-1, 0, 1)))
        pairs.append((born, on))
    pairs += [(date(2000, 2, 29), date(2018, 2, 28)), (date(2000, 2, 29), date(2018, 3, 1))]
    from sqlalchemy import Date, literal

    with workspace.db.engine.connect() as connection:
        for born, on in pairs:
            band = sql_age_band(literal(born, Date), literal(on, Date))
            assert connection.execute(select(band)).scalar_one() == age_band(born, on), (born, on)


# -- the rules within each row -------------------------------------------------------------


def _people(workspace: Workspace, admin: Actor) -> dict[str, object]:
    """Records at two desks whose breakdowns are known, with the counting rules' traps."""
    plus = counselor_at(workspace, admin, "plus")
    dong = workspace.accounts.create_user(
        admin, "c-dong", PASSWORD, Role.COUNSELOR, desk="dong", display_name="동 상담사"
    )
    records = workspace.records
    young = add_seeker(
        workspace,
        plus,
        "김청년",
        "2018-02-01",
        생년월일="1995-03-10",
        성별="남",
        구민여부="예",
        대상그룹="청년, 저소득",
    )
    # 29 on her first placement, 30 on the second: counted once, as 15-29.
    turning = add_seeker(
        workspace, plus, "이서른", "2018-02-02", 생년월일="1988-04-15", 성별="여", 구민여부="아니오"
    )
    unknown = add_seeker(workspace, plus, "박모름", "2017-12-20")
    voided = add_seeker(workspace, plus, "최무효", "2018-03-01", 생년월일="1950-01-01", 성별="남")
    site = add_seeker(
        workspace,
        dong,
        "정독산",
        "2018-03-02",
        등록창구="동주민센터(독산동)",
        생년월일="1940-07-01",
        성별="여",
        대상그룹="어르신",
    )
    records.void(admin, RecordKind.SEEKER, voided.id, "중복 등록")
    employer = records.register_employer(plus, RegisterEmployer("(주)가산")).number
    opening = records.register_opening(
        plus, RegisterOpening(employer, "경비", headcount=3, registered_on=date(2018, 2, 1))
    ).number
    records.log_session(plus, LogSession(young.number, date(2018, 2, 3)))
    records.log_session(plus, LogSession(young.number, date(2018, 2, 4), counselor_name="한대리"))
    records.log_session(plus, LogSession(unknown.number, date(2018, 2, 5)))
    records.log_session(plus, LogSession(turning.number, date(2017, 12, 30)))  # outside
    records.log_session(
        dong,
        LogSession(site.number, date(2018, 3, 3), desk=DeskRef(desk_by_code("dong"), "독산동")),
    )
    records.log_session(
        dong,
        LogSession(site.number, date(2018, 3, 4), desk=DeskRef(desk_by_code("dong"), "시흥4동")),
    )
    referral = records.refer(plus, Refer(turning.number, opening, date(2018, 4, 1))).id
    records.refer(plus, Refer(young.number, opening, date(2018, 4, 2)))
    records.record_placement(
        plus, RecordPlacement(turning.number, date(2018, 4, 14), referral_id=referral)
    )
    records.record_placement(plus, RecordPlacement(turning.number, date(2018, 6, 1)))
    gone = records.record_placement(plus, RecordPlacement(young.number, date(2018, 5, 1))).id
    records.void(admin, RecordKind.PLACEMENT, gone, "잘못 입력")
    at_doksan = DeskRef(desk_by_code("dong"), "독산동")
    records.record_placement(dong, RecordPlacement(site.number, date(2018, 5, 2), desk=at_doksan))
    return {"plus": plus, "dong": dong}


def _csv(workspace: Workspace, actor: Actor, by: Dimension) -> list[str]:
    return workspace.statistics.breakdown(actor, YEAR, by).csv_lines()


def test_sex_counts_people_once_and_void_records_never(workspace: Workspace, admin: Actor) -> None:
    _people(workspace, admin)
    lines = _csv(workspace, admin, Dimension.SEX)
    assert lines[0] == CSV_HEADER == "desk,group,job_seekers,sessions,referrals,placements"
    assert lines[1:4] == ["total,남,1,2,1,0", "total,여,2,2,1,2", "total,미상,0,1,0,0"]
    assert lines[4:7] == ["plus,남,1,2,1,0", "plus,여,1,0,1,1", "plus,미상,0,1,0,0"]
    assert lines[7:13] == [
        "gvalley,남,0,0,0,0",
        "gvalley,여,0,0,0,0",
        "gvalley,미상,0,0,0,0",
        "dong,남,0,0,0,0",
        "dong,여,1,2,0,1",
        "dong,미상,0,0,0,0",
    ]
    assert len(lines) == 1 + 3 * 5


def test_age_on_the_record_and_people_on_their_first(workspace: Workspace, admin: Actor) -> None:
    _people(workspace, admin)
    table = workspace.statistics.breakdown(admin, YEAR, Dimension.AGE)
    # 이서른 turned 30 between her two placements: one person, placed by the first.
    assert table.cell("plus", "15-29").placements == 1
    assert table.cell("plus", "30-39").placements == 0
    assert table.cell("plus", "30-39").referrals == 0  # referred at 29
    assert table.cell("plus", "15-29").referrals == 2
    assert table.cell("plus", UNKNOWN).sessions == 1  # no birth date
    assert table.cell("dong", "65+").sessions == 2
    # Registered in 2017, counted in no 2018 registration.
    assert sum(table.cell("plus", band).job_seekers for band in AGES) == 2


def test_each_dimension_adds_up_to_the_desk_row(workspace: Workspace, admin: Actor) -> None:
    """Partitions (sex, age, residence, site) add up to the main table's desk rows."""
    _people(workspace, admin)
    main_table = workspace.statistics.table(admin, YEAR)
    for dimension in (Dimension.SEX, Dimension.AGE, Dimension.RESIDENT, Dimension.SITE):
        table = workspace.statistics.breakdown(admin, YEAR, dimension)
        for desk in DESKS:
            summed = [0, 0, 0, 0]
            for value in table.desk_values(desk):
                summed = [
                    a + b
                    for a, b in zip(summed, table.cell(desk.code, value).values(), strict=True)
                ]
            counts = main_table.by_desk[desk.code]
            expected = [counts.job_seekers, counts.sessions, counts.referrals, counts.placements]
            assert summed == expected, (dimension, desk.code)
        for value in table.desk_values(None):
            total = table.cell("total", value).values()
            assert list(total) == [
                sum(table.cell(d.code, value).values()[i] for d in DESKS) for i in range(4)
            ]


def test_people_in_several_groups_count_in_each(workspace: Workspace, admin: Actor) -> None:
    _people(workspace, admin)
    table = workspace.statistics.breakdown(admin, YEAR, Dimension.GROUP)
    assert table.cell("plus", "청년").job_seekers == 1
    assert table.cell("plus", "저소득").job_seekers == 1
    assert table.cell("plus", NO_GROUP).job_seekers == 1  # 이서른
    assert table.cell("dong", "어르신").placements == 1
    assert table.values[-1] == NO_GROUP
    assert table.values.index("청년") < table.values.index("어르신")


def test_residence_and_sites(workspace: Workspace, admin: Actor) -> None:
    _people(workspace, admin)
    resident = workspace.statistics.breakdown(admin, YEAR, Dimension.RESIDENT)
    assert resident.cell("plus", "구민").sessions == 2
    assert resident.cell("plus", "비구민").placements == 1
    assert resident.cell("plus", UNKNOWN).sessions == 1
    site = workspace.statistics.breakdown(admin, YEAR, Dimension.SITE)
    assert site.desk_values(desk_by_code("dong")) == ("시흥4동", "독산동", UNKNOWN)
    assert site.desk_values(desk_by_code("plus")) == ("구청 1층",)
    assert site.cell("dong", "독산동").sessions == 1
    assert site.cell("dong", "시흥4동").sessions == 1
    assert site.cell("dong", "독산동").job_seekers == 1
    assert site.cell("plus", "구청 1층").sessions == 3


def test_counselor_is_who_recorded_it(workspace: Workspace, admin: Actor) -> None:
    people = _people(workspace, admin)
    table = workspace.statistics.breakdown(admin, YEAR, Dimension.COUNSELOR)
    plus = people["plus"]
    assert isinstance(plus, Actor)
    assert table.cell("plus", plus.display_name).sessions == 2
    assert table.cell("plus", "한대리").sessions == 1  # the 상담사 written on the session
    assert table.cell("plus", plus.display_name).placements == 1
    assert table.cell("plus", plus.display_name).job_seekers == 2
    assert "동 상담사" in table.desk_values(desk_by_code("dong"))
    assert "동 상담사" not in table.desk_values(desk_by_code("plus"))


def test_every_cell_drills_down_to_what_it_counts(workspace: Workspace, admin: Actor) -> None:
    _people(workspace, admin)
    for dimension in Dimension:
        table = workspace.statistics.breakdown(admin, YEAR, dimension)
        for row in table.rows:
            if row.desk == "total":
                continue
            for key, count in zip(
                ("job_seekers", "sessions", "referrals", "placements"),
                row.counts.values(),
                strict=True,
            ):
                found = workspace.drill_down.drill_down(
                    admin, YEAR, row.desk, key, by=dimension, value=row.group
                )
                assert len(found) == count, (dimension, row, key)


# -- who may export what --------------------------------------------------------------------


def test_counselors_export_their_own_desk_with_a_reason(workspace: Workspace, admin: Actor) -> None:
    people = _people(workspace, admin)
    plus = people["plus"]
    assert isinstance(plus, Actor)
    with pytest.raises(ValidationError) as raised:
        workspace.statistics.export_table(plus, YEAR, "  ")
    assert raised.value.field == "사유"
    table = workspace.statistics.export_table(plus, YEAR, "월례 회의 자료")
    assert [r.desk for r in table.rows] == ["plus"]
    assert table.csv_lines()[1].startswith("plus,")
    split = workspace.statistics.export_breakdown(plus, YEAR, Dimension.SEX, "월례 회의 자료")
    assert {r.desk for r in split.rows} == {"plus"}
    series = workspace.statistics.export_monthly(plus, YEAR, "월례 회의 자료")
    assert all([r.desk for r in m.table.rows] == ["plus"] for m in series.months)
    with workspace.db.unit_of_work(write=False) as session:
        details = list(
            session.scalars(select(AccessLog.detail).where(AccessLog.username == plus.username))
        )
    exported = [d for d in details if d and "사유: 월례 회의 자료" in d]
    assert len(exported) == 3
    assert all("창구: 일자리플러스센터" in d for d in exported)


def test_team_leads_export_every_desk(workspace: Workspace, admin: Actor) -> None:
    _people(workspace, admin)
    lead = workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    table = workspace.statistics.export_table(lead, YEAR, "")
    assert [r.desk for r in table.rows] == ["total", "plus", "gvalley", "dong", "welfare"]


def test_counselors_see_no_other_desks_records(workspace: Workspace, admin: Actor) -> None:
    people = _people(workspace, admin)
    plus = people["plus"]
    assert isinstance(plus, Actor)
    with pytest.raises(PermissionDenied):
        workspace.drill_down.drill_down(plus, YEAR, "dong", "sessions", Dimension.SEX, "여")
    assert len(workspace.drill_down.drill_down(plus, YEAR, "plus", "sessions", Dimension.SEX, "남"))


# -- the monthly workbook -------------------------------------------------------------------


def test_monthly_workbook_has_totals_and_breakdown_sheets(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    from deskapp.reports.breakdown import MONTHLY_DIMENSIONS, SHEET_NAMES
    from deskapp.reports.xlsx import write_monthly_workbook

    _people(workspace, admin)
    period = Period.year(2018)
    series = workspace.statistics.export_monthly(admin, period, "test")
    splits = workspace.statistics.export_breakdowns(admin, period, MONTHLY_DIMENSIONS, "test")
    path = write_monthly_workbook(series, tmp_path / "m.xlsx", breakdowns=splits)
    book = openpyxl.load_workbook(path, read_only=True)
    assert [SHEET_NAMES[d] for d in MONTHLY_DIMENSIONS] == [
        "성별",
        "연령대",
        "구민",
        "대상그룹",
        "상담사",
    ]
    assert set(SHEET_NAMES.values()) <= set(book.sheetnames)
    monthly = list(book["월별"].iter_rows(min_row=2, values_only=True))
    assert len(monthly) == 12 * 5
    for month_rows in (monthly[i : i + 5] for i in range(0, len(monthly), 5)):
        assert month_rows[0][1] == "총 계"
        assert [r[1] for r in month_rows[1:]] == [d.name for d in DESKS]
        for column in range(2, 7):
            assert month_rows[0][column] == sum(r[column] for r in month_rows[1:])
    sex = list(book["성별"].iter_rows(min_row=2, values_only=True))
    for month, desk, value, *counts in sex:
        if month == "누계":
            expected = workspace.statistics.breakdown(admin, period, Dimension.SEX)
        else:
            y, m = map(int, month.split("-"))
            expected = workspace.statistics.breakdown(admin, Period.month(y, m), Dimension.SEX)
        code = "total" if desk == "총 계" else next(d.code for d in DESKS if d.name == desk)
        assert tuple(counts) == expected.cell(code, value).values(), (month, desk, value)
    assert any(r[0] == "누계" for r in sex)
    book.close()


# -- the command line, and a random workbook counted by hand -------------------------------


def _random_workbook(path: Path, seed: int) -> dict[str, list[dict[str, object]]]:
    """A records workbook of random people and activity; returns its rows."""
    rng = random.Random(seed)
    desks = [d.name for d in DESKS]
    start = date(2017, 11, 1)

    def day() -> date:
        return start + timedelta(days=rng.randrange((date(2018, 10, 30) - start).days + 1))

    seekers = []
    for i in range(120):
        birth = (
            None
            if rng.random() < 0.1
            else date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 66))
        )
        seekers.append(
            {
                "no": f"S{i:04d}",
                "desk": rng.choice(desks),
                "on": day(),
                "birth": birth,
                "sex": rng.choice(("남", "여", None)),
            }
        )
    openings = [
        {"no": f"O{i}", "desk": rng.choice(desks), "on": date(2017, 10, 1)} for i in range(5)
    ]
    sessions = [
        {"seeker": rng.choice(seekers)["no"], "on": day(), "desk": rng.choice(desks)}
        for _ in range(400)
    ]
    referred: set[tuple[object, object]] = set()
    referrals: list[dict[str, object]] = []
    while len(referrals) < 150:
        seeker, opening = rng.choice(seekers)["no"], rng.choice(openings)["no"]
        if (seeker, opening) not in referred:
            referred.add((seeker, opening))
            referrals.append(
                {"seeker": seeker, "opening": opening, "on": day(), "desk": rng.choice(desks)}
            )
    placements = [
        {"seeker": rng.choice(seekers[:60])["no"], "on": day(), "desk": rng.choice(desks[:2])}
        for _ in range(90)
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "구직자"
    sheet.append(["구직자번호", "성명", "등록창구", "등록일", "생년월일", "성별"])
    for s in seekers:
        name = "김" + "".join("가나다라마바사아자차"[int(c)] for c in str(s["no"])[1:])
        sheet.append([s["no"], name, s["desk"], s["on"], s["birth"], s["sex"]])
    employers = book.create_sheet("구인업체")
    employers.append(["업체번호", "업체명"])
    employers.append(["E1", "(주)금천"])
    sheet = book.create_sheet("구인")
    sheet.append(["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일"])
    for o in openings:
        sheet.append([o["no"], "E1", "사무원", 5, o["desk"], o["on"]])
    sheet = book.create_sheet("상담")
    sheet.append(["구직자번호", "상담일", "상담창구"])
    for r in sessions:
        sheet.append([r["seeker"], r["on"], r["desk"]])
    sheet = book.create_sheet("알선")
    sheet.append(["구직자번호", "구인번호", "알선일", "알선창구"])
    for r in referrals:
        sheet.append([r["seeker"], r["opening"], r["on"], r["desk"]])
    sheet = book.create_sheet("취업")
    sheet.append(["구직자번호", "취업일", "취업창구"])
    for r in placements:
        sheet.append([r["seeker"], r["on"], r["desk"]])
    book.save(path)
    return {
        "seekers": seekers,
        "sessions": sessions,
        "referrals": referrals,
        "placements": placements,
    }


def _by_hand(
    data: dict[str, list[dict[str, object]]], by: str, start: date, end: date
) -> list[str]:
    """The csv of ``stats --by sex|age`` counted in Python from the workbook's rows."""
    code: dict[object, str] = {d.name: d.code for d in DESKS}
    person = {s["no"]: s for s in data["seekers"]}

    def value(seeker_no: object, on: object) -> str:
        s = person[seeker_no]
        if by == "sex":
            return str(s["sex"] or UNKNOWN)
        return age_band(s["birth"], on)  # type: ignore[arg-type]

    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for s in data["seekers"]:
        if start <= s["on"] <= end:  # type: ignore[operator]
            cells[(code[s["desk"]], value(s["no"], s["on"]))][0] += 1
    for column, kind in ((1, "sessions"), (2, "referrals")):
        for r in data[kind]:
            if start <= r["on"] <= end:  # type: ignore[operator]
                cells[(code[r["desk"]], value(r["seeker"], r["on"]))][column] += 1
    first: dict[tuple[str, object], date] = {}
    for r in data["placements"]:
        if start <= r["on"] <= end:  # type: ignore[operator]
            key, on = (code[r["desk"]], r["seeker"]), r["on"]
            assert isinstance(on, date)
            first[key] = min(first.get(key, on), on)
    for (desk, seeker), on in first.items():
        cells[(desk, value(seeker, on))][3] += 1
    values = ("남", "여", UNKNOWN) if by == "sex" else AGES
    lines = [CSV_HEADER]
    for desk in ("total", *(d.code for d in DESKS)):
        for v in values:
            if desk == "total":
                counts = [sum(cells[(d.code, v)][i] for d in DESKS) for i in range(4)]
            else:
                counts = cells[(desk, v)]
            lines.append(",".join([desk, v, *map(str, counts)]))
    return lines


@pytest.mark.parametrize("seed", [7, 2018])
def test_cli_breakdowns_agree_with_counts_by_hand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = str(tmp_path / "d.sqlite3")
    assert run("init", "--db", db, "--admin", "boss")[0] == 0
    data = _random_workbook(tmp_path / "records.xlsx", seed)
    code, out, err = run("import", "--db", db, "--user", "boss", str(tmp_path / "records.xlsx"))
    assert code == 0, err
    for by in ("sex", "age"):
        for start, end in (
            (date(2018, 1, 1), date(2018, 10, 30)),
            (date(2018, 3, 1), date(2018, 3, 31)),
        ):
            code, out, err = run(
                "stats",
                "--db",
                db,
                "--user",
                "boss",
                "--from",
                start.isoformat(),
                "--to",
                end.isoformat(),
                "--by",
                by,
                "--format",
                "csv",
            )
            assert code == 0, err
            assert out.strip().splitlines() == _by_hand(data, by, start, end), (by, start)


def test_cli_counselor_exports_own_desk_only_with_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = str(tmp_path / "d.sqlite3")
    assert run("init", "--db", db, "--admin", "boss")[0] == 0
    workspace = Workspace.open(db)
    try:
        admin = workspace.accounts.authenticate("boss", PASSWORD)
        counselor_at(workspace, admin, "welfare")
    finally:
        workspace.close()
    base = (
        "stats",
        "--db",
        db,
        "--user",
        "c-welfare",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
    )
    code, out, err = run(*base, "--format", "csv")
    assert code == 2 and "사유" in err and out == ""
    code, out, err = run(*base, "--format", "csv", "--reason", "주간 보고")
    assert (code, err) == (0, "")
    assert out.strip().splitlines() == [
        "desk,job_openings,job_seekers,sessions,referrals,placements",
        "welfare,0,0,0,0,0",
    ]
    code, out, err = run(*base, "--by", "age", "--format", "json", "--reason", "주간 보고")
    assert code == 0, err
    assert {r["desk"] for r in json.loads(out)["rows"]} == {"welfare"}
    xlsx = tmp_path / "month.xlsx"
    code, out, err = run(
        "monthly",
        "--db",
        db,
        "--user",
        "c-welfare",
        "--year",
        "2018",
        "--xlsx",
        str(xlsx),
        "--reason",
        "주간 보고",
    )
    assert code == 0, err
    book = openpyxl.load_workbook(xlsx, read_only=True)
    names = {r[1] for r in book["월별"].iter_rows(min_row=2, values_only=True)}
    assert names == {desk_by_code("welfare").name}
    assert "목표·달성률" not in book.sheetnames  # other desks' figures
    assert "성별" in book.sheetnames
    book.close()
    found = rows_of(
        db, "SELECT detail FROM access_log WHERE username = 'c-welfare' AND action = 'export'"
    )
    assert len(found) == 3 and all("사유: 주간 보고" in d for d in found)


def rows_of(db: str, sql: str) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(db)
    try:
        return [r[0] for r in connection.execute(sql)]
    finally:
        connection.close()


# -- the per-day figures follow every change ---------------------------------------------


def _raw(workspace: Workspace, dimension: Dimension) -> Cells:
    """The cells counted straight from the records (no per-day figures)."""
    from sqlalchemy import func

    from deskapp.store.breakdown_queries import base

    cells: Cells = {}
    with workspace.db.unit_of_work(write=False) as session:
        for measure in ("job_seekers", "sessions", "referrals", "placements"):
            rows = base(measure, dimension, YEAR.start, YEAR.end).subquery()
            for desk, value, n in session.execute(
                select(rows.c.desk_id, rows.c.value, func.count(rows.c.key.distinct())).group_by(
                    rows.c.desk_id, rows.c.value
                )
            ):
                cells.setdefault((desk, value), {})[measure] = n
    return cells


def _kept(workspace: Workspace, actor: Actor, dimension: Dimension) -> Cells:
    from deskapp.store.breakdown_queries import breakdown_counts

    workspace.statistics.recount_days(actor)
    measures = ("job_seekers", "sessions", "referrals", "placements")
    with workspace.db.unit_of_work(write=False) as session:
        return breakdown_counts(session, dimension, YEAR.start, YEAR.end, measures)


def _agree(workspace: Workspace, actor: Actor, when: str) -> None:
    for dimension in Dimension:
        assert _kept(workspace, actor, dimension) == _raw(workspace, dimension), (when, dimension)


def test_the_per_day_figures_follow_every_change(workspace: Workspace, admin: Actor) -> None:
    from deskapp.domain.commands import ChangeRecord

    people = _people(workspace, admin)
    plus = people["plus"]
    assert isinstance(plus, Actor)
    _agree(workspace, admin, "at first")
    records, fix = workspace.records, workspace.corrections
    kim = add_seeker(workspace, plus, "김두리", "2018-05-02", 생년월일="1970-01-01", 성별="남")
    twin = add_seeker(workspace, plus, "김두리", "2018-05-03", 생년월일="1970-01-01")
    session_id = records.log_session(plus, LogSession(kim.number, date(2018, 5, 4))).id
    records.log_session(plus, LogSession(twin.number, date(2018, 5, 5), counselor_name="한대리"))
    first = records.record_placement(plus, RecordPlacement(kim.number, date(2018, 5, 10))).id
    records.record_placement(plus, RecordPlacement(kim.number, date(2018, 7, 1)))
    records.record_placement(
        admin, RecordPlacement(kim.number, date(2018, 7, 1), desk=DeskRef(desk_by_code("plus")))
    )  # the same day, by another account
    records.record_placement(plus, RecordPlacement(twin.number, date(2018, 5, 11)))
    _agree(workspace, admin, "new records")
    records.record_placement(plus, RecordPlacement(kim.number, date(2018, 5, 6)))
    _agree(workspace, admin, "a placement before the person's first")
    fix.change(
        admin,
        ChangeRecord(
            RecordKind.SEEKER,
            kim.number,
            {"성별": "여", "생년월일": "2001-01-01", "구민여부": "예"},
            "잘못 입력",
        ),
    )
    _agree(workspace, admin, "a seeker's sex, birth date and residence")
    fix.change(
        admin,
        ChangeRecord(RecordKind.SEEKER, kim.number, {"대상그룹": "청년, 한부모"}, "그룹 추가"),
    )
    _agree(workspace, admin, "groups added")
    fix.change(admin, ChangeRecord(RecordKind.SEEKER, kim.number, {"대상그룹": ""}, "그룹 삭제"))
    _agree(workspace, admin, "groups removed")
    fix.change(
        admin,
        ChangeRecord(RecordKind.SESSION, str(session_id), {"상담일": "2018-06-30"}, "날짜 정정"),
    )
    _agree(workspace, admin, "a session moved to another day")
    fix.change(
        admin, ChangeRecord(RecordKind.PLACEMENT, str(first), {"취업일": "2018-08-01"}, "날짜 정정")
    )
    _agree(workspace, admin, "a first placement moved after the next one")
    records.void(admin, RecordKind.PLACEMENT, first, "잘못 입력")
    _agree(workspace, admin, "a placement voided")
    fix.change(admin, ChangeRecord(RecordKind.SEEKER, twin.number, {"등록창구": "G밸리"}, "창구"))
    _agree(workspace, admin, "a registration moved to another desk")
    merged = workspace.merging.merge(admin, kim.id, twin.id, "같은 사람")
    _agree(workspace, admin, "two records of one person merged")
    workspace.merging.undo_merge(admin, merged)
    _agree(workspace, admin, "the merge undone")
    records.void(admin, RecordKind.SESSION, session_id, "잘못 입력")
    records.void(admin, RecordKind.SEEKER, twin.id, "중복")
    _agree(workspace, admin, "voided")


# -- what the review found ----------------------------------------------------------------


def test_csv_names_are_quoted_and_never_formulas(workspace: Workspace, admin: Actor) -> None:
    import csv

    plus = counselor_at(workspace, admin, "plus")
    seeker = add_seeker(workspace, plus, "김정상", "2018-03-02")
    for name in ('=HYPERLINK("http://evil.example/?a","보기")', "홍,길동"):
        workspace.records.log_session(
            plus, LogSession(seeker.number, date(2018, 3, 3), counselor_name=name)
        )
    lines = workspace.statistics.breakdown(admin, YEAR, Dimension.COUNSELOR).csv_lines()
    parsed = list(csv.reader(lines))
    assert all(len(row) == 6 for row in parsed)
    names = {row[1] for row in parsed[1:]}
    assert '\'=HYPERLINK("http://evil.example/?a","보기")' in names
    assert "홍,길동" in names


def test_a_person_placed_at_both_sites_is_in_the_first_ones_row(
    workspace: Workspace, admin: Actor
) -> None:
    dong = counselor_at(workspace, admin, "dong")
    seeker = add_seeker(workspace, dong, "양현장", "2018-03-02")
    at = {site: DeskRef(desk_by_code("dong"), site) for site in ("시흥4동", "독산동")}
    records = workspace.records
    records.record_placement(
        dong, RecordPlacement(seeker.number, date(2018, 5, 2), desk=at["독산동"])
    )
    records.record_placement(
        dong, RecordPlacement(seeker.number, date(2018, 7, 2), desk=at["시흥4동"])
    )
    table = workspace.statistics.breakdown(admin, YEAR, Dimension.SITE)
    assert table.cell("dong", "독산동").placements == 1
    assert table.cell("dong", "시흥4동").placements == 0
    assert workspace.statistics.table(admin, YEAR).by_desk["dong"].placements == 1
    found = workspace.drill_down.drill_down(
        admin, YEAR, "dong", "placements", Dimension.SITE, "독산동"
    )
    assert [row.seeker_id for row in found] == [seeker.id]
    assert not workspace.drill_down.drill_down(
        admin, YEAR, "dong", "placements", Dimension.SITE, "시흥4동"
    )


def test_a_registration_stays_with_who_registered_it(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    other = workspace.accounts.create_user(
        admin, "c-plus-2", PASSWORD, Role.COUNSELOR, desk="plus", display_name="둘째 상담사"
    )
    seeker = add_seeker(workspace, plus, "이재배정", "2018-03-02")
    workspace.corrections.reassign(admin, [seeker.id], other.username, "담당 변경")
    table = workspace.statistics.breakdown(admin, YEAR, Dimension.COUNSELOR)
    assert table.cell("plus", plus.display_name).job_seekers == 1
    assert table.cell("plus", other.display_name).job_seekers == 0


def test_a_counselor_sees_only_their_own_row_per_counselor(
    workspace: Workspace, admin: Actor
) -> None:
    people = _people(workspace, admin)
    plus, dong = people["plus"], people["dong"]
    assert isinstance(plus, Actor) and isinstance(dong, Actor)
    mine = workspace.statistics.breakdown(plus, YEAR, Dimension.COUNSELOR)
    assert {value for _, value in mine.cells} == {plus.display_name}
    assert mine.cell("plus", plus.display_name).sessions == 2
    exported = workspace.statistics.export_breakdowns(plus, YEAR, (Dimension.COUNSELOR,), "회의")
    assert {value for _, value in exported[Dimension.COUNSELOR].whole.cells} == {plus.display_name}
    with pytest.raises(PermissionDenied):
        workspace.drill_down.drill_down(
            plus, YEAR, "plus", "sessions", Dimension.COUNSELOR, "한대리"
        )
    lead = workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    every = workspace.statistics.breakdown(lead, YEAR, Dimension.COUNSELOR)
    assert "한대리" in every.desk_values(desk_by_code("plus"))


def test_two_active_accounts_cannot_share_a_name(workspace: Workspace, admin: Actor) -> None:
    workspace.accounts.create_user(
        admin, "kim-plus", PASSWORD, Role.COUNSELOR, desk="plus", display_name="김민수"
    )
    with pytest.raises(ValidationError) as raised:
        workspace.accounts.create_user(
            admin, "kim-dong", PASSWORD, Role.COUNSELOR, desk="dong", display_name="김민수"
        )
    assert raised.value.field == "표시 이름"


def test_a_retired_group_keeps_its_place_where_it_counts(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    add_seeker(workspace, plus, "박특성", "2018-03-02", 대상그룹="특성화고")
    groups = [g.name for g in workspace.groups.groups()]
    workspace.groups.retire(admin, "특성화고")
    table = workspace.statistics.breakdown(admin, YEAR, Dimension.GROUP)
    shown = [v for v in table.values if v in groups]
    assert shown == groups  # in the list's order, the retired one still in its place
    assert table.cell("plus", "특성화고").job_seekers == 1


def test_check_finds_a_forged_or_drifted_per_day_figure(workspace: Workspace, admin: Actor) -> None:
    from sqlalchemy import text

    _people(workspace, admin)
    workspace.statistics.breakdown(admin, YEAR, Dimension.SEX)  # recounts the marked days
    assert workspace.check.run().statistics == []
    with workspace.db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE daily_splits SET n = n + 5 WHERE dimension = 'sex' "
                "AND measure = 'sessions' AND day = '2018-02-03'"
            )
        )
    found = workspace.check.run().statistics
    assert len(found) == 2  # the days against the records, and the month against its days
    assert "2018-02 sex sessions '남': 월 합계 2 ≠ 일별 합계 7" in found
    assert "2018년 일자리플러스센터 sessions 성별 '남': 집계 7 ≠ 기록 전수 조회 2" in found
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE daily_splits SET n = n - 5 WHERE dimension = 'sex'"))
        connection.execute(
            text(
                "UPDATE placement_splits SET n = n + 1 WHERE dimension = 'age' AND day = "
                "(SELECT min(day) FROM placement_splits WHERE dimension = 'age')"
            )
        )
    found = workspace.check.run().statistics
    assert any("취업자수" in line or "placements 연령대" in line for line in found), found
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE monthly_splits SET n = n + 2 WHERE dimension = 'site'"))
    found = workspace.check.run().statistics
    assert any("site" in line and "월 합계" in line for line in found), found
