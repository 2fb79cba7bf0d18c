"""Uncertain dates: a day, a month, a year or a range of them, with EDTF qualifiers.

The class stores exactly the precision a source supports and prints as EDTF (ISO 8601-2,
level 0 and the level 1 qualifiers and open or unknown interval ends).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Final, Literal, TypeAlias

import attrs

from ._public import publish
from .exceptions import InvalidDateError

__all__ = ["OPEN", "UNKNOWN", "UncertainDate"]

OPEN: Final = ".."
"""EDTF marker of an open interval end: the period goes on (``2019/..``)."""
UNKNOWN: Final = ""
"""EDTF marker of an unknown interval end: it ended (or began) at a date nobody states (``2019/``)."""

Precision: TypeAlias = Literal["year", "month", "day", "interval"]
_Marker: TypeAlias = Literal["..", ""]

_POINT = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([?~%])?")
_QUALIFIER = {(False, False): "", (True, False): "~", (False, True): "?", (True, True): "%"}


@attrs.frozen
class _Point:
    """One calendar point at year, month or day precision, with EDTF qualifiers."""

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False

    @property
    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @property
    def precision(self) -> Precision:
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text + _QUALIFIER[self.approximate, self.uncertain]


def _ordinal(year: int, month: int, day: int) -> int:
    return dt.date(year, month, day).toordinal()


def _last_ordinal(point: _Point, first: int) -> int:
    """The ordinal of *point*'s last day, given the ordinal of its first."""
    if point.day is not None:
        return first
    if point.month is None:
        return first + (365 if calendar.isleap(point.year) else 364)
    return first + calendar.monthrange(point.year, point.month)[1] - 1


def _check_point(
    value: object,
    year: int,
    month: int | None,
    day: int | None,
    *,
    approximate: bool = False,
    uncertain: bool = False,
) -> _Point:
    """Build a point, raising :class:`InvalidDateError` naming *value* when it is impossible."""
    if not 1 <= year <= 9999:
        raise InvalidDateError(value, f"is not a valid date: year {year} is not 1 to 9999")
    if month is None and day is not None:
        raise InvalidDateError(value, "is not a valid date: a day needs a month")
    if month is not None and not 1 <= month <= 12:
        raise InvalidDateError(value, f"is not a valid date: month {month} is not 1 to 12")
    if month is not None and day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            name = calendar.month_name[month]
            raise InvalidDateError(value, f"is not a real day: {name} {year} has {last} days")
    return _Point(year, month, day, approximate, uncertain)


def _parse_point(text: str, whole: str) -> _Point:
    m = _POINT.fullmatch(text)
    if m is None:
        raise InvalidDateError(
            whole,
            "is not a valid EDTF date; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed "
            "by ~ (approximate), ? (uncertain) or % (both), or two of those joined by '/' "
            "with '..' for an open end",
        )
    year, month, day, qualifier = m.groups()
    return _check_point(
        whole,
        int(year),
        int(month) if month else None,
        int(day) if day else None,
        approximate=qualifier in ("~", "%"),
        uncertain=qualifier in ("?", "%"),
    )


def _edge(point: _Point | _Marker) -> str:
    return point if isinstance(point, str) else str(point)


