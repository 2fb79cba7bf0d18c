"""A typical user script, checked with ``mypy --strict`` in CI (see .ci/run).

The lines marked ``# type: ignore[...]`` are misuses: with ``warn_unused_ignores`` (part of
``--strict``) mypy fails if any of them stops being a type error, so this file asserts that
the type checker catches each one.
"""

from __future__ import annotations

from decimal import Decimal

import sinorussia
from sinorussia import Mode, Summit, SummitCollection, TradeSeries


def in_person_meetings(year: int, mode: Mode = "in-person") -> list[tuple[str, str | None]]:
    ds = sinorussia.load()
    met: SummitCollection = ds.summits.filter(within=year, people=["Xi Jinping"], mode=mode)
    first: Summit = met[0]
    sliced: SummitCollection = met[1:3]
    assert len(sliced) <= 2
    return [(str(s.date), s.place) for s in met] + [(first.id, None)]


def turnover(year: int) -> Decimal | None:
    series: TradeSeries = sinorussia.load().trade_figures.annual("CN-GACC")
    return series.value(year)


def misuses() -> None:
    ds = sinorussia.load()
    ds.summits.filter(domain="naval")  # type: ignore[arg-type]
    ds.summits.filter(mode="in person")  # type: ignore[arg-type]
    ds.exercises.filter(mode="video")  # type: ignore[arg-type]
    ds.summits.annual("CN-GACC")  # type: ignore[attr-defined]
    ds.trade_figures.annual("CN-GACC", metric="turnovr")  # type: ignore[arg-type]
    version: int = sinorussia.__version__  # type: ignore[assignment]
    del version


def round_trip(text: str) -> Summit:
    from sinorussia.serialize import from_json

    summit: Summit = from_json(text, Summit)
    return summit
