"""The generic collection: typed, immutable, date-ordered records with indexed filters.

:class:`Collection` holds what every kind shares (sequence access, lookups by id, counting
by year); each kind's collection in :mod:`sinorussia._collections` adds a ``filter`` that
takes only the keywords that kind has, and all of them run through :meth:`Collection._where`.
"""

from __future__ import annotations

import _thread
import bisect
import datetime as dt
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

import attrs

from ._codes import check_country, check_organisation, check_statistical_source, lineage
from ._dates import UncertainDate
from ._models import DatedRecord, Source
from ._names import Names, bundled_names
from ._public import publish
from .exceptions import (
    InvalidArgumentError,
    InvalidCodeError,
    InvalidDateError,
    RecordNotFoundError,
    UnknownKeywordError,
)

__all__ = ["Collection", "When"]


R = TypeVar("R", bound=DatedRecord | Source)
T = TypeVar("T")

When = UncertainDate | str | int | dt.date
"""What a date filter accepts: an :class:`UncertainDate`, EDTF text, a year, or a day."""

_TEXT_FIELDS = (
    "name",
    "other_names",
    "title",
    "other_titles",
    "summary",
    "area",
    "occasion",
    "companies",
    "series",
    "authors",
    "outlet",
)


@lru_cache(maxsize=1024)
def _bounds_of_text(text: str) -> tuple[dt.date | None, dt.date | None]:
    d = UncertainDate.parse(text)
    return d.earliest, d.latest


def _bounds(when: When, argument: str) -> tuple[dt.date | None, dt.date | None]:
    """The window a date filter means: its earliest and latest day (``None`` = unbounded)."""
    if isinstance(when, bool):
        raise InvalidArgumentError(
            argument, when, f"{when!r} is not a date; give a year, EDTF text or a date"
        )
    try:
        if isinstance(when, int):
            return _bounds_of_text(f"{when:04d}" if 1 <= when <= 9999 else str(when))
        if isinstance(when, str):
            return _bounds_of_text(when)
    except InvalidDateError as exc:
        raise InvalidArgumentError(argument, when, str(exc)) from None
    if isinstance(when, UncertainDate):
        return when.earliest, when.latest
    if isinstance(when, dt.date):
        day = when if type(when) is dt.date else dt.date(when.year, when.month, when.day)
        return day, day
    raise InvalidArgumentError(
        argument,
        when,
        f"{when!r} is not a date; give a year, EDTF text, a datetime.date or an UncertainDate",
    )


