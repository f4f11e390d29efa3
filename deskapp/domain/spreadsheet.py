"""Text written to a spreadsheet or CSV file is never taken for a formula.

A value beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
run by Excel or LibreOffice as a formula (``=HYPERLINK(…)`` typed as a name, say).
In CSV such text gets a leading apostrophe, as spreadsheet programs themselves
mark text; in xlsx it is stored as text (``reports``), never as a formula.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    """Whether ``value`` is text a spreadsheet would read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(value: object) -> object:
    """``value`` for a CSV cell: formula-like text behind an apostrophe, the rest as is."""
    return f"'{value}" if is_formula_like(value) else value
