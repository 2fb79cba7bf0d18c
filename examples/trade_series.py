"""China–Russia trade turnover year by year: one statistical series, or the composite line.

Run it with ``python examples/trade_series.py``. With matplotlib installed, pass ``--plot
FILE.png`` to draw the composite line, coloured by series; it breaks where no series has a
figure.
"""

from __future__ import annotations

import argparse
import sys

import sinorussia


def table(statistical_source: str | None = "CN-GACC") -> list[str]:
    series = sinorussia.load().trade_figures.annual(statistical_source)
    label = statistical_source or "no statistical source named"
    lines = [f"Bilateral trade turnover, billion USD ({label})"]
    for year, figure in zip(series.years, series.figures, strict=True):
        lines.append(f"{year}  {'—' if figure is None else figure.value:>10}")
    lines.append(f"gaps: {', '.join(map(str, series.gaps)) or 'none'}")
    return lines


def composite() -> list[str]:
    line = sinorussia.load().trade_figures.composite("turnover", start=1992)
    lines = ["Bilateral trade turnover, billion USD, best series each year"]
    for year in line.years:
        value = line.value(year)
        lines.append(f"{year}  {'—' if value is None else value:>10}  {line.series_of(year) or ''}")
    return lines


def plot(path: str) -> None:
    """Draw every statistical series of turnover to *path* (needs the ``plot`` extra)."""
    from sinorussia import plot

    plot.trade(sinorussia.load().trade_figures).savefig(path, dpi=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plot", metavar="FILE.png", help="also draw the series to this file")
    args = parser.parse_args(argv)
    print("\n".join(table()))
    print()
    print("\n".join(composite()))
    if args.plot:
        try:
            plot(args.plot)
        except sinorussia.MissingExtraError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"wrote {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