class _Root(Generic[R]):
    """All records of one kind in date order, with lazily built indexes."""

    __slots__ = (
        "_bounds",
        "_by_field",
        "_by_id",
        "_cites",
        "_haystack",
        "_lock",
        "_names",
        "_spans",
        "_texts",
        "all",
        "item_type",
        "records",
    )

    def __init__(self, records: tuple[R, ...], item_type: type[R], names: Names | None) -> None:
        self.item_type = item_type
        self._names = names
        self._lock = _thread.allocate_lock()
        date_of = _date_getter(item_type)
        bounds = [_NO_DATE if (d := date_of(r)) is None else d._span() for r in records]
        # two stable sorts on single keys (id, then dates) are much cheaper than one on tuples
        order = sorted(range(len(records)), key=lambda i: records[i].id)
        order.sort(key=lambda i: _order(bounds[i]))
        self.records = tuple(records[i] for i in order)
        self._bounds = [bounds[i] for i in order]
        self.all = frozenset(range(len(self.records)))
        self._by_field: dict[str, dict[object, frozenset[int]]] = {}
        self._by_id: dict[str, int] | None = None
        self._cites: dict[str, frozenset[int]] | None = None
        self._haystack: tuple[str, ...] | None = None
        self._spans: _Spans | None = None
        self._texts: list[str | None] | None = None

    @property
    def names(self) -> Names:
        """The people and places ids in these records refer to."""
        return self._names if self._names is not None else bundled_names()

    def _once(self, slot: str, build: Callable[[], T]) -> T:
        """The value in *slot*, built by *build* on first use, once, under the lock."""
        value = getattr(self, slot)
        if value is None:
            with self._lock:
                value = getattr(self, slot)
                if value is None:
                    value = build()
                    setattr(self, slot, value)
        return typing.cast(T, value)

    def by_id(self) -> dict[str, int]:
        found = self._by_id  # the hot path of get(): one attribute read
        return found if found is not None else self._once("_by_id", self._build_by_id)

    def _build_by_id(self) -> dict[str, int]:
        by_id: dict[str, int] = {}
        for i, r in enumerate(self.records):
            for former in r.former_ids:
                by_id.setdefault(former, i)
        by_id.update({r.id: i for i, r in enumerate(self.records)})
        return by_id

    def index(self, field: str) -> dict[object, frozenset[int]]:
        found = self._by_field.get(field)
        if found is None:
            with self._lock:
                found = self._by_field.get(field)
                if found is None:
                    found = self._by_field[field] = self._build_index(field)
        return found

    def _build_index(self, field: str) -> dict[object, frozenset[int]]:
        buckets: dict[object, set[int]] = {}
        for i, r in enumerate(self.records):
            value = getattr(r, field)
            for v in value if isinstance(value, tuple) else (value,):
                buckets.setdefault(v, set()).add(i)
        return {k: frozenset(v) for k, v in buckets.items()}

    def cites_index(self) -> dict[str, frozenset[int]]:
        found = self._cites
        return found if found is not None else self._once("_cites", self._build_cites)

    def _build_cites(self) -> dict[str, frozenset[int]]:
        buckets: dict[str, set[int]] = {}
        for i, r in enumerate(self.records):
            ids = frozenset(r.cites) if isinstance(r, Source) else typing.cast(Any, r).source_ids()
            for sid in ids:
                buckets.setdefault(sid, set()).add(i)
        return {k: frozenset(v) for k, v in buckets.items()}

    def haystack(self) -> tuple[str, ...]:
        found = self._haystack
        return found if found is not None else self._once("_haystack", self._build_haystack)

    def _build_haystack(self) -> tuple[str, ...]:
        names = self.names
        fields = {f.name for f in attrs.fields(typing.cast(Any, self.item_type))}
        searched = [name for name in _TEXT_FIELDS if name in fields]
        texts = []
        for r in self.records:
            parts: list[str] = []
            for name in searched:
                value = getattr(r, name)
                if isinstance(value, tuple):
                    parts.extend(value)
                elif isinstance(value, str):
                    parts.append(value)
            for pid in getattr(r, "people", ()) + getattr(r, "signatories", ()):
                p = names.people.get(pid)
                parts.extend(p.names() if p else (pid,))
            texts.append("\n".join(parts).casefold())
        return tuple(texts)

    def spans(self) -> _Spans:
        """The date index: per record, its first and last day and whether it is qualified."""
        found = self._spans
        return found if found is not None else self._once("_spans", lambda: _Spans(self._bounds))

    def texts(self) -> list[str | None]:
        """Each record's date as EDTF text (for counting distinct dates)."""
        date_of = _date_getter(self.item_type)
        return self._once(
            "_texts", lambda: [None if (d := date_of(r)) is None else str(d) for r in self.records]
        )


#: the widths (in days, last minus first) of the span classes the date index keeps apart, so
#: that a short window never scans the long records and a long record is never missed
_CLASS_LIMITS = (0, 31, 366, 3_660)


