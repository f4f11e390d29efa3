"""Lists of records on demand: table models that hold ids and fetch the rows on screen.

A list is two service calls (``deskapp.services.browse``): the ordered ids that
pass a filter, run in a worker, then the rows for the ids on screen, fetched a
page at a time into a small cache, as Anki's browser table does. The seeker
list of 1.6 million people so holds 13 MB of ids and a few pages of rows.

Clicking a heading sorts: by the service when it can order by that column,
by reversing the ids for the column they come ordered by, and in the worker
for other columns of lists small enough (:data:`MEMORY_SORT_LIMIT`).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QWidget,
)

from deskapp.domain.dates import Period, format_date
from deskapp.domain.desks import DESKS
from deskapp.domain.records import RecordKind
from deskapp.services.browse import (
    SeekerFilter,
    SeekerItem,
    TimelineEntry,
)
from deskapp.ui.context import WorkContext, desk_short_name, usable_desks
from deskapp.ui.errors import error_message, log_unexpected
from deskapp.ui.widgets import CopyTableView
from deskapp.ui.workers import QueryOp

Index = QModelIndex | QPersistentModelIndex
#: Rows fetched at once, and how many such pages a list keeps.
PAGE_SIZE = 100
CACHED_PAGES = 8
#: A full-width glyph: a column's width given as a number of characters is measured in it.
WIDE = "가"  # korean-data
#: Lists up to this long may be sorted by a column the service cannot order by.
MEMORY_SORT_LIMIT = 5000
_FETCH_CHUNK = 1000

#: The record's id (an int) in every column.
IdRole = Qt.ItemDataRole.UserRole
#: The id of the seeker the row is about (None when it is about no seeker).
SeekerIdRole = Qt.ItemDataRole.UserRole + 1
#: The row's item itself (a UserItem, an AccessEntry...), in a :class:`RowsModel`.
ItemRole = Qt.ItemDataRole.UserRole + 2
#: The type of a short list's rows (a service's frozen item).
T = TypeVar("T")

_DAY = "2018-10-30"
_PHONE = "010-****-1234"

IdsQuery = Callable[[str | None, bool], "array[int]"]
Fetch = Callable[[Sequence[int]], list[Any]]
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_VOID_BRUSH = QBrush(QColor("#8a8a8a"))
_DIMMED = QBrush(QColor("#808080"))
#: Rows a short list hands its view at once (``canFetchMore``/``fetchMore``).
ROWS_BATCH = 200


def day_text(day: date | None) -> str:
    return format_date(day)


def _tell_later(model: QObject, signal: SignalInstance, error: Exception) -> None:
    """A page that could not be read, from inside ``data()`` while the view paints: log it
    and emit its message on ``signal`` once the painting is over (if ``model`` still lives)."""
    log_unexpected(error)
    message = error_message(error)

    def tell() -> None:
        if shiboken6.isValid(model):
            signal.emit(message)

    QTimer.singleShot(0, tell)


@dataclass(frozen=True)
class Column:
    """A column of a list: its heading, its text, and how it sorts."""

    title: str
    text: Callable[[Any], str]
    width: int | str = 6  # in Hangul syllables, or a sample of the widest text
    service_sort: str | None = None  # the service's order key (SeekerFilter.sort)
    natural: bool = False  # the ids come ordered by this column, newest first
    key: Callable[[Any], Any] | None = None  # sort value when sorted in memory
    number: bool = False


def _cell(column: Column, item: Any, role: int, void: bool) -> Any:
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        return column.text(item)
    if role == IdRole:
        record_id = getattr(item, "id", None)
        return int(record_id) if record_id is not None else None
    if role == SeekerIdRole:
        return seeker_id_of(item)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _RIGHT if column.number else _LEFT
    if role == Qt.ItemDataRole.ForegroundRole and void:
        return _VOID_BRUSH
    if role == Qt.ItemDataRole.FontRole and void:
        font = QFont()
        font.setStrikeOut(True)
        return font
    return None


def seeker_id_of(item: Any) -> int | None:
    """The seeker a list row is about: the seeker itself or the one a record belongs to."""
    if isinstance(item, SeekerItem):
        return item.id
    seeker_id = getattr(item, "seeker_id", None)
    return int(seeker_id) if seeker_id is not None else None


def ordered_ids(
    query: IdsQuery,
    fetch: Fetch,
    column: Column,
    descending: bool,
    natural_descending: bool = True,
) -> tuple[array[int], bool]:
    """The ids in the order asked for; False as second value when the list was too long to
    sort by this column (it keeps the service's order). Runs in a worker.

    ``natural_descending``: whether the service gives the natural column newest (or Z)
    first, as most lists do, or in ascending order (employers by name)."""
    if column.service_sort:
        return query(column.service_sort, descending), True
    ids = query(None, True)
    if column.natural:
        if descending != natural_descending:
            ids.reverse()
        return ids, True
    if len(ids) > MEMORY_SORT_LIMIT:
        return ids, False
    items: list[Any] = []
    for start in range(0, len(ids), _FETCH_CHUNK):
        items.extend(fetch(ids[start : start + _FETCH_CHUNK]))
    key = column.key or column.text
    items.sort(key=lambda item: (key(item), item.id), reverse=descending)
    return array("q", (item.id for item in items)), True


class ColumnsModel(QAbstractTableModel):
    """What both list models share: columns, headings, cells."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._descending = True
        self._set_column_specs(columns)

    def _set_column_specs(self, columns: Sequence[Column]) -> None:
        self.columns: tuple[Column, ...] = tuple(columns)
        self._sort_column = next((i for i, c in enumerate(self.columns) if c.natural), 0)

    def item(self, row: int) -> Any | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if not 0 <= index.row() < self.rowCount():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        return _cell(self.columns[index.column()], item, role, bool(getattr(item, "void", False)))

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def id_at(self, row: int) -> int | None:
        item = self.item(row)
        record_id = getattr(item, "id", None) if item is not None else None
        return int(record_id) if record_id is not None else None

    def seeker_id_at(self, row: int) -> int | None:
        item = self.item(row)
        return seeker_id_of(item) if item is not None else None


class RecordListModel(ColumnsModel):
    """A long list: the ids of every row, the rows of a few pages (fetched when shown)."""

    #: The service gives the natural column's order descending (newest first).
    natural_descending = True

    sig_loaded = Signal(int)
    """A new list of ids is shown: how many rows it has."""
    sig_error = Signal(str)
    """Loading or sorting failed or was refused: the Korean message."""

    def __init__(
        self, columns: Sequence[Column], fetch: Fetch, parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._descending = self.natural_descending
        self._fetch = fetch
        self._query: IdsQuery | None = None
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._serial = 0
        self.loading = False

    # -- loading -------------------------------------------------------------------------

    def set_query(self, query: IdsQuery) -> None:
        """The ids query, called in a worker with (the service's sort key or None, descending)."""
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Ask for the ids again (a newer answer always wins over an older one)."""
        if self._query is None:
            return
        self._serial += 1
        serial = self._serial
        query, fetch = self._query, self._fetch
        column, descending = self.columns[self._sort_column], self._descending
        natural = self.natural_descending
        self.loading = True
        QueryOp(
            parent=None,
            op=lambda _progress: ordered_ids(query, fetch, column, descending, natural),
            success=lambda result: self._loaded(serial, *result),
        ).failure(lambda error: self._failed(serial, error)).run_in_background()

    def clear(self) -> None:
        """List nothing (the filter cannot be read): an answer still coming is ignored,
        and sorting asks for nothing until a filter is set again."""
        self._query = None
        self._serial += 1
        self.loading = False
        self.beginResetModel()
        self._ids = array("q")
        self._pages.clear()
        self.endResetModel()

    def _loaded(self, serial: int, ids: array[int], sorted_as_asked: bool) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return  # a newer query was asked for meanwhile
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()
        self.loading = False
        if not sorted_as_asked:
            title = self.columns[self._sort_column].title
            self.sig_error.emit(
                self.tr(
                    "The list has {count:,} records, so it was not sorted by the ‘{title}’ "
                    "column. Narrow it with a search term or period."
                ).format(count=len(ids), title=title)
            )
        self.sig_loaded.emit(len(ids))

    def _failed(self, serial: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return
        self.loading = False
        self.sig_error.emit(error_message(error))

    # -- rows ----------------------------------------------------------------------------

    def ids(self) -> array[int]:
        return self._ids

    def cached_rows(self) -> int:
        """How many row objects the model holds now (at most CACHED_PAGES × PAGE_SIZE)."""
        return sum(len(page) for page in self._pages.values())

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id``; -1 when it is not in the list."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def item(self, row: int) -> Any | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _load_page(self, number: int) -> dict[int, Any]:
        wanted = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        try:
            items = self._fetch(wanted)
        except Exception as error:  # a view must keep painting; the message says why
            _tell_later(self, self.sig_error, error)
            items = []
        page = {int(item.id): item for item in items}
        self._pages[number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class RowsModel(ColumnsModel, Generic[T]):
    """A short list held whole: the one base of every short table in the application.

    It holds the frozen rows a service returned (a day's follow-ups, a seeker's
    timeline, the accounts, the access log...) and hands them to the view in batches
    (``canFetchMore``/``fetchMore``), so that a long access log does not make the view
    lay out thousands of rows at once. Subclasses give the columns, either as
    :class:`Column` specs to the constructor or as (heading, cell text) pairs to
    :meth:`_columns`. :data:`ItemRole` returns a row's item itself.
    """

    #: Rows whose item is void are shown grey and struck through (record lists).
    marks_void: ClassVar[bool] = False

    def __init__(
        self,
        parent: QObject | None = None,
        columns: Sequence[Column] = (),
        batch: int = ROWS_BATCH,
    ) -> None:
        super().__init__(columns, parent)
        self._rows: list[T] = []
        self._shown = 0
        self._batch = batch

    def _columns(
        self, columns: Sequence[tuple[str, Callable[[T], str]]], right: Sequence[int] = ()
    ) -> None:
        """Columns from (heading, cell text) pairs; ``right``: the columns aligned right."""
        self._set_column_specs(
            [
                Column(heading, cell, number=number in right)
                for number, (heading, cell) in enumerate(columns)
            ]
        )

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(self._batch, len(self._rows))
        self.endResetModel()

    def rows(self) -> list[T]:
        """Every row held, shown or not yet fetched by the view."""
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def item(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def dimmed(self, item: T) -> bool:
        """Whether a row is shown greyed (a disabled account, say)."""
        return False

    def row_of_id(self, record_id: int) -> int:
        """The row of the item with this id (fetched into view); -1 when not held."""
        row = next(
            (row for row, item in enumerate(self._rows) if getattr(item, "id", None) == record_id),
            -1,
        )
        return self._show_through(row)

    def _show_through(self, row: int) -> int:
        """Hand the view every row up to ``row`` (a row found by search is shown); ``row``."""
        if row >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, row)
            self._shown = row + 1
            self.endInsertRows()
        return row

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        count = min(self._batch, len(self._rows) - self._shown)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and self.dimmed(item):
            return _DIMMED
        void = self.marks_void and bool(getattr(item, "void", False))
        return _cell(self.columns[index.column()], item, role, void)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        spec = self.columns[column]
        key = spec.key or spec.text
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda item: (key(item), getattr(item, "id", 0)), reverse=self._descending
        )
        self.layoutChanged.emit()


# -- the lists -----------------------------------------------------------------------------


class SeekerListModel(ColumnsModel):
    """구직자: masked phone and birth date as the service gives them.

    Opens with how many seekers pass the filter and the first page only; the other pages
    are fetched as the view shows them, each right after the page before it when that one
    is still held (the service then reads on in the index instead of counting rows to
    skip). Nothing the size of the whole list is held: 1.6 million people cost a count.
    Columns the service cannot order by are sorted in the worker when the list is short
    (:data:`MEMORY_SORT_LIMIT`), every row then held.
    """

    natural_descending = True

    sig_loaded = Signal(int)
    """A new list is shown: how many rows it has."""
    sig_error = Signal(str)
    """Loading or sorting failed or was refused: the Korean message."""

    def __init__(self, ctx: WorkContext, parent: QObject | None = None) -> None:
        browse, actor = ctx.workspace.browse, ctx.actor
        void = self.tr("Void")
        super().__init__(
            [
                Column(self.tr("Job seeker no."), lambda s: s.seeker_no, "D00000000", "seeker_no"),
                Column(self.tr("Name"), lambda s: s.name, 5, "name"),
                Column(self.tr("Date of birth"), lambda s: s.birth, "1980-**-**"),
                Column(self.tr("Contact"), lambda s: s.phone, _PHONE),
                Column(
                    self.tr("Registration desk"), lambda s: _desk_site(s.desk, s.site), 10, "desk"
                ),
                Column(
                    self.tr("Registration date"),
                    lambda s: day_text(s.registered_on),
                    _DAY,
                    "registered_on",
                    natural=True,
                ),
                Column(self.tr("Desired occupation"), lambda s: s.desired_job, 7),
                Column(self.tr("Assigned counselor"), lambda s: s.counselor_name, 6),
                Column(self.tr("Status"), lambda s: void if s.void else "", 3),
            ],
            parent,
        )
        self._descending = self.natural_descending
        self._browse, self._actor = browse, actor
        self.filter = SeekerFilter()
        self._listed: SeekerFilter | None = None  # the filter with the order shown
        self._count = 0
        self._pages: OrderedDict[int, list[SeekerItem]] = OrderedDict()
        self._all: list[SeekerItem] | None = None  # every row, sorted in the worker
        self._serial = 0
        self.loading = False

    # -- loading -------------------------------------------------------------------------

    def set_filter(self, query: SeekerFilter) -> None:
        """Show the seekers that pass ``query`` (its sort comes from the clicked heading)."""
        self.filter = query
        self._listed = query
        self.reload()

    def reload(self) -> None:
        """Count and fetch the first page again (a newer answer always wins)."""
        if self._listed is None:
            return
        self._serial += 1
        serial = self._serial
        column, descending = self.columns[self._sort_column], self._descending
        base = self.filter
        browse, actor = self._browse, self._actor
        if column.service_sort:
            wanted = replace(base, sort=column.service_sort, descending=descending)
        else:
            wanted = replace(base, sort="registered_on", descending=True)
            if column.natural:
                wanted = replace(wanted, descending=descending)

        def load(_progress: Any) -> tuple[SeekerFilter, int, list[SeekerItem], bool, bool]:
            count = browse.seeker_count(actor, wanted)
            if column.service_sort or column.natural:
                return wanted, count, browse.seeker_page(actor, wanted, 0, PAGE_SIZE), False, True
            if count > MEMORY_SORT_LIMIT:
                return wanted, count, browse.seeker_page(actor, wanted, 0, PAGE_SIZE), False, False
            rows = browse.seeker_page(actor, wanted, 0, count) if count else []
            key = column.key or column.text
            rows.sort(key=lambda item: (key(item), item.id), reverse=descending)
            return wanted, count, rows, True, True

        self.loading = True
        QueryOp(parent=None, op=load, success=lambda result: self._loaded(serial, *result)).failure(
            lambda error: self._failed(serial, error)
        ).run_in_background()

    def clear(self) -> None:
        """List nothing (the filter cannot be read): an answer still coming is ignored,
        and sorting asks for nothing until a filter is set again."""
        self._listed = None
        self._serial += 1
        self.loading = False
        self.beginResetModel()
        self._count, self._all = 0, None
        self._pages.clear()
        self.endResetModel()

    def _loaded(
        self,
        serial: int,
        listed: SeekerFilter,
        count: int,
        rows: list[SeekerItem],
        whole: bool,
        sorted_as_asked: bool,
    ) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return  # a newer query was asked for meanwhile
        self.beginResetModel()
        self._listed, self._count = listed, count
        self._pages.clear()
        self._all = rows if whole else None
        if not whole:
            self._pages[0] = rows
        self.endResetModel()
        self.loading = False
        if not sorted_as_asked:
            title = self.columns[self._sort_column].title
            self.sig_error.emit(
                self.tr(
                    "The list has {count:,} records, so it was not sorted by the ‘{title}’ "
                    "column. Narrow it with a search term or period."
                ).format(count=count, title=title)
            )
        self.sig_loaded.emit(count)

    def _failed(self, serial: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return
        self.loading = False
        self.sig_error.emit(error_message(error))

    # -- rows ----------------------------------------------------------------------------

    def cached_rows(self) -> int:
        """How many row objects the model holds now."""
        if self._all is not None:
            return len(self._all)
        return sum(len(page) for page in self._pages.values())

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id``; -1 when it is not in the list."""
        if self._all is not None:
            return next((row for row, s in enumerate(self._all) if s.id == record_id), -1)
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == record_id:
                    return number * PAGE_SIZE + offset
        if self._listed is None:
            return -1
        try:
            return self._browse.seeker_position(self._actor, self._listed, record_id)
        except Exception as error:  # the row is only not found again; say why later
            log_unexpected(error)
            return -1

    def item(self, row: int) -> SeekerItem | None:
        if not 0 <= row < self._count:
            return None
        if self._all is not None:
            return self._all[row] if row < len(self._all) else None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _load_page(self, number: int) -> list[SeekerItem]:
        listed = self._listed
        before = self._pages.get(number - 1)
        after = before[-1] if before and len(before) == PAGE_SIZE else None
        try:
            if listed is None:
                items: list[SeekerItem] = []
            else:
                items = self._browse.seeker_page(
                    self._actor, listed, number * PAGE_SIZE, PAGE_SIZE, after
                )
        except Exception as error:  # a view must keep painting; the message says why
            _tell_later(self, self.sig_error, error)
            items = []
        self._pages[number] = items
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return items

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def _desk_site(code: str, site: str | None) -> str:
    name = desk_short_name(code)
    return f"{name} ({site})" if site else name


class EmployerListModel(RecordListModel):
    """구인업체, by name."""

    natural_descending = False

    def __init__(self, ctx: WorkContext, parent: QObject | None = None) -> None:
        browse, actor = ctx.workspace.browse, ctx.actor
        super().__init__(
            [
                Column(self.tr("Employer name"), lambda e: e.name, 8, natural=True),
                Column(self.tr("Employer no."), lambda e: e.employer_no, 6),
                Column(
                    self.tr("Business registration number"), lambda e: e.business_no, "124-81-00998"
                ),
                Column(self.tr("Industry"), lambda e: e.industry, 6),
                Column(self.tr("Contact person"), lambda e: e.contact_name, 4),
                Column(self.tr("Contact"), lambda e: e.phone, _PHONE),
                Column(
                    self.tr("Opening"),
                    lambda e: f"{e.openings:,}",
                    3,
                    key=lambda e: e.openings,
                    number=True,
                ),
            ],
            lambda ids: browse.employers(actor, ids),
            parent,
        )
        self._browse, self._actor = browse, actor
        self.text = ""

    def set_text(self, text: str) -> None:
        self.text = text
        browse, actor = self._browse, self._actor

        self.set_query(lambda _sort, _descending: browse.employer_ids(actor, text))


def opening_columns(owner: QObject) -> list[Column]:
    """The columns of a list of openings (the page's, and an employer's own)."""
    return [
        Column(
            QCoreApplication.translate("lists", "Registration date"),
            lambda o: day_text(o.registered_on),
            _DAY,
            natural=True,
        ),
        Column(QCoreApplication.translate("lists", "Employer name"), lambda o: o.employer_name, 8),
        Column(QCoreApplication.translate("lists", "Occupation"), lambda o: o.occupation, 7),
        Column(
            QCoreApplication.translate("lists", "Headcount"),
            lambda o: f"{o.headcount:,}",
            3,
            key=lambda o: o.headcount,
            number=True,
        ),
        Column(QCoreApplication.translate("lists", "Wage"), lambda o: o.wage, 6),
        Column(
            QCoreApplication.translate("lists", "Employment type"), lambda o: o.employment_type, 4
        ),
        Column(
            QCoreApplication.translate("lists", "Closing date"),
            lambda o: day_text(o.closes_on),
            _DAY,
        ),
        Column(QCoreApplication.translate("lists", "Desk"), lambda o: desk_short_name(o.desk), 9),
        Column(QCoreApplication.translate("lists", "Opening no."), lambda o: o.opening_no, 6),
        Column(
            QCoreApplication.translate("lists", "Hired"),
            lambda o: f"{o.hires:,}/{o.headcount:,}",
            4,
            key=lambda o: o.hires,
        ),
        Column(QCoreApplication.translate("lists", "Status"), lambda o: o.status, 7),
    ]


class OpeningListModel(RecordListModel):
    """구인, newest first."""

    def __init__(self, ctx: WorkContext, parent: QObject | None = None) -> None:
        browse, actor = ctx.workspace.browse, ctx.actor
        super().__init__(opening_columns(self), lambda ids: browse.openings(actor, ids), parent)
        self._browse, self._actor = browse, actor
        self.text = ""

    def set_text(self, text: str) -> None:
        self.text = text
        browse, actor = self._browse, self._actor
        self.set_query(lambda _sort, _descending: browse.opening_ids(actor, text))


class OpeningItemsModel(RowsModel[Any]):
    """An employer's openings, newest first."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, opening_columns(self))


def session_columns(owner: QObject) -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("lists", "Session date"),
            lambda s: day_text(s.on),
            _DAY,
            natural=True,
        ),
        Column(QCoreApplication.translate("lists", "Job seeker"), lambda s: s.seeker_name, 5),
        Column(QCoreApplication.translate("lists", "Desk"), lambda s: desk_short_name(s.desk), 9),
        Column(QCoreApplication.translate("lists", "Session method"), lambda s: s.channel, 5),
        Column(QCoreApplication.translate("lists", "Counselor"), lambda s: s.counselor_name, 5),
        Column(
            QCoreApplication.translate("lists", "Next contact date"),
            lambda s: day_text(s.next_contact_on),
            _DAY,
        ),
    ]


class SessionListModel(RecordListModel):
    """상담 in a period at a desk, newest first."""

    def __init__(self, ctx: WorkContext, parent: QObject | None = None) -> None:
        browse, actor = ctx.workspace.browse, ctx.actor
        super().__init__(session_columns(self), lambda ids: browse.sessions(actor, ids), parent)
        self._browse, self._actor = browse, actor

    def set_filter(self, period: Period | None, desk: str | None) -> None:
        browse, actor = self._browse, self._actor
        start, end = (period.start, period.end) if period else (None, None)
        self.set_query(lambda _s, _d: browse.session_ids(actor, start, end, desk))


def referral_columns(owner: QObject) -> list[Column]:
    undecided = QCoreApplication.translate("lists", "Undecided")
    return [
        Column(
            QCoreApplication.translate("lists", "Referral date"),
            lambda r: day_text(r.referred_on),
            _DAY,
            natural=True,
        ),
        Column(QCoreApplication.translate("lists", "Job seeker"), lambda r: r.seeker_name, 5),
        Column(QCoreApplication.translate("lists", "Employer name"), lambda r: r.employer_name, 8),
        Column(QCoreApplication.translate("lists", "Occupation"), lambda r: r.occupation, 7),
        Column(QCoreApplication.translate("lists", "Desk"), lambda r: desk_short_name(r.desk), 9),
        Column(QCoreApplication.translate("lists", "Result"), lambda r: r.outcome or undecided, 4),
    ]


class ReferralListModel(RecordListModel):
    """알선, newest first; optionally only those still awaiting their outcome."""

    def __init__(self, ctx: WorkContext, parent: QObject | None = None) -> None:
        browse, actor = ctx.workspace.browse, ctx.actor
        super().__init__(referral_columns(self), lambda ids: browse.referrals(actor, ids), parent)
        self._browse, self._actor = browse, actor

    def set_filter(
        self, pending_only: bool, desk: str | None, period: Period | None = None
    ) -> None:
        browse, actor = self._browse, self._actor
        start, end = (period.start, period.end) if period else (None, None)
        self.set_query(lambda _s, _d: browse.referral_ids(actor, pending_only, desk, start, end))


def placement_columns(owner: QObject) -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("lists", "Placement date"),
            lambda p: day_text(p.placed_on),
            _DAY,
            natural=True,
        ),
        Column(QCoreApplication.translate("lists", "Job seeker"), lambda p: p.seeker_name, 5),
        Column(QCoreApplication.translate("lists", "Type"), lambda p: p.kind, 5),
        Column(QCoreApplication.translate("lists", "Employer name"), lambda p: p.employer_name, 8),
        Column(
            QCoreApplication.translate("lists", "Employment type"), lambda p: p.employment_type, 5
        ),
        Column(
            QCoreApplication.translate("lists", "Verification method"), lambda p: p.verification, 7
        ),
        Column(QCoreApplication.translate("lists", "Desk"), lambda p: desk_short_name(p.desk), 9),
    ]


class PlacementListModel(RecordListModel):
    """취업 in a period at a desk, newest first."""

    def __init__(self, ctx: WorkContext, parent: QObject | None = None) -> None:
        browse, actor = ctx.workspace.browse, ctx.actor
        super().__init__(placement_columns(self), lambda ids: browse.placements(actor, ids), parent)
        self._browse, self._actor = browse, actor

    def set_filter(self, period: Period | None, desk: str | None) -> None:
        browse, actor = self._browse, self._actor
        start, end = (period.start, period.end) if period else (None, None)
        self.set_query(lambda _s, _d: browse.placement_ids(actor, desk, start, end))


class ReferralItemsModel(RowsModel[Any]):
    """A short list of referrals (an employer's)."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, referral_columns(self))


class PlacementItemsModel(RowsModel[Any]):
    """A short list of placements (an employer's)."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, placement_columns(self))


class HistoryModel(RowsModel[Any]):
    """변경 이력: a record's changes, oldest first."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(
                    self.tr("Time"),
                    lambda e: e.at.strftime("%Y-%m-%d %H:%M"),
                    "2018-10-30 14:00",
                    natural=True,
                ),
                Column(self.tr("Account"), lambda e: e.username, 5),
                Column(self.tr("Type"), lambda e: e.action.label, 4),
                Column(self.tr("Field"), lambda e: e.field_label, 8),
                Column(
                    self.tr("Old value"),
                    lambda e: e.old if not e.redacted else self.tr("(purged)"),
                    10,
                ),
                Column(
                    self.tr("New value"),
                    lambda e: e.new if not e.redacted else self.tr("(purged)"),
                    10,
                ),
                Column(self.tr("Reason"), lambda e: e.reason, 10),
            ],
        )


