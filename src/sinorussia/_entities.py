"""People and places: the entities records refer to by id.

They live in a data folder beside the records (``people.json``, ``places.json``), so a
folder of your own can carry and extend them; the bundled ones ship with the package.
"""

from typing import ClassVar, Literal, TypeAlias

import attrs

from . import _validators as v
from ._dates import UncertainDate
from ._models import Citation
from ._public import publish

__all__ = ["Office", "Person", "Place", "PlaceKind"]

PlaceKind: TypeAlias = Literal["city", "region", "sea", "site"]
"""What a :class:`Place` is: a city or town, a region, a sea area, or a site (a base, a range)."""


@attrs.frozen(kw_only=True)
class Office:
    """An office a person held, with the dates a cited source states.

    Attributes:
        title: The office, in English (``"President of the People's Republic of China"``).
        country: The state the office belongs to.
        start: When they took it, as precise as the source gives; ``None`` where none does.
        end: When they left it; ``None`` while in office or where no source says.
        citations: Where the office and its dates are stated; at least one.

    >>> o = Office(title="Minister of Foreign Affairs", country="RUS",
    ...            citations=(Citation(source_id="seed-002", locator="para. 3"),))
    >>> o.start is None
    True
    """

    title: str = attrs.field(validator=v.text)
    country: str = attrs.field(validator=v.optional_code)
    start: UncertainDate | None = attrs.field(default=None, validator=v.optional_date)
    end: UncertainDate | None = attrs.field(default=None, validator=v.optional_date)
    citations: tuple[Citation, ...] = attrs.field(
        validator=v.nonempty_items(Citation, "an office cites at least one source")
    )


@attrs.frozen(kw_only=True)
class Person:
    """A person records name: a leader, a minister, a signatory.

    Attributes:
        id: Stable id, the English name in lower case (``"sergey-lavrov"``).
        name: The name in English as most sources write it.
        name_zh: The name in Chinese, where known.
        name_ru: The name in Russian, where known.
        aliases: Other spellings and transliterations (``"Sergei Lavrov"``); lookups
            match these too, ignoring case.
        country: The state the person served.
        offices: Offices held, with dates where a source states them.
        former_ids: Ids the person had before.

    >>> import sinorussia
    >>> lavrov = sinorussia.person("sergei lavrov")
    >>> lavrov.id, lavrov.name
    ('sergey-lavrov', 'Sergey Lavrov')
    """

    id: str = attrs.field(validator=v.ref)
    name: str = attrs.field(validator=v.text)
    name_zh: str | None = attrs.field(default=None, validator=v.optional_text)
    name_ru: str | None = attrs.field(default=None, validator=v.optional_text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    country: str | None = attrs.field(default=None, validator=v.optional_code)
    offices: tuple[Office, ...] = attrs.field(default=(), validator=v.items(Office))
    former_ids: tuple[str, ...] = attrs.field(default=(), validator=v.refs)

    kind_name: ClassVar[str] = "person"

    def names(self) -> tuple[str, ...]:
        """Every name the person is found by: id, name, Chinese and Russian names, aliases.

        >>> import sinorussia
        >>> "Xi Jinping" in sinorussia.person("xi-jinping").names()
        True
        """
        return tuple(
            n for n in (self.id, self.name, self.name_zh, self.name_ru, *self.aliases) if n
        )


@attrs.frozen(kw_only=True)
class Place:
    """A place records name: a city where leaders met, a sea area where ships exercised.

    Attributes:
        id: Stable id, the English name in lower case (``"saint-petersburg"``).
        name: The name in English.
        name_zh: The name in Chinese, where known.
        name_ru: The name in Russian, where known.
        aliases: Other names and spellings; lookups match these too, ignoring case.
        kind: ``"city"``, ``"region"``, ``"sea"`` or ``"site"``.
        country: The country it lies in; ``None`` for international waters.
        latitude: Degrees north, WGS 84; ``None`` where no source gives coordinates.
        longitude: Degrees east, WGS 84.
        coordinates_source: Where the coordinates come from (a GeoNames id, say).
        former_ids: Ids the place had before.

    >>> import sinorussia
    >>> p = sinorussia.place("Samarkand")
    >>> p.id, p.country, p.kind
    ('samarkand', 'UZB', 'city')
    """

    id: str = attrs.field(validator=v.ref)
    name: str = attrs.field(validator=v.text)
    kind: PlaceKind = attrs.field(validator=v.literal(PlaceKind))
    name_zh: str | None = attrs.field(default=None, validator=v.optional_text)
    name_ru: str | None = attrs.field(default=None, validator=v.optional_text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    country: str | None = attrs.field(default=None, validator=v.optional_code)
    latitude: float | None = attrs.field(default=None, validator=v.coordinate(90))
    longitude: float | None = attrs.field(default=None, validator=v.coordinate(180))
    coordinates_source: str | None = attrs.field(default=None, validator=v.optional_text)
    former_ids: tuple[str, ...] = attrs.field(default=(), validator=v.refs)

    kind_name: ClassVar[str] = "place"

    def names(self) -> tuple[str, ...]:
        """Every name the place is found by: id, name, Chinese and Russian names, aliases."""
        return tuple(
            n for n in (self.id, self.name, self.name_zh, self.name_ru, *self.aliases) if n
        )

    def __attrs_post_init__(self) -> None:
        from .exceptions import InvalidFieldError

        if (self.latitude is None) != (self.longitude is None):
            raise InvalidFieldError(
                "longitude" if self.longitude is None else "latitude",
                None,
                "is missing; give both latitude and longitude, or neither",
            )
        if self.latitude is not None and self.coordinates_source is None:
            raise InvalidFieldError(
                "coordinates_source", None, "is missing; say where the coordinates come from"
            )


__test__ = publish(Office, Person, Place)
