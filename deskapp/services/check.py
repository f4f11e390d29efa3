"""``deskapp check``: is the database sound, and do its figures add up?

Four checks: SQLite's integrity check, the foreign-key check, and the
statistics of every year in the data recounted from the records by a table
scan (no index) and compared with the ordinary queries (the trigger-kept
daily and monthly counts and the indexes), so that neither a drifted count nor a
damaged index can quietly change a published figure; the statistics' monthly figures
recounted row by row (deskapp/store/rollups.py); the breakdowns' per-day figures
recounted the same way (days still waiting to be recounted left out); and every
closed month's records recounted against the figures frozen at its close.

And the trail (기록 보호): the triggers that make the access log, the account
events and the change history append-only are there as created, every line's
hash links to the line before it, the newest line matches the anchor kept in
the database, and the anchor in every backup copy is still a line of the
database (so a rewrite older than the newest copy shows).

And the search keys (deskapp/store/search_keys.py, job_search_keys.py): every live
seeker's name and phone, employer's name and number and opening's texts cut into pieces
again and compared with the kept keys, so a stale index shows.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, extract, func, select, text, union
from sqlalchemy.orm import Session

from deskapp.domain.breakdown import Dimension
from deskapp.domain.chain import CHAIN_LABELS, chain_label
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.errors import DatabaseError
from deskapp.domain.korean import particle
from deskapp.domain.stats import MEASURE_KEYS
from deskapp.i18n import translate
from deskapp.services.backup import BackupService, open_read_only
from deskapp.store import job_search_keys, rollups, search_keys, stats_queries
from deskapp.store.breakdown_queries import ADDITIVE, base, day_column, month_start, rows_for
from deskapp.store.chain import hash_at, verify_chains, verify_guards
from deskapp.store.database import Database
from deskapp.store.engine import create_private_file
from deskapp.store.models import (
    CounselingSession,
    DailySplit,
    JobSeeker,
    MonthClose,
    MonthlySplit,
    PlacementSplit,
    SplitDayDirty,
)

# (measure, table, date column, counted expression): the statistics' definitions in plain SQL.
_SCANS = (
    ("job_openings", "job_openings", "registered_on", "count(*)"),
    ("job_seekers", "job_seekers", "registered_on", "count(DISTINCT id)"),
    ("sessions", "counseling_sessions", "session_on", "count(*)"),
    ("referrals", "referrals", "referred_on", "count(*)"),
    ("placements", "placements", "placed_on", "count(DISTINCT seeker_id)"),
)


@dataclass
class CheckReport:
    """What the check found; empty lists mean sound."""

    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    statistics: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    closes: list[str] = field(default_factory=list)  # closed months whose records moved
    trail: list[str] = field(default_factory=list)  # append-only logs: triggers, hash chains
    search: list[str] = field(default_factory=list)  # search keys that differ from the records

    @property
    def ok(self) -> bool:
        found = (
            self.integrity,
            self.foreign_keys,
            self.statistics,
            self.closes,
            self.trail,
            self.search,
        )
        return not any(found)

    def lines(self) -> list[str]:
        """Every problem as a Korean line."""
        groups = (
            (translate("check", "Integrity: {problem}"), self.integrity),
            (translate("check", "Referential integrity: {problem}"), self.foreign_keys),
            (translate("check", "Statistics: {problem}"), self.statistics),
            (translate("check", "Closed months: {problem}"), self.closes),
            (translate("check", "Record protection: {problem}"), self.trail),
            (translate("check", "Search index: {problem}"), self.search),
        )
        return [line.format(problem=p) for line, problems in groups for p in problems]


class CheckService:
    """Runs the database check (also in the background when the window opens)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(self) -> CheckReport:
        """Every check; a damaged file is reported as such, never raised, and remembered
        beside it until a check finds it sound (``last_damage``)."""
        report = CheckReport()
        try:
            self._run(report)
        except DatabaseError as error:
            report.integrity.append(
                translate("check", "The check could not be finished: {error}").format(error=error)
            )
        self._remember(report.integrity)
        return report

    def _marker(self) -> Path | None:
        path = self.db.path
        return path.with_name(path.name + ".damaged") if path is not None else None

    def _remember(self, damage: list[str]) -> None:
        marker = self._marker()
        if marker is None:
            return
        try:
            if damage:
                create_private_file(marker)
                marker.write_text("\n".join(damage), encoding="utf-8")
            else:
                marker.unlink(missing_ok=True)
        except OSError:
            pass  # the report itself says it; the note is a courtesy for later log-ins

    def last_damage(self) -> list[str]:
        """What the last check found damaged in the file (empty when it found it sound or
        none ran): a log-in warns of it at once, before a slow check could."""
        marker = self._marker()
        try:
            return marker.read_text(encoding="utf-8").splitlines() if marker else []
        except OSError:
            return []

    def _run(self, report: CheckReport) -> None:
        sqlite = self.db.engine.dialect.name == "sqlite"
        with self.db.unit_of_work(write=False) as session:
            if sqlite:
                rows = session.execute(text("PRAGMA integrity_check")).scalars().all()
                report.integrity = [str(r) for r in rows if r != "ok"]

                for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
                    report.foreign_keys.append(
                        translate(
                            "check", "{table} row {row} points to a missing {parent}."
                        ).format(
                            table=table,
                            row=rowid,
                            parent=parent,
                            parent_josa=particle(parent, "을/를"),  # korean-data
                        )
                    )
            years = session.execute(
                union(
                    select(extract("year", JobSeeker.registered_on)),
                    select(extract("year", CounselingSession.session_on)),
                )
            ).scalars()
            report.years = sorted(int(y) for y in years if y is not None)
            hint = " NOT INDEXED" if sqlite else ""
            for year in report.years:
                period = Period.year(year)
                indexed = stats_queries.period_counts(session, period.start, period.end)
                for measure, table, column, counted in _SCANS:
                    result = session.execute(
                        text(
                            f"SELECT desk_id, {counted} FROM {table}{hint} "
                            f"WHERE {column} BETWEEN :start AND :end AND NOT void "
                            "GROUP BY desk_id"
                        ),
                        {"start": period.start, "end": period.end},
                    )
                    scanned: dict[int, int] = {desk_id: count for desk_id, count in result}
                    for desk in DESKS:
                        desk_id = self.db.desk_ids()[desk.code]
                        fast = indexed.get(desk_id, {}).get(measure, 0)
                        slow = scanned.get(desk_id, 0)
                        if fast != slow:
                            report.statistics.append(
                                translate(
                                    "check",
                                    "{year} {desk} {measure}: summary {fast} ≠ "
                                    "full count of the records {slow}",
                                ).format(
                                    year=year, desk=desk.name, measure=measure, fast=fast, slow=slow
                                )
                            )
                report.statistics += self._splits_drifted(session, period)
            report.statistics += self._rollups_drifted(session)
            report.closes = self._closed_months_moved(session)
            connection = session.connection()
            report.trail = verify_guards(connection) + verify_chains(connection)
            if sqlite:
                report.trail += self._backup_anchors(connection)
            report.search = [
                translate(
                    "check",
                    "{table}: {n} rows differ from the records (the search box may miss "
                    "or misplace people until the keys are rebuilt)",
                ).format(table=table, n=n)
                for table, n in search_keys.problems(connection).items()
            ] + [
                translate(
                    "check",
                    "{table}: {n} rows differ from the records (the employer and opening "
                    "lists may miss or misplace records until the keys are rebuilt)",
                ).format(table=table, n=n)
                for table, n in job_search_keys.problems(connection).items()
            ]

    def _rollups_drifted(self, session: Session) -> list[str]:
        """The statistics' monthly figures (``monthly_counts``, ``monthly_placements``)
        recounted from the records, every row."""
        names = {self.db.desk_ids()[d.code]: d.name for d in DESKS}
        return [
            translate(
                "check",
                "{table} {month} {desk} {what}: summary {fast} ≠ full count of the records {slow}",
            ).format(
                table=table,
                month=month[:7],
                desk=names.get(desk_id, desk_id),
                what=what,
                fast=fast,
                slow=slow,
            )
            for table, month, desk_id, what, fast, slow in rollups.drifted(session.connection())
        ]

    def _splits_drifted(self, session: Session, period: Period) -> list[str]:
        """The breakdowns' per-day figures of ``period`` recounted from the records (the
        days waiting to be recounted left out)."""
        found: list[str] = []
        names = {self.db.desk_ids()[d.code]: d.name for d in DESKS}
        waiting = select(SplitDayDirty.day)
        found += self._months_drifted(session, period, waiting)
        for dimension in Dimension:
            kept: dict[tuple[int, str, str], int] = {}
            for desk_id, measure, value, n in session.execute(
                select(
                    DailySplit.desk_id, DailySplit.measure, DailySplit.value, func.sum(DailySplit.n)
                )
                .where(
                    DailySplit.dimension == dimension.value,
                    DailySplit.day.between(period.start, period.end),
                    DailySplit.day.not_in(waiting),
                )
                .group_by(DailySplit.desk_id, DailySplit.measure, DailySplit.value)
            ):
                if n:
                    kept[(desk_id, measure, value)] = int(n)
            counted: dict[tuple[int, str, str], int] = {}
            for measure in ADDITIVE:
                day = day_column(measure)
                conditions = [day.between(period.start, period.end), day.not_in(waiting)]
                rows = rows_for(measure, dimension, conditions).subquery()
                for desk_id, value, n in session.execute(
                    select(rows.c.desk_id, rows.c.value, func.count()).group_by(
                        rows.c.desk_id, rows.c.value
                    )
                ):
                    counted[(desk_id, measure, value or "")] = int(n)
            if session.execute(waiting.limit(1)).first() is None:
                self._placed_people(session, period, dimension, kept, counted)
            for key in sorted(set(kept) | set(counted), key=str):
                fast, slow = kept.get(key, 0), counted.get(key, 0)
                if fast != slow:
                    desk_id, measure, value = key
                    found.append(
                        translate(
                            "check",
                            "{year} {desk} {measure} {dimension} '{value}': summary {fast} ≠ "
                            "full count of the records {slow}",
                        ).format(
                            year=period.start.year,
                            desk=names.get(desk_id, desk_id),
                            measure=measure,
                            dimension=dimension.label,
                            value=value,
                            fast=fast,
                            slow=slow,
                        )
                    )
        return found

    @staticmethod
    def _months_drifted(session: Session, period: Period, waiting: Any) -> list[str]:
        """The monthly sums of ``period``'s months against their days (months with a day
        waiting to be recounted left out)."""
        month = month_start(DailySplit.day)
        waiting_months = select(month_start(SplitDayDirty.day))
        days = (
            select(
                DailySplit.dimension,
                month.label("month"),
                DailySplit.desk_id,
                DailySplit.measure,
                DailySplit.value,
                func.sum(DailySplit.n).label("n"),
            )
            .where(DailySplit.day.between(period.start, period.end), month.not_in(waiting_months))
            .group_by(
                DailySplit.dimension,
                month,
                DailySplit.desk_id,
                DailySplit.measure,
                DailySplit.value,
            )
        )
        summed = {tuple(map(str, row[:5])): int(row[5]) for row in session.execute(days) if row[5]}
        months = select(
            MonthlySplit.dimension,
            MonthlySplit.month,
            MonthlySplit.desk_id,
            MonthlySplit.measure,
            MonthlySplit.value,
            MonthlySplit.n,
        ).where(
            MonthlySplit.month.between(period.start, period.end),
            MonthlySplit.month.not_in(waiting_months),
        )
        kept = {tuple(map(str, row[:5])): int(row[5]) for row in session.execute(months) if row[5]}
        line = translate(
            "check",
            "{month} {desk} {dimension} '{value}': monthly total {kept} ≠ daily total {summed}",
        )
        return [
            line.format(
                month=key[1][:7],
                desk=key[0],
                dimension=key[3],
                value=key[4],
                kept=kept.get(key, 0),
                summed=summed.get(key, 0),
            )
            for key in sorted(set(kept) | set(summed))
            if kept.get(key, 0) != summed.get(key, 0)
        ]

    @staticmethod
    def _placed_people(
        session: Session,
        period: Period,
        dimension: Dimension,
        kept: dict[tuple[int, str, str], int],
        counted: dict[tuple[int, str, str], int],
    ) -> None:
        """취업자수 of ``period`` from its per-day figures and from the placements (only
        when no day waits to be recounted: distinct people span days)."""
        for desk_id, value, n in session.execute(
            select(PlacementSplit.desk_id, PlacementSplit.value, func.sum(PlacementSplit.n))
            .where(
                PlacementSplit.dimension == dimension.value,
                PlacementSplit.day.between(period.start, period.end),
                PlacementSplit.since < period.start,
            )
            .group_by(PlacementSplit.desk_id, PlacementSplit.value)
        ):
            if n:
                kept[(desk_id, "placements", value)] = int(n)
        rows = base("placements", dimension, period.start, period.end).subquery()
        for desk_id, value, n in session.execute(
            select(rows.c.desk_id, rows.c.value, func.count(rows.c.key.distinct())).group_by(
                rows.c.desk_id, rows.c.value
            )
        ):
            counted[(desk_id, "placements", value or "")] = int(n)

    def _backup_anchors(self, connection: Connection) -> list[str]:
        """Every copy of this database in its backup folder holds the newest link of each
        log when it was taken: that line must still be in the database, unchanged."""
        problems: list[str] = []
        for copy in BackupService(self.db).copies():
            try:
                reader = open_read_only(copy.path)
                try:
                    anchors = reader.execute(
                        "SELECT chain, last_seq, last_hash FROM log_chain"
                    ).fetchall()
                finally:
                    reader.close()
            except sqlite3.Error as error:
                problems.append(
                    translate("check", "Cannot read the backup {file} ({error}).").format(
                        file=copy.path.name,
                        file_josa=particle(copy.path.name, "을/를"),  # korean-data
                        error=error,
                    )
                )
                continue
            for chain, seq, last in anchors:
                if chain not in CHAIN_LABELS or not seq or hash_at(connection, chain, seq) == last:
                    continue
                problems.append(
                    translate(
                        "check",
                        "{chain} line {seq} differs from the one kept in the backup {file}, or "
                        "is missing: records were changed or deleted after that copy was made.",
                    ).format(chain=chain_label(chain), seq=seq, file=copy.path.name)
                )
        return problems

    def _closed_months_moved(self, session: Session) -> list[str]:
        """Closed months whose records no longer give the figures frozen at the close."""
        problems: list[str] = []
        closes = session.execute(
            select(MonthClose.year, MonthClose.month, MonthClose.frozen)
            .where(MonthClose.reopened_at.is_(None))
            .order_by(MonthClose.year, MonthClose.month)
        ).all()
        for year, month, frozen_json in closes:
            frozen = json.loads(frozen_json)
            period = Period.month(year, month)
            counted = stats_queries.period_counts(session, period.start, period.end)
            for desk in DESKS:
                now = counted.get(self.db.desk_ids()[desk.code], {})
                for measure in MEASURE_KEYS:
                    then = int(frozen.get(desk.code, {}).get(measure, 0))
                    if int(now.get(measure, 0)) != then:
                        problems.append(
                            translate(
                                "check",
                                "{year}-{month} {desk} {measure}: figure at the close {then} ≠ "
                                "records now {now} (records changed after the close)",
                            ).format(
                                year=year,
                                month=month,
                                desk=desk.name,
                                measure=measure,
                                then=then,
                                now=now.get(measure, 0),
                            )
                        )
        return problems
