"""The record classes: agreements, summits, exercises, trade figures and their sources.

Every class is frozen, keyword-only and validated on construction; collections are tuples,
so a record shared from the cached dataset cannot be changed by a caller. The validators
live in :mod:`sinorussia._validators`; the people and places records refer to are in
:mod:`sinorussia._entities`.
"""

import functools
import typing
from decimal import Decimal
from typing import ClassVar, Literal, TypeAlias

import attrs

from . import _validators as v
from ._dates import UncertainDate
from ._public import publish
from .exceptions import InvalidFieldError

__all__ = [
    "Agreement",
    "AgreementKind",
    "Asset",
    "AssetKind",
    "Citation",
    "Claim",
    "Currency",
    "DateBasis",
    "DatedRecord",
    "Disagreement",
    "Domain",
    "Erratum",
    "Exercise",
    "ExerciseKind",
    "Level",
    "Metric",
    "Mode",
    "Qualifier",
    "Source",
    "SourceKind",
    "Summit",
    "SummitKind",
    "TradeFigure",
    "Unit",
]

AgreementKind: TypeAlias = Literal[
    "treaty",
    "agreement",
    "joint-statement",
    "declaration",
    "contract",
    "protocol",
    "memorandum",
    "exchange-of-notes",
    "programme",
    "milestone",
]
"""What an :class:`Agreement` is: a document's kind, a ``"programme"`` (a themed year, a
plan) or a ``"milestone"`` (an event such as the start of deliveries)."""
SourceKind: TypeAlias = Literal["article", "book", "report", "web-page", "official-statement"]
"""What a :class:`Source` is."""
DateBasis: TypeAlias = Literal["byline", "url", "metadata", "text", "reference"]
"""Where a source's publication date comes from."""
SummitKind: TypeAlias = Literal[
    "state-visit",
    "official-visit",
    "working-visit",
    "informal-visit",
    "multilateral",
    "bilateral",
    "regular-meeting",
]
"""The occasion of a :class:`Summit`."""
Mode: TypeAlias = Literal["in-person", "video", "phone"]
"""How a :class:`Summit` was held."""
Level: TypeAlias = Literal[
    "heads-of-state", "heads-of-government", "foreign-ministers", "ministers"
]
"""Who met at a :class:`Summit`."""
ExerciseKind: TypeAlias = Literal["exercise", "patrol"]
"""An :class:`Exercise` or a joint patrol."""
Domain: TypeAlias = Literal["naval", "air", "land", "combined", "cyber"]
"""Where an :class:`Exercise` is fought."""
AssetKind: TypeAlias = Literal[
    "ships", "submarines", "aircraft", "helicopters", "troops", "vehicles"
]
"""What an :class:`Asset` counts."""
Qualifier: TypeAlias = Literal["exact", "about", "more-than", "at-least", "up-to"]
"""How a source qualifies a number: ``"about"`` marks an estimate or a rounded figure."""
Metric: TypeAlias = Literal[
    "turnover", "exports", "imports", "turnover-growth", "exports-growth", "imports-growth"
]
"""What a :class:`TradeFigure` measures."""
Unit: TypeAlias = Literal["units", "thousand", "million", "billion", "percent"]
"""The scale of a :class:`TradeFigure` value."""
Currency: TypeAlias = Literal["USD", "RUB", "CNY"]
"""The currency of a :class:`TradeFigure` value, or the basis of a growth rate."""


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in attrs.fields(cls))


def _html_table(record: object) -> str:
    """An HTML table of a record's fields that hold a value, for notebooks."""
    import html

    from ._unstructure import unstructure

    rows = []
    for name, value in unstructure(record).items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = f"{len(value)} {name}"
        elif isinstance(value, list):
            value = ", ".join(map(str, value))
        rows.append(f"<tr><th>{html.escape(name)}</th><td>{html.escape(str(value))}</td></tr>")
    return f"<table><caption>{type(record).__name__}</caption>{''.join(rows)}</table>"


