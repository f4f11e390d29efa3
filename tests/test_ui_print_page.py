"""The printed and PDF statistics use the landscape page: the table fills its width and
every number stands right-aligned in a column of its own. Measured on
the document laid out for the printer, and on the PDF read back. The seeker's card
fills its portrait page and speaks the window's language."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, add_seeker
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTranslator
from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from deskapp import i18n
from deskapp.domain.access import Actor
from deskapp.domain.breakdown import BreakdownTable, Dimension, Split
from deskapp.domain.commands import LogSession
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, parse_desk
from deskapp.domain.stats import OFFICIAL_LABELS, Counts, StatsTable
from deskapp.services.workspace import Workspace
from deskapp.ui.print_layout import (
    LANDSCAPE,
    PORTRAIT,
    _a4,
    breakdown_html,
    monthly_html,
    paged_document,
    save_pdf,
    stats_table_html,
)
from deskapp.ui.seeker_card import card_html

pytestmark = pytest.mark.usefixtures("boxes")
PERIOD = Period(date(2018, 1, 1), date(2018, 10, 30))
#: The plus desk's figures as the user read them run together: 12 1,169 9,708 …
PLUS = Counts(12, 1169, 9708, 3456, 7890)


def _district() -> StatsTable:
    by_desk = {d.code: Counts(1, 2, 3, 4, 5) for d in DESKS}
    by_desk["plus"] = PLUS
    return StatsTable(PERIOD, by_desk)


def _printer(tmp_path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "measure.pdf"))
    _a4(printer, LANDSCAPE)
    return printer


def _figures(document: QTextDocument) -> QTextTable:
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    return max(tables, key=lambda t: t.rows() * t.columns())


def _check_layout(html: str, printer: QPrinter, numbers_from: int) -> None:
    """The figures table is ≥ 95 % of the page's width; in every body row each number
    is right-aligned in its cell, with room (≥ 1 mm) between it and the cell before."""
    document = paged_document(html, printer)
    layout = document.documentLayout()
    table = _figures(document)
    page_width = document.pageSize().width()
    assert layout.frameBoundingRect(table).width() >= 0.95 * page_width
    millimetre = printer.resolution() / 25.4
    body = range(table.rows() - 1, 1, -1)  # below the two header rows
    for row in body:
        previous_right = -1.0
        for column in range(numbers_from - 1, table.columns()):
            block = table.cellAt(row, column).firstCursorPosition().block()
            box = layout.blockBoundingRect(block)
            # Room between one cell's text and the next (padding, not a bare rule).
            assert box.left() - previous_right >= millimetre, (block.text(), row)
            previous_right = box.right()
            if column < numbers_from:
                continue
            assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
            line = block.layout().lineAt(0)
            right = box.x() + line.naturalTextRect().x() + line.naturalTextWidth()
            assert right == pytest.approx(box.right(), abs=millimetre), (block.text(), row)


@SQLITE_ONLY
def test_the_printed_table_fills_the_landscape_page(qtbot: QtBot, tmp_path: Path) -> None:
    _check_layout(stats_table_html(_district()), _printer(tmp_path), numbers_from=1)


@SQLITE_ONLY
def test_breakdown_and_monthly_prints_fill_the_page(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    for name, day in (("김하나", "2018-03-02"), ("이둘", "2018-07-11"), ("박셋", "2018-10-05")):
        number = add_seeker(
            workspace, admin, name, day, 생년월일="1970-05-01", 등록창구="plus"
        ).number
        workspace.records.log_session(
            admin, LogSession(number, date.fromisoformat(day), desk=parse_desk("plus"))
        )
    statistics = workspace.statistics
    printer = _printer(tmp_path)
    broken = statistics.breakdown(admin, PERIOD, Dimension.AGE)
    _check_layout(breakdown_html(broken), printer, numbers_from=2)
    monthly = statistics.monthly(admin, PERIOD)
    _check_layout(monthly_html(monthly), printer, numbers_from=1)


def _box(pdf: QPdfDocument, text: str) -> QRectF:
    whole = pdf.getAllText(0).text()
    assert whole.count(text) == 1, (text, whole)
    return pdf.getSelectionAtIndex(0, whole.index(text), len(text)).boundingRectangle()


@SQLITE_ONLY
def test_the_pdf_read_back_has_the_numbers_apart_across_the_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = save_pdf(stats_table_html(_district()), tmp_path / "실적.pdf")
    pdf = QPdfDocument()
    pdf.load(str(path))
    size = pdf.pagePointSize(0)
    assert size.width() > size.height()  # landscape
    boxes = [_box(pdf, f"{value:,}") for value in PLUS.values()[1:]]
    for before, after in itertools.pairwise(boxes):
        assert after.left() - before.right() >= 20  # points: a column apart, not "1,1699,708"
    assert boxes[-1].right() >= 0.9 * size.width()  # the last column reaches the right margin
    assert boxes[0].left() >= 0.25 * size.width()  # after the desk names' column


@SQLITE_ONLY
def test_the_seeker_card_fills_its_portrait_page(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    seeker = add_seeker(workspace, admin, "김하나", "2018-10-02", 등록창구="plus")
    detail = workspace.browse.seeker(admin, seeker.id)
    printer = _printer(tmp_path)
    _a4(printer, PORTRAIT)
    document = paged_document(card_html(detail, [], "관리자"), printer)
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    width = document.pageSize().width()
    for table in tables:
        assert document.documentLayout().frameBoundingRect(table).width() >= 0.95 * width


@SQLITE_ONLY
def test_a_breakdown_over_several_pages_has_its_headings_on_each(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Forty counselors at each desk run to several pages: each page says what its columns are."""
    names = tuple(f"상담사{n:02d}" for n in range(40))
    cells = {(d.code, name): Split(1, 2, 3, 4) for d in DESKS for name in names}
    table = BreakdownTable(PERIOD, Dimension.COUNSELOR, cells, names)
    pdf = QPdfDocument()
    pdf.load(str(save_pdf(breakdown_html(table), tmp_path / "상담사별.pdf")))
    assert pdf.pageCount() >= 3
    heading = OFFICIAL_LABELS["placements"]
    for page in range(pdf.pageCount()):
        assert heading in pdf.getAllText(page).text(), page


