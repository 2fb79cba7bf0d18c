"""Typed, immutable collections of records with indexed, chainable filters."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, Generic, Literal, TypeVar, overload

import attrs

from ._dates import UncertainDate
from ._models import Agreement, DatedRecord, Source, TradeFigure
from ._vocab import check_country
from .exceptions import InvalidCodeError, InvalidFieldError, RecordNotFoundError

__all__ = ["Collection", "TradeSeries", "When"]


R = TypeVar("R", bound=DatedRecord | Source)

When = UncertainDate | str | int | dt.date
"""What a date filter accepts: an :class:`UncertainDate`, EDTF text, a year, or a day."""

_TEXT_FIELDS = (
    "name",
    "title",
    "other_titles",
    "summary",
    "place",
    "area",
    "occasion",
    "leaders",
    "signatories",
    "series",
    "authors",
    "outlet",
)
# filter keyword -> record fields it may read (the first one a record type has is used)
_FIELD_FILTERS: dict[str, tuple[str, ...]] = {
    "kind": ("kind",),
    "domain": ("domain",),
    "mode": ("mode",),
    "level": ("level",),
    "framework": ("framework",),
    "metric": ("metric",),
    "statistical_source": ("statistical_source",),
    "country": ("country", "host"),
}


@lru_cache(maxsize=1024)
def _bounds_of_text(text: str) -> tuple[dt.date | None, dt.date | None]:
    d = UncertainDate.parse(text)
    return d.earliest, d.latest


def _bounds(when: When) -> tuple[dt.date | None, dt.date | None]:
    """The window a date filter means: its earliest and latest day (``None`` = unbounded)."""
    if isinstance(when, bool):
        raise InvalidFieldError(
            "when", when, f"{when!r} is not a date; give a year, EDTF text or a date"
        )
    if isinstance(when, int):
        return _bounds_of_text(f"{when:04d}") if 1 <= when <= 9999 else _bounds_of_text(str(when))
    if isinstance(when, str):
        return _bounds_of_text(when)
    if isinstance(when, UncertainDate):
        return when.earliest, when.latest
    if isinstance(when, dt.date):
        day = when if type(when) is dt.date else dt.date(when.year, when.month, when.day)
        return day, day
    raise InvalidFieldError(
        "when",
        when,
        f"{when!r} is not a date; give a year, EDTF text, a datetime.date or an UncertainDate",
    )


@attrs.frozen(kw_only=True)
class TradeSeries:
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
        for y, f in zip(self.years, self.figures, strict=True):
            if y == year:
                return f.value if f else None
        return None


class _Root(Generic[R]):
    """All records of one kind in date order, with lazily built indexes."""

    __slots__ = (
        "_by_field",
        "_by_id",
        "_cites",
        "_haystack",
        "_hi",
        "_lo",
        "_qualified",
        "_unbounded",
        "_years",
        "all",
        "item_type",
        "records",
    )

    def __init__(self, records: tuple[R, ...], item_type: type[R]) -> None:
        self.item_type = item_type
        date_of = _date_getter(item_type)
        self.records = tuple(sorted(records, key=lambda r: (_key(date_of(r)), r.id)))
        self.all = frozenset(range(len(self.records)))
        self._by_field: dict[str, dict[object, frozenset[int]]] = {}
        self._by_id: dict[str, int] | None = None
        self._cites: dict[str, frozenset[int]] | None = None
        self._haystack: tuple[str, ...] | None = None
        self._years: dict[int, frozenset[int]] | None = None
        self._lo: list[dt.date | None] = []
        self._hi: list[dt.date | None] = []
        self._qualified: list[bool] = []
        self._unbounded: frozenset[int] = frozenset()

    def by_id(self) -> dict[str, int]:
        if self._by_id is None:
            self._by_id = {r.id: i for i, r in enumerate(self.records)}
        return self._by_id

    def index(self, field: str) -> dict[object, frozenset[int]]:
        found = self._by_field.get(field)
        if found is None:
            buckets: dict[object, set[int]] = {}
            for i, r in enumerate(self.records):
                value = getattr(r, field)
                for v in value if isinstance(value, tuple) else (value,):
                    buckets.setdefault(v, set()).add(i)
            found = self._by_field[field] = {k: frozenset(v) for k, v in buckets.items()}
        return found

    def cites_index(self) -> dict[str, frozenset[int]]:
        if self._cites is None:
            buckets: dict[str, set[int]] = {}
            for i, r in enumerate(self.records):
                ids = (
                    frozenset(r.cites)
                    if isinstance(r, Source)
                    else typing.cast(Any, r).source_ids()
                )
                for sid in ids:
                    buckets.setdefault(sid, set()).add(i)
            self._cites = {k: frozenset(v) for k, v in buckets.items()}
        return self._cites

    def haystack(self) -> tuple[str, ...]:
        if self._haystack is None:
            texts = []
            for r in self.records:
                parts: list[str] = []
                for name in _TEXT_FIELDS:
                    value = getattr(r, name, None)
                    if isinstance(value, tuple):
                        parts.extend(value)
                    elif isinstance(value, str):
                        parts.append(value)
                texts.append("\n".join(parts).casefold())
            self._haystack = tuple(texts)
        return self._haystack

    def years(self) -> dict[int, frozenset[int]]:
        if self._years is None:
            date_of = _date_getter(self.item_type)
            buckets: dict[int, set[int]] = {}
            unbounded = set()
            for i, r in enumerate(self.records):
                d = date_of(r)
                lo, hi = (d.earliest, d.latest) if d is not None else (None, None)
                self._lo.append(lo)
                self._hi.append(hi)
                self._qualified.append(d is None or d.qualified)
                if lo is None or hi is None:
                    unbounded.add(i)
                    continue
                for y in range(lo.year, hi.year + 1):
                    buckets.setdefault(y, set()).add(i)
            self._unbounded = frozenset(unbounded)
            self._years = {k: frozenset(v) for k, v in buckets.items()}
        return self._years

    def in_window(self, lo: dt.date | None, hi: dt.date | None, *, certain: bool) -> frozenset[int]:
        years = self.years()
        if lo is None or hi is None:
            candidates: Iterable[int] = range(len(self.records))
        elif lo.year == hi.year:
            candidates = years.get(lo.year, frozenset()) | self._unbounded
        else:
            found: set[int] = set(self._unbounded)
            for y in range(lo.year, hi.year + 1):
                found.update(years.get(y, ()))
            candidates = found
        out = []
        los, his, qualified = self._lo, self._hi, self._qualified
        for i in candidates:
            a, b = los[i], his[i]
            if certain:
                if a is None or b is None or qualified[i]:
                    continue
                if (lo is None or lo <= a) and (hi is None or b <= hi):
                    out.append(i)
            elif (a is None or hi is None or a <= hi) and (lo is None or b is None or lo <= b):
                out.append(i)
        return frozenset(out)


def _key(d: UncertainDate | None) -> tuple[dt.date, dt.date, str]:
    return d.sort_key() if d is not None else (dt.date.max, dt.date.max, "")


def _date_getter(item_type: type) -> Callable[[Any], UncertainDate | None]:
    if item_type is Source:
        return lambda r: r.published
    return lambda r: r.date


def _kind_label(item_type: type) -> str:
    return str(getattr(item_type, "kind_name", item_type.__name__.lower()))


class Collection(Sequence[R]):
    """An immutable, date-ordered collection of one kind of record.

    Supports ``len``, iteration (by date: earliest first, then latest, then id), indexing,
    ``in``, :meth:`get` and :meth:`lookup` by id, and :meth:`filter`, which returns a new
    collection of the same type so filters chain. Filters use indexes, not a scan.

    >>> import sinorussia
    >>> summits = sinorussia.load().summits
    >>> in_2022 = summits.filter(overlapping=2022, participants=["CHN", "RUS"])
    >>> [(str(s.date), s.place) for s in in_2022.filter(mode="in-person")][:2]
    [('2022-02-04', 'Beijing'), ('2022-09-15', 'Samarkand')]
    """

    __slots__ = ("_items", "_positions", "_root")

    def __init__(self, records: Iterable[R] = (), *, item_type: type[R] | None = None) -> None:
        """Make a collection of *records* (of one type; give *item_type* when it is empty)."""
        records = tuple(records)
        if item_type is None:
            if not records:
                raise TypeError("an empty Collection needs item_type=")
            item_type = type(records[0])
        for r in records:
            if type(r) is not item_type:
                raise TypeError(f"{r!r} is not a {item_type.__name__}")
        self._root: _Root[R] = _Root(records, item_type)
        self._positions: frozenset[int] = self._root.all
        self._items: tuple[R, ...] | None = self._root.records

    @classmethod
    def _sub(cls, root: _Root[R], positions: frozenset[int]) -> Collection[R]:
        new = cls.__new__(cls)
        new._root = root
        new._positions = positions
        new._items = None
        return new

    @property
    def item_type(self) -> type[R]:
        """The record class this collection holds."""
        return self._root.item_type

    def _records(self) -> tuple[R, ...]:
        if self._items is None:
            records = self._root.records
            self._items = tuple(records[i] for i in sorted(self._positions))
        return self._items

    # --- Sequence -----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._positions)

    def __iter__(self) -> Iterator[R]:
        return iter(self._records())

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[R, ...]: ...
    def __getitem__(self, index: int | slice) -> R | tuple[R, ...]:
        return self._records()[index]

    def __contains__(self, item: object) -> bool:
        i = self._root.by_id().get(getattr(item, "id", None))  # type: ignore[arg-type]
        return i is not None and i in self._positions and self._root.records[i] == item

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Collection):
            return NotImplemented
        return self.item_type is other.item_type and self._records() == other._records()

    def __hash__(self) -> int:
        return hash(self._records())

    def __repr__(self) -> str:
        n = len(self)
        return f"<Collection of {n} {_kind_label(self.item_type)}{'s' if n != 1 else ''}>"

    # --- by id --------------------------------------------------------------------------

    @overload
    def get(self, id: str) -> R | None: ...
    @overload
    def get(self, id: str, default: R) -> R: ...
    def get(self, id: str, default: R | None = None) -> R | None:
        """The record with *id*, or *default*; never raises.

        >>> import sinorussia
        >>> sinorussia.load().summits.get("summit-1900-01-01-nowhere") is None
        True
        """
        i = self._root.by_id().get(id)
        if i is None or i not in self._positions:
            return default
        return self._root.records[i]

    def lookup(self, id: str) -> R:
        """The record with *id*.

        Raises:
            ~sinorussia.RecordNotFoundError: no record here has that id (a :class:`LookupError`).

        >>> import sinorussia
        >>> sinorussia.load().sources.lookup("seed-002").language
        'en'
        """
        found = self.get(id)
        if found is None:
            raise RecordNotFoundError(_kind_label(self.item_type), id)
        return found

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids, in collection order."""
        return tuple(r.id for r in self._records())

    # --- filters ------------------------------------------------------------------------

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        participants: Iterable[str] | None = None,
        any_participants: Iterable[str] | None = None,
        leaders: Iterable[str] | None = None,
        place: str | None = None,
        country: str | None = None,
        framework: str | None = None,
        kind: str | None = None,
        domain: str | None = None,
        mode: str | None = None,
        level: str | None = None,
        metric: str | None = None,
        statistical_source: str | None = None,
        text: str | None = None,
        cites: str | None = None,
    ) -> Collection[R]:
        """Records matching *every* criterion given; a new collection of the same type.

        Args:
            overlapping: Keep records whose date *may* fall in this window (their
                ``earliest``..``latest`` shares a day with it; an open end is unbounded).
                A year ``2014`` keeps a meeting dated ``2014``, ``2014-11-09``, and a range
                ``2013/2015``.
            within: Keep records whose date *certainly* falls in this window: both bounds
                known, no ``~``/``?`` qualifier, and ``earliest``..``latest`` inside it.
                ``2014`` keeps ``2014`` and ``2014-11-09`` but not ``2013/2015`` nor ``2014~``.
            participants: Alpha-3 codes that must *all* take part.
            any_participants: Alpha-3 codes of which at least one takes part.
            leaders: Names (as the data spells them, e.g. ``"Xi Jinping"``) that must all
                be among a summit's leaders.
            place: A case-insensitive part of the place (summits, agreements) or area
                (exercises) name.
            country: Alpha-3 code of the host country (``country`` or ``host``).
            framework: Organisation code (``"SCO"``).
            kind: The record's ``kind`` (``"joint-statement"``, ``"patrol"``, ...).
            domain: Exercise domain (``"naval"``).
            mode: Summit mode (``"in-person"`` or ``"virtual"``).
            level: Summit level (``"leaders"`` or ``"ministers"``).
            metric: Trade metric (``"turnover"``).
            statistical_source: Trade statistical source (``"CN-GACC"``).
            text: Case-insensitive text searched in names, titles, summaries, places,
                leaders and signatories (for sources: titles, authors and outlets).
            cites: Keep records that refer to this source id.

        Dates accept an :class:`UncertainDate`, EDTF text, a year or a
        :class:`datetime.date`. For sources, date filters use :attr:`Source.published`.

        Raises:
            ~sinorussia.InvalidCodeError: a country code is not a known ISO 3166 alpha-3 code.
            ~sinorussia.InvalidDateError: a date is malformed or impossible.
            ~sinorussia.InvalidFieldError: a value is not one the field allows, or this kind of record
                has no such field (``domain`` on summits).

        >>> import sinorussia
        >>> ex = sinorussia.load().exercises
        >>> ex.filter(within="2019/2022", kind="patrol", domain="air").ids[:1]
        ('exercise-2019-07-23-air-patrol-1',)
        """
        root = self._root
        sets: list[frozenset[int]] = []
        if overlapping is not None:
            lo, hi = _bounds(overlapping)
            sets.append(root.in_window(lo, hi, certain=False))
        if within is not None:
            lo, hi = _bounds(within)
            sets.append(root.in_window(lo, hi, certain=True))
        if participants is not None:
            index = self._index_for("participants", "participants")
            for code in _codes(participants, "participants"):
                sets.append(index.get(code, frozenset()))
        if any_participants is not None:
            index = self._index_for("participants", "any_participants")
            found: set[int] = set()
            for code in _codes(any_participants, "any_participants"):
                found.update(index.get(code, ()))
            sets.append(frozenset(found))
        if leaders is not None:
            index = self._index_for("leaders", "leaders")
            for name in (leaders,) if isinstance(leaders, str) else tuple(leaders):
                sets.append(index.get(name, frozenset()))
        if country is not None:
            _code(country, "country")
            sets.append(self._field_set("country", country))
        for name, value in (
            ("framework", framework),
            ("kind", kind),
            ("domain", domain),
            ("mode", mode),
            ("level", level),
            ("metric", metric),
            ("statistical_source", statistical_source),
        ):
            if value is not None:
                sets.append(self._field_set(name, value))
        if place is not None:
            sets.append(self._place_set(place))
        if text is not None:
            needle = text.casefold()
            sets.append(frozenset(i for i, h in enumerate(root.haystack()) if needle in h))
        if cites is not None:
            sets.append(root.cites_index().get(cites, frozenset()))
        positions = self._positions
        for s in sorted(sets, key=len):
            positions = positions & s
        return Collection._sub(root, positions)

    def citing(self, source_id: str) -> Collection[R]:
        """The records that refer to *source_id* (in a citation, erratum or disagreement).

        >>> import sinorussia
        >>> len(sinorussia.load().summits.citing("seed-000"))
        1
        """
        return self.filter(cites=source_id)

    def _fields(self) -> frozenset[str]:
        names = {f.name for f in attrs.fields(typing.cast(Any, self.item_type))}
        if self.item_type in (Agreement, TradeFigure):
            names.add("participants")
        return frozenset(names)

    def _index_for(self, field: str, keyword: str) -> dict[object, frozenset[int]]:
        if field not in self._fields():
            raise InvalidFieldError(
                keyword,
                None,
                f"{_kind_label(self.item_type)} records have no {field!r} to filter on",
            )
        return self._root.index(field)

    def _field_set(self, keyword: str, value: object) -> frozenset[int]:
        fields = self._fields()
        names = [f for f in _FIELD_FILTERS[keyword] if f in fields]
        if not names:
            raise InvalidFieldError(
                keyword,
                value,
                f"{_kind_label(self.item_type)} records have no {keyword!r} to filter on",
            )
        _check_choice(self.item_type, names[0], keyword, value)
        out: set[int] = set()
        for name in names:
            out.update(self._root.index(name).get(value, ()))
        return frozenset(out)

    def _place_set(self, place: str) -> frozenset[int]:
        fields = self._fields()
        names = [f for f in ("place", "area") if f in fields]
        if not names:
            raise InvalidFieldError(
                "place", place, f"{_kind_label(self.item_type)} records have no place to filter on"
            )
        needle = place.casefold()
        out = set()
        for i, r in enumerate(self._root.records):
            for name in names:
                value = getattr(r, name)
                if value is not None and needle in value.casefold():
                    out.add(i)
        return frozenset(out)

    def per_year(self, *, distinct_dates: bool = False) -> dict[int, int]:
        """How many records fall in each calendar year, every year of the span included.

        A record counts for a year when its date certainly lies within it (see
        :meth:`filter`'s ``within``); records spanning several years, with an open end or
        with a ``~``/``?`` qualifier are not counted. With *distinct_dates*, records sharing
        the same date count once: a bilateral and a trilateral meeting on the same day are
        one occasion of meeting.

        >>> import sinorussia
        >>> met = sinorussia.load().summits.filter(
        ...     leaders=["Xi Jinping", "Vladimir Putin"], mode="in-person")
        >>> counts = met.per_year(distinct_dates=True)
        >>> counts[2020], counts[2022]
        (0, 2)
        """
        counts: dict[int, set[object]] = {}
        date_of = _date_getter(self.item_type)
        for r in self:
            d = date_of(r)
            if d is None or d.year is None or d.qualified:
                continue
            counts.setdefault(d.year, set()).add(str(d) if distinct_dates else r.id)
        if not counts:
            return {}
        return {y: len(counts.get(y, ())) for y in range(min(counts), max(counts) + 1)}

    # --- trade series -------------------------------------------------------------------

    def series(
        self: Collection[TradeFigure],
    ) -> dict[tuple[str | None, str, str, str | None], Collection[TradeFigure]]:
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
        return {
            k: Collection._sub(self._root, frozenset(v)) for k, v in sorted(groups.items(), key=str)
        }

    def annual(
        self: Collection[TradeFigure],
        statistical_source: str | None,
        *,
        metric: str = "turnover",
        unit: str = "billion",
        currency: str | None = "USD",
    ) -> TradeSeries:
        """One series as a year-by-year :class:`TradeSeries`, gaps as ``None``.

        Only figures for a whole calendar year (``date`` at year precision) are used.
        ``statistical_source=None`` selects the series of figures whose source names no
        statistical body.

        Raises:
            ~sinorussia.InvalidFieldError: two figures of the series claim the same year.

        >>> import sinorussia
        >>> s = sinorussia.load().trade_figures.annual("CN-GACC")
        >>> s.years[0] <= 2023 <= s.years[-1]
        True
        """
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


