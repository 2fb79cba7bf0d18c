"""China–Russia trade turnover year by year, one statistical series at a time, gaps shown.

Run it with ``python examples/trade_series.py``. With matplotlib installed, pass ``--plot
FILE.png`` to draw the main series; the line breaks where a year has no sourced figure.
"""

from __future__ import annotations

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


def plot(path: str) -> None:  # pragma: no cover - needs matplotlib, an optional extra
    import matplotlib.pyplot as plt

    series = sinorussia.load().trade_figures.annual("CN-GACC")
    plt.plot(series.years, series.floats(), marker="o")
    plt.title("China–Russia trade turnover (China customs, billion USD)")
    plt.savefig(path)


if __name__ == "__main__":
    print("\n".join(table()))
    if len(sys.argv) == 3 and sys.argv[1] == "--plot":
        plot(sys.argv[2])
