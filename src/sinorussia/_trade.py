"""Trade figures: their collection, one statistical series year by year, and the composite line.

Two series are never mixed: a series is one statistical body, metric, unit and currency.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable
from decimal import Decimal
from typing import ClassVar, Never

import attrs

from ._codes import check_statistical_source
from ._models import Currency, Metric, Qualifier, TradeFigure, Unit
from ._public import publish
from ._query import Collection, When, _check_code
from .exceptions import InvalidArgumentError, InvalidFieldError

__all__ = ["UNATTRIBUTED", "CompositeSeries", "TradeFigureCollection", "TradeSeries"]

Codes = str | Iterable[str]


class _YearByYear:
    """What every year-by-year line of figures offers (the classes give the fields)."""

    years: tuple[int, ...]
    figures: tuple[TradeFigure | None, ...]

    @property
    def values(self) -> tuple[Decimal | None, ...]:
        """The value of each year, ``None`` in a gap (exact decimals)."""
        return tuple(f.value if f else None for f in self.figures)

    def floats(self) -> list[float]:
        """The values as floats for plotting, ``nan`` in a gap (so a line breaks there)."""
        return [float(v) if v is not None else float("nan") for v in self.values]

    @property
    def gaps(self) -> tuple[int, ...]:
        """The years inside the series' span that have no figure."""
        return tuple(y for y, f in zip(self.years, self.figures, strict=True) if f is None)

    def value(self, year: int) -> Decimal | None:
        """The figure for *year*, or ``None`` (a gap, or outside the series)."""
        f = self.figure(year)
        return f.value if f else None

    def figure(self, year: int) -> TradeFigure | None:
        """The :class:`TradeFigure` for *year*, or ``None``."""
        if self.years and self.years[0] <= year <= self.years[-1]:
            return self.figures[year - self.years[0]]
        return None

    @property
    def estimates(self) -> tuple[int, ...]:
        """The years whose figure the source qualifies (``"about"``, ``"more-than"``, ...)."""
        return tuple(f.date.year for f in self.figures if f and f.estimate and f.date.year)


@attrs.frozen(kw_only=True)
class TradeSeries(_YearByYear):
    """One statistical series laid out year by year, with gaps kept as ``None``.

    Attributes:
        key: ``(statistical_source, metric, unit, currency)``.
        years: Every year from the first to the last figure, gaps included.
        figures: The :class:`TradeFigure` of each year, or ``None`` for a gap.

    >>> import sinorussia
    >>> s = sinorussia.load().trade_figures.annual("CN-GACC")
    >>> s.value(2023)
    Decimal('240.11')
    """

    key: tuple[str | None, str, str, str | None]
    years: tuple[int, ...]
    figures: tuple[TradeFigure | None, ...]


UNATTRIBUTED = "unattributed"
"""What :meth:`CompositeSeries.series_of` names for a figure no statistical body is given for."""

DEFAULT_ORDER: tuple[str | None, ...] = ("CN-GACC", "RU-FCS", "CN-MOFCOM", None)


@attrs.frozen(kw_only=True)
class CompositeSeries(_YearByYear):
    """One annual line drawn from several statistical series, each year labelled with its series.

    Built by :meth:`TradeFigureCollection.composite`: for every year it takes the figure of
    the first series in :attr:`order` that has one, so the line is continuous where any
    series is, and :meth:`series_of` says where each value came from. Series are not
    adjusted to each other; a change of series between two years is a change of source,
    not of trade, so compare neighbouring years of different series with care.

    Attributes:
        metric: The metric (``"turnover"``).
        order: The statistical sources in order of preference; ``None`` stands for figures
            no statistical body is given for.
        years: Every year from the first to the last figure, gaps included.
        figures: The :class:`TradeFigure` used for each year, or ``None`` for a gap.

    >>> import sinorussia
    >>> line = sinorussia.load().trade_figures.composite("turnover")
    >>> line.value(2023), line.series_of(2023)
    (Decimal('240.11'), 'CN-GACC')
    >>> line.series_of(2007)
    'unattributed'
    """

    metric: str
    order: tuple[str | None, ...]
    years: tuple[int, ...]
    figures: tuple[TradeFigure | None, ...]

    def series_of(self, year: int) -> str | None:
        """The statistical source of *year*'s value (:data:`UNATTRIBUTED` if none is named).

        ``None`` where the line has no value for *year*.
        """
        f = self.figure(year)
        if f is None:
            return None
        return f.statistical_source or UNATTRIBUTED


