"""Benchmarks for sinorussia: medians, and ratios against references measured in the same run.

Run everything with ``python benchmarks/bench.py`` (``pip install -e '.[bench]'`` for the
references; ``--sizes 1000 10000`` for fewer sizes, ``--quick`` for fewer repeats,
``--markdown FILE`` to write the table for docs/performance.md). Nothing here asserts a
time. The references:

- pydantic v2 and msgspec (for context), with models mirroring ``Summit`` field for field
  and making the same checks (``mirrors.py``);
- a hand-built floor for queries: a dict by id, a list of first days sorted for ``bisect``,
  dicts of sets for people and modes, a list of years for counting;
- ``python -c "import attrs"`` for a fresh process doing ``import sinorussia``, ``load()``
  and one query.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import timeit
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from mirrors import msgspec_summits_loader, pydantic_summit

import sinorussia
from sinorussia.serialize import from_json, make_converter, to_json

Row = tuple[str, str, float, str, float | None]  # size, measure, ours, reference, reference's


def median(fn: Callable[[], object], number: int, repeat: int) -> float:
    """Median seconds per call over *repeat* runs of *number* calls."""
    return statistics.median(t / number for t in timeit.repeat(fn, number=number, repeat=repeat))


def paired(
    ours: Callable[[], object], ref: Callable[[], object], number: int, repeat: int
) -> tuple[float, float]:
    """Medians of two callables timed in alternation, so both see the same machine."""
    a, b = [], []
    for _ in range(repeat):
        a.append(timeit.timeit(ours, number=number) / number)
        b.append(timeit.timeit(ref, number=number) / number)
    return statistics.median(a), statistics.median(b)


# --- fresh processes --------------------------------------------------------------------


def process_rows(repeat: int) -> list[Row]:
    """Whole fresh interpreters, with bytecode cached as in an installed package."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str) -> float:
        start = timeit.default_timer()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return timeit.default_timer() - start

    programs = {
        "python": "pass",
        "attrs": "import attrs",
        "import": "import sinorussia",
        "classes": "import sinorussia._dataset",
        "full": "import sinorussia; ds = sinorussia.load(); ds.summits.filter(overlapping=2022)",
    }
    for code in programs.values():
        run(code)  # writes the bytecode caches
    times: dict[str, list[float]] = {k: [] for k in programs}
    for _ in range(repeat):
        for key, code in programs.items():
            times[key].append(run(code))
    t = {k: statistics.median(v) for k, v in times.items()}
    return [
        ("process", "import sinorussia", t["import"], "import attrs", t["attrs"]),
        ("process", "import, load(), one query", t["full"], "import attrs", t["attrs"]),
        ("process", "  of which: python itself", t["python"], "", None),
        ("process", "  of which: import attrs", t["attrs"] - t["python"], "", None),
        ("process", "  of which: attrs building our classes", t["classes"] - t["attrs"], "", None),
        ("process", "  of which: reading and one query", t["full"] - t["classes"], "", None),
    ]


# --- one record ---------------------------------------------------------------------------


def record_rows(repeat: int) -> list[Row]:
    ds = sinorussia.load()
    summit = ds.summits.lookup("summit-2022-09-15-samarkand")
    conv = make_converter()
    assert from_json(to_json(summit), sinorussia.Summit) == summit
    try:
        model_class = pydantic_summit()
    except ImportError:
        print("(pydantic is not installed: pip install -e '.[bench]' for the references)")
        return []
    model = model_class.model_validate_json(to_json(summit))

    def pyd() -> object:
        return model_class.model_validate_json(model.model_dump_json(exclude_defaults=True))

    public, ref = paired(lambda: from_json(to_json(summit), sinorussia.Summit), pyd, 2000, repeat)
    reused, ref2 = paired(
        lambda: conv.structure(conv.unstructure(summit), sinorussia.Summit), pyd, 2000, repeat
    )
    return [
        ("1 record", "to_json + from_json of a summit", public, "pydantic v2 (JSON)", ref),
        ("1 record", "cattrs round trip, reused converter", reused, "pydantic v2 (JSON)", ref2),
    ]


# --- at scale -----------------------------------------------------------------------------


def synthetic(n: int) -> sinorussia.Dataset:
    """*n* summits cloned from the bundled ones, with new ids and days from 1950 to 2025."""
    ds = sinorussia.load()
    rng = random.Random(n)
    base = [s for s in ds.summits if s.date.precision == "day"]
    out = []
    for i in range(n):
        s = base[i % len(base)]
        day = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(27_000))
        out.append(
            attrs.evolve(
                s, id=f"summit-synthetic-{i}", date=sinorussia.UncertainDate.from_date(day),
                former_ids=(),
            )
        )  # fmt: skip
    return sinorussia.Dataset.from_records(sources=ds.sources, summits=out, data_version="bench")


