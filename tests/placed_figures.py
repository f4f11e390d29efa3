"""The figures of ``conftest.placed_year``'s records, counted by hand, for the tests that
check the statistics table, the monthly series and the workbooks written from them."""

from __future__ import annotations

from deskapp.domain.stats import StatsTable

#: The figures of ``placed_year``'s records, counted by hand from conftest.placed_year: at
#: plus an opening, two people registered, a session, a referral, and two people placed (one
#: of them twice: in April and June); at G밸리 a person registered, met and placed.
PLACED_YEAR = {
    "total": (1, 3, 2, 1, 3),
    "plus": (1, 2, 1, 1, 2),
    "gvalley": (0, 1, 1, 0, 1),
    "dong": (0, 0, 0, 0, 0),
    "welfare": (0, 0, 0, 0, 0),
}
#: The same records month by month (any other month and desk: nothing).
PLACED_MONTHS = {
    "2018-03": {"plus": (1, 2, 1, 1, 0), "gvalley": (0, 1, 1, 0, 0)},
    "2018-04": {"plus": (0, 0, 0, 0, 2)},
    "2018-05": {"gvalley": (0, 0, 0, 0, 1)},
    "2018-06": {"plus": (0, 0, 0, 0, 1)},  # placed again: a person already counted
}
OFFICIAL_NAMES = {
    "total": "총 계",
    "plus": "일자리플러스센터",
    "gvalley": "G밸리 일자리상담창구",
    "dong": "동주민센터 일자리상담창구",
    "welfare": "고용복지플러스센터 일자리상담창구",
}
NOTHING = (0, 0, 0, 0, 0)


def figures(table: StatsTable) -> dict[str, tuple[int, ...]]:
    """A table's rows as {desk or 'total': its five figures}."""
    return {row.desk: row.counts.values() for row in table.rows}
