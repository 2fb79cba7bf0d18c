"""Finding people and places by any of their names: the gazetteer behind filters and lookups.

Matching ignores case, accents are kept, and every name counts: the id, the English name,
the Chinese and Russian names and the aliases (``"Sergei Lavrov"``, ``"sergey lavrov"`` and
``"Сергей Лавров"`` all find ``sergey-lavrov``). The bundled people and places are read on
first use, under a lock.
"""

from __future__ import annotations

import _thread
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

from ._entities import Person, Place
from ._models import Source
from .exceptions import DataError, InvalidArgumentError, Problem

__all__ = ["Names", "bundled_names", "people", "person", "place", "places"]

E = TypeVar("E", Person, Place)


class _Index(Generic[E]):
    """Entities of one kind by id, and every casefolded name pointing to its id."""

    __slots__ = ("by_id", "by_name", "what")

    def __init__(self, entities: Iterable[E], what: str) -> None:
        self.what = what
        self.by_id: dict[str, E] = {}
        self.by_name: dict[str, str] = {}
        for e in entities:
            self.by_id[e.id] = e
        for e in self.by_id.values():
            for former in e.former_ids:
                self.by_name.setdefault(former.casefold(), e.id)
            for name in e.names():
                self.by_name.setdefault(" ".join(name.casefold().split()), e.id)

    def resolve(self, name: object, argument: str) -> str:
        """The id of the entity called *name*; an error naming *argument* when none is."""
        if not isinstance(name, str):
            raise InvalidArgumentError(
                argument, name, f"{name!r} is not a name; give a {self.what} name or id as text"
            )
        found = self.by_name.get(" ".join(name.casefold().split()))
        if found is None:
            raise InvalidArgumentError(argument, name, self._hint(name))
        return found

    def _hint(self, name: str) -> str:
        import difflib

        close = difflib.get_close_matches(name.casefold(), list(self.by_name), n=3, cutoff=0.6)
        options = sorted({self.by_id[self.by_name[c]].name for c in close})
        suggestion = f"; did you mean {' or '.join(map(repr, options))}?" if options else ""
        return f"{name!r} is not the name or id of any {self.what} in the data{suggestion}"


class Names:
    """The people, places and sources of one dataset: what records refer to by id."""

    __slots__ = ("_people", "_places", "_sources")

    def __init__(
        self,
        people: Iterable[Person],
        places: Iterable[Place],
        sources: Mapping[str, Source] | None = None,
    ) -> None:
        self._people: _Index[Person] = _Index(people, "person")
        self._places: _Index[Place] = _Index(places, "place")
        self._sources = sources

    @property
    def sources(self) -> Mapping[str, Source]:
        """The sources, by id (the bundled sources, read on first use, when none were given)."""
        if self._sources is None:
            self._sources = _bundled_sources()
        return self._sources

    @property
    def people(self) -> Mapping[str, Person]:
        """Every person, by id."""
        return self._people.by_id

    @property
    def places(self) -> Mapping[str, Place]:
        """Every place, by id."""
        return self._places.by_id

    def person_id(self, name: object, argument: str = "name") -> str:
        """The id of the person called *name* (any name, any case)."""
        return self._people.resolve(name, argument)

    def place_id(self, name: object, argument: str = "name") -> str:
        """The id of the place called *name* (any name, any case)."""
        return self._places.resolve(name, argument)


_lock = _thread.allocate_lock()
_cache: list[Names] = []


def bundled_names() -> Names:
    """The people and places shipped with the package, read once."""
    if not _cache:
        with _lock:
            if not _cache:
                _cache.append(_read_bundled())
    return _cache[0]


def _read_bundled() -> Names:
    from ._resources import read_data_file
    from ._structure import decode_json, structure_record

    problems: list[Problem] = []
    found: dict[str, list[object]] = {}
    for name, cls in (("people", Person), ("places", Place)):
        raw = decode_json(read_data_file(f"{name}.json") or b"", f"{name}.json", problems)
        items = raw if isinstance(raw, list) else []
        found[name] = [
            structure_record(cls, item, f"{name}[{i}]", problems) for i, item in enumerate(items)
        ]
    if problems:  # pragma: no cover - the bundled files are checked by the test suite
        raise DataError(problems, origin="the bundled data")
    return Names(found["people"], found["places"])  # type: ignore[arg-type]


_sources_cache: list[Mapping[str, Source]] = []


def _bundled_sources() -> Mapping[str, Source]:
    if not _sources_cache:
        with _lock:
            if not _sources_cache:
                from ._resources import read_data_file
                from ._structure import decode_json, structure

                problems: list[Problem] = []
                raw = decode_json(read_data_file("sources.json") or b"", "sources.json", problems)
                records = structure(tuple[Source, ...], raw, "sources")
                _sources_cache.append({s.id: s for s in records})
    return _sources_cache[0]


def person(name: str) -> Person:
    """Find a person of the bundled data by any name or id, ignoring case.

    Raises:
        ~sinorussia.InvalidArgumentError: no person has that name (the message suggests
            close names).

    >>> import sinorussia
    >>> sinorussia.person("Sergei Lavrov") == sinorussia.person("sergey lavrov")
    True
    >>> sinorussia.person("Xi Jinping").name_zh
    '习近平'
    """
    names = bundled_names()
    return names.people[names.person_id(name)]


def place(name: str) -> Place:
    """Find a place of the bundled data by any name or id, ignoring case.

    Raises:
        ~sinorussia.InvalidArgumentError: no place has that name.

    >>> import sinorussia
    >>> beijing = sinorussia.place("beijing")
    >>> beijing.country, round(beijing.latitude, 1)
    ('CHN', 39.9)
    """
    names = bundled_names()
    return names.places[names.place_id(name)]


def people() -> Mapping[str, Person]:
    """Every person of the bundled data, by id.

    >>> import sinorussia
    >>> "vladimir-putin" in sinorussia.people()
    True
    """
    return bundled_names().people


def places() -> Mapping[str, Place]:
    """Every place of the bundled data, by id.

    >>> import sinorussia
    >>> sinorussia.places()["moscow"].country
    'RUS'
    """
    return bundled_names().places
