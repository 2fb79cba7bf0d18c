"""How sinorussia scales: load, dump and queries at 1k, 10k and 100k summits, against references.

Run with ``python benchmarks/scale.py`` (``--sizes 1000 10000`` for fewer; ``pip install
'.[bench]' msgspec`` for the references). Prints medians per record or per query, and the
ratio to a reference measured in the same run:

- loading: pydantic v2 (a ``TypeAdapter`` over models mirroring the summit field for field,
  with the same checks: EDTF dates parsed, country codes checked, at least one citation) and
  msgspec (structs with the same fields, for context);
- queries: a hand-built floor, a dict by id and a list of days sorted for ``bisect``;
- peak memory of a load (tracemalloc).

Nothing here asserts a time; the results go into docs/performance.md.
"""

import argparse
import bisect
import datetime as dt
import random
import statistics
import tempfile
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from mirrors import msgspec_summits_loader, pydantic_summit

import sinorussia


def median(fn: Callable[[], object], number: int, repeat: int = 5) -> float:
    return statistics.median(t / number for t in timeit.repeat(fn, number=number, repeat=repeat))


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


def pydantic_loader() -> Callable[[bytes], object] | None:
    try:
        summit = pydantic_summit()
    except ImportError:
        return None
    import pydantic

    adapter = pydantic.TypeAdapter(list[summit])  # type: ignore[valid-type]
    return adapter.validate_json  # type: ignore[no-any-return]


def msgspec_loader() -> Callable[[bytes], object] | None:
    try:
        return msgspec_summits_loader()  # type: ignore[no-any-return]
    except ImportError:
        return None


def run_size(n: int, refs: dict[str, Callable[[bytes], object] | None], rows: list[Any]) -> None:
    """Measure everything at *n* summits, appending rows."""
    ds = synthetic(n)
    folder = Path(tempfile.mkdtemp()) / "data"
    sinorussia.dump(ds, folder)
    blob = (folder / "summits.json").read_bytes()
    rep = 3 if n >= 100_000 else 5
    t_load = median(lambda: sinorussia.load(folder), 1, rep) / n
    for name, loader in refs.items():
        if loader is not None:
            t_ref = median(lambda loader=loader: loader(blob), 1, rep) / n
            rows.append((n, "load(), per summit (with 666 sources)", t_load, name, t_ref))
    tracemalloc.start()
    sinorussia.load(folder)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    out = Path(tempfile.mkdtemp()) / "out"
    t_dump = median(lambda: sinorussia.dump(ds, out), 1, rep) / n
    rows.append((n, "dump(), per summit", t_dump, "load()", t_load))
    rows.append((n, f"peak memory of load(): {peak / 2**20:.0f} MiB", 0.0, "", None))

    summits = sinorussia.load(folder).summits
    records = list(summits)
    by_id = {s.id: s for s in records}
    days = sorted((s.date.earliest, i) for i, s in enumerate(records))  # type: ignore[misc]
    keys = [d for d, _ in days]
    one_day = records[len(records) // 2].date.earliest
    assert one_day is not None

    def floor_day() -> object:
        lo = bisect.bisect_left(keys, one_day)
        hi = bisect.bisect_right(keys, one_day)
        return [records[i] for _, i in days[lo:hi]]

    def floor_year() -> object:
        lo = bisect.bisect_left(keys, dt.date(2000, 1, 1))
        hi = bisect.bisect_right(keys, dt.date(2000, 12, 31))
        return [records[i] for _, i in days[lo:hi]]

    summits.filter(within=2000)  # indexes built before timing, as in a session
    queries = [
        ("filter(within=one day)", lambda: summits.filter(within=one_day), floor_day),
        ("filter(overlapping=2000)", lambda: summits.filter(overlapping=2000), floor_year),
        ("get(id)", lambda: summits.get(records[n // 3].id), lambda: by_id.get(records[n // 3].id)),
    ]  # fmt: skip
    for name, ours, floor in queries:
        rows.append((n, name, median(ours, 200), "dict+bisect floor", median(floor, 200)))
    rows.append((n, "per_year()", median(summits.per_year, 3), "", None))
    rows.append((n, "first filter (builds the indexes)",
                 median(lambda: sinorussia.SummitCollection(records).filter(within=2000), 1, 3),
                 "", None))  # fmt: skip
    rows.append((n, "from_json(to_json(summit))",
                 median(lambda: sinorussia.serialize.from_json(sinorussia.serialize.to_json(records[0]), sinorussia.Summit), 500),
                 "", None))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    args = parser.parse_args()
    refs = {"pydantic v2": pydantic_loader(), "msgspec": msgspec_loader()}
    rows: list[tuple[int, str, float, str, float | None]] = []
    for n in args.sizes:
        run_size(n, refs, rows)
    print(f"{'N':>7}  {'measure':<40}{'median':>12}   {'reference':<20}{'median':>12}{'ratio':>8}")
    for n, name, value, ref, ref_value in rows:
        if not value:
            print(f"{n:>7}  {name}")
            continue
        shown = f"{value * 1e6:9.2f} µs" if value < 1e-3 else f"{value * 1e3:9.2f} ms"
        if ref_value is None:
            print(f"{n:>7}  {name:<40}{shown:>12}")
            continue
        ref_shown = (
            f"{ref_value * 1e6:9.2f} µs" if ref_value < 1e-3 else f"{ref_value * 1e3:9.2f} ms"
        )
        print(f"{n:>7}  {name:<40}{shown:>12}   {ref:<20}{ref_shown:>12}{value / ref_value:8.2f}")


if __name__ == "__main__":
    import sinorussia.serialize

    main()