# --- small types ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Citation:
    """Where a record's facts are stated: a source and a pinpoint locator in it.

    Attributes:
        source_id: The :attr:`Source.id` cited.
        locator: Where in the source: ``"p. 93"`` for books and reports, ``"para. 8"`` for
            articles (non-empty text blocks counted from 1, title excluded), ``"art. 1"`` or
            ``"sec. 2"`` for treaties, ``"headline"``, ``"caption"``, ``"row 2023"``.
        via: For a work known only because another source cites it, the id of that citing
            source (e.g. a book page that an article attributes a fact to).
        note: A remark in our own words.

    >>> Citation(source_id="seed-003", locator="para. 8").locator
    'para. 8'
    """

    source_id: str = attrs.field(validator=v.ref)
    locator: str = attrs.field(validator=v.locator)
    via: str | None = attrs.field(default=None, validator=v.optional_ref)
    note: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True)
class Erratum:
    """Something a source states that is impossible or wrong, kept out of the typed fields.

    Attributes:
        source_id: The source that states it.
        locator: Where.
        field: The record field it concerns, or ``None`` for an error not tied to one field.
        stated: What the source says, as written.
        note: In our own words, why it is wrong and what holds instead, per which source.

    >>> e = Erratum(source_id="seed-000", locator="para. 7", field=None,
    ...             stated="September 31st, 2015", note="September has 30 days.")
    >>> e.stated
    'September 31st, 2015'
    """

    source_id: str = attrs.field(validator=v.ref)
    locator: str = attrs.field(validator=v.locator)
    field: str | None = attrs.field(validator=v.optional_text)
    stated: str = attrs.field(validator=v.text)
    note: str = attrs.field(validator=v.text)


@attrs.frozen(kw_only=True)
class Claim:
    """One source's value for a field on which sources disagree.

    Attributes:
        source_id: The source that states it.
        locator: Where in that source.
        value: The value it states, as text (an EDTF date, a number, a name).

    >>> Claim(source_id="seed-002", locator="para. 27", value="2022-09-01").value
    '2022-09-01'
    """

    source_id: str = attrs.field(validator=v.ref)
    locator: str = attrs.field(validator=v.locator)
    value: str = attrs.field(validator=v.text)


@attrs.frozen(kw_only=True)
class Disagreement:
    """Sources that disagree about a field: each claim, and which value the field holds and why.

    Attributes:
        field: The record field the sources disagree on.
        claims: Each source's value; at least two.
        note: In our own words, which value the typed field holds and why.

    >>> d = Disagreement(field="date", claims=(
    ...     Claim(source_id="a", locator="para. 1", value="2021-08-31"),
    ...     Claim(source_id="b", locator="para. 2", value="2021-09-01")),
    ...     note="The field holds the defence ministry's date.")
    >>> len(d.claims)
    2
    """

    field: str = attrs.field(validator=v.text)
    claims: tuple[Claim, ...] = attrs.field(validator=v.items(Claim))
    note: str = attrs.field(validator=v.text)

    def __attrs_post_init__(self) -> None:
        if len(self.claims) < 2:
            raise InvalidFieldError(
                "claims", self.claims, "a disagreement needs at least two claims"
            )


@attrs.frozen(kw_only=True)
class Asset:
    """Forces committed to an exercise as a source reports them.

    Attributes:
        kind: ``"ships"``, ``"submarines"``, ``"aircraft"``, ``"helicopters"``, ``"troops"``
            or ``"vehicles"``.
        count: The number stated.
        qualifier: How the source qualifies it: ``"exact"``, ``"about"``, ``"more-than"``,
            ``"at-least"`` or ``"up-to"``.
        country: Whose forces, where stated.
        note: What the count includes or whose count it is, in our own words.

    >>> Asset(kind="ships", count=10, qualifier="more-than").count
    10
    """

    kind: AssetKind = attrs.field(validator=v.literal(AssetKind))
    count: int = attrs.field(validator=v.count)
    qualifier: Qualifier = attrs.field(
        default="exact",
        validator=v.literal(Qualifier),
    )
    country: str | None = attrs.field(default=None, validator=v.optional_code)
    note: str | None = attrs.field(default=None, validator=v.optional_text)


