"""Figures drawn from the data: meetings over time, exercises per year, trade, a map.

Each function takes records (a collection of the bundled data, a filtered one, or records of
your own), draws on *ax* when given (else on a new figure), and returns the
:class:`matplotlib.figure.Figure`, so you can restyle it and save it. matplotlib is an
optional extra: ``pip install 'sinorussia[plot]'``; without it every function raises
:class:`~sinorussia.MissingExtraError` naming the extra. No pyplot state is touched.

>>> import sinorussia
>>> from sinorussia import plot
>>> fig = plot.meetings_timeline(sinorussia.load().summits)
>>> fig.axes[0].get_title()
'Meetings and calls between China and Russia'
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._entities import Place
from ._models import Domain, Exercise, Summit, TradeFigure
from ._names import bundled_names
from ._query import Collection
from .exceptions import MissingExtraError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["exercises_per_year", "meetings_timeline", "places_map", "trade"]

_LEVELS = ("heads-of-state", "heads-of-government", "foreign-ministers", "ministers")
_LEVEL_LABELS = {
    "heads-of-state": "Heads of state",
    "heads-of-government": "Heads of government",
    "foreign-ministers": "Foreign ministers",
    "ministers": "Other ministers",
}
_MODE_MARKERS = {
    "in-person": ("o", "in person"),
    "video": ("s", "by video"),
    "phone": ("^", "by phone"),
}
_DOMAINS: tuple[Domain | None, ...] = ("naval", "air", "land", "combined", "cyber", None)


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingExtraError("sinorussia.plot", "matplotlib", "plot") from None
    if ax is not None:
        return ax
    return Figure(figsize=size, layout="constrained").subplots()


def _figure(ax: Axes) -> Figure:
    fig = ax.get_figure()
    assert fig is not None
    return fig  # type: ignore[return-value]


def _middle(record: Summit | Exercise | TradeFigure) -> float | None:
    """The middle of the record's date as a fractional year (2014.5 is early July 2014)."""
    lo, hi = record.date.earliest, record.date.latest
    if lo is None or hi is None:
        return None
    day = lo + (hi - lo) / 2
    return day.year + (day - dt.date(day.year, 1, 1)).days / 366


def meetings_timeline(summits: Iterable[Summit], *, ax: Axes | None = None) -> Figure:
    """Every meeting and call as a point in time, one row per level, shaped by mode.

    A meeting dated to a month or a range is drawn at its middle; an open-ended date is left
    out.

    Args:
        summits: Summits, e.g. ``ds.summits`` or ``ds.summits.filter(within="2013/2025")``.
        ax: The axes to draw on; a new figure when ``None``.

    Raises:
        ~sinorussia.MissingExtraError: matplotlib is not installed.

    >>> import sinorussia
    >>> from sinorussia import plot
    >>> fig = plot.meetings_timeline(sinorussia.load().summits.filter(people=["Xi Jinping"]))
    >>> len(fig.axes[0].get_legend().get_texts())
    3
    """
    ax = _axes(ax, (10, 3.6))
    records = [s for s in summits if _middle(s) is not None]
    levels = [lv for lv in _LEVELS if any(s.level == lv for s in records)]
    rows = {lv: len(levels) - i for i, lv in enumerate(levels)}
    for mode, (marker, label) in _MODE_MARKERS.items():
        chosen = [s for s in records if s.mode == mode]
        if not chosen:
            continue
        ax.scatter(
            [_middle(s) or 0.0 for s in chosen],
            [rows[s.level] for s in chosen],
            marker=marker,
            s=28,
            alpha=0.7,
            label=label,
        )
    ax.set_yticks(list(rows.values()), [_LEVEL_LABELS[lv] for lv in rows])
    ax.set_ylim(0.4, len(levels) + 0.6)
    ax.set_title("Meetings and calls between China and Russia")
    ax.grid(axis="x", alpha=0.3)
    if records:
        ax.legend(loc="upper left", fontsize="small")
    return _figure(ax)


def exercises_per_year(exercises: Iterable[Exercise], *, ax: Axes | None = None) -> Figure:
    """Joint exercises and patrols per year, stacked by domain.

    A record counts in the year its date starts; exercises whose domain no source states are
    shown as "not stated".

    Raises:
        ~sinorussia.MissingExtraError: matplotlib is not installed.

    >>> import sinorussia
    >>> from sinorussia import plot
    >>> fig = plot.exercises_per_year(sinorussia.load().exercises)
    >>> fig.axes[0].get_ylabel()
    'exercises and patrols'
    """
    ax = _axes(ax, (10, 3.6))
    counts = Counter(
        (e.date.earliest.year, e.domain) for e in exercises if e.date.earliest is not None
    )
    years = list(range(min(y for y, _ in counts), max(y for y, _ in counts) + 1)) if counts else []
    bottom = [0] * len(years)
    for domain in _DOMAINS:
        heights = [counts.get((y, domain), 0) for y in years]
        if not any(heights):
            continue
        ax.bar(years, heights, bottom=bottom, label=domain or "not stated")
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("exercises and patrols")
    ax.set_title("Joint military exercises and patrols per year, by domain")
    if years:
        ax.legend(fontsize="small")
    return _figure(ax)


