"""sinorussia: typed, cited records of China–Russia relations.

Agreements, leader and minister meetings, joint military exercises and trade figures, each
citing its sources with a pinpoint locator, with dates as precise as the sources allow.

>>> import sinorussia
>>> ds = sinorussia.load()
>>> [(str(s.date), s.place) for s in ds.summits.filter(within=2022, mode="in-person", people=["Xi Jinping"])][:2]
[('2022-02-04', 'beijing'), ('2022-09-15', 'samarkand')]
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing costs milliseconds to import; type checkers treat this name as True

if TYPE_CHECKING:
    from ._biblio import csl_cite_item
    from ._cite import cite
    from ._codes import (
        Country,
        Organisation,
        StatisticalSource,
        countries,
        country,
        organisation,
        organisations,
        statistical_source,
        statistical_sources,
    )
    from ._collections import (
        AgreementCollection,
        ExerciseCollection,
        SourceCollection,
        SummitCollection,
    )
    from ._dataset import Dataset
    from ._dates import OPEN, UNKNOWN, UncertainDate
    from ._entities import Office, Person, Place, PlaceKind
    from ._folder import dump, load
    from ._models import (
        Agreement,
        AgreementKind,
        Asset,
        AssetKind,
        Citation,
        Claim,
        Currency,
        DateBasis,
        DatedRecord,
        Disagreement,
        Domain,
        Erratum,
        Exercise,
        ExerciseKind,
        Level,
        Metric,
        Mode,
        Qualifier,
        Source,
        SourceKind,
        Summit,
        SummitKind,
        TradeFigure,
        Unit,
    )
    from ._names import people, person, place, places
    from ._query import Collection, When
    from ._schema import json_schema
    from ._trade import UNATTRIBUTED, CompositeSeries, TradeFigureCollection, TradeSeries
    from .exceptions import (
        DataError,
        InvalidArgumentError,
        InvalidCodeError,
        InvalidDateError,
        InvalidFieldError,
        Problem,
        RecordNotFoundError,
        SinorussiaError,
        UnknownKeywordError,
        UnsafeWriteError,
    )

    __version__: str

__all__ = [
    "OPEN",
    "UNATTRIBUTED",
    "UNKNOWN",
    "Agreement",
    "AgreementCollection",
    "AgreementKind",
    "Asset",
    "AssetKind",
    "Citation",
    "Claim",
    "Collection",
    "CompositeSeries",
    "Country",
    "Currency",
    "DataError",
    "Dataset",
    "DateBasis",
    "DatedRecord",
    "Disagreement",
    "Domain",
    "Erratum",
    "Exercise",
    "ExerciseCollection",
    "ExerciseKind",
    "InvalidArgumentError",
    "InvalidCodeError",
    "InvalidDateError",
    "InvalidFieldError",
    "Level",
    "Metric",
    "MissingExtraError",
    "Mode",
    "Office",
    "Organisation",
    "Person",
    "Place",
    "PlaceKind",
    "Problem",
    "Qualifier",
    "RecordNotFoundError",
    "SinorussiaError",
    "Source",
    "SourceCollection",
    "SourceKind",
    "StatisticalSource",
    "Summit",
    "SummitCollection",
    "SummitKind",
    "TradeFigure",
    "TradeFigureCollection",
    "TradeSeries",
    "UncertainDate",
    "Unit",
    "UnknownKeywordError",
    "UnsafeWriteError",
    "When",
    "cite",
    "countries",
    "country",
    "csl_cite_item",
    "dump",
    "json_schema",
    "load",
    "organisation",
    "organisations",
    "people",
    "person",
    "place",
    "places",
    "statistical_source",
    "statistical_sources",
]

# Public name -> the private module that defines it. The modules are imported on first
# use, so that ``import sinorussia`` stays as cheap as ``import attrs``: building the
# record classes and reading data happen only when a program asks for them. A resolved
# name is stored in the module, so later accesses cost a plain attribute lookup.
_LAZY = {
    "Country": "._codes",
    "Organisation": "._codes",
    "StatisticalSource": "._codes",
    "countries": "._codes",
    "country": "._codes",
    "organisation": "._codes",
    "organisations": "._codes",
    "statistical_source": "._codes",
    "statistical_sources": "._codes",
    "AgreementCollection": "._collections",
    "ExerciseCollection": "._collections",
    "SourceCollection": "._collections",
    "SummitCollection": "._collections",
    "Dataset": "._dataset",
    "OPEN": "._dates",
    "UNKNOWN": "._dates",
    "UncertainDate": "._dates",
    "Office": "._entities",
    "Person": "._entities",
    "Place": "._entities",
    "PlaceKind": "._entities",
    "cite": "._cite",
    "csl_cite_item": "._biblio",
    "dump": "._folder",
    "json_schema": "._schema",
    "load": "._folder",
    "Agreement": "._models",
    "AgreementKind": "._models",
    "Asset": "._models",
    "AssetKind": "._models",
    "Citation": "._models",
    "Claim": "._models",
    "Currency": "._models",
    "DateBasis": "._models",
    "DatedRecord": "._models",
    "Disagreement": "._models",
    "Domain": "._models",
    "Erratum": "._models",
    "Exercise": "._models",
    "ExerciseKind": "._models",
    "Level": "._models",
    "Metric": "._models",
    "Mode": "._models",
    "Qualifier": "._models",
    "Source": "._models",
    "SourceKind": "._models",
    "Summit": "._models",
    "SummitKind": "._models",
    "TradeFigure": "._models",
    "Unit": "._models",
    "people": "._names",
    "person": "._names",
    "place": "._names",
    "places": "._names",
    "Collection": "._query",
    "When": "._query",
    "TradeFigureCollection": "._trade",
    "CompositeSeries": "._trade",
    "UNATTRIBUTED": "._trade",
    "TradeSeries": "._trade",
    "DataError": ".exceptions",
    "InvalidArgumentError": ".exceptions",
    "InvalidCodeError": ".exceptions",
    "InvalidDateError": ".exceptions",
    "InvalidFieldError": ".exceptions",
    "MissingExtraError": ".exceptions",
    "Problem": ".exceptions",
    "RecordNotFoundError": ".exceptions",
    "SinorussiaError": ".exceptions",
    "UnknownKeywordError": ".exceptions",
    "UnsafeWriteError": ".exceptions",
}


if not TYPE_CHECKING:  # type checkers see the imports above; this runs for everyone else

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is not None:
            value = getattr(importlib.import_module(module, __name__), name)
        elif name == "__version__":
            # importlib.metadata is slow to import: read the version only when asked.
            from importlib.metadata import version

            value = version("sinorussia")
        else:
            raise AttributeError(f"module 'sinorussia' has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
