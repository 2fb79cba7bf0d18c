"""The dataset: every collection of one release, checked as a whole.

Reading and writing data folders is :mod:`sinorussia._folder`'s job; this module knows
nothing of files.
"""

from __future__ import annotations

import datetime as dt
import os
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ._collections import (
    AgreementCollection,
    ExerciseCollection,
    SourceCollection,
    SummitCollection,
)
from ._entities import Person, Place
from ._models import Agreement, DatedRecord, Exercise, Source, Summit, TradeFigure
from ._names import Names
from ._public import publish
from ._query import Collection, When
from ._trade import TradeFigureCollection
from .exceptions import DataError, Problem

__all__ = ["COLLECTIONS", "ENTITIES", "NAMES", "Dataset", "check_integrity"]

#: collection name -> (record class, collection class), in file order
COLLECTIONS: tuple[tuple[str, type, type[Collection[Any]]], ...] = (
    ("sources", Source, SourceCollection),
    ("agreements", Agreement, AgreementCollection),
    ("summits", Summit, SummitCollection),
    ("exercises", Exercise, ExerciseCollection),
    ("trade_figures", TradeFigure, TradeFigureCollection),
)
#: entity list name -> entity class
ENTITIES: tuple[tuple[str, type], ...] = (("people", Person), ("places", Place))
#: the names of the collections and entity lists, in file order
NAMES: tuple[str, ...] = tuple(n for n, _, _ in COLLECTIONS) + tuple(n for n, _ in ENTITIES)


