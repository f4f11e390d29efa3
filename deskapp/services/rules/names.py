"""Accounts' display names, as lists and flags show who entered or reviewed a record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models import User


def display_names(session: Session) -> dict[int, str]:
    """Every account's display name by its id."""
    return {i: n for i, n in session.execute(select(User.id, User.display_name))}
