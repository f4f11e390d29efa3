"""The employer and opening lists filtered by a text, read from their search keys
(deskapp/store/job_search_keys.py).

An employer matches when the text is in its name, is its 업체번호, or (three digits or
more of it) is in its business number; the list is by name. An opening matches when
the text is in its occupation or its employer's name, is its 구인번호, or (digits, six
at most) begins its occupation code; the list is newest first. A text of up to three
characters is one range of the keys, already in the list's order; a longer one is the
range of its first three, each record tested. The number and the business digits add a
few records, merged by the database. ``%``, ``_`` and a backslash are letters like any
other.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, select, union
from sqlalchemy.orm import Session

from deskapp.store.job_search_keys import CODE
from deskapp.store.models import Employer, EmployerSearchKey, JobOpening, OpeningSearchKey
from deskapp.store.search_keys import PIECE

EK, OK = EmployerSearchKey, OpeningSearchKey
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _key(session: Session, text: str) -> str:
    """The key a text is kept under: SQLite's ``LIKE`` ignores the case of Latin letters."""
    return text.translate(_LOWER) if session.get_bind().dialect.name == "sqlite" else text


def holding(text: str) -> str:
    """A ``LIKE`` pattern (escaped by a backslash) for values holding ``text``."""
    return "%" + re.sub(r"([%_\\])", r"\\\1", text) + "%"


def employer_ids(session: Session, text: str) -> Select[Any]:
    """The ids of live employers matching ``text``, by name (then id)."""
    named = select(EK.name.label("name"), EK.employer_id.label("id")).where(
        EK.kind == "n", EK.key == _key(session, text[:PIECE])
    )
    if len(text) > PIECE:
        named = named.where(EK.name.like(holding(text), escape="\\"))
    parts = [named]
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 3:
        business = select(EK.name, EK.employer_id).where(EK.kind == "b", EK.key == digits[-3:])
        if len(digits) > 3:
            business = business.join(Employer, Employer.id == EK.employer_id).where(
                Employer.business_no.like(f"%{digits}%")
            )
        parts.append(business)
    numbered = select(Employer.name, Employer.id).where(
        Employer.employer_no == text, Employer.void.is_(False)
    )
    if len(parts) == 1 and session.execute(numbered).first() is None:
        return named.with_only_columns(EK.employer_id).order_by(EK.name, EK.employer_id)
    found = union(*parts, numbered).subquery()
    return select(found.c.id).order_by(found.c.name, found.c.id)


def opening_ids(session: Session, text: str) -> Select[Any]:
    """The ids of live openings matching ``text``, newest first (then the highest id)."""
    named = select(OK.registered_on.label("day"), OK.opening_id.label("id")).where(
        OK.key == _key(session, text[:PIECE])
    )
    if len(text) > PIECE:
        like = holding(text)
        named = (
            named.join(JobOpening, JobOpening.id == OK.opening_id)
            .join(Employer, Employer.id == JobOpening.employer_id)
            .where(
                JobOpening.occupation.like(like, escape="\\")
                | Employer.name.like(like, escape="\\")
            )
        )
    parts = [named]
    if text.isdigit() and PIECE < len(text) <= CODE:  # the codes beginning with it
        parts.append(select(OK.registered_on, OK.opening_id).where(OK.key == text))
    numbered = select(JobOpening.registered_on, JobOpening.id).where(
        JobOpening.opening_no == text, JobOpening.void.is_(False)
    )
    if len(parts) == 1 and session.execute(numbered).first() is None:
        return named.with_only_columns(OK.opening_id).order_by(
            OK.registered_on.desc(), OK.opening_id.desc()
        )
    found = union(*parts, numbered).subquery()
    return select(found.c.id).order_by(found.c.day.desc(), found.c.id.desc())
