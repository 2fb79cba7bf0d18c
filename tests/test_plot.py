"""sinorussia.plot: each figure is drawn from the records given, on the axes given."""

from __future__ import annotations

import sys

import pytest
from matplotlib.figure import Figure

import sinorussia
from sinorussia import plot


def test_timeline_draws_every_dated_meeting_once_by_mode() -> None:
    summits = sinorussia.load().summits
    fig = plot.meetings_timeline(summits)
    points = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
    assert points == sum(1 for s in summits if s.date.earliest and s.date.latest)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Heads of state", "Heads of government", "Foreign ministers"]


def test_exercises_per_year_stacks_to_the_yearly_count() -> None:
    ex = sinorussia.load().exercises
    fig = plot.exercises_per_year(ex)
    ax = fig.axes[0]
    total = sum(patch.get_height() for patch in ax.patches)
    assert total == sum(1 for e in ex if e.date.earliest)
    assert "not stated" in [t.get_text() for t in ax.get_legend().get_texts()] or all(
        e.domain for e in ex
    )


def test_trade_draws_each_series_apart_and_marks_estimates() -> None:
    fig = plot.trade(sinorussia.load().trade_figures)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["CN-GACC", "CN-MOFCOM", "RU-FCS", "no statistical body named"]
    gacc = fig.axes[0].lines[0]
    assert float(gacc.get_ydata()[list(gacc.get_xdata()).index(2023)]) == pytest.approx(240.11)


def test_map_on_given_axes_and_own_places() -> None:
    ds = sinorussia.load()
    fig = Figure()
    ax = fig.subplots()
    assert plot.places_map(ds.summits, ax=ax) is fig
    meetings = ax.collections[0]
    with_point = {s.place for s in ds.summits if s.place and ds.place(s.place).latitude is not None}
    assert len(meetings.get_offsets()) == len(with_point)
    empty = plot.places_map(ds.summits, places=[])
    assert list(empty.axes[0].collections) == []


def test_a_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(sinorussia.MissingExtraError, match=r"sinorussia\[plot\]") as info:
        plot.trade(sinorussia.load().trade_figures)
    assert isinstance(info.value, ImportError) and info.value.extra == "plot"
