"""Printing the statistics: the official layout as an HTML document, to a printer or a PDF.

The layout follows ``deskapp.reports.xlsx`` (title, 기간 and 단위 line, two-row
header with 구 분, 총 계 first and bold, the 기준일 note) so that the printed
page and the exported workbook read the same.

Qt's rich text ignores a CSS width and cell padding: each table says ``width="100%"``
and ``cellpadding`` as attributes, and its columns' shares of the width on the header
cells, so the table fills the landscape page and every number stands right-aligned in
a column of its own. :func:`paged_document` lays the document out on the printer's
page exactly as it prints (tests measure it).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.breakdown import BREAKDOWN_KEYS, BreakdownTable
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, TOTAL_CODE
from deskapp.domain.stats import MEASURES, OFFICIAL_LABELS, Counts, MonthlySeries, StatsTable
from deskapp.reports.xlsx import TITLE, as_of_note

_STYLE = """
body { font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin-bottom: 4pt; }
table.stats { border-collapse: collapse; }
table.stats th, table.stats td { border: 1px solid #000; }
table.stats th { background-color: #d9e1f2; font-weight: bold; text-align: center; }
td.num { text-align: right; }
tr.total td { font-weight: bold; background-color: #f2f2f2; }
p.note { font-size: 9pt; }
"""


#: How a table of figures opens: the page's whole width, room around every number.
_TABLE = '<table class="stats" width="100%" cellspacing="0" cellpadding="5">'


def _shares(labels: int, numbers: int, label_share: int) -> tuple[str, str]:
    """The width attributes of the label columns and of the number columns: the labels
    take ``label_share`` per cent each, the numbers share the rest equally."""
    number_share = (100 - labels * label_share) / numbers
    return f' width="{label_share}%"', f' width="{number_share:.2f}%"'


def _period_line(period: Period) -> str:
    label = escape(QCoreApplication.translate("print_layout", "Period"))
    unit = escape(QCoreApplication.translate("print_layout", "(Unit: cases, people)"))
    return (
        '<table width="100%"><tr>'
        f"<td>{label}: {period.start:%Y.%m.%d.} ~ {period.end:%Y.%m.%d.}</td>"
        f'<td align="right">{unit}</td>'
        "</tr></table>"
    )


def _figures(head: list[str], body: list[str]) -> str:
    """The figures' table; its heading rows in <thead>, which Qt repeats on every page."""
    return f"{_TABLE}<thead>{''.join(head)}</thead><tbody>{''.join(body)}</tbody></table>"


def stats_table_html(table: StatsTable, title: str = TITLE) -> str:
    """The official table for one period as an HTML document."""
    label_width, number_width = _shares(1, len(MEASURES), 24)
    head = [
        '<tr><th rowspan="2"{}>{}</th>'.format(
            label_width, escape(QCoreApplication.translate("print_layout", "Category"))
        ),
        *(f"<th{number_width}>{escape(OFFICIAL_LABELS[m.key])}</th>" for m in MEASURES),
        "</tr><tr>",
        *(f"<th>({escape(m.unit)})</th>" for m in MEASURES),
        "</tr>",
    ]
    body = []
    for row in table.rows:
        css = ' class="total"' if row.desk == TOTAL_CODE else ""
        align = "center" if row.desk == TOTAL_CODE else "left"
        cells = "".join(f'<td class="num">{value:,}</td>' for value in row.counts.values())
        body.append(f'<tr{css}><td align="{align}">{escape(row.name)}</td>{cells}</tr>')
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>{_period_line(table.period)}"
        f"{_figures(head, body)}"
        f'<p class="note">{escape(as_of_note(table.period.end))}</p>'
        "</body></html>"
    )


def breakdown_html(table: BreakdownTable, title: str = TITLE) -> str:
    """A period's breakdown (ARCHITECTURE.md) as an HTML document: 구 분, the value of the
    dimension and the four seeker-side measures; 총 계 rows first and bold."""
    labels = {m.key: m for m in MEASURES}
    desk_label = escape(QCoreApplication.translate("print_layout", "Category"))
    label_width, number_width = _shares(2, len(BREAKDOWN_KEYS), 20)
    head = [
        f'<tr><th rowspan="2"{label_width}>{desk_label}</th>'
        f'<th rowspan="2"{label_width}>{escape(table.dimension.label)}</th>',
        *(f"<th{number_width}>{escape(OFFICIAL_LABELS[key])}</th>" for key in BREAKDOWN_KEYS),
        "</tr><tr>",
        *(f"<th>({escape(labels[key].unit)})</th>" for key in BREAKDOWN_KEYS),
        "</tr>",
    ]
    body = []
    for row in table.rows:
        css = ' class="total"' if row.desk == TOTAL_CODE else ""
        cells = "".join(f'<td class="num">{value:,}</td>' for value in row.counts.values())
        body.append(
            f"<tr{css}><td>{escape(row.desk_name)}</td><td>{escape(row.group)}</td>{cells}</tr>"
        )
    heading = QCoreApplication.translate("print_layout", "{title} — by {by}").format(
        title=title, by=table.dimension.label
    )
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(heading)}</h1>{_period_line(table.period)}"
        f"{_figures(head, body)}"
        f'<p class="note">{escape(as_of_note(table.period.end))}</p>'
        "</body></html>"
    )


