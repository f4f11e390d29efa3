"""deskapp's benchmark: ``python -m bench`` (or ``make bench``).

Builds demo databases at three scales with ``deskapp demo`` on SQLite and on
PostgreSQL (kept in ``build/bench``, the PostgreSQL server's data too, and reused
while the demo's size and seed are the same), runs each measurement in a fresh
process (``bench/probe.py``), prints a table of every target with its figure, its
floor measured in the same run (hand-written SQL, a bare dialog, the calamine read)
and the ratio between them, and writes the table into ``bench/RESULTS.md`` between
its markers (the hand-written sections around them are kept).

Scales: ``one`` district-year (6,000 seekers), ``ten`` district-years (65,000)
and ``seoul`` (1,600,000 seekers; about half an hour to build here).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[1]
SCALES = {"one": 6_000, "ten": 65_000, "seoul": 1_600_000}
PASSWORD = "bench-pass-1"
END = date(2026, 10, 31)


#: The generated table stands between these lines of bench/RESULTS.md.
BEGIN_MARK, END_MARK = "<!-- bench:begin -->", "<!-- bench:end -->"


@dataclass
class Row:
    """One line of the results table: ``floor`` names the floor measured in the same run
    with its figure, ``ratio`` is the row's figure ÷ that floor."""

    scale: str
    what: str
    target: str
    figure: str
    met: bool | None
    floor: str = ""
    ratio: float | None = None
    database: str = ""


@dataclass
class Database:
    """Where the demo databases are made: SQLite files in the work folder, or databases on
    the bench's PostgreSQL server (``server``: its URL with ``{db}`` for the name)."""

    name: str
    server: str = ""

    def location(self, workdir: Path, stem: str) -> str:
        if self.server:
            return self.server.format(db=stem.replace("-", "_"))
        return str(workdir / f"{stem}.sqlite3")

    def marker(self, workdir: Path, scale: str) -> Path:
        return workdir / (f"demo-{scale}-postgresql.done" if self.server else f"demo-{scale}.done")


SQLITE = Database("SQLite")


def _python() -> str:
    return sys.executable


