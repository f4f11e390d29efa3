"""Matching, both ways, each ranked best first with why it fits; Enter refers (an 알선
dated today).

* :class:`MatchDialog` — 추천 구인: the open openings for one seeker (Ctrl+M in the
  seeker's record window).
* :class:`SeekerMatchDialog` — 맞는 구직자: the active seekers for one opening (Ctrl+M on
  the 구인업체·구인 page); a counselor sees only the seekers of their own desk.

Both are :class:`MatchesDialog`: the list, the status line and the referral are shared;
a direction says only which service ranks and which side of the referral a row is. The
short columns fit their contents and 추천 이유 takes the rest of the width, wrapped; the
chosen row's whole reason is shown under the list. Enter asks once (알선 is the default
answer, Esc keeps the list as it was) before the referral is made: a referral counts in
the statistics and undoing one means voiding it with a reason.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.commands import referral_command
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import with_particle
from deskapp.services.matching import Match
from deskapp.ui.admin.common import StatusLabel
from deskapp.ui.casework.models import MatchesModel, SeekerMatchesModel
from deskapp.ui.context import WorkContext, desk_short_name
from deskapp.ui.lists import RecordTable
from deskapp.ui.widgets import ask_once
from deskapp.ui.workers import QueryOp

__all__ = ["MatchDialog", "MatchesDialog", "SeekerMatchDialog"]


#: The column of the reasons (추천 이유): it takes the free width and wraps.
REASONS = 2


class MatchesDialog(QDialog):
    """Ranked matches of one record; Enter refers the two sides of the chosen row.

    Subclasses say what is listed (:meth:`finder`), which seeker and opening a row
    joins (:meth:`pair`) and the texts; the dialog loads in a worker on opening
    and again after each referral, keeping the row the user was on.
    """

    sig_loaded = Signal()
    """The matches were shown."""
    sig_referred = Signal(int)
    """A referral was saved: the id of the row referred (an opening's or a seeker's)."""
    sig_asking = Signal(object)
    """Enter on a row: the question before the referral (a QMessageBox) is shown."""

    def __init__(
        self, context: WorkContext, model: MatchesModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = context.workspace
        self.actor = context.actor
        self.desk = context.desk_value()  # 알선창구: the working desk, as in the referral form
        self._keep: int | None = None
        self._referring = False
        self.prompt: QMessageBox | None = None
        self.model = model
        model.setParent(self)
        self.table = RecordTable(self, plain=True)
        self.table.setObjectName("matches")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sig_activated.connect(self.refer)
        self.table.selectionModel().currentRowChanged.connect(self._show_reason)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("match_reason")
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setStyleSheet("background: #f4f6f8; padding: 6px; border-radius: 3px;")
        self.reason_label.setAccessibleName(self.tr("Why the selected row is suggested"))
        self.status_label = StatusLabel(self)
        self.hint_label = QLabel(self)
        self.hint_label.setStyleSheet("color: #555;")
        close_button = QPushButton(self.tr("Close (Esc)"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(close_button)
        self.resize(760, 420)

    # -- what a direction says -----------------------------------------------------------

    def finder(self) -> Callable[[], list[Match]]:
        """The query of the matches, best first, for a worker: services only, no widgets."""
        raise NotImplementedError

    def pair(self, match: Match) -> tuple[str, str]:
        """(구직자번호, 구인번호) of a referral from ``match``."""
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def referred_text(self, match: Match) -> str:
        raise NotImplementedError

    def question(self, match: Match) -> str:
        """What Enter on ``match`` asks before the referral is made."""
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------

    def load(self) -> None:
        find = self.finder()
        QueryOp(parent=self, op=lambda _p: find(), success=self._loaded).failure(
            self.status_label.show_error
        ).run_in_background()

    def _loaded(self, matches: list[Match]) -> None:
        self.model.set_rows(matches)
        self._fit_columns()
        if matches:
            ids = [m.id for m in matches]
            # After a referral the cursor stays on that row: Enter again must not
            # refer someone else who moved up to the top.
            row = ids.index(self._keep) if self._keep in ids else 0
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.status_label.show_text(self.empty_text())
        self.table.setFocus()
        self.sig_loaded.emit()

    def _fit_columns(self) -> None:
        """The short columns as wide as their contents (each at most two fifths of the list,
        wrapped beyond), 추천 이유 the rest; rows as tall as their wrapped texts."""
        widest = max(self.table.viewport().width() * 2 // 5, 120)
        for column in range(self.model.columnCount()):
            if column != REASONS:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _show_reason(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The chosen row in full under the list (no hovering needed)."""
        match = self.model.item(current.row()) if current.isValid() else None
        if match is None:
            self.reason_label.clear()
            return
        lines = [f"{match.title} — {match.subtitle}" if match.subtitle else match.title]
        lines += [f"· {reason}" for reason in match.reasons]
        self.reason_label.setText("\n".join(lines))

    def desk_text(self) -> str:
        """The desk a referral is made at, as the counselor names it."""
        value = self.desk or self.actor.desk or ""
        name = desk_short_name(value)
        return name if name != value or not value else f"{desk_short_name('dong')} ({value})"

    def refer(self, row: int) -> None:
        """Enter on ``row``: ask once, then refer its pair (see :meth:`refer_now`)."""
        match = self.model.item(row)
        if match is None or self._referring:
            return
        box = self.prompt
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            return
        box = ask_once(
            self,
            self.tr("Confirm referral"),
            self.question(match),
            (self.tr("&Refer"), QMessageBox.ButtonRole.AcceptRole),
            lambda: self.refer_now(match),
            details=self.tr("Referral date {day} · referring desk {desk}").format(
                day=self.workspace.records.today().isoformat(), desk=self.desk_text()
            ),
            then=self.table.setFocus,
        )
        box.setObjectName("refer_prompt")
        self.prompt = box
        self.sig_asking.emit(box)

    def refer_now(self, match: Match) -> None:
        """Refer the pair of ``match``, dated today, at :attr:`desk` (the account's own desk
        when None; ignored while a referral is being saved)."""
        if self._referring:
            return
        records, actor = self.workspace.records, self.actor
        seeker_no, opening_no = self.pair(match)
        values = {
            "구직자번호": seeker_no,  # korean-data
            "구인번호": opening_no,  # korean-data
            "알선창구": self.desk or "",  # korean-data
            "알선일": records.today().isoformat(),  # korean-data
        }
        try:
            command = referral_command(values, records.today())
        except ValidationError as error:
            self.status_label.show_error(error)
            return
        self._referring = True
        QueryOp(
            parent=self,
            op=lambda _p: records.refer(actor, command),
            success=lambda _saved: self._referred(match),
        ).failure(self._refer_failed).run_in_background()

    def _referred(self, match: Match) -> None:
        self._referring = False
        self._keep = match.id
        self.status_label.show_text(self.referred_text(match))
        self.sig_referred.emit(match.id)
        self.load()

    def _refer_failed(self, error: BaseException) -> None:
        self._referring = False
        self.status_label.show_error(error)


