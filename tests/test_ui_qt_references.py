"""The installed PySide6 keeps Python's reference counts: many Qt calls do not abort.

PySide6 6.12.0 on Python < 3.12 returned None from every void method (and True
from ``Signal.emit``) without taking a reference; after a few thousand calls the
interpreter aborted with "deallocating None". pyproject.toml excludes it; this
test fails (or aborts) on any PySide6 that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    sig_tick = Signal()
    """No arguments: a tick."""


def test_void_calls_and_emits_keep_the_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(5_000):
        emitter.setObjectName(str(number % 7))  # a void method: returns None
        emitter.sig_tick.emit()  # returns True
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    assert lost_none < 1_000 and lost_true < 1_000, (lost_none, lost_true)
