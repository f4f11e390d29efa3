"""The occupation classification (KECO 2018 built in), as every service that stores an
occupation code reads it: the code picked must be in it, and free text typed as a desired
job or an opening's occupation is matched to a code where the words allow. One instance
is shared by the services of a workspace, so a newer list loaded is seen by all of them.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.occupations import EVERYDAY_NAMES, Occupation, parse_classification, words
from deskapp.i18n import translate
from deskapp.services.resources import builtin_occupations
from deskapp.store.database import Database
from deskapp.store.models import JobOpening, JobSeeker
from deskapp.store.models import Occupation as OccupationRow


def occupation_rows(occupations: list[Occupation]) -> list[OccupationRow]:
    return [
        OccupationRow(code=o.code, name=o.name, level=o.level, parent_code=o.parent_code)
        for o in occupations
    ]


class Classification:
    """The classification, read once from the database and kept, with what free text
    was matched to."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._classification: list[Occupation] | None = None
        self._matched: dict[str, str | None] = {}
        self._names: dict[str, str] | None = None

    def occupations(self) -> list[Occupation]:
        """The whole classification, by code (read once, then kept).

        Read without taking the write lock; a new database gets the built-in KECO 2018
        on first use (if two desks do that at once, the second reads the first's).
        """
        if self._classification is None:
            found = self._read_occupations()
            if not found:
                text = builtin_occupations().read_text(encoding="utf-8")
                try:
                    with self.db.unit_of_work() as session:
                        if not session.scalar(select(func.count()).select_from(OccupationRow)):
                            session.add_all(occupation_rows(parse_classification(text)))
                except IntegrityError:
                    pass  # another process seeded it at the same moment
                found = self._read_occupations()
            self._classification = found
        return self._classification

    def _read_occupations(self) -> list[Occupation]:
        with self.db.unit_of_work(write=False) as session:
            rows = session.scalars(select(OccupationRow).order_by(OccupationRow.code)).all()
            return [Occupation(r.code, r.name, r.level, r.parent_code) for r in rows]

    def search_occupations(self, text: str, limit: int = 30) -> list[Occupation]:
        """Detailed occupations whose name contains ``text`` or whose code starts with it."""
        text = text.strip()
        found = [
            o
            for o in self.occupations()
            if o.level == 4 and text and (text in o.name or o.code.startswith(text))
        ]
        found.sort(key=lambda o: (not o.name.startswith(text), o.code))
        return found[:limit]

    def code_for(self, text: str | None, code: str | None, field: str) -> str | None:
        """The code to store for an occupation: the one picked (which must be in the
        classification) or else the one the free text names, if any.

        Reads the classification in its own unit: call it before opening a write unit.
        """
        if code:
            if code not in self.occupation_names():
                raise ValidationError(
                    field,
                    translate(
                        "occupations", "'{code}' is not a code of the occupation classification."
                    ).format(code=code, code_josa=particle(code, "은/는")),
                )
            return code
        return self.match_text(text)

    def occupation_names(self) -> dict[str, str]:
        """Every code of the classification with its label (the code for unnamed groups)."""
        if self._names is None:
            self._names = {o.code: o.label for o in self.occupations()}
        return self._names

    def match_text(self, text: str | None) -> str | None:
        """The detailed occupation code a free-text desired job names, when clear enough."""
        if not text:
            return None
        if text in self._matched:
            return self._matched[text]
        self._matched[text] = code = self._match(text)
        return code

    def _match(self, text: str) -> str | None:
        names = self.occupation_names()
        for part in re.split(r"[,/]", text):
            code = EVERYDAY_NAMES.get(re.sub(r"\s+", "", part))
            if code in names:
                return code
        detailed = [(o, o.name.replace(" ", "")) for o in self.occupations() if o.level == 4]
        for word in words(text):
            hits = [(o, name) for o, name in detailed if word in name]
            if hits:
                # A name that begins with the word and is no manager's post comes first.
                hits.sort(
                    key=lambda h: (
                        h[1] != word,
                        not h[1].startswith(word),
                        "관리자" in h[1],  # korean-data
                        len(h[1]),
                        h[0].code,
                    )
                )
                return hits[0][0].code
        return None

    def forget(self, classification: list[Occupation] | None) -> None:
        """Keep ``classification`` (a new list being loaded), or read it again when None."""
        self._classification = classification
        self._names = None
        self._matched.clear()

    def code_records(self, session: Session) -> int:
        """Code the uncoded records from their words (the classification already read)."""
        changed = 0
        for model, text_column, code_column in (
            (JobSeeker, JobSeeker.desired_job, JobSeeker.desired_code),
            (JobOpening, JobOpening.occupation, JobOpening.occupation_code),
        ):
            texts = session.scalars(
                select(text_column)
                .where(code_column.is_(None), text_column.is_not(None))
                .distinct()
            ).all()
            for text in texts:
                code = self.match_text(text)
                if code:
                    result = session.execute(
                        update(model)
                        .where(text_column == text, code_column.is_(None))
                        .values({code_column.key: code})
                    )
                    changed += result.rowcount  # type: ignore[attr-defined]
        return changed