# --- sources -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Source:
    """A work that records cite: an article, book, report, web page or official statement.

    Attributes:
        id: Stable id, e.g. ``"seed-003"`` or ``"web-xinhua-2019-06-05-..."``.
        kind: ``"article"``, ``"book"``, ``"report"``, ``"web-page"`` or ``"official-statement"``.
        title: Title exactly as published; ``None`` where no source gives it.
        authors: Authors as published.
        outlet: The outlet or publisher.
        agency: The wire agency that wrote a story the outlet republished.
        published: Publication date, as precise as known.
        published_from: Where that date comes from: ``"byline"``, ``"url"``,
            ``"metadata"``, ``"text"`` or ``"reference"``.
        url: The normalised URL.
        language: Language tag of this text (``"en"``, ``"zh"``).
        translator: Who translated it, when it is a translation.
        original: Id of the source this text translates.
        cites: Ids of the works this source cites.
        errata: Errors in the source not tied to a record of ours.
        note: A remark in our own words.
        former_ids: Ids this source had before (see :ref:`ids`).

    >>> import sinorussia
    >>> src = sinorussia.load().sources.lookup("seed-003")
    >>> src.published
    UncertainDate('2014-11-21')
    """

    id: str = attrs.field(validator=v.ref)
    kind: SourceKind = attrs.field(validator=v.literal(SourceKind))
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    outlet: str | None = attrs.field(default=None, validator=v.optional_text)
    agency: str | None = attrs.field(default=None, validator=v.optional_text)
    published: UncertainDate | None = attrs.field(default=None, validator=v.optional_date)
    published_from: DateBasis | None = attrs.field(
        default=None,
        validator=v.optional_literal(DateBasis),
    )
    url: str | None = attrs.field(default=None, validator=v.url)
    language: str | None = attrs.field(default=None, validator=v.language)
    translator: str | None = attrs.field(default=None, validator=v.optional_text)
    original: str | None = attrs.field(default=None, validator=v.optional_ref)
    cites: tuple[str, ...] = attrs.field(default=(), validator=v.refs)
    errata: tuple[Erratum, ...] = attrs.field(default=(), validator=v.items(Erratum))
    note: str | None = attrs.field(default=None, validator=v.optional_text)
    former_ids: tuple[str, ...] = attrs.field(default=(), validator=v.refs)

    kind_name: ClassVar[str] = "source"

    def _repr_html_(self) -> str:
        """A table of the source's fields, for notebooks."""
        return _html_table(self)

    @property
    def label(self) -> str:
        """Short name for footnotes (the title, else the outlet, else the authors, else the id).

        >>> import sinorussia
        >>> sinorussia.load().sources.lookup("seed-003").label
        'What to Make of Deepening China-Russia Relations?'
        """
        return self.title or self.outlet or ", ".join(self.authors) or self.id

    def __attrs_post_init__(self) -> None:
        if self.published is not None and self.published_from is None:
            raise InvalidFieldError(
                "published_from",
                None,
                "is missing; say where the publication date comes from "
                "('byline', 'url', 'metadata', 'text' or 'reference')",
            )
        if self.original == self.id:
            raise InvalidFieldError("original", self.original, "a source cannot translate itself")


