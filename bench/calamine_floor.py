"""The import's floor: a process that only reads every sheet of a workbook with
python-calamine (``python -m bench.calamine_floor BOOK.xlsx``), to time as a whole
process beside ``deskapp import`` of the same workbook."""

from __future__ import annotations

import sys

from python_calamine import CalamineWorkbook


def main(path: str) -> int:
    """Every sheet's rows as Python values; the number of rows read."""
    with CalamineWorkbook.from_path(path) as book:
        return sum(len(book.get_sheet_by_name(name).to_python()) for name in book.sheet_names)


if __name__ == "__main__":
    print(main(sys.argv[1]))
