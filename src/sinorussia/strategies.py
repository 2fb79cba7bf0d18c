"""Hypothesis strategies for sinorussia's records, dates and datasets.

Use them to property-test your own analysis code on data of the right shape: every record
a strategy draws is valid (it passes the same checks as the bundled data), every dataset's
references resolve, and :func:`near_valid_records` draws JSON that is *almost* a record, for
testing code that reads data files. Hypothesis is needed
(``python -m pip install hypothesis``); without it, importing this module raises
:class:`~sinorussia.MissingExtraError`.

>>> from hypothesis import given, settings
>>> from sinorussia import strategies
>>> def meetings_per_year(summits):          # the function under test
...     return {s.date.year for s in summits if s.date.year}
>>> @settings(max_examples=20)
... @given(strategies.datasets())
... def test_years_are_years(ds):
...     assert all(1900 <= y <= 2100 for y in meetings_per_year(ds.summits))
>>> test_years_are_years()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import calendar
import typing
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from ._dataset import Dataset
from ._dates import UncertainDate
from ._entities import Person, Place
from ._models import (
    Agreement,
    AgreementKind,
    Asset,
    Citation,
    Claim,
    DateBasis,
    Disagreement,
    Erratum,
    Exercise,
    Metric,
    Source,
    Summit,
    TradeFigure,
)
from ._names import bundled_names
from ._unstructure import unstructure
from .exceptions import MissingExtraError

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is installed with the test extra
    raise MissingExtraError("sinorussia.strategies", "hypothesis", "test") from None

__all__ = [
    "agreements",
    "citations",
    "datasets",
    "dates",
    "exercises",
    "near_valid_records",
    "records",
    "sources",
    "summits",
    "trade_figures",
    "windows",
]

SOURCE_IDS = ("src-a", "src-b", "src-c")
"""The source ids generated records cite; :func:`datasets` includes these sources."""
SUMMIT_IDS = ("summit-2001-07-16-moscow", "summit-2014-05-20-shanghai")

country_codes = st.sampled_from(("CHN", "RUS", "IND", "MNG", "BLR", "IRN", "KAZ", "UZB", "SUN"))
_code_tuples = st.lists(country_codes, min_size=1, max_size=4, unique=True).map(tuple)
words = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N"), include_characters=" -'"),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)
_optional_words = st.none() | words
_word_tuples = st.lists(words, max_size=3, unique=True).map(tuple)
_organisations = st.none() | st.sampled_from(("SCO", "BRICS", "APEC", "G20", "CICA", "EAEU"))
_locators = st.one_of(
    st.integers(1, 400).map(lambda n: f"p. {n}"),
    st.integers(1, 60).map(lambda n: f"para. {n}"),
    st.integers(1, 30).map(lambda n: f"art. {n}"),
    st.tuples(st.integers(1, 50), st.integers(51, 99)).map(lambda t: f"pp. {t[0]}-{t[1]}"),
    st.sampled_from(("headline", "caption")),
)
_slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@st.composite
def _points(draw: st.DrawFn, *, qualified: bool = True) -> UncertainDate:
    year = draw(st.integers(1900, 2100))
    precision = draw(st.sampled_from(("year", "month", "day")))
    month = draw(st.integers(1, 12)) if precision != "year" else None
    day = None
    if month is not None and precision == "day":
        day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    approximate = draw(st.booleans()) if qualified else False
    uncertain = draw(st.booleans()) if qualified else False
    return UncertainDate.of(year, month, day, approximate=approximate, uncertain=uncertain)


@st.composite
def _intervals(draw: st.DrawFn) -> UncertainDate:
    a = draw(_points())
    b = draw(_points())
    lo, hi = a.earliest, b.latest
    assert lo is not None
    assert hi is not None
    if lo > hi:
        a, b = b, a
    shape = draw(st.sampled_from(("closed", "open-end", "open-start", "unknown-end")))
    if shape == "closed":
        return UncertainDate.between(a, b)
    if shape == "open-start":
        return UncertainDate.between(None, b)
    if shape == "unknown-end":
        return UncertainDate.parse(f"{a}/")
    return UncertainDate.between(a, None)


def dates() -> st.SearchStrategy[UncertainDate]:
    """Any uncertain date: a year, month or day, qualified or not, or a range of them.

    >>> from hypothesis import given
    >>> from sinorussia import strategies
    >>> @given(strategies.dates())
    ... def test_dates_have_text(d):
    ...     assert str(d)
    >>> test_dates_have_text()
    """
    return st.one_of(_points(), _intervals())


def windows() -> st.SearchStrategy[UncertainDate]:
    """Dates as query windows: unqualified single dates and ranges."""
    return st.one_of(_points(qualified=False), _intervals())


def citations() -> st.SearchStrategy[Citation]:
    """Citations of the sources ``SOURCE_IDS`` (``src-a`` to ``src-c``) with valid pinpoint locators."""
    return st.builds(
        Citation,
        source_id=st.sampled_from(SOURCE_IDS),
        locator=_locators,
        via=st.none() | st.sampled_from(SOURCE_IDS),
        note=_optional_words,
    )


def _errata() -> st.SearchStrategy[Erratum]:
    return st.builds(
        Erratum,
        source_id=st.sampled_from(SOURCE_IDS),
        locator=_locators,
        field=st.none() | st.just("date"),
        stated=words,
        note=words,
    )


def _disagreements() -> st.SearchStrategy[Disagreement]:
    claims = st.builds(Claim, source_id=st.sampled_from(SOURCE_IDS), locator=_locators, value=words)
    return st.builds(
        Disagreement,
        field=st.just("date"),
        claims=st.lists(claims, min_size=2, max_size=3).map(tuple),
        note=words,
    )


def _common(prefix: str) -> dict[str, st.SearchStrategy[Any]]:
    return {
        "id": _slugs.map(lambda s: prefix + s),
        "date": dates(),
        "summary": words,
        "citations": st.lists(citations(), min_size=1, max_size=3).map(tuple),
        "errata": st.lists(_errata(), max_size=2).map(tuple),
        "disagreements": st.lists(_disagreements(), max_size=1).map(tuple),
        "inferred": st.sampled_from(((), ("date",))),
    }


def sources(*, dated: bool | None = None) -> st.SearchStrategy[Source]:
    """Sources with the ids ``SOURCE_IDS``; *dated* forces a publication date or none."""

    @st.composite
    def build(draw: st.DrawFn) -> Source:
        src = draw(
            st.builds(
                Source,
                id=st.sampled_from(SOURCE_IDS),
                kind=st.sampled_from(
                    ("article", "book", "report", "web-page", "official-statement")
                ),
                title=_optional_words,
                authors=_word_tuples,
                outlet=_optional_words,
                agency=_optional_words,
                published=st.none(),
                url=st.none() | _slugs.map(lambda s: f"https://example.org/{s}"),
                language=st.none() | st.sampled_from(("en", "zh", "ru")),
                translator=_optional_words,
                cites=st.just(()),
                note=_optional_words,
            )
        )
        if dated or (dated is None and draw(st.booleans())):
            basis: DateBasis = draw(st.sampled_from(typing.get_args(DateBasis)))
            src = attrs.evolve(src, published=draw(dates()), published_from=basis)
        return src

    return build()


def _ids(pool: Sequence[str], max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(pool), max_size=max_size, unique=True).map(tuple)


def _people_ids(people: Sequence[str] | None) -> Sequence[str]:
    return people or ("xi-jinping", "vladimir-putin", "hu-jintao", "sergey-lavrov", "wang-yi")


def _place_ids(places: Sequence[str] | None) -> Sequence[str]:
    return places or ("beijing", "moscow", "samarkand", "saint-petersburg")


def summits(
    *, people: Sequence[str] | None = None, places: Sequence[str] | None = None
) -> st.SearchStrategy[Summit]:
    """In-person summits naming *people* and *places* by id (bundled ones by default)."""
    return st.builds(
        Summit,
        **_common("summit-"),
        participants=_code_tuples,
        people=_ids(_people_ids(people)),
        mode=st.just("in-person"),
        kind=st.none()
        | st.sampled_from(
            ("state-visit", "official-visit", "working-visit", "multilateral", "bilateral")
        ),
        level=st.sampled_from(("heads-of-state", "heads-of-government", "foreign-ministers")),
        number=st.none() | st.integers(1, 40),
        place=st.none() | st.sampled_from(_place_ids(places)),
        country=st.none() | country_codes,
        framework=_organisations,
        occasion=_optional_words,
    )


def agreements(
    *, people: Sequence[str] | None = None, places: Sequence[str] | None = None
) -> st.SearchStrategy[Agreement]:
    """Agreements naming *people* and *places* by id; ``summit_id`` is one of SUMMIT_IDS or empty."""
    return st.builds(
        Agreement,
        **_common("agreement-"),
        kind=st.sampled_from(typing.get_args(AgreementKind)),
        parties=_code_tuples,
        title=_optional_words,
        other_titles=_word_tuples,
        signatories=_ids(_people_ids(people)),
        companies=_word_tuples,
        place=st.none() | st.sampled_from(_place_ids(places)),
        country=st.none() | country_codes,
        framework=_organisations,
        summit_id=st.none() | st.sampled_from(SUMMIT_IDS),
    )


def exercises(*, places: Sequence[str] | None = None) -> st.SearchStrategy[Exercise]:
    """Exercises and patrols with valid asset counts."""
    assets = st.builds(
        Asset,
        kind=st.sampled_from(
            ("ships", "submarines", "aircraft", "helicopters", "troops", "vehicles")
        ),
        count=st.integers(0, 100_000),
        qualifier=st.sampled_from(("exact", "about", "more-than", "at-least", "up-to")),
        country=st.none() | country_codes,
        note=_optional_words,
    )
    return st.builds(
        Exercise,
        **_common("exercise-"),
        kind=st.sampled_from(("exercise", "patrol")),
        domain=st.sampled_from(("naval", "air", "land", "combined", "cyber")),
        participants=_code_tuples,
        name=_optional_words,
        area=_optional_words,
        places=_ids(_place_ids(places), 2),
        host=st.none() | country_codes,
        framework=_organisations,
        series=_optional_words,
        number=st.none() | st.integers(1, 50),
        assets=st.lists(assets, max_size=3).map(tuple),
    )


def trade_figures() -> st.SearchStrategy[TradeFigure]:
    """Trade figures whose unit, currency, basis, sign and direction fit their metric."""

    @st.composite
    def build(draw: st.DrawFn) -> TradeFigure:
        metric: Metric = draw(st.sampled_from(typing.get_args(Metric)))
        growth = metric.endswith("-growth")
        directed = not metric.startswith("turnover")
        exporter, importer = draw(st.sampled_from((("CHN", "RUS"), ("RUS", "CHN"))))
        value = draw(
            st.decimals(
                min_value=-1000 if growth else 0,
                max_value=10**6,
                allow_nan=False,
                allow_infinity=False,
                places=2,
            )
        )
        return TradeFigure(
            **{k: draw(v) for k, v in _common("trade-").items()},
            metric=metric,
            value=Decimal(value),
            unit="percent" if growth else draw(st.sampled_from(("million", "billion"))),
            currency=None if growth else draw(st.sampled_from(("USD", "RUB", "CNY"))),
            basis=draw(st.none() | st.sampled_from(("USD", "CNY"))) if growth else None,
            qualifier=draw(st.sampled_from(("exact", "exact", "about", "more-than"))),
            statistical_source=draw(st.none() | st.sampled_from(("CN-GACC", "RU-FCS"))),
            exporter=exporter if directed else None,
            importer=importer if directed else None,
        )

    return build()


def records() -> st.SearchStrategy[Summit | Agreement | Exercise | TradeFigure | Source]:
    """Any one record or source."""
    return st.one_of(summits(), agreements(), exercises(), trade_figures(), sources())


def datasets(
    *,
    people: Iterable[Person] | None = None,
    places: Iterable[Place] | None = None,
    max_size: int = 4,
) -> st.SearchStrategy[Dataset]:
    """Small datasets whose references all resolve.

    Args:
        people: The people records may name (yours; the bundled ones by default).
        places: The places records may name (yours; the bundled ones by default).
        max_size: At most this many records of each kind.

    >>> from hypothesis import given, settings
    >>> from sinorussia import strategies
    >>> @settings(max_examples=10)
    ... @given(strategies.datasets())
    ... def test_sources(ds):
    ...     assert {s.id for s in ds.sources} == set(strategies.SOURCE_IDS)
    >>> test_sources()
    """
    people = tuple(people) if people is not None else tuple(bundled_names().people.values())
    places = tuple(places) if places is not None else tuple(bundled_names().places.values())
    person_ids = [p.id for p in people][:50] or None
    place_ids = [p.id for p in places][:50] or None

    @st.composite
    def build(draw: st.DrawFn) -> Dataset:
        srcs = [Source(id=i, kind="article") for i in SOURCE_IDS]
        smts = draw(
            st.lists(
                summits(people=person_ids, places=place_ids),
                max_size=max_size,
                unique_by=lambda s: s.id,
            )
        )
        fixed = [attrs.evolve(s, id=SUMMIT_IDS[i]) for i, s in enumerate(smts[:2])] + smts[2:]
        fixed = list({s.id: s for s in fixed}.values())
        known = {s.id for s in fixed}
        agrs = [
            a if a.summit_id in known or a.summit_id is None else attrs.evolve(a, summit_id=None)
            for a in draw(
                st.lists(
                    agreements(people=person_ids, places=place_ids),
                    max_size=max_size,
                    unique_by=lambda a: a.id,
                )
            )
        ]
        return Dataset.from_records(
            sources=srcs,
            summits=fixed,
            agreements=agrs,
            exercises=draw(
                st.lists(exercises(places=place_ids), max_size=max_size, unique_by=lambda e: e.id)
            ),
            trade_figures=draw(
                st.lists(trade_figures(), max_size=max_size, unique_by=lambda t: t.id)
            ),
            people=people,
            places=places,
            data_version=draw(st.none() | st.just("test")),
        )

    return build()


# --- near-valid data: for testing code that must reject bad input ------------------------

_BAD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(
        (
            "",
            " padded ",
            "2015-09-31",
            "٢٠١٣-٠٣-٢٢",
            "２０２０",
            "NaN",
            "1_0٣",
            "Infinity",
            "-1",
            "URS",
            "summit-",
            "p. 8x",
            "\ud800",
            "para.",
            "2014/2013",
            "../..",
        )
    ),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def near_valid_records() -> st.SearchStrategy[tuple[type, Any]]:
    """(record class, JSON value): a valid record's JSON with one part broken or removed.

    Most draws are invalid (a field of the wrong type or value, a required field missing, an
    unknown field, a nested part broken); a few mutations happen to leave the record valid.
    Code reading data should either read them or report a problem, never crash.
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[type, Any]:
        record = draw(records())
        value: Any = unstructure(record)
        target = value
        if draw(st.booleans()):  # reach into a nested part when there is one
            nested = [
                k for k, v in value.items() if isinstance(v, list) and v and isinstance(v[0], dict)
            ]
            if nested:
                target = draw(st.sampled_from(value[draw(st.sampled_from(nested))]))
        keys = [*target, "extra"]
        key = draw(st.sampled_from(keys))
        if key in target and draw(st.integers(0, 4)) == 0:
            del target[key]
        else:
            target[key] = draw(_BAD_VALUES)
        return type(record), value

    return build()