# --- records -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DatedRecord:
    """Fields every dated record has; not used on its own.

    Attributes:
        id: Stable id, prefixed by the record kind (``"summit-"``, ``"agreement-"``, ...).
        date: When, as precise as the sources allow.
        summary: What happened, in our own words.
        citations: Where it is stated; at least one.
        errata: What sources state wrongly about it, kept out of the typed fields.
        disagreements: Where sources disagree, with the value chosen and why.
        inferred: Names of fields whose value comes from context rather than a direct
            statement (e.g. ``("date",)`` when only the article's own date gives the year).
        former_ids: Ids the record had before; :meth:`~sinorussia.Collection.get` and
            :meth:`~sinorussia.Collection.lookup` still find it by them (see :ref:`ids`).
        verified: The data version in which a second reader last re-read the record
            against every page it cites (``"2026.11.2"``); ``None`` where none has yet.
    """

    id: str = attrs.field(validator=v.ref)
    date: UncertainDate = attrs.field(validator=v.uncertain_date)
    summary: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(
        validator=v.nonempty_items(Citation, "every record cites at least one source")
    )
    errata: tuple[Erratum, ...] = attrs.field(default=(), validator=v.items(Erratum))
    disagreements: tuple[Disagreement, ...] = attrs.field(
        default=(), validator=v.items(Disagreement)
    )
    inferred: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    former_ids: tuple[str, ...] = attrs.field(default=(), validator=v.refs)
    verified: str | None = attrs.field(default=None, validator=v.optional_data_version)

    kind_name: ClassVar[str] = "record"
    id_prefix: ClassVar[str] = ""

    def _repr_html_(self) -> str:
        """A table of the record's fields, for notebooks."""
        return _html_table(self)

    def cites(self, source_id: str) -> bool:
        """Whether any citation, erratum or disagreement claim names *source_id*.

        >>> import sinorussia
        >>> sinorussia.load().summits.lookup("summit-2022-09-15-samarkand").cites("seed-002")
        True
        """
        return source_id in self.source_ids()

    def source_ids(self) -> frozenset[str]:
        """Ids of every source the record refers to."""
        ids = {c.source_id for c in self.citations} | {c.via for c in self.citations if c.via}
        ids |= {e.source_id for e in self.errata}
        ids |= {c.source_id for d in self.disagreements for c in d.claims}
        return frozenset(ids)

    def __attrs_post_init__(self) -> None:
        if not self.id.startswith(self.id_prefix):
            raise InvalidFieldError(
                "id",
                self.id,
                f"{self.id!r} must start with {self.id_prefix!r}, e.g. '{self.id_prefix}2014-05-20-shanghai'",
            )
        if not (self.inferred or self.errata or self.disagreements):
            return
        names = _field_names(typing.cast(type, type(self)))
        for name in self.inferred:
            if name not in names:
                raise InvalidFieldError(
                    "inferred", name, f"{name!r} is not a field of {type(self).__name__}"
                )
        for label, fields in (
            ("errata", [e.field for e in self.errata]),
            ("disagreements", [d.field for d in self.disagreements]),
        ):
            for field in fields:
                if field is not None and field not in names:
                    raise InvalidFieldError(
                        label, field, f"{field!r} is not a field of {type(self).__name__}"
                    )


@attrs.frozen(kw_only=True)
class Agreement(DatedRecord):
    """A treaty, joint statement, declaration, contract or other signed agreement.

    Attributes:
        date: When it was signed.
        title: The title as published (``None`` where no source gives it).
        other_titles: Other published renderings of the title.
        kind: One of :data:`~sinorussia.AgreementKind`: a document's kind (``"treaty"``,
            ``"joint-statement"``, ...), a ``"programme"`` or a ``"milestone"``.
        parties: The states party to it (alpha-3 codes).
        signatories: Ids of the people who signed (see :func:`sinorussia.person`).
        companies: Companies that signed, as named.
        place: Id of the place where it was signed (see :func:`sinorussia.place`).
        country: The country of *place*.
        framework: An organisation or format from the vocabulary.
        summit_id: The :class:`Summit` at which it was signed.

    >>> import sinorussia
    >>> a = sinorussia.load().agreements.lookup("agreement-2001-07-16-good-neighbourliness-treaty")
    >>> str(a.date), a.kind
    ('2001-07-16', 'treaty')
    """

    kind: AgreementKind = attrs.field(validator=v.literal(AgreementKind))
    parties: tuple[str, ...] = attrs.field(validator=v.nonempty_codes)
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    other_titles: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    signatories: tuple[str, ...] = attrs.field(default=(), validator=v.refs)
    companies: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    place: str | None = attrs.field(default=None, validator=v.optional_ref)
    country: str | None = attrs.field(default=None, validator=v.optional_code)
    framework: str | None = attrs.field(default=None, validator=v.optional_organisation)
    summit_id: str | None = attrs.field(default=None, validator=v.optional_ref)

    kind_name: ClassVar[str] = "agreement"
    id_prefix: ClassVar[str] = "agreement-"

    @property
    def participants(self) -> tuple[str, ...]:
        """The parties, under the name every record kind shares for participant filters."""
        return self.parties