def trade(
    trade_figures: Iterable[TradeFigure], *, metric: str = "turnover", ax: Axes | None = None
) -> Figure:
    """Every statistical series of one metric as its own line; gaps break the lines.

    Only annual figures in billion USD are drawn. A figure the source qualifies
    (``"about"``, ``"more than"``) is drawn as a hollow marker.

    Raises:
        ~sinorussia.MissingExtraError: matplotlib is not installed.

    >>> import sinorussia
    >>> from sinorussia import plot
    >>> fig = plot.trade(sinorussia.load().trade_figures)
    >>> fig.axes[0].get_ylabel()
    'billion USD'
    """
    ax = _axes(ax, (10, 4))
    series: dict[str | None, dict[int, TradeFigure]] = {}
    for f in trade_figures:
        year = f.date.year
        if (
            f.metric == metric
            and f.unit == "billion"
            and f.currency == "USD"
            and f.date.precision == "year"
            and year is not None
        ):
            series.setdefault(f.statistical_source, {})[year] = f
    for source, by_year in sorted(series.items(), key=lambda kv: (kv[0] is None, kv[0] or "")):
        years = list(range(min(by_year), max(by_year) + 1))
        values = [float(by_year[y].value) if y in by_year else float("nan") for y in years]
        (line,) = ax.plot(
            years, values, marker="o", ms=4, label=source or "no statistical body named"
        )
        estimates = [y for y in years if y in by_year and by_year[y].estimate]
        if estimates:
            ax.plot(
                estimates,
                [float(by_year[y].value) for y in estimates],
                "o",
                ms=8,
                mfc="white",
                color=line.get_color(),
            )
    ax.set_ylabel("billion USD")
    ax.set_title(f"China–Russia trade ({metric}), by statistical series")
    ax.grid(alpha=0.3)
    if series:
        ax.legend(fontsize="small")
    return _figure(ax)


def places_map(
    records: Iterable[Summit | Exercise],
    *,
    places: Iterable[Place] | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Meeting places and exercise areas by longitude and latitude, sized by how often used.

    Places without coordinates (sea areas, regions no source gives a point for) are left
    out. *places* are the places the records' ids refer to: by default those of the
    collection *records* is, or the bundled ones; pass ``ds.places`` for a dataset of your
    own given as a plain list.

    Raises:
        ~sinorussia.MissingExtraError: matplotlib is not installed.

    >>> import sinorussia
    >>> from sinorussia import plot
    >>> ds = sinorussia.load()
    >>> fig = plot.places_map([*ds.summits, *ds.exercises])
    >>> fig.axes[0].get_xlabel()
    'longitude'
    """
    ax = _axes(ax, (10, 5.5))
    if places is not None:
        gazetteer = {p.id: p for p in places}
    elif isinstance(records, Collection):
        gazetteer = dict(records._root.names.places)
    else:
        gazetteer = dict(bundled_names().places)
    used: dict[str, Counter[str]] = {"meetings": Counter(), "exercises": Counter()}
    for r in records:
        if isinstance(r, Summit) and r.place:
            used["meetings"][r.place] += 1
        elif isinstance(r, Exercise):
            used["exercises"].update(r.places)
    for (label, counter), marker in zip(used.items(), ("o", "s"), strict=True):
        points: list[tuple[str, float, float, int]] = []
        for pid, n in counter.items():
            place = gazetteer.get(pid)
            if place is not None and place.latitude is not None and place.longitude is not None:
                points.append((place.name, place.longitude, place.latitude, n))
        if not points:
            continue
        ax.scatter(
            [x for _, x, _, _ in points],
            [y for _, _, y, _ in points],
            s=[20 + 12 * n for *_, n in points],
            marker=marker,
            alpha=0.6,
            label=label,
        )
        for name, x, y, n in points:
            if n >= 3:
                ax.annotate(name, (x, y), fontsize=7)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title("Where leaders met and forces exercised")
    ax.grid(alpha=0.3)
    if ax.collections:
        ax.legend(fontsize="small")
    return _figure(ax)
