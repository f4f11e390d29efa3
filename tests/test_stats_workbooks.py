"""The statistics workbooks read back: the official layout (``stats --xlsx``) and the
monthly workbook (``monthly``) hold, cell by cell, the figures counted by hand from the
records (tests/placed_figures.py), a counselor's only their own desk's."""

from __future__ import annotations

from pathlib import Path

from conftest import placed_year
from openpyxl import load_workbook
from placed_figures import NOTHING, OFFICIAL_NAMES, PLACED_MONTHS, PLACED_YEAR

from deskapp.domain.access import Actor
from deskapp.domain.dates import Period
from deskapp.reports.xlsx import write_monthly_workbook, write_stats_table
from deskapp.services.workspace import Workspace

YEAR = Period.year(2018)


def _official_rows(path: Path, sheet: str) -> dict[str, tuple[object, ...]]:
    """The desk rows of a sheet in the official layout read back: {name: its five cells}
    from row 5 down to the 기준일 note."""
    book = load_workbook(path)
    found = {}
    for row in book[sheet].iter_rows(min_row=5, values_only=True):
        if str(row[0]).startswith("※"):
            break
        found[str(row[0])] = tuple(row[1:6])
    return found


def _month_rows(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path)["월별"].iter_rows(values_only=True))


def test_the_exported_workbooks_hold_the_tables_figures(
    workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    counselor = placed_year(workspace, admin)["plus"]
    own = workspace.statistics.export_table(counselor, YEAR, "주간 회의")
    written = write_stats_table(own, tmp_path / "own.xlsx")
    assert _official_rows(written, "실적") == {"일자리플러스센터": PLACED_YEAR["plus"]}
    whole = workspace.statistics.export_table(team_lead, YEAR)
    written = write_stats_table(whole, tmp_path / "whole.xlsx")
    assert _official_rows(written, "실적") == {
        OFFICIAL_NAMES[code]: figures for code, figures in PLACED_YEAR.items()
    }
    # The monthly workbook: each month's total and desks, then the year as 누계.
    series = workspace.statistics.export_monthly(admin, YEAR)
    path = write_monthly_workbook(series, tmp_path / "monthly.xlsx")
    expected: list[tuple[object, ...]] = [
        ("월", "창구", "구인등록", "구직등록", "상담", "알선", "취업자수")
    ]
    months = [f"2018-{m:02d}" for m in range(1, 13)]
    for month in months:
        desks = PLACED_MONTHS.get(month, {})
        total = tuple(sum(c) for c in zip(*desks.values(), NOTHING, strict=False))
        expected.append((month, "총 계", *total))
        for code in ("plus", "gvalley", "dong", "welfare"):
            expected.append((month, OFFICIAL_NAMES[code], *desks.get(code, NOTHING)))
    assert _month_rows(path) == expected
    assert _official_rows(path, "누계") == {
        OFFICIAL_NAMES[code]: figures for code, figures in PLACED_YEAR.items()
    }
    # A counselor's monthly workbook: their desk's rows only.
    own_series = workspace.statistics.export_monthly(counselor, YEAR, "주간 회의")
    path = write_monthly_workbook(own_series, tmp_path / "own-monthly.xlsx")
    assert _month_rows(path)[1:] == [
        (month, "일자리플러스센터", *PLACED_MONTHS.get(month, {}).get("plus", NOTHING))
        for month in months
    ]
    assert _official_rows(path, "누계") == {"일자리플러스센터": PLACED_YEAR["plus"]}
