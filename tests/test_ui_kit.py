"""The UI kit: each building block of the screens exists once, and behaves as the pages need.

The blocks are :class:`deskapp.ui.lists.RowsModel` (every short table model),
:class:`deskapp.ui.lists.RecordTable` (Enter or a double-click opens the row),
:class:`deskapp.ui.widgets.CellTable` (the same for one cell of a grid of figures),
:class:`deskapp.ui.widgets.ReasonDialog` (사유 before an action) and
:class:`deskapp.ui.widgets.PeriodPicker` (a range of days). The first tests read the
source of ``deskapp/ui`` and fail when a module writes one of them again; the others
drive the widgets by keys.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from deskapp.domain.dates import Period
from deskapp.ui.lists import ItemRole, RecordTable, RowsModel
from deskapp.ui.widgets import CellTable, PeriodPicker, ReasonDialog

UI = Path(__file__).resolve().parents[1] / "deskapp" / "ui"

#: Each block, and the module that keeps it.
KIT = {
    "RowsModel": "lists.py",
    "RecordTable": "lists.py",
    "ReasonDialog": "widgets.py",
    "ask_reason": "widgets.py",
    "CellTable": "widgets.py",
    "PeriodPicker": "widgets.py",
}
#: The names the blocks had before they were one: none may come back.
RETIRED = (
    "ItemsModel",
    "RecordTableView",
    "PeriodFilter",
    "PeriodBox",
    "ReportTable",
    "CellTableView",
)
#: Models built on Qt's table model itself, and why they are not short lists.
OWN_MODELS = {
    "ColumnsModel": "the base of RowsModel and of the long id-array lists",
    "StatsTableModel": "a statistics grid of measures by desk",
    "MonthlyStatsModel": "a statistics grid of measures by month",
    "BreakdownTableModel": "a statistics grid broken down by a field",
    "MonthlyBreakdownModel": "a statistics grid broken down by month",
    "TargetsModel": "an editable grid of targets, desk by measure",
    "RetentionModel": "a grid of counts by desk; Enter opens a cell, not a row",
}
#: Table views with keys of their own, and why they are not RecordTable.
OWN_VIEWS = {
    "RecordTable": "the one table whose Enter opens the row",
    "CopyTableView": "Ctrl+C only: the base of RecordTable",
    "CellTable": "the one grid of figures whose Enter opens a cell",
    "TargetsView": "Enter edits a target cell",
    "_Tree": "the occupation tree: Enter chooses an occupation",
}
#: Dialogs that lay out their own pair of date fields among other filters on a grid.
OWN_DATE_PAIRS = {
    "AccessLogDialog": "기간, 행위 and 계정 share one grid of filters",
    "RetentionDialog": "기간(&F) and ~(&T) each have their own mnemonic label",
}
_INPUTS = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QSpinBox", "DateField")
_VIEW_BASES = {"QTableView", "QTreeView", "QListView", "QAbstractItemView", "CopyTableView"}
_MODEL_BASES = {"QAbstractTableModel", "QAbstractItemModel", "QAbstractListModel"}


@dataclass(frozen=True)
class Found:
    """A class or function defined at the top of a module of ``deskapp/ui``."""

    module: str
    node: ast.ClassDef | ast.FunctionDef

    @property
    def name(self) -> str:
        return self.node.name

    def bases(self) -> set[str]:
        if not isinstance(self.node, ast.ClassDef):
            return set()
        names: set[str] = set()
        for base in self.node.bases:
            target = base.value if isinstance(base, ast.Subscript) else base
            if isinstance(target, ast.Name):
                names.add(target.id)
            elif isinstance(target, ast.Attribute):
                names.add(target.attr)
        return names

    def source_has(self, text: str) -> bool:
        return any(
            isinstance(n, ast.Constant) and n.value == text
            for n in ast.walk(self.node)  # string constants
        ) or any(isinstance(n, ast.Attribute) and n.attr == text for n in ast.walk(self.node))

    def calls(self, name: str) -> int:
        return sum(
            1
            for n in ast.walk(self.node)
            if isinstance(n, ast.Call)
            and (
                (isinstance(n.func, ast.Name) and n.func.id == name)
                or (isinstance(n.func, ast.Attribute) and n.func.attr == name)
            )
        )

    def assigns(self, name: str) -> bool:
        """Whether the class body itself assigns ``name`` (defines it, as a signal)."""
        return any(
            isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
            for n in self.node.body
        )

    def names_field(self, name: str) -> bool:
        """Whether a widget is given the accessible name ``tr(name)``."""
        return any(
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr == "setAccessibleName"
            and n.args
            and isinstance(n.args[0], ast.Call)
            and any(isinstance(a, ast.Constant) and a.value == name for a in n.args[0].args)
            for n in ast.walk(self.node)
        )

    def methods(self) -> set[str]:
        return {n.name for n in self.node.body if isinstance(n, ast.FunctionDef)}


def _definitions(root: Path = UI) -> list[Found]:
    """Every module-level class and function of ``deskapp/ui``."""
    found: list[Found] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = path.relative_to(root).as_posix()
        for node in tree.body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                found.append(Found(module, node))
    return found


def test_each_block_is_defined_once_in_the_kit() -> None:
    defined = _definitions()
    for name, module in KIT.items():
        assert [d.module for d in defined if d.name == name] == [module], name
    again = [f"{d.module}: {d.name}" for d in defined if d.name in RETIRED]
    assert not again, f"a retired building block is back: {again}"


def test_table_models_build_on_rows_model() -> None:
    """A short list is a RowsModel: no other model on Qt's own, no second batching base."""
    defined = _definitions()
    own = {d.name: d.module for d in defined if d.bases() & _MODEL_BASES}
    assert set(own) == set(OWN_MODELS), (
        "a table model not built on deskapp.ui.lists.RowsModel "
        f"(a short list must use it): {sorted(set(own) - set(OWN_MODELS))}"
    )
    batching = [
        f"{d.module}: {d.name}"
        for d in defined
        if {"canFetchMore", "fetchMore"}
        & (d.methods() if isinstance(d.node, ast.ClassDef) else set())
        and d.module != "lists.py"
    ]
    assert not batching, f"rows handed out in batches outside RowsModel: {batching}"


