"""bench/RESULTS.md: the generated table goes between its markers, the rest is kept.

``python -m bench`` writes its table into bench/RESULTS.md, whose hand-written sections
(each a measurement made by hand, with its own conditions) stand below it; a run must
replace the table only. A row measured against a floor prints the floor and the ratio.
"""

from __future__ import annotations

from bench.__main__ import BEGIN_MARK, END_MARK, Row, render, splice

RESULTS = f"""# Benchmark results

How the table is made.

{BEGIN_MARK}
| database | scale | what | target | measured | floor (same run) | ratio | met |
|---|---|---|---|---|---|---|---|
| SQLite | ten | an old row | | 1 ms | | | |
{END_MARK}

## Corrections (2026-12-02)

A hand-written section, | with its own table | and figures.

## Demo in bulk (2026-12-04)

Another.
"""


def _rows() -> list[Row]:
    return [
        Row("ten", "statistics table, year", "≤ 100 ms, ≤ 2× SQL", "59 ms", True,
            "hand-written SQL 20 ms", 0.35, "PostgreSQL"),
        Row("ten", "monthly workbook", "", "249 ms", None, database="SQLite"),
    ]  # fmt: skip


def test_a_row_with_a_floor_prints_the_floor_and_its_ratio() -> None:
    table = render(_rows())
    assert (
        "| PostgreSQL | ten | statistics table, year | ≤ 100 ms, ≤ 2× SQL | 59 ms"
        " | hand-written SQL 20 ms | ×0.35 | yes |"
    ) in table
    assert "| SQLite | ten | monthly workbook |  | 249 ms |  |  |  |" in table
    header = next(line for line in table.splitlines() if line.startswith("| database"))
    assert "| floor (same run) | ratio |" in header


def test_the_table_replaces_only_what_is_between_the_markers() -> None:
    table = render(_rows())
    spliced = splice(RESULTS, table)
    head, marked = RESULTS.split(BEGIN_MARK)
    tail = marked.split(END_MARK)[1]
    assert spliced == f"{head}{BEGIN_MARK}\n{table}{END_MARK}{tail}"
    assert "an old row" not in spliced
    assert splice(spliced, table) == spliced  # a second run leaves the same file


def test_results_without_markers_get_them_under_the_title() -> None:
    table = render(_rows())
    old = "# Benchmark results\n\n## Corrections\n\nKept.\n"
    spliced = splice(old, table)
    assert spliced.startswith(f"# Benchmark results\n\n{BEGIN_MARK}\n{table}{END_MARK}\n")
    assert spliced.endswith("\n## Corrections\n\nKept.\n")
    assert splice("", table) == f"# Benchmark results\n\n{BEGIN_MARK}\n{table}{END_MARK}\n"


def test_the_committed_results_have_the_markers() -> None:
    from bench.__main__ import ROOT

    text = (ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8")
    assert text.count(BEGIN_MARK) == 1 and text.count(END_MARK) == 1
    assert text.index(BEGIN_MARK) < text.index(END_MARK) < text.index("\n## ")
