"""고용유지 현황: of the people placed in a period, who was still employed 1, 3 and 6 months on.

The report is read per desk, for a period [from, to] (both inclusive), as of a day
(``today``). Precisely:

- **People placed (취업자)** at a desk are counted as 취업자수 in ARCHITECTURE.md: the
  distinct job seekers with at least one placement at that desk dated in the period,
  void placements never counted (a void seeker's live placements still count, as in
  the statistics table, so that ``placed`` equals the table's 취업자수 for the same
  period). A person placed twice at a desk in the period is one person, followed
  through their **first** placement there in the period (the earliest day, and of two
  on that day the one recorded first); a person placed at two desks is one person at
  each desk, as in the statistics table.
- For each checkpoint N in 1, 3, 6 months, that first placement is in exactly one state:

  ``employed`` 유지
      a retention check for N months is recorded on it and says employed;
  ``left`` 이직
      a check for N months is recorded and says not employed;
  ``unknown`` 미확인
      no check for N months, and the checkpoint is due: ``placed_on + N months`` (the
      same day N months later, clamped to the month's end, as ``add_months``) is on or
      before ``today`` (the day from which the worklist asks for that check; the
      worklist stops asking some months on, the report keeps counting it 미확인);
  ``not_due`` 도래 전
      no check for N months and the checkpoint is after ``today``.

  A recorded check counts whatever day it was recorded on (a check made early is
  still a check). Each checkpoint is read from its own check only: a person found
  gone at 1 month and never asked again is 미확인 at 3 months, as the worklist asks
  for that check too (a later check may well find them employed again).
  So, for every desk and checkpoint, 유지 + 이직 + 미확인 + 도래 전 = people placed.
- The total row (총 계) is the sum of the four desk rows, column by column; a person
  placed at two desks is counted at each. A report cut to one desk (a counselor's
  export of their own desk) shows that desk's row alone, without the total.

``retention --format csv`` prints ``CSV_HEADER`` then one line per row (``total`` first,
then the desks in table order)::

    desk,placed,m1_employed,m1_left,m1_unknown,m1_not_due,m3_employed,…,m6_not_due
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from deskapp.domain.dates import Period, add_months
from deskapp.domain.desks import DESK_CODES, DESKS, TOTAL_CODE, TOTAL_NAME
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import noop, translate

#: The checkpoints, in months after the placement.
CHECKPOINTS: tuple[int, ...] = (1, 3, 6)
#: The states of one checkpoint, in column order.
STATES: tuple[str, ...] = ("employed", "left", "unknown", "not_due")
#: The states' names in English: :func:`state_label` gives them in the language spoken.
STATE_LABELS: dict[str, str] = {
    "employed": noop("retention", "Employed"),
    "left": noop("retention", "Left"),
    "unknown": noop("retention", "Unknown"),
    "not_due": noop("retention", "Not yet due"),
}
CSV_HEADER = "desk,placed," + ",".join(f"m{n}_{s}" for n in CHECKPOINTS for s in STATES)


def state_label(state: str) -> str:
    """The name of a state (``"employed"`` → 유지), in the language spoken."""
    return translate("retention", STATE_LABELS[state])


def checkpoint_label(months: int) -> str:
    """``1개월`` for 1, in the language spoken."""
    return translate("retention", "{months}-month").format(months=months)


def due_on(placed_on: date, months: int) -> date:
    """The day the ``months`` check of a placement falls due (the worklist's due day)."""
    return add_months(placed_on, months)


def due_cutoff(today: date, months: int) -> date:
    """The last placement day whose ``months`` checkpoint is due by ``today``.

    ``due_on`` is not invertible at month ends (31 January + 1 month is 28 February, and
    so are 28, 29 and 30 January), so the cut-off is the latest day ``d`` with
    ``due_on(d, months) <= today``: a placement is due exactly when ``placed_on <= cut-off``.
    """
    cutoff = add_months(today, -months)
    while due_on(cutoff + timedelta(days=1), months) <= today:
        cutoff += timedelta(days=1)
    return cutoff


def state_of(placed_on: date, months: int, employed: bool | None, today: date) -> str:
    """The state of one placement at one checkpoint (``employed``: the check's answer,
    None when no check is recorded)."""
    if employed is True:
        return "employed"
    if employed is False:
        return "left"
    return "unknown" if due_on(placed_on, months) <= today else "not_due"


def check_checkpoint(months: int) -> int:
    """``months`` if it is a checkpoint, else ValidationError."""
    if months not in CHECKPOINTS:
        raise ValidationError(
            "확인 시점",  # korean-data
            translate("retention", "{months} months: must be 1, 3 or 6 months.").format(
                months=months
            ),
        )
    return months


def check_state(state: str) -> str:
    """``state`` if it is one of STATES, else ValidationError."""
    if state not in STATES:
        raise ValidationError(
            "상태",  # korean-data
            translate("retention", "'{state}' is not a retention state.").format(
                state=state,
                state_josa=particle(state, "은/는"),  # korean-data
            ),
        )

    return state


@dataclass(frozen=True)
class Checkpoint:
    """The people placed, by their state at one checkpoint."""

    employed: int = 0
    left: int = 0
    unknown: int = 0
    not_due: int = 0

    def __add__(self, other: Checkpoint) -> Checkpoint:
        return Checkpoint(*(a + b for a, b in zip(self.values(), other.values(), strict=True)))

    def values(self) -> tuple[int, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    def get(self, state: str) -> int:
        value: int = getattr(self, check_state(state))
        return value

    @property
    def total(self) -> int:
        """Everyone placed (the four states add up to it)."""
        return sum(self.values())


@dataclass(frozen=True)
class RetentionCounts:
    """One desk's row: the people placed and their state at 1, 3 and 6 months."""

    placed: int = 0
    checkpoints: tuple[Checkpoint, ...] = field(
        default_factory=lambda: tuple(Checkpoint() for _ in CHECKPOINTS)
    )

    def at(self, months: int) -> Checkpoint:
        return self.checkpoints[CHECKPOINTS.index(check_checkpoint(months))]

    def __add__(self, other: RetentionCounts) -> RetentionCounts:
        return RetentionCounts(
            self.placed + other.placed,
            tuple(a + b for a, b in zip(self.checkpoints, other.checkpoints, strict=True)),
        )

    def values(self) -> tuple[int, ...]:
        """``placed``, then each checkpoint's four states (the csv columns' order)."""
        return (self.placed, *(v for c in self.checkpoints for v in c.values()))


@dataclass(frozen=True)
class RetentionRow:
    """One row of the report: a desk (or ``total``), its official name and its counts."""

    desk: str
    name: str
    counts: RetentionCounts


@dataclass(frozen=True)
class RetentionReport:
    """고용유지 현황 for ``period`` as of ``today``: total first, then the desks in order."""

    period: Period
    today: date
    by_desk: dict[str, RetentionCounts]
    desks: tuple[str, ...] = DESK_CODES

    @property
    def whole(self) -> bool:
        """Every desk is shown (and so the total row)."""
        return self.desks == DESK_CODES

    def only(self, desk: str) -> RetentionReport:
        """The report cut to one desk's row."""
        counts = self.by_desk.get(desk, RetentionCounts())
        return RetentionReport(self.period, self.today, {desk: counts}, (desk,))

    @property
    def total(self) -> RetentionCounts:
        """The sum of the four desk rows, column by column."""
        result = RetentionCounts()
        for desk in DESKS:
            result = result + self.by_desk.get(desk.code, RetentionCounts())
        return result

    @property
    def rows(self) -> list[RetentionRow]:
        rows = [RetentionRow(TOTAL_CODE, TOTAL_NAME, self.total)] if self.whole else []
        rows += [
            RetentionRow(d.code, d.name, self.by_desk.get(d.code, RetentionCounts()))
            for d in DESKS
            if d.code in self.desks
        ]
        return rows

    def csv_lines(self) -> list[str]:
        """The lines of ``retention --format csv``: header, total, desks."""
        return [CSV_HEADER] + [
            ",".join([row.desk, *(str(v) for v in row.counts.values())]) for row in self.rows
        ]

    def as_json(self) -> dict[str, Any]:
        """The report as a JSON document (``retention --format json``)."""
        rows = [
            {
                "desk": row.desk,
                "name": row.name,
                "placed": row.counts.placed,
                **{
                    f"m{n}": dict(zip(STATES, row.counts.at(n).values(), strict=True))
                    for n in CHECKPOINTS
                },
            }
            for row in self.rows
        ]
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "as_of": self.today.isoformat(),
            "rows": rows,
        }
