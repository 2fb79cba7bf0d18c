"""The record classes: agreements, summits, exercises, trade figures and their sources.

Every class is frozen, keyword-only and validated on construction; collections are tuples,
so a record shared from the cached dataset cannot be changed by a caller.
"""

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar, Literal, TypeAlias

import attrs

from ._dates import UncertainDate
from ._vocab import check_country, check_organisation, check_statistical_source
from .exceptions import InvalidCodeError, InvalidFieldError

__all__ = [
    "Agreement",
    "AgreementKind",
    "Asset",
    "Citation",
    "Claim",
    "DatedRecord",
    "Disagreement",
    "Erratum",
    "Exercise",
    "Source",
    "Summit",
    "TradeFigure",
]

AgreementKind: TypeAlias = Literal[
    "treaty", "agreement", "joint-statement", "declaration", "contract", "protocol", "memorandum"
]
SourceKind: TypeAlias = Literal["article", "book", "report", "web-page", "official-statement"]
DateBasis: TypeAlias = Literal["byline", "url", "metadata", "text", "reference"]
SummitKind: TypeAlias = Literal[
    "state-visit", "official-visit", "working-visit", "multilateral", "bilateral"
]
Mode: TypeAlias = Literal["in-person", "virtual"]
Level: TypeAlias = Literal["leaders", "ministers"]
ExerciseKind: TypeAlias = Literal["exercise", "patrol"]
Domain: TypeAlias = Literal["naval", "air", "land", "combined", "cyber"]
AssetKind: TypeAlias = Literal[
    "ships", "submarines", "aircraft", "helicopters", "troops", "vehicles"
]
Qualifier: TypeAlias = Literal["exact", "about", "more-than", "at-least", "up-to"]
Metric: TypeAlias = Literal[
    "turnover", "exports", "imports", "turnover-growth", "exports-growth", "imports-growth"
]
Unit: TypeAlias = Literal["units", "thousand", "million", "billion", "percent"]
Currency: TypeAlias = Literal["USD", "RUB", "CNY"]

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LOCATOR = re.compile(
    r"(?:p|para|art|sec|fig)\. ?[0-9A-Za-z]+(?:[-–][0-9A-Za-z]+)?"
    r"|(?:pp|paras|arts|secs)\. ?[0-9A-Za-z]+[-–][0-9A-Za-z]+"
    r"|(?:table|row) [0-9A-Za-z]+"
    r"|headline|caption"
)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


# --- validators: each raises InvalidFieldError naming the field and the value ---------------


def _fail(attribute: "attrs.Attribute[Any]", value: object, reason: str) -> InvalidFieldError:
    return InvalidFieldError(attribute.name, value, reason)


def _text(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, str):
        raise _fail(attribute, value, f"{value!r} is not text; expected a string")
    if not value.strip() or value != value.strip():
        raise _fail(attribute, value, f"{value!r} must be non-empty with no surrounding spaces")


Validator = Callable[[object, "attrs.Attribute[Any]", object], None]