class MatchDialog(MatchesDialog):
    """추천 구인: the openings fitting a seeker, best first; Enter refers the seeker to one."""

    def __init__(
        self,
        context: WorkContext,
        seeker_id: int,
        title: str = "",
        seeker_no: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, MatchesModel(), parent)
        self.seeker_no = seeker_no
        self.seeker_title = title
        self.setObjectName("match_dialog")
        self.setWindowTitle(self.tr("Suggested openings — {title}").format(title=title))
        self.table.setAccessibleName(self.tr("Suggested openings"))
        self.hint_label.setText(
            self.tr("Enter: refer to the chosen opening (after confirmation) · Esc: close")
        )
        self.seeker_id = seeker_id
        self.load()

    def finder(self) -> Callable[[], list[Match]]:
        matching, actor, seeker_id = self.workspace.matching, self.actor, self.seeker_id
        return lambda: matching.openings_for_seeker(actor, seeker_id)

    def pair(self, match: Match) -> tuple[str, str]:
        return self.seeker_no, match.number

    def empty_text(self) -> str:
        return self.tr("No suitable openings.")

    def referred_text(self, match: Match) -> str:
        return self.tr("Referred to {title}.").format(title=match.title)

    def question(self, match: Match) -> str:
        return self.tr("{seeker} → {opening}\nRefer to this opening?").format(
            seeker=self.seeker_title, opening=match.title
        )


class SeekerMatchDialog(MatchesDialog):
    """맞는 구직자: the seekers fitting an opening, best first; Enter refers one to it."""

    def __init__(
        self,
        context: WorkContext,
        opening_id: int,
        title: str = "",
        opening_no: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, SeekerMatchesModel(), parent)
        self.opening_no = opening_no
        self.opening_title = title
        self.setObjectName("seeker_match_dialog")
        self.setWindowTitle(self.tr("Matching job seekers — {title}").format(title=title))
        self.table.setAccessibleName(self.tr("Matching job seekers"))
        self.hint_label.setText(
            self.tr(
                "Enter: refer the chosen job seeker to this opening (after "
                "confirmation) · Esc: close"
            )
        )
        self.opening_id = opening_id
        self.load()

    def finder(self) -> Callable[[], list[Match]]:
        matching, actor, opening_id = self.workspace.matching, self.actor, self.opening_id
        return lambda: matching.seekers_for_opening(actor, opening_id)

    def pair(self, match: Match) -> tuple[str, str]:
        return match.number, self.opening_no

    def empty_text(self) -> str:
        return self.tr("No suitable job seekers.")

    def referred_text(self, match: Match) -> str:
        return self.tr("Referred {name_obj}.").format(name_obj=with_particle(match.title, "을/를"))

    def question(self, match: Match) -> str:
        return self.tr("{seeker} → {opening}\nRefer this job seeker?").format(
            seeker=match.title, opening=self.opening_title
        )
