"""Integrity flags: a seeker voided within a day of registration, a placement with no
earlier session or referral, a placement entered over 30 days after it started, and
bursts of entries or voids by one account (defined in
``deskapp.services.rules.integrity``, shared with the month's check before close).
"""

from __future__ import annotations

from deskapp.domain.access import Actor, Permission
from deskapp.domain.dates import Period
from deskapp.services.rules.integrity import Flag, flags_in
from deskapp.services.rules.names import display_names
from deskapp.store.database import Database


class IntegrityFlagService:
    """The integrity flags of a period, for a team lead's look."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def flags(self, actor: Actor, period: Period) -> list[Flag]:
        """Every flag raised by records dated (or entered) in ``period``."""
        actor.require(Permission.REVIEW)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return flags_in(session, period, codes, display_names(session))