class FollowUpModel(RowsModel[Any]):
    """Sessions whose next contact is due: whom to call today."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(
                    self.tr("Date to contact"),
                    lambda s: day_text(s.next_contact_on),
                    _DAY,
                    natural=True,
                ),
                Column(self.tr("Job seeker"), lambda s: s.seeker_name, 5),
                Column(self.tr("Last session date"), lambda s: day_text(s.on), _DAY),
                Column(self.tr("Session method"), lambda s: s.channel, 5),
                Column(self.tr("Counselor"), lambda s: s.counselor_name, 5),
            ],
        )


class SeekerItemsModel(RowsModel[Any]):
    """A short list of seekers: search suggestions, possible duplicates."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(self.tr("Name"), lambda s: s.name, 5),
                Column(self.tr("Date of birth"), lambda s: s.birth, "1980-**-**"),
                Column(self.tr("Contact"), lambda s: s.phone, _PHONE),
                Column(self.tr("Registration desk"), lambda s: _desk_site(s.desk, s.site), 10),
                Column(
                    self.tr("Registration date"),
                    lambda s: day_text(s.registered_on),
                    _DAY,
                    natural=True,
                ),
                Column(self.tr("Job seeker no."), lambda s: s.seeker_no, "D00000000"),
            ],
        )


