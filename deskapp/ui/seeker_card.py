"""구직표: a seeker's card on one A4 page, to a printer or a PDF, each output logged with its
reason (``BrowseService.seeker_card``).

The card holds what a counselor hands over or files: the person, the registration,
the wishes, 학력·경력·자격증, target groups, consents, and the latest work with
the desk (the ten newest sessions, referrals and placements fit on the page).
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("seeker_card", text)


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    if value is None:
        return _tr("(묻지 않음)")
    return yes if value else no


def _rows(pairs: Sequence[tuple[str, str]]) -> str:
    """Two label-value pairs per table row."""
    cells = [f"<th>{escape(label)}</th><td>{escape(value)}</td>" for label, value in pairs]
    if len(cells) % 2:
        cells.append("<th></th><td></td>")
    return "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2))


def card_html(detail: SeekerDetail, entries: Sequence[TimelineEntry], printed_by: str) -> str:
    """The 구직표 of ``detail`` as an HTML document."""
    desk = desk_short_name(detail.desk) + (f" ({detail.site})" if detail.site else "")
    wish = detail.desired_job
    if detail.desired_code:
        wish = f"{wish} ({detail.desired_code} {detail.desired_occupation})".strip()
    sms = _yes_no(detail.sms_consent, _tr("동의"), _tr("동의 안 함"))
    if detail.sms_consent_on:
        sms += f" ({format_date(detail.sms_consent_on)})"
    person = _rows(
        [
            (_tr("성명"), detail.name),
            (_tr("구직자번호"), detail.seeker_no),
            (_tr("생년월일"), format_date(detail.birth_date)),
            (_tr("성별"), detail.gender or ""),
            (_tr("연락처"), detail.phone),
            (_tr("금천구 거주"), _yes_no(detail.resident, _tr("구민"), _tr("비구민"))),
            (_tr("주소"), detail.address),
            (_tr("대상 그룹"), ", ".join(detail.groups)),
        ]
    )
    registration = _rows(
        [
            (_tr("등록창구"), desk),
            (_tr("등록일"), format_date(detail.registered_on)),
            (_tr("담당상담사"), detail.counselor_name),
            (_tr("개인정보 동의일"), format_date(detail.consent_on)),
            (_tr("SMS 수신"), sms),
            (_tr("상태"), _tr("무효") if detail.void else _tr("정상")),
        ]
    )
    wishes = _rows(
        [
            (_tr("희망직종"), wish),
            (_tr("희망 고용형태"), detail.desired_employment or ""),
            (_tr("희망임금"), detail.desired_wage),
            (_tr("희망근무지역"), detail.desired_area),
            (_tr("최종학력"), detail.education or ""),
            (_tr("자격증"), ", ".join(detail.certificates)),
        ]
    )
    careers = (
        "".join(
            f"<tr><td>{escape(c.employer)}</td><td>{escape(c.job or '')}</td>"
            f"<td>{c.started_on.strftime('%Y-%m') if c.started_on else ''} ~ "
            f"{c.ended_on.strftime('%Y-%m') if c.ended_on else ''}</td></tr>"
            for c in detail.careers
        )
        or f'<tr><td colspan="3">{escape(_tr("(없음)"))}</td></tr>'
    )
    live = [e for e in entries if not e.void][:CARD_ENTRIES]
    work = (
        "".join(
            f"<tr><td>{format_date(e.on)}</td><td>{escape(e.kind.label)}</td>"
            f"<td>{escape(desk_short_name(e.desk))}</td><td>{escape(e.title)}</td></tr>"
            for e in live
        )
        or f'<tr><td colspan="4">{escape(_tr("(없음)"))}</td></tr>'
    )
    heads = (_tr("업체"), _tr("직무"), _tr("기간"))
    note = _tr("출력: {who}. 개인정보가 담긴 문서입니다. 쓴 뒤에는 파기하세요.").format(
        who=printed_by
    )
    work_heads = (_tr("날짜"), _tr("구분"), _tr("창구"), _tr("내용"))
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(_tr('구 직 표'))}</h1>"
        f'<p class="sub">{escape(_tr("금천구 일자리 상담창구"))}</p>'
        f"<h2>{escape(_tr('인적 사항'))}</h2>"
        f'<table class="card" width="100%" cellspacing="0" cellpadding="3">{person}</table>'
        f"<h2>{escape(_tr('등록'))}</h2>"
        f'<table class="card" width="100%" cellspacing="0" cellpadding="3">{registration}</table>'
        f"<h2>{escape(_tr('희망 조건·학력·자격'))}</h2>"
        f'<table class="card" width="100%" cellspacing="0" cellpadding="3">{wishes}</table>'
        f"<h2>{escape(_tr('경력'))}</h2>"
        f'<table class="card" width="100%" cellspacing="0" cellpadding="3"><tr>'
        + "".join(f"<th>{escape(h)}</th>" for h in heads)
        + f"</tr>{careers}</table>"
        f"<h2>{escape(_tr('최근 상담·알선·취업'))}</h2>"
        f'<table class="card" width="100%" cellspacing="0" cellpadding="3"><tr>'
        + "".join(f"<th>{escape(h)}</th>" for h in work_heads)
        + f"</tr>{work}</table>"
        f'<p class="note">{escape(note)}</p>'
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
            _tr("구직표 인쇄"),
            _tr("구직표에는 개인정보가 담깁니다. 인쇄하는 사유를 적으세요.\n사유(&R):"),
            _tr("인쇄"),
            self._print,
        )

    def _print(self, reason: str) -> None:
        printer = ask_printer(self.parent, _tr("구직표 인쇄"), PORTRAIT)
        if printer is None:
            return
        self._fetch(reason, True, lambda html: self._printed(printer, html))

    def _printed(self, printer: QPrinter, html: str) -> None:
        print_to(printer, html)
        self.ctx.message(_tr("구직표 인쇄를 보냈습니다."))

    def save_pdf(self) -> None:
        """Ask the reason, then where to save the card as a PDF."""
        ask_reason(
            self.parent,
            _tr("구직표 PDF로 저장"),
            _tr("구직표에는 개인정보가 담깁니다. 저장하는 사유를 적으세요.\n사유(&R):"),
            _tr("저장"),
            self._save,
        )

    def _save(self, reason: str) -> None:
        settings = self.ctx.settings
        if settings is None:
            return
        path = ask_save_path(
            self.parent,
            settings,
            _tr("구직표 PDF로 저장"),
            _tr("구직표.pdf"),
            _tr("PDF 문서 (*.pdf)"),
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
            self.ctx.message(_tr("구직표를 저장했습니다: {path}").format(path=path))

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