@attrs.frozen(repr=False, order=False, init=False)
class UncertainDate:
    """A date as precise as its source: a year, a month, a day, or a range of them.

    Build one from EDTF text (``UncertainDate("2014-05")``, the same as :meth:`parse`),
    with :meth:`parse` (strict EDTF), :meth:`from_text` (the free-text dates
    articles use), :meth:`of` or :meth:`between`. ``str()`` gives the EDTF form.

    A date covers every day from :attr:`earliest` to :attr:`latest`. Qualifiers (``~``
    approximate, ``?`` uncertain, ``%`` both) are kept and printed but do not widen those
    bounds; they do make :meth:`contains` refuse to call the date *certainly* inside a window.

    Dates sort by :attr:`earliest` (an open or unknown start first), then :attr:`latest` (an
    open or unknown end last), then by their EDTF text, so the order is total and agrees with
    ``==``. Equality is structural: ``2021`` and ``2021-01-01/2021-12-31`` cover the same days
    but are different statements, so they are not equal.

    >>> d = UncertainDate.parse("2022-09-01/2022-09-07")
    >>> d.earliest, d.latest
    (datetime.date(2022, 9, 1), datetime.date(2022, 9, 7))
    >>> str(UncertainDate.of(2021, approximate=True))
    '2021~'
    >>> UncertainDate.parse("2014").contains(UncertainDate.parse("2014-11"))
    True

    .. versionadded:: 0.1.0
    """

    _start: _Point | _Marker
    _end: _Point | _Marker | None = None  # None: a single date, not an interval

    def __init__(self, text: str) -> None:
        """Parse EDTF *text* strictly, as :meth:`parse` does.

        Raises:
            ~sinorussia.InvalidDateError: *text* is not a supported EDTF date.

        >>> UncertainDate("2014-05") == UncertainDate.parse("2014-05")
        True
        """
        parsed = UncertainDate.parse(text)
        object.__setattr__(self, "_start", parsed._start)
        object.__setattr__(self, "_end", parsed._end)

    @classmethod
    def _make(cls, start: _Point | _Marker, end: _Point | _Marker | None = None) -> UncertainDate:
        inst = object.__new__(cls)
        object.__setattr__(inst, "_start", start)
        object.__setattr__(inst, "_end", end)
        return inst

    # --- construction -------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> UncertainDate:
        """Parse an EDTF string strictly.

        Supported: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, each optionally qualified with ``~``,
        ``?`` or ``%``; intervals ``A/B`` of those, where either end may be ``..`` (open) or
        empty (unknown), but not both.

        Raises:
            ~sinorussia.InvalidDateError: *text* is not of that form, or names a day or month that does
                not exist (``2015-09-31``, ``2014-13``), or its interval ends run backwards.

        >>> str(UncertainDate.parse("2019/.."))
        '2019/..'
        >>> UncertainDate.parse("2015-09-31")
        Traceback (most recent call last):
        ...
        sinorussia.exceptions.InvalidDateError: '2015-09-31' is not a real day: September 2015 has 30 days
        """
        if not isinstance(text, str):
            raise InvalidDateError(
                text, "is not a date string; expected EDTF text like '2014-05-20'"
            )
        return _parse_edtf(text)

    @classmethod
    def of(
        cls,
        year: int,
        month: int | None = None,
        day: int | None = None,
        *,
        approximate: bool = False,
        uncertain: bool = False,
    ) -> UncertainDate:
        """Make a single date at year, month or day precision.

        Raises:
            ~sinorussia.InvalidDateError: the parts do not make a real date.

        >>> str(UncertainDate.of(2014, 11))
        '2014-11'
        """
        for name, part in (("year", year), ("month", month), ("day", day)):
            if part is not None and (isinstance(part, bool) or not isinstance(part, int)):
                raise InvalidDateError(
                    part, f"is not a whole number; the {name} of a date is an int, e.g. 2014"
                )
        for name, flag in (("approximate", approximate), ("uncertain", uncertain)):
            if not isinstance(flag, bool):
                raise InvalidDateError(flag, f"is not True or False (the {name} flag)")
        parts = "-".join(str(p) for p in (year, month, day) if p is not None)
        return cls._make(
            _check_point(parts, year, month, day, approximate=approximate, uncertain=uncertain)
        )

    @classmethod
    def from_date(cls, date: dt.date) -> UncertainDate:
        """Make a day-precision date from a :class:`datetime.date`.

        >>> import datetime
        >>> str(UncertainDate.from_date(datetime.date(2001, 7, 16)))
        '2001-07-16'
        """
        return cls._make(_Point(date.year, date.month, date.day))

    @classmethod
    def between(cls, start: UncertainDate | None, end: UncertainDate | None) -> UncertainDate:
        """Make an interval from two single dates; ``None`` makes that end open (``..``).

        Raises:
            ~sinorussia.InvalidDateError: an end is itself an interval, both ends are open, or the
                start comes after the end.

        >>> str(UncertainDate.between(UncertainDate.of(2013), None))
        '2013/..'
        """
        ends: list[_Point | _Marker] = []
        for part in (start, end):
            if part is None:
                ends.append(OPEN)
            elif part.is_interval or isinstance(part._start, str):
                raise InvalidDateError(
                    str(part), "is an interval; an interval end must be a single date"
                )
            else:
                ends.append(part._start)
        return _make_interval(ends[0], ends[1], f"{_edge(ends[0])}/{_edge(ends[1])}")

    @classmethod
    def from_text(cls, text: str, *, year: int | None = None) -> UncertainDate:
        """Parse a free-text date as articles write it, at the precision the text supports.

        Handles forms like ``"Nov 21 , 2014"``, ``"June, 23"`` (with *year* given),
        ``"September 1-7"`` (a range of days), ``"July of 2023"``, ``"end of 2021"`` and
        ``"approximately 2021"``. A part of a period ("end of 2021", "early May") is recorded
        as the whole period, never narrowed to an invented month or day; "about", "around",
        "approximately" and "circa" mark the date approximate. EDTF input is accepted as is.

        Args:
            text: The date as the source writes it.
            year: The year to use when the text names none (say, taken from the article's
                own date). Ignored when the text has a year.

        Raises:
            ~sinorussia.InvalidDateError: the text names no date, no year and *year* is not given, or an
                impossible day (``"September 31st, 2015"``).

        >>> str(UncertainDate.from_text("Nov 21 , 2014"))
        '2014-11-21'
        >>> str(UncertainDate.from_text("September 1-7", year=2022))
        '2022-09-01/2022-09-07'
        >>> str(UncertainDate.from_text("end of 2021"))
        '2021'
        """
        return _from_text(text, year)

    # --- properties ---------------------------------------------------------------------

    @property
    def earliest(self) -> dt.date | None:
        """First day the date can denote; ``None`` for an open or unknown start.

        >>> UncertainDate.parse("2014-11").earliest
        datetime.date(2014, 11, 1)
        """
        return None if isinstance(self._start, str) else self._start.earliest

    @property
    def latest(self) -> dt.date | None:
        """Last day the date can denote; ``None`` for an open or unknown end.

        >>> UncertainDate.parse("2016-02").latest
        datetime.date(2016, 2, 29)
        """
        last = self._start if self._end is None else self._end
        return None if isinstance(last, str) else last.latest

    @property
    def is_interval(self) -> bool:
        """Whether this is a range ``A/B`` rather than a single date.

        >>> UncertainDate.parse("2019/..").is_interval
        True
        """
        return self._end is not None

    @property
    def precision(self) -> Precision:
        """``"year"``, ``"month"`` or ``"day"`` for a single date, ``"interval"`` for a range.

        >>> UncertainDate.parse("2014-11").precision
        'month'
        """
        if self._end is not None or isinstance(self._start, str):
            return "interval"
        return self._start.precision

    @property
    def approximate(self) -> bool:
        """Whether any part carries ``~`` or ``%``.

        >>> UncertainDate.parse("2021~").approximate
        True
        """
        return any(p.approximate for p in self._points())

    @property
    def uncertain(self) -> bool:
        """Whether any part carries ``?`` or ``%``.

        >>> UncertainDate.parse("2014?").uncertain
        True
        """
        return any(p.uncertain for p in self._points())

    @property
    def qualified(self) -> bool:
        """Whether the date is approximate or uncertain anywhere."""
        return any(p.approximate or p.uncertain for p in self._points())

    @property
    def open_start(self) -> bool:
        """Whether the start is open (``..``) or unknown (empty)."""
        return isinstance(self._start, str)

    @property
    def open_end(self) -> bool:
        """Whether the end is open (``..``) or unknown (empty)."""
        return isinstance(self._end, str)

    @property
    def year(self) -> int | None:
        """The year, when the whole date falls in one year; else ``None``.

        >>> UncertainDate.parse("2022-09-01/2022-09-07").year
        2022
        """
        first, last = self.earliest, self.latest
        if first is None or last is None or first.year != last.year:
            return None
        return first.year

    def _span(self) -> tuple[int | None, int | None, bool]:
        """Proleptic ordinals of :attr:`earliest` and :attr:`latest`, and :attr:`qualified`.

        The three facts the date indexes keep per record, computed without building the
        intermediate :class:`datetime.date` objects twice.
        """
        start, end = self._start, self._end
        if end is None:
            assert not isinstance(start, str)
            day = _ordinal(start.year, start.month or 1, start.day or 1)
            return day, _last_ordinal(start, day), start.approximate or start.uncertain
        qualified = False
        lo: int | None = None
        if not isinstance(start, str):
            lo = _ordinal(start.year, start.month or 1, start.day or 1)
            qualified = start.approximate or start.uncertain
        if isinstance(end, str):
            return lo, None, qualified
        hi = _last_ordinal(end, _ordinal(end.year, end.month or 1, end.day or 1))
        return lo, hi, qualified or end.approximate or end.uncertain

    def _points(self) -> tuple[_Point, ...]:
        return tuple(p for p in (self._start, self._end) if isinstance(p, _Point))

    # --- relations ----------------------------------------------------------------------

    def overlaps(self, other: UncertainDate) -> bool:
        """Whether the two dates share at least one possible day (open ends are unbounded).

        "Could this have happened in *other*?": a meeting dated ``2014`` overlaps the window
        ``2014-11``, and so does a range ``2013/2015``.

        >>> UncertainDate.parse("2013/2015").overlaps(UncertainDate.parse("2014"))
        True
        """
        a0, a1, b0, b1 = self.earliest, self.latest, other.earliest, other.latest
        return (a0 is None or b1 is None or a0 <= b1) and (b0 is None or a1 is None or b0 <= a1)

    def contains(self, other: UncertainDate) -> bool:
        """Whether *other* certainly falls inside this date's bounds.

        True only when *other* has both bounds, carries no ``~``/``?``/``%`` qualifier, and
        its :attr:`earliest` and :attr:`latest` lie within this date's bounds (an open end of
        ``self`` is unbounded). This date's own qualifiers are not considered.

        >>> UncertainDate.parse("2014").contains(UncertainDate.parse("2013/2015"))
        False
        >>> UncertainDate.parse("2014").contains(UncertainDate.parse("2014~"))
        False
        """
        b0, b1 = other.earliest, other.latest
        if b0 is None or b1 is None or other.qualified:
            return False
        a0, a1 = self.earliest, self.latest
        return (a0 is None or a0 <= b0) and (a1 is None or b1 <= a1)

    # --- ordering and text --------------------------------------------------------------

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """The key dates sort by: earliest, latest, then EDTF text."""
        return (self.earliest or dt.date.min, self.latest or dt.date.max, str(self))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, UncertainDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, UncertainDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, UncertainDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, UncertainDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        if self._end is None:
            return _edge(self._start)
        return f"{_edge(self._start)}/{_edge(self._end)}"

    def __repr__(self) -> str:
        return f"UncertainDate({str(self)!r})"


