"""QueryOp: work off the GUI thread, result and Korean errors delivered on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from deskapp.domain.errors import ValidationError
from deskapp.ui import errors
from deskapp.ui.workers import QueryOp


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    assert QueryOp.wait_for_all(10_000)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (recorded instead of blocking the test)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(("w", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(("c", text)))
    return shown


def test_result_arrives_on_gui_thread_while_gui_keeps_running(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    worker_threads: list[threading.Thread] = []
    delivered: list[tuple[Any, bool]] = []

    def slow(_progress: object) -> int:
        worker_threads.append(threading.current_thread())
        time.sleep(0.5)
        return 42

    op = QueryOp(
        parent=parent,
        op=slow,
        success=lambda result: delivered.append((result, QThread.currentThread().isMainThread())),
    )
    started = time.monotonic()
    with qtbot.waitSignal(op.sig_finished, timeout=5000):
        op.run_in_background()
        assert time.monotonic() - started < 0.2, "run_in_background must not block"
    timer.stop()

    assert delivered == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    during = [t for t in ticks if started < t < started + 0.5]
    assert len(during) >= 10, f"the GUI thread froze: {len(during)} timer ticks in 0.5 s"


def test_korean_error_goes_to_failure_callback(qtbot: QtBot, boxes: list[Any]) -> None:
    failures: list[str] = []

    def bad(_progress: object) -> None:
        raise ValidationError("비밀번호", "8자 이상이어야 합니다.")

    op = QueryOp(parent=None, op=bad, success=lambda _r: failures.append("success?"))
    op.failure(lambda error: failures.append(errors.error_message(error)))
    with qtbot.waitSignal(op.sig_failed, timeout=5000) as blocker:
        op.run_in_background()
    assert isinstance(blocker.args[0], ValidationError)
    assert failures == ["비밀번호: 8자 이상이어야 합니다."]
    assert boxes == []


def test_error_without_failure_callback_is_shown_in_a_box(
    qtbot: QtBot, boxes: list[tuple[str, str]]
) -> None:
    def broken(_progress: object) -> None:
        raise RuntimeError("internal detail")

    op = QueryOp(parent=None, op=broken)
    with qtbot.waitSignal(op.sig_finished, timeout=5000):
        op.run_in_background()
    assert len(boxes) == 1
    kind, text = boxes[0]
    assert kind == "c"
    assert "예기치 않은 오류" in text and "RuntimeError" in text
    assert "Traceback" not in text


def test_progress_reaches_the_bar(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = QProgressBar(parent)
    seen: list[tuple[int, int]] = []

    def counting(progress: Any) -> str:
        for done in range(1, 4):
            progress(done, 3)
            time.sleep(0.06)
        return "done"

    op = QueryOp(parent=parent, op=counting).with_progress(bar)
    op.sig_progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(op.sig_finished, timeout=5000):
        op.run_in_background()
    assert seen[-1] == (3, 3)
    assert (bar.value(), bar.maximum()) == (1, 1)  # finished: shown full
    assert QueryOp.running() == 0


def test_nothing_is_delivered_to_a_destroyed_parent(qtbot: QtBot) -> None:
    parent = QWidget()
    delivered: list[object] = []

    def late(_progress: object) -> str:
        time.sleep(0.2)
        return "late"

    op = QueryOp(parent=parent, op=late, success=delivered.append)
    with qtbot.waitSignal(op.sig_finished, timeout=5000):
        op.run_in_background()
        parent.deleteLater()
    assert not shiboken6.isValid(parent)
    assert delivered == []


def test_the_ops_of_a_window_closing_for_good_deliver_nothing(
    qtbot: QtBot, boxes: list[tuple[str, str]]
) -> None:
    closing, staying = QWidget(), QWidget()
    qtbot.addWidget(closing)
    qtbot.addWidget(staying)
    page = QWidget(closing)  # a page inside the closing window
    gate = threading.Event()
    outcomes: list[object] = []

    def held(_progress: object) -> str:
        if not gate.wait(10):
            raise RuntimeError("never released")
        raise ValidationError("세션", "로그아웃한 세션입니다.")

    dropped = QueryOp(parent=page, op=held, success=outcomes.append)  # no failure: a box
    kept = QueryOp(parent=staying, op=lambda _progress: gate.wait(10), success=outcomes.append)
    for op in (dropped, kept):
        op.run_in_background()

    started = time.monotonic()
    assert QueryOp.drop_for(closing, 200) == 1  # it still runs: the wait is bounded
    assert 0.15 < time.monotonic() - started < 2
    with qtbot.waitSignals([dropped.sig_failed, kept.sig_finished], timeout=5000):
        gate.set()
    assert outcomes == [True]  # only the other window's op delivered its result
    assert boxes == []  # and the dropped op's error is not shown
    assert QueryOp.running() == 0
