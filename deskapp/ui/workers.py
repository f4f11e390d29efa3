"""Slow work off the GUI thread, modelled on Anki's ``QueryOp`` (qt/aqt/operations).

::

    QueryOp(
        parent=self,
        op=lambda progress: workspace.imports.import_workbook(actor, path, progress),
        success=self._imported,
    ).failure(self._rejected).with_progress(self.progress_bar).run_in_background()

``op`` runs on a thread of the global QThreadPool and receives a
``progress(done, total)`` callable; it must not touch any widget (the services
it calls open their own database session). Its result is handed to ``success``
and its error to ``failure`` on the GUI thread; without ``failure`` the error's
Korean message is shown in a message box. Nothing is delivered to a parent
widget that was destroyed in the meantime, nor to one whose window closed for
good (``QueryOp.drop_for``: a log-out ends the account that the ops run for).

The worker thread never lets go of an op's last reference: it holds the op only
weakly between runs, and the GUI thread keeps each delivered op until the worker
is done with it. Otherwise the op, its callbacks and what they hold (a window,
say) could be freed, and widgets deleted, on the worker thread. (Python's cycle
collector is kept to the GUI thread for the same reason: ``deskapp.ui.collector``.)
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from deskapp.ui.collector import GuiThreadCollector
from deskapp.ui.errors import log_unexpected, show_error

Progress = Callable[[int, int], None]
_PROGRESS_INTERVAL = 0.05  # seconds between two progress signals (the GUI needs no more)
_WAIT_SLICE = 0.1  # seconds: how often a blocking wait on the GUI thread collects
_running: set[QueryOp] = set()
#: Delivered ops whose worker thread may still hold them: freed here, on the GUI thread.
_retired: list[QueryOp] = []


def _work(ref: weakref.ref[QueryOp], released: threading.Event) -> None:
    """On the worker thread: run the op, then drop it before saying so (``released``),
    so that its last reference is never dropped on this thread."""
    op = ref()
    try:
        if op is not None:
            op._run()
    finally:
        del op
        released.set()


def _sweep_retired() -> None:
    _retired[:] = [op for op in _retired if not op._released.is_set()]


def _collect_while_waiting() -> None:
    """Run the GUI thread's collector now, if the application has one (a blocking wait
    keeps its timer from running)."""
    app = QCoreApplication.instance()
    found = app.findChild(GuiThreadCollector) if app is not None else None
    if isinstance(found, GuiThreadCollector):
        found.check()


def _no_op(_progress: Progress) -> None:
    return None


class QueryOp(QObject):
    """One call to run in the background, with its progress and its outcome on the GUI thread."""

    sig_progress = Signal(int, int)
    """Work done so far: done, total (total 0 while unknown)."""
    sig_succeeded = Signal(object)
    """The op returned: its result."""
    sig_failed = Signal(object)
    """The op raised: the exception (its Korean message is ``error_message(exc)``)."""
    sig_finished = Signal()
    """The op ended, after ``success`` or ``failure`` was called."""
    sig_waiting = Signal(float)
    """The op waits for another user's write to end: seconds waited so far."""

    # The outcome travels in ``_outcome``, not as an argument: a queued argument is also
    # held by the emitting thread, which could then drop it last.
    _sig_returned = Signal()
    _sig_raised = Signal()
    _sig_progressed = Signal(int, int)
    _sig_waited = Signal(float)

    def __init__(
        self,
        *,
        parent: QWidget | None,
        op: Callable[[Progress], Any],
        success: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._bar: QProgressBar | None = None
        self._dialog_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._last_report = 0.0
        queued = Qt.ConnectionType.QueuedConnection
        self._sig_returned.connect(self._on_returned, queued)
        self._sig_raised.connect(self._on_raised, queued)
        self._sig_progressed.connect(self._on_progress, queued)
        self._sig_waited.connect(self.sig_waiting, queued)
        self._cancelled = False
        self._dropped = False  # the parent's window closed for good: deliver nothing
        self._ended = threading.Event()  # set when the worker thread is done with the op
        self._outcome: Any = None  # what the op returned or raised, until delivered
        self._released = threading.Event()  # set when the worker thread holds it no more

    # -- configuration (chainable, as Anki's) --------------------------------------------

    def failure(self, callback: Callable[[BaseException], None]) -> QueryOp:
        """Call ``callback(error)`` instead of showing the error in a message box."""
        self._failure = callback
        return self

    def with_progress(self, bar: QProgressBar | None = None, label: str = "") -> QueryOp:
        """Show progress in ``bar``, or else in a window-modal progress dialog with ``label``."""
        if bar is not None:
            self._bar = bar
        else:
            self._dialog_label = label
        return self

    def run_in_background(self) -> QueryOp:
        """Start the op on the thread pool; returns at once."""
        _running.add(self)
        if self._bar is not None:
            self._bar.setRange(0, 0)
            self._bar.setValue(0)
            self._bar.show()
        if self._dialog_label is not None:
            dialog = QProgressDialog(self._dialog_label, "", 0, 0, self._live_parent())
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self._dialog = dialog
        _sweep_retired()
        QThreadPool.globalInstance().start(partial(_work, weakref.ref(self), self._released))
        return self

    @staticmethod
    def running() -> int:
        """How many ops have started and not yet delivered their outcome."""
        return len(_running)

    @staticmethod
    def drop_for(owner: QWidget, msecs: int) -> int:
        """The ops started for ``owner`` or a widget inside it (its dialogs too) deliver
        nothing any more, neither result nor error: ``owner`` is a window closing for
        good, whose account is about to be logged out. Waits up to ``msecs`` in all for
        them to end on their threads (short reads finish under the account they ran for);
        returns how many still run, to end on their own unseen."""
        ops = [op for op in _running if op._inside(owner)]
        for op in ops:
            op._dropped = True
        deadline = time.monotonic() + max(msecs, 0) / 1000
        still = ops
        while still:
            left = deadline - time.monotonic()
            # In slices, collecting between them: the GUI thread's collector has no loop now.
            still = [op for op in still if not op._ended.wait(min(max(left, 0.0), _WAIT_SLICE))]
            _collect_while_waiting()
            if left <= 0:
                break
        return len(still)

    @staticmethod
    def wait_for_all(msecs: int = 30_000) -> bool:
        """Block until the pool's threads are idle (used at exit, before the database closes;
        ``msecs`` -1: however long it takes)."""
        pool = QThreadPool.globalInstance()
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        while True:
            # In slices, collecting between them: while the GUI thread waits here its
            # collector's timer cannot run, and a worker's garbage would pile up unfreed.
            step = (
                _WAIT_SLICE if deadline is None else min(_WAIT_SLICE, deadline - time.monotonic())
            )
            if pool.waitForDone(max(int(step * 1000), 0)):
                _collect_while_waiting()
                return True
            _collect_while_waiting()
            if deadline is not None and time.monotonic() >= deadline:
                return False

    # -- on the worker thread ------------------------------------------------------------

    def cancel(self) -> None:
        """Give up waiting for another user's write (the op then fails with DatabaseBusy)."""
        self._cancelled = True

    def _waited(self, seconds: float) -> bool:
        self._sig_waited.emit(float(seconds))
        return not self._cancelled

    def _run(self) -> None:
        try:
            try:
                # Here, not at the top: the log-in dialog is shown before the services are
                # loaded (the first op loads them, on its worker thread).
                from deskapp.services.workspace import waiting_for

                with waiting_for(self._waited):
                    self._outcome = self._op(self._report)
            except BaseException as error:  # delivered to the GUI thread, never lost
                log_unexpected(error)
                self._outcome = error
                raised = True
            else:
                raised = False
            # Nothing of the outcome is held here any more: the GUI thread frees it.
            (self._sig_raised if raised else self._sig_returned).emit()
        except RuntimeError:
            pass  # the application is closing: the op's owner is gone, nobody waits for it
        finally:
            self._ended.set()

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= _PROGRESS_INTERVAL:
            self._last_report = now
            self._sig_progressed.emit(int(done), int(total))

    # -- on the GUI thread ---------------------------------------------------------------

    def _inside(self, owner: QWidget) -> bool:
        node: QObject | None = self._live_parent()
        while node is not None:
            if node is owner:
                return True
            node = node.parent()
        return False

    def _live_parent(self) -> QWidget | None:
        if self._parent is not None and shiboken6.isValid(self._parent):
            return self._parent
        return None

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        for bar in (self._bar, self._dialog):
            if bar is not None and shiboken6.isValid(bar):
                bar.setRange(0, max(total, 0))
                bar.setValue(min(done, total) if total > 0 else 0)
        self.sig_progress.emit(done, total)

    def _end(self) -> bool:
        """Tidy the progress display; False when the parent is gone or its window closed
        for good (nothing is delivered)."""
        if self._bar is not None and shiboken6.isValid(self._bar):
            self._bar.setRange(0, 1)
            self._bar.setValue(1)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        if self._dropped:
            return False
        return self._parent is None or shiboken6.isValid(self._parent)

    def _finish(self) -> None:
        _running.discard(self)
        _retired.append(self)  # until the worker thread has let go of it
        _sweep_retired()
        # The callbacks and widgets it holds are let go of here, on the GUI thread.
        self._op = _no_op
        self._success = self._failure = None
        self._parent = self._bar = None
        self.sig_finished.emit()

    def _take_outcome(self) -> Any:
        outcome, self._outcome = self._outcome, None
        return outcome

    @Slot()
    def _on_returned(self) -> None:
        result = self._take_outcome()
        try:
            if self._end() and self._success is not None:
                self._success(result)
            self.sig_succeeded.emit(result)
        finally:
            self._finish()

    @Slot()
    def _on_raised(self) -> None:
        error: BaseException = self._take_outcome()
        try:
            if self._end():
                if self._failure is not None:
                    self._failure(error)
                else:
                    show_error(self._live_parent(), error)
            self.sig_failed.emit(error)
        finally:
            self._finish()