def monthly_html(series: MonthlySeries, desk: str | None = None, title: str = TITLE) -> str:
    """The monthly grid (each month and its 누계) for the total or one desk."""
    names = {d.code: d.name for d in DESKS}
    subject = names.get(desk or "", QCoreApplication.translate("print_layout", "Total"))
    month_label = escape(QCoreApplication.translate("print_layout", "Month"))
    alone_label = escape(QCoreApplication.translate("print_layout", "This month"))
    running_label = escape(QCoreApplication.translate("print_layout", "Cumulative"))

    def counts(table: StatsTable) -> Counts:
        return table.total if desk is None else table.by_desk.get(desk, Counts())

    label_width, number_width = _shares(1, 2 * len(MEASURES), 10)
    head = [
        f'<tr><th rowspan="2"{label_width}>{month_label}</th>',
        *(f'<th colspan="2">{escape(OFFICIAL_LABELS[m.key])} ({m.unit})</th>' for m in MEASURES),
        "</tr><tr>",
        *(
            f"<th{number_width}>{alone_label}</th><th{number_width}>{running_label}</th>"
            for _ in MEASURES
        ),
        "</tr>",
    ]
    body = []
    for month in series.months:
        alone, running = counts(month.table).values(), counts(month.cumulative).values()
        cells = "".join(
            f'<td class="num">{a:,}</td><td class="num"><b>{r:,}</b></td>'
            for a, r in zip(alone, running, strict=True)
        )
        body.append(f"<tr><td>{escape(month.month)}</td>{cells}</tr>")
    heading = QCoreApplication.translate("print_layout", "{title} — monthly ({subject})").format(
        title=title, subject=subject
    )
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(heading)}</h1>{_period_line(series.whole.period)}"
        f"{_figures(head, body)}"
        f'<p class="note">{escape(as_of_note(series.period.end))}</p>'
        "</body></html>"
    )


LANDSCAPE = QPageLayout.Orientation.Landscape
PORTRAIT = QPageLayout.Orientation.Portrait


def _a4(printer: QPrinter, orientation: QPageLayout.Orientation) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )


def ask_printer(
    parent: QWidget, title: str, orientation: QPageLayout.Orientation = LANDSCAPE
) -> QPrinter | None:
    """Ask for a printer (QPrintDialog); None when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4(printer, orientation)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def paged_document(html: str, printer: QPrinter) -> QTextDocument:
    """``html`` laid out on ``printer``'s pages as it prints: in the printer's own pixels
    (fonts measured for it), as wide as the page between its margins."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setHtml(html)
    document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
    return document


def print_to(printer: QPrinter, html: str) -> None:
    paged_document(html, printer).print_(printer)


def print_html(parent: QWidget, html: str) -> bool:
    """Ask for a printer (QPrintDialog) and print; False when the user cancelled."""
    printer = ask_printer(parent, QCoreApplication.translate("print_layout", "Print statistics"))
    if printer is None:
        return False
    print_to(printer, html)
    return True


def save_pdf(html: str, path: Path, orientation: QPageLayout.Orientation = LANDSCAPE) -> Path:
    """Write ``html`` as an A4 PDF (landscape unless said) to ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _a4(printer, orientation)
    print_to(printer, html)
    return path
