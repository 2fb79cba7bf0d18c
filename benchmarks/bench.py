"""Benchmarks for sinorussia: medians, and ratios against a reference measured in the same run.

Run with ``python benchmarks/bench.py`` (add ``--quick`` for fewer repeats). Nothing here
asserts a time; the numbers are for the changelog and for review. Targets from the design:

- ``import sinorussia`` at most 1.15x ``import attrs`` (whole process);
- the first ``load()`` in a fresh process under 20 ms;
- a typical filter under 5 µs at the bundled size;
- a round trip of one record through a reused converter within 2x pydantic v2 on a model
  mirroring it field for field (``pip install '.[bench]'`` for pydantic).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable


def process_median(setup: str, code: str, repeat: int) -> float:
    """Median time of *code* run once in a fresh process after *setup*, in seconds."""
    times = []
    for _ in range(repeat):
        program = (
            f"{setup}; import time; t=time.perf_counter(); {code}; print(time.perf_counter()-t)"
        )
        out = subprocess.run(
            [sys.executable, "-c", program], capture_output=True, text=True, check=True
        ).stdout
        times.append(float(out))
    return statistics.median(times)


def whole_process_median(code: str, repeat: int) -> float:
    """Median wall time of a whole fresh interpreter running *code* (start-up included)."""
    times = []
    for _ in range(repeat):
        start = timeit.default_timer()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(timeit.default_timer() - start)
    return statistics.median(times)


def call_median(fn: Callable[[], object], number: int, repeat: int) -> float:
    """Median seconds per call over *repeat* runs of *number* calls."""
    return statistics.median(t / number for t in timeit.repeat(fn, number=number, repeat=repeat))


def fmt(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds * 1e6:8.2f} µs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    rp = 7 if args.quick else 21

    rows: list[tuple[str, float, str, float]] = []

    # 1. import cost, whole process, against import attrs
    base = whole_process_median("import attrs", rp)
    ours = whole_process_median("import sinorussia", rp)
    rows.append(("import sinorussia (process)", ours, "import attrs", base))

    # 2. first load() in a fresh process. ``import sinorussia`` defers building the record
    # classes (and importing attrs) to first use, so the first load() pays for them; the
    # second line isolates reading the data, with the modules already imported.
    first = process_median("import sinorussia", "sinorussia.load()", rp)
    data_only = process_median(
        "import sinorussia, sinorussia._folder, orjson", "sinorussia.load()", rp
    )
    raw = process_median(
        "import json, os, sinorussia",
        "d = os.path.join(os.path.dirname(sinorussia.__file__), 'data'); "
        "[json.loads(open(os.path.join(d, n), 'rb').read()) for n in os.listdir(d) if n.endswith('.json')]",
        rp,
    )
    rows.append(("first load() (fresh process)", first, "json.loads of the files", raw))
    rows.append(("load() with modules imported", data_only, "json.loads of the files", raw))

    import sinorussia
    from sinorussia.serialize import from_json, make_converter, to_json

    ds = sinorussia.load()
    summits = ds.summits

    # 3. a typical filter, against a list comprehension doing the same scan
    def typical() -> object:
        return summits.filter(overlapping=2022, participants=("CHN", "RUS"))

    window = sinorussia.UncertainDate.parse("2022")
    records = list(summits)

    def scan() -> object:
        return [
            s
            for s in records
            if s.date.overlaps(window) and "CHN" in s.participants and "RUS" in s.participants
        ]

    assert {s.id for s in typical()} == {s.id for s in scan()}  # type: ignore[attr-defined]
    rows.append(
        (
            "filter(overlapping=2022, participants)",
            call_median(typical, 2000, rp),
            "list scan",
            call_median(scan, 200, rp),
        )
    )

    def chained() -> object:
        return summits.filter(mode="in-person").filter(people=["Xi Jinping", "Vladimir Putin"])

    rows.append(("two chained filters", call_median(chained, 2000, rp), "list scan", rows[-1][3]))

    # 4. JSON round trip of the whole dataset, against the standard library on plain data
    import json

    text = to_json(ds)
    plain = json.loads(text)
    rt = call_median(lambda: from_json(to_json(ds), sinorussia.Dataset), 3, max(3, rp // 3))
    ref = call_median(lambda: json.loads(json.dumps(plain)), 3, max(3, rp // 3))
    rows.append(("JSON round trip of the dataset", rt, "json dumps+loads of plain data", ref))

    # 5. round trip of one record through a reused converter and through the public
    # to_json/from_json, against pydantic v2 on a model mirroring Summit field for field
    # (the same checks: dates parsed as EDTF, codes checked, at least one citation).
    conv = make_converter()
    summit = summits.lookup("summit-2022-09-15-samarkand")
    assert conv.structure(conv.unstructure(summit), sinorussia.Summit) == summit
    reused = call_median(
        lambda: conv.structure(conv.unstructure(summit), sinorussia.Summit), 2000, rp
    )
    public = call_median(lambda: from_json(to_json(summit), sinorussia.Summit), 2000, rp)
    try:
        pyd = _pydantic_round_trip(to_json(summit))
    except ImportError:
        print("(pydantic is not installed: pip install '.[bench]' for the reference)")
    else:
        rows.append(("round trip of a summit, reused converter", reused, "pydantic v2", pyd))
        rows.append(("to_json + from_json of a summit", public, "pydantic v2 (JSON)", pyd))

    n = {
        k: len(getattr(ds, k))
        for k in ("sources", "agreements", "summits", "exercises", "trade_figures")
    }
    print(f"sinorussia {sinorussia.__version__}, data {ds.data_version}: {n}")
    print(f"{'measure':<42}{'median':>12}   {'reference':<32}{'median':>12}{'ratio':>8}")
    for name, value, ref_name, ref_value in rows:
        print(
            f"{name:<42}{fmt(value):>12}   {ref_name:<32}{fmt(ref_value):>12}{value / ref_value:8.2f}"
        )


def _pydantic_round_trip(text: str) -> float:
    """Seconds per JSON round trip of a summit through pydantic models with the same checks."""
    from mirrors import pydantic_summit

    Summit = pydantic_summit()
    model = Summit.model_validate_json(text)
    return call_median(
        lambda: Summit.model_validate_json(model.model_dump_json(exclude_defaults=True)), 2000, 7
    )


if __name__ == "__main__":
    main()
