"""Matching: open openings for a seeker (and seekers for an opening) ranked by
occupation (same detailed, minor, middle, major group), place (the seeker's
희망근무지역, else 금천구, then its neighbours), the employment type wanted and
wage (at least the 희망임금), each with the reasons it matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor
from deskapp.domain.dates import add_months
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.occupations import (
    HOME_DISTRICT,
    NEIGHBOURS,
    level_name,
    relation,
    relation_reason,
)
from deskapp.domain.records import Role
from deskapp.i18n import translate
from deskapp.services.rules.occupation_codes import Classification
from deskapp.services.rules.registration import OPENING_MONTHS, SEEKER_MONTHS
from deskapp.store.database import Database
from deskapp.store.models import Employer, JobOpening, JobSeeker, Placement, Referral


def _wage_value(text: str | None) -> int:
    """A rough monthly wage in won from text such as '월 230만원' or '시급 10,030원'."""
    if not text:
        return 0
    number = re.search(r"(\d[\d,]*)\s*(만)?", text)  # korean-data
    if not number:
        return 0
    value = int(number.group(1).replace(",", "")) * (10_000 if number.group(2) else 1)
    return value * 209 if "시급" in text else value  # korean-data


def _place_score(address: str | None) -> tuple[int, str]:
    if not address:
        return 0, ""
    towns = ("가산동", "독산", "시흥")  # korean-data
    if HOME_DISTRICT in address or any(d in address for d in towns):
        return 2, HOME_DISTRICT
    for district in NEIGHBOURS:
        if district in address:
            return 1, translate("matching", "Neighbouring {district}").format(district=district)
    return 0, ""


def _area_score(wanted: str | None, workplace: str | None) -> tuple[int, str] | None:
    """3 and the reason when the workplace is in an area the seeker wants to work in
    (희망근무지역); None otherwise."""
    if not wanted or not workplace:
        return None
    for word in re.split(r"[\s,·/]+", wanted):
        if len(word) >= 2 and word in workplace:
            return 3, translate("matching", "Wanted work area ({area})").format(area=word)
    return None


def _wage_fit(wanted: str | None, offered: str | None) -> tuple[int, str]:
    """1 and the reason when the opening pays at least the 희망임금; -1 when it pays less;
    0 when either is not said."""
    want, offer = _wage_value(wanted), _wage_value(offered)
    if not want or not offer:
        return 0, ""
    if offer >= want:
        return 1, translate("matching", "Wage wanted or more ({wage})").format(wage=offered)
    return -1, ""


def _employment_score(wanted: str | None, offered: str | None) -> tuple[int, str]:
    """1 and the reason when the employment type is the one wanted; -1 when another
    was wanted; 0 when either is not said."""
    if not wanted or not offered:
        return 0, ""
    if wanted == offered:
        return 1, translate("matching", "Employment type wanted ({kind})").format(kind=offered)
    return -1, ""


def _open_openings(today: date) -> tuple[Any, ...]:
    """Openings one can refer to on ``today``: live, not closed, registered, not past
    마감일 and within their registration period."""
    return (
        JobOpening.void.is_(False),
        JobOpening.closed_on.is_(None),
        JobOpening.registered_on <= today,
        or_(JobOpening.closes_on.is_(None), JobOpening.closes_on >= today),
        func.coalesce(JobOpening.renewed_on, JobOpening.registered_on)
        >= add_months(today, -OPENING_MONTHS),
    )


def _referred(session: Session, where: Any, other: Any) -> dict[int, date]:
    """The live referrals matching ``where``: the other side's id and the first date."""
    found: dict[int, date] = {}
    rows = session.execute(
        select(other, Referral.referred_on).where(where, Referral.void.is_(False))
    )
    for record_id, day in rows:
        found[record_id] = min(day, found.get(record_id, day))
    return found


def _already(day: date | None) -> str:
    if not day:
        return ""
    return translate("matching", "Already referred ({day})").format(day=day.isoformat())


def _relation_reason(level: int, wanted: str | None, code: str | None) -> str:
    """Why the occupations agree; the same group code is said as that group."""
    if level == 4 and wanted and code and len(code) < 4:
        return translate("matching", "Same classification ({level})").format(
            level=level_name(len(code))
        )
    return relation_reason(level)


@dataclass(frozen=True)
class Match:
    """An opening for a seeker (or a seeker for an opening) and why it matched."""

    id: int
    title: str
    subtitle: str
    score: tuple[int, ...]  # occupation, place, employment type, wage wanted, wage
    reasons: tuple[str, ...]
    number: str = ""  # the opening's 구인번호 (or the seeker's 구직자번호)


