"""What the counselors' views share: the workspace, the account, the working desk, one signal hub.

The main window builds one :class:`WorkContext` and hands it to each page,
form and record window, so that none of them reaches for a global window
(Anki's ``from aqt import mw``).

A view that saved something calls :meth:`WorkContext.changed` once with the
:class:`Changes` its unit of work made (Anki's "operation did execute"): the one
``sig_data_changed`` carries them to every page, and a page loads again only when
they touch a kind of record it shows (:meth:`Changes.touches`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from deskapp.domain.access import Actor
from deskapp.domain.desks import DESKS, DONG, Desk, desk_by_code
from deskapp.domain.errors import DeskappError
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace


def desk_value(code: str, site: str | None) -> str:
    """How a form names a desk to the services: its code, or the dong desk's site."""
    return site if code == DONG.code and site else code


def usable_desks(actor: Actor | None) -> list[Desk]:
    """The desks ``actor`` may make records at (a counselor: their own); every desk for
    None (a correction may move a record to the desk it belongs to)."""
    return [d for d in DESKS if actor is None or actor.may_write_at(d.code)]


def desk_choices(actor: Actor | None = None) -> list[tuple[str, str]]:
    """(label, value) of every desk ``actor`` may make a record at (every desk for None),
    the dong desk once per site."""
    choices: list[tuple[str, str]] = []
    for desk in usable_desks(actor):
        if desk.sites:
            choices.extend((f"{desk.short_name} ({site})", site) for site in desk.sites)
        else:
            choices.append((desk.short_name, desk.code))
    return choices


def desk_short_name(code: str) -> str:
    """``plus`` → 일자리플러스센터; an unknown code is shown as it is."""
    try:
        return desk_by_code(code).short_name
    except DeskappError:
        return code


@dataclass(frozen=True)
class Changes:
    """What one unit of work changed: the kinds of record it saved, or ``everything``
    (an import, a restored backup, a purge, a merge: any list may differ)."""

    kinds: frozenset[RecordKind] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, *kinds: RecordKind) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def saved(cls, *kinds: RecordKind) -> Changes:
        """What saving records of ``kinds`` changed: they, and what shows them counted (a
        placement closes its referral and counts against its opening's 모집인원)."""
        return cls(frozenset(kinds).union(*(_ALSO.get(k, ()) for k in kinds)))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        """Whether a view showing ``kinds`` must load again."""
        return self.everything or not self.kinds.isdisjoint(kinds)


_K = RecordKind
#: What else a saved record of a kind changes as the lists show it.
_ALSO: dict[RecordKind, frozenset[RecordKind]] = {
    _K.REFERRAL: frozenset({_K.OPENING}),
    _K.PLACEMENT: frozenset({_K.REFERRAL, _K.OPENING}),
    _K.CONTACT: frozenset({_K.EMPLOYER}),
    _K.AGREEMENT: frozenset({_K.EMPLOYER}),
    _K.EVENT_EMPLOYER: frozenset({_K.EVENT}),
    _K.EVENT_PARTICIPANT: frozenset({_K.EVENT}),
    # a meeting counted as sessions makes (and its void voids) counseling sessions
    _K.PROGRAMME_SESSION: frozenset({_K.PROGRAMME, _K.SESSION}),
    _K.ENROLMENT: frozenset({_K.PROGRAMME, _K.SESSION}),
}

#: What counts (the statistics, the review's tables) are made of: every record counted.
COUNTED = frozenset(RecordKind)


class WorkContext(QObject):
    """The open workspace, the logged-in account and the desk the window works at."""

    sig_desk_changed = Signal(str, object)
    """The working desk changed: its code, and the dong desk's site (None for other desks)."""
    sig_data_changed = Signal(object)
    """Records were added or changed: the :class:`Changes`, announced once per unit of
    work; the views showing what changed load again."""
    sig_open_seeker = Signal(int, object)
    """A view asks for a seeker's record: the seeker's id and warnings to show (a tuple)."""
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_open_employer = Signal(int)
    """A view asks for an employer's window: the employer's id."""
    sig_open_opening = Signal(int)
    """A view asks for an opening's window: the opening's id."""
    sig_log_session = Signal(object)
    """A view asks to log a session at the working desk with a seeker known by their list
    row (a SeekerItem), without opening their record: a walk-in from another desk."""

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.settings = settings
        self.desk: str = actor.desk or DESKS[0].code
        self.site: str | None = DONG.sites[0] if self.desk == DONG.code else None
        self._groups: list[str] | None = None

    def today(self) -> date:
        """The day records default to (the services' today)."""
        return self.workspace.records.today()

    def set_desk(self, code: str, site: str | None) -> None:
        if (code, site) == (self.desk, self.site):
            return
        self.desk, self.site = code, site
        self.sig_desk_changed.emit(code, site)

    def desk_value(self) -> str:
        """The working desk as a new record's 창구 (the dong desk's site when it has one)."""
        return desk_value(self.desk, self.site)

    def desk_label(self) -> str:
        name = desk_short_name(self.desk)
        return f"{name} ({self.site})" if self.site else name

    def open_seeker(self, seeker_id: int, warnings: Sequence[str] = ()) -> None:
        self.sig_open_seeker.emit(int(seeker_id), tuple(warnings))

    def open_employer(self, employer_id: int) -> None:
        self.sig_open_employer.emit(int(employer_id))

    def open_opening(self, opening_id: int) -> None:
        self.sig_open_opening.emit(int(opening_id))

    def log_session_for(self, item: object) -> None:
        """Log a session with the seeker of ``item`` (a SeekerItem) on their existing record."""
        self.sig_log_session.emit(item)

    def group_names(self) -> list[str]:
        """The target groups offered in forms (a few rows, read once per window)."""
        if self._groups is None:
            self._groups = [g.name for g in self.workspace.groups.groups()]
        return self._groups

    def changed(self, changes: Changes) -> None:
        """Say once what a unit of work saved: the views that show it load again."""
        self.sig_data_changed.emit(changes)

    def message(self, text: str) -> None:
        self.sig_message.emit(text)