def _optional(validator: Validator) -> Validator:
    """*validator*, but ``None`` passes."""

    def validate(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value is not None:
            validator(inst, attribute, value)

    return validate


def _unique_tuple(validator: Validator, of: str) -> Validator:
    """A tuple whose items each pass *validator*, none repeated."""

    def validate(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        _tuple(attribute, value, of)
        for item in value:  # type: ignore[attr-defined]
            validator(inst, attribute, item)
        _unique(attribute, value)

    return validate


def _tuple(attribute: "attrs.Attribute[Any]", value: object, of: str) -> None:
    if not isinstance(value, tuple):
        raise _fail(attribute, value, f"{value!r} is not a tuple; expected a tuple of {of}")


def _unique(attribute: "attrs.Attribute[Any]", value: Any) -> None:
    if len(set(value)) != len(value):
        dupes = sorted({v for v in value if value.count(v) > 1}, key=str)
        raise _fail(attribute, value, f"lists {', '.join(map(repr, dupes))} more than once")


def _ref(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise _fail(attribute, value, f"{value!r} is not a valid record id")


_optional_text = _optional(_text)
_texts = _unique_tuple(_text, "strings")
_optional_ref = _optional(_ref)
_refs = _unique_tuple(_ref, "record ids")


def _codes(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    _tuple(attribute, value, "ISO 3166 alpha-3 codes")
    for item in value:  # type: ignore[attr-defined]
        try:
            check_country(item)
        except InvalidCodeError as exc:
            raise _fail(attribute, item, str(exc)) from None
    _unique(attribute, value)


def _nonempty_codes(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    _codes(inst, attribute, value)
    if not value:
        raise _fail(attribute, value, "is empty; expected at least one ISO 3166 alpha-3 code")


def _optional_vocab(check: Callable[[object], None]) -> Any:
    """A validator accepting ``None`` or a code that *check* accepts."""

    def validate(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value is not None:
            try:
                check(value)
            except InvalidCodeError as exc:
                raise _fail(attribute, value, str(exc)) from None

    return validate


_optional_code = _optional_vocab(check_country)
_optional_organisation = _optional_vocab(check_organisation)
_optional_statistical_source = _optional_vocab(check_statistical_source)


def _one_of(choices: tuple[object, ...]) -> Any:
    def check(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value not in choices:
            raise _fail(
                attribute,
                value,
                f"{value!r} is not allowed; expected one of {', '.join(map(repr, choices))}",
            )

    return check


def _optional_one_of(choices: tuple[object, ...]) -> Any:
    return _optional(_one_of(choices))


def _date(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, UncertainDate):
        raise _fail(
            attribute,
            value,
            f"{value!r} is not an UncertainDate; build one with UncertainDate.parse('2014-05-20')",
        )


_optional_date = _optional(_date)


def _items(cls: type) -> Any:
    def check(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        _tuple(attribute, value, cls.__name__ + " records")
        for item in value:  # type: ignore[attr-defined]
            if not isinstance(item, cls):
                raise _fail(attribute, item, f"{item!r} is not a {cls.__name__}")

    return check


def _citations(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    _items(Citation)(inst, attribute, value)
    if not value:
        raise _fail(attribute, value, "is empty; every record cites at least one source")


def _locator(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, str) or not _LOCATOR.fullmatch(value):
        raise _fail(
            attribute,
            value,
            f"{value!r} is not a pinpoint locator; expected e.g. 'p. 93', 'pp. 9-10', "
            "'para. 8', 'paras. 3-4', 'art. 1', 'sec. 2', 'table 1', 'row 2023', "
            "'headline' or 'caption'",
        )


def _language(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _LANGUAGE.fullmatch(value)):
        raise _fail(
            attribute, value, f"{value!r} is not a language tag; expected e.g. 'en', 'zh', 'ru'"
        )


def _url(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not re.fullmatch(r"https?://[^\s/?#]+[^\s#]*", value):
        raise _fail(
            attribute, value, f"{value!r} is not an absolute http(s) URL without a fragment"
        )
    host = value.split("/", 3)[2]
    if host.endswith(".") or host != host.lower():
        raise _fail(
            attribute,
            value,
            f"{value!r} has a host that is not normalised (lower case, no trailing dot)",
        )
    if re.search(r"[?&](utm_[a-z]+|fbclid|gclid|ocid|cmpid)=", value):
        raise _fail(attribute, value, f"{value!r} carries tracking parameters; drop them")


def _decimal(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise _fail(
            attribute,
            value,
            f"{value!r} is not a finite Decimal; give the value as text, e.g. '240.11'",
        )


def _count(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(attribute, value, f"{value!r} is not a whole number of 0 or more")


def _ordinal(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise _fail(attribute, value, f"{value!r} is not an ordinal number of 1 or more")


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

    source_id: str = attrs.field(validator=_ref)
    locator: str = attrs.field(validator=_locator)
    via: str | None = attrs.field(default=None, validator=_optional_ref)
    note: str | None = attrs.field(default=None, validator=_optional_text)


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

    source_id: str = attrs.field(validator=_ref)
    locator: str = attrs.field(validator=_locator)
    field: str | None = attrs.field(validator=_optional_text)
    stated: str = attrs.field(validator=_text)
    note: str = attrs.field(validator=_text)


@attrs.frozen(kw_only=True)
class Claim:
    """One source's value for a field on which sources disagree.

    >>> Claim(source_id="seed-002", locator="para. 27", value="2022-09-01").value
    '2022-09-01'
    """

    source_id: str = attrs.field(validator=_ref)
    locator: str = attrs.field(validator=_locator)
    value: str = attrs.field(validator=_text)


@attrs.frozen(kw_only=True)
class Disagreement:
    """Sources that disagree about a field: each claim, and which value the field holds and why.

    >>> d = Disagreement(field="date", claims=(
    ...     Claim(source_id="a", locator="para. 1", value="2021-08-31"),
    ...     Claim(source_id="b", locator="para. 2", value="2021-09-01")),
    ...     note="The field holds the defence ministry's date.")
    >>> len(d.claims)
    2
    """

    field: str = attrs.field(validator=_text)
    claims: tuple[Claim, ...] = attrs.field(validator=_items(Claim))
    note: str = attrs.field(validator=_text)

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

    >>> Asset(kind="ships", count=10, qualifier="more-than").count
    10
    """

    kind: AssetKind = attrs.field(validator=_one_of(AssetKind.__args__))  # type: ignore[attr-defined]
    count: int = attrs.field(validator=_count)
    qualifier: Qualifier = attrs.field(
        default="exact",
        validator=_one_of(Qualifier.__args__),  # type: ignore[attr-defined]
    )
    country: str | None = attrs.field(default=None, validator=_optional_code)
    note: str | None = attrs.field(default=None, validator=_optional_text)


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

    >>> import sinorussia
    >>> src = sinorussia.load().sources.lookup("seed-003")
    >>> src.published
    UncertainDate.parse('2014-11-21')
    """

    id: str = attrs.field(validator=_ref)
    kind: SourceKind = attrs.field(validator=_one_of(SourceKind.__args__))  # type: ignore[attr-defined]
    title: str | None = attrs.field(default=None, validator=_optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    outlet: str | None = attrs.field(default=None, validator=_optional_text)
    agency: str | None = attrs.field(default=None, validator=_optional_text)
    published: UncertainDate | None = attrs.field(default=None, validator=_optional_date)
    published_from: DateBasis | None = attrs.field(
        default=None,
        validator=_optional_one_of(DateBasis.__args__),  # type: ignore[attr-defined]
    )
    url: str | None = attrs.field(default=None, validator=_url)
    language: str | None = attrs.field(default=None, validator=_language)
    translator: str | None = attrs.field(default=None, validator=_optional_text)
    original: str | None = attrs.field(default=None, validator=_optional_ref)
    cites: tuple[str, ...] = attrs.field(default=(), validator=_refs)
    errata: tuple[Erratum, ...] = attrs.field(default=(), validator=_items(Erratum))
    note: str | None = attrs.field(default=None, validator=_optional_text)

    kind_name: ClassVar[str] = "source"

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
    """

    id: str = attrs.field(validator=_ref)
    date: UncertainDate = attrs.field(validator=_date)
    summary: str = attrs.field(validator=_text)
    citations: tuple[Citation, ...] = attrs.field(validator=_citations)
    errata: tuple[Erratum, ...] = attrs.field(default=(), validator=_items(Erratum))
    disagreements: tuple[Disagreement, ...] = attrs.field(
        default=(), validator=_items(Disagreement)
    )
    inferred: tuple[str, ...] = attrs.field(default=(), validator=_texts)

    kind_name: ClassVar[str] = "record"
    id_prefix: ClassVar[str] = ""

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
        names = {f.name for f in attrs.fields(type(self))}
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
        kind: ``"treaty"``, ``"agreement"``, ``"joint-statement"``, ``"declaration"``,
            ``"contract"``, ``"protocol"`` or ``"memorandum"``.
        parties: The states party to it (alpha-3 codes).
        signatories: Who signed, as stated (people or companies).
        place: Where it was signed (a city).
        country: The country of *place*.
        framework: An organisation or format from the vocabulary.
        summit_id: The :class:`Summit` at which it was signed.

    >>> import sinorussia
    >>> a = sinorussia.load().agreements.lookup("agreement-2001-07-16-good-neighbourliness-treaty")
    >>> str(a.date), a.kind
    ('2001-07-16', 'treaty')
    """

    kind: AgreementKind = attrs.field(validator=_one_of(AgreementKind.__args__))  # type: ignore[attr-defined]
    parties: tuple[str, ...] = attrs.field(validator=_nonempty_codes)
    title: str | None = attrs.field(default=None, validator=_optional_text)
    other_titles: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    signatories: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    place: str | None = attrs.field(default=None, validator=_optional_text)
    country: str | None = attrs.field(default=None, validator=_optional_code)
    framework: str | None = attrs.field(default=None, validator=_optional_organisation)
    summit_id: str | None = attrs.field(default=None, validator=_optional_ref)

    kind_name: ClassVar[str] = "agreement"
    id_prefix: ClassVar[str] = "agreement-"

    @property
    def participants(self) -> tuple[str, ...]:
        """The parties, under the name every record kind shares for participant filters."""
        return self.parties


@attrs.frozen(kw_only=True)
class Summit(DatedRecord):
    """A meeting of leaders (or ministers) that a source reports.

    Attributes:
        participants: The sides meeting (alpha-3 codes).
        leaders: The people meeting, as named.
        mode: ``"in-person"`` or ``"virtual"`` (a video meeting; phone calls are not summits).
        kind: ``"state-visit"``, ``"official-visit"``, ``"working-visit"``, ``"multilateral"``
            (at or beside a multilateral event) or ``"bilateral"`` (other talks).
        level: ``"leaders"`` or ``"ministers"``.
        place: The city, for an in-person meeting.
        country: The host country.
        framework: The organisation or format of the occasion (``"SCO"``, ``"APEC"``, ...).
        occasion: The occasion, in a few words of our own.

    >>> import sinorussia
    >>> s = sinorussia.load().summits.lookup("summit-2022-09-15-samarkand")
    >>> s.place, s.framework
    ('Samarkand', 'SCO')
    """

    participants: tuple[str, ...] = attrs.field(validator=_nonempty_codes)
    leaders: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    mode: Mode = attrs.field(default="in-person", validator=_one_of(Mode.__args__))  # type: ignore[attr-defined]
    kind: SummitKind | None = attrs.field(
        default=None,
        validator=_optional_one_of(SummitKind.__args__),  # type: ignore[attr-defined]
    )
    level: Level = attrs.field(default="leaders", validator=_one_of(Level.__args__))  # type: ignore[attr-defined]
    place: str | None = attrs.field(default=None, validator=_optional_text)
    country: str | None = attrs.field(default=None, validator=_optional_code)
    framework: str | None = attrs.field(default=None, validator=_optional_organisation)
    occasion: str | None = attrs.field(default=None, validator=_optional_text)

    kind_name: ClassVar[str] = "summit"
    id_prefix: ClassVar[str] = "summit-"

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.mode == "virtual" and self.place is not None:
            raise InvalidFieldError(
                "place", self.place, "a virtual meeting has no place; leave it empty"
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
        area: Where, in our own words.
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

    kind: ExerciseKind = attrs.field(validator=_one_of(ExerciseKind.__args__))  # type: ignore[attr-defined]
    participants: tuple[str, ...] = attrs.field(validator=_nonempty_codes)
    domain: Domain | None = attrs.field(
        default=None,
        validator=_optional_one_of(Domain.__args__),  # type: ignore[attr-defined]
    )
    name: str | None = attrs.field(default=None, validator=_optional_text)
    area: str | None = attrs.field(default=None, validator=_optional_text)
    host: str | None = attrs.field(default=None, validator=_optional_code)
    framework: str | None = attrs.field(default=None, validator=_optional_organisation)
    series: str | None = attrs.field(default=None, validator=_optional_text)
    number: int | None = attrs.field(default=None, validator=_ordinal)
    assets: tuple[Asset, ...] = attrs.field(default=(), validator=_items(Asset))

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
        statistical_source: The statistical body (``"CN-GACC"``); ``None`` where the
            source names none, which makes the figure part of the unattributed series.
        exporter: For exports and imports, the exporting country.
        importer: For exports and imports, the importing country.

    >>> import sinorussia
    >>> t = sinorussia.load().trade_figures.lookup("trade-cn-gacc-2023-turnover")
    >>> t.value, t.unit, t.currency
    (Decimal('240.11'), 'billion', 'USD')
    """

    metric: Metric = attrs.field(validator=_one_of(Metric.__args__))  # type: ignore[attr-defined]
    value: Decimal = attrs.field(validator=_decimal)
    unit: Unit = attrs.field(validator=_one_of(Unit.__args__))  # type: ignore[attr-defined]
    currency: Currency | None = attrs.field(
        default=None,
        validator=_optional_one_of(Currency.__args__),  # type: ignore[attr-defined]
    )
    statistical_source: str | None = attrs.field(
        default=None, validator=_optional_statistical_source
    )
    exporter: str | None = attrs.field(default=None, validator=_optional_code)
    importer: str | None = attrs.field(default=None, validator=_optional_code)

    kind_name: ClassVar[str] = "trade figure"
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
        directed = self.metric.split("-")[0] in ("exports", "imports")
        if not directed and (self.exporter or self.importer):
            raise InvalidFieldError(
                "exporter",
                self.exporter or self.importer,
                "turnover has no direction; set exporter and importer only for exports or imports",
            )

    @property
    def series(self) -> tuple[str | None, str, str, str | None]:
        """The series key ``(statistical_source, metric, unit, currency)``.

        Figures with different keys are different series and are never mixed in one time
        series; see :meth:`sinorussia.Collection.series`.
        """
        return (self.statistical_source, self.metric, self.unit, self.currency)

    @property
    def participants(self) -> tuple[str, ...]:
        """``("CHN", "RUS")``, or the exporter and importer where stated."""
        if self.exporter and self.importer:
            return (self.exporter, self.importer)
        return ("CHN", "RUS")
