"""Collections: typed, ordered, immutable; filters that agree with the date semantics."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sinorussia
from sinorussia import (
    Collection,
    Exercise,
    InvalidArgumentError,
    RecordNotFoundError,
    Summit,
    SummitCollection,
    UncertainDate,
    UnknownKeywordError,
)

from . import strategies as s

summit_lists = st.lists(s.summits, max_size=12, unique_by=lambda x: x.id)


def bounds(d: UncertainDate) -> tuple[dt.date, dt.date]:
    return d.earliest or dt.date.min, d.latest or dt.date.max


@given(summit_lists, s.windows)
def test_overlapping_agrees_with_earliest_and_latest(
    records: list[Summit], w: UncertainDate
) -> None:
    coll = SummitCollection(records)
    lo, hi = bounds(w)
    expected = {r.id for r in records if bounds(r.date)[0] <= hi and lo <= bounds(r.date)[1]}
    assert set(coll.filter(overlapping=w).ids) == expected
    assert set(coll.filter(overlapping=str(w)).ids) == expected


@given(summit_lists, s.windows)
def test_within_means_certainly_inside(records: list[Summit], w: UncertainDate) -> None:
    coll = SummitCollection(records)
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
    coll = SummitCollection(records)
    a = coll.filter(participants=codes, strict=True)
    b = coll.filter(overlapping=w)
    both = coll.filter(participants=codes, overlapping=w, strict=True)
    assert set(a.ids) <= set(coll.ids) and set(b.ids) <= set(coll.ids)
    assert set(both.ids) == set(a.ids) & set(b.ids)
    assert a.filter(overlapping=w) == both == b.filter(participants=codes, strict=True)
    assert all(set(codes) <= set(r.participants) for r in a)
    anyp = coll.filter(any_participants=codes, strict=True)
    assert {r.id for r in anyp} == {r.id for r in records if set(codes) & set(r.participants)}

    # By default a code stands for its state's lineage: RUS and SUN are one state.
    def lineage(code: str) -> set[str]:
        return {"RUS", "SUN"} if code in ("RUS", "SUN") else {code}

    loose = coll.filter(participants=codes)
    assert {r.id for r in loose} == {
        r.id for r in records if all(lineage(c) & set(r.participants) for c in codes)
    }


@given(summit_lists)
def test_iteration_is_in_date_order(records: list[Summit]) -> None:
    coll = SummitCollection(records)
    # as documented: earliest day first (an open start first), then latest day, then id
    keys = [(*bounds(r.date), r.id) for r in coll]
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
    assert ds.summits.filter(place="Samarkand").ids[0] == "summit-2022-09-15-samarkand"
    uzbek_sco = ds.summits.filter(country="UZB", framework="SCO", people=["Xi Jinping"])
    assert uzbek_sco.ids[:1] == ("summit-2016-06-23-tashkent",)


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

    coll = SummitCollection(
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
            InvalidArgumentError,
            "participants: 'XX' is not an ISO 3166 alpha-3",
        ),
        ({"any_participants": "zz"}, InvalidArgumentError, "'zz' is not an ISO 3166"),
        ({"country": "Russia"}, InvalidArgumentError, "'Russia' is not an ISO 3166"),
        ({"overlapping": "2015-09-31"}, InvalidArgumentError, "'2015-09-31' is not a real day"),
        ({"within": "last year"}, InvalidArgumentError, "'last year' is not a valid EDTF date"),
        ({"within": 1.5}, InvalidArgumentError, "within: 1.5 is not a date"),
        ({"within": True}, InvalidArgumentError, "within: True is not a date"),
        ({"domain": "naval"}, UnknownKeywordError, "summit filters take no 'domain'; they take:"),
        (
            {"mode": "in person"},
            InvalidArgumentError,
            "mode: 'in person' is not a summit mode; expected one of 'in-person', 'video', 'phone'",
        ),
        (
            {"framework": "NATO"},
            InvalidArgumentError,
            "'NATO' is not an organisation or format code",
        ),
        ({"metric": "turnover"}, UnknownKeywordError, "summit filters take no 'metric'"),
        ({"people": ["Sergey Lavrof"]}, InvalidArgumentError, "did you mean 'Sergey Lavrov'?"),
        ({"people": ["xi jinping", 3]}, InvalidArgumentError, "3 is not a name"),
        (
            {"place": "Atlantis"},
            InvalidArgumentError,
            "'Atlantis' is not the name or id of any place",
        ),
        ({"strict": "yes"}, InvalidArgumentError, "'yes' is not True or False"),
        ({"people": []}, InvalidArgumentError, "is empty; give at least one value"),
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
    with pytest.raises(InvalidArgumentError, match="'space' is not a exercise domain"):
        ex.filter(domain="space")  # type: ignore[arg-type]
    with pytest.raises(UnknownKeywordError, match="exercise filters take no 'mode'"):
        ex.filter(mode="video")  # type: ignore[call-arg]


def test_sources_filter_on_published_date_and_text() -> None:
    src = sinorussia.load().sources
    assert "seed-003" in src.filter(within="2014-11").ids
    assert src.filter(text="yu sui").ids == ("seed-003",)
    with pytest.raises(UnknownKeywordError, match="source filters take no 'participants'"):
        src.filter(participants=["CHN"])  # type: ignore[call-arg]


def test_collection_basics() -> None:
    summits = sinorussia.load().summits
    assert repr(summits).startswith("<SummitCollection of ") and repr(summits).endswith(" summits>")
    assert isinstance(summits[:2], SummitCollection)
    assert tuple(summits[:2]) == tuple(summits)[:2]
    assert summits[1:3].filter(within=2100).ids == ()
    assert summits == sinorussia.load().summits
    assert summits != sinorussia.load().exercises
    assert summits.__eq__(3) is NotImplemented
    assert hash(summits) == hash(sinorussia.load().summits)
    assert summits.item_type is Summit
    with pytest.raises(TypeError, match="needs item_type"):
        Collection([])  # the generic class fixes no item type
    with pytest.raises(TypeError, match="is not a Summit"):
        Collection([summits[0], sinorussia.load().exercises[0]])
    empty = SummitCollection([])
    assert len(empty) == 0 and repr(empty) == "<SummitCollection of 0 summits>"
    assert len(empty.filter(overlapping=2014)) == 0


def test_names_match_case_insensitively_and_through_aliases() -> None:
    summits = sinorussia.load().summits
    answers = {
        summits.filter(people=[name]).ids
        for name in ("Sergei Lavrov", "sergey lavrov", "Sergey Lavrov", "Сергей Лавров")
    }
    assert len(answers) == 1 and answers.pop()
    assert summits.filter(place="Samarkand").ids == summits.filter(place="samarkand").ids != ()


def test_the_ussr_is_russia_for_participant_queries_unless_strict() -> None:
    agreements = sinorussia.load().agreements
    treaty = "agreement-1950-02-14-sino-soviet-alliance-treaty"
    assert treaty in agreements.filter(participants=["CHN", "RUS"]).ids
    assert treaty not in agreements.filter(participants=["CHN", "RUS"], strict=True).ids
    assert treaty in agreements.filter(participants=["SUN"], strict=True).ids


def test_former_ids_are_still_found() -> None:
    s = sinorussia.load().summits[0]
    moved = attrs.evolve(s, id="summit-renamed", former_ids=(s.id,))
    coll = SummitCollection([moved])
    assert coll.lookup(s.id) is moved and coll.get("summit-renamed") is moved


def test_dataset_wide_query_spans_every_kind() -> None:
    sept = sinorussia.load().filter(overlapping="2022-09")
    kinds = {type(r).__name__ for r in sept.records()}
    assert {"Summit", "Exercise"} <= kinds
    assert all(r.date.overlaps(UncertainDate("2022-09")) for r in sept.records())


@given(summit_lists, st.lists(s.windows, max_size=3))
def test_per_year_counts_dates_certainly_inside_one_year(
    records: list[Summit], narrowing: list[UncertainDate]
) -> None:
    coll = SummitCollection(records)
    for w in narrowing:  # counting works on any filtered collection, not only the whole
        coll = coll.filter(overlapping=w)
    kept = list(coll)
    counted = [r for r in kept if r.date.year is not None and not r.date.qualified]
    expected = {y: sum(r.date.year == y for r in counted) for y in {r.date.year for r in counted}}
    got = coll.per_year()
    assert {y: n for y, n in got.items() if n} == expected
    if expected:
        assert list(got) == list(range(min(expected), max(expected) + 1))
    distinct = coll.per_year(distinct_dates=True)
    assert {y: n for y, n in distinct.items() if n} == {
        y: len({str(r.date) for r in counted if r.date.year == y}) for y in expected
    }