@pytest.fixture
def english(_korean: list[QTranslator]) -> Iterator[None]:
    """The window in English, as after choosing it and starting again."""
    for translator in _korean:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language("en")
    yield
    for translator in reversed(_korean):
        QCoreApplication.installTranslator(translator)


def _card_text(workspace: Workspace, admin: Actor) -> str:
    """The plain text of a seeker's card with one session, as the printer gets it."""
    seeker = add_seeker(workspace, admin, "김하나", "2018-10-02", 등록창구="plus")
    workspace.records.log_session(
        admin, LogSession(seeker.number, date(2018, 10, 5), desk=parse_desk("plus"))
    )
    detail, entries = workspace.browse.seeker_card(admin, seeker.id, "본인 요청")
    document = QTextDocument()
    document.setHtml(card_html(detail, entries, "관리자"))
    return document.toPlainText()


@SQLITE_ONLY
def test_the_seeker_card_speaks_korean_by_default(workspace: Workspace, admin: Actor) -> None:
    text = _card_text(workspace, admin)
    for korean in ("구 직 표", "인적 사항", "구직자번호", "최근 상담·알선·취업", "김하나"):
        assert korean in text
    assert "출력: 관리자. 개인정보가 담긴 문서입니다. 쓴 뒤에는 파기하세요." in text
    assert "Job Seeker Card" not in text


@SQLITE_ONLY
def test_the_seeker_card_follows_the_window_into_english(
    workspace: Workspace, admin: Actor, english: None
) -> None:
    """The card is the desks' own form: its headings, the kinds of work and the note speak
    the window's language; what was recorded (the name) is shown as recorded."""
    text = _card_text(workspace, admin)
    for english_text in (
        "Job Seeker Card",
        "Geumcheon-gu job counseling desks",
        "Personal details",
        "Job seeker no.",
        "Recent sessions, referrals and placements",
        "Counseling session",
        "김하나",
    ):
        assert english_text in text
    assert "Printed by 관리자. This document contains personal data" in text
    assert "구 직 표" not in text
    assert "인적 사항" not in text