class _Spans:
    """An interval index over records sorted by their first day.

    Records are split by span width into a few classes. Within a class, positions are in
    record order, so first days are sorted and a window is found by ``bisect``: a record
    of width at most ``w`` overlaps ``[lo, hi]`` only if its first day lies in
    ``[lo - w, hi]``. Records with an open or unknown end (or no date) are kept in a short
    list checked one by one.
    """

    __slots__ = ("classes", "first", "last", "qualified", "unbounded", "year_of")

    def __init__(self, bounds: Sequence[tuple[int | None, int | None, bool]]) -> None:
        n = len(bounds)
        first: list[int | None] = [b[0] for b in bounds]
        last: list[int | None] = [b[1] for b in bounds]
        qualified = [b[2] for b in bounds]
        year_of = [0] * n
        members: list[list[int]] = [[] for _ in range(len(_CLASS_LIMITS) + 1)]
        widest = [0] * (len(_CLASS_LIMITS) + 1)
        narrowest = [_MAX_ORDINAL] * (len(_CLASS_LIMITS) + 1)
        unbounded = []
        ordinal = dt.date.fromordinal
        for i, (lo, hi, q) in enumerate(bounds):
            if lo is None or hi is None:
                unbounded.append(i)
                continue
            width = hi - lo
            c = bisect.bisect_left(_CLASS_LIMITS, width)
            members[c].append(i)
            if width > widest[c]:
                widest[c] = width
            if width < narrowest[c]:
                narrowest[c] = width
            if not q and width < 366:
                y = ordinal(lo).year
                if ordinal(hi).year == y:
                    year_of[i] = y
        self.first, self.last, self.qualified, self.year_of = first, last, qualified, year_of
        self.unbounded = tuple(unbounded)
        self.classes = tuple(
            (tuple(m), [typing.cast(int, first[i]) for i in m], widest[c], narrowest[c])
            for c, m in enumerate(members)
            if m
        )

    def overlapping(self, lo: int | None, hi: int | None) -> frozenset[int]:
        """Positions of records that share at least one possible day with ``[lo, hi]``."""
        first, last = self.first, self.last
        low = -1 if lo is None else lo
        high = _MAX_ORDINAL if hi is None else hi
        out: list[int] = []
        for members, keys, widest, _ in self.classes:
            a = bisect.bisect_left(keys, low - widest)
            b = bisect.bisect_right(keys, high)
            sure = max(a, bisect.bisect_left(keys, low, a, b))
            out.extend(i for i in members[a:sure] if last[i] >= low)  # type: ignore[operator]
            out.extend(members[sure:b])
        for i in self.unbounded:
            a_, b_ = first[i], last[i]
            if (a_ is None or a_ <= high) and (b_ is None or low <= b_):
                out.append(i)
        return frozenset(out)

    def within(self, lo: int | None, hi: int | None) -> frozenset[int]:
        """Positions of unqualified records whose every possible day lies in ``[lo, hi]``."""
        last, qualified = self.last, self.qualified
        low = -1 if lo is None else lo
        high = _MAX_ORDINAL if hi is None else hi
        room = high - low
        out: list[int] = []
        for members, keys, _, narrowest in self.classes:
            if narrowest > room:
                continue
            a = bisect.bisect_left(keys, low)
            b = bisect.bisect_right(keys, high)
            out.extend(
                i
                for i in members[a:b]
                if last[i] <= high and not qualified[i]  # type: ignore[operator]
            )
        return frozenset(out)


_MAX_ORDINAL = dt.date.max.toordinal()


_NO_DATE: tuple[int | None, int | None, bool] = (None, None, True)


def _order(bounds: tuple[int | None, int | None, bool]) -> int:
    """Where a date sorts: by first day (open start first), then last day (open end last)."""
    if bounds is _NO_DATE:
        return _NO_DATE_ORDER
    lo, hi, _ = bounds
    return (0 if lo is None else lo + 1) * _SHIFT + (_MAX_ORDINAL + 1 if hi is None else hi)


_SHIFT = 1 << 22  # more than any ordinal (3,652,059 is 31 December 9999)
_NO_DATE_ORDER = (_MAX_ORDINAL + 2) * _SHIFT


def _date_getter(item_type: type) -> Callable[[Any], UncertainDate | None]:
    if item_type is Source:
        return lambda r: r.published
    return lambda r: r.date


def _kind_label(item_type: type) -> str:
    return str(getattr(item_type, "kind_name", item_type.__name__.lower()))


