"""구직표: a seeker's card on one A4 page, to a printer or a PDF, each output logged with its
reason (``BrowseService.seeker_card``).

The card holds what a counselor hands over or files: the person, the registration,
the wishes, 학력·경력·자격증, target groups, consents, and the latest work with
the desk (the ten newest sessions, referrals and placements fit on the page).

The card is the desks' own form, not a copy of one of the district's official forms, so
none of its wording is fixed: its title, headings and notes speak the language of the
window (the Korean card is titled 구 직 표). What it shows of the record stays as recorded
(names, desks, 성별, 고용형태, 학력, target groups).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from deskapp.domain.dates import format_date
from deskapp.services.browse import SeekerDetail, TimelineEntry
from deskapp.ui.context import WorkContext, desk_short_name
from deskapp.ui.errors import show_error
from deskapp.ui.print_layout import PORTRAIT, ask_printer, print_to, save_pdf
from deskapp.ui.widgets import announce_saved, ask_reason, ask_save_path
from deskapp.ui.workers import QueryOp

CARD_ENTRIES = 10

_STYLE = """
body { font-size: 9.5pt; }
h1 { font-size: 15pt; text-align: center; margin-bottom: 2pt; }
p.sub { text-align: center; font-size: 9pt; margin-top: 0; }
h2 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
table.card { border-collapse: collapse; width: 100%; }
table.card th, table.card td { border: 1px solid #000; padding: 2pt 5pt; }
table.card th { background-color: #e7ecf5; text-align: left; font-weight: bold; width: 16%; }
p.note { font-size: 8pt; }
"""


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    if value is None:
        return QCoreApplication.translate("seeker_card", "(not asked)")
    return yes if value else no


def _rows(pairs: Sequence[tuple[str, str]]) -> str:
    """Two label-value pairs per table row."""
    cells = [f"<th>{escape(label)}</th><td>{escape(value)}</td>" for label, value in pairs]
    if len(cells) % 2:
        cells.append("<th></th><td></td>")
    return "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2))


def _table(rows: str, heads: Sequence[str] = ()) -> str:
    """A bordered table of ``rows``, with a row of column ``heads`` when given."""
    top = "".join(f"<th>{escape(h)}</th>" for h in heads)
    return (
        '<table class="card" width="100%" cellspacing="0" cellpadding="3">'
        + (f"<tr>{top}</tr>" if top else "")
        + f"{rows}</table>"
    )


def _none_row(columns: int) -> str:
    none = QCoreApplication.translate("seeker_card", "(none)")
    return f'<tr><td colspan="{columns}">{escape(none)}</td></tr>'


def card_html(detail: SeekerDetail, entries: Sequence[TimelineEntry], printed_by: str) -> str:
    """The 구직표 of ``detail`` as an HTML document, in the language of the window."""
    desk = desk_short_name(detail.desk) + (f" ({detail.site})" if detail.site else "")
    wish = detail.desired_job
    if detail.desired_code:
        wish = f"{wish} ({detail.desired_code} {detail.desired_occupation})".strip()
    sms = _yes_no(
        detail.sms_consent,
        QCoreApplication.translate("seeker_card", "Agreed"),
        QCoreApplication.translate("seeker_card", "Not agreed"),
    )
    if detail.sms_consent_on:
        sms += f" ({format_date(detail.sms_consent_on)})"
    resident = _yes_no(
        detail.resident,
        QCoreApplication.translate("seeker_card", "Resident"),
        QCoreApplication.translate("seeker_card", "Non-resident"),
    )
    state = (
        QCoreApplication.translate("seeker_card", "Void")
        if detail.void
        else QCoreApplication.translate("seeker_card", "Active")
    )
    person = _rows(
        [
            (QCoreApplication.translate("seeker_card", "Name"), detail.name),
            (QCoreApplication.translate("seeker_card", "Job seeker no."), detail.seeker_no),
            (
                QCoreApplication.translate("seeker_card", "Date of birth"),
                format_date(detail.birth_date),
            ),
            (QCoreApplication.translate("seeker_card", "Sex"), detail.gender or ""),
            (QCoreApplication.translate("seeker_card", "Contact"), detail.phone),
            (QCoreApplication.translate("seeker_card", "Lives in Geumcheon-gu"), resident),
            (QCoreApplication.translate("seeker_card", "Address"), detail.address),
            (QCoreApplication.translate("seeker_card", "Target groups"), ", ".join(detail.groups)),
        ]
    )
    registration = _rows(
        [
            (QCoreApplication.translate("seeker_card", "Registration desk"), desk),
            (
                QCoreApplication.translate("seeker_card", "Registration date"),
                format_date(detail.registered_on),
            ),
            (
                QCoreApplication.translate("seeker_card", "Assigned counselor"),
                detail.counselor_name,
            ),
            (
                QCoreApplication.translate("seeker_card", "Privacy consent date"),
                format_date(detail.consent_on),
            ),
            (QCoreApplication.translate("seeker_card", "SMS consent"), sms),
            (QCoreApplication.translate("seeker_card", "Status"), state),
        ]
    )
    wishes = _rows(
        [
            (QCoreApplication.translate("seeker_card", "Desired occupation"), wish),
            (
                QCoreApplication.translate("seeker_card", "Desired employment type"),
                detail.desired_employment or "",
            ),
            (QCoreApplication.translate("seeker_card", "Desired wage"), detail.desired_wage),
            (QCoreApplication.translate("seeker_card", "Desired work area"), detail.desired_area),
            (
                QCoreApplication.translate("seeker_card", "Highest education"),
                detail.education or "",
            ),
            (
                QCoreApplication.translate("seeker_card", "Certificates"),
                ", ".join(detail.certificates),
            ),
        ]
    )
    careers = "".join(
        f"<tr><td>{escape(c.employer)}</td><td>{escape(c.job or '')}</td>"
        f"<td>{c.started_on.strftime('%Y-%m') if c.started_on else ''} ~ "
        f"{c.ended_on.strftime('%Y-%m') if c.ended_on else ''}</td></tr>"
        for c in detail.careers
    ) or _none_row(3)
    live = [e for e in entries if not e.void][:CARD_ENTRIES]
    work = "".join(
        f"<tr><td>{format_date(e.on)}</td><td>{escape(e.kind.label)}</td>"
        f"<td>{escape(desk_short_name(e.desk))}</td><td>{escape(e.title)}</td></tr>"
        for e in live
    ) or _none_row(4)
    career_heads = (
        QCoreApplication.translate("seeker_card", "Employer"),
        QCoreApplication.translate("seeker_card", "Job"),
        QCoreApplication.translate("seeker_card", "Period"),
    )
    work_heads = (
        QCoreApplication.translate("seeker_card", "Date"),
        QCoreApplication.translate("seeker_card", "Type"),
        QCoreApplication.translate("seeker_card", "Desk"),
        QCoreApplication.translate("seeker_card", "Details"),
    )
    title = QCoreApplication.translate("seeker_card", "Job Seeker Card")
    issuer = QCoreApplication.translate("seeker_card", "Geumcheon-gu job counseling desks")
    sections = [
        (QCoreApplication.translate("seeker_card", "Personal details"), _table(person)),
        (QCoreApplication.translate("seeker_card", "Registration"), _table(registration)),
        (
            QCoreApplication.translate(
                "seeker_card", "Job preferences, education and certificates"
            ),
            _table(wishes),
        ),
        (QCoreApplication.translate("seeker_card", "Work history"), _table(careers, career_heads)),
        (
            QCoreApplication.translate("seeker_card", "Recent sessions, referrals and placements"),
            _table(work, work_heads),
        ),
    ]
    note = QCoreApplication.translate(
        "seeker_card",
        "Printed by {who}. This document contains personal data: destroy it after use.",
    ).format(who=printed_by)
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f'<p class="sub">{escape(issuer)}</p>'
        + "".join(f"<h2>{escape(heading)}</h2>{table}" for heading, table in sections)
        + f'<p class="note">{escape(note)}</p>'
        "</body></html>"
    )


class CardOutput:
    """Prints a seeker's card or saves it as a PDF, asking the reason first."""

    def __init__(self, ctx: WorkContext, seeker_id: int, parent: QWidget) -> None:
        self.ctx = ctx
        self.seeker_id = seeker_id
        self.parent = parent
        self.last_path: Path | None = None

    def print_card(self) -> None:
        """Ask the reason, then a printer; the card is read (and logged) once confirmed."""
        ask_reason(
            self.parent,
            QCoreApplication.translate("seeker_card", "Print job seeker card"),
            QCoreApplication.translate(
                "seeker_card",
                "The job seeker card contains personal data. "
                "Enter the reason for printing it.\n&Reason:",
            ),
            QCoreApplication.translate("seeker_card", "Print"),
            self._print,
        )

    def _print(self, reason: str) -> None:
        printer = ask_printer(
            self.parent,
            QCoreApplication.translate("seeker_card", "Print job seeker card"),
            PORTRAIT,
        )
        if printer is None:
            return
        self._fetch(reason, True, lambda html: self._printed(printer, html))

    def _printed(self, printer: QPrinter, html: str) -> None:
        print_to(printer, html)
        self.ctx.message(
            QCoreApplication.translate("seeker_card", "Job seeker card sent to the printer.")
        )

    def save_pdf(self) -> None:
        """Ask the reason, then where to save the card as a PDF."""
        ask_reason(
            self.parent,
            QCoreApplication.translate("seeker_card", "Save job seeker card as PDF"),
            QCoreApplication.translate(
                "seeker_card",
                "The job seeker card contains personal data. "
                "Enter the reason for saving it.\n&Reason:",
            ),
            QCoreApplication.translate("seeker_card", "Save"),
            self._save,
        )

    def _save(self, reason: str) -> None:
        settings = self.ctx.settings
        if settings is None:
            return
        path = ask_save_path(
            self.parent,
            settings,
            QCoreApplication.translate("seeker_card", "Save job seeker card as PDF"),
            QCoreApplication.translate("seeker_card", "job seeker card.pdf"),
            QCoreApplication.translate("seeker_card", "PDF documents (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self._fetch(reason, False, lambda html: self._write(html, path))

    def _write(self, html: str, path: Path) -> None:
        try:
            save_pdf(html, path, PORTRAIT)
        except OSError as error:
            show_error(self.parent, error)
            return
        self.last_path = path
        if not announce_saved(self.parent, path):
            self.ctx.message(
                QCoreApplication.translate("seeker_card", "Job seeker card saved: {path}").format(
                    path=path
                )
            )

    def _fetch(self, reason: str, printing: bool, then: Callable[[str], None]) -> None:
        browse, actor, seeker_id = self.ctx.workspace.browse, self.ctx.actor, self.seeker_id
        who = f"{actor.display_name} ({actor.username})"

        def render(result: tuple[SeekerDetail, list[TimelineEntry]]) -> None:
            then(card_html(result[0], result[1], who))

        QueryOp(
            parent=self.parent,
            op=lambda _p: browse.seeker_card(actor, seeker_id, reason, printing),
            success=render,
        ).failure(lambda error: show_error(self.parent, error)).run_in_background()