class TimelineModel(RowsModel[Any]):
    """A seeker's sessions, referrals and placements, newest first."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(self.tr("Date"), lambda e: day_text(e.on), _DAY, natural=True),
                Column(self.tr("Type"), lambda e: e.kind.label, 3),
                Column(self.tr("Desk"), lambda e: desk_short_name(e.desk), 9),
                Column(self.tr("Details"), lambda e: e.title, 14),
                Column(self.tr("Details"), lambda e: " · ".join(e.detail.splitlines()), 12),
                Column(self.tr("Status"), self._state, 4),
            ],
        )

    def _state(self, entry: TimelineEntry) -> str:
        if entry.void:
            return self.tr("Void")
        if entry.referral_pending:
            return self.tr("Awaiting outcome")
        return ""

    def entry_of_kind(self, kind: RecordKind, record_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry.kind is kind and entry.id == record_id:
                return self._show_through(row)
        return -1


class OpeningChoiceModel(RowsModel[Any]):
    """Open openings to refer a seeker to, those fitting the desired job first."""

    marks_void = True

    def __init__(self, wanted: str, parent: QObject | None = None) -> None:
        reason = self.tr("Matches desired occupation ({job})").format(job=wanted) if wanted else ""
        super().__init__(
            parent,
            [
                Column(self.tr("Why it matches"), lambda o: reason if o.fits else "", 11),
                Column(self.tr("Employer name"), lambda o: o.employer_name, 8),
                Column(self.tr("Occupation"), lambda o: o.occupation, 7),
                Column(
                    self.tr("Headcount"),
                    lambda o: f"{o.headcount:,}",
                    3,
                    key=lambda o: o.headcount,
                    number=True,
                ),
                Column(self.tr("Wage"), lambda o: o.wage, 6),
                Column(self.tr("Closing date"), lambda o: day_text(o.closes_on), _DAY),
                Column(
                    self.tr("Registration date"),
                    lambda o: day_text(o.registered_on),
                    _DAY,
                    natural=True,
                ),
                Column(self.tr("Opening no."), lambda o: o.opening_no, 6),
            ],
        )


# -- views and filters ---------------------------------------------------------------------


class RecordTable(CopyTableView):
    """A table of records: Enter or a double-click opens the row; the one such view.

    Enter (or Return) without Ctrl or Alt on a current row emits :attr:`sig_activated`
    with the row; with a modifier the key is left to the page's shortcut
    (Ctrl+Enter: 검토 완료), and while a cell is being edited it is left to the editor.

    A list (the default) sorts by a heading click (``sortable``), keeps the row the user
    was on when it loads again, and takes its column widths from its model's
    :class:`Column` specs, never measured from the rows (which would fetch every row of a
    long list); the width the table has beyond them is shared out in the same proportions
    (a stretched last column took it all and left the names before it in "…"), until the
    user sets a column's width by hand. A ``plain`` table (a summary, a tool's short list)
    leaves its header, widths and rows to its caller and only opens rows.
    """

    sig_activated = Signal(int)
    """Enter or a double-click on a row: the row."""

    def __init__(
        self, parent: QWidget | None = None, sortable: bool = True, plain: bool = False
    ) -> None:
        super().__init__(parent)
        self._plain = plain
        self._sortable = sortable and not plain
        self._kept: int | None = None
        self._widths: list[int] = []  # each column's own width (its sample or title)
        self._spreading = False
        self._by_hand = False
        self.doubleClicked.connect(self._entered)
        if plain:
            return
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized_by_hand)
        header.setHighlightSections(False)
        header.setSectionsClickable(self._sortable)
        header.setSortIndicatorShown(self._sortable)
        header.sectionClicked.connect(self._heading_clicked)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QFontMetrics(self.font()).height() + 8)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if not self._plain and isinstance(model, ColumnsModel):
            # A list loaded again (a record saved elsewhere) keeps the row the user was on.
            model.modelAboutToBeReset.connect(self._remember_current)
            model.modelReset.connect(self._restore_current)
            metrics = QFontMetrics(self.font())
            self._widths = []
            for column in model.columns:
                sample = column.width if isinstance(column.width, str) else WIDE * column.width
                width = max(
                    metrics.horizontalAdvance(sample), metrics.horizontalAdvance(column.title)
                )
                self._widths.append(width + 24)
            self._by_hand = False
            self._spread()
            if self._sortable:
                section, order = model.sort_state()
                self.horizontalHeader().setSortIndicator(section, order)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread()

    def _spread(self) -> None:
        """Each column its own width, plus its share of the width left over."""
        if not self._widths or self._by_hand:
            return
        spare = max(self.viewport().width() - sum(self._widths), 0)
        total = sum(self._widths)
        self._spreading = True
        try:
            for section, width in enumerate(self._widths):
                self.horizontalHeader().resizeSection(section, width + spare * width // total)
        finally:
            self._spreading = False

    def _resized_by_hand(self, _section: int, _old: int, _new: int) -> None:
        if not self._spreading and self._widths:
            self._by_hand = True  # the user's widths stay as they set them

    def _heading_clicked(self, section: int) -> None:
        model = self.model()
        if not self._sortable or not isinstance(model, ColumnsModel):
            return
        current, order = model.sort_state()
        if section == current:
            ascending = order == Qt.SortOrder.DescendingOrder
        else:
            ascending = not model.columns[section].natural  # dates: newest first
        new = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        model.sort(section, new)
        self.horizontalHeader().setSortIndicator(section, new)

    def _remember_current(self) -> None:
        model = self.model()
        row = self.current_row()
        self._kept = model.id_at(row) if isinstance(model, ColumnsModel) and row >= 0 else None

    def _restore_current(self) -> None:
        model, kept = self.model(), self._kept
        self._kept = None
        if kept is None:
            return
        if isinstance(model, (RecordListModel, SeekerListModel)):
            row = model.row_of(kept)
        elif isinstance(model, RowsModel):
            row = model.row_of_id(kept)
        else:
            return
        if row >= 0:
            self.select_row(row)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _entered(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_activated.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        editing = self.state() == self.State.EditingState
        entered = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if entered and plain and not editing and self.current_row() >= 0:
            self._entered(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class DeskFilter(QComboBox):
    """전체 창구 or one desk; follows the window's desk switcher until the user picks.

    With ``own_work`` (lists of sessions, referrals, placements, which a counselor reads
    only at their own desk) it offers only the desks the account works at."""

    def __init__(
        self, ctx: WorkContext, parent: QWidget | None = None, own_work: bool = False
    ) -> None:
        super().__init__(parent)
        desks = usable_desks(ctx.actor) if own_work else DESKS
        if len(desks) > 1:
            self.addItem(self.tr("All desks"), None)
        for desk in desks:
            self.addItem(desk.short_name, desk.code)
        self.setAccessibleName(self.tr("Desk"))
        self.set_desk(ctx.desk)
        ctx.sig_desk_changed.connect(lambda code, _site: self.set_desk(code))

    def set_desk(self, code: str | None) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def desk(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None