def _frozen_map(value: Mapping[str, dt.date]) -> Mapping[str, dt.date]:
    return types.MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class Dataset:
    """All records of a dataset, one typed collection per kind.

    Building a Dataset checks that ids (current and former) are unique and that every
    reference resolves (citations, errata and claims to sources, agreements to summits,
    sources to the works they cite or translate, people and places to the dataset's people
    and places); a problem raises :class:`~sinorussia.DataError`.

    Attributes:
        sources: Every cited work.
        agreements: Treaties, statements, contracts, programmes, milestones.
        summits: Meetings and calls of leaders and ministers.
        exercises: Joint exercises, drills and patrols.
        trade_figures: Trade statistics, one record per figure.
        people: The people records refer to.
        places: The places records refer to.
        data_version: The data release, e.g. ``"2026.11.2"``.
        current_to: For each kind (``"summits"``, ``"trade_figures"``, ...), the day up to
            which the sources were last searched for new records: events after it may be
            missing because nobody has looked yet, not because they did not happen.

    >>> import sinorussia
    >>> ds = sinorussia.load()
    >>> len(ds.summits) > 0 and ds.data_version is not None
    True
    """

    sources: SourceCollection
    agreements: AgreementCollection
    summits: SummitCollection
    exercises: ExerciseCollection
    trade_figures: TradeFigureCollection
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    data_version: str | None = None
    current_to: Mapping[str, dt.date] = attrs.field(
        default=types.MappingProxyType({}), converter=_frozen_map
    )

    def __attrs_post_init__(self) -> None:
        problems = check_integrity({name: tuple(getattr(self, name)) for name in NAMES})
        if problems:
            raise DataError(problems)

    @classmethod
    def _checked(cls, **fields: Any) -> Dataset:
        """Build a dataset whose integrity the caller has already checked (no second pass)."""
        inst = object.__new__(cls)
        for f in attrs.fields(cls):
            object.__setattr__(inst, f.name, fields.get(f.name, f.default))
        return inst

    @classmethod
    def from_records(
        cls,
        *,
        sources: Iterable[Source] = (),
        agreements: Iterable[Agreement] = (),
        summits: Iterable[Summit] = (),
        exercises: Iterable[Exercise] = (),
        trade_figures: Iterable[TradeFigure] = (),
        people: Iterable[Person] | None = None,
        places: Iterable[Place] | None = None,
        data_version: str | None = None,
    ) -> Dataset:
        """Build a dataset from plain iterables of records.

        *people* and *places* default to the bundled ones.

        Raises:
            ~sinorussia.DataError: duplicate ids or references that do not resolve.

        >>> import sinorussia
        >>> ds = sinorussia.load()
        >>> mine = Dataset.from_records(sources=ds.sources, summits=ds.summits.filter(within=2022))
        >>> len(mine.agreements)
        0
        """
        if people is None or places is None:
            from ._names import bundled_names

            bundled = bundled_names()
            people = bundled.people.values() if people is None else people
            places = bundled.places.values() if places is None else places
        people, places = tuple(people), tuple(places)
        names = Names(people, places)
        records = {
            "sources": sources,
            "agreements": agreements,
            "summits": summits,
            "exercises": exercises,
            "trade_figures": trade_figures,
        }
        collections: dict[str, Any] = {
            name: kind(records[name], names=names) for name, _, kind in COLLECTIONS
        }
        return cls(
            **collections,
            people=people,
            places=places,
            data_version=data_version,
        )

    def records(self) -> tuple[DatedRecord, ...]:
        """Every agreement, summit, exercise and trade figure, in date order.

        >>> import sinorussia
        >>> ds = sinorussia.load()
        >>> len(ds.records()) == len(ds.agreements) + len(ds.summits) + len(ds.exercises) + len(ds.trade_figures)
        True
        """
        out: list[DatedRecord] = [
            *self.agreements,
            *self.summits,
            *self.exercises,
            *self.trade_figures,
        ]
        out.sort(key=lambda r: (r.date.sort_key(), r.id))
        return tuple(out)

    def filter(
        self,
        *,
        overlapping: When | None = None,
        within: When | None = None,
        participants: str | Iterable[str] | None = None,
        any_participants: str | Iterable[str] | None = None,
        strict: bool = False,
        text: str | None = None,
        cites: str | None = None,
    ) -> Dataset:
        """The records of every kind that match; a dataset with the same sources, people and places.

        The keywords are those every record kind shares and mean what they mean on each
        kind's ``filter``. Use :meth:`records` for one date-ordered list.

        >>> import sinorussia
        >>> sept = sinorussia.load().filter(within="2022-09")
        >>> sorted({type(r).__name__ for r in sept.records()})
        ['Exercise', 'Summit']
        """
        criteria = {
            "overlapping": overlapping,
            "within": within,
            "participants": participants,
            "any_participants": any_participants,
            "strict": strict,
            "text": text,
            "cites": cites,
        }
        fields: dict[str, Any] = {f.name: getattr(self, f.name) for f in attrs.fields(Dataset)}
        for name, _, _ in COLLECTIONS[1:]:
            fields[name] = getattr(self, name)._where({}, **criteria)
        return Dataset._checked(**fields)

    def to_csv(self, path: str | os.PathLike[str]) -> None:
        """Write every table as CSV into a new folder at *path*.

        One file per table (the main tables ``sources.csv``, ``agreements.csv``,
        ``summits.csv``, ``exercises.csv``, ``trade_figures.csv``, ``people.csv``,
        ``places.csv`` and the long tables keyed by ``record_id``), RFC 4180, UTF-8 with a
        byte-order mark so that Excel reads it as UTF-8. Written whole or not at all.

        Raises:
            ~sinorussia.UnsafeWriteError: *path* exists and is not an empty folder.

        >>> import sinorussia, tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "csv"
        >>> sinorussia.load().to_csv(out)
        >>> (out / "summits.csv").read_text(encoding="utf-8-sig").splitlines()[0][:30]
        'id,kind_of_record,date,date_ea'
        """
        from ._files import csv_bytes, write_folder

        write_folder(
            path, {f"{name}.csv": csv_bytes(cols, rows) for name, cols, rows in self._tables()}
        )

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write every table as Parquet into a new folder at *path* (needs the ``arrow`` extra).

        The same tables as :meth:`to_csv`, typed: days as ``date32``, numbers as exact
        ``decimal128(20, 6)``. DuckDB, pandas, R (arrow) and Spark read them as they are.

        Raises:
            ~sinorussia.UnsafeWriteError: *path* exists and is not an empty folder.
            ~sinorussia.MissingExtraError: pyarrow is not installed.
        """
        from ._files import parquet_bytes, write_folder

        write_folder(
            path,
            {f"{name}.parquet": parquet_bytes(cols, rows) for name, cols, rows in self._tables()},
        )

    def to_datapackage(self, path: str | os.PathLike[str]) -> None:
        """Write a Frictionless data package into a new folder at *path*.

        CSV tables and ``datapackage.json`` with each column's type and meaning, primary
        keys, and foreign keys from citations to sources and from the long tables to people
        and places; ``frictionless validate`` accepts it, and R's ``frictionless`` package
        reads it.

        Raises:
            ~sinorussia.UnsafeWriteError: *path* exists and is not an empty folder.
        """
        from ._files import datapackage, write_folder

        write_folder(
            path, datapackage(self._tables(), name="sinorussia", version=self.data_version)
        )

    def _tables(self) -> list[Any]:
        """Every table: the main tables of each kind, then the long tables."""
        from ._tables import iter_tables

        kinds = [(n, c, getattr(self, n)) for n, c, _ in COLLECTIONS]
        kinds += [(n, c, getattr(self, n)) for n, c in ENTITIES]
        return list(iter_tables(kinds))

    def person(self, name: str) -> Person:
        """A person of this dataset, by any name or id, ignoring case.

        Raises:
            ~sinorussia.InvalidArgumentError: no person here has that name.

        >>> import sinorussia
        >>> sinorussia.load().person("Путин").id
        'vladimir-putin'
        """
        names = self.summits._root.names
        return names.people[names.person_id(name)]

    def place(self, name: str) -> Place:
        """A place of this dataset, by any name or id, ignoring case.

        Raises:
            ~sinorussia.InvalidArgumentError: no place here has that name.

        >>> import sinorussia
        >>> sinorussia.load().place("St. Petersburg").id
        'saint-petersburg'
        """
        names = self.summits._root.names
        return names.places[names.place_id(name)]

    def citing(self, source_id: str) -> tuple[DatedRecord, ...]:
        """Every record that refers to *source_id*, in date order.

        >>> import sinorussia
        >>> [r.id for r in sinorussia.load().citing("seed-000")]
        ['summit-2016-06-23-tashkent']
        """
        return tuple(r for r in self.records() if r.cites(source_id))


def check_integrity(collections: Mapping[str, tuple[Any, ...]]) -> list[Problem]:
    """Problems of uniqueness and reference across collections, with their paths.

    Paths are built only for the problems found: the checks themselves are set lookups.
    """
    problems: list[Problem] = []
    for group in (
        [n for n, *_ in COLLECTIONS],
        ["people"],
        ["places"],
    ):
        seen: dict[str, tuple[str, int]] = {}
        for name in group:
            for i, r in enumerate(collections.get(name, ())):
                for j, rid in enumerate((r.id, *r.former_ids)):
                    if rid not in seen:
                        seen[rid] = (name, i)
                        continue
                    path = f"{name}[{i}].id" if j == 0 else f"{name}[{i}].former_ids[{j - 1}]"
                    first = "{}[{}]".format(*seen[rid])
                    problems.append(Problem(path, f"{rid!r} is already used by {first}"))
    sources = {s.id for s in collections.get("sources", ())}
    pools = {
        "source": sources,
        "summit": {s.id for s in collections.get("summits", ())},
        "person": {p.id for p in collections.get("people", ())},
        "place": {p.id for p in collections.get("places", ())},
    }

    def bad(where: str, suffix: str, value: str, what: str) -> None:
        problems.append(
            Problem(f"{where}{suffix}", f"{value!r} is not the id of any {what} in the dataset")
        )

    for name, records in collections.items():
        for i, r in enumerate(records):
            for suffix, indexes, value, what in _references(r):
                if value is not None and value not in pools[what]:
                    bad(f"{name}[{i}]", suffix.format(*indexes), value, what)
            if isinstance(r, Source) and r.id in r.cites:
                j = r.cites.index(r.id)
                problems.append(Problem(f"{name}[{i}].cites[{j}]", "a source cannot cite itself"))
    problems.extend(_original_cycles(collections.get("sources", ())))
    return problems


def _references(r: Any) -> Iterator[tuple[str, tuple[object, ...], str | None, str]]:
    """Every reference *r* makes: a path suffix template and its indexes, the id, and the
    kind of record it names (the path is formatted only for a reference that fails)."""
    if isinstance(r, Person):
        for j, office in enumerate(r.offices):
            for k, c in enumerate(office.citations):
                yield ".offices[{}].citations[{}].source_id", (j, k), c.source_id, "source"
        return
    if isinstance(r, Place):
        return
    if isinstance(r, Source):
        for j, cited in enumerate(r.cites):
            yield ".cites[{}]", (j,), cited, "source"
        yield ".original", (), r.original, "source"
        for j, e in enumerate(r.errata):
            yield ".errata[{}].source_id", (j,), e.source_id, "source"
        return
    for j, c in enumerate(r.citations):
        yield ".citations[{}].source_id", (j,), c.source_id, "source"
        if c.via is not None:
            yield ".citations[{}].via", (j,), c.via, "source"
    for j, e in enumerate(r.errata):
        yield ".errata[{}].source_id", (j,), e.source_id, "source"
    for j, d in enumerate(r.disagreements):
        for k, c in enumerate(d.claims):
            yield ".disagreements[{}].claims[{}].source_id", (j, k), c.source_id, "source"
    if isinstance(r, Agreement):
        yield ".summit_id", (), r.summit_id, "summit"
    for field in ("people", "signatories"):
        for j, pid in enumerate(getattr(r, field, ())):
            yield ".{}[{}]", (field, j), pid, "person"
    if isinstance(r, Exercise):
        for j, pid in enumerate(r.places):
            yield ".places[{}]", (j,), pid, "place"
    else:
        yield ".place", (), getattr(r, "place", None), "place"


def _original_cycles(sources: tuple[Any, ...]) -> list[Problem]:
    """Sources whose chain of ``original`` translations leads back to themselves."""
    original = {s.id: s.original for s in sources}
    where = {s.id: f"sources[{i}]" for i, s in enumerate(sources)}
    out = []
    for sid in original:
        seen = {sid}
        nxt = original[sid]
        while nxt is not None and nxt in original:
            if nxt in seen:
                out.append(
                    Problem(
                        f"{where[sid]}.original",
                        f"{original[sid]!r} leads back to {sid!r}: translations cannot form a loop",
                    )
                )
                break
            seen.add(nxt)
            nxt = original[nxt]
    return out


__test__ = publish(Dataset)
