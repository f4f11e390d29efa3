"""Nothing of the GUI is freed on a worker thread: Python's cycle collector runs on the GUI
thread only (deskapp.ui.collector), and a worker never drops a background op's last
reference (deskapp.ui.workers). Freed on a worker, a parentless window took its widgets
with it while the GUI thread painted them: the test process crashed far from the cause."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from deskapp.domain.errors import ValidationError
from deskapp.ui.collector import GuiThreadCollector, install
from deskapp.ui.workers import QueryOp


class _Cycle:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _churn(_progress: object) -> int:
    """A worker's allocations, enough to fill the youngest generation many times over."""
    for _ in range(50):
        kept = [_Cycle() for _ in range(2_000)]
        del kept
    return 1


class _Window(QWidget):
    """A parentless window in a reference cycle, noting where it is freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        _Window.freed_on.append(threading.current_thread().name)


def _run(qtbot: QtBot, op: Any, success: Any = None) -> None:
    query = QueryOp(parent=None, op=op, success=success)
    with qtbot.waitSignal(query.sig_finished, timeout=20_000):
        query.run_in_background()


def test_the_collector_is_installed_once_and_turns_automatic_collection_off(
    qapp: QApplication,
) -> None:
    collector = install(qapp)
    assert isinstance(collector, GuiThreadCollector)
    assert install(qapp) is collector
    assert not gc.isenabled()
    assert collector.timer.isActive() and collector.timer.interval() == 1000


def test_no_collection_runs_on_a_worker_thread(qtbot: QtBot, qapp: QApplication) -> None:
    install(qapp)
    threads: list[str] = []

    def noted(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(noted)
    try:
        for _ in range(3):
            _run(qtbot, _churn)
        # The GUI thread's timer collects what the workers left.
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    finally:
        gc.callbacks.remove(noted)
    assert set(threads) == {threading.main_thread().name}


def test_a_parentless_window_in_a_cycle_is_freed_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install(qapp)
    _Window.freed_on.clear()
    for _ in range(5):
        window = _Window()
        window.show()
        window.close()
        del window
    for _ in range(3):
        _run(qtbot, _churn)
    gc.collect()  # on this, the GUI thread
    assert _Window.freed_on == [threading.main_thread().name] * 5


class _Held:
    """What an op's callback holds (as a page's method holds the page)."""

    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        _Held.freed_on.append(threading.current_thread().name)


@pytest.mark.parametrize("outcome", ["returned", "raised"])
def test_a_worker_never_drops_an_ops_last_reference(
    qtbot: QtBot, qapp: QApplication, outcome: str
) -> None:
    install(qapp)
    _Held.freed_on.clear()

    def op(_progress: object, held: _Held) -> _Held:
        if outcome == "raised":
            raise ValidationError("성명", repr(held))
        return held

    errors: list[BaseException] = []
    ops_freed_on: list[str] = []
    for _ in range(200):
        held = _Held()
        query = QueryOp(parent=None, op=partial(op, held=held))
        query.failure(errors.append)
        # The op itself too: it holds its parent widget and progress bar.
        weakref.finalize(query, _note_thread, ops_freed_on)
        with qtbot.waitSignal(query.sig_finished, timeout=20_000):
            query.run_in_background()
        del held, query
        errors.clear()
    assert QueryOp.wait_for_all(10_000)
    for _ in range(3):  # the next ops' ends let go of the ops the workers let go of
        _run(qtbot, _nothing)
    assert len(_Held.freed_on) >= 199 and len(ops_freed_on) >= 199
    assert set(_Held.freed_on) == {threading.main_thread().name}
    assert set(ops_freed_on) == {threading.main_thread().name}


def _note_thread(names: list[str]) -> None:
    names.append(threading.current_thread().name)


def _nothing(_progress: object) -> None:
    return None


def test_a_blocking_wait_on_the_gui_thread_still_collects(qtbot: QtBot, qapp: QApplication) -> None:
    """While the GUI thread waits for the workers (at exit, at log-out) its collector's timer
    cannot run: the wait collects instead, so a worker's garbage does not pile up."""
    install(qapp)
    gc.collect()
    threads: list[str] = []

    def noted(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(noted)
    try:
        QueryOp(parent=None, op=_churn).run_in_background()
        assert QueryOp.wait_for_all(20_000)  # no event loop runs during this call
    finally:
        gc.callbacks.remove(noted)
    assert threads and set(threads) == {threading.main_thread().name}
    assert gc.get_count()[0] < 5_000  # the worker made 100,000 cycles
    qtbot.wait(10)  # deliver the op


def _one(_progress: object) -> int:
    return 1


def _refuse(_progress: object) -> int:
    raise ValidationError("성명", "비어 있습니다")


def _ignore(_error: BaseException) -> None:
    return None


@pytest.mark.parametrize("op", [_one, _refuse], ids=["returned", "raised"])
def test_a_quick_op_is_freed_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication, op: Callable[[object], int]
) -> None:
    """A quick op is the likeliest to be delivered before its worker let go of it."""
    install(qapp)
    freed_on: list[str] = []
    for _ in range(200):
        query = QueryOp(parent=None, op=op).failure(_ignore)
        weakref.finalize(query, _note_thread, freed_on)
        with qtbot.waitSignal(query.sig_finished, timeout=20_000):
            query.run_in_background()
        del query
    assert QueryOp.wait_for_all(10_000)
    for _ in range(3):
        _run(qtbot, _nothing)
    assert len(freed_on) >= 199
    assert set(freed_on) == {threading.main_thread().name}
