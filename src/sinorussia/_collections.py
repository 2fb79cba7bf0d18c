"""One collection class per record kind, each with a ``filter`` that takes only its keywords.

The keywords are typed (``Literal`` where the values are a closed set), so a type checker
flags ``summits.filter(domain="naval")`` and ``filter(mode="in person")``, and at run time
the same calls raise :class:`~sinorussia.UnknownKeywordError` and
:class:`~sinorussia.InvalidArgumentError`. A keyword means the same on every kind that
has it; see :doc:`/dates` for what date windows mean on uncertain dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Never

from ._models import (
    Agreement,
    AgreementKind,
    Domain,
    Exercise,
    ExerciseKind,
    Level,
    Mode,
    Source,
    SourceKind,
    Summit,
    SummitKind,
)
from ._public import publish
from ._query import Collection, When

__all__ = ["AgreementCollection", "ExerciseCollection", "SourceCollection", "SummitCollection"]

Names_ = str | Iterable[str]


class SummitCollection(Collection[Summit]):
    """Summits: meetings and calls between the two sides' leaders and ministers.

    >>> import sinorussia
    >>> calls = sinorussia.load().summits.filter(people=["xi jinping"], mode="video")
    >>> calls.ids[0]
    'summit-2019-12-02-video'
    """

    __slots__ = ()
    item_class: ClassVar[type[Summit]] = Summit

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        participants: Names_ | None = None,
        any_participants: Names_ | None = None,
        strict: bool = False,
        people: Names_ | None = None,
        place: Names_ | None = None,
        country: Names_ | None = None,
        framework: Names_ | None = None,
        kind: SummitKind | Iterable[SummitKind] | None = None,
        mode: Mode | Iterable[Mode] | None = None,
        level: Level | Iterable[Level] | None = None,
        number: int | None = None,
        text: str | None = None,
        cites: str | None = None,
        **unexpected: Never,
    ) -> SummitCollection:
        """Summits matching *every* criterion given; a new :class:`SummitCollection`.

        Args:
            overlapping: Keep summits whose date *may* fall in this window (see
                :doc:`/dates`): a year, EDTF text, a :class:`datetime.date` or an
                :class:`~sinorussia.UncertainDate`.
            within: Keep summits whose date *certainly* falls in this window.
            participants: Alpha-3 codes that must *all* take part. By default a code stands
                for its state's whole lineage (``"RUS"`` also finds the USSR, ``"SUN"``);
                ``strict=True`` matches the code alone.
            any_participants: Alpha-3 codes of which at least one takes part.
            strict: Match country codes exactly, without predecessor or successor states.
            people: Names or ids of people who must *all* have met, matched through
                every name and alias, ignoring case (``"sergei lavrov"``).
            place: Names or ids of places (any of them).
            country: Host country codes (any of them).
            framework: Organisation codes (``"SCO"``; any of them).
            kind: Occasion kinds (any of them).
            mode: ``"in-person"``, ``"video"`` or ``"phone"`` (or several).
            level: ``"heads-of-state"``, ``"heads-of-government"``, ``"foreign-ministers"``
                or ``"ministers"`` (or several).
            number: The stated ordinal of a numbered meeting.
            text: Case-insensitive text in the summary, occasion and the people's names.
            cites: A source id the summit refers to.

        Raises:
            ~sinorussia.InvalidArgumentError: a value is not one the keyword allows: an
                unknown person, place or code, a malformed date, a mode that does not exist.
            ~sinorussia.UnknownKeywordError: a keyword summits do not have (``domain=``).

        >>> import sinorussia
        >>> met = sinorussia.load().summits.filter(within=2019, people=["Xi", "Putin"])
        >>> len(met.filter(mode="in-person")) >= 5
        True
        """
        return self._where(
            unexpected,
            overlapping=overlapping,
            within=within,
            participants=participants,
            any_participants=any_participants,
            strict=strict,
            people=people,
            place=place,
            country=country,
            framework=framework,
            kind=kind,
            mode=mode,
            level=level,
            number=number,
            text=text,
            cites=cites,
        )


class AgreementCollection(Collection[Agreement]):
    """Agreements: treaties, statements, contracts, programmes and milestones.

    >>> import sinorussia
    >>> sinorussia.load().agreements.filter(participants=["CHN", "RUS"], within="1950").ids
    ('agreement-1950-02-14-sino-soviet-alliance-treaty',)
    """

    __slots__ = ()
    item_class: ClassVar[type[Agreement]] = Agreement

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        participants: Names_ | None = None,
        any_participants: Names_ | None = None,
        strict: bool = False,
        signatories: Names_ | None = None,
        place: Names_ | None = None,
        country: Names_ | None = None,
        framework: Names_ | None = None,
        kind: AgreementKind | Iterable[AgreementKind] | None = None,
        text: str | None = None,
        cites: str | None = None,
        **unexpected: Never,
    ) -> AgreementCollection:
        """Agreements matching *every* criterion given; a new :class:`AgreementCollection`.

        The keywords mean what they mean for
        :meth:`SummitCollection.filter <sinorussia.SummitCollection.filter>`;
        *participants* are the parties, *signatories* the people who signed (all of them),
        *country* the country where it was signed.

        Raises:
            ~sinorussia.InvalidArgumentError: a value is not one the keyword allows.
            ~sinorussia.UnknownKeywordError: a keyword agreements do not have.

        >>> import sinorussia
        >>> ags = sinorussia.load().agreements.filter(kind="treaty", signatories=["Jiang Zemin"])
        >>> [str(a.date) for a in ags]
        ['2001-07-16']
        """
        return self._where(
            unexpected,
            overlapping=overlapping,
            within=within,
            participants=participants,
            any_participants=any_participants,
            strict=strict,
            signatories=signatories,
            place=place,
            country=country,
            framework=framework,
            kind=kind,
            text=text,
            cites=cites,
        )


class ExerciseCollection(Collection[Exercise]):
    """Joint exercises, drills and patrols.

    >>> import sinorussia
    >>> sinorussia.load().exercises.filter(kind="patrol", domain="air").ids[0]
    'exercise-2019-07-23-air-patrol-1'
    """

    __slots__ = ()
    item_class: ClassVar[type[Exercise]] = Exercise
    _fields = {"country": "host", "place": "places"}  # noqa: RUF012 - read-only by convention

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        participants: Names_ | None = None,
        any_participants: Names_ | None = None,
        strict: bool = False,
        place: Names_ | None = None,
        country: Names_ | None = None,
        framework: Names_ | None = None,
        kind: ExerciseKind | Iterable[ExerciseKind] | None = None,
        domain: Domain | Iterable[Domain] | None = None,
        text: str | None = None,
        cites: str | None = None,
        **unexpected: Never,
    ) -> ExerciseCollection:
        """Exercises matching *every* criterion given; a new :class:`ExerciseCollection`.

        The keywords mean what they mean for
        :meth:`SummitCollection.filter <sinorussia.SummitCollection.filter>`; *place*
        matches any of an exercise's places, *country* its host, *domain* is ``"naval"``,
        ``"air"``, ``"land"``, ``"combined"`` or ``"cyber"``.

        Raises:
            ~sinorussia.InvalidArgumentError: a value is not one the keyword allows.
            ~sinorussia.UnknownKeywordError: a keyword exercises do not have.

        >>> import sinorussia
        >>> ex = sinorussia.load().exercises.filter(within=2022, participants=["IND"])
        >>> [e.name for e in ex]
        ['Vostok 2022']
        """
        return self._where(
            unexpected,
            overlapping=overlapping,
            within=within,
            participants=participants,
            any_participants=any_participants,
            strict=strict,
            place=place,
            country=country,
            framework=framework,
            kind=kind,
            domain=domain,
            text=text,
            cites=cites,
        )


class SourceCollection(Collection[Source]):
    """The works records cite; date filters use their publication date.

    >>> import sinorussia
    >>> len(sinorussia.load().sources.filter(kind="book")) >= 6
    True
    """

    __slots__ = ()
    item_class: ClassVar[type[Source]] = Source

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        kind: SourceKind | Iterable[SourceKind] | None = None,
        text: str | None = None,
        cites: str | None = None,
        **unexpected: Never,
    ) -> SourceCollection:
        """Sources matching *every* criterion given; a new :class:`SourceCollection`.

        *overlapping* and *within* read :attr:`~sinorussia.Source.published`; *text*
        searches titles, authors and outlets; *cites* keeps sources that cite that source.

        Raises:
            ~sinorussia.InvalidArgumentError: a value is not one the keyword allows.
            ~sinorussia.UnknownKeywordError: a keyword sources do not have.

        >>> import sinorussia
        >>> [s.id for s in sinorussia.load().sources.filter(cites="book-de-wijk-2015-power-politics")]
        ['seed-000']
        """
        return self._where(
            unexpected, overlapping=overlapping, within=within, kind=kind, text=text, cites=cites
        )


__test__ = publish(AgreementCollection, ExerciseCollection, SourceCollection, SummitCollection)
