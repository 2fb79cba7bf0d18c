"""UncertainDate: EDTF parsing and printing, free text, bounds, ordering and relations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sinorussia import InvalidDateError, SinorussiaError, UncertainDate

from . import strategies as s


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year"),
        ("2016-02", dt.date(2016, 2, 1), dt.date(2016, 2, 29), "month"),
        ("2015-02", dt.date(2015, 2, 1), dt.date(2015, 2, 28), "month"),
        ("2022-09-15", dt.date(2022, 9, 15), dt.date(2022, 9, 15), "day"),
        ("2022-09-01/2022-09-07", dt.date(2022, 9, 1), dt.date(2022, 9, 7), "interval"),
        ("2019/..", dt.date(2019, 1, 1), None, "interval"),
        ("../2019-06", None, dt.date(2019, 6, 30), "interval"),
        ("/2014-11-21", None, dt.date(2014, 11, 21), "interval"),
        ("2021~", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year"),
        ("2014?", dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year"),
        ("2004-06%/2004-07", dt.date(2004, 6, 1), dt.date(2004, 7, 31), "interval"),
    ],
)
def test_parse_bounds_and_precision(
    text: str, earliest: dt.date | None, latest: dt.date | None, precision: str
) -> None:
    d = UncertainDate.parse(text)
    assert (d.earliest, d.latest, d.precision) == (earliest, latest, precision)
    assert str(d) == text


def test_qualifiers() -> None:
    assert UncertainDate.parse("2021~").approximate and not UncertainDate.parse("2021~").uncertain
    assert UncertainDate.parse("2014?").uncertain and not UncertainDate.parse("2014?").approximate
    both = UncertainDate.parse("2014-05%")
    assert both.approximate and both.uncertain and both.qualified
    assert not UncertainDate.parse("2014").qualified


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2015-09-31", "'2015-09-31' is not a real day: September 2015 has 30 days"),
        ("2015-02-29", "'2015-02-29' is not a real day: February 2015 has 28 days"),
        ("2014-13", "'2014-13' is not a valid date: month 13 is not 1 to 12"),
        ("2014-00-10", "'2014-00-10' is not a valid date: month 0 is not 1 to 12"),
        ("0000", "'0000' is not a valid date: year 0 is not 1 to 9999"),
        ("14-05-20", "'14-05-20' is not a valid EDTF date"),
        ("2014-5-20", "'2014-5-20' is not a valid EDTF date"),
        ("May 2014", "'May 2014' is not a valid EDTF date"),
        ("2014-05-20T10:00", "'2014-05-20T10:00' is not a valid EDTF date"),
        ("../..", "'../..' is not a valid EDTF interval: at least one end must be a date"),
        ("2015/2014", "'2015/2014' is not a valid EDTF interval: its start comes after its end"),
        (
            "2014/2015/2016",
            "'2014/2015/2016' is not a valid EDTF interval: it has more than one '/'",
        ),
        ("", "'' is not a valid EDTF date"),
    ],
)
def test_parse_rejects_with_a_message_naming_the_value(text: str, message: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        UncertainDate.parse(text)
    assert str(info.value).startswith(message)
    assert info.value.value == text
    assert isinstance(info.value, SinorussiaError) and isinstance(info.value, ValueError)


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(InvalidDateError, match="is not a date string"):
        UncertainDate.parse(2014)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Nov 21 , 2014", None, "2014-11-21"),
        ("June, 23", 2016, "2016-06-23"),
        ("JUNE, 23", 2016, "2016-06-23"),
        ("September 15", 2022, "2022-09-15"),
        ("September 1-7", 2022, "2022-09-01/2022-09-07"),
        ("1–7 September 2022", None, "2022-09-01/2022-09-07"),
        ("May 8, 2015", None, "2015-05-08"),
        ("May 24", 2022, "2022-05-24"),
        ("July of 2023", None, "2023-07"),
        ("in July 2023", None, "2023-07"),
        ("end of 2021", None, "2021"),
        ("At the end of 2021", None, "2021"),
        ("early May 2014", None, "2014-05"),
        ("mid-2019", None, "2019"),
        ("approximately 2021", None, "2021~"),
        ("about March 2023", None, "2023-03~"),
        ("2014", None, "2014"),
        ("21st of November 2014", None, "2014-11-21"),
        ("2019/..", None, "2019/.."),
        ("September 2015", None, "2015-09"),
    ],
)
def test_from_text_keeps_the_precision_the_text_supports(
    text: str, year: int | None, expected: str
) -> None:
    assert str(UncertainDate.from_text(text, year=year)) == expected


def test_from_text_ignores_the_year_hint_when_the_text_has_one() -> None:
    assert str(UncertainDate.from_text("Nov 21, 2014", year=1999)) == "2014-11-21"


@pytest.mark.parametrize(
    ("text", "year", "message"),
    [
        (
            "September 31st, 2015",
            None,
            "'September 31st, 2015' is not a real day: September 2015 has 30 days",
        ),
        ("June 31", 2016, "'June 31' is not a real day: June 2016 has 30 days"),
        ("June, 23", None, "'June, 23' has no year; pass year="),
        ("September 1-7", None, "'September 1-7' has no year; pass year="),
        (
            "September 7-1",
            2022,
            "'September 7-1' is not a valid EDTF interval: its start comes after its end",
        ),
        ("end of", None, "'end of' names no date"),
        ("sometime soon", None, "'sometime soon' is not a date this library can read"),
        ("2015-09-31", None, "'2015-09-31' is not a real day"),
    ],
)
def test_from_text_rejects_impossible_or_incomplete_dates(
    text: str, year: int | None, message: str
) -> None:
    with pytest.raises(InvalidDateError) as info:
        UncertainDate.from_text(text, year=year)
    assert str(info.value).startswith(message)


def test_constructors() -> None:
    assert str(UncertainDate.of(2014, 11)) == "2014-11"
    assert str(UncertainDate.of(2021, approximate=True)) == "2021~"
    assert str(UncertainDate.from_date(dt.date(2001, 7, 16))) == "2001-07-16"
    assert str(UncertainDate.between(None, UncertainDate.of(2014))) == "../2014"
    with pytest.raises(InvalidDateError, match="'2015-2-30' is not a real day"):
        UncertainDate.of(2015, 2, 30)
    with pytest.raises(InvalidDateError, match="an interval end must be a single date"):
        UncertainDate.between(UncertainDate.parse("2014/2015"), None)
    with pytest.raises(InvalidDateError, match="at least one end must be a date"):
        UncertainDate.between(None, None)


def test_repr_is_evaluable_text() -> None:
    assert repr(UncertainDate.parse("2019/..")) == "UncertainDate('2019/..')"


def test_year_property() -> None:
    assert UncertainDate.parse("2022-09-01/2022-09-07").year == 2022
    assert UncertainDate.parse("2013/2015").year is None
    assert UncertainDate.parse("2019/..").year is None


def test_the_semantics_the_docs_promise() -> None:
    in_2014 = UncertainDate.parse("2014")
    assert in_2014.overlaps(UncertainDate.parse("2014")) and in_2014.contains(
        UncertainDate.parse("2014")
    )
    assert in_2014.overlaps(UncertainDate.parse("2013/2015"))
    assert not in_2014.contains(UncertainDate.parse("2013/2015"))
    assert in_2014.overlaps(UncertainDate.parse("2014~"))
    assert not in_2014.contains(UncertainDate.parse("2014~"))
    assert in_2014.overlaps(UncertainDate.parse("2010/.."))
    assert not in_2014.contains(UncertainDate.parse("2010/.."))
    assert UncertainDate.parse("2010/..").contains(UncertainDate.parse("2014-11-09"))
    assert not in_2014.overlaps(UncertainDate.parse("2015-01-01"))


@given(s.dates)
def test_edtf_round_trip(d: UncertainDate) -> None:
    assert UncertainDate.parse(str(d)) == d
    assert UncertainDate.from_text(str(d)) == d


@given(s.dates)
def test_bounds_are_ordered(d: UncertainDate) -> None:
    if d.earliest is not None and d.latest is not None:
        assert d.earliest <= d.latest


@given(s.dates, s.windows)
def test_overlap_agrees_with_bounds(d: UncertainDate, w: UncertainDate) -> None:
    lo, hi = w.earliest or dt.date.min, w.latest or dt.date.max
    a, b = d.earliest or dt.date.min, d.latest or dt.date.max
    assert d.overlaps(w) == w.overlaps(d) == (a <= hi and lo <= b)


@given(s.dates, s.windows)
def test_contains_agrees_with_bounds(d: UncertainDate, w: UncertainDate) -> None:
    lo, hi = w.earliest or dt.date.min, w.latest or dt.date.max
    expected = (
        d.earliest is not None
        and d.latest is not None
        and not d.qualified
        and lo <= d.earliest
        and d.latest <= hi
    )
    assert w.contains(d) == expected
    if expected:
        assert w.overlaps(d)


@given(s.dates, s.dates)
def test_order_is_total_and_consistent_with_equality(a: UncertainDate, b: UncertainDate) -> None:
    assert (a < b) + (a == b) + (a > b) == 1
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (a > b or a == b)
    assert sorted([a, b]) == sorted([b, a])


@given(s.dates, s.days)
def test_a_day_inside_the_bounds_is_contained(d: UncertainDate, day: dt.date) -> None:
    inside = (d.earliest or dt.date.min) <= day <= (d.latest or dt.date.max)
    assert d.overlaps(UncertainDate.from_date(day)) == inside


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(29, 31))
def test_month_ends(year: int, month: int, day: int) -> None:
    import calendar

    last = calendar.monthrange(year, month)[1]
    if day <= last:
        assert UncertainDate.of(year, month, day).latest == dt.date(year, month, day)
    else:
        with pytest.raises(InvalidDateError, match="is not a real day"):
            UncertainDate.parse(f"{year:04d}-{month:02d}-{day:02d}")


def test_comparison_with_other_types_is_not_supported() -> None:
    with pytest.raises(TypeError):
        _ = UncertainDate.parse("2014") < "2015"  # type: ignore[operator]
    assert UncertainDate.parse("2014") != "2014"
