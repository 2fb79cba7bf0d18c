"""China–Russia trade turnover year by year: one statistical series, or the composite line.

Run it with ``python examples/trade_series.py``. With matplotlib installed, pass ``--plot
FILE.png`` to draw the composite line, coloured by series; it breaks where no series has a
figure.
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


def composite() -> list[str]:
    line = sinorussia.load().trade_figures.composite("turnover", start=1992)
    lines = ["Bilateral trade turnover, billion USD, best series each year"]
    for year in line.years:
        value = line.value(year)
        lines.append(f"{year}  {'—' if value is None else value:>10}  {line.series_of(year) or ''}")
    return lines


def plot(path: str) -> None:  # pragma: no cover - needs matplotlib, an optional extra
    import matplotlib.pyplot as plt

    line = sinorussia.load().trade_figures.composite("turnover", start=1992)
    plt.plot(line.years, line.floats(), color="grey")
    for code in line.order:
        label = code or sinorussia.UNATTRIBUTED
        years = [y for y in line.years if line.series_of(y) == label]
        plt.plot(years, [line.value(y) for y in years], "o", label=label)
    plt.legend()
    plt.title("China–Russia trade turnover (billion USD)")
    plt.savefig(path)


if __name__ == "__main__":
    print("\n".join(table()))
    print()
    print("\n".join(composite()))
    if len(sys.argv) == 3 and sys.argv[1] == "--plot":
        plot(sys.argv[2])