class MatchingService:
    """Open openings ranked for a seeker, and seekers for an opening."""

    def __init__(
        self, db: Database, today: date | None = None, classification: Classification | None = None
    ) -> None:
        self.db = db
        self._today = today
        self.classification = classification or Classification(db)

    def today(self) -> date:
        return self._today or date.today()

    def openings_for_seeker(self, actor: Actor, seeker_id: int, limit: int = 30) -> list[Match]:
        """Open openings ranked for a seeker, each saying why it matched."""
        self.classification.occupations()  # loaded outside the unit below
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            seeker = session.get(JobSeeker, seeker_id)
            if seeker is None or seeker.void:
                raise NotFound(
                    translate("matching", "Job seeker {id} was not found.").format(id=seeker_id)
                )
            if actor.role is Role.COUNSELOR and self.db.desk_codes()[seeker.desk_id] != actor.desk:
                raise PermissionDenied(
                    translate(
                        "matching", "Openings cannot be suggested to another desk's job seeker."
                    )
                )
            wanted = seeker.desired_code or self.classification.match_text(seeker.desired_job)
            referred = _referred(session, Referral.seeker_id == seeker_id, Referral.opening_id)
            rows = session.execute(
                select(JobOpening, Employer.name, Employer.address)
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(*_open_openings(today))
            ).all()
        matches = []
        for opening, employer, address in rows:
            code = opening.occupation_code or self.classification.match_text(opening.occupation)
            level = relation(wanted, code)
            place, where = _area_score(seeker.desired_area, address) or _place_score(address)
            kind, kind_reason = _employment_score(
                seeker.desired_employment, opening.employment_type
            )
            fit, fit_reason = _wage_fit(seeker.desired_wage, opening.wage)
            wage = _wage_value(opening.wage)
            reasons = [
                r
                for r in (
                    _already(referred.get(opening.id)),
                    _relation_reason(level, wanted, code),
                    where,
                    kind_reason,
                    fit_reason or (opening.wage if wage else None),
                )
                if r
            ]
            conditions = [
                translate("matching", "Hiring {count}").format(count=opening.headcount),
                opening.wage or translate("matching", "Wage not given"),
            ]
            if opening.employment_type:
                conditions.append(opening.employment_type)
            matches.append(
                Match(
                    opening.id,
                    f"{employer} · {opening.occupation}",
                    ", ".join(conditions),
                    (level, place, kind, fit, wage),
                    tuple(reasons),
                    opening.opening_no,
                )
            )
        matches.sort(key=lambda m: m.score, reverse=True)
        return matches[:limit]

    def seekers_for_opening(self, actor: Actor, opening_id: int, limit: int = 30) -> list[Match]:
        """Active seekers (of the actor's desk, for counselors) ranked for an opening."""
        self.classification.occupations()  # loaded outside the unit below
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            opening = session.get(JobOpening, opening_id)
            if opening is None or opening.void:
                raise NotFound(
                    translate("matching", "Opening {id} was not found.").format(id=opening_id)
                )
            still_open = select(JobOpening.id).where(
                JobOpening.id == opening_id, *_open_openings(today)
            )
            if session.scalar(still_open) is None:
                raise ValidationError(
                    "구인",  # korean-data
                    translate(
                        "matching",
                        "The opening is closed or its registration period has ended. Renew it "
                        "to find it again.",
                    ),
                )
            referred = _referred(session, Referral.opening_id == opening_id, Referral.seeker_id)
            code = opening.occupation_code or self.classification.match_text(opening.occupation)
            since = func.coalesce(JobSeeker.renewed_on, JobSeeker.registered_on)
            placed = select(Placement.id).where(
                Placement.seeker_id == JobSeeker.id,
                Placement.void.is_(False),
                Placement.placed_on >= since,
            )
            statement = select(JobSeeker).where(
                JobSeeker.void.is_(False),
                JobSeeker.anonymized_at.is_(None),
                since >= add_months(today, -SEEKER_MONTHS),
                ~placed.exists(),  # placed since registering: no longer looking
            )
            if actor.role is Role.COUNSELOR and actor.desk:
                statement = statement.where(JobSeeker.desk_id == self.db.desk_ids()[actor.desk])
            seekers = session.scalars(statement).all()
            workplace = session.scalar(
                select(Employer.address).where(Employer.id == opening.employer_id)
            )
        matches = []
        for seeker in seekers:
            wanted = seeker.desired_code or self.classification.match_text(seeker.desired_job)
            level = relation(wanted, code)
            if level == 0:
                continue
            place, where = _area_score(seeker.desired_area, workplace) or _place_score(
                seeker.address
            )
            kind, kind_reason = _employment_score(
                seeker.desired_employment, opening.employment_type
            )
            fit, fit_reason = _wage_fit(seeker.desired_wage, opening.wage)
            reasons = [
                r
                for r in (
                    _already(referred.get(seeker.id)),
                    _relation_reason(level, wanted, code),
                    where,
                    kind_reason,
                    fit_reason,
                )
                if r
            ]
            wish = seeker.desired_job or ""
            if seeker.desired_employment:
                wish = (
                    f"{wish} ({seeker.desired_employment})" if wish else seeker.desired_employment
                )
            matches.append(
                Match(
                    seeker.id,
                    seeker.name,
                    wish,
                    (level, place, kind, fit, 0),
                    tuple(reasons),
                    seeker.seeker_no,
                )
            )
        matches.sort(key=lambda m: (m.score, -m.id), reverse=True)
        return matches[:limit]