def scale_rows(n: int, repeat: int) -> list[Row]:
    """Loading, dumping and querying *n* summits, against the references."""
    size = f"{n:,}"
    rows: list[Row] = []
    ds = synthetic(n)
    folder = Path(tempfile.mkdtemp()) / "data"
    sinorussia.dump(ds, folder)
    blob = (folder / "summits.json").read_bytes()
    rep = 3 if n >= 100_000 else repeat

    # reading: the same bytes into the same records
    ours = median(lambda: from_json(blob, sinorussia.SummitCollection), 1, rep) / n
    try:
        import pydantic

        adapter = pydantic.TypeAdapter(list[pydantic_summit()])  # type: ignore[misc]
        ref = median(lambda: adapter.validate_json(blob), 1, rep) / n
        rows.append((size, "from_json(summits.json), per summit", ours, "pydantic v2", ref))
        loader = msgspec_summits_loader()
        ref = median(lambda: loader(blob), 1, rep) / n
        rows.append((size, "from_json(summits.json), per summit", ours, "msgspec (context)", ref))
    except ImportError:
        rows.append((size, "from_json(summits.json), per summit", ours, "", None))
    t_load = median(lambda: sinorussia.load(folder), 1, rep) / n
    rows.append((size, "load() of the folder, per summit", t_load, "", None))
    out = Path(tempfile.mkdtemp()) / "out"
    t_dump = median(lambda: sinorussia.dump(ds, out), 1, rep) / n
    rows.append((size, "dump(), per summit", t_dump, "load()", t_load))
    tracemalloc.start()
    sinorussia.load(folder)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rows.append((size, f"peak memory of load(): {peak / 2**20:.0f} MiB", 0.0, "", None))

    # queries, each returning a list of records, against a hand-built index of the same data
    summits = sinorussia.load(folder).summits
    records = list(summits)
    by_id = {s.id: s for s in records}
    firsts = [s.date.earliest for s in records]  # records are in date order
    people: dict[str, set[int]] = {}
    modes: dict[str, set[int]] = {}
    for i, s in enumerate(records):
        for p in s.people:
            people.setdefault(p, set()).add(i)
        modes.setdefault(s.mode, set()).add(i)
    years = [s.date.year for s in records]
    day = records[n // 2].date.earliest
    assert day is not None

    def floor_window(lo: dt.date, hi: dt.date) -> list[Any]:
        return records[bisect.bisect_left(firsts, lo) : bisect.bisect_right(firsts, hi)]  # type: ignore[arg-type]

    def floor_people_mode() -> list[Any]:
        found = people["xi-jinping"] & people["vladimir-putin"] & modes["in-person"]
        return [records[i] for i in sorted(found)]

    month = (day.replace(day=1), (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1))
    month_end = month[1] - dt.timedelta(days=1)
    queries: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("filter(within=a day)", lambda: list(summits.filter(within=day)),
         lambda: floor_window(day, day)),
        ("filter(overlapping=a month)", lambda: list(summits.filter(overlapping=f"{day:%Y-%m}")),
         lambda: floor_window(month[0], month_end)),
        ("filter(overlapping=a year)", lambda: list(summits.filter(overlapping=2000)),
         lambda: floor_window(dt.date(2000, 1, 1), dt.date(2000, 12, 31))),
        ("filter(people=Xi and Putin, mode)",
         lambda: list(summits.filter(people=["xi-jinping", "vladimir-putin"], mode="in-person")),
         floor_people_mode),
        ("get(id)", lambda: summits.get(records[n // 3].id), lambda: by_id.get(records[n // 3].id)),
        ("per_year()", summits.per_year, lambda: Counter(years)),
    ]  # fmt: skip
    for name, q, floor in queries:
        if name.startswith("filter"):
            assert len(q()) == len(floor()), name  # type: ignore[arg-type]
        number = 5 if name == "per_year()" else 200
        a, b = paired(q, floor, number, repeat)
        rows.append((size, name, a, "hand-built index", b))

    def floor_build() -> object:
        idx: dict[str, set[int]] = {}
        for i, s in enumerate(records):
            for p in s.people:
                idx.setdefault(p, set()).add(i)
        return sorted(range(n), key=lambda i: (records[i].date.earliest, records[i].id))

    a, b = paired(
        lambda: sinorussia.SummitCollection(records).filter(within=2000, people="Xi Jinping"),
        floor_build,
        1,
        rep,
    )
    rows.append((size, "first filter (sorts, builds indexes)", a, "hand-built index", b))
    return rows


# --- output -----------------------------------------------------------------------------


def fmt(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.2f} µs"


def print_table(rows: list[Row]) -> None:
    print(
        f"{'size':>9}  {'measure':<40}{'median':>11}   {'reference':<20}{'median':>11}{'ratio':>7}"
    )
    for size, name, value, ref, ref_value in rows:
        if not value:
            print(f"{size:>9}  {name}")
        elif ref_value is None:
            print(f"{size:>9}  {name:<40}{fmt(value):>11}")
        else:
            print(
                f"{size:>9}  {name:<40}{fmt(value):>11}   {ref:<20}{fmt(ref_value):>11}"
                f"{value / ref_value:7.2f}"
            )


def markdown(rows: list[Row]) -> str:
    out = ["| size | measure | median | reference | median | ratio |", "| --- | --- | ---: | --- | ---: | ---: |"]  # fmt: skip
    for size, name, value, ref, ref_value in rows:
        if not value:
            out.append(f"| {size} | {name} | | | | |")
        elif ref_value is None:
            out.append(f"| {size} | {name.strip()} | {fmt(value)} | | | |")
        else:
            out.append(
                f"| {size} | {name} | {fmt(value)} | {ref} | {fmt(ref_value)} "
                f"| {value / ref_value:.2f} |"
            )
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--markdown", type=Path, help="also write the table here")
    args = parser.parse_args()
    repeat = 5 if args.quick else 11
    rows = process_rows(repeat) + record_rows(repeat)
    for n in args.sizes:
        rows += scale_rows(n, repeat)
    ds = sinorussia.load()
    print(
        f"sinorussia {sinorussia.__version__}, data {ds.data_version}, Python {sys.version.split()[0]}"
    )
    print_table(rows)
    if args.markdown:
        args.markdown.write_text(markdown(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
