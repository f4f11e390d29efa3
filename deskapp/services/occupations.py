"""Occupations: the classification looked up (KECO 2018 built in, loaded on first use;
desired jobs typed as free text matched to codes where the words allow), and an
administrator loading a newer official list from a CSV file or coding the records
from before codes. The classification itself, shared with the services that store
codes, is ``deskapp.services.rules.occupation_codes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.errors import ValidationError
from deskapp.domain.occupations import Occupation, parse_classification
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules.occupation_codes import Classification, occupation_rows
from deskapp.store.database import Database
from deskapp.store.models import Occupation as OccupationRow


@dataclass(frozen=True)
class ClassificationLoad:
    """A newer classification loaded: its entries and the records it gave a code."""

    entries: int
    coded: int


class OccupationService:
    """The occupation classification: looking codes up (everyone) and loading a newer
    official list or coding old records (administrators)."""

    def __init__(self, db: Database, classification: Classification | None = None) -> None:
        self.db = db
        self.classification = classification or Classification(db)

    def occupations(self) -> list[Occupation]:
        """The whole classification, by code (read once, then kept)."""
        return self.classification.occupations()

    def search_occupations(self, text: str, limit: int = 30) -> list[Occupation]:
        """Detailed occupations whose name contains ``text`` or whose code starts with it."""
        return self.classification.search_occupations(text, limit)

    def code_for(self, text: str | None, code: str | None, field: str) -> str | None:
        """The code to store for an occupation (see ``Classification.code_for``)."""
        return self.classification.code_for(text, code, field)

    def occupation_names(self) -> dict[str, str]:
        """Every code of the classification with its label."""
        return self.classification.occupation_names()

    def match_text(self, text: str | None) -> str | None:
        """The detailed occupation code a free-text desired job names, when clear enough."""
        return self.classification.match_text(text)

    def load_classification(self, actor: Actor, path: Path) -> ClassificationLoad:
        """Replace the occupation list with a newer official one (administrators), and in
        the same unit give codes to records that have none: all of it, or nothing."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                "직업분류 파일",  # korean-data
                translate("occupations", "The file is not UTF-8. Save it in Excel as 'CSV UTF-8'."),
            ) from None
        except OSError as error:
            raise ValidationError(
                "직업분류 파일",  # korean-data
                translate("occupations", "The file cannot be read ({error}).").format(error=error),
            ) from None
        occupations = parse_classification(text)
        try:
            with self.db.unit_of_work(actor=actor) as session:
                session.execute(delete(OccupationRow))
                session.add_all(occupation_rows(occupations))
                # The new list codes the records below (kept only if all is committed).
                self.classification.forget(sorted(occupations, key=lambda o: o.code))
                coded = self.classification.code_records(session)
                write_access(
                    session,
                    actor,
                    AccessAction.IMPORT,
                    subject_kind="occupations",
                    detail=f"직업분류 {len(occupations)}개 항목 ({path.name}), "  # korean-data
                    f"코드 없던 기록 {coded}건에 코드",  # korean-data
                )
        except BaseException:
            self.classification.forget(None)  # read again from the database
            raise
        return ClassificationLoad(len(occupations), coded)

    def code_occupations(self, actor: Actor) -> int:
        """Give codes to seekers and openings (of every desk) whose free text names an
        occupation and that have none (administrators; records from before codes)."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        self.classification.occupations()  # read before the write unit (no unit inside another)
        with self.db.unit_of_work(actor=actor) as session:
            coded = self.classification.code_records(session)
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="occupations",
                detail=f"코드 없던 기록 {coded}건에 직업분류 코드",  # korean-data
            )
        return coded
