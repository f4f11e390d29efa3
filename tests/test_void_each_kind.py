"""A record of each counted kind voided (seeker, opening, session, referral, placement,
event participation): it stops counting at once, in the statistics table, the monthly
series (the month and its 누계) and the drill-down, by exactly one in its own cell and
nowhere else; on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from conftest import add_seeker, counselor_at

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.events import AddParticipant, EventDetails, EventKind
from deskapp.domain.records import RecordKind
from deskapp.domain.stats import MEASURE_KEYS, Counts, StatsTable
from deskapp.services.workspace import Workspace

#: A period that is not a calendar month (the table counts live), and the series' year.
YEAR = Period(date(2018, 1, 1), date(2018, 10, 30))
MAY = 4  # index of 2018-05 in the year's monthly series


@dataclass(frozen=True)
class Target:
    """What is voided and where it counted: the measure, and the drill-down row's key (the
    record's id; for 취업자수 the person's)."""

    kind: RecordKind
    record_id: int
    measure: str
    listed_as: int


def build(workspace: Workspace, admin: Actor, kind: str) -> Target:
    """Records of every kind at the plus desk in May 2018, each kind counted twice (so a
    void leaves its cell at one, not empty); the one of ``kind`` to void."""
    plus = counselor_at(workspace, admin, "plus")
    records = workspace.records
    kept = add_seeker(workspace, plus, "김오월", "2018-05-02")
    voided = add_seeker(workspace, plus, "이오월", "2018-05-03")
    alone = add_seeker(workspace, plus, "박무효", "2018-05-03")  # nothing but the registration
    employer = records.register_employer(plus, RegisterEmployer("(주)가산오월")).number
    opening = records.register_opening(plus, RegisterOpening(employer, "경비", 2, date(2018, 5, 1)))
    spare = records.register_opening(plus, RegisterOpening(employer, "청소", 1, date(2018, 5, 2)))
    records.log_session(plus, LogSession(kept.number, date(2018, 5, 4)))
    session = records.log_session(plus, LogSession(voided.number, date(2018, 5, 5)))
    records.refer(plus, Refer(kept.number, opening.number, date(2018, 5, 6)))
    referral = records.refer(plus, Refer(voided.number, opening.number, date(2018, 5, 7)))
    records.record_placement(plus, RecordPlacement(kept.number, date(2018, 5, 10)))
    placement = records.record_placement(plus, RecordPlacement(voided.number, date(2018, 5, 11)))
    event = workspace.events.create_event(
        plus, EventDetails("5월 일구데이", EventKind.ILGU_DAY, date(2018, 5, 12))
    ).number
    guest = add_seeker(workspace, plus, "최행사", "2018-05-02")
    participation = workspace.events.add_participant(
        plus, AddParticipant(event, guest.number, True, "채용", employer_no=employer)
    )
    return {
        "seeker": Target(RecordKind.SEEKER, alone.id, "job_seekers", alone.id),
        "opening": Target(RecordKind.OPENING, spare.id, "job_openings", spare.id),
        "session": Target(RecordKind.SESSION, session.id, "sessions", session.id),
        "referral": Target(RecordKind.REFERRAL, referral.id, "referrals", referral.id),
        "placement": Target(RecordKind.PLACEMENT, placement.id, "placements", voided.id),
        "event_participation": Target(
            RecordKind.EVENT_PARTICIPANT, participation.id, "placements", guest.id
        ),
    }[kind]


def void(workspace: Workspace, admin: Actor, target: Target) -> None:
    if target.kind is RecordKind.EVENT_PARTICIPANT:
        workspace.events.void(admin, target.kind, target.record_id, "잘못 입력")
    else:
        workspace.records.void(admin, target.kind, target.record_id, "잘못 입력")


def less(table: StatsTable, measure: str) -> dict[str, Counts]:
    """``table``'s desks with one less of ``measure`` at plus."""
    counts = dict(table.by_desk)
    values = {key: counts["plus"].get(key) for key in MEASURE_KEYS}
    values[measure] -= 1
    counts["plus"] = Counts(**values)
    return counts


def listed(workspace: Workspace, admin: Actor, period: Period, measure: str) -> set[int]:
    """The drill-down of plus's ``measure``: the records' ids (for 취업자수 the people's);
    checked against the table's cell."""
    found = workspace.drill_down.drill_down(admin, period, "plus", measure)
    cell = workspace.statistics.table(admin, period).by_desk["plus"].get(measure)
    assert len(found) == cell, (measure, found)
    if measure == "placements":
        return {row.seeker_id or 0 for row in found}
    return {row.id for row in found}


KINDS = ("seeker", "opening", "session", "referral", "placement", "event_participation")


@pytest.mark.parametrize("kind", KINDS)
def test_a_voided_record_stops_counting_in_the_table_the_series_and_the_drill_down(
    workspace: Workspace, admin: Actor, kind: str
) -> None:
    target = build(workspace, admin, kind)
    table = workspace.statistics.table(admin, YEAR)
    series = workspace.statistics.monthly(admin, YEAR)
    assert table.by_desk["plus"].get(target.measure) >= 2  # the void leaves one behind
    assert series.months[MAY].table.by_desk == table.by_desk == series.whole.by_desk
    for period in (YEAR, Period.month(2018, 5)):
        assert target.listed_as in listed(workspace, admin, period, target.measure)
    events = workspace.events.report(admin, YEAR).total

    void(workspace, admin, target)

    after = workspace.statistics.table(admin, YEAR)
    assert after.by_desk == less(table, target.measure)
    assert set(after.by_desk) == {d.code for d in DESKS}
    now = workspace.statistics.monthly(admin, YEAR)
    assert now.months[MAY].table.by_desk == less(series.months[MAY].table, target.measure)
    for month in range(MAY, len(now.months)):  # every 누계 from May on
        assert now.months[month].cumulative.by_desk == less(
            series.months[month].cumulative, target.measure
        )
    assert now.whole.by_desk == after.by_desk
    for period in (YEAR, Period.month(2018, 5)):
        assert target.listed_as not in listed(workspace, admin, period, target.measure)
    report = workspace.events.report(admin, YEAR).total
    if kind == "event_participation":
        assert (report.participants, report.hired) == (events.participants - 1, events.hired - 1)
    else:
        assert report == events
