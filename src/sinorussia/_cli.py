"""The ``sinorussia`` command: an overview of the data, and a checker for data folders."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

from ._dataset import Dataset
from ._folder import load
from .exceptions import DataError


def overview(dataset: Dataset) -> str:
    """A plain-text overview: counts by kind and decade, and the sources most cited.

    >>> import sinorussia
    >>> print(overview(sinorussia.load()).splitlines()[0])
    sinorussia data ...
    """
    lines = [f"sinorussia data {dataset.data_version or '(unversioned)'}", ""]
    kinds = (
        ("agreements", dataset.agreements),
        ("summits", dataset.summits),
        ("exercises", dataset.exercises),
        ("trade figures", dataset.trade_figures),
    )
    decades: list[int] = sorted(
        {(r.date.earliest.year // 10) * 10 for r in dataset.records() if r.date.earliest}
    )
    header = f"{'':<14}" + "".join(f"{d}s".rjust(7) for d in decades) + "  total".rjust(8)
    lines.append(header)
    for label, coll in kinds:
        by = Counter((r.date.earliest.year // 10) * 10 for r in coll if r.date.earliest)
        row = f"{label:<14}" + "".join(str(by.get(d, "")).rjust(7) for d in decades)
        lines.append(row + str(len(coll)).rjust(8))
    lines.append(f"{'sources':<14}" + " " * (7 * len(decades)) + str(len(dataset.sources)).rjust(8))
    in_person = dataset.summits.filter(
        participants=["CHN", "RUS"], mode="in-person", level="heads-of-state"
    )
    lines += ["", f"In-person leader meetings (China and Russia): {len(in_person)}"]
    if in_person:
        last = in_person[-1]
        lines.append(
            f"Latest: {last.date} {last.place or ''} - {last.occasion or last.kind or ''}".rstrip(
                " -"
            )
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m sinorussia`` and the ``sinorussia`` script."""
    parser = argparse.ArgumentParser(
        prog="sinorussia", description="Overview of the sinorussia data, or check a data folder."
    )
    parser.add_argument(
        "folder", nargs="?", help="a data folder to check and summarise (default: the bundled data)"
    )
    args = parser.parse_args(argv)
    try:
        dataset = load(args.folder)
    except (DataError, FileNotFoundError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(overview(dataset))
    return 0