def test_enter_opens_the_row_only_in_record_table() -> None:
    """A view that handles Enter or double-clicks is RecordTable (or says why it is not)."""
    defined = _definitions()
    views = [d for d in defined if d.bases() & _VIEW_BASES]
    opening = {
        d.name
        for d in views
        if d.source_has("Key_Return") or d.source_has("Key_Enter") or d.source_has("doubleClicked")
    }
    assert "RecordTable" in opening
    assert opening <= set(OWN_VIEWS), (
        "a table that opens rows by Enter must be deskapp.ui.lists.RecordTable "
        f"(a subclass may add keys): {sorted(opening - set(OWN_VIEWS))}"
    )


def test_reasons_are_asked_by_one_dialog() -> None:
    """A dialog that only asks a reason (one 사유 line, or a ``sig_reason``) is ReasonDialog.

    A form that asks a reason among other fields (담당 변경: the counselor and the reason)
    is a form, not a reason dialog."""
    defined = _definitions()
    asking = sorted(
        f"{d.module}: {d.name}"
        for d in defined
        if d.name not in KIT
        and (
            d.assigns("sig_reason")
            or (d.names_field("사유") and sum(d.calls(w) for w in _INPUTS) == 1)
        )
    )
    assert not asking, f"a reason is asked outside deskapp.ui.widgets.ReasonDialog: {asking}"


def test_ranges_of_days_are_picked_by_one_widget() -> None:
    defined = _definitions()
    pairs = sorted(
        d.name
        for d in defined
        if isinstance(d.node, ast.ClassDef)
        and d.calls("DateField") >= 2
        and d.name not in KIT
        and d.name not in OWN_DATE_PAIRS
    )
    assert not pairs, f"two date fields outside deskapp.ui.widgets.PeriodPicker: {pairs}"


def test_the_scans_see_a_second_definition(tmp_path: Path) -> None:
    """The scans are not blind: a module that writes a block again is found."""
    (tmp_path / "again.py").write_text(
        "class PeriodBox(QWidget):\n"
        "    def __init__(self):\n"
        "        self.a = DateField()\n"
        "        self.b = DateField()\n"
        "class Rows(QAbstractTableModel):\n"
        "    def canFetchMore(self, parent): ...\n"
        "class Asks(QDialog):\n"
        "    sig_reason = Signal(str)\n"
        "class Enter(CopyTableView):\n"
        "    def keyPressEvent(self, event):\n"
        "        return event.key() == Qt.Key.Key_Return\n",
        encoding="utf-8",
    )
    found = {d.name: d for d in _definitions(tmp_path)}
    assert found["PeriodBox"].calls("DateField") == 2
    assert found["Rows"].bases() & _MODEL_BASES and "canFetchMore" in found["Rows"].methods()
    assert found["Asks"].assigns("sig_reason")
    assert found["Enter"].bases() & _VIEW_BASES and found["Enter"].source_has("Key_Return")


# -- the blocks at work ---------------------------------------------------------------------


@dataclass(frozen=True)
class Thing:
    """A row of the test lists."""

    id: int
    name: str
    count: int
    hidden: bool = False


class ThingsModel(RowsModel[Thing]):
    """Things: 이름 and 수 (right-aligned); a hidden thing is grey."""

    def __init__(self, parent: QObject | None = None, batch: int = 200) -> None:
        super().__init__(parent, batch=batch)
        self._columns([("이름", lambda t: t.name), ("수", lambda t: f"{t.count:,}")], right=(1,))

    def dimmed(self, item: Thing) -> bool:
        return item.hidden


def _things(count: int) -> list[Thing]:
    return [Thing(n, f"물건{n}", n * 10, hidden=n == 2) for n in range(1, count + 1)]


def test_rows_model_hands_rows_in_batches_and_finds_one_by_id(qtbot: QtBot) -> None:
    model = ThingsModel(batch=200)
    model.set_rows(_things(450))
    assert model.rowCount() == 200 and model.total() == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert model.item(420) is None  # not handed to the view yet
    assert model.row_of_id(431) == 430 and model.rowCount() == 431
    first = model.index(0, 0)
    assert first.data() == "물건1" and first.data(ItemRole) == Thing(1, "물건1", 10)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # hidden: grey
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "수"