def _make_interval(start: _Point | _Marker, end: _Point | _Marker, whole: str) -> UncertainDate:
    if isinstance(start, str) and isinstance(end, str):
        raise InvalidDateError(
            whole, "is not a valid EDTF interval: at least one end must be a date"
        )
    if isinstance(start, _Point) and isinstance(end, _Point) and start.earliest > end.latest:
        raise InvalidDateError(whole, "is not a valid EDTF interval: its start comes after its end")
    return UncertainDate._make(start, end)


@lru_cache(maxsize=4096)
def _parse_edtf(text: str) -> UncertainDate:
    if len(text) == 10 and text[4] == "-" == text[7] and text.isascii():
        # the common case, a plain day, without the regular expression and calendar calls
        y, m, d = text[:4], text[5:7], text[8:]
        if y.isdigit() and m.isdigit() and d.isdigit():
            year, month, day = int(y), int(m), int(d)
            try:
                dt.date(year, month, day)
            except ValueError:
                pass  # the full path below names what is wrong
            else:
                if year:
                    return UncertainDate._make(_Point(year, month, day))
    if "/" not in text:
        return UncertainDate._make(_parse_point(text, text))
    if text.count("/") > 1:
        raise InvalidDateError(text, "is not a valid EDTF interval: it has more than one '/'")
    left, right = text.split("/")
    ends: list[_Point | _Marker] = []
    for part in (left, right):
        if part in (OPEN, UNKNOWN):
            ends.append(OPEN if part == OPEN else UNKNOWN)
        else:
            ends.append(_parse_point(part, text))
    return _make_interval(ends[0], ends[1], text)