def _values(value: object, argument: str) -> tuple[object, ...]:
    """A filter's one value or several, as a tuple (a string is one value, not letters)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        out = tuple(value)
        if not out:
            raise InvalidArgumentError(argument, value, "is empty; give at least one value")
        return out
    return (value,)


class Collection(Sequence[R]):
    """An immutable, date-ordered collection of one kind of record.

    Supports ``len``, iteration (by date: earliest first, then latest, then id), indexing,
    slicing (which gives a collection again), ``in``, :meth:`get` and :meth:`lookup` by id
    (current or former), and :meth:`per_year`. Each kind's collection adds a ``filter``
    that takes only the keywords that kind has and returns a collection of the same class,
    so filters chain. Filters use indexes, not a scan.

    >>> import sinorussia
    >>> summits = sinorussia.load().summits
    >>> in_2022 = summits.filter(overlapping=2022, participants=["CHN", "RUS"])
    >>> [(str(s.date), s.place) for s in in_2022.filter(mode="in-person", level="heads-of-state")][:2]
    [('2022-02-04', 'beijing'), ('2022-09-15', 'samarkand')]
    """

    __slots__ = ("_items", "_positions", "_root")

    item_class: ClassVar[type[Any]] = object
    #: filter keyword -> the record field it reads, for keywords whose field differs by kind
    _fields: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        records: Iterable[R] = (),
        *,
        item_type: type[R] | None = None,
        names: Names | None = None,
    ) -> None:
        """Make a collection of *records* of one type.

        Args:
            records: The records.
            item_type: Their class; needed only when *records* is empty and the collection
                class does not fix it.
            names: The people and places the records' ids refer to (a dataset passes its
                own); the bundled ones by default.
        """
        records = tuple(records)
        if item_type is None:
            if self.item_class is not object:
                item_type = self.item_class
            elif records:
                item_type = type(records[0])
            else:
                raise TypeError("an empty Collection needs item_type=")
        for r in records:
            if type(r) is not item_type:
                raise TypeError(f"{r!r} is not a {item_type.__name__}")
        self._root: _Root[R] = _Root(records, item_type, names)
        self._positions: frozenset[int] = self._root.all
        self._items: tuple[R, ...] | None = self._root.records

    def _sub(self, positions: frozenset[int]) -> Self:
        new = object.__new__(type(self))
        new._root = self._root
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
            self._items = tuple(map(records.__getitem__, sorted(self._positions)))
        return self._items

    # --- Sequence -----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._positions)

    def __iter__(self) -> Iterator[R]:
        return iter(self._records())

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> Self: ...
    def __getitem__(self, index: int | slice) -> R | Self:
        if isinstance(index, slice):
            by_id = self._root.by_id()
            return self._sub(frozenset(by_id[r.id] for r in self._records()[index]))
        return self._records()[index]

    def __contains__(self, item: object) -> bool:
        rid = getattr(item, "id", None)
        i = self._root.by_id().get(rid) if isinstance(rid, str) else None
        return i is not None and i in self._positions and self._root.records[i] == item

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Collection):
            return NotImplemented
        return self.item_type is other.item_type and self._records() == other._records()

    def __hash__(self) -> int:
        return hash(self._records())

    def __repr__(self) -> str:
        n = len(self)
        return (
            f"<{type(self).__name__} of {n} {_kind_label(self.item_type)}{'s' if n != 1 else ''}>"
        )

    # --- by id --------------------------------------------------------------------------

    @overload
    def get(self, id: str) -> R | None: ...
    @overload
    def get(self, id: str, default: R) -> R: ...
    def get(self, id: str, default: R | None = None) -> R | None:
        """The record with *id* (or with *id* among its ``former_ids``), or *default*.

        Never raises for an id that is not there; an *id* that is not text is an error.

        >>> import sinorussia
        >>> sinorussia.load().summits.get("summit-1900-01-01-nowhere") is None
        True
        """
        if not isinstance(id, str):
            raise InvalidArgumentError("id", id, f"{id!r} is not a record id; ids are text")
        i = self._root.by_id().get(id)
        if i is None or i not in self._positions:
            return default
        return self._root.records[i]

    def lookup(self, id: str) -> R:
        """The record with *id* (or with *id* among its ``former_ids``).

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

    def citing(self, source_id: str) -> Self:
        """The records that refer to *source_id* (in a citation, erratum or disagreement).

        >>> import sinorussia
        >>> len(sinorussia.load().summits.citing("seed-000"))
        1
        """
        return self._where({}, cites=source_id)

    # --- the filter engine ----------------------------------------------------------------

    def _where(self, unexpected: Mapping[str, object], **criteria: Any) -> Self:
        """Records matching every criterion that is not ``None``; the typed filters call this."""
        if unexpected:
            import inspect

            params = inspect.signature(type(self).filter).parameters  # type: ignore[attr-defined]
            valid = tuple(p for p in params if p not in ("self", "unexpected"))
            raise UnknownKeywordError(
                f"{_kind_label(self.item_type)} filters", next(iter(unexpected)), valid
            )
        sets: list[frozenset[int]] = []
        strict = criteria.pop("strict", False)
        if not isinstance(strict, bool):
            raise InvalidArgumentError("strict", strict, f"{strict!r} is not True or False")
        for keyword, value in criteria.items():
            if value is None:
                continue
            handler = _CRITERIA[keyword]
            sets.extend(handler(self, keyword, value, strict))
        sets.sort(key=len)
        # on the whole collection, the smallest set is the start: no need to narrow "all"
        whole = sets and self._positions is self._root.all
        positions = sets.pop(0) if whole else self._positions
        for s in sets:
            positions = positions & s
        return self._sub(positions)

    def _field(self, keyword: str) -> str:
        return self._fields.get(keyword, keyword)

    def _dates(self, keyword: str, value: When, _: bool) -> list[frozenset[int]]:
        lo, hi = _bounds(value, keyword)
        spans = self._root.spans()
        first = None if lo is None else lo.toordinal()
        last = None if hi is None else hi.toordinal()
        if keyword == "within":
            return [spans.within(first, last)]
        return [spans.overlapping(first, last)]

    def _participants(self, keyword: str, value: object, strict: bool) -> list[frozenset[int]]:
        index = self._root.index(self._field("participants"))
        sets = []
        for code in _values(value, keyword):
            _check_code(check_country, code, keyword)
            assert isinstance(code, str)
            codes = {code} if strict else lineage(code)
            sets.append(frozenset().union(*(index.get(c, frozenset()) for c in codes)))
        if keyword == "any_participants":
            return [frozenset().union(*sets)]
        return sets

    def _people(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        index = self._root.index(self._field(keyword))
        names = self._root.names
        return [
            index.get(names.person_id(name, keyword), frozenset())
            for name in _values(value, keyword)
        ]

    def _place(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        index = self._root.index(self._field("place"))
        names = self._root.names
        found: set[int] = set()
        for name in _values(value, keyword):
            found.update(index.get(names.place_id(name, keyword), ()))
        return [frozenset(found)]

    def _code(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        check = {
            "country": check_country,
            "framework": check_organisation,
            "statistical_source": check_statistical_source,
        }[keyword]
        index = self._root.index(self._field(keyword))
        found: set[int] = set()
        for code in _values(value, keyword):
            _check_code(check, code, keyword)
            found.update(index.get(code, ()))
        return [frozenset(found)]

    def _choice(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        field = self._field(keyword)
        choices = _choices(typing.cast(type, self.item_type), field)
        index = self._root.index(field)
        found: set[int] = set()
        for v in _values(value, keyword):
            if v not in choices:
                raise InvalidArgumentError(
                    keyword,
                    v,
                    f"{v!r} is not a {_kind_label(self.item_type)} {field}; expected one of "
                    f"{', '.join(map(repr, choices))}",
                )
            found.update(index.get(v, ()))
        return [frozenset(found)]

    def _text(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(keyword, value, f"{value!r} is not non-empty text")
        needle = value.casefold()
        return [frozenset(i for i, h in enumerate(self._root.haystack()) if needle in h)]

    def _cites(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        if not isinstance(value, str):
            raise InvalidArgumentError(keyword, value, f"{value!r} is not a source id")
        return [self._root.cites_index().get(value, frozenset())]

    def _number(self, keyword: str, value: object, _: bool) -> list[frozenset[int]]:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidArgumentError(keyword, value, f"{value!r} is not a whole number")
        return [self._root.index(keyword).get(value, frozenset())]

    # --- tables and formats ---------------------------------------------------------------

    def _table(self, table: str | None) -> tuple[list[tuple[str, Any, str]], list[dict[str, Any]]]:
        from ._tables import LONG_COLUMNS, columns_of, long_tables, main_table

        records = self._records()
        if table is None:
            cols = [(n, t, m) for n, t, _, m in columns_of(self.item_type)]
            return cols, main_table(records, self.item_type)
        if table not in LONG_COLUMNS:
            raise InvalidArgumentError(
                "table",
                table,
                f"{table!r} is not a table; expected None (the main table) or one of "
                f"{', '.join(LONG_COLUMNS)}",
            )
        return LONG_COLUMNS[table], long_tables(records)[table]

    def to_rows(self, table: str | None = None) -> list[dict[str, Any]]:
        """The records as rows with fixed columns, needing no other library.

        Args:
            table: ``None`` for one row per record (every field, defaults filled in, dates
                as EDTF plus ``date_earliest``, ``date_latest`` and ``date_precision``), or a
                long table keyed by ``record_id``: ``"citations"``, ``"participants"``,
                ``"record_people"``, ``"record_places"``, ``"assets"``, ``"errata"`` or
                ``"claims"``. The columns are listed in :doc:`/tables`.

        Raises:
            ~sinorussia.InvalidArgumentError: *table* is not one of those.

        >>> import sinorussia
        >>> rows = sinorussia.load().summits.filter(within="2022-09-15").to_rows()
        >>> rows[0]["date_earliest"], rows[0]["mode"], rows[0]["people"]
        (datetime.date(2022, 9, 15), 'in-person', 'xi-jinping;vladimir-putin')
        """
        return self._table(table)[1]

    def to_pandas(self, table: str | None = None) -> Any:
        """The rows of :meth:`to_rows` as a ``pandas.DataFrame`` with fixed columns and dtypes.

        Needs the ``pandas`` extra. Text is ``string``, whole numbers ``Int64``, numbers
        ``float64``, days ``datetime64[s]``, flags ``boolean``.

        Raises:
            ~sinorussia.MissingExtraError: pandas is not installed.

        >>> import sinorussia
        >>> df = sinorussia.load().summits.to_pandas()
        >>> df["mode"].isna().sum(), str(df["date_earliest"].dtype)
        (np.int64(0), 'datetime64[s]')
        """
        from ._frames import pandas_frame

        return pandas_frame(*self._table(table))

    def to_arrow(self, table: str | None = None) -> Any:
        """The rows of :meth:`to_rows` as a ``pyarrow.Table`` (numbers as exact decimals).

        Needs the ``arrow`` extra.

        Raises:
            ~sinorussia.MissingExtraError: pyarrow is not installed.

        >>> import sinorussia
        >>> t = sinorussia.load().trade_figures.to_arrow()
        >>> str(t.schema.field("value").type)
        'decimal128(20, 6)'
        """
        from ._frames import arrow_table

        return arrow_table(*self._table(table))

    def to_jsonl(self) -> str:
        """JSON Lines: one record per line, in the data files' format.

        >>> import sinorussia
        >>> text = sinorussia.load().summits.to_jsonl()
        >>> len(text.splitlines()) == len(sinorussia.load().summits)
        True
        """
        from ._files import jsonl

        return jsonl(self._records())

    def to_csl(self, *, sources: Iterable[Source] | None = None) -> list[dict[str, Any]]:
        """CSL-JSON for the sources behind these records (Zotero, Pandoc, citeproc).

        Items have the type the source's kind implies (``article-newspaper``, ``book``,
        ``report``, ``webpage``); agreements are also ``treaty`` items of their own. Source
        ids are looked up in *sources* (by default the sources of the dataset the collection
        comes from, or the bundled ones). :func:`~sinorussia.csl_cite_item` gives the cite item
        of a citation with its pinpoint locator.

        >>> import sinorussia
        >>> items = sinorussia.load().summits.filter(within=2024).to_csl()
        >>> sorted({i["type"] for i in items})[:2]
        ['article-newspaper', 'webpage']
        """
        from ._biblio import csl_items

        return csl_items(self._records(), self._sources(sources))

    def to_bibtex(self, *, sources: Iterable[Source] | None = None) -> str:
        """BibTeX for the sources behind these records, keyed by source id.

        >>> import sinorussia
        >>> print(sinorussia.load().sources.filter(kind="book").to_bibtex().splitlines()[0])
        @book{book-de-wijk-2015-power-politics,
        """
        from ._biblio import bibtex

        return bibtex(self._records(), self._sources(sources))

    def _sources(self, sources: Iterable[Source] | None) -> Mapping[str, Source]:
        if sources is None:
            return self._root.names.sources
        return {s.id: s for s in sources}

    def to_geojson(self) -> dict[str, Any]:
        """GeoJSON (RFC 7946) of these records placed at their places' coordinates.

        Summits and agreements are points, exercises multipoints; records with no place with
        coordinates are left out.

        >>> import sinorussia
        >>> fc = sinorussia.load().summits.filter(within=2022).to_geojson()
        >>> fc["features"][0]["geometry"]["type"], fc["features"][0]["properties"]["place_names"]
        ('Point', 'Beijing')
        """
        from ._geo import geojson

        return geojson(self._records(), self._root.names.places)

    def _repr_html_(self) -> str:
        """A table of the first rows, for notebooks."""
        import html

        rows = self.to_rows()[:20]
        keys = rows[0].keys() if rows else {"id"}
        wanted = ("id", "date", "published", "title", "name", "value", "summary")
        cols = [c for c in wanted if c in keys]
        head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(r.get(c) or ''))}</td>" for c in cols) + "</tr>"
            for r in rows
        )
        more = f"<p>… {len(self) - 20} more</p>" if len(self) > 20 else ""
        return f"<p>{html.escape(repr(self))}</p><table><tr>{head}</tr>{body}</table>{more}"

    # --- counting -------------------------------------------------------------------------

    def per_year(self, *, distinct_dates: bool = False) -> dict[int, int]:
        """How many records fall in each calendar year, every year of the span included.

        A record counts for a year when its date certainly lies within it (see the
        ``within`` filter); records spanning several years, with an open end or with a
        ``~``/``?`` qualifier are not counted. With *distinct_dates*, records sharing the
        same date count once: a bilateral and a trilateral meeting on the same day are one
        occasion of meeting.

        >>> import sinorussia
        >>> met = sinorussia.load().summits.filter(
        ...     people=["Xi Jinping", "Vladimir Putin"], mode="in-person")
        >>> counts = met.per_year(distinct_dates=True)
        >>> counts[2020], counts[2022]
        (0, 2)
        """
        if not isinstance(distinct_dates, bool):
            raise InvalidArgumentError(
                "distinct_dates", distinct_dates, f"{distinct_dates!r} is not True or False"
            )
        spans = self._root.spans()
        year_of = spans.year_of
        counts: dict[int, int] = {}
        if distinct_dates:
            texts = self._root.texts()
            seen: set[tuple[int, str | None]] = set()
            for i in self._positions:
                y = year_of[i]
                if y and (y, texts[i]) not in seen:
                    seen.add((y, texts[i]))
                    counts[y] = counts.get(y, 0) + 1
        else:
            for i in self._positions:
                y = year_of[i]
                if y:
                    counts[y] = counts.get(y, 0) + 1
        if not counts:
            return {}
        return {y: counts.get(y, 0) for y in range(min(counts), max(counts) + 1)}


_CRITERIA: dict[str, Callable[[Collection[Any], str, Any, bool], list[frozenset[int]]]] = {
    "overlapping": Collection._dates,
    "within": Collection._dates,
    "participants": Collection._participants,
    "any_participants": Collection._participants,
    "people": Collection._people,
    "signatories": Collection._people,
    "place": Collection._place,
    "country": Collection._code,
    "framework": Collection._code,
    "statistical_source": Collection._code,
    "kind": Collection._choice,
    "mode": Collection._choice,
    "level": Collection._choice,
    "domain": Collection._choice,
    "metric": Collection._choice,
    "qualifier": Collection._choice,
    "number": Collection._number,
    "text": Collection._text,
    "cites": Collection._cites,
}


def _check_code(check: Callable[[object], None], code: object, keyword: str) -> None:
    try:
        check(code)
    except InvalidCodeError as exc:
        raise InvalidArgumentError(keyword, code, str(exc)) from None


@lru_cache(maxsize=128)
def _choices(item_type: type, field: str) -> tuple[object, ...]:
    hint = typing.get_type_hints(item_type)[field]
    options = (hint,) if typing.get_origin(hint) is typing.Literal else typing.get_args(hint)
    args: list[object] = []
    for arg in options:
        if typing.get_origin(arg) is typing.Literal:
            args.extend(typing.get_args(arg))
    return tuple(args)


__test__ = publish(Collection)