def _table(qtbot: QtBot, plain: bool) -> tuple[RecordTable, ThingsModel, list[int]]:
    table = RecordTable(plain=plain)
    qtbot.addWidget(table)
    model = ThingsModel(table)
    model.set_rows(_things(3))
    table.setModel(model)
    table.show()
    qtbot.waitExposed(table)
    opened: list[int] = []
    table.sig_activated.connect(opened.append)
    return table, model, opened


@pytest.mark.parametrize("plain", [False, True])
def test_enter_and_double_click_open_the_row(qtbot: QtBot, plain: bool) -> None:
    table, model, opened = _table(qtbot, plain)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # no row yet: nothing opens
    assert opened == []
    table.select_row(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened == [1, 1]
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1, 1]  # Ctrl+Enter is the page's shortcut
    rect = table.visualRect(model.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [1, 1, 2]


def test_a_list_keeps_its_row_when_it_loads_again(qtbot: QtBot) -> None:
    table, model, _opened = _table(qtbot, plain=False)
    table.select_row(2)
    model.set_rows(list(reversed(_things(3))))
    assert table.current_row() == 0 and model.item(0) == _things(3)[2]


def test_reason_dialog_refuses_an_empty_or_short_reason(qtbot: QtBot) -> None:
    dialog = ReasonDialog("무효 처리", "사유(&R):", "무효 처리", min_length=3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.reason_edit, "  ab  ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # as Enter would: too short, refused
    assert dialog.isVisible() and accepted == []
    qtbot.keyClicks(dialog.reason_edit, "c")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert accepted == [True] and dialog.reason() == "ab  c"


def test_reason_dialog_that_stays_open_until_the_action_went_through(qtbot: QtBot) -> None:
    dialog = ReasonDialog("마감 해제", "사유(&R):", "마감 해제", stays_open=True, min_length=0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    given: list[str] = []
    dialog.sig_reason.connect(given.append)
    assert dialog.ok_button.isEnabled()  # the service judges the reason
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert given == [""] and dialog.isVisible()
    dialog.show_error("사유를 적으세요.")
    assert dialog.status_label.text() == "사유를 적으세요." and dialog.status_label.is_error()
    qtbot.keyClicks(dialog.reason_edit, " typo ")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert given == ["", "typo"] and dialog.isVisible()
    dialog.done_ok()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_period_picker_range_emits_the_typed_range(qtbot: QtBot) -> None:
    picker = PeriodPicker(date(2018, 1, 1), date(2018, 12, 31), labelled=True)
    qtbot.addWidget(picker)
    picker.show()
    label = next(w for w in picker.findChildren(QLabel) if w.buddy() is picker.from_edit)
    assert "&P" in label.text()
    changed: list[Period] = []
    picker.sig_changed.connect(lambda: changed.append(picker.period()))
    picker.from_edit.setFocus()
    picker.from_edit.selectAll()
    qtbot.keyClicks(picker.from_edit, "2018.10.02.")
    qtbot.keyClick(picker.from_edit, Qt.Key.Key_Tab)
    assert changed and changed[-1] == Period(date(2018, 10, 2), date(2018, 12, 31))
    picker.set_period(Period(date(2017, 3, 1), date(2017, 3, 31)))
    assert picker.period() == Period(date(2017, 3, 1), date(2017, 3, 31))


def test_period_picker_with_presets(qtbot: QtBot) -> None:
    today = date(2018, 10, 30)
    picker = PeriodPicker(date(2018, 10, 1), today, today=today)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.ytd_radio.isChecked()
    assert picker.period() == Period(date(2018, 1, 1), today)
    picker.year_spin.setFocus()
    qtbot.keyClick(picker.year_spin, Qt.Key.Key_Down)  # editing the month chooses it
    assert picker.month_radio.isChecked()
    assert picker.period() == Period.month(2017, 10)
    picker.to_edit.setFocus()
    picker.to_edit.selectAll()
    qtbot.keyClicks(picker.to_edit, "2")  # not a day yet, but typing chooses the range
    assert picker.range_radio.isChecked()
    picker.month_radio.setChecked(True)
    qtbot.keyClicks(picker.to_edit, "018-10-15")
    assert picker.range_radio.isChecked()
    assert picker.period() == Period(date(2018, 10, 1), date(2018, 10, 15))


def test_cell_table_opens_the_current_cell(qtbot: QtBot) -> None:
    table = CellTable()
    qtbot.addWidget(table)
    model = ThingsModel(table)
    model.set_rows(_things(3))
    table.setModel(model)
    table.show()
    qtbot.waitExposed(table)
    entered: list[tuple[int, int]] = []
    table.sig_cell_entered.connect(lambda index: entered.append((index.row(), index.column())))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # no cell yet: the page says which cells open
    table.setCurrentIndex(model.index(2, 1))
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert entered == [(-1, -1), (2, 1)]
