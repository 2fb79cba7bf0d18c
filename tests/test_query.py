"""Collections: typed, ordered, immutable; filters that agree with the date semantics."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sinorussia
from sinorussia import (
    Collection,
    Exercise,
    InvalidCodeError,
    InvalidDateError,
    InvalidFieldError,
    RecordNotFoundError,
    Summit,
    UncertainDate,
)

from . import strategies as s

summit_lists = st.lists(s.summits, max_size=12, unique_by=lambda x: x.id)


def bounds(d: UncertainDate) -> tuple[dt.date, dt.date]:
    return d.earliest or dt.date.min, d.latest or dt.date.max


@given(summit_lists, s.windows)
def test_overlapping_agrees_with_earliest_and_latest(
    records: list[Summit], w: UncertainDate
) -> None:
    coll = Collection(records, item_type=Summit)
    lo, hi = bounds(w)
    expected = {r.id for r in records if bounds(r.date)[0] <= hi and lo <= bounds(r.date)[1]}
    assert set(coll.filter(overlapping=w).ids) == expected
    assert set(coll.filter(overlapping=str(w)).ids) == expected


@given(summit_lists, s.windows)
def test_within_means_certainly_inside(records: list[Summit], w: UncertainDate) -> None:
    coll = Collection(records, item_type=Summit)
    lo, hi = bounds(w)
    expected = {
        r.id
        for r in records
        if r.date.earliest
        and r.date.latest
        and not r.date.qualified
        and lo <= r.date.earliest
        and r.date.latest <= hi
    }
    within = coll.filter(within=w)
    assert set(within.ids) == expected
    assert set(within.ids) <= set(coll.filter(overlapping=w).ids)


@given(summit_lists, st.lists(s.codes, min_size=1, max_size=2, unique=True), s.windows)
def test_filters_give_subsets_and_chain_like_intersection(
    records: list[Summit], codes: list[str], w: UncertainDate
) -> None:
    coll = Collection(records, item_type=Summit)
    a = coll.filter(participants=codes)
    b = coll.filter(overlapping=w)
    both = coll.filter(participants=codes, overlapping=w)
    assert set(a.ids) <= set(coll.ids) and set(b.ids) <= set(coll.ids)
    assert set(both.ids) == set(a.ids) & set(b.ids)
    assert a.filter(overlapping=w) == both == b.filter(participants=codes)
    assert all(set(codes) <= set(r.participants) for r in a)
    anyp = coll.filter(any_participants=codes)
    assert {r.id for r in anyp} == {r.id for r in records if set(codes) & set(r.participants)}


@given(summit_lists)
def test_iteration_is_in_date_order(records: list[Summit]) -> None:
    coll = Collection(records, item_type=Summit)
    keys = [(r.date.sort_key(), r.id) for r in coll]
    assert keys == sorted(keys)
    assert len(coll) == len(records)
    for r in records:
        assert coll.get(r.id) == r and r in coll


def test_bundled_typical_queries() -> None:
    ds = sinorussia.load()
    met_2022 = ds.summits.filter(overlapping=2022, participants=["CHN", "RUS"], mode="in-person")
    assert all(isinstance(x, Summit) for x in met_2022)
    assert "summit-2022-09-15-samarkand" in met_2022.ids
    assert all(r.date.overlaps(UncertainDate.parse("2022")) for r in met_2022)
    vostok = ds.exercises.filter(text="vostok")
    assert all("vostok" in ((r.name or "") + r.summary).lower() for r in vostok)
    assert len(ds.summits.citing("seed-002")) >= 1
    assert ds.summits.filter(place="samark").ids[0] == "summit-2022-09-15-samarkand"
    assert ds.summits.filter(country="UZB", framework="SCO").ids[:1] == (
        "summit-2016-06-23-tashkent",
    )


def test_the_documented_meaning_of_a_year() -> None:
    cite = (sinorussia.Citation(source_id="src-a", locator="para. 1"),)

    def mk(i: int, date: str) -> Summit:
        return Summit(
            id=f"summit-{i}",
            date=UncertainDate.parse(date),
            summary="s",
            citations=cite,
            participants=("CHN",),
        )

    coll = Collection(
        [mk(1, "2014"), mk(2, "2014-11-09"), mk(3, "2013/2015"), mk(4, "2014~"), mk(5, "2015")]
    )
    assert coll.filter(overlapping=2014).ids == ("summit-3", "summit-1", "summit-4", "summit-2")
    assert coll.filter(within=2014).ids == ("summit-1", "summit-2")
    assert coll.filter(within=dt.date(2014, 11, 9)).ids == ("summit-2",)
    assert coll.filter(overlapping="2015/..").ids == ("summit-3", "summit-5")


def test_get_and_lookup() -> None:
    summits = sinorussia.load().summits
    assert summits.get("nope") is None
    sentinel = summits[0]
    assert summits.get("nope", sentinel) is sentinel
    with pytest.raises(RecordNotFoundError) as info:
        summits.lookup("summit-1900-01-01-nowhere")
    assert isinstance(info.value, LookupError)
    assert str(info.value) == "no summit has id 'summit-1900-01-01-nowhere'"
    in_2022 = summits.filter(within=2022)
    assert in_2022.get("summit-2016-06-23-tashkent") is None


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"participants": ["CHN", "XX"]},
            InvalidCodeError,
            "in filter participants=: 'XX' is not an ISO 3166 alpha-3",
        ),
        ({"any_participants": "zz"}, InvalidCodeError, "'zz' is not an ISO 3166"),
        ({"country": "Russia"}, InvalidCodeError, "'Russia' is not an ISO 3166"),
        ({"overlapping": "2015-09-31"}, InvalidDateError, "'2015-09-31' is not a real day"),
        ({"within": "last year"}, InvalidDateError, "'last year' is not a valid EDTF date"),
        ({"within": 1.5}, InvalidFieldError, "1.5 is not a date"),
        ({"within": True}, InvalidFieldError, "True is not a date"),
        ({"domain": "naval"}, InvalidFieldError, "summit records have no 'domain' to filter on"),
        (
            {"mode": "phone"},
            InvalidFieldError,
            "'phone' is not a summit mode; expected one of 'in-person', 'virtual'",
        ),
        ({"framework": "NATO"}, InvalidFieldError, "'NATO' is not an organisation or format code"),
        ({"metric": "turnover"}, InvalidFieldError, "summit records have no 'metric'"),
    ],
)
def test_bad_filters_raise_instead_of_matching_nothing(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        sinorussia.load().summits.filter(**kwargs)  # type: ignore[arg-type]
    assert message in str(info.value)
    assert isinstance(info.value, sinorussia.SinorussiaError)


def test_exercise_filters() -> None:
    ex = sinorussia.load().exercises
    naval = ex.filter(domain="naval")
    assert naval and all(isinstance(e, Exercise) and e.domain == "naval" for e in naval)
    assert ex.filter(kind="patrol", domain="air").ids
    with pytest.raises(
        InvalidFieldError,
        match="'space' is not a exercise domain|'space' is not an exercise domain",
    ):
        ex.filter(domain="space")
    with pytest.raises(InvalidFieldError, match="exercise records have no 'mode'"):
        ex.filter(mode="virtual")


def test_sources_filter_on_published_date_and_text() -> None:
    src = sinorussia.load().sources
    assert "seed-003" in src.filter(within="2014-11").ids
    assert src.filter(text="yu sui").ids == ("seed-003",)
    with pytest.raises(InvalidFieldError, match="source records have no 'participants'"):
        src.filter(participants=["CHN"])


def test_collection_basics() -> None:
    summits = sinorussia.load().summits
    assert repr(summits).startswith("<Collection of ") and repr(summits).endswith(" summits>")
    assert summits[:2] == tuple(summits)[:2]
    assert summits == sinorussia.load().summits
    assert summits != sinorussia.load().exercises
    assert summits.__eq__(3) is NotImplemented
    assert hash(summits) == hash(sinorussia.load().summits)
    assert summits.item_type is Summit
    with pytest.raises(TypeError, match="needs item_type"):
        Collection([])
    with pytest.raises(TypeError, match="is not a Summit"):
        Collection([summits[0], sinorussia.load().exercises[0]])
    empty = Collection([], item_type=Summit)
    assert len(empty) == 0 and repr(empty) == "<Collection of 0 summits>"
    assert len(empty.filter(overlapping=2014)) == 0
