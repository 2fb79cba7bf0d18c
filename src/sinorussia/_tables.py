"""Flat tables: one row per record with fixed columns, and long tables for the nested parts.

The columns of each kind are fixed and documented (:doc:`/tables`): every field is present
with its default filled in, dates come as the EDTF text plus ``date_earliest``,
``date_latest`` and ``date_precision``, codes as codes, numbers as numbers. Lists of plain
values are also joined with ``;`` in the main table for people who work in a spreadsheet;
the long tables (``citations``, ``participants``, ``record_people``, ``record_places``,
``assets``, ``errata``, ``claims``) are keyed by ``record_id`` for joins. Nothing here needs a
dependency; pandas, pyarrow and the file formats build on these rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, Literal, TypeAlias

from ._dates import UncertainDate
from ._entities import Person, Place
from ._models import Agreement, DatedRecord, Exercise, Source, Summit, TradeFigure

__all__ = [
    "Column",
    "ColumnType",
    "columns_of",
    "long_tables",
    "main_table",
    "rows",
    "table_name",
]

ColumnType: TypeAlias = Literal["string", "integer", "number", "boolean", "date"]
Column: TypeAlias = tuple[str, ColumnType, Callable[[Any], Any], str]
"""A column: name, type, how to get its value from a record, and what it means."""


def _join(values: Iterable[str]) -> str | None:
    out = ";".join(values)
    return out or None


def _date_columns(prefix: str, get: Callable[[Any], UncertainDate | None]) -> list[Column]:
    def text(r: Any) -> str | None:
        d = get(r)
        return None if d is None else str(d)

    def earliest(r: Any) -> dt.date | None:
        d = get(r)
        return None if d is None else d.earliest

    def latest(r: Any) -> dt.date | None:
        d = get(r)
        return None if d is None else d.latest

    def precision(r: Any) -> str | None:
        d = get(r)
        return None if d is None else d.precision

    def qualified(r: Any) -> bool | None:
        d = get(r)
        return None if d is None else d.qualified

    return [
        (prefix, "string", text, "the date as EDTF, as precise as the sources allow"),
        (f"{prefix}_earliest", "date", earliest, "first day the date can denote (empty if open)"),
        (f"{prefix}_latest", "date", latest, "last day the date can denote (empty if open)"),
        (f"{prefix}_precision", "string", precision, "year, month, day or interval"),
        (f"{prefix}_qualified", "boolean", qualified, "approximate or uncertain (~, ?, %)"),
    ]


def _field(name: str, kind: ColumnType, meaning: str) -> Column:
    return (name, kind, lambda r: getattr(r, name), meaning)


def _joined(name: str, meaning: str) -> Column:
    return (name, "string", lambda r: _join(getattr(r, name)), meaning + " (joined with ;)")


_COMMON: list[Column] = [
    ("id", "string", lambda r: r.id, "stable id"),
    (
        "kind_of_record",
        "string",
        lambda r: type(r).kind_name,
        "agreement, summit, exercise or trade figure",
    ),
    *_date_columns("date", lambda r: r.date),
    _field("summary", "string", "what happened, in the project's words"),
    _joined("participants", "alpha-3 codes of the sides"),
    (
        "citations",
        "integer",
        lambda r: len(r.citations),
        "number of citations (see the citations table)",
    ),
    (
        "sources",
        "string",
        lambda r: _join(sorted({c.source_id for c in r.citations})),
        "ids of the cited sources (joined with ;)",
    ),
    ("errata", "integer", lambda r: len(r.errata), "number of errata"),
    ("disagreements", "integer", lambda r: len(r.disagreements), "number of disagreements"),
    _joined("inferred", "fields whose value comes from context"),
    _joined("former_ids", "ids the record had before"),
    _field("verified", "string", "data version in which a second reader last re-read it"),
]

_KIND: dict[type, list[Column]] = {
    Summit: [
        _joined("people", "ids of the people who met"),
        _field("mode", "string", "in-person, video or phone"),
        _field("kind", "string", "the occasion"),
        _field(
            "level", "string", "heads-of-state, heads-of-government, foreign-ministers or ministers"
        ),
        _field("number", "integer", "stated ordinal of a numbered meeting"),
        _field("place", "string", "place id"),
        _field("country", "string", "host country, alpha-3"),
        _field("framework", "string", "organisation or format code"),
        _field("occasion", "string", "the occasion in a few words"),
    ],
    Agreement: [
        _field("kind", "string", "treaty, joint-statement, programme, milestone, ..."),
        _field("title", "string", "title as published"),
        _joined("other_titles", "other published titles"),
        _joined("signatories", "ids of the people who signed"),
        _joined("companies", "companies that signed"),
        _field("place", "string", "place id"),
        _field("country", "string", "country where it was signed, alpha-3"),
        _field("framework", "string", "organisation or format code"),
        _field("summit_id", "string", "the summit at which it was signed"),
    ],
    Exercise: [
        _field("kind", "string", "exercise or patrol"),
        _field("domain", "string", "naval, air, land, combined or cyber"),
        _field("name", "string", "name as published"),
        _joined("other_names", "other published names"),
        _field("area", "string", "where, in the project's words"),
        _joined("places", "place ids"),
        _field("host", "string", "host country, alpha-3"),
        _field("framework", "string", "organisation code"),
        _field("series", "string", "the series it belongs to"),
        _field("number", "integer", "stated ordinal in the series"),
        (
            "assets",
            "integer",
            lambda r: len(r.assets),
            "number of asset counts (see the assets table)",
        ),
    ],
    TradeFigure: [
        _field("metric", "string", "turnover, exports, imports or their -growth forms"),
        _field("value", "number", "the value exactly as stated"),
        _field("unit", "string", "units, thousand, million, billion or percent"),
        _field("currency", "string", "USD, RUB or CNY; empty for a growth rate"),
        _field("basis", "string", "currency a growth rate is computed on"),
        _field("qualifier", "string", "exact, or how the source qualifies the value"),
        _field("statistical_source", "string", "statistical body; empty if none is named"),
        _field("exporter", "string", "exporting country, alpha-3"),
        _field("importer", "string", "importing country, alpha-3"),
    ],
}

_SOURCE: list[Column] = [
    _field("id", "string", "stable id"),
    _field("kind", "string", "article, book, report, web-page or official-statement"),
    _field("title", "string", "title as published"),
    _joined("authors", "authors"),
    _field("outlet", "string", "outlet or publisher"),
    _field("agency", "string", "wire agency of a republished story"),
    *_date_columns("published", lambda s: s.published),
    _field("published_from", "string", "byline, url, metadata, text or reference"),
    _field("url", "string", "normalised URL"),
    _field("language", "string", "language tag"),
    _field("translator", "string", "translator"),
    _field("original", "string", "id of the source this text translates"),
    _joined("cites", "ids of the works it cites"),
    _field("note", "string", "remark in the project's words"),
]

_PERSON: list[Column] = [
    _field("id", "string", "stable id"),
    _field("name", "string", "name in English"),
    _field("name_zh", "string", "name in Chinese"),
    _field("name_ru", "string", "name in Russian"),
    _joined("aliases", "other spellings"),
    _field("country", "string", "state served, alpha-3"),
]

_PLACE: list[Column] = [
    _field("id", "string", "stable id"),
    _field("name", "string", "name in English"),
    _field("kind", "string", "city, region, sea or site"),
    _field("country", "string", "country, alpha-3"),
    _field("latitude", "number", "degrees north, WGS 84"),
    _field("longitude", "number", "degrees east, WGS 84"),
    _field("coordinates_source", "string", "where the coordinates come from"),
]

_TABLE_NAMES = {
    Summit: "summits",
    Agreement: "agreements",
    Exercise: "exercises",
    TradeFigure: "trade_figures",
    Source: "sources",
    Person: "people",
    Place: "places",
}


def table_name(item_type: type) -> str:
    """The table a record class fills: ``summits``, ``sources``, ``people``, ..."""
    return _TABLE_NAMES[item_type]


def columns_of(item_type: type) -> list[Column]:
    """The fixed columns of the main table of *item_type*."""
    if item_type is Source:
        return _SOURCE
    if item_type is Person:
        return _PERSON
    if item_type is Place:
        return _PLACE
    return [*_COMMON, *_KIND[item_type]]


def main_table(records: Iterable[Any], item_type: type) -> list[dict[str, Any]]:
    """One row per record: every column of the kind, in order, defaults filled in."""
    cols = columns_of(item_type)
    return [{name: get(r) for name, _, get, _ in cols} for r in records]


# --- long tables ---------------------------------------------------------------------------

LONG_COLUMNS: dict[str, list[tuple[str, ColumnType, str]]] = {
    "citations": [
        ("record_id", "string", "the citing record (or source, for a source's errata)"),
        ("position", "integer", "order of the citation in the record, from 1"),
        ("source_id", "string", "the cited source"),
        ("locator", "string", "pinpoint locator"),
        ("via", "string", "the source through which the cited work is known"),
        ("note", "string", "remark in the project's words"),
    ],
    "participants": [
        ("record_id", "string", "the record"),
        ("position", "integer", "order in the record, from 1"),
        ("country", "string", "alpha-3 code of a side"),
    ],
    "record_people": [
        ("record_id", "string", "the record"),
        ("position", "integer", "order in the record, from 1"),
        ("person_id", "string", "the person"),
        ("role", "string", "met (summits) or signed (agreements)"),
    ],
    "record_places": [
        ("record_id", "string", "the record"),
        ("position", "integer", "order in the record, from 1"),
        ("place_id", "string", "the place"),
    ],
    "assets": [
        ("record_id", "string", "the exercise"),
        ("position", "integer", "order in the record, from 1"),
        ("kind", "string", "ships, submarines, aircraft, helicopters, troops or vehicles"),
        ("count", "integer", "the number stated"),
        ("qualifier", "string", "exact, about, more-than, at-least or up-to"),
        ("country", "string", "whose forces, alpha-3"),
        ("note", "string", "what the count includes, whose count it is"),
    ],
    "errata": [
        ("record_id", "string", "the record or source"),
        ("position", "integer", "order in the record, from 1"),
        ("source_id", "string", "the source that states it"),
        ("locator", "string", "where"),
        ("field", "string", "the field it concerns"),
        ("stated", "string", "what the source says, as written"),
        ("note", "string", "why it is wrong, in the project's words"),
    ],
    "claims": [
        ("record_id", "string", "the record"),
        ("field", "string", "the field sources disagree on"),
        ("position", "integer", "order of the claim, from 1"),
        ("source_id", "string", "the source"),
        ("locator", "string", "where"),
        ("value", "string", "the value it states"),
        ("note", "string", "which value the field holds and why"),
    ],
}


def long_tables(records: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    """The long tables of *records* (any kinds), keyed by ``record_id``."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in LONG_COLUMNS}
    for r in records:
        for i, e in enumerate(getattr(r, "errata", ()), 1):
            out["errata"].append(
                {"record_id": r.id, "position": i, "source_id": e.source_id, "locator": e.locator,
                     "field": e.field, "stated": e.stated, "note": e.note}
            )  # fmt: skip
        if not isinstance(r, DatedRecord):
            continue
        for i, c in enumerate(r.citations, 1):
            out["citations"].append(
                {"record_id": r.id, "position": i, "source_id": c.source_id, "locator": c.locator,
                     "via": c.via, "note": c.note}
            )  # fmt: skip
        for i, code in enumerate(getattr(r, "participants", ()), 1):
            out["participants"].append({"record_id": r.id, "position": i, "country": code})
        for field, role in (("people", "met"), ("signatories", "signed")):
            for i, pid in enumerate(getattr(r, field, ()), 1):
                out["record_people"].append(
                    {"record_id": r.id, "position": i, "person_id": pid, "role": role}
                )
        places = r.places if isinstance(r, Exercise) else (getattr(r, "place", None),)
        for i, pid in enumerate((p for p in places if p), 1):
            out["record_places"].append({"record_id": r.id, "position": i, "place_id": pid})
        for i, a in enumerate(getattr(r, "assets", ()), 1):
            out["assets"].append(
                {"record_id": r.id, "position": i, "kind": a.kind, "count": a.count,
                     "qualifier": a.qualifier, "country": a.country, "note": a.note}
            )  # fmt: skip
        for d in r.disagreements:
            for i, claim in enumerate(d.claims, 1):
                out["claims"].append(
                    {"record_id": r.id, "field": d.field, "position": i,
                     "source_id": claim.source_id, "locator": claim.locator,
                     "value": claim.value, "note": d.note}
                )  # fmt: skip
    return out


def rows(records: Iterable[Any], item_type: type) -> list[dict[str, Any]]:
    """The main table rows of *records* (see :func:`main_table`)."""
    return main_table(records, item_type)


def text_value(value: Any) -> str:
    """How a cell is written in CSV: empty for missing, ISO dates, exact decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def iter_tables(
    collections: Iterable[tuple[str, type, Iterable[Any]]],
) -> Iterator[tuple[str, list[tuple[str, ColumnType, str]], list[dict[str, Any]]]]:
    """(name, columns, rows) for the main tables of *collections* and then the long tables."""
    everything: list[Any] = []
    for name, item_type, records in collections:
        records = list(records)
        everything.extend(records)
        cols = [(n, t, m) for n, t, _, m in columns_of(item_type)]
        yield name, cols, main_table(records, item_type)
    for name, rows_ in long_tables(everything).items():
        yield name, LONG_COLUMNS[name], rows_
