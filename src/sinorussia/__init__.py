"""sinorussia: typed, cited records of China–Russia relations.

Agreements, leader summits, joint military exercises and trade figures, each citing its
sources with a pinpoint locator, with dates as precise as the sources allow.

>>> import sinorussia
>>> ds = sinorussia.load()
>>> [(str(s.date), s.place) for s in ds.summits.filter(within=2022, mode="in-person")][:2]
[('2022-02-04', 'Beijing'), ('2022-09-15', 'Samarkand')]
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing costs milliseconds to import; type checkers treat this name as True

if TYPE_CHECKING:
    from ._data import Dataset, dump, load
    from ._dates import OPEN, UNKNOWN, UncertainDate
    from ._models import (
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
    from ._query import Collection, TradeSeries
    from ._vocab import (
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
    from .exceptions import (
        DataError,
        InvalidCodeError,
        InvalidDateError,
        InvalidFieldError,
        Problem,
        RecordNotFoundError,
        SinorussiaError,
        UnsafeWriteError,
    )

__all__ = [
    "OPEN",
    "UNKNOWN",
    "Agreement",
    "Asset",
    "Citation",
    "Claim",
    "Collection",
    "Country",
    "DataError",
    "Dataset",
    "DatedRecord",
    "Disagreement",
    "Erratum",
    "Exercise",
    "InvalidCodeError",
    "InvalidDateError",
    "InvalidFieldError",
    "Organisation",
    "Problem",
    "RecordNotFoundError",
    "SinorussiaError",
    "Source",
    "StatisticalSource",
    "Summit",
    "TradeFigure",
    "TradeSeries",
    "UncertainDate",
    "UnsafeWriteError",
    "countries",
    "country",
    "dump",
    "load",
    "organisation",
    "organisations",
    "statistical_source",
    "statistical_sources",
]

# Public name -> the private module that defines it. The modules are imported on first
# use, so that ``import sinorussia`` stays as cheap as ``import attrs``: building the
# record classes and reading data happen only when a program asks for them.
_LAZY = {
    "OPEN": "._dates",
    "UNKNOWN": "._dates",
    "Agreement": "._models",
    "Asset": "._models",
    "Citation": "._models",
    "Claim": "._models",
    "Collection": "._query",
    "Country": "._vocab",
    "DataError": ".exceptions",
    "Dataset": "._data",
    "DatedRecord": "._models",
    "Disagreement": "._models",
    "Erratum": "._models",
    "Exercise": "._models",
    "InvalidCodeError": ".exceptions",
    "InvalidDateError": ".exceptions",
    "InvalidFieldError": ".exceptions",
    "Organisation": "._vocab",
    "Problem": ".exceptions",
    "RecordNotFoundError": ".exceptions",
    "SinorussiaError": ".exceptions",
    "Source": "._models",
    "StatisticalSource": "._vocab",
    "Summit": "._models",
    "TradeFigure": "._models",
    "TradeSeries": "._query",
    "UncertainDate": "._dates",
    "UnsafeWriteError": ".exceptions",
    "countries": "._vocab",
    "country": "._vocab",
    "dump": "._data",
    "load": "._data",
    "organisation": "._vocab",
    "organisations": "._vocab",
    "statistical_source": "._vocab",
    "statistical_sources": "._vocab",
}


if not TYPE_CHECKING:  # type checkers see the imports above; this runs for everyone else

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is not None:
            return getattr(importlib.import_module(module, __name__), name)
        if name == "__version__":
            # importlib.metadata is slow to import: read the version only when asked.
            from importlib.metadata import version

            return version("sinorussia")
        raise AttributeError(f"module 'sinorussia' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