class TradeFigureCollection(Collection[TradeFigure]):
    """Trade figures, with the series helpers only trade figures have.

    >>> import sinorussia
    >>> sinorussia.load().trade_figures.annual("CN-GACC").value(2023)
    Decimal('240.11')
    """

    __slots__ = ()
    item_class: ClassVar[type[TradeFigure]] = TradeFigure

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        participants: Codes | None = None,
        any_participants: Codes | None = None,
        strict: bool = False,
        metric: Metric | Iterable[Metric] | None = None,
        statistical_source: Codes | None = None,
        qualifier: Qualifier | Iterable[Qualifier] | None = None,
        text: str | None = None,
        cites: str | None = None,
        **unexpected: Never,
    ) -> TradeFigureCollection:
        """Trade figures matching *every* criterion given; a new collection.

        The keywords mean what they mean for
        :meth:`SummitCollection.filter <sinorussia.SummitCollection.filter>`; *metric* is
        one of :data:`~sinorussia.Metric`, *statistical_source* a code such as
        ``"CN-GACC"``, *qualifier* ``"exact"`` or how an estimate is qualified.

        Raises:
            ~sinorussia.InvalidArgumentError: a value is not one the keyword allows.
            ~sinorussia.UnknownKeywordError: a keyword trade figures do not have.

        >>> import sinorussia
        >>> t = sinorussia.load().trade_figures.filter(statistical_source="CN-GACC", within=2023)
        >>> "trade-cn-gacc-2023-turnover" in t.ids
        True
        """
        return self._where(
            unexpected,
            overlapping=overlapping,
            within=within,
            participants=participants,
            any_participants=any_participants,
            strict=strict,
            metric=metric,
            statistical_source=statistical_source,
            qualifier=qualifier,
            text=text,
            cites=cites,
        )

    def series(
        self,
    ) -> dict[tuple[str | None, str, str, str | None], TradeFigureCollection]:
        """The trade figures split by series key ``(statistical_source, metric, unit, currency)``.

        Two series are never mixed: each value here is one time series.

        >>> import sinorussia
        >>> keys = sinorussia.load().trade_figures.series()
        >>> ("CN-GACC", "turnover", "billion", "USD") in keys
        True
        """
        groups: dict[tuple[str | None, str, str, str | None], set[int]] = {}
        for i in self._positions:
            groups.setdefault(self._root.records[i].series, set()).add(i)
        return {k: self._sub(frozenset(v)) for k, v in sorted(groups.items(), key=str)}

    def annual(
        self,
        statistical_source: str | None,
        *,
        metric: Metric = "turnover",
        unit: Unit = "billion",
        currency: Currency | None = "USD",
    ) -> TradeSeries:
        """One series as a year-by-year :class:`TradeSeries`, gaps as ``None``.

        Only figures for a whole calendar year (``date`` at year precision) are used.
        ``statistical_source=None`` selects the series of figures whose source names no
        statistical body.

        Raises:
            ~sinorussia.InvalidArgumentError: *statistical_source*, *metric*, *unit* or
                *currency* is not a known value (an unknown series is an error, not an
                empty series).
            ~sinorussia.InvalidFieldError: two figures of the series claim the same year.

        >>> import sinorussia
        >>> s = sinorussia.load().trade_figures.annual("CN-GACC")
        >>> s.years[0] <= 2023 <= s.years[-1]
        True
        """
        if statistical_source is not None:
            _check_code(check_statistical_source, statistical_source, "statistical_source")
        for argument, value, allowed in (
            ("metric", metric, typing.get_args(Metric)),
            ("unit", unit, typing.get_args(Unit)),
            ("currency", currency, (*typing.get_args(Currency), None)),
        ):
            if value not in allowed:
                raise InvalidArgumentError(
                    argument, value, f"{value!r} is not allowed; expected one of {allowed!r}"
                )
        key = (statistical_source, metric, unit, currency)
        by_year: dict[int, TradeFigure] = {}
        for f in self:
            if f.series == key and f.date.precision == "year" and not f.date.qualified:
                year = f.date.year
                assert year is not None
                if year in by_year:
                    raise InvalidFieldError(
                        "date",
                        str(f.date),
                        f"{f.id!r} and {by_year[year].id!r} both give {year} in series {key}",
                    )
                by_year[year] = f
        if not by_year:
            return TradeSeries(key=key, years=(), figures=())
        years = tuple(range(min(by_year), max(by_year) + 1))
        return TradeSeries(key=key, years=years, figures=tuple(by_year.get(y) for y in years))

    def composite(
        self,
        metric: Metric = "turnover",
        *,
        order: Iterable[str | None] = DEFAULT_ORDER,
        start: int | None = None,
        end: int | None = None,
    ) -> CompositeSeries:
        """One annual line in billion USD, taking each year from the first series that has it.

        The default *order* prefers China's customs administration (``"CN-GACC"``), then
        Russia's customs service (``"RU-FCS"``), then China's commerce ministry
        (``"CN-MOFCOM"``), then figures that name no statistical body (``None``); leave
        ``None`` out of *order* for a line of attributed figures only. Each year says which
        series its value came from (:meth:`CompositeSeries.series_of`). *start* and *end*
        widen the span to show gaps at its ends.

        Raises:
            ~sinorussia.InvalidArgumentError: *metric* or a code in *order* is unknown, or
                a code appears twice.

        >>> import sinorussia
        >>> line = sinorussia.load().trade_figures.composite("turnover", start=1992, end=2025)
        >>> len(line.years), len(line.gaps) <= 5
        (34, True)
        """
        order = tuple(order)
        for code in order:
            if code is not None:
                _check_code(check_statistical_source, code, "order")
        if len(set(order)) != len(order) or not order:
            raise InvalidArgumentError(
                "order", order, "must name each statistical source at most once, and at least one"
            )
        series = [self.annual(code, metric=metric) for code in order]
        years_seen = [y for s in series for y in s.years if s.figure(y) is not None]
        if start is not None:
            years_seen.append(start)
        if end is not None:
            years_seen.append(end)
        if not years_seen:
            return CompositeSeries(metric=metric, order=order, years=(), figures=())
        years = tuple(range(min(years_seen), max(years_seen) + 1))
        figures = tuple(
            next((f for s in series if (f := s.figure(y)) is not None), None) for y in years
        )
        return CompositeSeries(metric=metric, order=order, years=years, figures=figures)


__test__ = publish(CompositeSeries, TradeFigureCollection, TradeSeries)