def _env() -> dict[str, str]:
    return {**os.environ, "DESKAPP_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT)}  # fmt: skip


def probe(kind: str, *args: str, runs: int = 1) -> list[dict[str, object]]:
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [_python(), "-m", "bench.probe", kind, *args], cwd=ROOT, env=_env(),
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"probe {kind} failed:\n{done.stderr}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return results


def median(results: list[dict[str, object]], key: str) -> float:
    return statistics.median(float(r[key]) for r in results)  # type: ignore[arg-type]


def build(scale: str, workdir: Path, database: Database = SQLITE) -> tuple[str, float | None]:
    """The scale's demo database; built (and timed) only when missing."""
    location = database.location(workdir, f"demo-{scale}")
    marker = database.marker(workdir, scale)
    if database.server:
        from bench import pg

        if marker.exists() and pg.exists(location):
            return location, None
        pg.create(location)
    else:
        if Path(location).exists() and marker.exists():
            return location, None
        for old in workdir.glob(f"demo-{scale}.sqlite3*"):
            old.unlink()
    start = time.perf_counter()
    subprocess.run(
        [_python(), "-m", "deskapp", "demo", "--db", location, "--seekers",
         str(SCALES[scale]), "--seed", "1"],
        cwd=ROOT, env=_env(), check=True, capture_output=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    marker.write_text(f"{seconds:.1f}\n")
    return location, seconds


def ms(seconds: float) -> str:
    if seconds < 0.001:  # a floor read from the cache, say
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _key_floor(floors: dict[str, object], query: str, seconds: float) -> tuple[str, float | None]:
    """A search row's floor and ratio: its key ranges read by hand (none for 홍ㄱ)."""
    if query not in floors:
        return "", None
    floor = float(floors[query]["seconds"])  # type: ignore[index]
    return f"the key ranges by hand-written SQL {ms(floor)}", seconds / floor


def bench_scale(scale: str, workdir: Path, database: Database = SQLITE) -> list[Row]:
    rows: list[Row] = []
    db, built = build(scale, workdir, database)
    if built is None:
        built = float(database.marker(workdir, scale).read_text())
    target = "< 60 s" if scale == "ten" else ""
    rows.append(
        Row(scale, "deskapp demo", target, ms(built), built < 60 if scale == "ten" else None)
    )
    last = END
    periods = {
        "month": (date(last.year, last.month, 1), last),
        "year": (date(last.year, 1, 1), last),
        "ten years": (date(last.year - 9, 1, 1), last),
    }
    for name, (start, end) in periods.items():
        results = probe("stats", db, start.isoformat(), end.isoformat(), runs=3)
        work, warm = median(results, "work"), median(results, "warm")
        hand, imports = median(results, "hand_sql"), median(results, "imports")
        rollup = median(results, "hand_rollup")
        figure = (
            f"{ms(work)} to open and count (again: {ms(warm)}; the monthly figures by hand"
            f" {ms(rollup)}; module imports before it {ms(imports)})"
        )
        floor = f"hand-written SQL {ms(hand)}"
        if scale == "seoul":
            rows.append(Row(scale, f"statistics table, {name}", "< 1 s", figure, work < 1,
                            floor, warm / hand))  # fmt: skip
        else:
            ok = work <= 0.1 and warm <= 2 * hand if scale == "ten" else None
            rows.append(Row(scale, f"statistics table, {name}", "≤ 100 ms, ≤ 2× SQL", figure, ok,
                            floor, warm / hand))  # fmt: skip
        results = probe("breakdown", db, start.isoformat(), end.isoformat(), runs=3)
        by_hand = median(results, "hand_sql")
        floor = f"the sex breakdown by hand-written SQL {ms(by_hand)}"
        for dimension in ("sex", "age", "resident", "group", "site", "counselor"):
            first = statistics.median(float(r[dimension]["work"]) for r in results)  # type: ignore[index]
            again = statistics.median(float(r[dimension]["warm"]) for r in results)  # type: ignore[index]
            figure = f"{ms(first)} (again: {ms(again)})"
            what = f"breakdown by {dimension}, {name}"
            if scale == "seoul":
                rows.append(Row(scale, what, "< 1 s", figure, first < 1, floor, again / by_hand))
            else:
                ok = first <= 0.1 if scale == "ten" else None
                rows.append(Row(scale, what, "≤ 100 ms", figure, ok, floor, again / by_hand))
    served = probe("served", db, str(last.year), database.location(workdir, f"served-{scale}"))[0]
    labels15 = {
        "monthly_sex": "monthly grid of a year by sex (통계 › 월별·누계)",
        "retention": "고용유지 현황 of a year",
        "performance": "상담사별 실적 of a year (every counselor)",
        "unfinished": "what is unfinished in the last month (마감 전 확인)",
    }
    for key, label in labels15.items():
        timing = cast(dict[str, float], served[key])
        figure = f"{ms(timing['first'])} (again: {ms(timing['again'])})"
        rows.append(Row(scale, label, "", figure, None))
    recount = float(cast(float, served["recount"]))
    rows.append(Row(scale, "breakdowns recounted after a session and a correction", "",
                    ms(recount), None))  # fmt: skip
    out = workdir / f"monthly-{scale}.xlsx"
    monthly = probe("monthly", db, str(last.year), str(out))[0]
    rows.append(Row(scale, "monthly workbook", "", ms(float(monthly["work"])), None))  # type: ignore[arg-type]
    searched = probe("search", db, "김", "김민", "김민수", "ㄱㅁ", "ㄱㅁㅅ", "홍ㄱ", "1234")[0]
    keyed = probe("search_floor", db, *searched)[0]  # the key ranges read by hand
    for query, result in searched.items():
        seconds = float(result["seconds"])  # type: ignore[index]
        what = f"search '{query}' ({result['found']} shown)"  # type: ignore[index]
        met = seconds < 0.05 if scale == "ten" else None  # the target is for ten district-years
        rows.append(
            Row(scale, what, "< 50 ms", ms(seconds), met, *_key_floor(keyed, query, seconds))
        )
    matched = probe("match", db)[0]
    labels = {
        "openings_for_seeker": "추천 구인 (openings for a seeker)",
        "seekers_for_opening": "맞는 구직자 (seekers for an opening)",
    }
    for name, label in labels.items():
        timing = cast(dict[str, float], matched[name])
        first, median_, worst = timing["first"], timing["median"], timing["max"]
        figure = f"{ms(median_)} (slowest {ms(worst)}; first in a process {ms(first)})"
        rows.append(Row(scale, label, "< 300 ms", figure, worst < 0.3 if scale == "ten" else None))
    fixed = probe("correct", db, database.location(workdir, f"correct-{scale}"))[0]

    def took(key: str) -> str:
        return ms(float(cast(float, fixed[key])))

    worst = float(cast(float, fixed["change_max"]))
    rows.append(
        Row(
            scale,
            "correction (phone and desk, with history and log)",
            "< 300 ms",
            f"{took('change_median')} (slowest {took('change_max')}; first {took('change_first')})",
            worst < 0.3 if scale == "ten" else None,
        )
    )
    rows.append(
        Row(
            scale,
            "변경 이력 of a seeker",
            "",
            f"{took('history_median')} (slowest {took('history_max')})",
            None,
        )
    )
    rows.append(
        Row(scale, f"openings due to close ({fixed['due']} listed)", "", took("closing_due"), None)
    )
    rows.append(Row(scale, f"an employer's page ({fixed['employer_openings']} openings)", "",
                    took("employer_page"), None))  # fmt: skip
    work = probe("events", db, database.location(workdir, f"events-{scale}"))[0]

    def spent(key: str) -> str:
        return ms(float(cast(float, work[key])))

    span = f"{work['events']} events"
    rows += [
        Row(scale, f"event report, whole span ({span}) by event / venue / venue type", "",
            f"{spent('report_event')} / {spent('report_venue')} / {spent('report_venue-type')}",
            None),
        Row(scale, f"people behind its 채용 total ({work['behind_rows']} lines)", "",
            spent("behind"), None),
        Row(scale, f"the largest event's page ({work['page_people']} people)", "",
            spent("page"), None),
        Row(scale, "walk-in registered and added / hired (one unit each)", "",
            f"{spent('walk_in')} / {spent('hire')}", None),
        Row(scale, f"사후관리 list with event follow-ups ({work['worklist_items']} items)", "",
            spent("worklist"), None),
        Row(scale, "outreach report of a year / programme reports of a year", "",
            f"{spent('outreach')} / {spent('outcomes')} + {spent('programme_year')}", None),
    ]  # fmt: skip
    settings = workdir / "bench-settings.ini"
    launches = probe("window", db, "lead", PASSWORD, str(settings), runs=4)
    launch = launches[-1]  # the first start of a day also takes the day's backup copy
    later = launches[1:]
    login = median(later, "login")  # the dialog painted with the user name focused
    shown = float(launch["window"])  # type: ignore[arg-type]
    listed_at = float(launch["list"])  # type: ignore[arg-type]
    bare = median(probe("bare_dialog", runs=3), "shown")  # the floor, in the same run
    rows.append(Row(scale, "launch to the log-in dialog (usable)", "≤ 350 ms", ms(login),
                    login <= 0.35 if scale == "ten" else None,
                    f"a bare PySide6 dialog {ms(bare)}", login / bare))  # fmt: skip
    typed_at = float(launch["login"])  # type: ignore[arg-type]
    rows.append(Row(scale, "… log-in to the main window", "", ms(shown - typed_at), None))
    rows.append(Row(scale, "… main window to the seeker list shown", "< 300 ms",
                    ms(listed_at - shown), listed_at - shown < 0.3))  # fmt: skip
    window_peak = float(launch["peak_mb"])  # type: ignore[arg-type]
    rows.append(Row(scale, "peak memory, window with the seeker list open",
                    "< 250 MB" if scale == "seoul" else "", f"{window_peak:,.0f} MB",
                    window_peak < 250 if scale == "seoul" else None))  # fmt: skip
    listed = probe("list", db)[0]
    first, by_hand = float(listed["count_and_first_page"]), float(listed["hand_sql"])
    again = float(listed["again"])  # type: ignore[arg-type]
    rows.append(
        Row(
            scale,
            f"seeker list: open ({listed['rows']:,} rows)",
            "",
            f"{ms(float(listed['open']))} (count and first page {ms(first)}, again {ms(again)})",
            None,
            f"count and first page by hand-written SQL {ms(by_hand)}",
            again / by_hand,
        )
    )  # type: ignore[arg-type]
    rows.append(
        Row(scale, "seeker list: scroll to the end", "", ms(float(listed["scroll_to_end"])), None)
    )  # type: ignore[arg-type]
    peak = float(listed["peak_mb"])  # type: ignore[arg-type]
    rows.append(Row(scale, "peak memory, seeker list (services only)", "", f"{peak:,.0f} MB", None))
    for row in rows:
        row.database = database.name
    return rows


def _whole(command: list[str]) -> tuple[float, float]:
    """A whole process: its seconds from start to end and its peak memory (MB)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)  # fmt: skip
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        assert child.stderr is not None
        raise SystemExit(f"{command} failed:\n{child.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def bench_import(workdir: Path) -> list[Row]:
    """``deskapp import`` of the seed workbook as a whole process, beside a process that
    only reads every sheet with python-calamine (the floor), in turn, three times each."""
    from bench.seed_workbook import write_seed_workbook

    book = workdir / "seed-2018.xlsx"
    if not book.exists():
        write_seed_workbook(book)
    db = workdir / "import.sqlite3"
    results = []
    for _ in range(3):
        for old in workdir.glob("import.sqlite3*"):
            old.unlink()
        subprocess.run([_python(), "-m", "deskapp", "init", "--db", str(db), "--admin", "admin"],
                       cwd=ROOT, env=_env(), capture_output=True, check=True)  # fmt: skip
        imported, peak = _whole([_python(), "-m", "deskapp", "import", "--db", str(db),
                                 "--user", "admin", str(book)])  # fmt: skip
        floor, floor_peak = _whole([_python(), "-m", "bench.calamine_floor", str(book)])
        results.append({"import": imported, "peak": peak, "floor": floor, "floor_peak": floor_peak})
    for old in workdir.glob("import.sqlite3*"):
        old.unlink()
    results.extend(probe("import", str(db), str(book)))  # the rows imported
    imported, floor = median(results[:3], "import"), median(results[:3], "floor")
    rows = int(results[-1]["rows"])  # type: ignore[call-overload]
    return [
        Row("-", f"import {rows:,}-row workbook (the whole process)", "≤ 3× reading with calamine",
            f"{ms(imported)} (peak memory {median(results[:3], 'peak'):,.0f} MB, "
            f"the reading process's {median(results[:3], 'floor_peak'):,.0f} MB)",
            imported <= 3 * floor,
            f"a process reading every sheet with python-calamine {ms(floor)}", imported / floor,
            SQLITE.name),
    ]  # fmt: skip


def _load() -> str:
    return " / ".join(f"{n:.1f}" for n in os.getloadavg())


def measured_on(note: str = "") -> str:
    """Where and when the table was measured (and ``note``: the load average, say)."""
    return (
        f"Measured {date.today().isoformat()} on {platform.node()}: {platform.platform()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores.{note}"
    )


def render(rows: list[Row], measured: str = "") -> str:
    """The results table, under ``measured`` (``measured_on()``) and what its columns mean."""
    lines = [
        *([measured, ""] if measured else []),
        "The floor is what the row's work cannot beat, measured in the same run: the same"
        " figures by hand-written SQL through the driver, a bare PySide6 dialog, a process"
        " only reading the workbook. The ratio is the row's figure ÷ its floor; where a row"
        " has a first call and a repeated one (again), the repeated one, as the floor is"
        " timed repeated too.",
        "",
        "| database | scale | what | target | measured | floor (same run) | ratio | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        ratio = "" if r.ratio is None else f"×{r.ratio:.2f}"
        lines.append(
            f"| {r.database} | {r.scale} | {r.what} | {r.target} | {r.figure} | {r.floor}"
            f" | {ratio} | {met} |"
        )
    return "\n".join(lines) + "\n"


def splice(text: str, table: str) -> str:
    """``text`` (bench/RESULTS.md) with ``table`` between its markers, everything else kept;
    a text without them gets them after its title."""
    block = f"{BEGIN_MARK}\n{table}{END_MARK}"
    if BEGIN_MARK in text and END_MARK in text:
        head, rest = text.split(BEGIN_MARK, 1)
        return head + block + rest.split(END_MARK, 1)[1]
    title, newline, rest = text.partition("\n")
    if not title.startswith("# "):
        title, newline, rest = "# Benchmark results", "\n", text
    return f"{title}{newline}\n{block}\n" + (f"\n{rest.lstrip(chr(10))}" if rest.strip() else "")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scales", default="one,ten,seoul", help="one,ten,seoul")
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--no-import", action="store_true", help="skip the workbook import")
    parser.add_argument(
        "--databases",
        default=None,
        help="sqlite,postgresql (default: both when PostgreSQL's server programs are here)",
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    from bench import pg

    names = args.databases or ("sqlite,postgresql" if pg.available() else "sqlite")
    if args.databases is None and names == "sqlite":
        print("PostgreSQL's server programs are not installed: SQLite only.", flush=True)
    loads = [_load()]
    rows: list[Row] = []

    def write(done: bool) -> None:
        """The table so far into ``--out`` (after each part: a long run cut off keeps the
        parts measured, marked unfinished)."""
        note = (
            " Load average (1 / 5 / 15 min) at the start and after each part: "
            + "; ".join(loads)
            + "."
            + ("" if done else " Unfinished: the run was still going or was cut off.")
        )
        text = render(rows, measured_on(note))
        print(text, flush=True)
        old = args.out.read_text() if args.out.exists() else ""
        args.out.write_text(splice(old, text))

    with ExitStack() as stack:
        for name in names.split(","):
            name = name.strip().lower()
            if name == "sqlite":
                database = SQLITE
            elif name == "postgresql":
                server = stack.enter_context(pg.server(args.workdir / "postgres"))
                database = Database("PostgreSQL", server)
            else:
                parser.error(f"unknown database {name!r}: sqlite or postgresql")
            for scale in args.scales.split(","):
                rows += bench_scale(scale.strip(), args.workdir, database)
                loads.append(_load())
                write(False)
    if not args.no_import:
        rows += bench_import(args.workdir)
        loads.append(_load())
    write(True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