@attrs.frozen(kw_only=True)
class Summit(DatedRecord):
    """A meeting or call between the two sides' leaders or ministers that a source reports.

    Attributes:
        participants: The sides meeting (alpha-3 codes).
        people: Ids of the people meeting (see :func:`sinorussia.person`).
        mode: ``"in-person"``, ``"video"`` or ``"phone"``.
        kind: The occasion, one of :data:`~sinorussia.SummitKind` (``"state-visit"``,
            ``"multilateral"`` for a meeting at or beside a multilateral event,
            ``"regular-meeting"`` for the numbered meetings of heads of government, ...).
        level: ``"heads-of-state"``, ``"heads-of-government"``, ``"foreign-ministers"`` or
            ``"ministers"``.
        number: The ordinal a source states for a numbered series of meetings.
        place: Id of the place, for an in-person meeting (see :func:`sinorussia.place`).
        country: The host country.
        framework: The organisation or format of the occasion (``"SCO"``, ``"APEC"``, ...).
        occasion: The occasion, in a few words of our own.

    >>> import sinorussia
    >>> s = sinorussia.load().summits.lookup("summit-2022-09-15-samarkand")
    >>> s.place, s.framework, s.people
    ('samarkand', 'SCO', ('xi-jinping', 'vladimir-putin'))
    """

    participants: tuple[str, ...] = attrs.field(validator=v.nonempty_codes)
    people: tuple[str, ...] = attrs.field(default=(), validator=v.refs)
    mode: Mode = attrs.field(default="in-person", validator=v.literal(Mode))
    kind: SummitKind | None = attrs.field(default=None, validator=v.optional_literal(SummitKind))
    level: Level = attrs.field(default="heads-of-state", validator=v.literal(Level))
    number: int | None = attrs.field(default=None, validator=v.ordinal)
    place: str | None = attrs.field(default=None, validator=v.optional_ref)
    country: str | None = attrs.field(default=None, validator=v.optional_code)
    framework: str | None = attrs.field(default=None, validator=v.optional_organisation)
    occasion: str | None = attrs.field(default=None, validator=v.optional_text)

    kind_name: ClassVar[str] = "summit"
    id_prefix: ClassVar[str] = "summit-"

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.mode != "in-person" and self.place is not None:
            raise InvalidFieldError(
                "place", self.place, f"a {self.mode} meeting has no place; leave it empty"
            )


@attrs.frozen(kw_only=True)
class Exercise(DatedRecord):
    """A joint military exercise, drill or patrol.

    Attributes:
        name: Its name as published, where it has one (``"Joint Sea-2014"``).
        kind: ``"exercise"`` or ``"patrol"``.
        domain: ``"naval"``, ``"air"``, ``"land"``, ``"combined"`` or ``"cyber"``; ``None``
            where no source says.
        participants: Taking part (alpha-3 codes).
        other_names: Other published names (the other side's name for it).
        area: Where, in our own words.
        places: Ids of the places it was held in or near (see :func:`sinorussia.place`).
        host: The host country.
        framework: Organisation under which it ran (``"SCO"``).
        series: The series it belongs to (``"Joint Strategic Air Patrol"``).
        number: Its ordinal in the series, where a source states one.
        assets: Ships, aircraft, troops as reported.

    >>> import sinorussia
    >>> ex = sinorussia.load().exercises.filter(within=2022, participants=["IND"])
    >>> [e.name for e in ex]
    ['Vostok 2022']
    """

    kind: ExerciseKind = attrs.field(validator=v.literal(ExerciseKind))
    participants: tuple[str, ...] = attrs.field(validator=v.nonempty_codes)
    domain: Domain | None = attrs.field(
        default=None,
        validator=v.optional_literal(Domain),
    )
    name: str | None = attrs.field(default=None, validator=v.optional_text)
    other_names: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    area: str | None = attrs.field(default=None, validator=v.optional_text)
    places: tuple[str, ...] = attrs.field(default=(), validator=v.refs)
    host: str | None = attrs.field(default=None, validator=v.optional_code)
    framework: str | None = attrs.field(default=None, validator=v.optional_organisation)
    series: str | None = attrs.field(default=None, validator=v.optional_text)
    number: int | None = attrs.field(default=None, validator=v.ordinal)
    assets: tuple[Asset, ...] = attrs.field(default=(), validator=v.items(Asset))

    kind_name: ClassVar[str] = "exercise"
    id_prefix: ClassVar[str] = "exercise-"


