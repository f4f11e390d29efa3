"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs on whichever thread happens to allocate when a
generation fills up: often a worker reading the database (``deskapp.ui.workers``).
A window or dialog with no parent is owned by its Python object; when that object
sits in a reference cycle (a lambda connected to one of its signals is enough), the
collector frees it, and with it deletes the C++ widgets, on that worker thread,
while the GUI thread may be painting them. The result is a crash far from its
cause (seen as a table view laid out after its model was freed).

So the application turns automatic collection off and collects here instead, on the
GUI thread, from a timer: every generation at the same thresholds as Python's own,
checked once a second (the approach of Anki's ``GarbageCollector``). Reference
counting still frees everything that is not in a cycle at once, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QThread, QTimer

__all__ = ["INTERVAL_MS", "GuiThreadCollector", "install"]

#: How often the generations' counts are checked.
INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Turns Python's automatic collection off and collects on this (the GUI) thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        thresholds = gc.get_threshold()
        # Python 3.13 and later may report 0 for the older generations: collect them
        # at the classic thresholds then.
        self.thresholds = (
            thresholds[0] or 700,
            thresholds[1] or 10,
            thresholds[2] or 10,
        )
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations that are full, as Python would; returns the objects freed."""
        young, middle, old = gc.get_count()
        if young <= self.thresholds[0]:
            return 0
        if middle <= self.thresholds[1]:
            return gc.collect(0)
        if old <= self.thresholds[2]:
            return gc.collect(1)
        return gc.collect(2)


def install(app: QObject) -> GuiThreadCollector:
    """Collect on ``app``'s thread from now on (once per application: a second call
    returns the collector already installed)."""
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("the collector is installed from the GUI thread")
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
