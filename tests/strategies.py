"""Hypothesis strategies for every sinorussia model and for uncertain dates."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

import sinorussia
from sinorussia import (
    Agreement,
    Asset,
    Citation,
    Claim,
    Disagreement,
    Erratum,
    Exercise,
    Source,
    Summit,
    TradeFigure,
    UncertainDate,
)

SOURCE_IDS = ("src-a", "src-b", "src-c")
SUMMIT_IDS = ("summit-2001-07-16-moscow", "summit-2014-05-20-shanghai")

codes = st.sampled_from(("CHN", "RUS", "IND", "MNG", "BLR", "IRN", "KAZ", "UZB", "SUN"))
code_tuples = st.lists(codes, min_size=1, max_size=4, unique=True).map(tuple)
words = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N"), include_characters=" -'"),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)
optional_words = st.none() | words
word_tuples = st.lists(words, max_size=3, unique=True).map(tuple)
# ids of bundled people and places, so generated records resolve in a bundled dataset
person_ids = st.lists(
    st.sampled_from(("xi-jinping", "vladimir-putin", "hu-jintao", "sergey-lavrov", "wang-yi")),
    max_size=3,
    unique=True,
).map(tuple)
place_ids = st.none() | st.sampled_from(("beijing", "moscow", "samarkand", "saint-petersburg"))
organisations = st.none() | st.sampled_from(("SCO", "BRICS", "APEC", "G20", "CICA", "EAEU"))
locators = st.one_of(
    st.integers(1, 400).map(lambda n: f"p. {n}"),
    st.integers(1, 60).map(lambda n: f"para. {n}"),
    st.integers(1, 30).map(lambda n: f"art. {n}"),
    st.tuples(st.integers(1, 50), st.integers(51, 99)).map(lambda t: f"pp. {t[0]}-{t[1]}"),
    st.sampled_from(("headline", "caption")),
)


@st.composite
def points(draw: st.DrawFn, *, qualified: bool = True) -> UncertainDate:
    """A single date at year, month or day precision, maybe qualified."""
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
def intervals(draw: st.DrawFn) -> UncertainDate:
    """A closed interval, or one with an open or unknown end."""
    a = draw(points())
    b = draw(points())
    if a.earliest > b.latest:  # type: ignore[operator]
        a, b = b, a
    shape = draw(st.sampled_from(("closed", "open-end", "open-start", "unknown-end")))
    if shape == "closed" and a.earliest <= b.latest:  # type: ignore[operator]
        return UncertainDate.between(a, b)
    if shape == "open-start":
        return UncertainDate.between(None, b)
    if shape == "unknown-end":
        return UncertainDate.parse(f"{a}/")
    return UncertainDate.between(a, None)


dates = st.one_of(points(), intervals())
"""Any uncertain date."""

windows = st.one_of(points(qualified=False), intervals())
"""Dates used as query windows."""

citations = st.builds(
    Citation,
    source_id=st.sampled_from(SOURCE_IDS),
    locator=locators,
    via=st.none() | st.sampled_from(SOURCE_IDS),
    note=optional_words,
)
errata = st.builds(
    Erratum,
    source_id=st.sampled_from(SOURCE_IDS),
    locator=locators,
    field=st.none() | st.just("date"),
    stated=words,
    note=words,
)
claims = st.builds(Claim, source_id=st.sampled_from(SOURCE_IDS), locator=locators, value=words)
disagreements = st.builds(
    Disagreement,
    field=st.just("date"),
    claims=st.lists(claims, min_size=2, max_size=3).map(tuple),
    note=words,
)
assets = st.builds(
    Asset,
    kind=st.sampled_from(("ships", "submarines", "aircraft", "helicopters", "troops", "vehicles")),
    count=st.integers(0, 100_000),
    qualifier=st.sampled_from(("exact", "about", "more-than", "at-least", "up-to")),
    country=st.none() | codes,
    note=optional_words,
)
slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


def _common(prefix: str) -> dict[str, st.SearchStrategy[object]]:
    return {
        "id": slugs.map(lambda s: prefix + s),
        "date": dates,
        "summary": words,
        "citations": st.lists(citations, min_size=1, max_size=3).map(tuple),
        "errata": st.lists(errata, max_size=2).map(tuple),
        "disagreements": st.lists(disagreements, max_size=1).map(tuple),
        "inferred": st.sampled_from(((), ("date",))),
    }


sources = st.builds(
    Source,
    id=st.sampled_from(SOURCE_IDS),
    kind=st.sampled_from(("article", "book", "report", "web-page", "official-statement")),
    title=optional_words,
    authors=word_tuples,
    outlet=optional_words,
    agency=optional_words,
    published=st.none(),
    url=st.none() | slugs.map(lambda s: f"https://example.org/{s}"),
    language=st.none() | st.sampled_from(("en", "zh", "ru")),
    translator=optional_words,
    cites=st.just(()),
    note=optional_words,
)


@st.composite
def dated_sources(draw: st.DrawFn) -> Source:
    """A source with a publication date and where that date comes from."""
    src = draw(sources)
    import attrs

    return attrs.evolve(
        src,
        published=draw(dates),
        published_from=draw(st.sampled_from(("byline", "url", "metadata", "text", "reference"))),
    )


summits = st.builds(
    Summit,
    **_common("summit-"),
    participants=code_tuples,
    people=person_ids,
    mode=st.just("in-person"),
    kind=st.none()
    | st.sampled_from(
        ("state-visit", "official-visit", "working-visit", "multilateral", "bilateral")
    ),
    level=st.sampled_from(("heads-of-state", "heads-of-government", "foreign-ministers")),
    number=st.none() | st.integers(1, 40),
    place=place_ids,
    country=st.none() | codes,
    framework=organisations,
    occasion=optional_words,
)
agreements = st.builds(
    Agreement,
    **_common("agreement-"),
    kind=st.sampled_from(
        (
            "treaty",
            "agreement",
            "joint-statement",
            "declaration",
            "contract",
            "protocol",
            "memorandum",
        )
    ),
    parties=code_tuples,
    title=optional_words,
    other_titles=word_tuples,
    signatories=person_ids,
    companies=word_tuples,
    place=place_ids,
    country=st.none() | codes,
    framework=organisations,
    summit_id=st.none() | st.sampled_from(SUMMIT_IDS),
)
exercises = st.builds(
    Exercise,
    **_common("exercise-"),
    kind=st.sampled_from(("exercise", "patrol")),
    domain=st.sampled_from(("naval", "air", "land", "combined", "cyber")),
    participants=code_tuples,
    name=optional_words,
    area=optional_words,
    host=st.none() | codes,
    framework=organisations,
    series=optional_words,
    number=st.none() | st.integers(1, 50),
    assets=st.lists(assets, max_size=3).map(tuple),
)


@st.composite
def trade_figures(draw: st.DrawFn) -> TradeFigure:
    """A trade figure whose unit, currency and direction fit its metric."""
    metric = draw(
        st.sampled_from(
            (
                "turnover",
                "exports",
                "imports",
                "turnover-growth",
                "exports-growth",
                "imports-growth",
            )
        )
    )
    growth = metric.endswith("-growth")
    directed = not metric.startswith("turnover")
    exporter, importer = draw(st.sampled_from((("CHN", "RUS"), ("RUS", "CHN"))))
    value = draw(
        st.decimals(
            min_value=-1000, max_value=10**6, allow_nan=False, allow_infinity=False, places=2
        )
    )
    common = {k: draw(v) for k, v in _common("trade-").items()}
    return TradeFigure(
        **common,  # type: ignore[arg-type]
        metric=metric,
        value=Decimal(value),
        unit="percent" if growth else draw(st.sampled_from(("million", "billion"))),
        currency=None if growth else draw(st.sampled_from(("USD", "RUB", "CNY"))),
        statistical_source=draw(st.none() | st.sampled_from(("CN-GACC", "RU-FCS"))),
        exporter=exporter if directed else None,
        importer=importer if directed else None,
    )


@st.composite
def datasets(draw: st.DrawFn) -> sinorussia.Dataset:
    """A small dataset whose references all resolve."""
    srcs = [draw(sources).__class__(id=i, kind="article") for i in SOURCE_IDS]
    smts = draw(st.lists(summits, max_size=4, unique_by=lambda s: s.id))
    import attrs

    fixed = [attrs.evolve(s, id=SUMMIT_IDS[i]) for i, s in enumerate(smts[:2])] + smts[2:]
    fixed = list({s.id: s for s in fixed}.values())
    agrs = draw(st.lists(agreements, max_size=4, unique_by=lambda a: a.id))
    known = {s.id for s in fixed}
    agrs = [
        a if a.summit_id in known or a.summit_id is None else attrs.evolve(a, summit_id=None)
        for a in agrs
    ]
    return sinorussia.Dataset.from_records(
        sources=srcs,
        summits=fixed,
        agreements=agrs,
        exercises=draw(st.lists(exercises, max_size=4, unique_by=lambda e: e.id)),
        trade_figures=draw(st.lists(trade_figures(), max_size=4, unique_by=lambda t: t.id)),
        data_version=draw(st.none() | st.just("test")),
    )


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
