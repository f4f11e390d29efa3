"""Registration periods as WorkNet keeps them: a seeker's registration is active three
months and an opening's two, from the registration or from its last renewal."""

from __future__ import annotations

from datetime import date

from deskapp.domain.dates import add_months

SEEKER_MONTHS, OPENING_MONTHS = 3, 2


def seeker_active_until(registered_on: date, renewed_on: date | None) -> date:
    return add_months(renewed_on or registered_on, SEEKER_MONTHS)


def opening_active_until(registered_on: date, renewed_on: date | None) -> date:
    return add_months(renewed_on or registered_on, OPENING_MONTHS)