def _codes(codes: Iterable[str], keyword: str) -> tuple[str, ...]:
    if isinstance(codes, str):
        codes = (codes,)
    out = tuple(codes)
    for code in out:
        _code(code, keyword)
    return out


def _code(code: object, keyword: str) -> None:
    try:
        check_country(code)
    except InvalidCodeError as exc:
        raise InvalidCodeError(exc.code, exc.vocabulary, f"in filter {keyword}=: {exc}") from None


@lru_cache(maxsize=128)
def _choices(item_type: type, field: str) -> tuple[object, ...] | None:
    hint = typing.get_type_hints(item_type)[field]
    options = (hint,) if typing.get_origin(hint) is Literal else typing.get_args(hint)
    args: list[object] = []
    for arg in options:
        if typing.get_origin(arg) is Literal:
            args.extend(typing.get_args(arg))
    return tuple(args) or None


def _check_choice(item_type: type, field: str, keyword: str, value: object) -> None:
    if field in ("framework", "statistical_source", "country", "host"):
        from ._vocab import check_organisation, check_statistical_source

        try:
            if field == "framework":
                check_organisation(value)
            elif field == "statistical_source":
                check_statistical_source(value)
        except InvalidCodeError as exc:
            raise InvalidFieldError(keyword, value, str(exc)) from None
        return
    choices = _choices(item_type, field)
    if choices is not None and value not in choices:
        raise InvalidFieldError(
            keyword,
            value,
            f"{value!r} is not a {_kind_label(item_type)} {field}; expected one of "
            f"{', '.join(map(repr, choices))}",
        )