# --- free text ------------------------------------------------------------------------------

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


@lru_cache(maxsize=1)
def _text_patterns() -> dict[str, re.Pattern[str]]:
    """The free-text patterns, compiled on first use (compiling them costs import time)."""
    return {
        "approx": re.compile(r"^(?:approximately|approx\.?|about|around|circa|ca\.|c\.)\s+"),
        "part_of": re.compile(
            r"^(?:(?:at|in|by|on)\s+)?(?:the\s+)?"
            r"(?:end|beginning|start|middle|close|turn)\s+of(?:\s+|$)|^(?:early|late|mid)(?:[\s-]+|$)"
        ),
        "ordinal": re.compile(r"(\d)(?:st|nd|rd|th)\b"),
        "range_md": re.compile(
            rf"^({_MONTHS})\.?\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})(?:\s*,?\s*(\d{{4}}))?$"
        ),
        "range_dm": re.compile(
            rf"^(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s+({_MONTHS})\.?(?:\s*,?\s*(\d{{4}}))?$"
        ),
    }


def _month_number(name: str) -> int:
    from dateutil import parser

    return parser.parse(name, default=dt.datetime(2000, 1, 1)).month


def _from_text(text: str, year: int | None) -> UncertainDate:
    if not isinstance(text, str):
        raise InvalidDateError(text, "is not a date string")
    raw = text
    patterns = _text_patterns()
    try:
        return _parse_edtf(text.strip())
    except InvalidDateError as exc:
        if _POINT.fullmatch(text.strip()) or "/" in text:
            raise InvalidDateError(raw, exc.reason) from None
    t = " ".join(text.lower().replace(" ,", ",").split())
    if re.search(r"[^\x00-\x7f]", t) and re.search(r"\d", t) and not re.search(r"[0-9]", t):
        raise InvalidDateError(raw, "has digits that are not 0-9; write the date with ASCII digits")
    if re.fullmatch(r"[0-9]{1,2}\s*[./-]\s*[0-9]{1,2}\s*[./-]\s*[0-9]{2,4}", t):
        raise InvalidDateError(
            raw,
            "is ambiguous: day and month order differs between countries; write it as EDTF "
            "(YYYY-MM-DD) or with the month's name",
        )
    t = patterns["ordinal"].sub(r"\1", t)
    approximate = False
    if m := patterns["approx"].match(t):
        approximate = True
        t = t[m.end() :]
    if m := patterns["part_of"].match(t):
        t = t[m.end() :]
    t = re.sub(r"^(?:in|on)\s+", "", t)
    t = re.sub(rf"\b({_MONTHS})\s+of\s+(\d{{4}})\b", r"\1 \2", t).strip(" ,.")
    if not t:
        raise InvalidDateError(raw, "names no date")

    if m := (patterns["range_md"].match(t) or patterns["range_dm"].match(t)):
        if m.re is patterns["range_md"]:
            month_name, d1, d2, y = m.groups()
        else:
            d1, d2, month_name, y = m.groups()
        use_year = int(y) if y else year
        if use_year is None:
            raise InvalidDateError(raw, "has no year; pass year= (for example the article's year)")
        month = _month_number(month_name)
        a = _check_point(raw, use_year, month, int(d1), approximate=approximate)
        b = _check_point(raw, use_year, month, int(d2), approximate=approximate)
        return _make_interval(a, b, raw)

    from dateutil import parser

    parsed = []
    for default in (dt.datetime(2000, 1, 1), dt.datetime(2004, 2, 2)):
        try:
            parsed.append(parser.parse(t, default=default))
        except parser.ParserError as exc:
            if "out of range" in str(exc) or "must be in" in str(exc):
                break
            raise InvalidDateError(raw, "is not a date this library can read") from None
        except (ValueError, OverflowError):
            break
    if len(parsed) < 2:
        return _impossible(raw, t, year)
    first, second = parsed
    has_year = first.year == second.year
    has_month = first.month == second.month
    has_day = first.day == second.day
    if has_day and not has_month:
        raise InvalidDateError(raw, "names a day but no month")
    if not has_year:
        if year is None:
            raise InvalidDateError(raw, "has no year; pass year= (for example the article's year)")
        use_year = year
    else:
        use_year = first.year
    return UncertainDate._make(
        _check_point(
            raw,
            use_year,
            first.month if has_month else None,
            first.day if has_day else None,
            approximate=approximate,
        )
    )


def _impossible(raw: str, t: str, year: int | None) -> UncertainDate:
    """Explain why dateutil refused *t*: report the impossible day with our own message."""
    m = re.fullmatch(rf"({_MONTHS})\.?\s+(\d{{1,2}})(?:\s*,?\s*(\d{{4}}))?", t) or re.fullmatch(
        rf"(\d{{1,2}})\s+({_MONTHS})\.?(?:\s*,?\s*(\d{{4}}))?", t
    )
    if m is not None:
        groups = m.groups()
        month_name, day = (
            (groups[0], groups[1]) if not groups[0].isdigit() else (groups[1], groups[0])
        )
        use_year = int(groups[2]) if groups[2] else year
        if use_year is not None:
            return UncertainDate._make(
                _check_point(raw, use_year, _month_number(month_name), int(day))
            )
    raise InvalidDateError(raw, "is not a real date")


__test__ = publish(UncertainDate)