@attrs.frozen(kw_only=True)
class TradeFigure(DatedRecord):
    """One trade statistic for one period, from one statistical series.

    Attributes:
        date: The period the figure covers (a year, a month or a range).
        metric: ``"turnover"``, ``"exports"``, ``"imports"`` or their ``"-growth"`` forms
            (year-on-year change, in percent).
        value: The value exactly as stated, as a :class:`~decimal.Decimal`.
        unit: ``"units"``, ``"thousand"``, ``"million"``, ``"billion"`` or ``"percent"``.
        currency: ``"USD"``, ``"RUB"`` or ``"CNY"``; ``None`` for percentages.
        basis: For a growth rate, the currency it is computed on (a yuan-based and a
            dollar-based rate are different series); ``None`` where no source says.
        qualifier: ``"exact"``, or how the source qualifies the value (``"about"`` for a
            spoken, rounded or estimated figure, ``"more-than"``, ...).
        statistical_source: The statistical body (``"CN-GACC"``); ``None`` where the
            source names none, which makes the figure part of the unattributed series.
        exporter: For exports and imports, the exporting country.
        importer: For exports and imports, the importing country.

    >>> import sinorussia
    >>> t = sinorussia.load().trade_figures.lookup("trade-cn-gacc-2023-turnover")
    >>> t.value, t.unit, t.currency
    (Decimal('240.11'), 'billion', 'USD')
    """

    metric: Metric = attrs.field(validator=v.literal(Metric))
    value: Decimal = attrs.field(validator=v.finite_decimal)
    unit: Unit = attrs.field(validator=v.literal(Unit))
    currency: Currency | None = attrs.field(
        default=None,
        validator=v.optional_literal(Currency),
    )
    basis: Currency | None = attrs.field(default=None, validator=v.optional_literal(Currency))
    qualifier: Qualifier = attrs.field(default="exact", validator=v.literal(Qualifier))
    statistical_source: str | None = attrs.field(
        default=None, validator=v.optional_statistical_source
    )
    exporter: str | None = attrs.field(default=None, validator=v.optional_code)
    importer: str | None = attrs.field(default=None, validator=v.optional_code)

    kind_name: ClassVar[str] = "trade figure"

    @property
    def estimate(self) -> bool:
        """Whether the source qualifies the value (``qualifier`` is not ``"exact"``)."""
        return self.qualifier != "exact"

    id_prefix: ClassVar[str] = "trade-"

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        growth = self.metric.endswith("-growth")
        if growth != (self.unit == "percent"):
            raise InvalidFieldError(
                "unit",
                self.unit,
                f"{self.unit!r} does not fit metric {self.metric!r}; growth metrics are in "
                "'percent', values in 'units', 'thousand', 'million' or 'billion'",
            )
        if (self.currency is None) != growth:
            raise InvalidFieldError(
                "currency",
                self.currency,
                "a value needs a currency and a growth rate has none"
                if self.currency is None
                else "a percentage has no currency; leave it empty",
            )
        if not growth and self.value < 0:
            raise InvalidFieldError(
                "value", self.value, f"{self.value} is negative; only a growth rate can be"
            )
        if self.basis is not None and not growth:
            raise InvalidFieldError(
                "basis", self.basis, "only a growth rate has a basis; a value has a currency"
            )
        directed = self.metric.split("-")[0] in ("exports", "imports")
        if not directed and (self.exporter or self.importer):
            raise InvalidFieldError(
                "exporter",
                self.exporter or self.importer,
                "turnover has no direction; set exporter and importer only for exports or imports",
            )

    @property
    def series(self) -> tuple[str | None, str, str, str | None]:
        """The series key ``(statistical_source, metric, unit, currency or basis)``.

        Figures with different keys are different series and are never mixed in one time
        series; see :meth:`sinorussia.TradeFigureCollection.series`.
        """
        return (self.statistical_source, self.metric, self.unit, self.currency or self.basis)

    @property
    def participants(self) -> tuple[str, ...]:
        """``("CHN", "RUS")``, or the exporter and importer where stated."""
        if self.exporter and self.importer:
            return (self.exporter, self.importer)
        return ("CHN", "RUS")


__test__ = publish(
    Agreement,
    Asset,
    Citation,
    Claim,
    DatedRecord,
    Disagreement,
    Erratum,
    Exercise,
    Source,
    Summit,
    TradeFigure,
)
